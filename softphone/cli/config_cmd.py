"""`softphone config list|get|set|reset`: settings from the command line (IT scripts, tests, support)."""

from __future__ import annotations

import argparse
import json
import sys

from softphone.cli.i18n import Cli
from softphone.config import SettingError, Settings

SECRET_FREE_NOTE = "Passwords and tokens are never settings; they live in the OS keyring."


def config(args: argparse.Namespace) -> int:
    settings = Settings.load()
    for warning in settings.warnings:
        print(f"softphone: {warning}", file=sys.stderr)
    action = args.config_command or "list"
    try:
        if action == "list":
            rows = settings.describe()
            if args.json:
                print(json.dumps(rows, indent=2))
            else:
                for row in rows:
                    lock = " " + Cli.tr("[managed by your organization]") if row.get("locked") else ""
                    print(f"{row['name']} = {json.dumps(row['value'])}  ({row['source']}){lock}")
        elif action == "get":
            print(json.dumps(settings.get(args.name)))
        elif action == "set":
            settings.set_text(args.name, args.value)
            settings.save()
            print(f"{args.name} = {json.dumps(settings.get(args.name))}")
        elif action == "reset":
            settings.reset(args.name)
            settings.save()
            print(f"{args.name} = {json.dumps(settings.get(args.name))} ({settings.source(args.name)})")
    except SettingError as exc:
        print(f"softphone: {exc}", file=sys.stderr)
        return 1
    return 0

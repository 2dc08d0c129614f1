"""Subcommand bodies. Part of the composition root (with app.py): the only code besides app.py that
builds adapters. Nothing outside app.py imports this package."""

from __future__ import annotations

import argparse
import sys


def dispatch(args: argparse.Namespace) -> int:
    command = args.command or "run"
    if command == "run":
        if getattr(args, "headless", False):
            from softphone.cli.headless_run import run_headless

            return int(run_headless(args))
        from softphone.cli.gui_run import run_gui

        return int(run_gui(args))
    handler = {
        "login": "softphone.cli.account_cmds:login",
        "logout": "softphone.cli.account_cmds:logout",
        "status": "softphone.cli.account_cmds:status",
        "account": "softphone.cli.account_cmds:account",
        "devices": "softphone.cli.devices_cmd:devices",
        "config": "softphone.cli.config_cmd:config",
        "call": "softphone.cli.headless_run:call",
        "queue": "softphone.cli.queue_cmd:queue",
        "diagnose": "softphone.cli.diagnose_cmd:diagnose",
    }.get(command)
    if handler is None:
        print(f"softphone: unknown command {command!r}", file=sys.stderr)
        return 2
    import importlib

    module_name, func_name = handler.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("softphone.cli"):
            print(f"softphone: '{command}' is not available in this build yet", file=sys.stderr)
            return 2
        raise
    result: int = getattr(module, func_name)(args)
    return result

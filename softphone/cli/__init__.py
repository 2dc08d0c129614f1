"""Subcommand bodies. Part of the composition root (with app.py): the only code besides app.py that
builds adapters. Nothing outside app.py imports this package."""

from __future__ import annotations

import argparse
import os
import sys


def _no_display() -> bool:
    """Qt aborts the process when it finds no display; say so plainly instead (X11/Wayland only)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def dispatch(args: argparse.Namespace) -> int:
    command = args.command or "run"
    if command == "run":
        if getattr(args, "headless", False):
            from softphone.cli.headless_run import run_headless

            return int(run_headless(args))
        if _no_display():
            from softphone.cli.i18n import Cli

            print("softphone: " + Cli.tr("no display to show the window on (DISPLAY/WAYLAND_DISPLAY are "
                                         "not set). Use `softphone run --headless` for the phone without a "
                                  "window."), file=sys.stderr)
            return 1
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
        from softphone.cli.i18n import Cli, fill

        print("softphone: " + fill(Cli.tr("unknown command '%1'"), command), file=sys.stderr)
        return 2
    import importlib

    module_name, func_name = handler.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("softphone.cli"):
            from softphone.cli.i18n import Cli, fill

            print("softphone: " + fill(Cli.tr("'%1' is not available in this build yet"), command),
                  file=sys.stderr)
            return 2
        raise
    result: int = getattr(module, func_name)(args)
    return result

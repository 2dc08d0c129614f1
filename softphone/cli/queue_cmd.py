"""`softphone queue list|login|logout|pause|unpause [QUEUE|all] [--reason R]`.

A one-shot phone: registers with the stored account, places the feature-code calls, prints what each
queue said, unregisters. (The running GUI or headless phone does the same from its own controls.)
"""

from __future__ import annotations

import argparse
import asyncio
import json

from softphone.cli import wiring
from softphone.cli.i18n import Cli, fill
from softphone.cli.one_shot import run_once
from softphone.config import Settings
from softphone.core.session import Session

REGISTER_TIMEOUT = 15.0


def queue(args: argparse.Namespace) -> int:
    wiring.setup_logging(args.debug, to_stderr=False)
    settings = Settings.load()
    if args.action == "list":
        return _list(settings)
    return asyncio.run(run_once(settings, lambda session, _stop: _act(session, args),
                                register_timeout=REGISTER_TIMEOUT))


def _list(settings: Settings) -> int:
    names = settings.get("queue.names")
    codes = settings.get("queue.codes")
    print(json.dumps({"queues": names, "codes": codes,
                      "pause_reasons": settings.get("queue.pause_reasons")}, indent=2))
    return 0


async def _act(session: Session, args: argparse.Namespace) -> int:
    if args.action == "pause":
        report = await session.pause(args.queue, args.reason)
    else:
        action = {"login": session.queue_login, "logout": session.queue_logout,
                  "unpause": session.unpause}[args.action]
        report = await action(args.queue)
    for result in report.results:
        status = Cli.tr("ok") if result.ok else fill(Cli.tr("FAILED: %1"), result.error)
        print(f"{args.action} {result.queue} ({result.dialled}): {status}")
    return 0 if report.ok else 1

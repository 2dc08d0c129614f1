"""`softphone queue list|login|logout|pause|unpause [QUEUE|all] [--reason R]`.

A one-shot phone: registers with the stored account, places the feature-code calls, prints what each
queue said, unregisters. (The running GUI or headless phone does the same from its own controls.)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from softphone.cli import wiring
from softphone.cli.headless_run import _load_account
from softphone.config import Settings
from softphone.core.events import Event
from softphone.core.session import Session, SessionError

REGISTER_TIMEOUT = 15.0


def queue(args: argparse.Namespace) -> int:
    wiring.setup_logging(args.debug, to_stderr=False)
    settings = Settings.load()
    if args.action == "list":
        return _list(settings)
    return asyncio.run(_act(settings, args))


def _list(settings: Settings) -> int:
    names = settings.get("queue.names")
    codes = settings.get("queue.codes")
    print(json.dumps({"queues": names, "codes": codes,
                      "pause_reasons": settings.get("queue.pause_reasons")}, indent=2))
    return 0


async def _act(settings: Settings, args: argparse.Namespace) -> int:
    from softphone.engine import PjsuaEngine

    loop = asyncio.get_running_loop()
    session = Session(engine=PjsuaEngine(wiring.engine_options(settings), loop),
                      config=wiring.session_config(settings))
    registered = asyncio.Event()
    failure: list[str] = []

    def on_event(event: Event) -> None:
        body = event.to_dict()
        if body["event"] == "registration":
            if body["state"] == "registered":
                registered.set()
            elif body["state"] == "failed":
                failure.append(f"{body['code']} {body['reason']}")
                registered.set()

    session.subscribe(on_event)
    account, password, problem = await _load_account(settings)
    if account is None or not password:
        print(f"softphone: no usable account ({problem or 'none set up'})", file=sys.stderr)
        return 1
    await session.start(account, password)
    rc = 1
    try:
        await asyncio.wait_for(registered.wait(), REGISTER_TIMEOUT)
        if failure:
            print(f"softphone: registration failed: {failure[0]}", file=sys.stderr)
            return 1
        if args.action == "pause":
            report = await session.pause(args.queue, args.reason)
        else:
            action = {"login": session.queue_login, "logout": session.queue_logout,
                      "unpause": session.unpause}[args.action]
            report = await action(args.queue)
        for result in report.results:
            status = "ok" if result.ok else f"FAILED: {result.error}"
            print(f"{args.action} {result.queue} ({result.dialled}): {status}")
        rc = 0 if report.ok else 1
    except asyncio.TimeoutError:
        print("softphone: the PBX did not answer the registration in time", file=sys.stderr)
    except SessionError as exc:
        print(f"softphone: {exc.message}", file=sys.stderr)
    finally:
        await session.stop()
    return rc

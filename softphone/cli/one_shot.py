"""A one-shot phone for `softphone call` and `softphone queue`: register with the stored account, wait until
registered, do one thing, unregister. What went wrong is said in one line on stderr (in the agent's language)."""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import Awaitable, Callable

from softphone.cli import wiring
from softphone.cli.i18n import Cli, fill
from softphone.config import Settings
from softphone.core.events import Event
from softphone.core.session import Session, SessionError

Action = Callable[[Session, asyncio.Event], Awaitable[int]]


def _say(message: str) -> None:
    print(f"softphone: {message}", file=sys.stderr)


async def run_once(settings: Settings, act: Action, *, on_session: Callable[[Session], None] | None = None,
                   register_timeout: float | None = None) -> int:
    """Start a session, wait for the registration, then ``await act(session, stop)`` and return its exit code.

    ``on_session`` gets the session before it starts (to subscribe to every event). ``stop`` is set by
    Ctrl-C/SIGTERM (also while waiting for the registration): the session then hangs up and unregisters instead
    of ending in a traceback. Exit code 1 when there is no usable account, or the registration fails or takes
    longer than ``register_timeout`` (None: wait for the engine's own verdict)."""
    from softphone.cli.headless_run import _load_account
    from softphone.engine import PjsuaEngine

    loop = asyncio.get_running_loop()
    session = Session(engine=PjsuaEngine(wiring.engine_options(settings), loop),
                      config=wiring.session_config(settings))
    registered = asyncio.Event()
    failure: list[str] = []
    stop = asyncio.Event()

    def on_registration(event: Event) -> None:
        body = event.to_dict()
        if body["event"] != "registration" or registered.is_set():
            return  # a later refresh changes nothing here
        if body["state"] == "failed":
            failure.append(f"{body['code']} {body['reason']}")
            registered.set()
        elif body["state"] == "registered":
            registered.set()

    if on_session is not None:
        on_session(session)
    session.subscribe(on_registration)
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):  # Windows
            pass
    account, password, problem = await _load_account(settings)
    if account is None or not password:
        _say(fill(Cli.tr("no usable account (%1)"), problem or Cli.tr("none set up")))
        return 1
    await session.start(account, password)
    try:
        waits = [asyncio.ensure_future(registered.wait()), asyncio.ensure_future(stop.wait())]
        try:
            await asyncio.wait(waits, timeout=register_timeout, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for wait in waits:
                wait.cancel()
        if stop.is_set():
            return 1
        if not registered.is_set():
            _say(Cli.tr("the PBX did not answer the registration in time"))
            return 1
        if failure:
            _say(fill(Cli.tr("registration failed: %1"), failure[0]))
            return 1
        return await act(session, stop)
    except SessionError as exc:
        _say(exc.message)
        return 1
    finally:
        await session.stop()

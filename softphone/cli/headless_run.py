"""`softphone run --headless` and `softphone call URI`: the phone without a window, JSON lines on stdio."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable
from typing import Any

from softphone.cli import wiring
from softphone.config import Settings
from softphone.core.events import ErrorEvent, Event
from softphone.core.models import AccountSpec
from softphone.core.session import Session
from softphone.headless.protocol import MAX_LINE, HeadlessInterface

log = logging.getLogger("softphone.headless")


def _stdin_reader(loop: asyncio.AbstractEventLoop, lines: asyncio.Queue[bytes | None]) -> None:
    """Blocking reads on a thread of its own (stdin is a file, or no pipe support); each line hops to the
    loop. EOF = quit."""
    stream = sys.stdin.buffer
    while True:
        try:
            line = stream.readline(MAX_LINE + 1)
        except (OSError, ValueError):
            line = b""
        if not line:
            loop.call_soon_threadsafe(lines.put_nowait, None)
            return
        if len(line) > MAX_LINE and not line.endswith(b"\n"):
            while True:  # swallow the rest of an oversized line
                rest = stream.readline(MAX_LINE)
                if not rest or rest.endswith(b"\n"):
                    break
        loop.call_soon_threadsafe(lines.put_nowait, line)


def quit_signals() -> list[signal.Signals]:
    """The signals that quit the phone cleanly (hang up, unregister) instead of killing it: SIGTERM (a service
    manager, the desktop session ending), SIGINT (Ctrl-C), SIGHUP (the terminal closed) where it exists."""
    hangup = getattr(signal, "SIGHUP", None)
    return [signal.SIGINT, signal.SIGTERM] + ([hangup] if hangup is not None else [])


def add_quit_handlers(loop: asyncio.AbstractEventLoop, quit_phone: Callable[[], None]) -> list[signal.Signals]:
    """``quit_phone`` on each of quit_signals(), through the loop; returns those the loop could not take
    (Windows has no loop signal handlers)."""
    missed = []
    for sig in quit_signals():
        try:
            loop.add_signal_handler(sig, quit_phone)
        except (NotImplementedError, RuntimeError, ValueError):
            missed.append(sig)
    return missed


async def _pipe_reader(reader: asyncio.StreamReader, lines: asyncio.Queue[bytes | None]) -> None:
    """Non-blocking stdin on the loop itself: no thread left blocked in read() at exit."""
    while True:
        try:
            line = await reader.readuntil(b"\n")
        except asyncio.IncompleteReadError as exc:
            if exc.partial:
                await lines.put(exc.partial)
            await lines.put(None)
            return
        except asyncio.LimitOverrunError as exc:
            # an oversized line: drop it (and the rest of it), tell the interface so it can say so
            await reader.readexactly(exc.consumed)
            while True:
                try:
                    await reader.readuntil(b"\n")
                    break
                except asyncio.LimitOverrunError as more:
                    await reader.readexactly(more.consumed)
                except asyncio.IncompleteReadError:
                    await lines.put(None)
                    return
            await lines.put(b"x" * (MAX_LINE + 1))
            continue
        await lines.put(line)


def _stdin_is_devnull() -> bool:
    try:
        return os.path.samestat(os.fstat(sys.stdin.fileno()), os.stat(os.devnull))
    except (OSError, ValueError, AttributeError):
        return True  # no usable stdin at all


_STDIN_TASKS: set[asyncio.Task[None]] = set()  # held here: reader, its waiter and the task are only a GC cycle


async def _start_stdin(loop: asyncio.AbstractEventLoop, lines: asyncio.Queue[bytes | None]) -> bool:
    """Read stdin through the loop when it is a pipe or terminal; True when a thread had to be used.

    Started as a service (stdin = /dev/null), there are no commands to read: run until a signal instead of
    taking the immediate end of input as "quit"."""
    if _stdin_is_devnull():
        return False
    if sys.platform != "win32":
        try:
            reader = asyncio.StreamReader(limit=MAX_LINE + 1)
            await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
            _STDIN_TASKS.add(asyncio.ensure_future(_pipe_reader(reader, lines)))
            return False
        except (ValueError, OSError):  # a regular file as stdin: fall back to a thread
            pass
    threading.Thread(target=_stdin_reader, args=(loop, lines), daemon=True, name="stdin").start()
    return True


def _write_line(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def open_secret_store() -> Any:
    """The keyring store (finding the keyring backend scans installed packages and talks D-Bus: about 0.1 s), on a
    worker thread at start. Also loads the account code the caller needs next."""
    import softphone.cli.account_cmds  # noqa: F401 - imported here, off the loop thread
    from softphone.secrets.store import KeyringSecretStore

    return KeyringSecretStore()


async def _load_account(settings: Settings, store: asyncio.Future[Any] | None = None,
                        ) -> tuple[AccountSpec | None, str | None, str]:
    """The stored account and its password, or a reason why there is none. ``store``: an ``open_secret_store``
    already under way (default: opened here)."""
    from softphone.cli.account_cmds import load_account

    try:
        found = await load_account(settings, await store if store is not None else None)
    except Exception as exc:  # keyring locked/unusable: a clear reason for the agent, never a traceback
        return wiring.account_from_settings(settings), None, str(exc)
    if found is None:
        account = wiring.account_from_settings(settings)
        return account, None, "no SIP password stored" if account else ""
    account, password = found
    return account, password, ""


def _build_audio(settings: Settings, loop: asyncio.AbstractEventLoop) -> Any:
    """The sound service, or None without a sound library or server (calls still work, silently). On a worker
    thread: PortAudio's start and the sound server's answers do not hold the GIL, so they overlap the engine's."""
    try:
        from softphone.cli.audio_wiring import build_audio

        return build_audio(settings, loop)
    except ImportError:
        return None
    except Exception as exc:  # no sound server
        log.warning("audio unavailable: %s", exc)
        return None


async def run_session(args: argparse.Namespace, interface_factory: Any = None) -> int:
    settings = Settings.load()
    loop = asyncio.get_running_loop()
    # the slow waits of start-up (sound server, keyring over D-Bus) run on worker threads while the engine is built
    audio_future = loop.run_in_executor(None, _build_audio, settings, loop)
    store_future = loop.run_in_executor(None, open_secret_store)
    from softphone.engine import PjsuaEngine

    engine = PjsuaEngine(wiring.engine_options(settings), loop)
    from softphone.cli.video_wiring import headless_handlers as video_handlers
    from softphone.cli.video_wiring import install_video

    video_hooks = install_video(engine)  # before engine.start: capabilities report video
    audio = await audio_future
    session = Session(engine=engine, config=wiring.session_config(settings), audio=audio)
    extra_handlers = {}
    if audio is not None:
        from softphone.cli.audio_wiring import headless_handlers

        extra_handlers = headless_handlers(session, audio, loop)  # set_devices; devices events from now on
    extra_handlers = {**extra_handlers, **video_handlers(session, video_hooks,  # video on/off, video calls
                                                         bool(settings.get("video.answer_with_video")))}
    iface = HeadlessInterface(session, _write_line, extra_handlers=extra_handlers)
    session.subscribe(iface.on_event)
    session.subscribe(wiring.CredentialRefresher(session, settings).on_event)
    session.subscribe(wiring.SipPortMemory().on_event)
    # what went wrong while starting is said right after `started`, which is always the first event
    notices = [ErrorEvent(code="settings", message=warning) for warning in settings.warnings]

    def after_started(event: Event) -> None:
        if event.EVENT == "started":
            for notice in notices:
                loop.call_soon(session.emit, notice)

    session.subscribe(after_started)
    # call history: a row per call from its start, so a crash mid-call leaves it marked interrupted
    from softphone.config import paths
    from softphone.history import open_history

    history, history_problem = open_history(paths.history_path())
    if history is not None:
        session.subscribe(history.on_event)
    if history_problem:
        notices.append(ErrorEvent(code="history", message=history_problem))

    lines: asyncio.Queue[bytes | None] = asyncio.Queue()
    stdin_thread = await _start_stdin(loop, lines)
    add_quit_handlers(loop, iface.quit_requested.set)

    account, password, problem = await _load_account(settings, store_future)
    await session.start(account if password else None, password)
    queue_refresh = None
    if account is not None and password and account.source == "chat-server":  # only those have a queue source
        # imported on a worker thread (the chat server's clients and their libraries: about 0.1 s of CPU) so the
        # loop handles the registrar's answer meanwhile
        queue_source = await loop.run_in_executor(None, importlib.import_module, "softphone.cli.queue_source")
        queue_refresh = queue_source.start_queue_refresh(session, settings, account)
    if account is not None and not password:
        iface.on_event(ErrorEvent(code="no-password", message=problem or "no SIP password stored: run "
                                  "`softphone login` or `softphone account set --password-stdin`"))

    async def pump() -> None:
        while True:
            line = await lines.get()
            if line is None:
                iface.quit_requested.set()
                return
            await iface.handle_line(line)

    pump_task = asyncio.ensure_future(pump())
    await iface.quit_requested.wait()
    pump_task.cancel()
    await session.stop()
    if queue_refresh is not None:
        await queue_refresh.stop()
    if history is not None:
        history.close()
    if stdin_thread:
        # a thread blocked in read() on stdin would abort interpreter shutdown: leave without it
        sys.stdout.flush()
        sys.stderr.flush()
        logging.shutdown()
        os._exit(0)
    return 0


def run_headless(args: argparse.Namespace) -> int:
    wiring.setup_logging(args.debug)
    try:
        return asyncio.run(run_session(args))
    except Exception as exc:
        log.exception("headless run failed")
        _write_line(json.dumps({"event": "error", "code": "fatal", "message": str(exc)}))
        return 1


def call(args: argparse.Namespace) -> int:
    """Place one call and print its events (JSON lines, as `run --headless` writes them) until it ends: a quick
    check from a terminal or a script. Exit code 0 once the call was connected, 1 when it never was (refused, not
    found, no registration)."""
    from softphone.cli.one_shot import run_once

    wiring.setup_logging(args.debug)
    connected = asyncio.Event()
    ended = asyncio.Event()
    interfaces: list[HeadlessInterface] = []

    def on_call_state(event: Event) -> None:
        if event.EVENT == "call_state":
            state = event.to_dict()["state"]
            if state == "connected":
                connected.set()
            elif state == "disconnected":
                ended.set()

    def listen(session: Session) -> None:
        iface = HeadlessInterface(session, _write_line)
        interfaces.append(iface)
        session.subscribe(iface.on_event)
        session.subscribe(on_call_state)

    async def place(session: Session, stop: asyncio.Event) -> int:
        try:
            await session.call(args.uri)
        except Exception as exc:
            interfaces[0].error("call-failed", str(exc))
            return 1
        waits = [asyncio.ensure_future(ended.wait()), asyncio.ensure_future(stop.wait())]
        try:
            await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for wait in waits:
                wait.cancel()
        return 0 if connected.is_set() else 1

    return asyncio.run(run_once(Settings.load(), place, on_session=listen))

"""JSON lines in, JSON lines out.

Every event is one JSON object on one line with ``event`` and ``ts`` (Unix time, seconds). Every command
is one JSON object with ``cmd``. A bad line never stops the phone: it is answered with an ``error`` event
naming the command. A command that carries ``"id"`` also gets a ``result`` event when it completes, so
scripts can correlate.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from softphone.core.events import ErrorEvent, Event
from softphone.core.models import EngineError
from softphone.core.session import Session, SessionError

log = logging.getLogger("softphone.headless")

MAX_LINE = 64 * 1024
Handler = Callable[[dict[str, Any]], Awaitable[object]]


class CommandError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _text(cmd: dict[str, Any], key: str, required: bool = True, default: str = "") -> str:
    value = cmd.get(key, default)
    if value is None or value == "":
        if required:
            raise CommandError("bad-argument", f"'{key}' is required")
        return default
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise CommandError("bad-argument", f"'{key}' must be a string")
    return str(value)


def _target(cmd: dict[str, Any]) -> str:
    """`queue`: one queue name, or "all" (the default)."""
    return _text(cmd, "queue", required=False, default="all")


def _seconds(cmd: dict[str, Any]) -> float:
    value = cmd.get("seconds", 30)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 3600:
        raise CommandError("bad-argument", "'seconds' must be a number from 1 to 3600")
    return float(value)


def _optional_id(cmd: dict[str, Any]) -> str | None:
    value = _text(cmd, "call_id", required=False)
    return value or None


class HeadlessInterface:
    def __init__(self, session: Session, write_line: Callable[[str], None],
                 extra_handlers: dict[str, Handler] | None = None) -> None:
        self.session = session
        self.write_line = write_line
        self.quit_requested = asyncio.Event()
        s = session
        self.handlers: dict[str, Handler] = {
            "call": lambda c: s.call(_text(c, "to")),
            "answer": lambda c: s.answer(_optional_id(c)),
            "reject": lambda c: s.reject(_optional_id(c), self._reject_code(c)),
            "hangup": lambda c: s.hangup(_optional_id(c)),
            "hold": lambda c: s.hold(_optional_id(c)),
            "unhold": lambda c: s.unhold(_optional_id(c)),
            "mute": lambda c: s.set_mute(True, _optional_id(c)),
            "unmute": lambda c: s.set_mute(False, _optional_id(c)),
            "dtmf": lambda c: s.dtmf(_text(c, "digits"), _optional_id(c)),
            "transfer": lambda c: s.transfer(_text(c, "to"), _optional_id(c)),
            "attended_transfer": lambda c: s.attended_transfer(_text(c, "call_id"), _text(c, "target_call_id")),
            "queue_login": lambda c: s.queue_login(_target(c)),
            "queue_logout": lambda c: s.queue_logout(_target(c)),
            "pause": lambda c: s.pause(_target(c), _text(c, "reason", required=False)),
            "unpause": lambda c: s.unpause(_target(c)),
            "wrapup_end": lambda c: s.end_wrapup(),
            "wrapup_extend": lambda c: s.extend_wrapup(_seconds(c)),
            "status": self._status,
            "quit": self._quit,
        }
        self.handlers.update(extra_handlers or {})

    @staticmethod
    def _reject_code(cmd: dict[str, Any]) -> int:
        reason = cmd.get("reason", "busy")
        codes = {"busy": 486, "decline": 603, "unavailable": 480}
        if isinstance(reason, int) and not isinstance(reason, bool):
            return reason
        if not isinstance(reason, str) or reason not in codes:
            raise CommandError("bad-argument", "reject reason must be busy, decline or unavailable")
        return codes[reason]

    async def _status(self, cmd: dict[str, Any]) -> None:
        self.on_event(self.session.status())

    async def _quit(self, cmd: dict[str, Any]) -> None:
        self.quit_requested.set()

    # ---- out ----------------------------------------------------------------------------------

    def on_event(self, event: Event) -> None:
        body = event.to_dict()
        self._write(body)

    def _write(self, body: dict[str, Any]) -> None:
        body = {"event": body.pop("event"), "ts": round(time.time(), 3), **body}
        try:
            self.write_line(json.dumps(body, ensure_ascii=True, default=str))
        except (BrokenPipeError, ValueError):  # the reader went away; keep running until quit
            log.warning("could not write an event: stdout closed")

    def error(self, code: str, message: str, cmd: str = "", cmd_id: object = None) -> None:
        body = ErrorEvent(code=code, message=message, cmd=cmd).to_dict()
        if cmd_id is not None:
            body["id"] = cmd_id
        self._write(body)

    # ---- in -----------------------------------------------------------------------------------

    async def handle_line(self, line: str | bytes) -> None:
        if isinstance(line, bytes):
            if len(line) > MAX_LINE:
                self.error("bad-json", f"command line longer than {MAX_LINE} bytes ignored")
                return
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError:
                self.error("bad-json", "command is not valid UTF-8")
                return
        line = line.strip()
        if not line:
            return
        if len(line) > MAX_LINE:
            self.error("bad-json", f"command line longer than {MAX_LINE} bytes ignored")
            return
        try:
            cmd = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            self.error("bad-json", f"not a JSON object: {str(exc)[:100]}")
            return
        if not isinstance(cmd, dict):
            self.error("bad-json", "a command must be a JSON object with \"cmd\"")
            return
        name = cmd.get("cmd")
        cmd_id = cmd.get("id")
        if not isinstance(name, str) or not name:
            self.error("bad-command", "missing \"cmd\"", cmd_id=cmd_id)
            return
        handler = self.handlers.get(name)
        if handler is None:
            known = ", ".join(sorted(self.handlers))
            self.error("unknown-command", f"unknown command {name[:40]!r}; known: {known}", name[:40], cmd_id)
            return
        try:
            result = await handler(cmd)
        except (SessionError, CommandError) as exc:
            self.error(exc.code, exc.message, name, cmd_id)
            return
        except EngineError as exc:  # the engine refused (bad target, call gone meanwhile): its words are for users
            self.error("engine-error", str(exc), name, cmd_id)
            return
        except Exception as exc:  # a bug must not take the phone down; say what failed
            log.exception("command %s failed", name)
            self.error("internal", f"{name} failed: {exc}", name, cmd_id)
            return
        if cmd_id is not None:
            body: dict[str, Any] = {"event": "result", "cmd": name, "id": cmd_id, "ok": True}
            if isinstance(result, str):
                body["call_id"] = result
            elif hasattr(result, "results"):  # a queue action report: what each queue said
                body["ok"] = bool(getattr(result, "ok", True))
                body["results"] = [{"queue": r.queue, "ok": r.ok, "dialled": r.dialled, "error": r.error}
                                   for r in result.results]
            self._write(body)

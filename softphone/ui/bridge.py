"""SessionBridge: the session's events as Qt signals, and the agent's commands as session coroutines.

Session events arrive on the asyncio loop, which under qasync is the Qt main thread, so signals are emitted
directly (no thread hop). Wire every view to these signals BEFORE the engine starts (DESIGN.md 8: a signal
emitted before anything is connected is lost).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QObject, Signal

from softphone.core.desktop_ports import AgentControl
from softphone.core.events import Event
from softphone.core.session import Session, SessionError

log = logging.getLogger("softphone.ui")


class SessionBridge(QObject):
    # one signal per event kind of the closed vocabulary (core.events); the argument is the event object
    started = Signal(object)
    registration = Signal(object)
    incoming_call = Signal(object)
    call_state = Signal(object)
    media = Signal(object)
    dtmf = Signal(object)
    agent_state = Signal(object)
    queue = Signal(object)
    devices = Signal(object)
    video = Signal(object)
    error = Signal(object)
    stopped = Signal(object)
    status = Signal(object)
    # a command the agent gave failed: (stable code, message)
    command_failed = Signal(str, str)

    def __init__(self, session: Session, agent: AgentControl | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.agent = agent
        self._tasks: set[asyncio.Future[Any]] = set()
        self._signals: dict[str, Any] = {
            name: getattr(self, name)
            for name in ("started", "registration", "incoming_call", "call_state", "media", "dtmf", "agent_state",
                         "queue", "devices", "video", "error", "stopped", "status")
        }
        session.subscribe(self.on_event)

    def on_event(self, event: Event) -> None:
        signal = self._signals.get(event.EVENT)
        if signal is not None:
            signal.emit(event)

    # ---- commands: fire and forget, failures come back as command_failed ----

    def run(self, coro: Coroutine[Any, Any, Any], what: str) -> asyncio.Future[Any]:
        future: asyncio.Future[Any] = asyncio.ensure_future(coro)
        self._tasks.add(future)

        def done(fut: asyncio.Future[Any]) -> None:
            self._tasks.discard(fut)
            if fut.cancelled():
                return
            exc = fut.exception()
            if exc is None:
                return
            code = getattr(exc, "code", "")
            message = getattr(exc, "message", "") or str(exc)
            if not isinstance(exc, SessionError) and not code:
                log.error("%s failed", what, exc_info=exc)
                code = "internal"
            self.command_failed.emit(str(code), str(message))

        future.add_done_callback(done)
        return future

    def call(self, to: str) -> asyncio.Future[Any]:
        return self.run(self.session.call(to), "call")

    def answer(self, call_id: str | None = None) -> asyncio.Future[Any]:
        return self.run(self.session.answer(call_id), "answer")

    def reject(self, call_id: str | None = None, code: int = 486) -> asyncio.Future[Any]:
        return self.run(self.session.reject(call_id, code), "reject")

    def hangup(self, call_id: str | None = None) -> asyncio.Future[Any]:
        return self.run(self.session.hangup(call_id), "hangup")

    def hold(self, call_id: str | None = None) -> asyncio.Future[Any]:
        return self.run(self.session.hold(call_id), "hold")

    def unhold(self, call_id: str | None = None) -> asyncio.Future[Any]:
        return self.run(self.session.unhold(call_id), "unhold")

    def set_mute(self, muted: bool, call_id: str | None = None) -> asyncio.Future[Any]:
        return self.run(self.session.set_mute(muted, call_id), "mute")

    def dtmf_send(self, digits: str, call_id: str | None = None) -> asyncio.Future[Any]:
        return self.run(self.session.dtmf(digits, call_id), "dtmf")

    def transfer(self, to: str, call_id: str | None = None) -> asyncio.Future[Any]:
        return self.run(self.session.transfer(to, call_id), "transfer")

    def attended_transfer(self, call_id: str, target_call_id: str) -> asyncio.Future[Any]:
        return self.run(self.session.attended_transfer(call_id, target_call_id), "attended_transfer")

    # agent state (only when a queue controller is wired)
    def pause(self, reason: str, queue: str | None = None) -> asyncio.Future[Any] | None:
        return self.run(self.agent.pause(reason, queue), "pause") if self.agent else None

    def unpause(self, queue: str | None = None) -> asyncio.Future[Any] | None:
        return self.run(self.agent.unpause(queue), "unpause") if self.agent else None

    def queue_login(self, queue: str | None = None) -> asyncio.Future[Any] | None:
        return self.run(self.agent.queue_login(queue), "queue_login") if self.agent else None

    def queue_logout(self, queue: str | None = None) -> asyncio.Future[Any] | None:
        return self.run(self.agent.queue_logout(queue), "queue_logout") if self.agent else None

    def end_wrapup(self) -> asyncio.Future[Any] | None:
        return self.run(self.agent.end_wrapup(), "end_wrapup") if self.agent else None


class SessionAgentControl:
    """core.desktop_ports.AgentControl on the session's own queue controller (failures are reported by the
    session as ``error`` events, which the console shows)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    async def queue_login(self, queue: str | None = None) -> None:
        await self.session.queue_login(queue or "all")

    async def queue_logout(self, queue: str | None = None) -> None:
        await self.session.queue_logout(queue or "all")

    async def pause(self, reason: str, queue: str | None = None) -> None:
        await self.session.pause(queue or "all", reason)

    async def unpause(self, queue: str | None = None) -> None:
        await self.session.unpause(queue or "all")

    async def end_wrapup(self) -> None:
        await self.session.end_wrapup()

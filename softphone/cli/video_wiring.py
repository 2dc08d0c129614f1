"""Composition of video (DESIGN.md 9): a VideoService attached to the engine, and the headless `video` command."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from softphone.core.models import CallState
from softphone.core.session import Session, SessionError

log = logging.getLogger("softphone.video")


def install_video(engine: Any) -> Any | None:
    """Attach video to the engine (before engine.start: capabilities report video); None when the video libraries
    are missing. The video stack itself is imported at the first video call (or `preload`), not here."""
    from softphone import video

    if not video.available():
        log.info("video unavailable: PyAV/aiortc are not installed")
        return None
    from softphone.engine.video_hooks import install

    bind = str(getattr(engine.options, "bind_address", "") or "")
    return install(engine, video.LazyVideoService(bind, sdp_address=bind))


async def preload(hooks: Any) -> None:
    """Import the video stack on an executor thread before a video call, so the engine thread never waits for it
    inside an SDP callback. A broken install says so here, as a clear error."""
    backend = getattr(hooks, "backend", None)
    if backend is None or getattr(backend, "loaded", True):
        return
    try:
        await asyncio.get_running_loop().run_in_executor(None, backend.preload)
    except ImportError as exc:
        raise SessionError("video-unavailable", f"video is not available ({exc})") from None


def _on(cmd: dict[str, Any]) -> bool:
    value = cmd.get("on", True)
    if not isinstance(value, bool):
        raise SessionError("bad-argument", "'on' must be true or false")
    return value


def _call_id(session: Session, cmd: dict[str, Any]) -> str:
    value = cmd.get("call_id")
    if value not in (None, ""):
        if isinstance(value, bool) or not isinstance(value, str | int) or not session.has_call(str(value)):
            raise SessionError("unknown-call", f"there is no call {value}")
        return str(value)
    calls = session.active_calls()
    if not calls:
        raise SessionError("no-call", "there is no call to turn video on or off in")
    return calls[-1].call_id


def _ringing_call(session: Session, cmd: dict[str, Any]) -> str | None:
    """The call `answer` is about when it is ringing; None lets the session say why it cannot be answered."""
    value = cmd.get("call_id")
    ringing = [c.call_id for c in session.active_calls() if c.state is CallState.RINGING]
    if value in (None, ""):
        return ringing[-1] if ringing else None
    return str(value) if str(value) in ringing else None


def audio_only_call(call_id: str) -> str:
    return (f"call {call_id} was set up without video, so video cannot be added to it; "
            "to see each other, call again as a video call")


def headless_handlers(session: Session, hooks: Any, answer_with_video: bool = True) -> dict[str, Any]:
    """`video` (call_id, on), `call` with `"video": true` (a delayed-offer video call) and `answer` with an
    optional `"video": true|false` (without it, the setting video.answer_with_video decides)."""
    if hooks is not None:
        hooks.answer_with_video = answer_with_video

    async def video_cmd(cmd: dict[str, Any]) -> None:
        if hooks is None:
            raise SessionError("video-unavailable", "video is not available (PyAV/aiortc missing)")
        call_id, on = _call_id(session, cmd), _on(cmd)
        if on:
            await preload(hooks)
        if not await hooks.set_video(call_id, on):
            raise SessionError("audio-only-call", audio_only_call(call_id))

    async def call_cmd(cmd: dict[str, Any]) -> str:
        to = cmd.get("to")
        if not isinstance(to, str | int) or isinstance(to, bool) or to == "":
            raise SessionError("bad-argument", "'to' is required")
        video = cmd.get("video", False)
        if not isinstance(video, bool):
            raise SessionError("bad-argument", "'video' must be true or false")
        if video:
            if hooks is None:
                raise SessionError("video-unavailable", "video is not available (PyAV/aiortc missing)")
            await preload(hooks)
            await hooks.arm_video_call()
        return await session.call(str(to))

    async def answer_cmd(cmd: dict[str, Any]) -> None:
        video = cmd.get("video")
        if video is not None and not isinstance(video, bool):
            raise SessionError("bad-argument", "'video' must be true or false")
        if video is None or (hooks is None and not video):
            value = cmd.get("call_id")
            await session.answer(str(value) if value not in (None, "") else None)
            return
        if hooks is None:
            raise SessionError("video-unavailable", "video is not available (PyAV/aiortc missing)")
        call_id = _ringing_call(session, cmd)
        if call_id is None:  # nothing ringing, or a call that is not: the session's own refusal says which
            value = cmd.get("call_id")
            await session.answer(str(value) if value not in (None, "") else None)
            return
        if video:
            await preload(hooks)
        await hooks.set_video(call_id, video)  # settles the answer's video line before the 200 goes out
        await session.answer(call_id)

    return {"video": video_cmd, "call": call_cmd, "answer": answer_cmd}

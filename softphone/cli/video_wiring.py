"""Composition of video (DESIGN.md 9): a VideoService attached to the engine, and the headless `video` command."""

from __future__ import annotations

import logging
from typing import Any

from softphone.core.session import Session, SessionError

log = logging.getLogger("softphone.video")


def install_video(engine: Any) -> Any | None:
    """Attach a VideoService to the engine (before engine.start); None when the video libraries are missing."""
    from softphone import video

    if not video.available():
        log.info("video unavailable: PyAV/aiortc are not installed")
        return None
    from softphone.engine.video_hooks import install
    from softphone.video.service import VideoService

    bind = str(getattr(engine.options, "bind_address", "") or "")
    return install(engine, VideoService(bind, sdp_address=bind))


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


def headless_handlers(session: Session, hooks: Any) -> dict[str, Any]:
    """`video` (call_id, on) and `call` with `"video": true` (a delayed-offer video call)."""

    async def video_cmd(cmd: dict[str, Any]) -> None:
        if hooks is None:
            raise SessionError("video-unavailable", "video is not available (PyAV/aiortc missing)")
        await hooks.set_video(_call_id(session, cmd), _on(cmd))

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
            await hooks.arm_video_call()
        return await session.call(str(to))

    return {"video": video_cmd, "call": call_cmd}

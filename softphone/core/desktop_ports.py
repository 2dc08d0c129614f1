"""What the desktop UI needs besides the session, as Protocols (DESIGN.md 1: ui/ imports core only).

The composition root (cli/gui_run.py) implements them with config/ (settings), history/ (call history)
and the queue controller (agent state).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol


class SettingsAccess(Protocol):
    """Settings by name (the names of config/schema.py). Runs on the UI thread; quick file I/O only."""

    def get(self, name: str) -> Any: ...

    def is_locked(self, name: str) -> bool:
        """IT policy locks it: show it disabled, "managed by your organization"."""
        ...

    def set(self, name: str, value: Any) -> None:
        """Change and save. Raises ValueError with a plain message for a bad or locked value."""
        ...


@dataclass(frozen=True)
class HistoryEntry:
    call_id: str
    direction: str  # CallDirection value
    peer: str  # remote URI
    queue: str
    started_at: float  # Unix time
    duration: float  # seconds connected
    outcome: str  # answered | missed | rejected | busy | failed | cancelled | transferred | ...
    seen: bool = True  # a missed call stays unseen until the agent opens the history
    row_id: int = 0


class CallHistory(Protocol):
    """Call history store. Calls are quick local inserts (sqlite): fine on the UI thread."""

    def recent(self, limit: int = 200) -> list[HistoryEntry]: ...

    def unseen_missed(self) -> int: ...

    def mark_seen(self) -> None: ...

    def add_listener(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` (on the UI thread) after every change, so views refresh."""
        ...


class AgentControl(Protocol):
    """Agent-state commands (queue login/logout, pause with a reason, wrap-up). Implemented by the queue
    controller; raises SessionError-like exceptions with ``code`` and ``message`` on failure."""

    async def queue_login(self, queue: str | None = None) -> None: ...

    async def queue_logout(self, queue: str | None = None) -> None: ...

    async def pause(self, reason: str, queue: str | None = None) -> None: ...

    async def unpause(self, queue: str | None = None) -> None: ...

    async def end_wrapup(self) -> None: ...


@dataclass(frozen=True)
class MicCheck:
    """What the microphone test heard: ``seconds`` recorded, the peak level, whether it was more than silence."""

    seconds: float
    peak_db: float
    heard: bool


class LevelMeter(Protocol):
    """A running microphone level meter (opened by ``AudioControl.level_meter``)."""

    @property
    def level_db(self) -> float:
        """Peak of the last few milliseconds, dBFS (-96 = silence). Cheap: poll it from a UI timer."""
        ...

    async def stop(self) -> None:
        """Close the microphone."""
        ...


class AudioControl(Protocol):
    """The settings dialog's audio tools. Device identities come from ``DevicesChanged.list``; "" is the system
    default. The sound work blocks while it lasts, so every call is a coroutine that runs it off the UI thread.
    Device lists and changes arrive as ``DevicesChanged`` events through the session."""

    async def select(self, choices: dict[str, str]) -> None:
        """Use these devices now, by role: input, output, ringer, also_ring."""
        ...

    async def test_speaker(self, identity: str) -> None:
        """Play a short test tone on ``identity``."""
        ...

    async def test_microphone(self, input_identity: str, output_identity: str) -> MicCheck:
        """Record a few seconds from ``input_identity``, then play them back on ``output_identity``."""
        ...

    async def level_meter(self, identity: str) -> LevelMeter:
        """A started level meter on ``identity``."""
        ...


@dataclass(frozen=True)
class CameraInfo:
    """A camera as the UI lists it. ``identity`` is what the ``video.camera`` setting remembers."""

    identity: str
    description: str


@dataclass(frozen=True)
class VideoPicture:
    """One picture to paint: packed RGB888 rows (width * 3 bytes each). ``serial`` grows with every new one, so a
    view repaints only when something changed."""

    width: int
    height: int
    rgb: bytes
    serial: int


class VideoControl(Protocol):
    """The desktop side of video calls (DESIGN.md 9). Camera and picture calls are quick and run on the UI thread;
    pictures are the newest one only (older ones are dropped, never queued). Offer video only when the session's
    ``started`` event says ``capabilities.video``."""

    def cameras(self) -> list[CameraInfo]: ...

    def current_camera(self) -> str:
        """The identity of the camera in use; "" = the synthetic test pattern (no camera, or it failed)."""
        ...

    def camera_problem(self) -> str:
        """Why the chosen camera is not in use (a detail from the system, untranslated); "" when it is fine."""
        ...

    def use_camera(self, identity: str) -> None:
        """Switch to this camera ("" = the test pattern); applies at once, also in a running call."""
        ...

    def add_listener(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` on the UI thread when the camera list or the camera in use changes."""
        ...

    def acquire_local(self) -> None:
        """A view wants our own picture (preview, self-view): the camera runs while anyone holds it."""
        ...

    def release_local(self) -> None: ...

    def local_picture(self) -> VideoPicture | None: ...

    def remote_picture(self, call_id: str) -> VideoPicture | None:
        """The newest decoded picture of the far end in this call, or None."""
        ...

    async def call(self, to: str, video: bool) -> str:
        """Place a call (with video: a delayed offer, the far end offers video). Returns the call id."""
        ...

    async def answer(self, call_id: str, video: bool) -> None: ...

    async def set_video(self, call_id: str, on: bool) -> None:
        """Video on or off in a running call (a re-INVITE)."""
        ...

    async def offer_has_video(self, call_id: str) -> bool:
        """Whether the ringing call's offer carries video we can answer."""
        ...

    async def video_possible(self, call_id: str) -> bool:
        """Whether video can be turned on in this connected call: it was set up with a video line (a call set up
        audio-only can never get one). Never raises; True when it cannot tell (the command then says why)."""
        ...

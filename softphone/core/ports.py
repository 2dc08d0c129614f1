"""Ports: what the core needs from the outside world, as Protocols. Adapters implement them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from softphone.core.events import EngineSignal, Event
from softphone.core.models import (
    AccountSpec,
    AudioDevice,
    Capabilities,
    DtmfMethod,
    MediaStats,
    QueueInfo,
)

EventSink = Callable[[Event | EngineSignal], None]
"""Called on the session's thread (the adapter hops threads with loop.call_soon_threadsafe)."""


class MediaBridge(Protocol):
    """The meeting point of the pjmedia clock (engine) and the sound card (audio).

    Called on the pjmedia clock thread every 20 ms with 16 kHz mono int16 frames (640 bytes).
    Implementations must not allocate, log, or wait on locks per frame.
    """

    clock_rate: int
    samples_per_frame: int

    def far_end_frame(self, pcm: memoryview) -> None:
        """A frame received from the call (goes to the speaker)."""

    def near_end_frame(self, out: memoryview) -> bool:
        """Fill ``out`` with the next microphone frame; False = silence (nothing available)."""


class SipEngine(Protocol):
    """The SIP/media engine. Every method is safe to call from the session's event loop."""

    async def start(self, sink: EventSink, bridge: MediaBridge | None) -> Capabilities: ...

    async def register(self, account: AccountSpec, password: str) -> None: ...

    async def unregister(self) -> None: ...

    async def make_call(
        self, uri: str, *, silent: bool = False, headers: Sequence[tuple[str, str]] = ()
    ) -> str: ...

    async def answer(self, call_id: str) -> None: ...

    async def reject(self, call_id: str, code: int = 486) -> None: ...

    async def hangup(self, call_id: str) -> None: ...

    async def hold(self, call_id: str) -> None: ...

    async def unhold(self, call_id: str) -> None: ...

    async def set_mute(self, call_id: str, muted: bool) -> None: ...

    async def send_dtmf(self, call_id: str, digits: str, method: DtmfMethod) -> None: ...

    async def transfer(self, call_id: str, target: str) -> None: ...

    async def attended_transfer(self, call_id: str, target_call_id: str) -> None: ...

    async def media_stats(self, call_id: str) -> MediaStats | None: ...

    async def diagnostics(self) -> dict[str, object]: ...

    async def shutdown(self) -> None: ...


class AudioService(Protocol):
    """Sound devices, streams and ringers (audio/)."""

    def devices(self) -> list[AudioDevice]: ...

    def bridge(self) -> MediaBridge: ...

    def start_call_audio(self) -> None: ...

    def stop_call_audio(self) -> None: ...

    def start_ringing(self, waiting: bool = False) -> None: ...

    def stop_ringing(self) -> None: ...

    def select(self, *, input: str | None = None, output: str | None = None, ringer: str | None = None,
               also_ring: str | None = None) -> None: ...

    def selection(self) -> dict[str, str]: ...

    def close(self) -> None: ...


class SecretStore(Protocol):
    """OS keyring. Every method may block: call from an executor."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...

    def delete(self, key: str) -> None: ...


class QueueLoadError(Exception):
    """Queue membership and load could not be fetched. ``message`` is for the agent.

    ``retry_after``: the server asked us to wait this many seconds (rate limit); ``permanent``: asking again
    will not help until something changes (signed out, no permission), so the refresher stops asking."""

    def __init__(self, message: str, *, retry_after: float | None = None, permanent: bool = False,
                 code: str = "queue-load") -> None:
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after
        self.permanent = permanent
        self.code = code


class QueueLoadSource(Protocol):
    """Where queue membership and load come from (the chat server). Runs on the session's loop."""

    async def fetch(self) -> list[QueueInfo]:
        """The agent's queues with their load; raises QueueLoadError."""

    def rate_limit(self) -> tuple[int | None, float | None]:
        """What the server said last about this route's limit: (calls remaining, seconds until the window
        resets); (None, None) when it said nothing."""

    async def aclose(self) -> None: ...

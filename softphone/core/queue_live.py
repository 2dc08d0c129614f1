"""Live queue events from the chat server's realtime stream (contract section 3 "Realtime"), as the core sees them.

The chat server pushes Asterisk queue events to ``<userId>/voip.events`` over DDP (a Meteor websocket protocol;
the provisioning adapter speaks it). They carry the queue's caller count after the event but none of the other
figures the queue list shows, so the refresher applies the count at once and asks for a full (rate-limited) REST
read as well. This module is the port (``LiveQueueFeed``/``LiveQueueListener``) and the payload parser; the
wire format stays in provisioning/.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

# Canonical (hyphenated, 5.x+) names; early 4.x typings wrote them without hyphens ("agentcalled", ...).
QUEUE_EVENTS = ("agent-called", "caller-joined", "agent-connected", "call-abandoned", "queue-member-added",
                "queue-member-removed")
_BY_FOLDED = {name.replace("-", ""): name for name in QUEUE_EVENTS}
# Which data field holds the callers still waiting after the event.
_CALLERS_FIELD = {"caller-joined": "queuedCalls", "agent-connected": "queuedCalls",
                  "call-abandoned": "queuedCallAfterAbandon", "queue-member-added": "queuedCalls",
                  "queue-member-removed": "queuedCalls"}
MAX_CALLERS = 100_000  # more waiting callers than any PBX holds: the figure is garbage
MAX_NAME = 200


@dataclass(frozen=True)
class LiveQueueEvent:
    """One queue event: ``kind`` is a canonical name from QUEUE_EVENTS; ``callers`` the number of callers
    waiting in ``queue`` after it, None when the event does not say (agent-called) or said nonsense."""

    kind: str
    queue: str
    callers: int | None = None


@dataclass(frozen=True)
class LiveCallHangup:
    """``<userId>/call.hangup``: the caller of a voice room hung up (the SIP BYE tells the phone as well)."""

    room_id: str


LiveItem = LiveQueueEvent | LiveCallHangup


class LiveQueueListener(Protocol):
    """What a live feed tells (all calls on the session's loop, never raising into the feed)."""

    def stream_up(self) -> None:
        """Signed in and subscribed: events flow from now on (after a reconnect too)."""

    def stream_down(self) -> None:
        """The connection that was up is gone; the feed reconnects by itself."""

    def stream_item(self, item: LiveItem) -> None: ...

    def stream_failed(self, code: str, message: str) -> None:
        """The server refused us (sign-in expired, subscription denied); ``message`` is for the agent.
        Told once per run of refusals; the feed retries only rarely after it."""


class LiveQueueFeed(Protocol):
    """The realtime stream of the chat server (provisioning.realtime implements it)."""

    def start(self, listener: LiveQueueListener) -> None: ...

    async def aclose(self) -> None: ...


def canonical_event_name(name: object) -> str | None:
    """``caller-joined`` for ``caller-joined``, ``callerjoined`` or ``CallerJoined``; None when unknown."""
    if not isinstance(name, str) or len(name) > 64:
        return None
    return _BY_FOLDED.get(name.replace("-", "").replace("_", "").lower())


def _count(value: object) -> int | None:
    """A non-negative count from a number or a numeric string (AMI figures arrive as strings)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 9:
        number = int(value.strip())
    else:
        return None
    return number if 0 <= number <= MAX_CALLERS else None


def parse_voip_event(payload: Any) -> LiveQueueEvent | None:
    """One ``args`` item of a ``<uid>/voip.events`` message: ``{"event": <name>, "data": {...}}``.
    None for an unknown event or a payload without a usable queue name (the caller logs and drops it)."""
    if not isinstance(payload, Mapping):
        return None
    kind = canonical_event_name(payload.get("event"))
    data = payload.get("data")
    if kind is None or not isinstance(data, Mapping):
        return None
    queue = data.get("queue")
    if not isinstance(queue, str) or not queue.strip() or len(queue) > MAX_NAME:
        return None
    field = _CALLERS_FIELD.get(kind)
    return LiveQueueEvent(kind, queue.strip(), _count(data.get(field)) if field else None)


def parse_hangup(payload: Any) -> LiveCallHangup | None:
    """One ``args`` item of a ``<uid>/call.hangup`` message: ``{"roomId": "..."}``."""
    if not isinstance(payload, Mapping):
        return None
    room = payload.get("roomId")
    if not isinstance(room, str) or not room or len(room) > MAX_NAME:
        return None
    return LiveCallHangup(room)

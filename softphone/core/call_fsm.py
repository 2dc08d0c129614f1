"""The call state machine: the only place a call's state changes.

Pure: engine signals and agent commands go in, CallStateChanged events come out. Time is passed in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from softphone.core.events import (
    CallConfirmed,
    CallEnded,
    CallIncoming,
    CallMediaChanged,
    CallOutgoing,
    CallProgress,
    CallStateChanged,
    EngineSignal,
)
from softphone.core.models import CallDirection, CallState, EndReason

# What the agent may do in each state.
ALLOWED: dict[str, frozenset[CallState]] = {
    "answer": frozenset({CallState.RINGING}),
    "reject": frozenset({CallState.RINGING}),
    "hangup": frozenset({CallState.CALLING, CallState.RINGING, CallState.EARLY, CallState.CONNECTED, CallState.HELD}),
    "hold": frozenset({CallState.CONNECTED}),
    "unhold": frozenset({CallState.HELD}),
    "mute": frozenset({CallState.CONNECTED, CallState.HELD}),
    "unmute": frozenset({CallState.CONNECTED, CallState.HELD}),
    "dtmf": frozenset({CallState.CONNECTED, CallState.EARLY}),
    "transfer": frozenset({CallState.CONNECTED, CallState.HELD}),
    "attended_transfer": frozenset({CallState.CONNECTED, CallState.HELD}),
}


class CallCommandRefused(Exception):
    def __init__(self, call_id: str, command: str, state: CallState) -> None:
        super().__init__(f"cannot {command.replace('_', ' ')} call {call_id} while it is {state.value}")
        self.call_id = call_id
        self.command = command
        self.state = state


@dataclass
class Call:
    call_id: str
    direction: CallDirection
    peer: str
    state: CallState
    display_name: str = ""
    number: str = ""
    queue: str = ""
    silent: bool = False
    muted: bool = False
    local_hold: bool = False
    remote_hold: bool = False
    created_at: float = 0.0
    connected_at: float | None = None
    ended_at: float | None = None
    end_reason: EndReason | None = None
    last_code: int = 0
    last_reason: str = ""
    hangup_requested: bool = False
    transferred: bool = False
    ring_timed_out: bool = False  # nobody answered within the ring timeout: a missed call, not a rejection
    events: list[CallStateChanged] = field(default_factory=list, repr=False)

    @property
    def active(self) -> bool:
        return self.state is not CallState.DISCONNECTED

    def duration(self, now: float) -> float:
        if self.connected_at is None:
            return 0.0
        end = self.ended_at if self.ended_at is not None else now
        return max(0.0, end - self.connected_at)

    def check(self, command: str) -> None:
        if self.state not in ALLOWED[command]:
            raise CallCommandRefused(self.call_id, command, self.state)

    def to_dict(self, now: float) -> dict[str, object]:
        return {
            "call_id": self.call_id,
            "state": self.state.value,
            "direction": self.direction.value,
            "peer": self.peer,
            "display_name": self.display_name,
            "queue": self.queue,
            "muted": self.muted,
            "duration": round(self.duration(now), 1),
        }


def new_call(signal: CallIncoming | CallOutgoing, now: float) -> Call:
    if isinstance(signal, CallIncoming):
        return Call(
            call_id=signal.call_id,
            direction=CallDirection.INBOUND,
            peer=signal.remote_uri,
            state=CallState.RINGING,
            display_name=signal.display_name,
            number=signal.number,
            queue=signal.queue,
            created_at=now,
        )
    return Call(
        call_id=signal.call_id,
        direction=CallDirection.OUTBOUND,
        peer=signal.remote_uri,
        state=CallState.CALLING,
        silent=signal.silent,
        created_at=now,
    )


def end_reason(call: Call, code: int, local: bool) -> EndReason:
    if call.transferred:
        return EndReason.TRANSFERRED
    if call.ring_timed_out and call.connected_at is None:
        return EndReason.NO_ANSWER
    if call.connected_at is not None:
        return EndReason.LOCAL if local or call.hangup_requested else EndReason.REMOTE
    if local or call.hangup_requested:
        return EndReason.LOCAL
    if code in (486, 600):
        return EndReason.BUSY
    if code in (603,):
        return EndReason.DECLINED
    if code in (404, 604):
        return EndReason.NOT_FOUND
    if code in (408, 480):
        return EndReason.NO_ANSWER
    if code == 487 or (call.direction is CallDirection.INBOUND and code in (0, 200)):
        return EndReason.CANCELLED
    return EndReason.FAILED


def apply(call: Call, signal: EngineSignal, now: float) -> CallStateChanged | None:
    """Feed one engine signal; returns the state change to announce, or None when nothing changed."""
    if call.state is CallState.DISCONNECTED:
        return None  # late signals after the end are ignored
    new_state: CallState = call.state
    code = 0
    reason = ""
    if isinstance(signal, CallProgress):
        code, reason = signal.code, signal.reason
        if call.direction is CallDirection.OUTBOUND and signal.code in (180, 183) and call.state is CallState.CALLING:
            new_state = CallState.EARLY
    elif isinstance(signal, CallConfirmed):
        if call.state in (CallState.CALLING, CallState.EARLY, CallState.RINGING):
            call.connected_at = now
            new_state = CallState.CONNECTED
            code, reason = 200, "OK"
    elif isinstance(signal, CallMediaChanged):
        call.local_hold = signal.local_hold
        call.remote_hold = signal.remote_hold
        if call.state in (CallState.CONNECTED, CallState.HELD):
            new_state = CallState.HELD if signal.local_hold or signal.remote_hold else CallState.CONNECTED
            reason = "held by the other party" if signal.remote_hold and not signal.local_hold else ""
    elif isinstance(signal, CallEnded):
        call.end_reason = end_reason(call, signal.code, signal.local)
        call.ended_at = now
        new_state = CallState.DISCONNECTED
        code, reason = signal.code, signal.reason
    if new_state is call.state:
        return None
    call.state = new_state
    call.last_code, call.last_reason = code, reason
    event = CallStateChanged(
        call_id=call.call_id,
        state=new_state.value,
        code=code,
        reason=reason,
        direction=call.direction.value,
        peer=call.peer,
        end_reason=call.end_reason.value if call.end_reason else "",
        duration=round(call.duration(now), 3) if new_state is CallState.DISCONNECTED else 0.0,
        queue=call.queue,
    )
    return event

"""The one closed event vocabulary (DESIGN.md section 4).

Every event the headless interface prints, the UI shows, or the session reacts to is one of these.
``EVENT`` is the name on the wire; ``to_dict()`` is the JSON body (without ``ts``).
Extend the vocabulary; never rename an event or a field.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass, field
from typing import ClassVar

from softphone.core.models import Capabilities, DeviceNotice, MediaStats


def _plain(value: object) -> object:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Capabilities | DeviceNotice):
        return value.to_dict()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class Event:
    EVENT: ClassVar[str] = ""

    def to_dict(self) -> dict[str, object]:
        body: dict[str, object] = {"event": self.EVENT}
        for f in dataclasses.fields(self):
            if f.metadata.get("internal"):
                continue
            body[f.name] = _plain(getattr(self, f.name))
        return body


@dataclass(frozen=True)
class Started(Event):
    EVENT: ClassVar[str] = "started"
    version: str
    capabilities: Capabilities
    account: str = ""


@dataclass(frozen=True)
class RegistrationChanged(Event):
    EVENT: ClassVar[str] = "registration"
    state: str  # RegState value
    code: int = 0
    reason: str = ""
    account: str = ""
    retry_in: float = 0.0  # seconds until the next attempt after a failure, 0 = none scheduled


@dataclass(frozen=True)
class IncomingCall(Event):
    EVENT: ClassVar[str] = "incoming_call"
    call_id: str
    from_: str = field(metadata={"wire": "from"})
    display_name: str = ""
    number: str = ""
    queue: str = ""
    waiting: bool = False  # another call is already active (call waiting)

    def to_dict(self) -> dict[str, object]:
        body = super().to_dict()
        body["from"] = body.pop("from_")
        return body


@dataclass(frozen=True)
class CallStateChanged(Event):
    EVENT: ClassVar[str] = "call_state"
    call_id: str
    state: str  # CallState value
    code: int = 0
    reason: str = ""
    direction: str = ""
    peer: str = ""
    end_reason: str = ""  # EndReason value once disconnected
    duration: float = 0.0  # seconds connected, once disconnected
    queue: str = ""


@dataclass(frozen=True)
class MediaEvent(Event):
    EVENT: ClassVar[str] = "media"
    call_id: str
    codec: str = ""
    rx_packets: int = 0
    tx_packets: int = 0
    jitter_ms: float = 0.0
    loss_pct: float = 0.0
    rtt_ms: float = 0.0
    mos: float = 0.0
    underruns: int = 0
    overruns: int = 0
    final: bool = False

    @staticmethod
    def from_stats(stats: MediaStats, final: bool = False) -> MediaEvent:
        return MediaEvent(final=final, **dataclasses.asdict(stats))


@dataclass(frozen=True)
class DtmfReceived(Event):
    EVENT: ClassVar[str] = "dtmf"
    call_id: str
    digit: str


@dataclass(frozen=True)
class AgentStateChanged(Event):
    EVENT: ClassVar[str] = "agent_state"
    state: str
    reason: str = ""
    wrapup_remaining: float = 0.0


@dataclass(frozen=True)
class QueueChanged(Event):
    EVENT: ClassVar[str] = "queue"
    name: str
    logged_in: bool = False
    paused: bool = False
    reason: str = ""
    callers: int = 0  # callers waiting in the queue now
    holdtime: int = 0  # average hold time, seconds (the PBX's figure)
    members_logged_in: int = 0  # agents logged in to the queue (the chat server's load; 0 when unknown)
    members_available: int = 0  # of them, free to take a call
    longest_hold: int = 0  # the longest wait of a caller, seconds


@dataclass(frozen=True)
class DevicesChanged(Event):
    EVENT: ClassVar[str] = "devices"
    input: str = ""
    output: str = ""
    ringer: str = ""
    also_ring: str = ""
    list: tuple[dict[str, object], ...] = ()
    notice: str = ""  # the notices in English (machine interfaces); front ends word ``notices`` themselves
    notices: tuple[DeviceNotice, ...] = ()


@dataclass(frozen=True)
class VideoChanged(Event):
    EVENT: ClassVar[str] = "video"
    call_id: str
    on: bool
    fps: float = 0.0
    frames_rx: int = 0
    frames_tx: int = 0
    bitrate: int = 0
    loss: float = 0.0


@dataclass(frozen=True)
class ErrorEvent(Event):
    EVENT: ClassVar[str] = "error"
    code: str
    message: str
    cmd: str = ""


@dataclass(frozen=True)
class Stopped(Event):
    EVENT: ClassVar[str] = "stopped"
    reason: str = ""


@dataclass(frozen=True)
class StatusReport(Event):
    EVENT: ClassVar[str] = "status"
    registration: str
    agent_state: str
    calls: tuple[dict[str, object], ...] = ()
    account: str = ""


# ---- Signals from the engine into the core (not printed as such; the session turns them into events) ----


@dataclass(frozen=True)
class EngineSignal:
    """Base of what the engine reports about a call; the call state machine consumes these."""

    call_id: str


@dataclass(frozen=True)
class CallIncoming(EngineSignal):
    remote_uri: str
    display_name: str = ""
    number: str = ""
    queue: str = ""
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class CallOutgoing(EngineSignal):
    remote_uri: str
    silent: bool = False  # feature-code calls: never heard, never in history


@dataclass(frozen=True)
class CallProgress(EngineSignal):
    code: int  # 100/180/183
    reason: str = ""


@dataclass(frozen=True)
class CallConfirmed(EngineSignal):
    pass


@dataclass(frozen=True)
class CallMediaChanged(EngineSignal):
    local_hold: bool = False
    remote_hold: bool = False
    active: bool = True


@dataclass(frozen=True)
class CallEnded(EngineSignal):
    code: int = 0
    reason: str = ""
    local: bool = False  # we initiated the end (hangup/reject/cancel)


@dataclass(frozen=True)
class CallDtmf(EngineSignal):
    digit: str


@dataclass(frozen=True)
class CallTransferStatus(EngineSignal):
    code: int
    reason: str = ""
    final: bool = False

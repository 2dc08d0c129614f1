"""Immutable value types shared by every layer."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Transport(str, enum.Enum):
    UDP = "udp"
    TCP = "tcp"
    TLS = "tls"


class SrtpMode(str, enum.Enum):
    OFF = "off"
    OPTIONAL = "optional"
    MANDATORY = "mandatory"


class DtmfMethod(str, enum.Enum):
    RFC4733 = "rfc4733"
    SIP_INFO = "info"


class RegState(str, enum.Enum):
    REGISTERING = "registering"
    REGISTERED = "registered"
    UNREGISTERED = "unregistered"
    FAILED = "failed"


class CallState(str, enum.Enum):
    CALLING = "calling"  # outgoing, INVITE sent
    RINGING = "ringing"  # incoming, not yet answered
    EARLY = "early"  # outgoing, 18x received
    CONNECTED = "connected"
    HELD = "held"
    DISCONNECTED = "disconnected"


class CallDirection(str, enum.Enum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class EndReason(str, enum.Enum):
    """Why a call ended, in words a user understands (``call_state.reason`` carries the SIP text)."""

    LOCAL = "local"  # we hung up or rejected
    REMOTE = "remote"  # the far end hung up
    BUSY = "busy"  # 486/600
    NO_ANSWER = "no_answer"  # 408/480 or cancelled by the caller before answer
    DECLINED = "declined"  # 603
    CANCELLED = "cancelled"  # caller gave up before we answered
    NOT_FOUND = "not_found"  # 404/604
    FAILED = "failed"  # any other failure, see code
    TRANSFERRED = "transferred"


@dataclass(frozen=True)
class AccountSpec:
    """Everything needed to register, except the password (which lives in the keyring)."""

    user: str  # SIP user / extension
    domain: str  # SIP domain (host of the registrar by default)
    registrar_host: str = ""  # defaults to domain
    port: int = 0  # 0 = transport default (5060/5061)
    transport: Transport = Transport.UDP
    auth_user: str = ""  # defaults to user
    display_name: str = ""
    srtp: SrtpMode = SrtpMode.OFF
    ca_file: str = ""  # TLS: verify against this CA instead of the system store
    reg_expires: int = 300
    source: str = "manual"  # manual | policy | chat-server

    @property
    def aor(self) -> str:
        return f"sip:{self.user}@{self.domain}"

    @property
    def effective_host(self) -> str:
        return self.registrar_host or self.domain

    @property
    def effective_port(self) -> int:
        if self.port:
            return self.port
        return 5061 if self.transport is Transport.TLS else 5060

    @property
    def effective_auth_user(self) -> str:
        return self.auth_user or self.user

    @property
    def registrar_uri(self) -> str:
        host = self.effective_host
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"  # IPv6 literal
        scheme = "sips" if self.transport is Transport.TLS else "sip"
        uri = f"{scheme}:{host}:{self.effective_port}"
        if self.transport is Transport.TCP:
            uri += ";transport=tcp"
        elif self.transport is Transport.TLS:
            uri += ";transport=tls"
        return uri


@dataclass(frozen=True)
class AudioDevice:
    """A sound device with a stable identity (name + host API), never an index."""

    name: str
    host_api: str
    is_input: bool
    is_output: bool
    description: str = ""
    is_default: bool = False

    @property
    def identity(self) -> str:
        return f"{self.host_api}:{self.name}"


@dataclass(frozen=True)
class DeviceNotice:
    """Something the agent should know about the sound devices, as a code and its arguments: each front end words
    it in the agent's language; softphone.audio.notices gives the English sentence (the headless JSON's ``notice``).

    Codes: ``missing`` (the device chosen for ``role`` is not there; ``used`` plays instead), ``switched`` (the
    call's ``role`` moved to ``used``), ``cannot-open`` (``chosen`` would not open for ``role``: ``detail``),
    ``cannot-open-any`` (not even the system default opened for ``role``), ``cannot-ring`` (ringing on ``chosen``
    failed), ``sound-file-format`` / ``sound-file-unreadable`` / ``sound-file-empty`` (the sound file ``chosen``
    cannot be played; ``used`` is ``built-in`` when the built-in ringtone plays instead).
    """

    code: str
    role: str = ""  # input, output, ringer or also_ring; "" when the notice is about no one role
    chosen: str = ""  # the device (as the system names it) or sound file concerned; "" = the default device
    used: str = ""  # what is used instead: a device's description; "" = the system default
    detail: str = ""  # the system's own error message (stays as the system words it)

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "role": self.role, "chosen": self.chosen, "used": self.used,
                "detail": self.detail}


@dataclass(frozen=True)
class Capabilities:
    """What the running engine can do; the app offers only these."""

    sound_devices: bool
    video: bool
    codecs: tuple[str, ...]
    srtp: bool
    tls: bool
    engine: str = ""
    sip_port: int = 0  # the local SIP (UDP) port the engine listens on

    def to_dict(self) -> dict[str, object]:
        return {
            "sound_devices": self.sound_devices,
            "video": self.video,
            "codecs": list(self.codecs),
            "srtp": self.srtp,
            "tls": self.tls,
            "engine": self.engine,
            "sip_port": self.sip_port,
        }


@dataclass(frozen=True)
class MediaStats:
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


@dataclass(frozen=True)
class QueueInfo:
    name: str
    logged_in: bool = False
    paused: bool = False
    reason: str = ""
    callers: int = 0
    holdtime: int = 0
    members_logged_in: int = 0
    members_available: int = 0
    longest_hold: int = 0


@dataclass(frozen=True)
class SipIdentity:
    """The SIP identity the chat server hands out for the signed-in agent."""

    extension: str
    password: str = field(repr=False)
    host: str
    websocket_url: str = ""
    auth_user: str = ""
    display_name: str = ""


@dataclass(frozen=True)
class EngineOptions:
    """Engine-wide settings the composition root reads from config and hands to the engine."""

    bind_address: str = ""  # "" = all interfaces; tests bind 127.0.0.1 (DESIGN.md 8: Contact/SDP address)
    # local SIP port; 0 = any free port. The app passes the port of the last run: the same Contact after a
    # restart or a crash refreshes the PBX's binding instead of adding a stale second one (Asterisk with
    # max_contacts=1 and remove_existing=no refuses the new one until the old expires)
    sip_port: int = 0
    sip_port_fallback: bool = True  # sip_port taken (another instance): take any free port instead of failing
    rtp_port_start: int = 0  # 0 = pjsua default range
    codecs: tuple[str, ...] = ("G722", "PCMU", "PCMA")  # priority order; others disabled
    dtmf_method: DtmfMethod = DtmfMethod.RFC4733
    srtp: SrtpMode = SrtpMode.OFF
    keepalive_sec: int = 15  # NAT keep-alive interval for UDP
    no_vad: bool = True  # VAD treats steady tones as silence (DESIGN.md 8)
    user_agent: str = "softphone"
    log_level: int = 1  # pjsua log level to our logger (0-5)
    retry_min_sec: float = 1.0  # registration retry backoff: 1 s doubling to 60 s, with jitter
    retry_max_sec: float = 60.0
    ca_file: str = ""  # TLS trust: this CA file instead of the system store


class EngineError(Exception):
    """A SIP engine command could not be carried out; the message is fit to show to the user."""

"""Every setting, declared once: name, type, default, description, and whether IT policy may lock it.

Secrets are never settings: the SIP password and chat-server tokens live in the OS keyring (secrets/).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

JsonValue = Any


class SettingValueError(ValueError):
    """A value does not fit its setting (wrong type, not one of the choices, out of range)."""


@dataclass(frozen=True)
class Setting:
    name: str
    type: type  # str, bool, int, list or dict
    default: JsonValue
    description: str
    lockable: bool = True
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    check: Callable[[JsonValue], JsonValue] | None = field(default=None, compare=False)

    def validate(self, value: JsonValue, *, from_text: bool = False) -> JsonValue:
        """Return the value in its canonical form, or raise SettingValueError with a plain message.

        ``from_text``: accept the string forms a registry or plist may carry ("1", "true", JSON lists).
        """
        if from_text and isinstance(value, str) and self.type is not str:
            value = _parse_text(self, value)
        if self.type is bool:
            if not isinstance(value, bool):
                raise SettingValueError(f"{self.name} must be true or false, not {value!r}")
        elif self.type is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise SettingValueError(f"{self.name} must be a whole number, not {value!r}")
            if self.minimum is not None and value < self.minimum:
                raise SettingValueError(f"{self.name} must be at least {self.minimum}, not {value}")
            if self.maximum is not None and value > self.maximum:
                raise SettingValueError(f"{self.name} must be at most {self.maximum}, not {value}")
        elif self.type is str:
            if not isinstance(value, str):
                raise SettingValueError(f"{self.name} must be text, not {value!r}")
            if self.choices and value not in self.choices:
                raise SettingValueError(f"{self.name} must be one of {', '.join(self.choices)}, not {value!r}")
        elif self.type is list:
            if not isinstance(value, list | tuple):
                raise SettingValueError(f"{self.name} must be a list, not {value!r}")
            value = list(value)
        elif self.type is dict:
            if not isinstance(value, dict):
                raise SettingValueError(f"{self.name} must be an object, not {value!r}")
            value = dict(value)
        if self.check is not None:
            value = self.check(value)
        return value


def _parse_text(setting: Setting, text: str) -> JsonValue:
    t = text.strip()
    if setting.type is bool:
        low = t.lower()
        if low in ("1", "true", "yes", "on"):
            return True
        if low in ("0", "false", "no", "off"):
            return False
        return text
    if setting.type is int:
        try:
            return int(t)
        except ValueError:
            return text
    try:
        return json.loads(t)
    except ValueError:
        if setting.type is list:
            return [part.strip() for part in t.split(",") if part.strip()]
        return text


def _str_list(name: str, allowed: tuple[str, ...] = ()) -> Callable[[JsonValue], JsonValue]:
    def check(value: JsonValue) -> JsonValue:
        if not all(isinstance(v, str) for v in value):
            raise SettingValueError(f"{name} must be a list of text values")
        bad = [v for v in value if allowed and v not in allowed]
        if bad:
            raise SettingValueError(f"{name}: unknown value(s) {', '.join(bad)}; allowed: {', '.join(allowed)}")
        return value

    return check


ACCOUNT_KEYS = ("user", "domain", "registrar", "port", "transport", "auth_user", "display_name", "source",
                "srtp", "ca_file")
ACCOUNT_SOURCES = ("manual", "policy", "chat-server")
TRANSPORTS = ("udp", "tcp", "tls")
SRTP_MODES = ("off", "optional", "mandatory")


def _check_account(value: JsonValue) -> JsonValue:
    if not value:
        return {}
    if any("pass" in str(k).lower() or "token" in str(k).lower() or "secret" in str(k).lower() for k in value):
        # Never: the password belongs in the keyring. Refusing here keeps it out of config.json.
        raise SettingValueError("account must not contain a password or token; those are kept in the OS keyring")
    unknown = sorted(set(value) - set(ACCOUNT_KEYS))
    if unknown:
        raise SettingValueError(f"account: unknown field(s) {', '.join(unknown)}")
    for key in ("user", "domain"):
        if not isinstance(value.get(key), str) or not value[key]:
            raise SettingValueError(f"account.{key} is required")
    for key in ("registrar", "auth_user", "display_name", "ca_file"):
        if not isinstance(value.get(key, ""), str):
            raise SettingValueError(f"account.{key} must be text")
    port = value.get("port", 0)
    if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
        raise SettingValueError("account.port must be a number from 0 to 65535")
    if value.get("transport", "udp") not in TRANSPORTS:
        raise SettingValueError(f"account.transport must be one of {', '.join(TRANSPORTS)}")
    if value.get("srtp", "off") not in SRTP_MODES:
        raise SettingValueError(f"account.srtp must be one of {', '.join(SRTP_MODES)}")
    if value.get("source", "manual") not in ACCOUNT_SOURCES:
        raise SettingValueError(f"account.source must be one of {', '.join(ACCOUNT_SOURCES)}")
    return value


CHAT_ACCOUNT_KEYS = ("server", "user_id", "username", "token_kind")


def _check_chat_account(value: JsonValue) -> JsonValue:
    if not value:
        return {}
    unknown = sorted(set(value) - set(CHAT_ACCOUNT_KEYS))
    if unknown:
        raise SettingValueError(f"chat_account: unknown field(s) {', '.join(unknown)} (tokens live in the keyring)")
    if value.get("token_kind", "login") not in ("login", "pat"):
        raise SettingValueError("chat_account.token_kind must be login or pat")
    if not all(isinstance(v, str) for v in value.values()):
        raise SettingValueError("chat_account fields must be text")
    return value


QUEUE_CODE_DEFAULTS = {"login": "*45{queue}", "logout": "*46{queue}", "pause": "*47{queue}*{reason}",
                       "unpause": "*48{queue}"}


def _check_queue_codes(value: JsonValue) -> JsonValue:
    unknown = sorted(set(value) - set(QUEUE_CODE_DEFAULTS))
    if unknown:
        raise SettingValueError(f"queue.codes: unknown action(s) {', '.join(unknown)}; "
                                f"allowed: {', '.join(QUEUE_CODE_DEFAULTS)}")
    merged = dict(QUEUE_CODE_DEFAULTS)
    for key, template in value.items():
        if not isinstance(template, str) or not template:
            raise SettingValueError(f"queue.codes.{key} must be a non-empty template such as {merged[key]!r}")
        if "{queue}" not in template and "{queue}" in QUEUE_CODE_DEFAULTS[key]:
            raise SettingValueError(f"queue.codes.{key} must contain {{queue}}")
        merged[key] = template
    return merged


def _check_pause_reasons(value: JsonValue) -> JsonValue:
    out = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("code"), str | int) or not isinstance(
            item.get("label"), str
        ):
            raise SettingValueError('queue.pause_reasons must be a list of {"code": "1", "label": "break"}')
        out.append({"code": str(item["code"]), "label": item["label"]})
    return out


def _check_url(value: JsonValue) -> JsonValue:
    v = value.strip().rstrip("/")
    if v and not v.startswith(("https://", "http://")):
        raise SettingValueError(f"server_url must start with https:// (got {value!r})")
    return v


SETTINGS: tuple[Setting, ...] = (
    # chat server / sign-in
    Setting("server_url", str, "", "Chat-server (Rocket.Chat) address, e.g. https://chat.example.com",
            check=_check_url),
    Setting("allow_http", bool, False, "Allow plain http to the chat server (loopback/test servers only)"),
    Setting("ca_file", str, "", "CA certificate file (PEM) to verify the chat server and SIP TLS against"),
    Setting("chat_account", dict, {}, "Signed-in chat-server user (server, user_id, username, token_kind); "
            "the token itself is in the keyring", lockable=False, check=_check_chat_account),
    # SIP
    Setting("sip.transport", str, "udp", "SIP transport to the registrar", choices=TRANSPORTS),
    Setting("sip.port", int, 0, "Registrar port (0 = 5060, or 5061 for TLS)", minimum=0, maximum=65535),
    Setting("sip.registrar", str, "", "Registrar host if not the host of the chat server's websocket URL"),
    Setting("sip.srtp", str, "off", "Media encryption (SRTP)", choices=SRTP_MODES),
    Setting("sip.codecs", list, ["G722", "PCMU", "PCMA"], "Audio codecs in priority order",
            check=_str_list("sip.codecs", ("G722", "PCMU", "PCMA", "speex", "iLBC", "GSM", "L16"))),
    Setting("sip.dtmf_method", str, "rfc4733", "How key presses are sent", choices=("rfc4733", "info")),
    Setting("sip.bind_address", str, "", "Local address for SIP and RTP (empty = all interfaces)"),
    Setting("sip.keepalive_sec", int, 15, "NAT keep-alive interval in seconds (0 = off)", minimum=0, maximum=3600),
    Setting("account", dict, {}, "The SIP account (manual, preset by policy or provisioned); never the password",
            check=_check_account),
    # audio
    Setting("audio.input", str, "", "Microphone (device identity; empty = system default)", lockable=False),
    Setting("audio.output", str, "", "Speaker/headset for calls (device identity)", lockable=False),
    Setting("audio.ringer", str, "", "Device that rings for incoming calls (device identity)", lockable=False),
    Setting("audio.also_ring", str, "", "A second device that also rings (e.g. the loudspeaker)", lockable=False),
    Setting("audio.preferred_outputs", list, [], "Output devices in order of preference", lockable=False,
            check=_str_list("audio.preferred_outputs")),
    Setting("audio.auto_switch", bool, True, "Switch to a preferred device when it is plugged in"),
    Setting("audio.echo_cancel", str, "auto", "Echo cancellation", choices=("auto", "on", "off")),
    Setting("audio.ringtone", str, "", "Ringtone file (empty = built-in)", lockable=False),
    Setting("audio.ring_volume", int, 80, "Ring volume (0-100)", minimum=0, maximum=100),
    # calls
    Setting("call.auto_answer", str, "off", "Answer automatically: off, all calls, queue calls only, or the calls "
            "whose INVITE asks for it (intercom, paging: Call-Info answer-after, Alert-Info auto-answer)",
            choices=("off", "all", "queue", "requested")),
    Setting("call.auto_answer_delay", int, 0, "Seconds to ring before auto-answer", minimum=0, maximum=60),
    Setting("call.no_media_timeout", int, 60, "End a call after this many seconds without audio from the far end "
            "while neither side holds it (0 = never)", minimum=0, maximum=3600),
    # queues
    Setting("queue.wrapup_seconds", int, 0, "After-call work time before the agent is available again",
            minimum=0, maximum=3600),
    Setting("queue.codes", dict, dict(QUEUE_CODE_DEFAULTS),
            "Feature-code templates for queue login/logout/pause/unpause ({queue}, {reason})",
            check=_check_queue_codes),
    Setting("queue.pause_reasons", list,
            [{"code": "1", "label": "break"}, {"code": "2", "label": "lunch"},
             {"code": "3", "label": "training"}, {"code": "4", "label": "after-call work"}],
            "Pause reasons offered to the agent (code sent to the PBX, label shown)", check=_check_pause_reasons),
    Setting("queue.names", list, [], "Queues of a manual account (the chat server reports them otherwise)",
            check=_str_list("queue.names")),
    Setting("queue.live_events", bool, True,
            "Follow the chat server's realtime stream for queue changes (off: read the load every 30 s only)"),
    # UI
    Setting("ui.language", str, "", "User-interface language (empty = system language)"),
    Setting("ui.start_minimized", bool, False, "Start minimized to the tray"),
    Setting("ui.start_at_login", bool, False, "Start when the user signs in to the computer"),
    Setting("ui.close_to_tray", bool, True, "Closing the window keeps the phone running in the tray"),
    # video
    Setting("video.camera", str, "", "Camera for video calls (device identity; empty = the first camera, or the "
            "test pattern when there is none)", lockable=False),
    Setting("video.answer_with_video", bool, True, "Answer calls that offer video with video"),
)

BY_NAME: dict[str, Setting] = {s.name: s for s in SETTINGS}

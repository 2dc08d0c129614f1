"""Pure helpers for the engine: SIP text parsing, reason texts, retry backoff. No pjsua2 here."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

_COMPACT = {"f": "from", "t": "to", "i": "call-id", "m": "contact", "v": "via", "l": "content-length",
            "c": "content-type", "k": "supported", "r": "refer-to", "b": "referred-by"}


def parse_headers(raw: str) -> list[tuple[str, str]]:
    """Headers of a raw SIP message in order, names lower-cased (compact forms expanded), folding undone."""
    head = raw.replace("\r\n", "\n").split("\n\n", 1)[0]
    lines = head.split("\n")[1:]  # skip the start line
    headers: list[tuple[str, str]] = []
    for line in lines:
        if not line:
            continue
        if line[0] in " \t" and headers:  # continuation of the previous header
            name, value = headers[-1]
            headers[-1] = (name, value + " " + line.strip())
            continue
        name, sep, value = line.partition(":")
        if not sep:
            continue
        key = name.strip().lower()
        headers.append((_COMPACT.get(key, key), value.strip()))
    return headers


def header(headers: list[tuple[str, str]], name: str) -> str:
    name = name.lower()
    for key, value in headers:
        if key == name:
            return value
    return ""


@dataclass(frozen=True)
class NameAddr:
    display_name: str
    uri: str

    @property
    def user(self) -> str:
        return uri_user(self.uri)


_NAME_ADDR = re.compile(r'^\s*(?:"((?:[^"\\]|\\.)*)"|([^<"]*?))\s*<([^>]*)>')


def parse_name_addr(value: str) -> NameAddr:
    """'"Alice" <sip:2000@host>;tag=x' -> NameAddr("Alice", "sip:2000@host"); also bare URIs."""
    m = _NAME_ADDR.match(value)
    if m:
        quoted, token, uri = m.groups()
        name = quoted.replace('\\"', '"').replace("\\\\", "\\") if quoted is not None else (token or "").strip()
        return NameAddr(name, uri.strip())
    uri = value.split(";", 1)[0].strip()  # bare addr-spec: params after ';' belong to the header
    return NameAddr("", uri)


def uri_user(uri: str) -> str:
    """User part of a SIP/SIPS/TEL URI ('' when there is none)."""
    rest = uri.strip().strip("<>")
    for scheme in ("sips:", "sip:", "tel:"):
        if rest.lower().startswith(scheme):
            rest = rest[len(scheme):]
            if scheme == "tel:":
                return rest.split(";", 1)[0]
            break
    if "@" not in rest:
        return ""
    return rest.split("@", 1)[0].split(";", 1)[0]


_QUEUE_PREFIX = re.compile(r"^\s*\[([^\]]+)\]\s*(.*)$")
_ALERT_QUEUE = re.compile(r"(?:^|;)\s*(?:queue|x-queue)\s*=\s*\"?([^;\"]+)\"?", re.IGNORECASE)


@dataclass(frozen=True)
class CallerInfo:
    remote_uri: str
    display_name: str
    number: str
    queue: str


def caller_info(headers: list[tuple[str, str]], fallback_remote: str = "") -> CallerInfo:
    """Who is calling and through which queue, from an INVITE's headers.

    Identity: P-Asserted-Identity when present (the network vouches for it), else From.
    Queue, first match wins: X-Queue, X-Asterisk-Queue, an Alert-Info parameter ``queue=NAME``,
    a display name prefixed ``[NAME]`` (the prefix is removed from the shown name).
    """
    from_value = header(headers, "from") or fallback_remote
    from_addr = parse_name_addr(from_value)
    pai_value = header(headers, "p-asserted-identity")
    ident = from_addr
    if pai_value:
        first = pai_value.split(",", 1)[0]  # a SIP and a tel URI may both be given
        pai = parse_name_addr(first)
        ident = NameAddr(pai.display_name or from_addr.display_name, pai.uri or from_addr.uri)
    display = ident.display_name
    queue = header(headers, "x-queue") or header(headers, "x-asterisk-queue")
    if not queue:
        alert = header(headers, "alert-info")
        m = _ALERT_QUEUE.search(alert.split(">", 1)[-1]) if alert else None
        if m:
            queue = m.group(1).strip()
    prefix = _QUEUE_PREFIX.match(display)
    if prefix:
        if not queue:
            queue = prefix.group(1).strip()
        display = prefix.group(2).strip()
    return CallerInfo(remote_uri=from_addr.uri, display_name=display, number=ident.user or from_addr.user,
                      queue=queue.strip())


def registration_reason(code: int, reason: str, host: str, tls_error: str = "") -> str:
    """A clear, user-facing reason for a failed registration."""
    low = reason.lower()
    if tls_error:
        return f"the TLS certificate of {host} was not accepted: {tls_error}"
    if code in (401, 403, 407):
        return f"wrong SIP user or password ({code} {reason})".strip()
    if "resolve" in low or "dns" in low:
        return f"cannot resolve {host}"
    if code == 408 or "timeout" in low or "timed out" in low:
        return f"the PBX did not answer ({host})"
    if "ssl" in low or "tls" in low or "certificate" in low:
        return f"TLS connection to {host} failed: {reason}"
    if code == 503 and ("refused" in low or "connect" in low or "transport" in low):
        return f"cannot connect to the PBX at {host}: {reason}"
    if code == 404:
        return f"the PBX does not know this SIP user (404 {reason})"
    return f"registration failed: {code} {reason}".strip()


def is_unreachable(code: int) -> bool:
    """Failures where the server may simply be away: probe it and retry as soon as it answers again."""
    return code in (0, 408, 502, 503, 504) or code >= 700


class Backoff:
    """Exponential backoff with jitter: min doubling to max, each delay +-20 %."""

    def __init__(self, minimum: float, maximum: float, rng: random.Random | None = None) -> None:
        self.minimum = max(0.1, minimum)
        self.maximum = max(self.minimum, maximum)
        self._next = self.minimum
        self._rng = rng or random.Random()

    def reset(self) -> None:
        self._next = self.minimum

    def next_delay(self) -> float:
        base = self._next
        self._next = min(self.maximum, self._next * 2)
        return round(base * self._rng.uniform(0.8, 1.2), 2)


def normalize_target(target: str, domain: str, transport_param: str = "") -> str:
    """An extension, number or SIP URI -> a SIP URI for INVITE/REFER."""
    t = target.strip()
    if t.lower().startswith(("sip:", "sips:", "tel:")):
        return t
    if t.startswith("<") and t.endswith(">"):
        return t[1:-1]
    uri = f"sip:{t}" if "@" in t else f"sip:{t}@{domain}"
    return uri


_DTMF_OK = re.compile(r"^[0-9A-Da-d*#]+$")


def valid_dtmf(digits: str) -> bool:
    return bool(_DTMF_OK.match(digits))


def options_probe(local: str, target_host: str, target_port: int, call_id: str, user_agent: str) -> bytes:
    """An OPTIONS request to ping a registrar over UDP; any response proves it is alive."""
    host = f"[{target_host}]" if ":" in target_host else target_host
    branch = "z9hG4bK" + call_id.replace("-", "")[:16]
    return (
        f"OPTIONS sip:{host}:{target_port} SIP/2.0\r\n"
        f"Via: SIP/2.0/UDP {local};branch={branch};rport\r\n"
        f"Max-Forwards: 70\r\n"
        f"From: <sip:probe@{host}>;tag={call_id[:8]}\r\n"
        f"To: <sip:{host}:{target_port}>\r\n"
        f"Call-ID: {call_id}\r\n"
        f"CSeq: 1 OPTIONS\r\n"
        f"User-Agent: {user_agent}\r\n"
        f"Content-Length: 0\r\n\r\n"
    ).encode()

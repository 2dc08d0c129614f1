"""Pure SDP handling for video carried beside pjsua2 (DESIGN.md section 9).

pjsua2 (built without video) answers a video offer with ``m=video 0`` and copies a port-0 video line into every
re-offer. We replace that line with ours. pjsua aborts the process on SDP it cannot cope with (a changed media
count, an SDP over its 1024-byte buffer), so every patch here is validated before it is returned: anything that
does not parse back, changes the number or order of media lines, or is too large is refused and the caller keeps
pjsua's own SDP (audio only) with the reason.
"""

from __future__ import annotations

import base64
import binascii
import re
import secrets
from dataclasses import dataclass, field, replace

MAX_SDP_BYTES = 1024  # the pjsua2 wheel's SDP buffer; larger reaches Python as "" and editing it aborts
VIDEO_CLOCK = 90000
_DIRECTIONS = ("sendrecv", "sendonly", "recvonly", "inactive")
_MIRROR = {"sendrecv": "sendrecv", "sendonly": "recvonly", "recvonly": "sendonly", "inactive": "inactive"}
_LINE = re.compile(r"^[a-z]=[\x20-\x7e\t]*$")
_MLINE = re.compile(r"^m=([a-zA-Z0-9_.-]+) (\d{1,5})(?:/(\d{1,3}))? ([A-Za-z0-9/_.-]+)((?: [^ ]+)*)$")
_CLINE = re.compile(r"^c=IN (IP4|IP6) ([0-9A-Fa-f:.]+)(?:/\d+){0,2}$")
_RTPMAP = re.compile(r"^a=rtpmap:(\d{1,3}) ([A-Za-z0-9_.-]+)/(\d+)(?:/\d+)?$")


_INLINE_KEY = re.compile(r"(inline:)[^\s|;]*")


def _redact(text: str) -> str:
    """SRTP keys never go into messages (they end up in logs and notices)."""
    return _INLINE_KEY.sub(r"\1<key>", text)


class SdpError(ValueError):
    """The text is not an SDP we can work with; the message says why."""


# ---- SDES-SRTP (RFC 4568) -----------------------------------------------------------------------------------

SRTP_SUITES = ("AES_CM_128_HMAC_SHA1_80", "AES_CM_128_HMAC_SHA1_32")  # preferred first; what libsrtp profiles cover
SRTP_KEY_BYTES = 30  # 16 bytes master key + 14 bytes master salt
_SRTP_PROTOS = ("RTP/AVP", "RTP/AVPF", "RTP/SAVP", "RTP/SAVPF")  # SDES only: UDP/TLS/... is DTLS-SRTP


@dataclass(frozen=True)
class Crypto:
    """One a=crypto line: tag, suite and the master key+salt. The key is a secret: it never shows in a repr."""

    tag: int
    suite: str
    key: bytes = field(repr=False)

    def value(self) -> str:
        return f"{self.tag} {self.suite} inline:{base64.b64encode(self.key).decode('ascii')}"


def new_srtp_key() -> bytes:
    return secrets.token_bytes(SRTP_KEY_BYTES)


def parse_crypto(value: str) -> Crypto:
    """An a=crypto value we can use (one inline key, no MKI, no session parameters), else SdpError saying why.

    The messages never quote the key."""
    parts = value.split()
    if len(parts) < 3:
        raise SdpError("a=crypto line is incomplete")
    if len(parts) > 3:
        raise SdpError("a=crypto session parameters are not supported")
    tag_text, suite, key_params = parts
    if not tag_text.isdigit() or len(tag_text) > 9:
        raise SdpError("a=crypto tag is not a number of up to 9 digits")
    if suite not in SRTP_SUITES:
        raise SdpError(f"unsupported SRTP suite {suite[:40]!r}")
    if ";" in key_params:
        raise SdpError("a=crypto with several keys is not supported")
    if not key_params.startswith("inline:"):
        raise SdpError("a=crypto key is not inline:")
    fields = key_params[len("inline:"):].split("|")
    if len(fields) > 3 or any(":" in f for f in fields[1:]):
        raise SdpError("a=crypto keys with an MKI are not supported")
    if len(fields) > 1 and not re.fullmatch(r"\d{1,20}|2\^\d{1,2}", fields[1]):
        raise SdpError("a=crypto key lifetime is malformed")
    try:
        key = base64.b64decode(fields[0], validate=True)
    except (binascii.Error, ValueError):
        raise SdpError("a=crypto key is not valid base64") from None
    if len(key) != SRTP_KEY_BYTES:
        raise SdpError(f"a=crypto key is {len(key)} bytes, not {SRTP_KEY_BYTES}")
    return Crypto(int(tag_text), suite, key)


def choose_crypto(values: tuple[str, ...] | list[str]) -> tuple[Crypto | None, str]:
    """The offered crypto line we take (AES_CM_128_HMAC_SHA1_80 first, then _32), or None and the reason."""
    usable: list[Crypto] = []
    reasons: list[str] = []
    for value in values:
        try:
            usable.append(parse_crypto(value))
        except SdpError as exc:
            reasons.append(str(exc))
    for suite in SRTP_SUITES:
        for crypto in usable:
            if crypto.suite == suite:
                return crypto, ""
    if not values:
        return None, "no a=crypto line (DTLS-SRTP is not supported)"
    return None, reasons[0] if reasons else "no usable a=crypto line"


def _is_srtp(section: MediaSection) -> bool:
    return "SAVP" in section.proto.upper() or bool(section.attributes("crypto"))


@dataclass(frozen=True)
class MediaSection:
    kind: str
    port: int
    proto: str
    formats: tuple[str, ...]
    lines: tuple[str, ...]  # the m= line first, then the section's lines in order

    def attributes(self, name: str) -> list[str]:
        """Values of ``a=name:value`` (or ``""`` for a flag ``a=name``)."""
        out = []
        for line in self.lines[1:]:
            if line == f"a={name}":
                out.append("")
            elif line.startswith(f"a={name}:"):
                out.append(line[len(name) + 3:])
        return out

    @property
    def direction(self) -> str:
        for line in self.lines[1:]:
            if line[2:] in _DIRECTIONS and line.startswith("a="):
                return line[2:]
        return ""

    @property
    def connection(self) -> str:
        for line in self.lines[1:]:
            m = _CLINE.match(line)
            if m:
                return m.group(2)
        return ""

    def rtpmap(self) -> dict[int, tuple[str, int]]:
        """payload type -> (encoding name upper-case, clock rate)."""
        out: dict[int, tuple[str, int]] = {}
        for line in self.lines[1:]:
            m = _RTPMAP.match(line)
            if m:
                out[int(m.group(1))] = (m.group(2).upper(), int(m.group(3)))
        return out


@dataclass(frozen=True)
class SessionDescription:
    session_lines: tuple[str, ...]
    media: tuple[MediaSection, ...]

    @property
    def connection(self) -> str:
        for line in self.session_lines:
            m = _CLINE.match(line)
            if m:
                return m.group(2)
        return ""

    def media_connection(self, index: int) -> str:
        return self.media[index].connection or self.connection

    def kinds(self) -> tuple[str, ...]:
        return tuple(m.kind for m in self.media)

    def to_text(self) -> str:
        lines = list(self.session_lines)
        for m in self.media:
            lines.extend(m.lines)
        return "\r\n".join(lines) + "\r\n"


def parse(text: str) -> SessionDescription:
    """Parse an SDP, keeping every line and the order of media sections; SdpError when it is not an SDP."""
    if not text or not text.strip():
        raise SdpError("empty SDP")
    if len(text) > 65536:
        raise SdpError("SDP larger than 64 KiB")
    raw_lines = [ln for ln in re.split(r"\r\n|\n|\r", text) if ln != ""]
    if not raw_lines or not raw_lines[0].startswith("v="):
        raise SdpError("SDP does not start with v=")
    session: list[str] = []
    media: list[MediaSection] = []
    current: list[str] | None = None
    for line in raw_lines:
        if not _LINE.match(line):
            raise SdpError(f"malformed SDP line: {_redact(line[:60])!r}")
        if line.startswith("m="):
            if current is not None:
                media.append(_section(current))
            current = [line]
        elif current is None:
            session.append(line)
        else:
            current.append(line)
    if current is not None:
        media.append(_section(current))
    if not any(ln.startswith("o=") for ln in session):
        raise SdpError("SDP has no o= line")
    return SessionDescription(tuple(session), tuple(media))


def _section(lines: list[str]) -> MediaSection:
    m = _MLINE.match(lines[0])
    if not m:
        raise SdpError(f"malformed media line: {lines[0][:60]!r}")
    port = int(m.group(2))
    if port > 65535:
        raise SdpError(f"media port out of range: {port}")
    formats = tuple(m.group(5).split())
    return MediaSection(kind=m.group(1).lower(), port=port, proto=m.group(4), formats=formats, lines=tuple(lines))


# ---- what the far end offers ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RemoteVideo:
    """The far end's video stream as its SDP describes it."""

    index: int  # position among the media sections
    address: str
    port: int
    rtcp_port: int
    payload_type: int  # VP8
    direction: str  # the far end's direction as written (sendrecv when absent)
    proto: str
    nack: bool = False
    pli: bool = False
    fir: bool = False
    crypto: tuple[str, ...] = field(default=(), repr=False)  # a=crypto values (SDES-SRTP; they carry keys)
    srtp: Crypto | None = None  # the far end's crypto line in use (its key protects what it sends)


def find_vp8(sdp: SessionDescription) -> RemoteVideo | None:
    """The first active video section that can carry VP8, or None."""
    for index, section in enumerate(sdp.media):
        if section.kind != "video" or section.port == 0 or "RTP" not in section.proto.upper():
            continue
        pt = next((p for p, (name, clock) in section.rtpmap().items()
                   if name == "VP8" and clock == VIDEO_CLOCK and str(p) in section.formats and 96 <= p <= 127), None)
        if pt is None:
            continue
        address = sdp.media_connection(index)
        if not address or address in ("0.0.0.0", "::"):
            continue
        rtcp_port = section.port + 1
        for value in section.attributes("rtcp"):
            head = value.split(" ", 1)[0]
            if head.isdigit() and 0 < int(head) <= 65535:
                rtcp_port = int(head)
        fb = [v for v in section.attributes("rtcp-fb") if v.split(" ", 1)[0] in (str(pt), "*")]
        fb_kinds = {" ".join(v.split()[1:]) for v in fb}
        return RemoteVideo(
            index=index, address=address, port=section.port, rtcp_port=rtcp_port, payload_type=pt,
            direction=section.direction or "sendrecv", proto=section.proto,
            nack="nack" in fb_kinds, pli="nack pli" in fb_kinds, fir="ccm fir" in fb_kinds,
            crypto=tuple(section.attributes("crypto")),
        )
    return None


# ---- our video line -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LocalVideo:
    """Our end of the video stream."""

    address: str
    port: int  # RTP; RTCP is port + 1
    payload_type: int = 96
    direction: str = "sendrecv"
    proto: str = "RTP/AVP"
    crypto: str = field(default="", repr=False)  # one a=crypto value when the stream is SRTP (it holds our key)

    def lines(self) -> list[str]:
        family = "IP6" if ":" in self.address else "IP4"
        pt = self.payload_type
        out = [
            f"m=video {self.port} {self.proto} {pt}",
            f"c=IN {family} {self.address}",
            "b=AS:1000",
            f"a=rtcp:{self.port + 1}",
            f"a=rtpmap:{pt} VP8/{VIDEO_CLOCK}",
            f"a=rtcp-fb:{pt} nack",
            f"a=rtcp-fb:{pt} nack pli",
            f"a=rtcp-fb:{pt} ccm fir",
        ]
        if self.crypto:
            out.append(f"a=crypto:{self.crypto}")
        out.append(f"a={self.direction}")
        return out


@dataclass(frozen=True)
class PatchResult:
    sdp: str = field(repr=False)  # the SDP to hand to pjsua (the original when nothing was patched; may hold keys)
    patched: bool
    reason: str = ""  # why video was left out, in words for a log or a notice
    remote: RemoteVideo | None = None
    local_srtp: Crypto | None = None  # our crypto line in the patched SDP (our key protects what we send)


def _replace_section(sdp: SessionDescription, index: int, lines: list[str]) -> SessionDescription:
    media = list(sdp.media)
    media[index] = _section(lines)
    return SessionDescription(sdp.session_lines, tuple(media))


def _trim_crypto(sdp: SessionDescription, keep_index: int) -> SessionDescription:
    """Every other section keeps only its preferred crypto line (the offer then still fits in 1024 bytes)."""
    media = list(sdp.media)
    for i, section in enumerate(media):
        values = section.attributes("crypto")
        if i == keep_index or len(values) < 2:
            continue
        chosen, _ = choose_crypto(values)
        crypto_lines = [ln for ln in section.lines if ln.startswith("a=crypto:")]
        # the line as written (its tag and key), the first one when none is usable
        keep = next((ln for ln in crypto_lines if chosen is not None and ln.split()[0] == f"a=crypto:{chosen.tag}"),
                    crypto_lines[0])
        media[i] = _section([ln for ln in section.lines if not ln.startswith("a=crypto:") or ln == keep])
    return SessionDescription(sdp.session_lines, tuple(media))


def validate(original: SessionDescription, text: str) -> str:
    """'' when ``text`` is safe to hand to pjsua in place of ``original``, else the reason it is not."""
    size = len(text.encode("utf-8", "replace"))
    if size > MAX_SDP_BYTES:
        return f"the SDP with video would be {size} bytes, over pjsua's {MAX_SDP_BYTES}-byte limit"
    try:
        again = parse(text)
    except SdpError as exc:
        return f"the patched SDP does not parse: {exc}"
    if again.kinds() != original.kinds():
        return "the patch changed the number or order of media lines"
    if not text.isascii():
        return "the patched SDP is not ASCII"
    return ""


def _fallback(text: str, reason: str, remote: RemoteVideo | None = None) -> PatchResult:
    return PatchResult(sdp=text, patched=False, reason=reason, remote=remote)


def patch_answer(local_text: str, offer_text: str, local: LocalVideo, srtp_key: bytes = b"") -> PatchResult:
    """pjsua's answer to a video offer, with its ``m=video 0`` replaced by our VP8 line.

    The payload type is the offer's; the direction mirrors the offer's. An SRTP video offer (RTP/SAVP(F) or
    a=crypto) is answered with one crypto line of the offered suite we prefer, its tag, and ``srtp_key`` (ours).
    Any problem leaves pjsua's answer as it is.
    """
    if not local_text:
        return _fallback(local_text, "pjsua's SDP was empty (over its 1024-byte buffer)")
    try:
        answer = parse(local_text)
    except SdpError as exc:
        return _fallback(local_text, f"pjsua's SDP does not parse: {exc}")
    if not offer_text:
        return _fallback(local_text, "the offer was empty (over pjsua's 1024-byte buffer)")
    try:
        offer = parse(offer_text)
    except SdpError as exc:
        return _fallback(local_text, f"the offer does not parse: {exc}")
    remote = find_vp8(offer)
    if remote is None:
        reason = "the offer has no VP8 video" if "video" in offer.kinds() else "the offer has no video"
        return _fallback(local_text, reason)
    if len(answer.media) != len(offer.media) or remote.index >= len(answer.media):
        return _fallback(local_text, "pjsua's answer does not match the offer's media lines", remote)
    target = answer.media[remote.index]
    if target.kind != "video":
        return _fallback(local_text, "pjsua's answer has no video line where the offer has one", remote)
    ours_srtp: Crypto | None = None
    if remote.crypto or "SAVP" in remote.proto.upper():
        if remote.proto.upper() not in _SRTP_PROTOS:
            return _fallback(local_text, f"the offer's video transport {remote.proto[:30]} is not supported", remote)
        if len(srtp_key) != SRTP_KEY_BYTES:
            return _fallback(local_text, "the offer's video is SRTP and no SRTP key was given", remote)
        chosen, why = choose_crypto(remote.crypto)
        if chosen is None:
            return _fallback(local_text, f"the offer's video SRTP cannot be used: {why}", remote)
        ours_srtp = Crypto(chosen.tag, chosen.suite, srtp_key)
        remote = replace(remote, srtp=chosen)
    ours = LocalVideo(address=local.address, port=local.port, payload_type=remote.payload_type,
                      direction=_MIRROR.get(remote.direction, "sendrecv") if local.direction == "sendrecv"
                      else local.direction,
                      proto=remote.proto, crypto=ours_srtp.value() if ours_srtp else "")
    patched = _replace_section(answer, remote.index, ours.lines()).to_text()
    problem = validate(answer, patched)
    if problem:
        return _fallback(local_text, problem, remote)
    return PatchResult(sdp=patched, patched=True, remote=remote, local_srtp=ours_srtp)


def patch_offer(local_text: str, local: LocalVideo | None, srtp_key: bytes = b"", srtp_tag: int = 1) -> PatchResult:
    """A re-offer pjsua built: its (port-0) video line becomes ours (``local``), or stays off (``local`` None).

    Only the first video line is ours; the count and order of media lines never change. pjsua sets the hold
    direction itself after this (DESIGN.md 9), so ``local.direction`` is normally sendrecv. When the audio is SRTP
    the video is too: the audio's transport and one crypto line (AES_CM_128_HMAC_SHA1_80, ``srtp_key``). If that
    does not fit in 1024 bytes, the other sections' extra crypto suites are dropped first.
    """
    if not local_text:
        return _fallback(local_text, "pjsua's SDP was empty (over its 1024-byte buffer)")
    try:
        offer = parse(local_text)
    except SdpError as exc:
        return _fallback(local_text, f"pjsua's SDP does not parse: {exc}")
    index = next((i for i, m in enumerate(offer.media) if m.kind == "video"), -1)
    if index < 0:
        return _fallback(local_text, "the re-offer has no video line to carry video")
    if local is None:
        section = offer.media[index]
        if section.port == 0:
            return PatchResult(sdp=local_text, patched=False, reason="video off")
        pt = section.formats[0] if section.formats else "96"
        lines = [f"m=video 0 {section.proto} {pt}"]
        patched = _replace_section(offer, index, lines).to_text()
        ours_srtp: Crypto | None = None
    else:
        audio = next((m for m in offer.media if m.kind == "audio" and m.port), None)
        ours_srtp = None
        if audio is not None and _is_srtp(audio):
            if len(srtp_key) != SRTP_KEY_BYTES:
                return _fallback(local_text, "the audio is SRTP and no SRTP key was given for video")
            ours_srtp = Crypto(srtp_tag, SRTP_SUITES[0], srtp_key)
            proto = "RTP/SAVP" if "SAVP" in audio.proto.upper() else "RTP/AVP"
            local = replace(local, proto=proto, crypto=ours_srtp.value())
        else:
            local = replace(local, crypto="")
        patched_sdp = _replace_section(offer, index, local.lines())
        patched = patched_sdp.to_text()
        if len(patched.encode("utf-8", "replace")) > MAX_SDP_BYTES:
            patched = _trim_crypto(patched_sdp, index).to_text()
    problem = validate(offer, patched)
    if problem:
        return _fallback(local_text, problem)
    return PatchResult(sdp=patched, patched=True, local_srtp=ours_srtp)


def remote_video_in_answer(answer_text: str, offered: Crypto | None = None) -> RemoteVideo | None:
    """The far end's video in its answer to our (re-)offer, or None (rejected, absent, unparsable, or SRTP that
    does not match ``offered``: the answer must carry our tag and suite with a usable key of its own)."""
    try:
        remote = find_vp8(parse(answer_text))
    except SdpError:
        return None
    if remote is None:
        return None
    if offered is None:
        return None if remote.crypto or "SAVP" in remote.proto.upper() else remote
    if not remote.crypto:
        return None if "SAVP" in remote.proto.upper() else remote  # an RTP/AVP offer may be answered plain
    for value in remote.crypto:
        try:
            crypto = parse_crypto(value)
        except SdpError:
            continue
        if crypto.tag == offered.tag and crypto.suite == offered.suite:
            return replace(remote, srtp=crypto)
    return None


def sdp_from_sip_message(message: str) -> str:
    """The SDP body of a raw SIP message (for SDPs over pjsua's buffer), or ''."""
    head, sep, body = message.partition("\r\n\r\n")
    if not sep:
        head, sep, body = message.partition("\n\n")
    if not sep:
        return ""
    content_type = ""
    length = -1
    for line in re.split(r"\r\n|\n", head)[1:]:
        name, colon, value = line.partition(":")
        key = name.strip().lower()
        if key in ("content-type", "c"):
            content_type = value.strip().lower()
        elif key in ("content-length", "l") and value.strip().isdigit():
            length = int(value.strip())
    if not content_type.startswith("application/sdp"):
        return ""
    if length >= 0:
        body = body.encode("utf-8", "replace")[:length].decode("utf-8", "replace")
    return body

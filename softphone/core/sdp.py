"""Pure SDP handling for video carried beside pjsua2 (DESIGN.md section 9).

pjsua2 (built without video) answers a video offer with ``m=video 0`` and copies a port-0 video line into every
re-offer. We replace that line with ours. pjsua aborts the process on SDP it cannot cope with (a changed media
count, an SDP over its 1024-byte buffer), so every patch here is validated before it is returned: anything that
does not parse back, changes the number or order of media lines, or is too large is refused and the caller keeps
pjsua's own SDP (audio only) with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_SDP_BYTES = 1024  # the pjsua2 wheel's SDP buffer; larger reaches Python as "" and editing it aborts
VIDEO_CLOCK = 90000
_DIRECTIONS = ("sendrecv", "sendonly", "recvonly", "inactive")
_MIRROR = {"sendrecv": "sendrecv", "sendonly": "recvonly", "recvonly": "sendonly", "inactive": "inactive"}
_LINE = re.compile(r"^[a-z]=[\x20-\x7e\t]*$")
_MLINE = re.compile(r"^m=([a-zA-Z0-9_.-]+) (\d{1,5})(?:/(\d{1,3}))? ([A-Za-z0-9/_.-]+)((?: [^ ]+)*)$")
_CLINE = re.compile(r"^c=IN (IP4|IP6) ([0-9A-Fa-f:.]+)(?:/\d+){0,2}$")
_RTPMAP = re.compile(r"^a=rtpmap:(\d{1,3}) ([A-Za-z0-9_.-]+)/(\d+)(?:/\d+)?$")


class SdpError(ValueError):
    """The text is not an SDP we can work with; the message says why."""


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
            raise SdpError(f"malformed SDP line: {line[:60]!r}")
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
    crypto: tuple[str, ...] = ()  # a=crypto values (SDES-SRTP)


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
    crypto: str = ""  # one a=crypto value when the stream is SRTP (RTP/SAVP)

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
    sdp: str  # the SDP to hand to pjsua (the original when nothing was patched)
    patched: bool
    reason: str = ""  # why video was left out, in words for a log or a notice
    remote: RemoteVideo | None = None


def _replace_section(sdp: SessionDescription, index: int, lines: list[str]) -> SessionDescription:
    media = list(sdp.media)
    media[index] = _section(lines)
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


def patch_answer(local_text: str, offer_text: str, local: LocalVideo) -> PatchResult:
    """pjsua's answer to a video offer, with its ``m=video 0`` replaced by our VP8 line.

    The payload type is the offer's; the direction mirrors the offer's. Any problem leaves pjsua's answer as it is.
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
    if remote.crypto and not local.crypto:
        return _fallback(local_text, "the offer's video is SRTP and no SRTP key was given", remote)
    if "SAVP" in remote.proto.upper() and not local.crypto:
        return _fallback(local_text, "the offer's video is SRTP and no SRTP key was given", remote)
    ours = LocalVideo(address=local.address, port=local.port, payload_type=remote.payload_type,
                      direction=_MIRROR.get(remote.direction, "sendrecv") if local.direction == "sendrecv"
                      else local.direction,
                      proto=remote.proto, crypto=local.crypto)
    patched = _replace_section(answer, remote.index, ours.lines()).to_text()
    problem = validate(answer, patched)
    if problem:
        return _fallback(local_text, problem, remote)
    return PatchResult(sdp=patched, patched=True, remote=remote)


def patch_offer(local_text: str, local: LocalVideo | None) -> PatchResult:
    """A re-offer pjsua built: its (port-0) video line becomes ours (``local``), or stays off (``local`` None).

    Only the first video line is ours; the count and order of media lines never change. pjsua sets the hold
    direction itself after this (DESIGN.md 9), so ``local.direction`` is normally sendrecv.
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
    else:
        patched = _replace_section(offer, index, local.lines()).to_text()
    problem = validate(offer, patched)
    if problem:
        return _fallback(local_text, problem)
    return PatchResult(sdp=patched, patched=True)


def remote_video_in_answer(answer_text: str) -> RemoteVideo | None:
    """The far end's video in its answer to our (re-)offer, or None (rejected, absent, unparsable)."""
    try:
        return find_vp8(parse(answer_text))
    except SdpError:
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

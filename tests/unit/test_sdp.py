"""core.sdp: patching pjsua's SDP for video (DESIGN.md 9). Examples from a real baresip/pjsua exchange, then
property tests over generated (also hostile) offers: nothing that would make pjsua abort ever comes out."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from softphone.core import sdp as S

BARESIP_OFFER = (
    "v=0\r\no=- 4175660383 113749904 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
    "a=tool:baresip 1.0.0\r\nm=audio 36294 RTP/AVP 0 8 101\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
    "a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\na=sendrecv\r\na=label:1\r\na=rtcp-rsize\r\n"
    "a=ssrc:771496196 cname:sip:1001@127.0.0.1\r\na=minptime:20\r\na=ptime:20\r\nm=video 3298 RTP/AVP 96\r\n"
    "a=rtpmap:96 VP8/90000\r\na=fmtp:96 max-fs=3600\r\na=sendrecv\r\na=label:2\r\na=rtcp-rsize\r\n"
    "a=ssrc:3361842159 cname:sip:1001@127.0.0.1\r\na=framerate:15.00\r\na=rtcp-fb:* nack pli\r\na=content:main\r\n"
)
PJSUA_ANSWER = (
    "v=0\r\no=- 4004691144 4004691144 IN IP4 127.0.0.1\r\ns=pjmedia\r\nb=AS:84\r\nt=0 0\r\na=X-nat:0\r\n"
    "m=audio 4000 RTP/AVP 0 120\r\nc=IN IP4 127.0.0.1\r\nb=TIAS:64000\r\na=rtcp:4001 IN IP4 127.0.0.1\r\n"
    "a=sendrecv\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:120 telephone-event/8000\r\na=fmtp:120 0-16\r\n"
    "a=ssrc:146449261 cname:79ab263a01b798b5\r\nm=video 0 RTP/AVP 96\r\nc=IN IP4 127.0.0.1\r\n"
)
OURS = S.LocalVideo("127.0.0.1", 40000)


def test_answer_to_baresip_offer_gets_our_vp8_line() -> None:
    result = S.patch_answer(PJSUA_ANSWER, BARESIP_OFFER, OURS)
    assert result.patched, result.reason
    out = S.parse(result.sdp)
    assert out.kinds() == ("audio", "video")
    video = out.media[1]
    assert video.port == 40000 and video.formats == ("96",)
    assert video.connection == "127.0.0.1"
    assert video.attributes("rtcp") == ["40001"]
    assert "96 nack pli" in video.attributes("rtcp-fb") and "96 ccm fir" in video.attributes("rtcp-fb")
    assert video.direction == "sendrecv"
    assert out.media[0].lines == S.parse(PJSUA_ANSWER).media[0].lines  # audio untouched
    assert result.remote is not None and result.remote.port == 3298 and result.remote.pli
    assert not result.remote.nack  # baresip offers only "nack pli"


@pytest.mark.parametrize(("offered", "answered"), [("sendonly", "recvonly"), ("recvonly", "sendonly"),
                                                   ("inactive", "inactive"), ("sendrecv", "sendrecv")])
def test_answer_mirrors_direction(offered: str, answered: str) -> None:
    offer = BARESIP_OFFER.replace("a=label:2\r\n", "").replace(
        "m=video 3298 RTP/AVP 96\r\na=rtpmap:96 VP8/90000\r\na=fmtp:96 max-fs=3600\r\na=sendrecv",
        f"m=video 3298 RTP/AVP 96\r\na=rtpmap:96 VP8/90000\r\na=fmtp:96 max-fs=3600\r\na={offered}")
    result = S.patch_answer(PJSUA_ANSWER, offer, OURS)
    assert result.patched
    assert S.parse(result.sdp).media[1].direction == answered


def test_offer_payload_type_is_kept() -> None:
    offer = BARESIP_OFFER.replace("m=video 3298 RTP/AVP 96", "m=video 3298 RTP/AVP 100 97").replace(
        "a=rtpmap:96 VP8/90000", "a=rtpmap:100 H264/90000\r\na=rtpmap:97 VP8/90000")
    result = S.patch_answer(PJSUA_ANSWER, offer, OURS)
    assert result.patched
    assert S.parse(result.sdp).media[1].formats == ("97",)


@pytest.mark.parametrize(("offer", "reason"), [
    ("", "empty"),
    ("garbage", "does not parse"),
    (BARESIP_OFFER.replace("VP8/90000", "H264/90000"), "no VP8"),
    (BARESIP_OFFER.split("m=video")[0], "no video"),
])
def test_unusable_offers_leave_pjsua_answer_alone(offer: str, reason: str) -> None:
    result = S.patch_answer(PJSUA_ANSWER, offer, OURS)
    assert not result.patched and result.sdp == PJSUA_ANSWER
    assert reason in result.reason


def test_oversized_result_is_refused() -> None:
    padded = PJSUA_ANSWER.replace("a=X-nat:0\r\n", "".join(f"a=x-pad{i}:{'y' * 40}\r\n" for i in range(16)))
    result = S.patch_answer(padded, BARESIP_OFFER, OURS)
    assert not result.patched and "1024" in result.reason and result.sdp == padded


def test_reoffer_port_zero_line_becomes_ours_and_off_again() -> None:
    reoffer = S.patch_answer(PJSUA_ANSWER, BARESIP_OFFER, OURS).sdp.replace("m=video 40000", "m=video 0")
    on = S.patch_offer(reoffer, OURS)
    assert on.patched and S.parse(on.sdp).media[1].port == 40000
    assert S.parse(on.sdp).media[1].direction == "sendrecv"
    off = S.patch_offer(on.sdp, None)
    assert off.patched and S.parse(off.sdp).media[1].port == 0
    assert S.parse(off.sdp).kinds() == ("audio", "video")


def test_reoffer_without_video_line_is_not_touched() -> None:
    audio_only = PJSUA_ANSWER.split("m=video")[0]
    result = S.patch_offer(audio_only, OURS)
    assert not result.patched and result.sdp == audio_only


def test_sdp_from_raw_sip_message() -> None:
    body = BARESIP_OFFER
    msg = ("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP x\r\nContent-Type: application/sdp\r\n"
           f"Content-Length: {len(body)}\r\n\r\n{body}")
    assert S.sdp_from_sip_message(msg) == body
    assert S.sdp_from_sip_message("SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n") == ""


# ---- property tests ---------------------------------------------------------------------------------------

_KINDS = ["audio", "video", "application", "text", "VIDEO", "image"]
_PROTOS = ["RTP/AVP", "RTP/SAVP", "RTP/AVPF", "UDP/TLS/RTP/SAVPF", "TCP/MSRP"]
_CODECS = ["VP8", "vp8", "H264", "VP9", "PCMU", "AV1", "VP8"]
_ADDRS = ["127.0.0.1", "0.0.0.0", "::1", "10.0.0.7", "example.com", ""]
_DIRS = ["sendrecv", "sendonly", "recvonly", "inactive"]


def _section(r: random.Random) -> str:
    kind = r.choice(_KINDS) if r.random() < 0.5 else r.choice(["audio", "video"])
    port = r.choice([0, r.randint(1, 65535), r.randint(1024, 65535), r.randint(1024, 65535)])
    if r.random() < 0.02:
        port = r.randint(65536, 99999)
    pts = [r.randint(0, 300) for _ in range(r.randint(0, 6))]
    if kind == "video" and r.random() < 0.7:  # mostly plausible VP8 offers, so patches get exercised
        pts.insert(r.randint(0, len(pts)), r.choice([96, 97, 100, 120, 127, r.randint(0, 130)]))
    lines = [f"m={kind} {port} {r.choice(_PROTOS)} {' '.join(map(str, pts))}".rstrip()]
    if r.random() < 0.5:
        lines.append(f"c=IN IP4 {r.choice(_ADDRS)}")
    if kind == "video" and pts and r.random() < 0.7:
        lines.append(f"a=rtpmap:{r.choice(pts)} VP8/90000")
    for pt in pts:
        if r.random() < 0.7:
            lines.append(f"a=rtpmap:{pt} {r.choice(_CODECS)}/{r.choice([90000, 8000, 1])}")
    if r.random() < 0.5:
        lines.append(f"a={r.choice(_DIRS)}")
    if r.random() < 0.3:
        lines.append(f"a=rtcp:{r.randint(-5, 70000)}")
    if r.random() < 0.3:
        lines.append(f"a=rtcp-fb:{r.choice(['*', str(r.randint(0, 130))])} {r.choice(['nack', 'nack pli', 'ccm fir'])}")
    lines += ["a=" + "".join(chr(r.randint(33, 126)) for _ in range(r.randint(1, 12))) for _ in range(r.randint(0, 3))]
    if r.random() < 0.1:
        lines.append("a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:" + "A" * 40)
    return "\r\n".join(lines)


def _vp8_section(r: random.Random) -> str:
    pt = r.randint(96, 127)
    others = [p for p in (r.randint(96, 127) for _ in range(r.randint(0, 3))) if p != pt]
    fmts = others + [pt] if r.random() < 0.5 else [pt, *others]
    lines = [f"m=video {r.randint(1024, 65535)} {r.choice(['RTP/AVP', 'RTP/AVPF', 'RTP/SAVP'])} "
             + " ".join(map(str, fmts))]
    if r.random() < 0.5:
        lines.append(f"c=IN {r.choice(['IP4 127.0.0.1', 'IP4 192.0.2.1', 'IP6 ::1'])}")
    lines.append(f"a=rtpmap:{pt} VP8/90000")
    lines += [f"a=rtpmap:{p} {r.choice(['H264', 'VP9', 'rtx'])}/90000" for p in others]
    lines += [f"a=rtcp-fb:{r.choice(['*', str(pt)])} {fb}" for fb in ("nack", "nack pli", "ccm fir")
              if r.random() < 0.5]
    if r.random() < 0.5:
        lines.append(f"a={r.choice(_DIRS)}")
    return "\r\n".join(lines)


def _offer(r: random.Random) -> str:
    """A random offer: mostly well-formed, sometimes huge, truncated, with junk or control characters."""
    head = ["v=0", "o=- 1 1 IN IP4 127.0.0.1", "s=-"]
    if r.random() < 0.7:
        head.append(f"c=IN IP4 {r.choice(_ADDRS)}")
    head.append("t=0 0")
    head += [f"a=x{i}:{'z' * r.randint(0, 200)}" for i in range(r.randint(0, 4))]
    sections = [_section(r) for _ in range(r.choice([0, 1, 2, 2, 2, 3, 5, 12]))]
    if r.random() < 0.5:
        sections.insert(r.randint(0, len(sections)), _vp8_section(r))
    text = "\r\n".join(head + sections) + "\r\n"
    mangle = r.choice(["none"] * 10 + ["lf", "truncate", "junk", "nul", "huge"])
    if mangle == "lf":
        text = text.replace("\r\n", "\n")
    elif mangle == "truncate":
        text = text[: r.randint(0, max(0, len(text) - 1))]
    elif mangle == "junk":
        text = text.replace("t=0 0", "".join(chr(r.randint(0, 0x2FF)) for _ in range(r.randint(0, 30))))
    elif mangle == "nul":
        text = text.replace("s=-", "s=\x00")
    elif mangle == "huge":
        text += "a=" + "h" * 5000 + "\r\n"
    return text


offers = st.integers(min_value=0, max_value=2**63).map(lambda seed: _offer(random.Random(seed)))


def _pjsua_answer_for(offer: str) -> str:
    """What pjsua would answer: audio as usual, every other line rejected with port 0 (same count/order)."""
    try:
        parsed = S.parse(offer)
    except S.SdpError:
        return PJSUA_ANSWER
    lines = ["v=0", "o=- 2 2 IN IP4 127.0.0.1", "s=pjmedia", "t=0 0"]
    for section in parsed.media:
        if section.kind == "audio" and section.port:
            lines += ["m=audio 4000 RTP/AVP 0", "c=IN IP4 127.0.0.1", "a=sendrecv"]
        else:
            fmt = section.formats[0] if section.formats else "0"
            lines += [f"m={section.kind} 0 {section.proto} {fmt}", "c=IN IP4 127.0.0.1"]
    return "\r\n".join(lines) + "\r\n"


def _assert_safe(original: str, result: S.PatchResult) -> None:
    if not result.patched:
        assert result.sdp == original  # nothing edited: pjsua keeps its own SDP
        assert result.reason
        return
    assert len(result.sdp.encode()) <= S.MAX_SDP_BYTES
    assert result.sdp.isascii()
    before, after = S.parse(original), S.parse(result.sdp)
    assert after.kinds() == before.kinds()
    changed = [i for i, (a, b) in enumerate(zip(before.media, after.media, strict=True)) if a != b]
    assert len(changed) <= 1 and all(after.media[i].kind == "video" for i in changed)
    for i in changed:
        video = after.media[i]
        assert video.port in (0, OURS.port)
        if video.port:
            assert video.connection and len(video.formats) == 1
            (pt,) = video.formats
            assert video.rtpmap()[int(pt)] == ("VP8", 90000)


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(offers)
def test_patch_answer_never_yields_unsafe_sdp(offer: str) -> None:
    local = _pjsua_answer_for(offer)
    result = S.patch_answer(local, offer, OURS)
    _assert_safe(local, result)
    if result.patched:
        assert result.remote is not None
        assert result.remote.payload_type == int(S.parse(result.sdp).media[result.remote.index].formats[0])


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(offers, st.booleans())
def test_patch_offer_never_yields_unsafe_sdp(text: str, on: bool) -> None:
    result = S.patch_offer(text, OURS if on else None)
    if result.patched:
        _assert_safe(text, result)
    else:
        assert result.sdp == text


@settings(max_examples=2000, deadline=None)
@given(st.text(max_size=3000))
def test_parse_rejects_or_roundtrips_any_text(text: str) -> None:
    try:
        parsed = S.parse(text)
    except S.SdpError as exc:
        assert str(exc)
        return
    assert S.parse(parsed.to_text()) == parsed


def test_generated_offers_really_exercise_patching() -> None:
    """Guard for the generator above: a good share of offers must get patched, or the properties prove little."""
    outcomes = [S.patch_answer(_pjsua_answer_for(o), o, OURS) for o in (_offer(random.Random(i)) for i in range(1000))]
    patched = sum(r.patched for r in outcomes)
    assert patched >= 100
    assert any("1024" in r.reason for r in outcomes) or patched < 1000

"""core.sdp: patching pjsua's SDP for video (DESIGN.md 9). Examples from a real baresip/pjsua exchange, then
property tests over generated (also hostile) offers: nothing that would make pjsua abort ever comes out."""

from __future__ import annotations

import base64
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


# ---- SDES-SRTP (RFC 4568) ---------------------------------------------------------------------------------

KEY = bytes(range(30))  # ours in these tests
THEIR_KEY = bytes(range(100, 130))


def _b64(key: bytes) -> str:
    return base64.b64encode(key).decode()


def _srtp_offer(*cryptos: str, proto: str = "RTP/SAVP") -> str:
    """baresip's offer with ``mediaenc=srtp-mand``: both lines RTP/SAVP, crypto lines in the video section."""
    video_crypto = "".join(f"a=crypto:{c}\r\n" for c in cryptos)
    return (BARESIP_OFFER.replace("m=audio 36294 RTP/AVP", "m=audio 36294 RTP/SAVP")
            .replace("a=ptime:20\r\n", f"a=ptime:20\r\na=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:{_b64(THEIR_KEY)}\r\n")
            .replace("m=video 3298 RTP/AVP 96", f"m=video 3298 {proto} 96")
            .replace("a=content:main\r\n", "a=content:main\r\n" + video_crypto))


SRTP_ANSWER = PJSUA_ANSWER.replace("m=audio 4000 RTP/AVP", "m=audio 4000 RTP/SAVP").replace(
    "a=fmtp:120 0-16\r\n", f"a=fmtp:120 0-16\r\na=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:{_b64(KEY[::-1])}\r\n"
).replace("m=video 0 RTP/AVP 96", "m=video 0 RTP/SAVP 96")


def test_parse_crypto_good_line() -> None:
    c = S.parse_crypto(f"7 AES_CM_128_HMAC_SHA1_32 inline:{_b64(THEIR_KEY)}|2^31")
    assert (c.tag, c.suite, c.key) == (7, "AES_CM_128_HMAC_SHA1_32", THEIR_KEY)
    assert _b64(THEIR_KEY) not in repr(c)  # keys never reach a log through a repr
    assert S.parse_crypto(c.value()) == c


@pytest.mark.parametrize(("value", "reason"), [
    ("1 AES_CM_128_HMAC_SHA1_80", "incomplete"),
    (f"1 AES_256_CM_HMAC_SHA1_80 inline:{_b64(KEY)}", "unsupported SRTP suite"),
    (f"1 F8_128_HMAC_SHA1_80 inline:{_b64(KEY)}", "unsupported SRTP suite"),
    ("1 AES_CM_128_HMAC_SHA1_80 inline:!!!notbase64!!!", "not valid base64"),
    ("1 AES_CM_128_HMAC_SHA1_80 inline:QUJD", "3 bytes, not 30"),
    (f"1 AES_CM_128_HMAC_SHA1_80 inline:{_b64(KEY + b'xx')}", "32 bytes, not 30"),
    (f"x AES_CM_128_HMAC_SHA1_80 inline:{_b64(KEY)}", "tag"),
    (f"1234567890 AES_CM_128_HMAC_SHA1_80 inline:{_b64(KEY)}", "tag"),
    (f"1 AES_CM_128_HMAC_SHA1_80 inline:{_b64(KEY)}|2^20|1:4", "MKI"),
    (f"1 AES_CM_128_HMAC_SHA1_80 inline:{_b64(KEY)}|junk", "lifetime"),
    (f"1 AES_CM_128_HMAC_SHA1_80 inline:{_b64(KEY)};inline:{_b64(KEY)}", "several keys"),
    (f"1 AES_CM_128_HMAC_SHA1_80 inline:{_b64(KEY)} UNENCRYPTED_SRTP", "session parameters"),
    (f"1 AES_CM_128_HMAC_SHA1_80 uri:{_b64(KEY)}", "not inline"),
])
def test_parse_crypto_refuses_what_we_cannot_use(value: str, reason: str) -> None:
    with pytest.raises(S.SdpError, match=reason.replace("^", r"\^")) as info:
        S.parse_crypto(value)
    assert _b64(KEY) not in str(info.value)


def test_choose_crypto_prefers_80_over_32_and_skips_bad_lines() -> None:
    chosen, _ = S.choose_crypto([f"1 AES_CM_128_HMAC_SHA1_32 inline:{_b64(KEY)}", "2 AES_CM_128_HMAC_SHA1_80 inline:x",
                                 f"3 AES_CM_128_HMAC_SHA1_80 inline:{_b64(THEIR_KEY)}"])
    assert chosen is not None and (chosen.tag, chosen.suite, chosen.key) == (3, "AES_CM_128_HMAC_SHA1_80", THEIR_KEY)
    only32, _ = S.choose_crypto([f"5 AES_CM_128_HMAC_SHA1_32 inline:{_b64(KEY)}"])
    assert only32 is not None and only32.tag == 5
    none, why = S.choose_crypto([])
    assert none is None and "DTLS" in why


def test_new_srtp_keys_are_fresh_30_bytes() -> None:
    keys = {S.new_srtp_key() for _ in range(50)}
    assert len(keys) == 50 and {len(k) for k in keys} == {30}


@pytest.mark.parametrize("proto", ["RTP/SAVP", "RTP/SAVPF"])
def test_srtp_offer_answered_with_our_key_same_suite_mirrored_tag(proto: str) -> None:
    offer = _srtp_offer(f"1 AES_CM_128_HMAC_SHA1_32 inline:{_b64(KEY[::-1])}",
                        f"2 AES_CM_128_HMAC_SHA1_80 inline:{_b64(THEIR_KEY)}", proto=proto)
    result = S.patch_answer(SRTP_ANSWER, offer, OURS, srtp_key=KEY)
    assert result.patched, result.reason
    video = S.parse(result.sdp).media[1]
    assert video.proto == proto and video.port == 40000
    assert video.attributes("crypto") == [f"2 AES_CM_128_HMAC_SHA1_80 inline:{_b64(KEY)}"]
    assert result.local_srtp == S.Crypto(2, "AES_CM_128_HMAC_SHA1_80", KEY)
    assert result.remote is not None and result.remote.srtp == S.Crypto(2, "AES_CM_128_HMAC_SHA1_80", THEIR_KEY)
    assert S.parse(result.sdp).media[0].lines == S.parse(SRTP_ANSWER).media[0].lines
    assert _b64(KEY) not in repr(result.remote) and _b64(THEIR_KEY) not in repr(result.remote)


def test_srtp_offer_with_32_only_is_answered_with_32() -> None:
    offer = _srtp_offer(f"9 AES_CM_128_HMAC_SHA1_32 inline:{_b64(THEIR_KEY)}")
    result = S.patch_answer(SRTP_ANSWER, offer, OURS, srtp_key=KEY)
    assert result.patched
    assert S.parse(result.sdp).media[1].attributes("crypto") == [f"9 AES_CM_128_HMAC_SHA1_32 inline:{_b64(KEY)}"]


@pytest.mark.parametrize(("cryptos", "reason"), [
    ((), "no a=crypto line"),
    (("1 AES_CM_128_HMAC_SHA1_80 inline:%%%%",), "not valid base64"),
    ((f"1 AES_CM_128_HMAC_SHA1_80 inline:{_b64(KEY[:16])}",), "16 bytes, not 30"),
    ((f"1 AEAD_AES_256_GCM inline:{_b64(KEY)}", f"2 NULL_HMAC inline:{_b64(KEY)}"), "unsupported SRTP suite"),
])
def test_unusable_srtp_offer_leaves_audio_only_with_reason(cryptos: tuple[str, ...], reason: str) -> None:
    result = S.patch_answer(SRTP_ANSWER, _srtp_offer(*cryptos), OURS, srtp_key=KEY)
    assert not result.patched and result.sdp == SRTP_ANSWER
    assert "SRTP cannot be used" in result.reason and reason in result.reason


def test_srtp_offer_without_our_key_is_refused() -> None:
    result = S.patch_answer(SRTP_ANSWER, _srtp_offer(f"1 AES_CM_128_HMAC_SHA1_80 inline:{_b64(THEIR_KEY)}"), OURS)
    assert not result.patched and "no SRTP key" in result.reason


def test_dtls_transport_is_refused() -> None:
    offer = _srtp_offer(f"1 AES_CM_128_HMAC_SHA1_80 inline:{_b64(THEIR_KEY)}", proto="UDP/TLS/RTP/SAVPF")
    result = S.patch_answer(SRTP_ANSWER, offer, OURS, srtp_key=KEY)
    assert not result.patched and "not supported" in result.reason


def test_reoffer_with_srtp_audio_offers_crypto_on_video() -> None:
    reoffer = SRTP_ANSWER
    result = S.patch_offer(reoffer, OURS, srtp_key=KEY)
    assert result.patched, result.reason
    video = S.parse(result.sdp).media[1]
    assert video.proto == "RTP/SAVP" and video.port == 40000
    assert video.attributes("crypto") == [f"1 AES_CM_128_HMAC_SHA1_80 inline:{_b64(KEY)}"]
    assert result.local_srtp == S.Crypto(1, "AES_CM_128_HMAC_SHA1_80", KEY)
    plain = S.patch_offer(PJSUA_ANSWER, OURS, srtp_key=KEY)  # plain audio: plain video
    assert plain.patched and not S.parse(plain.sdp).media[1].attributes("crypto") and plain.local_srtp is None
    assert S.parse(plain.sdp).media[1].proto == "RTP/AVP"
    off = S.patch_offer(result.sdp, None)
    assert off.patched and S.parse(off.sdp).media[1].port == 0 and off.local_srtp is None
    assert not S.patch_offer(reoffer, OURS).patched  # SRTP audio and no key: never plain video beside it


def test_reoffer_over_limit_drops_extra_audio_crypto_suites_first() -> None:
    suites = ["AEAD_AES_256_GCM", "AEAD_AES_128_GCM", "AES_256_CM_HMAC_SHA1_80", "AES_256_CM_HMAC_SHA1_32",
              "AES_CM_128_HMAC_SHA1_80", "AES_CM_128_HMAC_SHA1_32"]
    many = "".join(f"a=crypto:{i + 1} {s} inline:{_b64(KEY)}\r\n" for i, s in enumerate(suites))
    reoffer = SRTP_ANSWER.replace(f"a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:{_b64(KEY[::-1])}\r\n", many)
    assert len(reoffer) < S.MAX_SDP_BYTES
    result = S.patch_offer(reoffer, OURS, srtp_key=KEY)
    assert result.patched, result.reason
    assert len(result.sdp.encode()) <= S.MAX_SDP_BYTES
    out = S.parse(result.sdp)
    assert out.kinds() == ("audio", "video")
    assert out.media[0].attributes("crypto") == [f"5 AES_CM_128_HMAC_SHA1_80 inline:{_b64(KEY)}"]
    assert len(out.media[1].attributes("crypto")) == 1


def test_answer_to_our_srtp_reoffer_must_match_tag_and_suite() -> None:
    ours = S.Crypto(1, "AES_CM_128_HMAC_SHA1_80", KEY)
    answer = _srtp_offer(f"1 AES_CM_128_HMAC_SHA1_80 inline:{_b64(THEIR_KEY)}")
    remote = S.remote_video_in_answer(answer, ours)
    assert remote is not None and remote.srtp == S.Crypto(1, "AES_CM_128_HMAC_SHA1_80", THEIR_KEY)
    assert S.remote_video_in_answer(_srtp_offer(f"2 AES_CM_128_HMAC_SHA1_80 inline:{_b64(THEIR_KEY)}"), ours) is None
    assert S.remote_video_in_answer(_srtp_offer(f"1 AES_CM_128_HMAC_SHA1_32 inline:{_b64(THEIR_KEY)}"), ours) is None
    assert S.remote_video_in_answer(_srtp_offer(), ours) is None  # SAVP without a key
    assert S.remote_video_in_answer(answer) is None  # SRTP answer to a plain offer
    assert S.remote_video_in_answer(BARESIP_OFFER, ours) is not None  # plain RTP/AVP answer to RTP/AVP+crypto


# ---- property tests over SRTP offers (hostile crypto lines included) ---------------------------------------

_SUITES = ["AES_CM_128_HMAC_SHA1_80", "AES_CM_128_HMAC_SHA1_32", "AES_256_CM_HMAC_SHA1_80", "AEAD_AES_128_GCM",
           "F8_128_HMAC_SHA1_80", "", "aes_cm_128_hmac_sha1_80"]


def _crypto_value(r: random.Random) -> str:
    """Half plausible lines (so answers get exercised), half hostile ones."""
    if r.random() < 0.5:
        key = base64.b64encode(bytes(r.getrandbits(8) for _ in range(30))).decode()
        return f"{r.randint(1, 9)} {r.choice(S.SRTP_SUITES)} inline:{key}{r.choice(['', '', '|2^31', '|1048576'])}"
    tag = r.choice([str(r.randint(1, 9)), str(r.randint(0, 10**10)), "", "x", "-1"])
    key_len = r.choice([30, 30, 30, 0, 16, 29, 31, 46, 200])
    key = base64.b64encode(bytes(r.getrandbits(8) for _ in range(key_len))).decode()
    key = r.choice([key] * 6 + [key.rstrip("="), key + "=", key[:-1] + "*", "", key + ";inline:" + key])
    params = r.choice(["", "", "", "|2^31", "|2^31|1:4", "|1:4", "|x", " UNENCRYPTED_SRTP", " KDR=1", "|" * 5])
    method = r.choice(["inline:"] * 8 + ["", "uri:", "inline"])
    return f"{tag} {r.choice(_SUITES)} {method}{key}{params}".strip()


def _srtp_vp8_offer(r: random.Random) -> str:
    proto = r.choice(["RTP/SAVP", "RTP/SAVPF", "RTP/AVP", "UDP/TLS/RTP/SAVPF"])
    pt = r.randint(96, 127)
    audio = [f"m=audio {r.randint(1024, 65535)} {proto if 'TLS' not in proto else 'RTP/SAVP'} 0",
             "a=rtpmap:0 PCMU/8000"]
    video = [f"m=video {r.randint(1024, 65535)} {proto} {pt}", f"a=rtpmap:{pt} VP8/90000"]
    video += [f"a=crypto:{_crypto_value(r)}" for _ in range(r.choice([0, 1, 1, 2, 3, 8]))]
    if r.random() < 0.2:
        video.append("a=crypto:" + "".join(chr(r.randint(33, 126)) for _ in range(r.randint(0, 80))))
    if r.random() < 0.5:
        video.append(f"a={r.choice(_DIRS)}")
    sections = [audio, video]
    if r.random() < 0.3:
        sections.reverse()
    head = ["v=0", "o=- 1 1 IN IP4 127.0.0.1", "s=-", "c=IN IP4 127.0.0.1", "t=0 0"]
    head += [f"a=x{i}:{'z' * r.randint(0, 300)}" for i in range(r.randint(0, 2))]
    return "\r\n".join(head + [ln for s in sections for ln in s]) + "\r\n"


srtp_offers = st.integers(min_value=0, max_value=2**63).map(lambda seed: _srtp_vp8_offer(random.Random(seed)))


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(srtp_offers)
def test_srtp_offers_are_answered_safely(offer: str) -> None:
    local = _pjsua_answer_for(offer)
    result = S.patch_answer(local, offer, OURS, srtp_key=KEY)
    _assert_safe(local, result)
    remote = S.find_vp8(S.parse(offer))
    assert remote is not None
    secure = bool(remote.crypto) or "SAVP" in remote.proto.upper()
    if not result.patched:
        assert result.reason
        assert secure or "1024" in result.reason
        return
    video = S.parse(result.sdp).media[remote.index]
    crypto = video.attributes("crypto")
    if not secure:
        assert not crypto and result.local_srtp is None
        return
    assert video.proto == remote.proto and video.proto in ("RTP/SAVP", "RTP/SAVPF", "RTP/AVP")
    assert len(crypto) == 1
    ours = S.parse_crypto(crypto[0])
    assert ours.key == KEY and ours == result.local_srtp
    assert result.remote is not None and result.remote.srtp is not None
    theirs = result.remote.srtp
    assert (theirs.tag, theirs.suite) == (ours.tag, ours.suite) and len(theirs.key) == 30
    offered = [c for c in (S.choose_crypto([v])[0] for v in remote.crypto) if c is not None]
    if any(c.suite == "AES_CM_128_HMAC_SHA1_80" for c in offered):
        assert ours.suite == "AES_CM_128_HMAC_SHA1_80"


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(srtp_offers, st.booleans())
def test_srtp_reoffers_are_patched_safely(text: str, with_key: bool) -> None:
    result = S.patch_offer(text, OURS, srtp_key=KEY if with_key else b"")
    if not result.patched:
        assert result.sdp == text and result.reason
        return
    assert len(result.sdp.encode()) <= S.MAX_SDP_BYTES and result.sdp.isascii()
    before, after = S.parse(text), S.parse(result.sdp)
    assert after.kinds() == before.kinds()
    audio = next(m for m in after.media if m.kind == "audio")
    video = next(m for m in after.media if m.kind == "video")
    if "SAVP" in audio.proto or audio.attributes("crypto"):
        assert with_key and video.attributes("crypto") == [f"1 AES_CM_128_HMAC_SHA1_80 inline:{_b64(KEY)}"]
    else:
        assert not video.attributes("crypto")


def test_generated_srtp_offers_exercise_both_outcomes() -> None:
    """Guard for the SRTP generator: many offers get a crypto answer, many are refused for their crypto lines."""
    outcomes = []
    for i in range(1000):
        offer = _srtp_vp8_offer(random.Random(i))
        outcomes.append(S.patch_answer(_pjsua_answer_for(offer), offer, OURS, srtp_key=KEY))
    with_crypto = sum(r.local_srtp is not None for r in outcomes)
    refused = sum("SRTP cannot be used" in r.reason for r in outcomes)
    assert with_crypto >= 150 and refused >= 150, (with_crypto, refused)


def test_keys_never_show_in_reasons_or_reprs() -> None:
    secret = _b64(THEIR_KEY)
    offer = _srtp_offer(f"1 AES_CM_128_HMAC_SHA1_80 inline:{secret}\x01")  # a control character: unparsable
    result = S.patch_answer(SRTP_ANSWER, offer, OURS, srtp_key=KEY)
    assert not result.patched and "malformed SDP line" in result.reason
    assert secret[:8] not in result.reason
    good = S.patch_answer(SRTP_ANSWER, _srtp_offer(f"1 AES_CM_128_HMAC_SHA1_80 inline:{secret}"), OURS, srtp_key=KEY)
    assert good.patched
    for text in (repr(good), repr(S.LocalVideo("127.0.0.1", 1, crypto=good.local_srtp.value() if good.local_srtp
                                                else ""))):
        assert secret not in text and _b64(KEY) not in text

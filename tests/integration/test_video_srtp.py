"""SDES-SRTP video (DESIGN.md 9): VideoSession pairs on loopback with keys (frames flow, forged packets dropped and
counted), and baresip calling the agent with audio+video over mandatory SRTP through Kamailio."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("av")
pytest.importorskip("pylibsrtp")

import pylibsrtp  # noqa: E402

from softphone.core.events import (  # noqa: E402
    CallConfirmed,
    CallEnded,
    CallIncoming,
    ErrorEvent,
    RegistrationChanged,
    VideoChanged,
)
from softphone.core.models import SrtpMode  # noqa: E402
from softphone.core.sdp import new_srtp_key  # noqa: E402
from softphone.engine import PjsuaEngine  # noqa: E402
from softphone.engine.video_hooks import install  # noqa: E402
from softphone.video.service import VideoService  # noqa: E402
from softphone.video.session import RemoteEndpoint, SrtpKeys, VideoSession  # noqa: E402
from tests.integration.engine_harness import Recorder, account, options  # noqa: E402
from tests.integration.test_video_calls import Agent, frames_over, wait_for  # noqa: E402
from tests.stack.baresip import Baresip  # noqa: E402
from tests.stack.kamailio import KamailioServer  # noqa: E402

SUITE = "AES_CM_128_HMAC_SHA1_80"
VP8_KEYFRAME_START = b"\x9d\x01\x2a"  # RFC 6386 start code, in every plain VP8 keyframe's first packet


def _wait(pred: object, timeout: float, what: str) -> None:
    import time

    deadline = time.monotonic() + timeout
    while not pred():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


def _rtp_payload(packet: bytes) -> bytes:
    """What follows the RTP header (and CSRCs, extension); for SRTP that is ciphertext plus the auth tag."""
    offset = 12 + 4 * (packet[0] & 0x0F)
    if packet[0] & 0x10:
        offset += 4 + 4 * int.from_bytes(packet[offset + 2:offset + 4], "big")
    return packet[offset:]


def _is_plain_vp8_keyframe(packet: bytes) -> bool:
    """A plain RTP packet that starts a VP8 keyframe: descriptor (RFC 7741) then the keyframe header."""
    payload = _rtp_payload(packet)
    if len(payload) < 10 or not payload[0] & 0x10:  # S bit: start of a partition
        return False
    pos = 1
    if payload[0] & 0x80:  # X: extension byte(s)
        ext = payload[1]
        pos = 2
        if ext & 0x80:  # I: picture id, 1 or 2 bytes
            pos += 2 if payload[pos] & 0x80 else 1
        if ext & 0x40:
            pos += 1
        if ext & 0x30:
            pos += 1
    return payload[pos:pos + 1] and not payload[pos] & 0x01 and payload[pos + 3:pos + 6] == VP8_KEYFRAME_START


def _srtp_pair(a_keys: SrtpKeys, b_keys: SrtpKeys) -> tuple[VideoSession, VideoSession]:
    a, b = VideoSession("127.0.0.1"), VideoSession("127.0.0.1")
    a.configure(RemoteEndpoint("127.0.0.1", b.port, b.port + 1, 96, srtp=a_keys))
    b.configure(RemoteEndpoint("127.0.0.1", a.port, a.port + 1, 96, srtp=b_keys))
    return a, b


def test_srtp_pair_frames_flow_encrypted() -> None:
    ka, kb = new_srtp_key(), new_srtp_key()
    a, b = _srtp_pair(SrtpKeys(SUITE, tx_key=ka, rx_key=kb), SrtpKeys(SUITE, tx_key=kb, rx_key=ka))
    try:
        _wait(lambda: a.stats().frames_rx >= 15 and b.stats().frames_rx >= 15, 5, "frames both ways over SRTP")
        assert a.stats().srtp and b.stats().srtp
        assert a.stats().srtp_dropped == 0 and b.stats().srtp_dropped == 0
        wire = list(a.wire_tx)
        assert wire and not any(_is_plain_vp8_keyframe(p) for p in wire)
        # what went out decrypts with a's key, and only with it (RTCP too: b gets a's reports)
        check = pylibsrtp.Session(pylibsrtp.Policy(key=ka, ssrc_type=pylibsrtp.Policy.SSRC_ANY_INBOUND))
        plain = check.unprotect(wire[-1])
        assert len(plain) == len(wire[-1]) - 10 and _rtp_payload(plain) != _rtp_payload(wire[-1])[:-10]
        _wait(lambda: b.stats().rtt_ms > 0 or a.stats().rtt_ms > 0, 4, "RTCP round trip over SRTCP")
    finally:
        a.close()
        b.close()


def test_srtp_wrong_key_packets_dropped_and_counted() -> None:
    ka, kb, wrong = new_srtp_key(), new_srtp_key(), new_srtp_key()
    a, b = _srtp_pair(SrtpKeys(SUITE, tx_key=ka, rx_key=kb), SrtpKeys(SUITE, tx_key=kb, rx_key=wrong))
    try:
        _wait(lambda: a.stats().packets_rx >= 20 and b.stats().srtp_dropped >= 20, 5, "drops on the wrong key")
        assert b.stats().frames_rx == 0 and b.stats().packets_rx == 0 and b.stats().decode_errors == 0
        # the other direction still authenticates (its frames wait for a keyframe: b cannot read a's PLIs)
        assert a.stats().srtp_dropped == 0 and a.stats().packets_rx >= 20
    finally:
        a.close()
        b.close()


def test_srtp_32_bit_tag_suite() -> None:
    ka, kb = new_srtp_key(), new_srtp_key()
    suite = "AES_CM_128_HMAC_SHA1_32"
    a, b = _srtp_pair(SrtpKeys(suite, tx_key=ka, rx_key=kb), SrtpKeys(suite, tx_key=kb, rx_key=ka))
    try:
        _wait(lambda: a.stats().frames_rx >= 10 and b.stats().frames_rx >= 10, 5, "frames with 32-bit tags")
        check = pylibsrtp.Session(pylibsrtp.Policy(key=ka, ssrc_type=pylibsrtp.Policy.SSRC_ANY_INBOUND,
                                                   srtp_profile=pylibsrtp.Policy.SRTP_PROFILE_AES128_CM_SHA1_32))
        wire = a.wire_tx[-1]
        assert len(check.unprotect(wire)) == len(wire) - 4
    finally:
        a.close()
        b.close()


# ---- against baresip over mandatory SRTP -------------------------------------------------------------------


@pytest.fixture
def srtp_baresip(kamailio: KamailioServer, tmp_path: Path) -> Iterator[Baresip]:
    (tmp_path / "baresip").mkdir()
    peer = Baresip("1008", kamailio.users["1008"], f"127.0.0.1:{kamailio.udp_port}", workdir=tmp_path / "baresip",
                   mediaenc="srtp-mand")
    peer.start()
    try:
        peer.wait_registered()
        yield peer
    finally:
        peer.stop()


async def _start_srtp_agent(kamailio: KamailioServer, user: str = "1009") -> Agent:
    engine = PjsuaEngine(options(), asyncio.get_running_loop())
    service = VideoService("127.0.0.1", sdp_address="127.0.0.1")
    hooks = install(engine, service)
    rec = Recorder()
    caps = await engine.start(rec)
    assert caps.video and caps.srtp
    await engine.register(account(kamailio, user, srtp=SrtpMode.MANDATORY), kamailio.users[user])
    await rec.wait(RegistrationChanged, 10, state="registered")
    return Agent(engine, hooks, service, rec)


def test_baresip_calls_agent_with_srtp_video(kamailio: KamailioServer, srtp_baresip: Baresip) -> None:
    async def go() -> None:
        agent = await _start_srtp_agent(kamailio)
        try:
            srtp_baresip.dial(f"sip:1009@{kamailio.host}")
            incoming = await agent.rec.wait(CallIncoming, 10)
            await agent.engine.answer(incoming.call_id)
            await agent.rec.wait(CallConfirmed, 10, call_id=incoming.call_id)
            await agent.rec.wait(VideoChanged, 5, call_id=incoming.call_id, on=True)
            session = agent.session(incoming.call_id)
            await wait_for(lambda: session.stats().frames_rx > 0, 5, "first decoded frame over SRTP")
            rx, tx = await frames_over(session, 5.0)
            stats = session.stats()
            print(f"SRTP video against baresip: {rx / 5:.1f} fps in, {tx / 5:.1f} fps out, "
                  f"{stats.bitrate_tx} bit/s, srtp_dropped={stats.srtp_dropped}, rtt={stats.rtt_ms} ms")
            assert rx >= 60 and tx >= 60, (rx, tx, stats)  # >= 12 fps both ways for 5 s
            assert stats.srtp and stats.width_rx == 640
            # baresip sends one plain 16-byte RTCP APP packet as its stream starts (too short to be SRTCP):
            # dropped and counted; nothing else may fail authentication
            assert stats.srtp_dropped <= 2, stats
            # baresip's SRTCP reports reach us and are decrypted; its report interval is randomised around 5 s, so
            # the first report that answers one of our SRs may come after the 5 s window above
            await wait_for(lambda: session.stats().rtt_ms > 0, 12, "a round trip from baresip's SRTCP reports")
            # the wire carries no plain VP8 either way: baresip's keyframes and ours were seen only after unprotect
            assert stats.keyframes_rx >= 1 and stats.keyframes_tx >= 1
            for wire in (list(session.wire_rx), list(session.wire_tx)):
                assert len(wire) >= 32 and not any(_is_plain_vp8_keyframe(p) for p in wire)
            # baresip authenticated, decrypted and decoded what we sent
            await wait_for(lambda: "video: receiving with resolution 640 x 480" in srtp_baresip.log_text(), 5,
                           "baresip decoding our video")
            log = srtp_baresip.log_text()
            assert "srtp: video: SRTP is Enabled (cryptosuite=AES_CM_128_HMAC_SHA1_80)" in log
            assert "srtp: audio: SRTP is Enabled" in log

            # re-offers of ours (hold, unhold, video off and on) carry crypto on video; baresip answers with its key
            await agent.engine.hold(incoming.call_id)
            await asyncio.sleep(0.5)
            session.timeline.clear()
            await agent.engine.unhold(incoming.call_id)
            await wait_for(lambda: any(e == "keyframe-rx" for _, e in list(session.timeline)), 1.0,
                           "keyframe from baresip after unhold over SRTP")
            await agent.hooks.set_video(incoming.call_id, False)
            await agent.rec.wait(VideoChanged, 5, call_id=incoming.call_id, on=False)
            start = agent.rec.mark()
            await agent.hooks.set_video(incoming.call_id, True)
            await agent.rec.wait(VideoChanged, 5, start=start, call_id=incoming.call_id, on=True)
            rx, tx = await frames_over(session, 2.0)
            after = session.stats()
            print(f"after hold/unhold and video off/on over SRTP: {rx / 2:.1f} fps in, {tx / 2:.1f} fps out, "
                  f"srtp_dropped={after.srtp_dropped}")
            assert rx >= 20 and tx >= 20, (rx, tx, after)
            assert after.srtp and after.srtp_dropped <= 2, after

            await agent.engine.hangup(incoming.call_id)
            await agent.rec.wait(CallEnded, 10, call_id=incoming.call_id)
        finally:
            await agent.engine.shutdown()

    asyncio.run(asyncio.wait_for(go(), 120))


def test_agent_calls_baresip_with_srtp_video(kamailio: KamailioServer, srtp_baresip: Baresip) -> None:
    """Delayed offer: baresip offers SRTP audio+video in its 200 OK, we answer in the ACK with our key."""
    async def go() -> None:
        agent = await _start_srtp_agent(kamailio)
        try:
            await agent.hooks.arm_video_call()
            call_id = await agent.engine.make_call(f"sip:1008@{kamailio.host}")
            srtp_baresip.wait_event("CALL_INCOMING", 10)
            srtp_baresip.answer()
            await agent.rec.wait(CallConfirmed, 10, call_id=call_id)
            await agent.rec.wait(VideoChanged, 5, call_id=call_id, on=True)
            session = agent.session(call_id)
            await wait_for(lambda: session.stats().frames_rx > 0, 5, "first decoded frame over SRTP")
            rx, tx = await frames_over(session, 5.0)
            stats = session.stats()
            print(f"agent calls baresip, SRTP video: {rx / 5:.1f} fps in, {tx / 5:.1f} fps out")
            assert rx >= 60 and tx >= 60, (rx, tx, stats)
            assert stats.srtp and stats.srtp_dropped <= 2, stats
            assert not any(_is_plain_vp8_keyframe(p) for p in list(session.wire_rx) + list(session.wire_tx))
            await agent.engine.hangup(call_id)
            await agent.rec.wait(CallEnded, 10, call_id=call_id)
        finally:
            await agent.engine.shutdown()

    asyncio.run(asyncio.wait_for(go(), 120))


# ---- a caller whose video crypto we cannot use: audio only (SRTP) with a notice -------------------------------

_GOOD_KEY = "WnD7c1ksDGs+dIefCEo8omPg4uO8DYIinNGL5yxQ"  # 30 bytes of base64, a made-up test key


def _bad_crypto_scenario(tmp_path: Path, video_crypto: str) -> Path:
    """SIPp's uac_call with an SRTP audio line and a VP8 video line whose crypto line is hostile."""
    from tests.stack.sipp import SCENARIO_DIR

    text = (SCENARIO_DIR / "uac_call.xml").read_text()
    plain = "      m=audio {{media_port}} RTP/AVP 0 101\n"
    head, rest = text.split(plain, 1)
    offer_end = "      a=sendrecv\n\n    ]]>"
    offer, tail = rest.split(offer_end, 1)
    offer = (f"      m=audio {{{{media_port}}}} RTP/SAVP 0 101\n{offer}"
             f"      a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:{_GOOD_KEY}\n      a=sendrecv\n"
             "      m=video 40000 RTP/SAVP 96\n      a=rtpmap:96 VP8/90000\n"
             f"      a=crypto:{video_crypto}\n      a=sendrecv\n\n    ]]>")
    path = tmp_path / "uac_srtp_bad_video.xml"
    path.write_text(head + offer + tail)
    return path


@pytest.mark.parametrize(("video_crypto", "reason"), [
    ("1 AES_CM_128_HMAC_SHA1_80 inline:%%%%not-base64%%%%", "not valid base64"),
    ("1 AES_CM_128_HMAC_SHA1_80 inline:QUJDREVGR0g=", "8 bytes, not 30"),
    (f"1 AES_256_CM_HMAC_SHA1_80 inline:{_GOOD_KEY}", "unsupported SRTP suite"),
])
def test_unusable_video_crypto_gives_audio_only_with_notice(kamailio: KamailioServer, sipp: Any, tmp_path: Path,
                                                            video_crypto: str, reason: str) -> None:
    async def go() -> None:
        agent = await _start_srtp_agent(kamailio)
        try:
            caller = sipp.uac(_bad_crypto_scenario(tmp_path, video_crypto), to="1009", from_user="3031",
                              duration_ms=1500)
            incoming = await agent.rec.wait(CallIncoming, 10)
            await agent.engine.answer(incoming.call_id)
            await agent.rec.wait(CallConfirmed, 10, call_id=incoming.call_id)
            notice = await agent.rec.wait(ErrorEvent, 5, code="video-unavailable")
            assert "SRTP cannot be used" in notice.message and reason in notice.message, notice
            assert "inline:" not in notice.message
            assert agent.rec.find(VideoChanged, call_id=incoming.call_id, on=True) is None
            await asyncio.to_thread(caller.wait_ok, 15)
            ok = [m for m in caller.messages() if m.status == 200 and "m=video" in m.body]
            assert ok and "m=video 0 " in ok[0].body and "m=audio" in ok[0].body, ok
            await agent.rec.wait(CallEnded, 10, call_id=incoming.call_id)
        finally:
            await agent.engine.shutdown()

    asyncio.run(asyncio.wait_for(go(), 60))

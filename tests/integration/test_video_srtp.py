"""SDES-SRTP video (DESIGN.md 9): VideoSession pairs on loopback with keys (frames flow, forged packets dropped and
counted), and baresip calling the agent with audio+video over mandatory SRTP through Kamailio."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("av")
pytest.importorskip("pylibsrtp")

import pylibsrtp  # noqa: E402

from softphone.core.events import CallConfirmed, CallEnded, CallIncoming, RegistrationChanged, VideoChanged  # noqa: E402
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
            assert stats.rtt_ms > 0  # baresip's SRTCP reports reached us and were decrypted
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

            await agent.engine.hangup(incoming.call_id)
            await agent.rec.wait(CallEnded, 10, call_id=incoming.call_id)
        finally:
            await agent.engine.shutdown()

    asyncio.run(asyncio.wait_for(go(), 120))

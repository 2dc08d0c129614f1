"""Video calls against baresip (vp8 + fakevideo) through Kamailio, with the real engine in process (DESIGN.md 9)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("av")
pytest.importorskip("aiortc")

from softphone.core.events import CallConfirmed, CallEnded, CallIncoming, RegistrationChanged, VideoChanged  # noqa: E402
from softphone.engine import PjsuaEngine  # noqa: E402
from softphone.engine.video_hooks import VideoHooks, install  # noqa: E402
from softphone.video.service import VideoService  # noqa: E402
from softphone.video.session import VideoSession  # noqa: E402
from tests.integration.engine_harness import Recorder, account, options  # noqa: E402
from tests.stack.baresip import Baresip  # noqa: E402
from tests.stack.kamailio import KamailioServer  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture
def baresip(kamailio: KamailioServer, tmp_path: Path) -> Iterator[Baresip]:
    peer = Baresip("1008", kamailio.users["1008"], f"127.0.0.1:{kamailio.udp_port}", workdir=tmp_path / "baresip")
    (tmp_path / "baresip").mkdir()
    peer.start()
    try:
        peer.wait_registered()
        yield peer
    finally:
        peer.stop()


class Agent:
    def __init__(self, engine: PjsuaEngine, hooks: VideoHooks, service: VideoService, rec: Recorder) -> None:
        self.engine, self.hooks, self.service, self.rec = engine, hooks, service, rec

    def session(self, call_id: str) -> VideoSession:
        s = self.service.session(call_id)
        assert s is not None, f"no video session for {call_id}"
        return s


async def start_agent(kamailio: KamailioServer, user: str = "1009") -> Agent:
    engine = PjsuaEngine(options(), asyncio.get_running_loop())
    service = VideoService("127.0.0.1", sdp_address="127.0.0.1")
    hooks = install(engine, service)
    rec = Recorder()
    caps = await engine.start(rec)
    assert caps.video
    await engine.register(account(kamailio, user), kamailio.users[user])
    await rec.wait(RegistrationChanged, 10, state="registered")
    return Agent(engine, hooks, service, rec)


async def frames_over(session: VideoSession, seconds: float) -> tuple[int, int]:
    before = session.stats()
    await asyncio.sleep(seconds)
    after = session.stats()
    return after.frames_rx - before.frames_rx, after.frames_tx - before.frames_tx


async def wait_for(pred: Any, timeout: float, what: str) -> float:
    start = time.monotonic()
    while not pred():
        if time.monotonic() - start > timeout:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        await asyncio.sleep(0.01)
    return time.monotonic() - start


def baresip_video_rx_packets(peer: Baresip) -> int:
    """What baresip's RTCP stats say it received on the video stream (its CALL_RTCP events)."""
    best = 0
    for ev in list(peer.events):
        if ev.get("type") == "CALL_RTCP" and ev.get("param") == "video":
            stats: Any = ev.get("rtcp_stats", {})
            best = max(best, int(stats.get("rx", {}).get("sent", 0)))
    return best


def run(coro: Any) -> Any:
    return asyncio.run(asyncio.wait_for(coro, 120))


def test_baresip_calls_agent_with_video(kamailio: KamailioServer, baresip: Baresip) -> None:
    async def go() -> None:
        agent = await start_agent(kamailio)
        try:
            baresip.dial(f"sip:1009@{kamailio.host}")
            incoming = await agent.rec.wait(CallIncoming, 10)
            await agent.engine.answer(incoming.call_id)
            await agent.rec.wait(CallConfirmed, 10, call_id=incoming.call_id)
            on = await agent.rec.wait(VideoChanged, 5, call_id=incoming.call_id, on=True)
            assert on.on
            session = agent.session(incoming.call_id)
            await wait_for(lambda: session.stats().frames_rx > 0, 5, "first decoded frame")
            rx, tx = await frames_over(session, 5.0)
            assert rx >= 60 and tx >= 60, (rx, tx, session.stats())  # >= 12 fps both ways for 5 s
            assert session.stats().width_rx == 640
            assert baresip_video_rx_packets(baresip) > 60 or "video: receiving with resolution 640 x 480" in \
                baresip.log_text()

            # a dropped packet: PLI out, keyframe back
            t0 = time.monotonic()
            session.timeline.clear()
            session.drop_rx = 1
            await wait_for(lambda: any(e == "keyframe-rx" for _, e in list(session.timeline)), 3, "keyframe")
            events = list(session.timeline)
            pli = next(t for t, e in events if e == "pli-tx")
            key = next(t for t, e in events if e == "keyframe-rx")
            print(f"PLI after drop {1000 * (pli - t0):.0f} ms, keyframe after PLI {1000 * (key - pli):.0f} ms")
            assert key - pli < 0.2

            # hold and unhold: video pauses and comes back with a keyframe within 1 s
            await agent.engine.hold(incoming.call_id)
            await asyncio.sleep(1.0)
            held_tx = session.stats().frames_tx
            await asyncio.sleep(0.5)
            assert session.stats().frames_tx - held_tx <= 1  # nothing sent while held
            session.timeline.clear()
            t_unhold = time.monotonic()
            await agent.engine.unhold(incoming.call_id)
            await wait_for(lambda: any(e == "keyframe-tx" for _, e in list(session.timeline)), 1.0,
                           "keyframe after unhold")
            await wait_for(lambda: any(e == "keyframe-rx" for _, e in list(session.timeline)), 1.0,
                           "keyframe from baresip after unhold")
            key_tx = next(t for t, e in session.timeline if e == "keyframe-tx") - t_unhold
            key_rx = next(t for t, e in session.timeline if e == "keyframe-rx") - t_unhold
            assert key_tx < 1.0 and key_rx < 1.0
            print(f"unhold: keyframe out after {key_tx * 1000:.0f} ms, keyframe in after {key_rx * 1000:.0f} ms")
            frames = session.stats().frames_rx
            await wait_for(lambda: session.stats().frames_rx > frames + 5, 2, "frames decoded after unhold")

            # video off and on again (re-INVITEs with a port-0 line, then ours)
            await agent.hooks.set_video(incoming.call_id, False)
            await agent.rec.wait(VideoChanged, 5, call_id=incoming.call_id, on=False)
            start = agent.rec.mark()
            await agent.hooks.set_video(incoming.call_id, True)
            await agent.rec.wait(VideoChanged, 5, start=start, call_id=incoming.call_id, on=True)
            session.timeline.clear()
            back = await wait_for(lambda: any(e == "keyframe-rx" for _, e in list(session.timeline)), 1.0,
                                  "video back after off/on")
            print(f"video on again: first keyframe in after {back * 1000:.0f} ms")
            rx, tx = await frames_over(session, 2.0)
            assert rx >= 20 and tx >= 20, (rx, tx)

            await agent.engine.hangup(incoming.call_id)
            await agent.rec.wait(CallEnded, 10, call_id=incoming.call_id)
            final = await agent.rec.wait(VideoChanged, 5, call_id=incoming.call_id, on=False,
                                         start=agent.rec.mark() - 3)
            assert final.frames_rx > 100
        finally:
            await agent.engine.shutdown()

    run(go())


def test_agent_calls_baresip_with_video_delayed_offer(kamailio: KamailioServer, baresip: Baresip) -> None:
    async def go() -> None:
        agent = await start_agent(kamailio)
        try:
            await agent.hooks.arm_video_call()
            call_id = await agent.engine.make_call(f"sip:1008@{kamailio.host}")
            baresip.wait_event("CALL_INCOMING", 10)
            baresip.answer()
            await agent.rec.wait(CallConfirmed, 10, call_id=call_id)
            await agent.rec.wait(VideoChanged, 5, call_id=call_id, on=True)
            session = agent.session(call_id)
            await wait_for(lambda: session.stats().frames_rx > 0, 5, "first decoded frame")
            rx, tx = await frames_over(session, 5.0)
            assert rx >= 60 and tx >= 60, (rx, tx, session.stats())
            await agent.engine.hangup(call_id)
            await agent.rec.wait(CallEnded, 10, call_id=call_id)
        finally:
            await agent.engine.shutdown()

    run(go())

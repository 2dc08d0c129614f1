"""The bridge on pjmedia's real clock thread: one Python thread state per clock thread, not one per frame.

pjsua2's frame callbacks enter Python from a C thread; without pinning, every callback built and freed a whole
thread state (softphone/audio/threadstate.py). A ``threading.local`` shows it: its values live in the thread
state, so a value set in one frame is still there in the next only if the state was kept.
"""

from __future__ import annotations

import threading

import pytest

from softphone.audio.bridge import SoundBridge
from softphone.core.events import CallConfirmed, CallEnded, CallIncoming, RegistrationChanged
from softphone.engine import PjsuaEngine
from tests.integration.engine_harness import Recorder, account, run_engine, wait_until
from tests.stack.kamailio import KamailioServer
from tests.stack.sipp import Sipp


class ProbeBridge(SoundBridge):
    """Counts clock-thread frames and how often the thread's Python state was new (no streams are opened:
    the microphone side sends silence, which is all the clock needs)."""

    def __init__(self) -> None:
        super().__init__()
        self.local = threading.local()
        self.frames = 0
        self.fresh_states = 0
        self.threads: set[int] = set()

    def near_end_frame(self, out: memoryview) -> bool:
        have = super().near_end_frame(out)
        self.frames += 1
        self.threads.add(threading.get_native_id())
        if not getattr(self.local, "seen", False):
            self.local.seen = True
            self.fresh_states += 1
        return have


@pytest.fixture(scope="module")
def kam(kamailio_module: KamailioServer) -> KamailioServer:
    return kamailio_module


def test_clock_thread_keeps_one_python_state_per_call(kam: KamailioServer) -> None:
    bridge = ProbeBridge()

    async def one_call(engine: PjsuaEngine, rec: Recorder, sipp: Sipp) -> None:
        mark = rec.mark()
        caller = sipp.uac(to="1004", duration_ms=1500)
        inc = await rec.wait(CallIncoming, timeout=10, start=mark)
        start = bridge.frames
        await engine.answer(inc.call_id)
        await rec.wait(CallConfirmed, call_id=inc.call_id, start=mark)

        async def frames() -> bool:
            return bridge.frames >= start + 40

        await wait_until(frames, 10, "40 clock frames")
        await rec.wait(CallEnded, call_id=inc.call_id, timeout=10, start=mark)
        caller.wait_ok(10)

    async def body(engine: PjsuaEngine, rec: Recorder) -> None:
        await engine.register(account(kam, "1004"), kam.users["1004"])
        await rec.wait(RegistrationChanged, state="registered")
        with Sipp(kam) as sipp:
            await one_call(engine, rec, sipp)
            assert bridge.frames >= 40
            assert len(bridge.threads) == 1
            assert bridge.fresh_states == 1, f"{bridge.fresh_states} thread states for {bridge.frames} frames"
            # the media clock stops between calls: the next call runs a new clock thread, pinned in turn,
            # and the exited thread's state is freed (one pinned state at a time)
            await one_call(engine, rec, sipp)
            assert len(bridge.threads) == 2
            assert bridge.fresh_states == 2, f"{bridge.fresh_states} thread states for {bridge.frames} frames"
            assert bridge._clock_pin.pinned == 1

    run_engine(body, bridge=bridge)

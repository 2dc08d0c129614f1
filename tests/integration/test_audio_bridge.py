"""The audio bridge against a real PulseAudio with virtual devices (tests/stack/pulse.py).

A test thread plays the pjmedia clock: every 20 ms (monotonic deadline loop) it hands the bridge a far-end
frame and takes a microphone frame, like the engine does.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import numpy as np
import pytest

from softphone.audio import devices as devmod
from softphone.audio.service import SoundService
from tests.stack.pulse import PulseServer, dominant_frequency, rms

FRAME = 320
RATE = 16000


class FakeClock:
    """Far end: a tone (or a chirp whose frequency tells the far-end time). Collects microphone frames."""

    def __init__(self, bridge: object, freq: float = 1000.0, chirp: float = 0.0, period: float = 0.0) -> None:
        """``chirp``: Hz per second; with ``period`` the sweep starts again every ``period`` seconds (a
        sawtooth), so the frequency heard tells the far-end time modulo the period."""
        self.bridge = bridge
        self.freq = freq
        self.chirp = chirp
        self.period = period
        self.n = 0
        self._phase = 0.0
        self.t0 = 0.0  # monotonic time the first frame was handed over
        self.mic: list[np.ndarray] = []
        self.stop_event = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def frame(self) -> np.ndarray:
        t = (self.n + np.arange(FRAME)) / RATE
        if self.period:
            t = np.mod(t, self.period)
        inst = self.freq + self.chirp * t
        phase = self._phase + 2 * np.pi * np.cumsum(inst) / RATE
        self._phase = float(phase[-1]) % (2 * np.pi)
        self.n += FRAME
        return (np.sin(phase) * 0.4 * 32767).astype(np.int16)

    def _run(self) -> None:
        out = bytearray(FRAME * 2)
        deadline = self.t0 = time.monotonic()
        while not self.stop_event.is_set():
            self.bridge.far_end_frame(memoryview(self.frame().tobytes()))  # type: ignore[attr-defined]
            if self.bridge.near_end_frame(memoryview(out)):  # type: ignore[attr-defined]
                self.mic.append(np.frombuffer(bytes(out), dtype=np.int16))
            deadline += 0.02
            delay = deadline - time.monotonic()
            if delay > 0:
                time.sleep(delay)

    def __enter__(self) -> FakeClock:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop_event.set()
        self.thread.join(5)


class MonitorRecorder:
    """Records sink monitors in this process, each 10 ms block stamped with the monotonic clock, so the
    recordings of several sinks share one time base (separate parec processes would start at unknown
    offsets). The monitors are opened with the same latency, so their capture delays cancel out in
    differences between sinks."""

    def __init__(self, *sinks: str) -> None:
        self.sinks = sinks
        self.blocks: dict[str, list[tuple[float, np.ndarray]]] = {s: [] for s in sinks}
        self._streams: list[object] = []

    def _callback(self, sink: str) -> object:
        blocks = self.blocks[sink]

        def cb(indata: np.ndarray, frames: int, _time: object, _status: object) -> None:
            blocks.append((time.monotonic(), indata[:, 0].copy()))

        return cb

    def __enter__(self) -> MonitorRecorder:
        for sink in self.sinks:
            self._streams.append(devmod.open_input_stream(f"pulse:{sink}.monitor", self._callback(sink),
                                                          samplerate=RATE, blocksize=160))
        return self

    def __exit__(self, *exc: object) -> None:
        for stream in self._streams:
            devmod.close_stream(stream)  # type: ignore[arg-type]
        self._streams.clear()

    def samples(self, sink: str, start: float = 0.0, end: float = float("inf")) -> np.ndarray:
        parts = [b for t, b in self.blocks[sink] if start <= t < end]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int16)

    def loud_times(self, sink: str, threshold: float = 1000.0) -> list[float]:
        return [t for t, b in self.blocks[sink] if rms(b) > threshold]


def settle(pulse: PulseServer, timeout: float = 5.0) -> None:
    """A freshly started server (or a freshly loaded null sink) stalls streams for up to ~2 s (the null sink's
    idle latency, DESIGN.md 8; reopening does not help). Wait until a probe stream on every sink runs."""
    for sink in pulse.sinks():
        count = [0]

        def cb(outdata: np.ndarray, frames: int, _t: object, _s: object, count: list[int] = count) -> None:
            outdata[:] = 0
            count[0] += 1

        stream = devmod.open_output_stream(f"pulse:{sink}", cb, samplerate=RATE, blocksize=160)
        try:
            deadline = time.monotonic() + timeout
            while count[0] < 20 and time.monotonic() < deadline:
                time.sleep(0.02)
        finally:
            devmod.close_stream(stream)
    for source in (s for s in pulse.sources() if not s.endswith(".monitor")):
        blocks = [0]

        def in_cb(indata: np.ndarray, frames: int, _t: object, _s: object, blocks: list[int] = blocks) -> None:
            blocks[0] += 1

        stream = devmod.open_input_stream(f"pulse:{source}", in_cb, samplerate=RATE, blocksize=160)
        try:
            deadline = time.monotonic() + timeout
            while blocks[0] < 20 and time.monotonic() < deadline:
                time.sleep(0.02)
        finally:
            devmod.close_stream(stream)


def wait_for(pred: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not pred():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


@pytest.fixture
def service(pulse_env: PulseServer) -> Iterator[SoundService]:
    settle(pulse_env)
    svc = SoundService(echo_cancel="off")
    try:
        yield svc
    finally:
        svc.close()


def _record_both(pulse: PulseServer, a: str, b: str, seconds: float) -> tuple[np.ndarray, np.ndarray]:
    results: dict[str, np.ndarray] = {}

    def rec(name: str) -> None:
        results[name] = pulse.record(name, seconds)

    threads = [threading.Thread(target=rec, args=(n,)) for n in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 10)
    return results[a], results[b]


def test_devices_are_listed_with_identities(service: SoundService) -> None:
    devices = {d.identity: d for d in service.devices()}
    assert devices["pulse:headset_out"].is_output
    assert devices["pulse:speaker_out"].description == "Test Speakers"
    assert devices["pulse:headset_mic"].is_input
    assert not any(i.endswith(".monitor") for i in devices)
    assert service.is_headset("pulse:headset_out")
    assert not service.is_headset("pulse:speaker_out")


def test_far_end_tone_reaches_the_chosen_sink_only(service: SoundService, pulse_env: PulseServer) -> None:
    service.select(output="pulse:speaker_out", input="pulse:headset_mic")
    service.start_call_audio()
    with FakeClock(service.bridge(), 1000.0):
        time.sleep(0.3)
        chosen, other = _record_both(pulse_env, "speaker_out", "headset_out", 1.0)
    assert abs(dominant_frequency(chosen) - 1000) < 20
    assert rms(chosen) > 3000
    assert rms(other) < 100
    assert service.bridge().output_device == "pulse:speaker_out"


def test_microphone_tone_comes_out_of_near_end_frame(service: SoundService, pulse_env: PulseServer) -> None:
    service.select(output="pulse:speaker_out", input="pulse:headset_mic")
    service.start_call_audio()
    with FakeClock(service.bridge(), 1000.0) as clock:
        pulse_env.play("headset_mic_feed", pulse_env.tone(600, 1.5))
    mic = np.concatenate(clock.mic[-40:])  # the last 0.8 s
    assert len(clock.mic) > 40
    heard = mic[np.abs(mic) > 0]
    assert abs(dominant_frequency(mic) - 600) < 20, dominant_frequency(mic)
    assert len(heard) > 0

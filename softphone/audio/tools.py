"""Tools for the agent: speaker test tone, microphone test (record a few seconds, play back), input level meter.

Each works on a device identity ("" = system default) and blocks for as long as the sound lasts; the UI calls
them from an executor, ``softphone devices`` directly. None of them touches the call's bridge, so they can
run while idle; during a call the bridge's own ``input_level_db()`` is the meter.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from typing import Any

import numpy as np

from softphone.audio import devices as devmod

RATE = 16000
BLOCK = 160  # 10 ms


def tone_samples(freq: float = 1000.0, seconds: float = 1.0, volume: float = 0.3) -> np.ndarray:
    """A sine with 10 ms fades (no clicks), int16 at 16 kHz."""
    n = int(seconds * RATE)
    t = np.arange(n) / RATE
    wave = np.sin(2 * np.pi * freq * t) * max(0.0, min(1.0, volume)) * 32767
    fade = min(n // 2, RATE // 100)
    if fade:
        ramp = np.linspace(0.0, 1.0, fade)
        wave[:fade] *= ramp
        wave[n - fade :] *= ramp[::-1]
    return wave.astype(np.int16)


def play(identity: str, samples: np.ndarray, rate: int = RATE, timeout: float | None = None) -> None:
    """Play ``samples`` once on ``identity`` and return when they have been handed to the device (plus its
    buffer). Raises sounddevice.PortAudioError / OSError when the device cannot be opened."""
    data = np.ascontiguousarray(samples, dtype=np.int16)
    pos = [0]
    done = threading.Event()

    def callback(outdata: np.ndarray, frames: int, _time: Any, _status: Any) -> None:
        p = pos[0]
        take = min(frames, data.shape[0] - p)
        outdata[:take, 0] = data[p : p + take]
        outdata[take:, 0] = 0
        pos[0] = p + take
        if take < frames:
            done.set()

    stream = devmod.open_output_stream(identity, callback, samplerate=rate, blocksize=rate // 100)
    try:
        # a stalled first open (DESIGN.md 8) can delay the start by up to ~2 s
        done.wait(timeout if timeout is not None else data.shape[0] / rate + 5.0)
        time.sleep(float(stream.latency))  # let the device play out its buffer before closing
    finally:
        devmod.close_stream(stream)


def play_test_tone(identity: str, seconds: float = 1.0, freq: float = 1000.0, volume: float = 0.3) -> None:
    play(identity, tone_samples(freq, seconds, volume))


def record(identity: str, seconds: float) -> np.ndarray:
    """``seconds`` of microphone audio from ``identity`` (int16, 16 kHz)."""
    want = int(seconds * RATE)
    buf = np.zeros(want, dtype=np.int16)
    pos = [0]
    done = threading.Event()

    def callback(indata: np.ndarray, frames: int, _time: Any, _status: Any) -> None:
        p = pos[0]
        take = min(frames, want - p)
        buf[p : p + take] = indata[:take, 0]
        pos[0] = p + take
        if pos[0] >= want:
            done.set()

    stream = devmod.open_input_stream(identity, callback, samplerate=RATE, blocksize=BLOCK)
    try:
        done.wait(seconds + 5.0)
    finally:
        devmod.close_stream(stream)
    recorded: np.ndarray = buf[: pos[0]].copy()
    return recorded


def level_db(samples: np.ndarray) -> float:
    """Peak level in dBFS (-96 for silence)."""
    if samples.size == 0:
        return -96.0
    peak = int(np.max(np.abs(samples.astype(np.int32))))
    return -96.0 if peak <= 0 else round(20 * math.log10(peak / 32768), 1)


def rms_db(samples: np.ndarray) -> float:
    if samples.size == 0:
        return -96.0
    x = samples.astype(np.float64)
    value = math.sqrt(float(np.mean(x * x)))
    return -96.0 if value < 1 else round(20 * math.log10(value / 32768), 1)


@dataclass(frozen=True)
class MicTestResult:
    seconds: float
    peak_db: float
    rms_db: float
    samples: np.ndarray

    @property
    def heard(self) -> bool:
        """Something louder than a dead or muted microphone's noise floor."""
        return self.peak_db > -50.0


def microphone_test(input_identity: str, output_identity: str | None, seconds: float = 3.0) -> MicTestResult:
    """Record ``seconds`` from the microphone, then play it back on ``output_identity`` (None = no playback)."""
    samples = record(input_identity, seconds)
    result = MicTestResult(len(samples) / RATE, level_db(samples), rms_db(samples), samples)
    if output_identity is not None and samples.size:
        play(output_identity, samples)
    return result


class LevelMeter:
    """Live input level while no call runs: ``level_db`` is the peak of the last 10 ms block, ``peak_db``
    the highest since the last ``reset_peak()``. Use as a context manager (opens the microphone)."""

    def __init__(self, identity: str) -> None:
        self.identity = identity
        self._peak = 0  # last block
        self._max = 0
        self.blocks = 0
        self._stream: Any = None
        self._scratch = np.zeros(4096, dtype=np.int32)

    def _callback(self, indata: np.ndarray, frames: int, _time: Any, _status: Any) -> None:
        if frames <= self._scratch.shape[0]:
            s = self._scratch[:frames]
            np.copyto(s, indata[:, 0])
            np.abs(s, out=s)
            peak = int(s.max())
            self._peak = peak
            if peak > self._max:
                self._max = peak
        self.blocks += 1

    def start(self) -> LevelMeter:
        self._stream = devmod.open_input_stream(self.identity, self._callback, samplerate=RATE, blocksize=BLOCK)
        return self

    def stop(self) -> None:
        stream, self._stream = self._stream, None
        devmod.close_stream(stream)

    def __enter__(self) -> LevelMeter:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @staticmethod
    def _db(peak: int) -> float:
        return -96.0 if peak <= 0 else round(20 * math.log10(peak / 32768), 1)

    @property
    def level_db(self) -> float:
        return self._db(self._peak)

    @property
    def peak_db(self) -> float:
        return self._db(self._max)

    def reset_peak(self) -> None:
        self._max = 0

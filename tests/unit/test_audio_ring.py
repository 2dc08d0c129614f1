"""The bridge's ring between two clocks: drift followed, jitter ignored, delay bounded, underruns counted (pure,
no devices; the ring runs on simulated time)."""

from __future__ import annotations

import numpy as np
import pytest

from softphone.audio.ring import SampleRing

FRAME = 320
BLOCK = 160
RATE = 16000
MARGIN = 128
BAND = 64


def _b(a: np.ndarray) -> memoryview:
    """The ring works on byte views of int16 samples."""
    return memoryview(a).cast("B")


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def _ring(direction: str, clock: Clock) -> SampleRing:
    """The bridge's rings (bridge.py): speaker side FRAME writes / BLOCK reads, microphone side the reverse."""
    target = FRAME + MARGIN - BLOCK // 2 if direction == "out" else FRAME + MARGIN + BLOCK // 2
    return SampleRing(4096, target=target, band=BAND, hard_max=target + FRAME + 960, prime=target + FRAME,
                      clock=clock)


def _run(ring: SampleRing, clock: Clock, seconds: float, producer_ppm: float, direction: str = "out",
         jitter: bool = False, seed: int = 1, phase: float = 0.0037) -> np.ndarray:
    """The producer writes its chunks every period * (1 - ppm), the consumer reads every period. With ``jitter``
    the pjmedia clock thread side is late by about 1 ms, 1 % of the time by up to 8 ms more (its measured
    p99 is about 5 ms), and 5 % of the device callbacks slip a whole block and come back to back with the
    next one (PulseAudio's bursts). Returns (time, fill seen) per read."""
    rng = np.random.default_rng(seed)
    if direction == "out":  # pjmedia frames in, device blocks out
        p_n, p_period, c_n, c_period, p_dev = FRAME, 0.02, BLOCK, 0.01, False
    else:
        p_n, p_period, c_n, c_period, p_dev = BLOCK, 0.01, FRAME, 0.02, True
    p_period *= 1 - producer_ppm / 1e6

    def times(count: int, period: float, device: bool, offset: float) -> np.ndarray:
        t = offset + np.arange(count) * period
        if jitter:
            if device:
                t = t + (rng.random(count) < 0.05) * period + rng.normal(0, 0.0005, count)
            else:
                t = t + rng.exponential(0.001, count) + (rng.random(count) < 0.01) * rng.uniform(0, 0.008, count)
        return np.maximum.accumulate(t)

    n_p, n_c = int(seconds / p_period), int(seconds / c_period)
    t_p, t_c = times(n_p, p_period, p_dev, 0.0), times(n_c, c_period, not p_dev, phase)
    counter = 0
    dst = np.zeros(c_n, dtype=np.int16)
    fills: list[tuple[float, int]] = []
    i = j = 0
    while i < n_p and j < n_c:
        if t_p[i] <= t_c[j]:
            clock.t = float(t_p[i])
            ring.write(_b((np.arange(counter, counter + p_n) % 30000).astype(np.int16)))
            counter += p_n
            i += 1
        else:
            clock.t = float(t_c[j])
            fills.append((clock.t, ring.fill()))
            ring.read(_b(dst))
            j += 1
    return np.array(fills)


def _mean_fill(fills: np.ndarray, start: float, end: float) -> float:
    sel = fills[(fills[:, 0] >= start) & (fills[:, 0] < end)]
    return float(sel[:, 1].mean())


@pytest.mark.parametrize("direction", ["out", "in"])
@pytest.mark.parametrize("ppm", [0.0, 300.0, -300.0, 2000.0, -2000.0])
def test_drift_is_followed_without_underruns_or_growing_delay(ppm: float, direction: str) -> None:
    clock = Clock()
    ring = _ring(direction, clock)
    fills = _run(ring, clock, 120.0, ppm, direction)
    assert ring.underruns == 0
    assert ring.overruns == 0
    early, late = _mean_fill(fills, 5, 15), _mean_fill(fills, 100, 120)
    # flat: the mean fill stays within 10 ms of where it started (3 ms at realistic drift), never grows on
    assert abs(late - early) < (160 if abs(ppm) > 1000 else 48), (early, late)
    assert fills[fills[:, 0] > 5][:, 1].max() < early + 320
    # what was corrected is the drift itself (120 s of it), in one direction only
    drift = ppm * 1e-6 * RATE * 120
    net = ring.dropped_samples - ring.repeated_samples
    assert abs(net - drift) <= 2 * BAND + BLOCK, (net, drift)
    if ppm > 0:
        assert ring.repeated_samples == 0
    elif ppm < 0:
        assert ring.dropped_samples == 0
    else:
        assert ring.dropped_samples == ring.repeated_samples == 0


@pytest.mark.parametrize("direction", ["out", "in"])
@pytest.mark.parametrize("phase", [0.0001, 0.0037, 0.0069, 0.0099])
def test_jitter_without_drift_is_left_alone(direction: str, phase: float) -> None:
    """Bursty device callbacks and a late clock thread, whatever the phase between the two clocks' chunks:
    nothing to correct (the mean fill controller this replaced dropped and repeated about 2000 samples here)."""
    clock = Clock()
    ring = _ring(direction, clock)
    fills = _run(ring, clock, 120.0, 0.0, direction, jitter=True, phase=phase)
    assert ring.underruns == 0
    assert ring.dropped_samples + ring.repeated_samples <= 100, (ring.dropped_samples, ring.repeated_samples)
    assert abs(_mean_fill(fills, 100, 120) - _mean_fill(fills, 5, 15)) < 48


@pytest.mark.parametrize("ppm", [300.0, -300.0])
def test_jitter_with_drift_follows_only_the_drift(ppm: float) -> None:
    clock = Clock()
    ring = _ring("out", clock)
    _run(ring, clock, 120.0, ppm, "out", jitter=True)
    drift = ppm * 1e-6 * RATE * 120
    assert ring.underruns == 0
    assert abs(ring.dropped_samples - ring.repeated_samples - drift) <= 2 * BAND + BLOCK
    # no hunting: the other direction stays near zero
    assert min(ring.dropped_samples, ring.repeated_samples) <= 100, (ring.dropped_samples, ring.repeated_samples)


def test_corrections_are_spread_one_sample_at_a_time() -> None:
    """Even at 2000 ppm: one sample per 20 ms of audio at the most (0.3 % speed change)."""
    clock = Clock()
    ring = _ring("out", clock)
    dst = np.zeros(BLOCK, dtype=np.int16)
    frame = np.zeros(FRAME, dtype=np.int16)
    t_p, t_c = 0.0, 0.0037
    last_fixed_at = -1.0
    fixed = 0
    while t_c < 60.0:
        if t_p <= t_c:
            clock.t = t_p
            ring.write(_b(frame))
            t_p += 0.02 * (1 - 2000e-6)
        else:
            clock.t = t_c
            before = ring.dropped_samples + ring.repeated_samples
            ring.read(_b(dst))
            step = ring.dropped_samples + ring.repeated_samples - before
            assert step <= 1
            if step:
                assert last_fixed_at < 0 or t_c - last_fixed_at >= 0.0199
                last_fixed_at = t_c
                fixed += 1
            t_c += 0.01
    assert fixed > 1000  # it did follow the drift (32 samples/s)


def test_settle_restarts_the_measurement() -> None:
    """After a device change the ring is not judged at once; an excess still there after the hold-off is
    start-up, cut at once rather than warped away."""
    clock = Clock()
    ring = _ring("out", clock)
    _run(ring, clock, 10.0, 0.0)
    assert ring.corrections == 0
    trimmed = ring.trimmed_samples
    # the new device's first blocks came late: the ring now holds 20 ms more than its target
    ring.write(_b(np.zeros(FRAME, dtype=np.int16)))
    ring.settle()
    dst = np.zeros(BLOCK, dtype=np.int16)
    frame = np.zeros(FRAME, dtype=np.int16)
    t0 = clock.t
    t_p, t_c = t0 + 0.02, t0 + 0.01
    cut_at = 0.0
    while t_c < t0 + 15.0:
        if t_p <= t_c:
            clock.t = t_p
            ring.write(_b(frame))
            t_p += 0.02
        else:
            clock.t = t_c
            ring.read(_b(dst))
            if ring.trimmed_samples > trimmed and not cut_at:
                cut_at = t_c - t0
            t_c += 0.01
    assert 1.0 + 0.5 - 0.05 < cut_at < 1.0 + 0.5 + 0.1  # the hold-off, then one window's measurement
    # the extra frame, give or take the level change of restarting the producer at another phase here
    assert FRAME - BAND <= ring.trimmed_samples - trimmed <= FRAME + BLOCK
    assert ring.dropped_samples == ring.repeated_samples == ring.underruns == 0


def test_priming_trims_to_the_target_and_underrun_reprimes() -> None:
    clock = Clock()
    clock.t = 100.0
    ring = _ring("out", clock)
    dst = np.zeros(BLOCK, dtype=np.int16)
    ring.write(_b(np.arange(FRAME, dtype=np.int16)))
    assert not ring.read(_b(dst))  # priming: silence, not counted
    ring.write(_b(np.arange(FRAME, 2 * FRAME, dtype=np.int16)))
    ring.write(_b(np.arange(2 * FRAME, 3 * FRAME, dtype=np.int16)))  # 960 >= prime, the newest chunk just in
    assert ring.read(_b(dst))
    # the level (fill minus the chunk that just landed) was trimmed to the target; the oldest audio went
    assert ring.trimmed_samples == 3 * FRAME - FRAME - ring.target
    assert dst[0] == ring.trimmed_samples and (np.diff(dst) == 1).all()
    while ring.fill() >= BLOCK:
        assert ring.read(_b(dst))
    assert ring.underruns == 0
    ring.read(_b(dst))  # too little left
    assert ring.underruns == 1
    assert not ring.read(_b(dst))  # priming again: silence, not counted
    assert ring.underruns == 1
    assert not dst.any()


def test_full_ring_counts_overrun_and_keeps_old_audio() -> None:
    ring = SampleRing(4096, target=160, band=80, hard_max=1000)
    frame = np.ones(FRAME, dtype=np.int16)
    written = 0
    while ring.write(_b(frame)):
        written += 1
    assert ring.overruns == 1
    assert ring.fill() == written * FRAME <= ring.capacity


def test_stall_backlog_is_cut_to_target() -> None:
    clock = Clock()
    ring = _ring("out", clock)
    _run(ring, clock, 2.0, 0.0)
    trimmed = ring.trimmed_samples
    clock.t += 0.005
    ring.write(_b(np.arange(3000, dtype=np.int16)))  # a device stall piled up 190 ms
    backlog = ring.fill()
    dst = np.zeros(BLOCK, dtype=np.int16)
    ring.read(_b(dst))
    assert ring.fill() == ring.target - BLOCK
    assert ring.trimmed_samples - trimmed == backlog - ring.target
    assert ring.dropped_samples == ring.repeated_samples == 0  # not drift: counted apart
    # what is played is the newest audio, in order
    assert dst[0] == 3000 - ring.target
    assert (np.diff(dst) == 1).all()

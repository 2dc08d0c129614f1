"""The bridge's ring between two clocks: drift absorbed, delay bounded, underruns counted (pure, no devices)."""

from __future__ import annotations

import numpy as np
import pytest

from softphone.audio.ring import SampleRing

FRAME = 320
BLOCK = 160


def _b(a: np.ndarray) -> memoryview:
    """The ring works on byte views of int16 samples."""
    return memoryview(a).cast("B")


def _ring() -> SampleRing:
    return SampleRing(4096, target=528, band=48, hard_max=528 + 960, prime=528)


def _run(ring: SampleRing, seconds: float, producer_ppm: float) -> list[int]:
    """Producer writes 320-sample frames every 20 ms * (1 - ppm); consumer reads 160 every 10 ms.
    Returns the fill seen at each read."""
    period_p = 0.02 * (1 - producer_ppm / 1e6)
    t_p, t_c = 0.0, 0.005
    counter = 0
    fills: list[int] = []
    dst = np.zeros(BLOCK, dtype=np.int16)
    while t_c < seconds:
        if t_p <= t_c:
            frame = (np.arange(counter, counter + FRAME) % 30000).astype(np.int16)
            counter += FRAME
            ring.write(_b(frame))
            t_p += period_p
        else:
            fills.append(ring.fill())
            ring.read(_b(dst))
            t_c += 0.01
    return fills


@pytest.mark.parametrize("ppm", [0.0, 300.0, -300.0, 2000.0, -2000.0])
def test_drift_is_absorbed_without_underruns_or_growing_delay(ppm: float) -> None:
    ring = _ring()
    fills = _run(ring, 120.0, ppm)
    assert ring.underruns == 0
    assert ring.overruns == 0
    early = np.mean(fills[1000:1500])
    late = np.mean(fills[-500:])
    # flat: the fill (delay) stays within 7 ms of the target, at the start as at the end
    assert abs(early - ring.target) < 112 and abs(late - ring.target) < 112, (early, late)
    assert max(fills[1000:]) < 3 * FRAME
    if ppm > 0:
        assert ring.dropped_samples > 0
    if ppm < 0:
        assert ring.repeated_samples > 0


def test_late_producer_counts_underrun_and_reprimes() -> None:
    ring = _ring()
    dst = np.zeros(BLOCK, dtype=np.int16)
    ring.write(_b(np.ones(FRAME * 2, dtype=np.int16)))  # 640 >= prime
    for _ in range(4):
        assert ring.read(_b(dst))
    assert ring.underruns == 0
    ring.read(_b(dst))  # nothing left
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
    ring = _ring()
    ring.write(_b(np.arange(3000, dtype=np.int16)))  # a device stall piled up 190 ms
    dst = np.zeros(BLOCK, dtype=np.int16)
    ring.read(_b(dst))
    assert ring.fill() == ring.target - BLOCK
    assert ring.dropped_samples == 3000 - ring.target
    # what is played is the newest audio, in order
    assert dst[0] == 3000 - ring.target
    assert (np.diff(dst) == 1).all()

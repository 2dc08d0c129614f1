"""Echo canceller: ERLE on a synthetic looped-back far end (room impulse response + delay), no devices."""

from __future__ import annotations

import numpy as np
import pytest

from softphone.audio.echo import EchoCanceller, echo_canceller_available

pytestmark = pytest.mark.skipif(not echo_canceller_available(), reason="aec-audio-processing not installed")
RATE = 16000


def _erle(noise_suppression: bool, delay_ms: int) -> float:
    rng = np.random.default_rng(7)
    n = RATE * 10
    far = np.convolve(rng.standard_normal(n), np.ones(4) / 4, mode="same")
    far *= (0.5 + 0.5 * np.abs(np.sin(2 * np.pi * 1.3 * np.arange(n) / RATE))) * 6000  # speech-like bursts
    taps = int(0.05 * RATE)
    rir = rng.standard_normal(taps) * np.exp(-np.arange(taps) / (0.008 * RATE))
    rir /= np.sqrt((rir**2).sum())
    rir[0] += 1.0
    echo = np.concatenate([np.zeros(delay_ms * RATE // 1000), np.convolve(far, rir)[:n] * 0.4])[:n]
    mic = np.clip(echo + rng.standard_normal(n) * 20, -32768, 32767).astype(np.int16)
    far16 = np.clip(far, -32768, 32767).astype(np.int16)
    aec = EchoCanceller(noise_suppression=noise_suppression, delay_ms=60)
    out = mic.copy()
    for i in range(0, n, 320):  # the bridge's 20 ms frames
        aec.far_end(memoryview(far16[i : i + 320]).cast("B"))
        aec.near_end(memoryview(out[i : i + 320]).cast("B"))
    tail = slice(5 * RATE, n)  # after convergence

    def power(x: np.ndarray) -> float:
        return float(np.mean(x[tail].astype(np.float64) ** 2))

    return 10 * np.log10(power(mic) / max(power(out), 1e-9))


@pytest.mark.parametrize("delay_ms", [40, 120])
def test_echo_is_reduced_by_at_least_20_db(delay_ms: int) -> None:
    erle = _erle(noise_suppression=True, delay_ms=delay_ms)
    print(f"ERLE {erle:.1f} dB (delay {delay_ms} ms)")
    assert erle >= 20.0

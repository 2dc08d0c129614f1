"""Signal tools for the benchmarks: u-law, resampling, delay by cross-correlation, gaps, PESQ, /proc sampling."""

from __future__ import annotations

import os
import struct
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

CLK_TCK = os.sysconf("SC_CLK_TCK")


# ---- u-law (G.711) ---------------------------------------------------------------------------------
def ulaw_decode(data: bytes) -> np.ndarray:
    u = ~np.frombuffer(data, dtype=np.uint8).astype(np.int32) & 0xFF
    sign = u & 0x80
    exponent = (u >> 4) & 0x07
    mantissa = u & 0x0F
    magnitude = (((mantissa << 3) + 0x84) << exponent) - 0x84
    out: np.ndarray = np.where(sign != 0, -magnitude, magnitude).astype(np.int16)
    return out


def read_ulaw_wav(path: Path) -> bytes:
    """The raw u-law bytes of a WAV (format 7) as sox writes it."""
    raw = Path(path).read_bytes()
    pos = 12
    while pos + 8 <= len(raw):
        cid, size = raw[pos:pos + 4], struct.unpack("<I", raw[pos + 4:pos + 8])[0]
        if cid == b"fmt ":
            fmt = struct.unpack("<H", raw[pos + 8:pos + 10])[0]
            if fmt != 7:
                raise ValueError(f"{path}: not a u-law WAV (format {fmt})")
        if cid == b"data":
            return raw[pos + 8:pos + 8 + size]
        pos += 8 + size + (size & 1)
    raise ValueError(f"{path}: no data chunk")


def resample(x: np.ndarray, src: int, dst: int) -> np.ndarray:
    """FFT resampling (band-limited); enough for 8 <-> 16 kHz speech."""
    x = np.asarray(x, dtype=np.float64)
    n_out = int(round(len(x) * dst / src))
    spec = np.fft.rfft(x)
    keep = n_out // 2 + 1
    if keep <= len(spec):
        spec = spec[:keep]
    else:
        spec = np.concatenate([spec, np.zeros(keep - len(spec), dtype=complex)])
    out: np.ndarray = np.fft.irfft(spec, n_out) * (n_out / len(x))
    return out


# ---- delay and correlation ---------------------------------------------------------------------------
def xcorr_lag(recording: np.ndarray, reference: np.ndarray) -> tuple[int, float]:
    """Lag (samples) where `reference` best matches inside `recording`, and the normalised peak (0..1)."""
    rec = np.asarray(recording, dtype=np.float64)
    ref = np.asarray(reference, dtype=np.float64)
    if len(rec) < len(ref) or not ref.any() or not rec.any():
        return 0, 0.0
    n = 1 << int(np.ceil(np.log2(len(rec) + len(ref))))
    corr = np.fft.irfft(np.fft.rfft(rec, n) * np.conj(np.fft.rfft(ref, n)), n)[: len(rec) - len(ref) + 1]
    lag = int(np.argmax(corr))
    window = rec[lag:lag + len(ref)]
    norm = float(np.sqrt(np.sum(ref * ref) * np.sum(window * window))) or 1.0
    return lag, float(corr[lag] / norm)


def noise_bursts(rate: int, seconds: float, starts: list[float], burst: float, seed: int) -> np.ndarray:
    """Band-limited noise bursts (300-3400 Hz, survives G.711) at the given start times."""
    rng = np.random.default_rng(seed)
    out = np.zeros(int(seconds * rate))
    n = int(burst * rate)
    for start in starts:
        noise = rng.standard_normal(n)
        spec = np.fft.rfft(noise)
        freqs = np.fft.rfftfreq(n, 1 / rate)
        spec[(freqs < 300) | (freqs > 3400)] = 0
        band = np.fft.irfft(spec, n)
        band *= np.hanning(n) ** 0.25
        i = int(start * rate)
        out[i:i + n] = band / (np.max(np.abs(band)) or 1.0) * 0.5
    result: np.ndarray = (out * 32767).astype(np.int16)
    return result


@dataclass
class Gaps:
    count: int
    missing_ms: float
    analysed_s: float


def tone_gaps(samples: np.ndarray, rate: int, frame_ms: float = 5.0, floor: float = 0.3) -> Gaps:
    """Dropouts in what should be a continuous tone: runs of frames whose RMS falls below `floor` x median,
    between the first and last loud frame."""
    x = np.asarray(samples, dtype=np.float64)
    n = int(rate * frame_ms / 1000)
    frames = len(x) // n
    if frames < 10:
        return Gaps(0, 0.0, 0.0)
    energy = np.sqrt(np.mean(x[: frames * n].reshape(frames, n) ** 2, axis=1))
    loud = energy > 0.1 * (np.max(energy) or 1.0)
    if not loud.any():
        return Gaps(0, 0.0, 0.0)
    first, last = int(np.argmax(loud)), int(len(loud) - 1 - np.argmax(loud[::-1]))
    body = energy[first:last + 1]
    low = body < floor * float(np.median(body))
    runs = int(np.sum(low[1:] & ~low[:-1]) + (1 if low[0] else 0))
    return Gaps(runs, float(np.sum(low) * frame_ms), len(body) * frame_ms / 1000)


def pesq_score(reference_8k: np.ndarray, degraded_8k: np.ndarray) -> float:
    from pesq import pesq  # the `bench` extra

    return float(pesq(8000, np.asarray(reference_8k, dtype=np.float32) / 32768.0,
                      np.asarray(degraded_8k, dtype=np.float32) / 32768.0, "nb"))


# ---- /proc ------------------------------------------------------------------------------------------
def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime, stime (fields 14, 15)


def status_kb(pid: int, key: str) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


@dataclass
class Window:
    seconds: float
    cpu_s: float
    rss_mb: list[float] = field(default_factory=list)
    hwm_mb: float = 0.0

    @property
    def cpu_per_min(self) -> float:
        return self.cpu_s / self.seconds * 60 if self.seconds else 0.0

    @property
    def rss_steady(self) -> float:
        return float(np.median(self.rss_mb)) if self.rss_mb else 0.0

    @property
    def rss_peak(self) -> float:
        return max([self.hwm_mb, *self.rss_mb])


def sample(pid: int, seconds: float, stop: threading.Event | None = None, every: float = 0.5) -> Window:
    """CPU time used by `pid` over `seconds` of wall time, and its RSS sampled every `every` s."""
    t0, c0 = time.monotonic(), cpu_seconds(pid)
    rss: list[float] = []
    end = t0 + seconds
    while True:
        rss.append(status_kb(pid, "VmRSS") / 1024)
        now = time.monotonic()
        if now >= end or (stop is not None and stop.is_set()):
            break
        time.sleep(min(every, end - now))
    t1, c1 = time.monotonic(), cpu_seconds(pid)
    return Window(t1 - t0, c1 - c0, rss, status_kb(pid, "VmHWM") / 1024)

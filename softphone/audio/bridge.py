"""The bridge between the pjmedia clock (engine, 20 ms frames) and the sound card (PortAudio streams).

Two single-producer/single-consumer rings, one per direction:
  far end  -> far_end_frame (pjmedia clock thread, producer) -> ring -> output callback (PortAudio, consumer)
  mic      -> input callback (PortAudio, producer) -> ring -> near_end_frame (pjmedia clock thread, consumer)
Each consumer absorbs the drift between the two clocks (see ring.py), so delay stays flat, and ignores the
jitter of either side (both deliver in bursts), so speech is not warped back and forth.

Streams run at 16 kHz, the bridge's own rate, with 10 ms blocks (160 samples): the sound server (or the
host API) resamples to the device, which costs nothing here and keeps the callbacks copy-only. 10 ms rather
than 20 ms halves the delay the device buffer adds (20 ms blocks doubled PortAudio's device latency to 40 ms
each way and made the round trip 60 ms longer, for 0.3 CPU s/min less); PortAudio/PulseAudio handled 10 ms
with no xruns here. The streams are raw (plain buffers, not numpy arrays) and the rings copy memoryview
slices: in-call CPU of the two device threads fell from about 0.8 to 0.3 CPU s/min each.

The streams can be closed and reopened on another device at any time (switching, hot-plug) while the rings
keep their contents: the call never notices. Per-frame work allocates nothing but small memoryviews.

The clock thread's Python thread state is pinned at its first frame (threadstate.py): pjsua2's directors
otherwise built and freed one per frame, a third of that thread's CPU together with pjmedia's large resampler
filter (the engine now asks for the small one).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from threading import get_native_id
from typing import Any

import numpy as np

from softphone.audio import devices as devmod
from softphone.audio.echo import EchoCanceller
from softphone.audio.ring import SampleRing
from softphone.audio.threadstate import ThreadStatePin

log = logging.getLogger(__name__)

CLOCK_RATE = 16000
FRAME = 320  # 20 ms at 16 kHz: what pjmedia hands us
FRAME_BYTES = FRAME * 2
BLOCK = 160  # 10 ms PortAudio blocks


class SoundBridge:
    """Implements core.ports.MediaBridge, plus stream control for the AudioService."""

    clock_rate: int = CLOCK_RATE
    samples_per_frame: int = FRAME

    def __init__(self, *, block: int = BLOCK, margin_ms: float = 8.0, band_ms: float = 4.0,
                 max_extra_ms: float = 60.0, latency: float | str = "low", stall_ms: float | None = None) -> None:
        """``margin_ms``: audio kept in reserve against the jitter of either clock (the pjmedia clock thread's
        p99 lateness was about 5 ms here); ``band_ms``: how far the level may wander before the drift control
        acts (see ring.py)."""
        margin = int(CLOCK_RATE * margin_ms / 1000)
        band = int(CLOCK_RATE * band_ms / 1000)
        extra = int(CLOCK_RATE * max_extra_ms / 1000)
        self.block = block
        self._latency = latency
        # Targets are levels at read time (ring.py: the fill with the producer's newest chunk counted as if it
        # trickled in). The time-averaged fill, the delay the ring adds, is the level plus half the difference
        # between the producer's chunk and the read: level + (FRAME - block) / 2 on the speaker side (FRAME
        # writes, block reads), level - (FRAME - block) / 2 on the microphone side (block writes, FRAME reads).
        # Both targets put that delay at FRAME + block / 2 + margin (28 ms at the defaults), where the old
        # mean-fill control sat on average: just before a chunk is due, a read still leaves a device block
        # plus the margin, give or take half a block.
        out_target = FRAME + margin - block // 2
        in_target = FRAME + margin + block // 2
        self.out_ring = SampleRing(4096, target=out_target, band=band, hard_max=out_target + FRAME + extra,
                                   prime=out_target + FRAME, rate=CLOCK_RATE)
        self.in_ring = SampleRing(4096, target=in_target, band=band, hard_max=in_target + FRAME + extra,
                                  prime=in_target + FRAME, rate=CLOCK_RATE)
        self._out_stream: Any = None
        self._in_stream: Any = None
        self.output_device = ""  # identity the output stream is open on ("" = default)
        self.input_device = ""
        self._stream_lock = threading.Lock()  # serializes open/close (never taken by the callbacks)
        self._aec: EchoCanceller | None = None
        self._last_input = 0.0  # monotonic time of the last input block (0: none yet)
        # A healthy input is at most ~25 ms late here (p99.9 13-23 ms on a loaded 2-core machine); the gaps that
        # emptied the microphone ring were 40-90 ms and an independent client of the same server (pacat) saw
        # the same gap at the same instant: the sound server stalled. An input silent for longer than the
        # ring's reserve is such a stall, counted as ``input_stalls`` (a device fault, like PortAudio's
        # xruns), not as a bridge underrun (the ring's own fault: too little reserve for healthy jitter).
        self._stall_s = (stall_ms if stall_ms is not None else max(40.0, 1000 * in_target / CLOCK_RATE)) / 1000
        self.input_stalls = 0  # microphone frames the sound server failed to deliver (not bridge underruns)
        self.device_underflows = 0  # PortAudio-reported xruns
        self.device_overflows = 0
        self.far_frames = 0
        self.near_frames = 0
        self.out_callbacks = 0  # device blocks served: shows whether a stream really runs (a stalled first
        self.in_callbacks = 0  # open on an idle sink stays "active" while delivering nothing, DESIGN.md 8)
        self.last_switch_ms = 0.0
        self._clock_pin = ThreadStatePin()  # the pjmedia clock thread's Python state, kept across frames

    # --- MediaBridge (pjmedia clock thread) ------------------------------------------------------------
    def far_end_frame(self, pcm: memoryview) -> None:
        if get_native_id() != self._clock_pin.last_native:
            self._clock_pin.pin()  # a new clock thread (each call's media clock starts one)
        if pcm.nbytes != FRAME_BYTES:
            return  # the first frames of a call can be empty (DESIGN.md 8)
        aec = self._aec
        if aec is not None:
            aec.far_end(pcm)
        self.out_ring.write(pcm)
        self.far_frames += 1

    def near_end_frame(self, out: memoryview) -> bool:
        if get_native_id() != self._clock_pin.last_native:
            self._clock_pin.pin()
        if out.nbytes != FRAME_BYTES:
            return False
        ring = self.in_ring
        if ring._written - ring._read < FRAME and ring._primed and self._input_stalled():
            # The sound server delivered nothing for several blocks (DESIGN.md 8: every client of the server
            # sees the same gap, so it is the device, not the bridge): say so, send silence, and prime again.
            ring.stall()
            self.input_stalls += 1
        ok = ring.read(out)
        if ok:
            aec = self._aec
            if aec is not None:
                aec.near_end(out)
            self.near_frames += 1
        return ok

    def _input_stalled(self) -> bool:
        last = self._last_input
        return last > 0.0 and time.monotonic() - last > self._stall_s

    # --- PortAudio callbacks (raw int16 buffers) ----------------------------------------------------------
    def _output_callback(self, outdata: Any, frames: int, _time: Any, status: Any) -> None:
        if status.output_underflow:
            self.device_underflows += 1
        self.out_ring.read(memoryview(outdata))
        self.out_callbacks += 1

    def _input_callback(self, indata: Any, frames: int, _time: Any, status: Any) -> None:
        if status.input_overflow:
            self.device_overflows += 1
        self._last_input = time.monotonic()
        self.in_ring.write(memoryview(indata))
        self.in_callbacks += 1

    # --- level meters (any thread; computed when asked, not per block) ------------------------------------
    @property
    def input_peak(self) -> int:
        return _peak(self.in_ring.last_written(self.block)) if self._in_stream is not None else 0

    @property
    def output_peak(self) -> int:
        return _peak(self.out_ring.last_written(self.block)) if self._out_stream is not None else 0

    # --- stream control (AudioService thread) ------------------------------------------------------------
    def open_output(self, identity: str) -> float:
        """(Re)open the output stream on ``identity`` ("" = default); returns the time it took in ms.
        The ring keeps its contents, so a switch mid-call loses nothing but the old device's buffer."""
        with self._stream_lock:
            t0 = time.monotonic()
            old, self._out_stream = self._out_stream, None
            devmod.close_stream(old)
            self._out_stream = devmod.open_output_stream(identity, self._output_callback, samplerate=CLOCK_RATE,
                                                         blocksize=self.block, latency=self._latency, raw=True)
            self.output_device = identity
            self.out_ring.settle()  # a new stream pulls its first blocks in a burst: that is no drift
            self.last_switch_ms = (time.monotonic() - t0) * 1000
            return self.last_switch_ms

    def open_input(self, identity: str) -> float:
        with self._stream_lock:
            t0 = time.monotonic()
            old, self._in_stream = self._in_stream, None
            devmod.close_stream(old)
            self._in_stream = devmod.open_input_stream(identity, self._input_callback, samplerate=CLOCK_RATE,
                                                       blocksize=self.block, latency=self._latency, raw=True)
            self.input_device = identity
            self.in_ring.settle()
            return (time.monotonic() - t0) * 1000

    def close_streams(self) -> None:
        with self._stream_lock:
            out, self._out_stream = self._out_stream, None
            inp, self._in_stream = self._in_stream, None
        devmod.close_stream(out)
        devmod.close_stream(inp)
        self.output_device = self.input_device = ""
        self._last_input = 0.0

    @property
    def running(self) -> bool:
        return self._out_stream is not None or self._in_stream is not None

    def streams_alive(self) -> tuple[bool, bool]:
        out, inp = self._out_stream, self._in_stream
        return (out is not None and bool(out.active), inp is not None and bool(inp.active))

    def reset(self) -> None:
        """At call start: forget audio left from an earlier call (called before the engine connects us)."""
        self.out_ring.reset()
        self.in_ring.reset()

    def set_echo_canceller(self, aec: EchoCanceller | None) -> None:
        if aec is not None:
            aec.set_delay_hint(self.delay_ms()["total"])
        self._aec = aec  # a reference swap: the clock thread picks it up at its next frame

    @property
    def echo_cancelling(self) -> bool:
        return self._aec is not None

    # --- figures -------------------------------------------------------------------------------------------
    @property
    def underruns(self) -> int:
        return self.out_ring.underruns + self.in_ring.underruns

    @property
    def overruns(self) -> int:
        return self.out_ring.overruns + self.in_ring.overruns

    def delay_ms(self) -> dict[str, float]:
        """Delay through the bridge, per direction: ring (time-averaged over the last 0.5 s measured) + device
        buffer."""
        out, inp = self._out_stream, self._in_stream
        out_dev = float(out.latency) * 1000 if out is not None else 0.0
        in_dev = float(inp.latency) * 1000 if inp is not None else 0.0
        # time-averaged fill = level + (producer chunk - read) / 2 (see __init__)
        half = (FRAME - self.block) / 2
        out_ring = max(0.0, self.out_ring.level + half) * 1000 / CLOCK_RATE
        in_ring = max(0.0, self.in_ring.level - half) * 1000 / CLOCK_RATE
        return {
            "out_ring": round(out_ring, 1),
            "out_device": round(out_dev, 1),
            "in_ring": round(in_ring, 1),
            "in_device": round(in_dev, 1),
            "total": round(out_ring + out_dev + in_ring + in_dev, 1),
        }

    def input_level_db(self) -> float:
        peak = self.input_peak
        return -96.0 if peak <= 0 else round(20 * math.log10(peak / 32768), 1)

    def counters(self) -> dict[str, object]:
        return {
            "underruns": self.underruns,
            "overruns": self.overruns,
            "out_underruns": self.out_ring.underruns,
            "in_underruns": self.in_ring.underruns,
            "out_overruns": self.out_ring.overruns,
            "in_overruns": self.in_ring.overruns,
            # drift control: samples dropped/repeated to follow the clocks' drift (a few per second at most)
            "dropped_samples": self.out_ring.dropped_samples + self.in_ring.dropped_samples,
            "repeated_samples": self.out_ring.repeated_samples + self.in_ring.repeated_samples,
            "out_dropped_samples": self.out_ring.dropped_samples,
            "out_repeated_samples": self.out_ring.repeated_samples,
            "in_dropped_samples": self.in_ring.dropped_samples,
            "in_repeated_samples": self.in_ring.repeated_samples,
            "drift_corrections": self.out_ring.corrections + self.in_ring.corrections,
            # audio cut at once: a stall's backlog, the excess over the priming level at (re)start
            "trimmed_samples": self.out_ring.trimmed_samples + self.in_ring.trimmed_samples,
            # the fill left after the worst read of the last 0.5 s: the slack against jitter
            "reserve_ms": {"out": round(self.out_ring.reserve * 1000 / CLOCK_RATE, 1),
                           "in": round(self.in_ring.reserve * 1000 / CLOCK_RATE, 1)},
            "device_underflows": self.device_underflows,
            "device_overflows": self.device_overflows,
            "input_stalls": self.input_stalls,
            "delay_ms": self.delay_ms(),
            "echo_cancel": self.echo_cancelling,
            "output_device": self.output_device,
            "input_device": self.input_device,
        }


def _peak(pcm: bytes) -> int:
    if not pcm:
        return 0
    return int(np.abs(np.frombuffer(pcm, dtype=np.int16).astype(np.int32)).max())

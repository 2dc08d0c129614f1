"""A bounded single-producer/single-consumer ring of int16 samples between two clocks.

One thread writes (e.g. the pjmedia clock), another reads (e.g. PortAudio's callback). No locks: each side
owns one counter (``_written`` for the producer, ``_read`` for the consumer) and publishes it only after its
copy is done; CPython makes the int store atomic, so the other side sees a consistent count.

Drift between the two clocks is absorbed on the consumer side: it averages the fill seen at each read over a
window (about 0.5 s) and, when that mean leaves the target band, drops or repeats a sample per read (at most
about 0.6 % speed change: inaudible for speech, far more than any real clock drift) until it is back. The mean,
unlike the minimum, does not jump when the two clocks' phases slide past each other (producer and consumer
chunks differ: 20 ms vs 10 ms). A large excess (a device stall that piled up audio) is cut back to the target
at once, so latency never grows.

The ring works on bytes (``memoryview`` slices of a ``bytearray``, little-endian int16 samples as pjmedia and
PortAudio hand them over): for 10-20 ms chunks a memoryview slice copy costs a fraction of a numpy one and
allocates nothing, and these copies run hundreds of times a second with the GIL held.
"""

from __future__ import annotations


class SampleRing:
    def __init__(
        self,
        capacity: int,
        *,
        target: int,
        band: int,
        hard_max: int,
        prime: int = 0,
        window_reads: int = 50,
    ) -> None:
        """``target``: wanted mean fill (samples) seen at read time; ``band``: +/- tolerance of the window mean
        before the drift control acts; ``hard_max``: fill at read time beyond which the excess over the target
        is dropped at once; ``window_reads``: reads
        per drift-evaluation window; ``prime``: fill needed before the first read (and after an underrun),
        at least target + one read; give it room for the producer's chunk so start-up does not underrun."""
        if capacity < hard_max + 2048:
            capacity = hard_max + 2048
        self.capacity = capacity
        self._buf = bytearray(capacity * 2)
        self._mv = memoryview(self._buf)
        self._written = 0  # producer-owned
        self._read = 0  # consumer-owned
        self.target = target
        self.band = band
        self.hard_max = hard_max
        self.prime = prime
        self._window_reads = window_reads
        # consumer-owned state
        self._primed = False
        self._window_count = 0
        self._adjust = 0  # >0 drop that many samples per read, <0 repeat, 0 none
        self._fill_acc = 0
        self._fill_n = 0
        # counters (each written by one side only)
        self.overruns = 0  # producer: a write that did not fit (frame dropped)
        self.underruns = 0  # consumer: a read that found too little after priming
        self.dropped_samples = 0  # consumer: drift control / stall trimming
        self.repeated_samples = 0
        self.mean_fill = 0.0  # consumer: mean fill (samples) at read time over the last window

    # --- producer side ---------------------------------------------------------------------------------
    def write(self, src: memoryview) -> bool:
        """``src``: a byte view of int16 samples."""
        nb = src.nbytes
        n = nb >> 1
        w = self._written
        cap = self.capacity
        if n > cap - (w - self._read):
            self.overruns += 1
            return False
        start = (w % cap) << 1
        end = start + nb
        if end <= cap << 1:
            self._mv[start:end] = src
        else:
            first = (cap << 1) - start
            self._mv[start:] = src[:first]
            self._mv[: nb - first] = src[first:]
        self._written = w + n  # publish after the copy
        return True

    def last_written(self, n: int) -> bytes:
        """A copy of the newest ``n`` samples (for a level meter; any thread, may race harmlessly)."""
        w = self._written
        n = min(n, w, self.capacity)
        out = bytearray(n * 2)
        self._copy_out(w - n, memoryview(out))
        return bytes(out)

    # --- consumer side ---------------------------------------------------------------------------------
    def fill(self) -> int:
        return self._written - self._read

    def read(self, dst: memoryview) -> bool:
        """Fill ``dst`` (a byte view) completely (zeros where nothing is available). Returns False when it is
        silence because the ring is (re)priming."""
        n = dst.nbytes >> 1
        r = self._read
        avail = self._written - r
        if not self._primed:
            if avail < max(self.prime or self.target + n, n):
                _zero(dst)
                return False
            self._primed = True
        if avail < n:
            # Underrun: play what is there, then silence, and prime again so one late frame does not
            # become a string of clicks.
            self.underruns += 1
            self._copy_out(r, dst[: avail * 2])
            _zero(dst[avail * 2 :])
            self._read = r + avail
            self._primed = False
            return True
        self._fill_acc += avail
        self._fill_n += 1
        if avail > self.hard_max:
            # A stall piled up audio: cut straight back to the target instead of carrying the delay.
            skip = avail - max(self.target, n)
            r += skip
            self.dropped_samples += skip
            avail -= skip
        adj = self._adjust
        if adj > 0 and avail - adj >= n:
            r += adj
            self.dropped_samples += adj
            self._copy_out(r, dst)
            self._read = r + n
        elif adj < 0:
            k = -adj
            self._copy_out(r, dst[: (n - k) * 2])
            dst[(n - k) * 2 :] = bytes(dst[(n - k - 1) * 2 : (n - k) * 2]) * k  # rare: drift correction
            self.repeated_samples += k
            self._read = r + n - k
        else:
            self._copy_out(r, dst)
            self._read = r + n
        self._window_count += 1
        if self._window_count >= self._window_reads:
            mean = self._fill_acc / self._fill_n if self._fill_n else 0.0
            # at most n/160 samples per read (~0.6 %): inaudible for speech; larger errors corrected faster
            max_step = max(1, n // 160)
            error = mean - self.target
            if error > self.band:
                self._adjust = int(min(max_step, 1 + (error - self.band) // (4 * self.band)))
            elif error < -self.band:
                self._adjust = -int(min(max_step, 1 + (-error - self.band) // (4 * self.band)))
            elif (self._adjust > 0 and error <= 0) or (self._adjust < 0 and error >= 0):
                self._adjust = 0
            self.mean_fill = self._fill_acc / self._fill_n if self._fill_n else 0.0
            self._fill_acc = 0
            self._fill_n = 0
            self._window_count = 0
        return True

    def _copy_out(self, r: int, dst: memoryview) -> None:
        nb = dst.nbytes
        if nb <= 0:
            return
        start = (r % self.capacity) << 1
        end = start + nb
        if end <= self.capacity << 1:
            dst[:] = self._mv[start:end]
        else:
            first = (self.capacity << 1) - start
            dst[:first] = self._mv[start:]
            dst[first:] = self._mv[: nb - first]

    def stall(self) -> None:
        """Consumer side: the producer stopped delivering (a device stall, counted by the caller): prime again
        without counting an underrun."""
        self._primed = False

    def reset(self) -> None:
        """Consumer side only: forget everything buffered (e.g. at call start)."""
        self._read = self._written
        self._primed = False
        self._adjust = 0


_ZEROS = memoryview(bytes(16384))


def _zero(dst: memoryview) -> None:
    nb = dst.nbytes
    if nb <= _ZEROS.nbytes:
        dst[:] = _ZEROS[:nb]
    else:
        dst[:] = bytes(nb)

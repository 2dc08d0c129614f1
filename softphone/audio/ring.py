"""A bounded single-producer/single-consumer ring of int16 samples between two clocks.

One thread writes (e.g. the pjmedia clock), another reads (e.g. PortAudio's callback). No locks: each side
owns one counter (``_written`` for the producer, ``_read`` for the consumer) and publishes it only after its
copy is done; CPython makes the int store atomic, so the other side sees a consistent count.

Drift between the two clocks is absorbed on the consumer side, and only drift. Both sides deliver in chunks
and bursts (20 ms frames against 10 ms device blocks; PortAudio/PulseAudio pull several blocks at once; the
pjmedia clock thread runs late under load). The fill seen at a read therefore jumps by a whole chunk whenever
a write lands just before instead of just after it, and the two clocks' phases wander across that point for
seconds at a time: a controller that chased the mean (or the minimum) fill at read time warped speech by up
to 0.6 % back and forth in every call. This one measures the level: the fill at a read with the producer's
newest chunk counted only in the proportion of its duration that has passed since it landed, as if the
producer delivered sample by sample. The level does not jump when the phases slide, and a late chunk only
dips it a little for a moment. The control averages it over windows of 0.5 s of reads and acts only when
it stays off ``target +/- band`` window after window for 4 s (4 s of drift at a few hundred ppm is about a
millisecond), or for 1.5 s when the last correction went the same way (steady drift, followed closely) or
the reserve left after the worst read is nearly gone.
Then it drops or repeats the newest error (drops never more than the reserve left after the worst read),
one sample at a time with at least ``step`` samples played in between (1 per 20 ms = 0.3 % at the most;
normally spread over several seconds), and measures afresh once that is done. It does not judge the level
while the ring primes (start, an underrun, a stall) nor right after a device change (``settle``): those
are start-up, not drift; an excess found in the first window after them is cut at once. Audio in excess at
once (a device stall's backlog, the overshoot of priming) is cut too, so latency never grows; those cuts
are counted apart (``trimmed_samples``) from the drift control's.

The ring works on bytes (``memoryview`` slices of a ``bytearray``, little-endian int16 samples as pjmedia and
PortAudio hand them over): for 10-20 ms chunks a memoryview slice copy costs a fraction of a numpy one and
allocates nothing, and these copies run hundreds of times a second with the GIL held.
"""

from __future__ import annotations

from collections.abc import Callable
from time import monotonic

_NO_MIN = 1 << 62


class SampleRing:
    def __init__(
        self,
        capacity: int,
        *,
        target: int,
        band: int,
        hard_max: int,
        prime: int = 0,
        rate: int = 16000,
        window: int = 8000,
        windows: int = 8,
        windows_fast: int = 3,
        holdoff: int = 16000,
        step: int = 320,
        spread: int = 128000,
        clock: Callable[[], float] = monotonic,
    ) -> None:
        """``target``: wanted level (samples, see above) at read time; ``band``: +/- tolerance of its window
        mean before the drift control acts; ``hard_max``: fill at read time beyond which the excess is cut at
        once (a stall's backlog); ``prime``: fill needed before the first read (and after an underrun), at
        least one read; the level is then trimmed to the target. ``rate``: samples per second (turns the
        time since the producer's last chunk into samples). ``window``: samples read per measurement;
        ``windows``: windows in a row off the band before a correction; ``windows_fast``: the same soon after
        a correction the same way (steady drift) or when the reserve is nearly gone; ``holdoff``: samples
        read after priming or ``settle`` before the level counts; ``step``: fewest samples read between two
        corrected samples (the speed limit); ``spread``: a correction is spread over about this many samples
        read (less when the error built up faster); ``clock``: seconds, monotonic (tests run the ring on
        simulated time)."""
        if capacity < hard_max + 2048:
            capacity = hard_max + 2048
        self.capacity = capacity
        self._buf = bytearray(capacity * 2)
        self._mv = memoryview(self._buf)
        self._written = 0  # producer-owned
        self._wrote_at = 0.0  # producer-owned: monotonic time of the newest chunk (0: none yet)
        self._chunk = 0  # producer-owned: samples in the newest chunk
        self._read = 0  # consumer-owned
        self.target = target
        self.band = band
        self.hard_max = hard_max
        self.prime = prime
        self._rate = rate
        self._clock = clock
        self._window = window
        self._windows = windows
        self._windows_fast = windows_fast
        self._holdoff = holdoff
        self._step = step
        self._spread = spread
        # consumer-owned state
        self._primed = False
        self._settle_asked = False  # set by any thread (``settle``), cleared by the consumer
        self._skip = holdoff  # samples still to read before the level counts
        self._first = True  # the next window is the first after priming or settle
        self._win_read = 0  # samples read in the current window
        self._win_level = 0.0  # sum of the levels seen in the current window
        self._win_n = 0
        self._win_min = _NO_MIN  # lowest fill left after a read in the current window
        self._streak = 0  # windows in a row off the band: >0 too full, <0 too empty
        self._debt = 0  # samples still to correct: >0 drop, <0 repeat
        self._last_dir = 0  # direction of the last correction since priming: 1 dropped, -1 repeated
        self._every = step  # samples read between two corrected samples while paying the debt
        self._since_fix = 0  # samples read since the last corrected sample
        self._since_fixed = 0  # samples read since the last correction was paid (or the ring primed)
        self._fill_acc = 0
        self._fill_n = 0
        # counters and figures (each written by one side only)
        self.overruns = 0  # producer: a write that did not fit (frame dropped)
        self.underruns = 0  # consumer: a read that found too little after priming
        self.dropped_samples = 0  # consumer: drift control
        self.repeated_samples = 0  # consumer: drift control
        self.corrections = 0  # consumer: drift corrections decided (each dropping or repeating a few samples)
        self.trimmed_samples = 0  # consumer: cut at once: a stall's backlog, start-up excess (not drift)
        self.mean_fill = 0.0  # consumer: mean fill (samples) at read time over the last window
        self.level = 0.0  # consumer: mean level (samples) over the last window
        self.reserve = 0  # consumer: the lowest fill left after a read over the last window

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
        self._chunk = n
        self._wrote_at = self._clock()
        self._written = w + n  # publish after the copy (a read between these stores misjudges one level)
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

    def _level(self, avail: int) -> float:
        """The fill with the newest chunk counted in proportion to the time since it landed (see above)."""
        at = self._wrote_at
        if at == 0.0:
            return float(avail)
        chunk = self._chunk
        due = (self._clock() - at) * self._rate
        return avail - chunk + (due if due < chunk else chunk)

    def read(self, dst: memoryview) -> bool:
        """Fill ``dst`` (a byte view) completely (zeros where nothing is available). Returns False when it is
        silence because the ring is (re)priming."""
        n = dst.nbytes >> 1
        r = self._read
        avail = self._written - r
        if self._settle_asked:
            self._settle_asked = False
            self._restart_control()
        if not self._primed:
            if avail < max(self.prime or self.target, n):
                _zero(dst)
                return False
            self._primed = True
            self._restart_control()
            # start at the target level (nothing has been played from this audio yet), whatever the chunks'
            # phase; keep at least this read
            excess = min(int(self._level(avail)) - self.target, avail - n)
            if excess > 0:
                r += excess
                avail -= excess
                self.trimmed_samples += excess
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
            self.trimmed_samples += skip
            avail -= skip
        level = self._level(avail) if self._skip <= 0 and not self._debt else 0.0
        debt = self._debt
        if debt and self._since_fix >= self._every:
            if debt > 0:
                if avail > n:
                    r += 1  # drop one sample
                    avail -= 1
                    self.dropped_samples += 1
                    self._debt = debt - 1
                    self._since_fix = 0
                self._copy_out(r, dst)
                self._read = r + n
            else:
                # repeat one sample: play n - 1 new ones and the last of them twice
                k = (n - 1) * 2
                self._copy_out(r, dst[:k])
                dst[k:] = dst[k - 2 : k]
                self.repeated_samples += 1
                self._debt = debt + 1
                self._since_fix = 0
                self._read = r + n - 1
                avail += 1
        else:
            self._copy_out(r, dst)
            self._read = r + n
        self._since_fix += n
        if self._debt:
            return True  # paying a debt: the level moves on purpose, measure again once it is paid
        self._since_fixed += n
        if self._skip > 0:
            self._skip -= n
            return True
        left = avail - n
        if left < self._win_min:
            self._win_min = left
        self._win_level += level
        self._win_n += 1
        self._win_read += n
        if self._win_read >= self._window:
            self._end_window()
        return True

    def _end_window(self) -> None:
        self.level = self._win_level / self._win_n if self._win_n else 0.0
        self.reserve = self._win_min
        self.mean_fill = self._fill_acc / self._fill_n if self._fill_n else 0.0
        self._fill_acc = self._fill_n = 0
        self._win_read = self._win_n = 0
        self._win_level = 0.0
        self._win_min = _NO_MIN
        error = int(self.level - self.target)
        if self._first:
            self._first = False
            if error > self.band and self.reserve > 0:
                # audio that piled up while the stream started (a device's slow first blocks): start-up, not
                # drift, so cut it at once rather than warp the next seconds of speech
                skip = min(error, self.reserve)
                self._read += skip
                self.trimmed_samples += skip
                return
        streak = self._streak
        if error > self.band:
            streak = streak + 1 if streak > 0 else 1
        elif error < -self.band:
            streak = streak - 1 if streak < 0 else -1
        else:
            streak = 0
        # a correction the same way as the last, soon after it, is steady drift: follow it sooner; so is a
        # level too low that leaves the worst read almost nothing (underruns are near)
        fast = (self._since_fixed < 10 * self._spread and self._last_dir * streak > 0) or \
            (streak < 0 and self.reserve < self.band)
        if abs(streak) >= (self._windows_fast if fast else self._windows):
            # never drop into the reserve the worst read of the window needed
            debt = min(error, self.reserve) if error > 0 else error
            if debt:
                self._debt = debt
                # spread it thinly, but a deficit (underruns ahead) or an excess after an excess (steady
                # drift) at least twice as fast as it built up, so fast drift is followed
                every = self._spread // abs(debt)
                if debt < 0 or self._last_dir > 0:
                    every = min(every, self._since_fixed // (2 * abs(error)))
                self._every = max(self._step, every)
                self._last_dir = 1 if debt > 0 else -1
                self._since_fix = 0
                self._since_fixed = 0
                self.corrections += 1
            streak = 0
        self._streak = streak

    def _restart_control(self) -> None:
        """Forget the level measured so far and wait ``holdoff`` before measuring again (consumer side)."""
        self._skip = self._holdoff
        self._first = True
        self._win_read = self._win_n = 0
        self._win_level = 0.0
        self._win_min = _NO_MIN
        self._streak = 0
        self._debt = 0
        self._last_dir = 0
        self._since_fixed = 0
        self._fill_acc = self._fill_n = 0

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

    def settle(self) -> None:
        """Any thread: the consumer's or producer's device just changed (a switch, a reopen): its first
        blocks come in a burst, so do not judge the reserve until it has settled again."""
        self._settle_asked = True

    def stall(self) -> None:
        """Consumer side: the producer stopped delivering (a device stall, counted by the caller): prime again
        without counting an underrun."""
        self._primed = False

    def reset(self) -> None:
        """Consumer side only: forget everything buffered (e.g. at call start)."""
        self._read = self._written
        self._primed = False
        self._restart_control()


_ZEROS = memoryview(bytes(16384))


def _zero(dst: memoryview) -> None:
    nb = dst.nbytes
    if nb <= _ZEROS.nbytes:
        dst[:] = _ZEROS[:nb]
    else:
        dst[:] = bytes(nb)

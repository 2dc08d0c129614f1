"""VideoSession against itself on loopback: frames, PLI -> keyframe, NACK -> resend, CPU of encode+decode."""

from __future__ import annotations

import resource
import time

import pytest

pytest.importorskip("av")

from softphone.video.session import RemoteEndpoint, VideoSession  # noqa: E402


def _wait(pred: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not pred():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


def _pair(nack: bool, a_send: bool = True, b_send: bool = True) -> tuple[VideoSession, VideoSession]:
    a, b = VideoSession("127.0.0.1"), VideoSession("127.0.0.1")
    a.configure(RemoteEndpoint("127.0.0.1", b.port, b.port + 1, 96, send=a_send, nack=nack))
    b.configure(RemoteEndpoint("127.0.0.1", a.port, a.port + 1, 96, send=b_send, nack=nack))
    return a, b


def test_frames_both_ways_and_pli_on_loss() -> None:
    a, b = _pair(nack=False)
    try:
        assert a.port % 2 == 0 and b.port % 2 == 0
        _wait(lambda: b.stats().frames_rx >= 15 and a.stats().frames_rx >= 15, 5, "frames both ways")
        b.timeline.clear()
        b.drop_rx = 1
        _wait(lambda: any(e == "keyframe-rx" for _, e in list(b.timeline)), 3, "keyframe after loss")
        events = list(b.timeline)
        pli = next(t for t, e in events if e == "pli-tx")
        key = next(t for t, e in events if e == "keyframe-rx")
        assert 0 <= key - pli < 0.2
        assert a.stats().plis_rx >= 1 and b.stats().lost_rx >= 1
    finally:
        a.close()
        b.close()


def test_nack_is_answered_from_the_resend_buffer() -> None:
    a, b = _pair(nack=True)
    try:
        _wait(lambda: b.stats().frames_rx >= 10, 5, "frames")
        b.drop_rx = 1
        _wait(lambda: a.stats().resent >= 1, 3, "a resend")
        assert b.stats().nacks_tx >= 1
        frames = b.stats().frames_rx
        _wait(lambda: b.stats().frames_rx > frames + 5, 3, "frames after the resend")
    finally:
        a.close()
        b.close()


def test_encode_plus_decode_cpu_at_640x480_15fps() -> None:
    """One call end's work (encode ours, decode theirs, RGB for the view); the budget is 25 % of a core."""
    a, b = _pair(nack=False, b_send=False)
    b.on_frame = lambda rgb: None  # forces the RGB conversion a view needs
    try:
        _wait(lambda: b.stats().frames_rx >= 10, 5, "frames")
        r0, t0, f0 = resource.getrusage(resource.RUSAGE_SELF), time.monotonic(), b.stats().frames_rx
        time.sleep(4)
        r1, t1, f1 = resource.getrusage(resource.RUSAGE_SELF), time.monotonic(), b.stats().frames_rx
        cpu = (r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime) / (t1 - t0)
        fps = (f1 - f0) / (t1 - t0)
        print(f"encode+decode 640x480@15: {cpu * 100:.1f} % of a core at {fps:.1f} fps")
        assert fps >= 12
        assert cpu < 0.25
    finally:
        a.close()
        b.close()

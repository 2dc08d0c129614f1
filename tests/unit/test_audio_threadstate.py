"""ThreadStatePin leaves threads Python started alone (Python owns and frees their state); the pinning of a
foreign thread is covered against pjmedia's real clock thread in tests/integration/test_audio_clock_thread.py."""

from __future__ import annotations

import threading

from softphone.audio.threadstate import ThreadStatePin


def test_python_threads_are_never_pinned() -> None:
    pin = ThreadStatePin()
    seen: list[int] = []

    def work() -> None:
        pin.pin()
        seen.append(pin.last_native)

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    pin.pin()  # the main thread too
    assert pin.pinned == 0
    assert len(set(seen)) == 3 and pin.last_native == threading.get_native_id()

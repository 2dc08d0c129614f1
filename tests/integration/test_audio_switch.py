"""Switching the speaker mid-call (issue 4): the far end's tone leaves A and reaches B within 100 ms."""

from __future__ import annotations

import time

from softphone.audio.service import SoundService
from tests.integration.test_audio_bridge import FakeClock, MonitorRecorder, service, wait_for  # noqa: F401
from tests.stack.pulse import PulseServer, dominant_frequency


def test_switch_speaker_mid_call(service: SoundService, pulse_env: PulseServer) -> None:  # noqa: F811
    a, b = "headset_out", "speaker_out"
    service.select(output=f"pulse:{a}", input="pulse:headset_mic")
    bridge = service.bridge()
    with MonitorRecorder(a, b) as rec, FakeClock(bridge, 1000.0) as clock:
        service.start_call_audio()
        wait_for(lambda: len(rec.loud_times(a)) >= 50, 5.0, "the tone on A")
        t_switch = time.monotonic()
        service.select(output=f"pulse:{b}")
        switch_ms = (time.monotonic() - t_switch) * 1000
        wait_for(lambda: len(rec.loud_times(b)) >= 50, 5.0, "the tone on B")
        time.sleep(0.2)
        assert clock.thread.is_alive()  # the far end's clock never blocked on the switch
    assert bridge.output_device == f"pulse:{b}"
    on_a, on_b = rec.loud_times(a), rec.loud_times(b)
    last_a = max(t for t in on_a if t < t_switch + 1.0)
    first_b = min(on_b)
    gap_ms = (first_b - last_a - 0.010) * 1000  # a block is stamped at its end
    print(f"switch: reopen {switch_ms:.1f} ms, silent gap {gap_ms:.1f} ms, underruns {bridge.underruns}")
    assert gap_ms <= 100, gap_ms
    assert abs(dominant_frequency(rec.samples(a, end=t_switch)[-8000:]) - 1000) < 20
    assert abs(dominant_frequency(rec.samples(b, start=first_b)[:8000]) - 1000) < 20
    # nothing left on A after the switch, and nothing was on B before it
    assert not [t for t in on_a if t > first_b + 0.05]
    assert first_b > t_switch

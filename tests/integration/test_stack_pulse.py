"""The PulseAudio fixture: virtual devices exist, and the mic feed loops back into the headset mic."""

from __future__ import annotations

import threading

import numpy as np

from tests.stack.pulse import PulseServer, dominant_frequency, rms


def test_lists_virtual_devices_with_descriptions(pulse: PulseServer) -> None:
    sinks = pulse.descriptions("sinks")
    sources = pulse.descriptions("sources")
    assert sinks["headset_out"] == "Test Headset"
    assert sinks["speaker_out"] == "Test Speakers"
    assert sources["headset_mic"] == "Test Headset Microphone"


def test_tone_into_mic_feed_comes_out_of_headset_mic(pulse: PulseServer) -> None:
    recorded: list[np.ndarray] = []
    recorder = threading.Thread(target=lambda: recorded.append(pulse.record("headset_mic", 1.5)))
    recorder.start()
    pulse.play("headset_mic_feed", pulse.tone(1000, 1.5))
    recorder.join(15)
    assert recorded, "recording did not finish"
    samples = recorded[0]
    assert len(samples) == 24000
    assert abs(dominant_frequency(samples) - 1000) < 10
    assert rms(samples) > 3000


def test_headset_out_monitor_records_what_is_played(pulse: PulseServer) -> None:
    recorded: list[np.ndarray] = []
    recorder = threading.Thread(target=lambda: recorded.append(pulse.record("headset_out", 1.0)))
    recorder.start()
    pulse.play("headset_out", pulse.tone(440, 1.0))
    recorder.join(15)
    assert abs(dominant_frequency(recorded[0]) - 440) < 10


def test_load_and_unload_sink(pulse: PulseServer) -> None:
    pulse.load_sink("usb_headset", "USB Test Headset")
    try:
        assert pulse.descriptions("sinks")["usb_headset"] == "USB Test Headset"
    finally:
        pulse.unload_sink("usb_headset")
    assert "usb_headset" not in pulse.sinks()


def test_pulse_env_reaches_libpulse_in_process(pulse_env: PulseServer) -> None:
    import pulsectl

    with pulsectl.Pulse("stack-test") as client:
        names = {sink.name for sink in client.sink_list()}
    assert {"headset_out", "speaker_out"} <= names

"""Hot-plug and ringers against a real PulseAudio (issue 4): a vanished sink moves the call to the fallback
within 1 s with a notice, a preferred sink that comes back is switched to, and ringing on two devices stops on
both within 100 ms."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from softphone.audio.service import SoundService
from softphone.core.models import AudioDevice
from tests.integration.test_audio_bridge import FakeClock, MonitorRecorder, settle, wait_for
from tests.stack.pulse import PulseServer, dominant_frequency


class Notices:
    def __init__(self) -> None:
        self.items: list[tuple[float, str]] = []
        self.lock = threading.Lock()

    def __call__(self, _devices: list[AudioDevice], _selection: dict[str, str], notice: str) -> None:
        with self.lock:
            self.items.append((time.monotonic(), notice))

    def since(self, t: float) -> list[str]:
        with self.lock:
            return [n for ts, n in self.items if ts >= t and n]


@pytest.fixture
def usb_headset(pulse_env: PulseServer) -> Iterator[str]:
    pulse_env.load_sink("usb_headset", "USB Headset")
    try:
        settle(pulse_env)
        yield "usb_headset"
    finally:
        if "usb_headset" in pulse_env.sinks():
            pulse_env.unload_sink("usb_headset")


def test_hotplug_fallback_and_preferred_comeback(pulse_env: PulseServer, usb_headset: str) -> None:
    notices = Notices()
    service = SoundService(echo_cancel="off", on_devices_changed=notices, auto_switch=True,
                           preferred_outputs=["pulse:usb_headset"])
    try:
        service.select(output="pulse:usb_headset", input="pulse:headset_mic")
        bridge = service.bridge()
        with FakeClock(bridge, 1000.0), MonitorRecorder("headset_out") as fallback_rec:
            service.start_call_audio()
            assert bridge.output_device == "pulse:usb_headset"
            wait_for(lambda: bridge.out_callbacks > 50, 5.0, "the output to run")
            assert not fallback_rec.loud_times("headset_out")

            t_unplug = time.monotonic()
            pulse_env.unload_sink(usb_headset)
            wait_for(lambda: bridge.output_device == "pulse:headset_out", 1.0, "the fallback")
            moved_s = time.monotonic() - t_unplug
            wait_for(lambda: fallback_rec.loud_times("headset_out"), 1.0 - moved_s + 0.2, "the tone on the fallback")
            heard_s = fallback_rec.loud_times("headset_out")[0] - t_unplug
            said = notices.since(t_unplug)
            assert any("usb_headset" in n and "Test Headset" in n for n in said), said
            assert service.selection()["output"] == "pulse:usb_headset"  # the choice stays; only the use moved
            print(f"fallback: stream moved after {moved_s * 1000:.0f} ms, tone on the fallback after "
                  f"{heard_s * 1000:.0f} ms")
            assert heard_s <= 1.0

            t_plug = time.monotonic()
            pulse_env.load_sink(usb_headset, "USB Headset")
            wait_for(lambda: bridge.output_device == "pulse:usb_headset", 3.0, "the switch back to the headset")
            print(f"comeback: switched after {(time.monotonic() - t_plug) * 1000:.0f} ms")
            assert any("USB Headset" in n for n in notices.since(t_plug)), notices.since(t_plug)
            with MonitorRecorder(usb_headset) as rec:
                # a freshly loaded null sink stalls its first stream up to ~2 s (DESIGN.md 8)
                wait_for(lambda: len(rec.loud_times(usb_headset)) > 30, 4.0, "the tone on the headset again")
            assert abs(dominant_frequency(rec.samples(usb_headset)[-4800:]) - 1000) < 20
    finally:
        service.close()


def test_no_auto_switch_keeps_the_fallback(pulse_env: PulseServer, usb_headset: str) -> None:
    service = SoundService(echo_cancel="off", auto_switch=False, preferred_outputs=["pulse:usb_headset"])
    try:
        service.select(output="pulse:usb_headset")
        with FakeClock(service.bridge(), 1000.0):
            service.start_call_audio()
            pulse_env.unload_sink(usb_headset)
            wait_for(lambda: service.bridge().output_device == "pulse:headset_out", 1.0, "the fallback")
            pulse_env.load_sink(usb_headset, "USB Headset")
            wait_for(lambda: "pulse:usb_headset" in {d.identity for d in service.devices()}, 2.0, "the new sink")
            time.sleep(0.3)
            assert service.bridge().output_device == "pulse:headset_out"
    finally:
        service.close()


def test_ringer_and_also_ring_stop_together(pulse_env: PulseServer) -> None:
    settle(pulse_env)
    service = SoundService(echo_cancel="off", watch_devices=False)
    try:
        service.select(ringer="pulse:headset_out", also_ring="pulse:speaker_out")
        with MonitorRecorder("headset_out", "speaker_out") as rec:
            service.start_ringing()
            assert sorted(service.ringing_on()) == ["pulse:headset_out", "pulse:speaker_out"]
            wait_for(lambda: min(len(rec.loud_times(s)) for s in rec.sinks) >= 20, 3.0, "the ringtone on both")
            t_stop = time.monotonic()
            service.stop_ringing()
            call_ms = (time.monotonic() - t_stop) * 1000
            time.sleep(0.4)
        assert not service.ringing
        stops = {s: (max(rec.loud_times(s)) - t_stop) * 1000 for s in rec.sinks}
        print(f"ring stop: stop_ringing() {call_ms:.1f} ms, last ring heard after {stops}")
        for sink in rec.sinks:
            tone = rec.samples(sink, end=t_stop)
            assert dominant_frequency(tone[-3200:]) > 300
            assert stops[sink] <= 100, stops
    finally:
        service.close()


def test_microphone_test_and_level_meter(pulse_env: PulseServer) -> None:
    settle(pulse_env)
    service = SoundService(echo_cancel="off", watch_devices=False)
    try:
        service.select(input="pulse:headset_mic", output="pulse:speaker_out")
        with service.level_meter() as meter:
            wait_for(lambda: meter.blocks > 20, 3.0, "the meter to run")
            quiet = meter.peak_db
            talker = pulse_env.play("headset_mic_feed", pulse_env.tone(600, 4.0), wait=False)
            try:
                wait_for(lambda: meter.peak_db > -20, 3.0, "the meter to rise")
                with MonitorRecorder("speaker_out") as rec:
                    result = service.test_microphone(seconds=1.0, play_back=True)
            finally:
                talker.kill()
                talker.wait(5)
        assert quiet < -60
        assert result.heard and result.peak_db > -12 and abs(result.seconds - 1.0) < 0.05
        assert abs(dominant_frequency(result.samples) - 600) < 20
        played = rec.samples("speaker_out")
        assert abs(dominant_frequency(played) - 600) < 20  # the recording came back on the speaker
    finally:
        service.close()

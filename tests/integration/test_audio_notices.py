"""The sound service's notices as codes against a real PulseAudio (issue 8): a missing chosen device and an unusable
ringtone come to listeners as DeviceNotice codes with their arguments, and the English listeners (the headless
interface) get exactly the English of those codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import wave
from pathlib import Path

from softphone.audio.notices import BUILT_IN, english_all
from softphone.audio.service import SoundService
from softphone.cli.audio_wiring import devices_event
from softphone.core.models import AudioDevice, DeviceNotice
from tests.integration.test_audio_bridge import wait_for
from tests.stack.pulse import PulseServer


class Heard:
    """Both kinds of listener: the English line and the codes, in order."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.english: list[str] = []
        self.codes: list[tuple[DeviceNotice, ...]] = []

    def on_english(self, _devices: list[AudioDevice], _selection: dict[str, str], notice: str) -> None:
        with self.lock:
            self.english.append(notice)

    def on_codes(self, _devices: list[AudioDevice], _selection: dict[str, str],
                 notices: tuple[DeviceNotice, ...]) -> None:
        with self.lock:
            self.codes.append(notices)


def test_missing_device_and_bad_ringtone_come_as_codes(pulse_env: PulseServer, tmp_path: Path) -> None:
    bad = tmp_path / "eight_bit.wav"
    with wave.open(str(bad), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(1)
        w.setframerate(8000)
        w.writeframes(b"\x80" * 800)
    heard = Heard()
    service = SoundService(echo_cancel="off", watch_devices=False, ringtone=bad, on_devices_changed=heard.on_english)
    service.add_notices_listener(heard.on_codes)
    try:
        mic = pulse_env.descriptions("sources")["headset_mic"]
        service.select(input="pulse:gone_mic", output="pulse:headset_out")
        gone = DeviceNotice("missing", role="input", chosen="gone_mic", used=mic)
        assert service.missing_notices() == (gone,)
        assert service.missing_notice() == english_all([gone])
        body = devices_event(service, service.missing_notices()).to_dict()  # the headless `devices` event
        assert body["notice"] == f"Microphone 'gone_mic' is not available; using '{mic}' instead."
        assert body["notices"] == [gone.to_dict()]

        service.select(ringer="pulse:no_such_sink")  # not ringing: said at once
        wait_for(lambda: len(heard.codes) == 2, 5.0, "the notices of both choices")
        speakers = pulse_env.descriptions("sinks")["headset_out"]
        ringer_gone = DeviceNotice("missing", role="ringer", chosen="no_such_sink", used=speakers)
        assert heard.codes[1] == (ringer_gone,), heard.codes

        service.start_ringing()
        try:
            wait_for(lambda: len(heard.codes) == 3, 5.0, "the ringing notices")
            assert service.ringing  # the built-in ringtone plays instead
            assert heard.codes[2] == (DeviceNotice("sound-file-format", chosen=str(bad), used=BUILT_IN),
                                      ringer_gone), heard.codes
        finally:
            service.stop_ringing()
        with heard.lock:
            assert heard.english == [english_all(codes) for codes in heard.codes]
        assert heard.english[2].startswith(f"{bad}: only 16-bit PCM WAV files are supported; using the built-in "
                                           "ringtone. Ringer 'no_such_sink' is not available; using '")
    finally:
        service.close()


def test_devices_json_carries_the_codes_next_to_the_english(pulse: PulseServer, tmp_path: Path) -> None:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path), "LANG": "C.UTF-8",
           "SOFTPHONE_HOME": str(tmp_path / "profile"), **pulse.env}

    def softphone(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "softphone", *args], capture_output=True, text=True,
                              timeout=60, env=env)

    assert softphone("config", "set", "audio.input", "pulse:gone_mic").returncode == 0
    listed = softphone("devices", "--json")
    assert listed.returncode == 0, listed.stderr
    body = json.loads(listed.stdout)
    mic = pulse.descriptions("sources")["headset_mic"]
    assert body["notices"] == [{"code": "missing", "role": "input", "chosen": "gone_mic", "used": mic,
                                "detail": ""}]
    assert body["notice"] == f"Microphone 'gone_mic' is not available; using '{mic}' instead."

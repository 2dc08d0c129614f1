"""Pure parts of the audio wiring and tools: persisting choices, matching device names, tone and levels."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from softphone.audio import tools
from softphone.cli.audio_wiring import SelectionPersister, _match
from softphone.config import Settings
from softphone.config.policy import Policy
from softphone.core.models import AudioDevice
from softphone.headless.protocol import CommandError


class _Devices:
    """Just the device list _match reads."""

    def __init__(self, devices: list[AudioDevice]) -> None:
        self._devices = devices

    def devices(self) -> list[AudioDevice]:
        return self._devices


DEVICES = _Devices([
    AudioDevice("headset_out", "pulse", False, True, "Test Headset"),
    AudioDevice("speaker_out", "pulse", False, True, "Test Speakers"),
    AudioDevice("headset_mic", "pulse", True, False, "Test Headset Microphone"),
])


def test_match_by_identity_name_description_or_unique_part() -> None:
    svc = DEVICES
    assert _match(svc, "pulse:speaker_out", "output") == "pulse:speaker_out"  # type: ignore[arg-type]
    assert _match(svc, "speaker_out", "ringer") == "pulse:speaker_out"  # type: ignore[arg-type]
    assert _match(svc, "Test Headset", "output") == "pulse:headset_out"  # type: ignore[arg-type]
    assert _match(svc, "microphone", "input") == "pulse:headset_mic"  # type: ignore[arg-type]
    assert _match(svc, "", "output") == ""  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["test", "headset_mic", "nothing", 5])
def test_match_refuses_ambiguous_wrong_kind_or_unknown(value: object) -> None:
    with pytest.raises(CommandError) as err:
        _match(DEVICES, value, "output")  # type: ignore[arg-type]
    assert err.value.code in ("unknown-device", "bad-argument")


def test_persister_saves_changed_choices_and_leaves_locked_ones(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    policy = Policy(source="test", settings={"audio.ringer": "pulse:speaker_out"}, locked=frozenset({"audio.ringer"}))
    settings = Settings.load(path, policy=policy)
    persist = SelectionPersister(settings, None)
    persist([], {"input": "pulse:headset_mic", "output": "pulse:headset_out", "ringer": "pulse:headset_out",
                 "also_ring": ""}, "")
    again = Settings.load(path, policy=policy)
    assert again.get("audio.output") == "pulse:headset_out"
    assert again.get("audio.input") == "pulse:headset_mic"
    assert again.get("audio.ringer") == "pulse:speaker_out"


def test_tone_has_its_frequency_and_soft_edges() -> None:
    tone = tools.tone_samples(1000.0, 0.5, volume=0.5)
    assert tone.shape == (8000,) and tone.dtype == np.int16
    spectrum = np.abs(np.fft.rfft(tone.astype(np.float64)))
    assert abs(np.argmax(spectrum) * 16000 / len(tone) - 1000) < 5
    assert abs(int(tone[0])) < 200 and abs(int(tone[-1])) < 200
    assert -7.0 < tools.level_db(tone) < -5.0
    assert tools.level_db(np.zeros(10, dtype=np.int16)) == -96.0
    assert tools.rms_db(tone) < tools.level_db(tone)

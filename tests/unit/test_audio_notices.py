"""The audio layer's notices as codes (issue 8): the English sentence each code gives (the headless JSON's
``notice``, unchanged from the sentences the audio layer wrote before), SoundFileError's message from the same
place, and the codes on the wire next to the English."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from softphone.audio.notices import BUILT_IN, english, english_all
from softphone.audio.ringer import SoundFileError, load_wav
from softphone.core.events import DevicesChanged
from softphone.core.models import DeviceNotice

ENGLISH = [
    (DeviceNotice("missing", role="input", chosen="gone_mic", used="Test Headset Microphone"),
     "Microphone 'gone_mic' is not available; using 'Test Headset Microphone' instead."),
    (DeviceNotice("missing", role="output", chosen="usb_headset", used="Test Headset"),
     "Speaker 'usb_headset' is not available; using 'Test Headset' instead."),
    (DeviceNotice("missing", role="ringer", chosen="loud"),
     "Ringer 'loud' is not available; using the system default instead."),
    (DeviceNotice("missing", role="also_ring", chosen="loud", used="Test Speakers"),
     "Second ringer 'loud' is not available; using 'Test Speakers' instead."),
    (DeviceNotice("switched", role="output", used="USB Headset"), "Speaker switched to 'USB Headset'."),
    (DeviceNotice("switched", role="input", used="USB Headset Mic"), "Microphone switched to 'USB Headset Mic'."),
    (DeviceNotice("cannot-open", role="output", chosen="Test Headset", detail="Device unavailable"),
     "Cannot open Test Headset: Device unavailable"),
    (DeviceNotice("cannot-open", role="input", detail="Device unavailable"),
     "Cannot open the default device: Device unavailable"),
    (DeviceNotice("cannot-open-any", role="output", detail="no sound server"),
     "Cannot open the speaker: no sound server"),
    (DeviceNotice("cannot-open-any", role="input", detail="no sound server"),
     "Cannot open the microphone: no sound server"),
    (DeviceNotice("cannot-ring", chosen="Test Speakers", detail="busy"), "Cannot ring on Test Speakers: busy"),
    (DeviceNotice("sound-file-empty", chosen="/tmp/ring.wav"), "/tmp/ring.wav: the sound file is empty"),
    (DeviceNotice("sound-file-format", chosen="/tmp/ring.wav", used=BUILT_IN),
     "/tmp/ring.wav: only 16-bit PCM WAV files are supported; using the built-in ringtone."),
    (DeviceNotice("sound-file-unreadable", chosen="/x.wav", detail="No such file"),
     "/x.wav: cannot read sound file (No such file)"),
]


@pytest.mark.parametrize("notice, sentence", ENGLISH, ids=[f"{n.code}-{n.role}" for n, _ in ENGLISH])
def test_each_code_has_its_english_sentence(notice: DeviceNotice, sentence: str) -> None:
    assert english(notice) == sentence


def test_several_notices_make_one_line_and_an_unknown_code_still_says_something() -> None:
    first, second = ENGLISH[0][0], ENGLISH[4][0]
    assert english_all([first, second]) == f"{english(first)} {english(second)}"
    assert english_all([]) == ""
    assert english(DeviceNotice("from-a-newer-version", role="output", detail="why")) == \
        "from-a-newer-version output why"


def _wav(path: Path, width: int, frames: bytes) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(width)
        w.setframerate(8000)
        w.writeframes(frames)
    return path


def test_sound_file_errors_carry_their_code_and_the_same_english(tmp_path: Path) -> None:
    cases = [
        (_wav(tmp_path / "eight_bit.wav", 1, b"\x80" * 100), "sound-file-format"),
        (_wav(tmp_path / "empty.wav", 2, b""), "sound-file-empty"),
        (tmp_path / "missing.wav", "sound-file-unreadable"),
    ]
    for path, code in cases:
        with pytest.raises(SoundFileError) as err:
            load_wav(path)
        assert err.value.notice.code == code
        assert err.value.notice.chosen == str(path)
        assert str(err.value) == english(err.value.notice)
        assert str(err.value).startswith(f"{path}: ")
        if code == "sound-file-unreadable":
            assert "No such file" in err.value.notice.detail  # the system's own reason is kept


def test_devices_event_keeps_the_english_notice_and_adds_the_codes() -> None:
    notice = ENGLISH[0][0]
    body = DevicesChanged(input="pulse:headset_mic", notice=english(notice), notices=(notice,)).to_dict()
    assert body["notice"] == ENGLISH[0][1]
    assert body["notices"] == [{"code": "missing", "role": "input", "chosen": "gone_mic",
                                "used": "Test Headset Microphone", "detail": ""}]
    assert DevicesChanged().to_dict()["notices"] == [] and DevicesChanged().to_dict()["notice"] == ""

"""The English sentence for each DeviceNotice: the one place the audio layer words its notices (the headless JSON's
``notice``, logs, SoundFileError's message). The GUI and the command line word the same codes in the agent's
language (softphone/ui/device_notices.py, softphone/cli/devices_cmd.py); keep the English there the same."""

from __future__ import annotations

from collections.abc import Iterable

from softphone.core.models import DeviceNotice

BUILT_IN = "built-in"  # DeviceNotice.used of a sound-file notice: the built-in ringtone plays instead

_ROLE = {"input": "Microphone", "output": "Speaker", "ringer": "Ringer", "also_ring": "Second ringer"}
_SOUND_FILE = {
    "sound-file-format": "{chosen}: only 16-bit PCM WAV files are supported",
    "sound-file-unreadable": "{chosen}: cannot read sound file ({detail})",
    "sound-file-empty": "{chosen}: the sound file is empty",
}


def english(notice: DeviceNotice) -> str:
    code, role = notice.code, notice.role
    if code == "missing":
        instead = f"'{notice.used}'" if notice.used else "the system default"
        return f"{_ROLE.get(role, role)} '{notice.chosen}' is not available; using {instead} instead."
    if code == "switched":
        target = f"'{notice.used}'" if notice.used else "the system default"
        return f"{_ROLE.get(role, role)} switched to {target}."
    if code == "cannot-open":
        return f"Cannot open {notice.chosen or 'the default device'}: {notice.detail}"
    if code == "cannot-open-any":
        return f"Cannot open the {'microphone' if role == 'input' else 'speaker'}: {notice.detail}"
    if code == "cannot-ring":
        return f"Cannot ring on {notice.chosen or 'the default device'}: {notice.detail}"
    if code in _SOUND_FILE:
        text = _SOUND_FILE[code].format(chosen=notice.chosen, detail=notice.detail)
        return text + "; using the built-in ringtone." if notice.used == BUILT_IN else text
    return " ".join(part for part in (code, notice.role, notice.chosen, notice.detail) if part)


def english_all(notices: Iterable[DeviceNotice]) -> str:
    """Several notices as one line (what ``on_devices_changed`` and the headless ``devices`` event carry)."""
    return " ".join(english(n) for n in notices)

"""The audio layer's notices (core.models.DeviceNotice codes) in the agent's language, for the console's notice
line and the settings dialog. The English is the audio layer's own sentence (softphone/audio/notices.py): keep
the two the same. Device names and the system's error messages stay as the system gives them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from softphone.core.models import DeviceNotice


def _fill(text: str, *values: str) -> str:
    """%1.. in one pass, so a device name holding "%2" is never filled again (QString.arg's rule)."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "%" and i + 1 < len(text) and text[i + 1].isdigit() and 0 < int(text[i + 1]) <= len(values):
            out.append(values[int(text[i + 1]) - 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _missing(notice: DeviceNotice) -> str:
    translate = QCoreApplication.translate
    if notice.used:
        text = {
            "input": translate("DeviceNotice", "Microphone '%1' is not available; using '%2' instead."),
            "output": translate("DeviceNotice", "Speaker '%1' is not available; using '%2' instead."),
            "ringer": translate("DeviceNotice", "Ringer '%1' is not available; using '%2' instead."),
            "also_ring": translate("DeviceNotice", "Second ringer '%1' is not available; using '%2' instead."),
        }.get(notice.role)
    else:
        text = {
            "input": translate("DeviceNotice", "Microphone '%1' is not available; using the system default "
                                               "instead."),
            "output": translate("DeviceNotice", "Speaker '%1' is not available; using the system default instead."),
            "ringer": translate("DeviceNotice", "Ringer '%1' is not available; using the system default instead."),
            "also_ring": translate("DeviceNotice", "Second ringer '%1' is not available; using the system default "
                                                   "instead."),
        }.get(notice.role)
    return _fill(text, notice.chosen, notice.used) if text else ""


def _switched(notice: DeviceNotice) -> str:
    translate = QCoreApplication.translate
    if notice.used:
        text = {"input": translate("DeviceNotice", "Microphone switched to '%1'."),
                "output": translate("DeviceNotice", "Speaker switched to '%1'.")}.get(notice.role)
    else:
        text = {"input": translate("DeviceNotice", "Microphone switched to the system default."),
                "output": translate("DeviceNotice", "Speaker switched to the system default.")}.get(notice.role)
    return _fill(text, notice.used) if text else ""


def _sound_file(notice: DeviceNotice) -> str:
    translate = QCoreApplication.translate
    text = {
        "sound-file-format": translate("DeviceNotice", "%1: only 16-bit PCM WAV files are supported"),
        "sound-file-unreadable": translate("DeviceNotice", "%1: cannot read sound file (%2)"),
        "sound-file-empty": translate("DeviceNotice", "%1: the sound file is empty"),
    }[notice.code]
    said = _fill(text, notice.chosen, notice.detail)
    if notice.used == "built-in":
        return _fill(translate("DeviceNotice", "%1; using the built-in ringtone."), said)
    return said


def device_notice(notice: DeviceNotice) -> str:
    """One notice in the agent's language ("" for a code this version does not know: the caller falls back to
    the English text)."""
    translate = QCoreApplication.translate
    code, chosen, detail = notice.code, notice.chosen, notice.detail
    if code == "missing":
        return _missing(notice)
    if code == "switched":
        return _switched(notice)
    if code == "cannot-open":
        if chosen:
            return _fill(translate("DeviceNotice", "Cannot open %1: %2"), chosen, detail)
        return _fill(translate("DeviceNotice", "Cannot open the default device: %1"), detail)
    if code == "cannot-open-any":
        if notice.role == "input":
            return _fill(translate("DeviceNotice", "Cannot open the microphone: %1"), detail)
        return _fill(translate("DeviceNotice", "Cannot open the speaker: %1"), detail)
    if code == "cannot-ring":
        if chosen:
            return _fill(translate("DeviceNotice", "Cannot ring on %1: %2"), chosen, detail)
        return _fill(translate("DeviceNotice", "Cannot ring on the default device: %1"), detail)
    if code in ("sound-file-format", "sound-file-unreadable", "sound-file-empty"):
        return _sound_file(notice)
    return ""


def device_notices(notices: Iterable[DeviceNotice], english: str = "") -> str:
    """Several notices as one line; ``english`` (DevicesChanged.notice) when one of them has an unknown code."""
    worded = [device_notice(n) for n in notices]
    if not worded or not all(worded):
        return english
    return " ".join(worded)

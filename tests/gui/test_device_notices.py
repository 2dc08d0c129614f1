"""The audio layer's notices worded by the window from their codes (issue 8): the English is the audio layer's own
sentence for every code, and the console and the settings dialog show them in the agent's language, re-worded
when the language changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from softphone.audio.notices import BUILT_IN, english, english_all
from softphone.core.events import DevicesChanged
from softphone.core.models import DeviceNotice
from softphone.core.session import Session
from softphone.ui.bridge import SessionBridge
from softphone.ui.console import ConsoleWindow
from softphone.ui.device_notices import device_notice, device_notices
from tests.gui.conftest import SettingsStub, dispose
from tests.gui.render_i18n_screens import compile_ts, translated
from tests.unit.core.fake_engine import FakeEngine

# every code, role and variant the audio layer hands out
EVERY_NOTICE = [
    *(DeviceNotice("missing", role=role, chosen="gone", used=used)
      for role in ("input", "output", "ringer", "also_ring") for used in ("Test Headset", "")),
    *(DeviceNotice("switched", role=role, used=used) for role in ("input", "output") for used in ("USB Headset", "")),
    *(DeviceNotice("cannot-open", role="output", chosen=chosen, detail="Device unavailable [PaErrorCode -9985]")
      for chosen in ("Test Headset", "")),
    *(DeviceNotice("cannot-open-any", role=role, detail="no sound server") for role in ("input", "output")),
    *(DeviceNotice("cannot-ring", chosen=chosen, detail="busy") for chosen in ("Test Speakers", "")),
    *(DeviceNotice(code, chosen="/home/agent/ring %2.wav", used=used, detail="No such file")
      for code in ("sound-file-format", "sound-file-unreadable", "sound-file-empty") for used in (BUILT_IN, "")),
]
GONE_MIC = DeviceNotice("missing", role="input", chosen="gone_mic", used="Test Headset Microphone")
GERMAN = "Mikrofon 'gone_mic' ist nicht verfügbar; stattdessen wird 'Test Headset Microphone' verwendet."


@pytest.fixture(scope="module")
def qm_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return compile_ts(tmp_path_factory.mktemp("qm"))


def missing_mic_event() -> DevicesChanged:
    return DevicesChanged(input="pulse:headset_mic", output="pulse:headset_out", notice=english(GONE_MIC),
                          notices=(GONE_MIC,))


@pytest.mark.parametrize("notice", EVERY_NOTICE, ids=[f"{n.code}-{n.role}-{bool(n.used)}-{bool(n.chosen)}"
                                                      for n in EVERY_NOTICE])
def test_the_window_words_each_code_as_the_audio_layer_does_in_english(qapp: QApplication,
                                                                      notice: DeviceNotice) -> None:
    assert device_notice(notice) == english(notice)


def test_unknown_codes_fall_back_to_the_english_sentence(qapp: QApplication) -> None:
    newer = DeviceNotice("from-a-newer-version")
    assert device_notices([GONE_MIC, newer], "the English line") == "the English line"
    assert device_notices([], "only English") == "only English"
    assert device_notices(EVERY_NOTICE[:2]) == english_all(EVERY_NOTICE[:2])


def test_missing_device_notice_in_the_agents_language(qapp: QApplication, qm_files: dict[str, Path],
                                                      tmp_path: Path) -> None:
    bridge = SessionBridge(Session(engine=FakeEngine()))
    console = ConsoleWindow(bridge, SettingsStub(tmp_path / "config.json"), popup_guard=0.0)
    try:
        console.show()
        bridge.on_event(missing_mic_event())
        assert console.notice.isVisible()
        assert console.notice.text() == "Microphone 'gone_mic' is not available; using 'Test Headset Microphone' " \
                                        "instead."
        assert console.notice.accessibleDescription() == console.notice.text()
        with translated("de", qm_files):
            QCoreApplication.processEvents()  # the LanguageChange event re-words the notice already shown
            assert console.notice.text() == GERMAN
            console.open_settings()
            dialog = console.settings_dialog
            assert dialog is not None
            bridge.on_event(missing_mic_event())  # a new event while the dialog is open: said there too
            assert console.notice.text() == GERMAN
            assert dialog.tool_status.text() == GERMAN
        QCoreApplication.processEvents()
        assert console.notice.text() == english(GONE_MIC)  # back in English: the English sentence
        assert dialog.tool_status.text() == english(GONE_MIC)
    finally:
        dispose(console)

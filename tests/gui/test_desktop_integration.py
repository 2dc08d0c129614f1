"""Start at login (XDG autostart entry) and switching the interface language at run time."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from softphone.ui.autostart import autostart_file, is_start_at_login, set_start_at_login
from softphone.ui.i18n import install_translator


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart is Linux; installers do the rest")
def test_start_at_login_writes_and_removes_the_autostart_entry(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert autostart_file() == tmp_path / "config" / "autostart" / "softphone.desktop"
    assert set_start_at_login(True, command="/opt/softphone/softphone run --minimized")
    text = autostart_file().read_text()
    assert "[Desktop Entry]" in text and "Exec=/opt/softphone/softphone run --minimized" in text
    assert is_start_at_login()
    assert not set_start_at_login(False)
    assert not autostart_file().exists() and not is_start_at_login()
    assert not set_start_at_login(False)  # removing twice is fine
    autostart_file().parent.rmdir()
    autostart_file().parent.write_text("")  # a file where the folder should be: a plain message, no traceback
    with pytest.raises(OSError, match="start at login"):
        set_start_at_login(True)


def test_language_switch_without_restart(qapp: QApplication) -> None:
    try:
        assert install_translator(qapp, "de") == "de"
        assert QCoreApplication.translate("ConsoleWindow", "&Phone") == "&Telefon"
        assert install_translator(qapp, "pt_BR") == "pt_BR"
        assert QCoreApplication.translate("ConsoleWindow", "&Phone") != "&Telefon"  # German is gone
        assert install_translator(qapp, "xx_YY") == ""  # unknown: back to the source language
        assert QCoreApplication.translate("ConsoleWindow", "&Phone") == "&Phone"
    finally:
        install_translator(qapp, "en")

"""Start at login (XDG autostart entry, macOS LaunchAgent, the Windows Run value's command line) and switching the
interface language at run time."""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from softphone.ui import autostart
from softphone.ui.autostart import autostart_file, is_start_at_login, launch_argv, set_start_at_login
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


def test_start_at_login_on_macos_is_a_launch_agent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    path = autostart_file("darwin")
    assert path == tmp_path / "Library" / "LaunchAgents" / "com.softphone.autostart.plist"
    argv = ["/Applications/Softphone.app/Contents/MacOS/softphone", "run", "--minimized"]
    assert set_start_at_login(True, command=argv, platform="darwin")
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == "com.softphone.autostart" and agent["RunAtLoad"] is True
    assert agent["ProgramArguments"] == argv
    assert is_start_at_login("darwin")
    assert not set_start_at_login(False, platform="darwin")
    assert not path.exists() and not is_start_at_login("darwin")
    path.parent.rmdir()
    path.parent.write_text("")  # a file where the folder should be
    with pytest.raises(OSError, match="start at login"):
        set_start_at_login(True, command=argv, platform="darwin")


def test_start_at_login_command_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    # Windows' Run value: the bundled program quoted by Windows' rules (a space in Program Files)
    assert autostart._windows_command([r"C:\Program Files\Softphone\softphone.exe", "run", "--minimized"]) == (
        r'"C:\Program Files\Softphone\softphone.exe" run --minimized')
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/softphone/softphone")
    assert launch_argv() == ["/opt/softphone/softphone", "run", "--minimized"]
    monkeypatch.delattr(sys, "frozen")
    monkeypatch.setattr(sys, "argv", ["/usr/lib/python3/bin/pytest"])
    assert launch_argv() == ["/opt/softphone/softphone", "-m", "softphone", "run", "--minimized"]
    assert not set_start_at_login(True, platform="sunos5")  # nowhere to put it: says no, writes nothing


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

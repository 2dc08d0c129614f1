"""Start at login, per user, where each system looks for it:

- Linux: an XDG autostart entry (~/.config/autostart/softphone.desktop, freedesktop.org's Desktop Application
  Autostart spec);
- Windows: the value ``Softphone`` under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run;
- macOS: a LaunchAgent (~/Library/LaunchAgents/com.softphone.autostart.plist, RunAtLoad).

IT turns it off for everyone with the policy (``DISABLE_AUTO_START`` in the MSI locks ``ui.start_at_login``)."""

from __future__ import annotations

import importlib
import os
import plistlib
import shlex
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

FILE_NAME = "softphone.desktop"
LAUNCH_AGENT_LABEL = "com.softphone.autostart"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Softphone"


def _platform(platform: str | None) -> str:
    platform = platform or sys.platform
    if platform.startswith("linux"):
        return "linux"
    if platform == "win32":
        return "windows"
    if platform == "darwin":
        return "macos"
    return "other"


def autostart_file(platform: str | None = None) -> Path:
    """Where the entry lives (Linux, macOS); on Windows the registry path, for messages."""
    kind = _platform(platform)
    if kind == "macos":
        return Path.home() / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
    if kind == "windows":
        return Path("HKEY_CURRENT_USER") / RUN_KEY / RUN_VALUE
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / FILE_NAME


def launch_argv() -> list[str]:
    """How to start this phone again, minimized: the bundled executable (PyInstaller), the installed
    ``softphone`` script when it is the one running, else this interpreter with ``-m softphone``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "run", "--minimized"]
    argv0 = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    if argv0 in ("softphone", "softphone.exe"):
        return [str(Path(sys.argv[0]).resolve()), "run", "--minimized"]
    return [sys.executable, "-m", "softphone", "run", "--minimized"]


def launch_command(argv: Sequence[str] | None = None) -> str:
    """``argv`` (default: launch_argv()) as one POSIX shell line (the XDG entry's Exec)."""
    return " ".join(shlex.quote(part) for part in (argv or launch_argv()))


def set_start_at_login(enabled: bool, command: Sequence[str] | str | None = None,
                       platform: str | None = None) -> bool:
    """Write or remove the entry. True when an entry is now in place. Raises OSError with a plain message when
    it cannot be written. ``command`` is an argv list (or, on Linux, an Exec line)."""
    kind = _platform(platform)
    argv = list(command) if command is not None and not isinstance(command, str) else None
    try:
        if kind == "linux":
            return _set_xdg(enabled, command if isinstance(command, str) else launch_command(argv))
        if kind == "macos":
            return _set_launch_agent(enabled, argv or launch_argv())
        if kind == "windows":
            return _set_run_key(enabled, argv or launch_argv())
    except OSError as exc:
        where = autostart_file(platform)
        raise OSError(f"Could not set up start at login in {where.parent}: {exc.strerror or exc}") from None
    return False


def is_start_at_login(platform: str | None = None) -> bool:
    kind = _platform(platform)
    if kind in ("linux", "macos"):
        return autostart_file(platform).is_file()
    if kind == "windows":
        return _read_run_key() is not None
    return False


def _replace(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def _set_xdg(enabled: bool, exec_line: str) -> bool:
    path = autostart_file("linux")
    if not enabled:
        path.unlink(missing_ok=True)
        return False
    entry = "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=Softphone",
        "Comment=Contact-center softphone",
        f"Exec={exec_line}",
        "Icon=softphone",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])
    _replace(path, entry.encode("utf-8"))
    return True


def _set_launch_agent(enabled: bool, argv: list[str]) -> bool:
    path = autostart_file("darwin")
    if not enabled:
        path.unlink(missing_ok=True)
        return False
    plist = {"Label": LAUNCH_AGENT_LABEL, "ProgramArguments": argv, "RunAtLoad": True,
             "ProcessType": "Interactive", "LimitLoadToSessionType": "Aqua"}
    _replace(path, plistlib.dumps(plist))
    return True


def _windows_command(argv: list[str]) -> str:
    return subprocess.list2cmdline(argv)  # Windows' own quoting rules (spaces in "Program Files")


def _winreg() -> Any:
    return importlib.import_module("winreg")  # by name: its stubs exist only for Windows


def _set_run_key(enabled: bool, argv: list[str]) -> bool:  # pragma: no cover - Windows only
    winreg = _winreg()
    with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
        if not enabled:
            try:
                winreg.DeleteValue(key, RUN_VALUE)
            except FileNotFoundError:
                pass
            return False
        winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, _windows_command(argv))
    return True


def _read_run_key() -> str | None:  # pragma: no cover - Windows only
    try:
        winreg = _winreg()
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            value, _kind = winreg.QueryValueEx(key, RUN_VALUE)
            return str(value)
    except (ImportError, OSError):
        return None

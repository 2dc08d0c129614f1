"""Start at login. Linux: an XDG autostart entry (~/.config/autostart/softphone.desktop, freedesktop.org's
Desktop Application Autostart spec). Windows (a Run key) and macOS (a LaunchAgent) are set up by the
installers (installers/), which know the installed path; there this is a no-op that reports False."""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

FILE_NAME = "softphone.desktop"


def autostart_file() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / FILE_NAME


def launch_command() -> str:
    """How to start this phone again, minimized: the installed ``softphone`` script when it is the one
    running, else this interpreter with ``-m softphone``."""
    argv0 = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    if argv0 == "softphone":
        return f"{shlex.quote(str(Path(sys.argv[0]).resolve()))} run --minimized"
    return f"{shlex.quote(sys.executable)} -m softphone run --minimized"


def set_start_at_login(enabled: bool, command: str | None = None) -> bool:
    """Write or remove the autostart entry. True when an entry is now in place. Raises OSError with a
    plain message when the folder cannot be written."""
    if not sys.platform.startswith("linux"):
        return False
    path = autostart_file()
    if not enabled:
        path.unlink(missing_ok=True)
        return False
    entry = "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=Softphone",
        "Comment=Contact-center softphone",
        f"Exec={command or launch_command()}",
        "Icon=softphone",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(entry, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        raise OSError(f"Could not set up start at login in {path.parent}: {exc.strerror or exc}") from None
    return True


def is_start_at_login() -> bool:
    return sys.platform.startswith("linux") and autostart_file().is_file()

from __future__ import annotations

import subprocess
import sys

from softphone import __version__


def test_version_flag() -> None:
    out = subprocess.run([sys.executable, "-m", "softphone", "--version"], capture_output=True, text=True,
                         timeout=60, check=True)
    assert out.stdout.strip() == f"softphone {__version__}"


def test_help_lists_subcommands() -> None:
    out = subprocess.run([sys.executable, "-m", "softphone", "--help"], capture_output=True, text=True,
                         timeout=60, check=True)
    for sub in ("run", "login", "logout", "account", "devices", "call", "queue", "diagnose"):
        assert sub in out.stdout

"""The tray icon and its menu on a real X11 display with a real system tray host (Xvfb + trayer).

Offscreen Qt (the rest of tests/gui) has no tray; this runs tests/gui/tray_check.py in a subprocess on a private
Xvfb with trayer as the tray host (offscreen runs already show the console doing without a tray).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.gui.render_screens import start_xvfb
from tests.stack import procs

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None or shutil.which("trayer") is None,
                                reason="needs Xvfb and trayer (dev.sh installs both)")


@pytest.fixture
def display() -> Iterator[str]:
    xvfb, name = start_xvfb()
    try:
        yield name
    finally:
        procs.stop_process(xvfb)


def _check(display: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}  # the XEmbed tray, not D-Bus
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    done = subprocess.run([sys.executable, "-m", "tests.gui.tray_check"], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=90)
    assert done.returncode == 0, done.stderr[-3000:]
    found: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def test_tray_icon_menu_and_close_to_tray(display: str) -> None:
    tray_host = procs.start_process(["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
                                     "--transparent", "false"], env={**os.environ, "DISPLAY": display})
    try:
        found = _check(display)
    finally:
        procs.stop_process(tray_host)
    assert found["available"] and found["tray_built"] and found["tray_visible"], found
    assert found["menu"] == ["Show the phone", "Answer", "Hang up", "Available", "Quit"], found
    assert found["icon_follows_state"], found
    assert "Available" in str(found["tooltip_available"]), found
    assert found["hidden_to_tray"] and found["still_running"] and found["shown_from_tray"], found
    assert found["answered_from_tray"] and found["hung_up_from_tray"], found
    assert found["quit_from_tray"], found

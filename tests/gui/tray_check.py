"""The tray, on a real X11 display with a real system tray (run by tests/gui/test_tray.py, not collected).

    DISPLAY=:N QT_QPA_PLATFORM=xcb python -m tests.gui.tray_check

Offscreen Qt has no tray, so the console's tray is checked here: a private Xvfb with trayer (an XEmbed system tray)
as its tray host. Drives the console over the scripted engine and prints one JSON object of findings; the test
asserts on them.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def main() -> int:
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # as the app does: the tray keeps it running
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as tmp, loop:
        found = loop.run_until_complete(asyncio.wait_for(_check(Path(tmp)), 60))
    print(json.dumps(found), flush=True)
    return 0


async def _until(condition: Any, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        await asyncio.sleep(0.02)
    return True


async def _check(tmp: Path) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    from softphone.core.events import AgentStateChanged, CallConfirmed, CallIncoming
    from softphone.core.session import Session
    from softphone.history import HistoryStore
    from softphone.ui.bridge import SessionAgentControl, SessionBridge
    from softphone.ui.console import ConsoleWindow
    from softphone.ui.i18n import install_translator
    from tests.gui.conftest import ACCOUNT, SettingsStub
    from tests.unit.core.fake_engine import FakeEngine

    found: dict[str, Any] = {}
    # the tray host may still be claiming its selection when we start
    found["available"] = await _until(QSystemTrayIcon.isSystemTrayAvailable, 10)
    if not found["available"]:
        return found
    install_translator(QApplication.instance(), "en")  # type: ignore[arg-type]
    settings = SettingsStub(tmp / "config.json")
    history = HistoryStore(tmp / "history.sqlite3")
    engine = FakeEngine()
    session = Session(engine=engine)
    bridge = SessionBridge(session, SessionAgentControl(session))
    console = ConsoleWindow(bridge, settings, history, popup_guard=0.0)
    try:
        tray = console.tray
        found["tray_built"] = tray is not None
        if tray is None:
            return found
        found["tray_visible"] = await _until(tray.isVisible)
        found["menu"] = [a.text() for a in tray.contextMenu().actions()]
        await session.start(ACCOUNT, "pw")
        console.show()
        await _until(console.isVisible)

        offline_key = tray.icon().cacheKey()
        bridge.on_event(AgentStateChanged(state="available"))
        found["icon_follows_state"] = await _until(lambda: tray.icon().cacheKey() != offline_key)
        found["tooltip_available"] = tray.toolTip()

        # closing the window keeps the phone in the tray (ui.close_to_tray is on by default)
        console.close()
        found["hidden_to_tray"] = await _until(lambda: not console.isVisible())
        found["still_running"] = not console.quitting
        console.tray_actions["show"].trigger()
        found["shown_from_tray"] = await _until(console.isVisible)

        # answer from the tray menu: the ringing call is answered through the session
        engine.emit(CallIncoming(call_id="c1", remote_uri="sip:2001@pbx.example.com", display_name="Jane Doe",
                                 number="2001", queue="sales"))
        await _until(lambda: "c1" in console.popups)
        console.tray_actions["answer"].trigger()
        found["answered_from_tray"] = await _until(lambda: ("answer", "c1") in engine.log)
        engine.emit(CallConfirmed(call_id="c1"))
        console.tray_actions["hangup"].trigger()
        found["hung_up_from_tray"] = await _until(lambda: ("hangup", "c1") in engine.log)

        quit_seen: list[bool] = []
        console.quit_requested.connect(lambda: quit_seen.append(True))
        console.tray_actions["quit"].trigger()
        found["quit_from_tray"] = await _until(lambda: bool(quit_seen))
    finally:
        console.quitting = True
        await session.stop()
        console.close()
        if console.tray is not None:
            console.tray.hide()
        history.close()
    return found


if __name__ == "__main__":
    sys.exit(main())

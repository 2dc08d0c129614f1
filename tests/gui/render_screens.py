"""Render the main screens to PNG for the README: sign-in, console idle, incoming call, in call, settings.

    .venv/bin/python -m tests.gui.render_screens [--out docs/screenshots] [--platform xvfb|offscreen]

Driven by the scripted engine (no SIP stack needed). With ``xvfb`` (the default when Xvfb is installed) the
windows are real X11 windows on a private Xvfb display inside dbus-run-session (DESIGN.md 8), which looks like a
desktop; ``offscreen`` needs nothing but Qt.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ("signin", "console-idle", "incoming-call", "in-call", "settings")


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """A private Xvfb on the first free display number (it tells us which through -displayfd)."""
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-nolisten", "tcp", "-screen", "0", "1400x1000x24"],
                            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        proc.wait()
        raise RuntimeError("Xvfb did not start")
    return proc, f":{number}"


def outer(out: Path) -> int:
    """Start Xvfb, run the renderer inside it and dbus-run-session, stop Xvfb."""
    xvfb, display = start_xvfb()
    try:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        command = [sys.executable, "-m", "tests.gui.render_screens", "--inner", "--out", str(out)]
        if shutil.which("dbus-run-session"):
            command = ["dbus-run-session", "--", *command]
        return subprocess.run(command, env=env, cwd=ROOT, timeout=120).returncode
    finally:
        xvfb.terminate()
        try:
            xvfb.wait(5)
        except subprocess.TimeoutExpired:
            xvfb.kill()
            xvfb.wait()


def render(out: Path) -> int:
    import qasync
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    app.setFont(QFont("DejaVu Sans", 10))
    app.setQuitOnLastWindowClosed(False)
    from softphone.ui.i18n import install_translator

    install_translator(app, "en")  # plural forms ("1 call") come from the English translation
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        with loop:
            loop.run_until_complete(_screens(Path(tmp), out, QWidget))
    return 0


async def _settle() -> None:
    """Let layouts, paints and the window manager catch up before grabbing (the Qt loop runs meanwhile)."""
    await asyncio.sleep(0.3)


async def _screens(tmp: Path, out: Path, widget_type: type) -> None:
    from softphone.core.events import (
        AgentStateChanged,
        CallConfirmed,
        CallIncoming,
        CallStateChanged,
        DevicesChanged,
        MediaEvent,
        QueueChanged,
    )
    from softphone.core.session import Session
    from softphone.core.signin import SignInResult
    from softphone.history import HistoryStore
    from softphone.ui.bridge import SessionAgentControl, SessionBridge
    from softphone.ui.console import ConsoleWindow
    from softphone.ui.settings_dialog import SettingsDialog
    from softphone.ui.signin import SignInWindow
    from tests.gui.conftest import ACCOUNT, SettingsStub
    from tests.gui.test_signin import FakeSignIn
    from tests.unit.core.fake_engine import FakeEngine

    def save(widget: object, name: str) -> None:
        path = out / f"{name}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    settings = SettingsStub(tmp / "config.json")
    settings.set("queue.names", ["sales", "support"])

    # sign-in
    signin = SignInWindow(FakeSignIn(SignInResult.ok("")), settings)
    signin.server.setText("https://chat.example.com")
    signin.user.setText("alice@example.com")
    signin.password.setText("password")
    signin.show()
    await _settle()
    save(signin, "signin")
    signin.close()

    # a console on the scripted engine, with a little history
    clock = iter(range(1_764_000_000, 1_764_100_000, 700))
    history = HistoryStore(tmp / "history.sqlite3", clock=lambda: float(next(clock)))
    for n, (peer, state, duration, reason) in enumerate((
        ("sip:+4930123456@pbx.example.com", "connected", 184.0, "remote"),
        ("sip:2044@pbx.example.com", "ringing", 0.0, "remote"),
        ("sip:1003@pbx.example.com", "connected", 62.0, "local"),
    )):
        call_id = f"h{n}"
        inbound = n != 2
        base = {"call_id": call_id, "direction": "inbound" if inbound else "outbound", "peer": peer,
                "queue": "sales" if inbound else ""}
        history.on_event(CallStateChanged(state="ringing" if inbound else "calling", **base))
        if state == "connected":
            history.on_event(CallStateChanged(state="connected", **base))
        history.on_event(CallStateChanged(state="disconnected", duration=duration, end_reason=reason, **base))
    engine = FakeEngine()
    session = Session(engine=engine)
    session.subscribe(history.on_event)
    bridge = SessionBridge(session, SessionAgentControl(session))
    console = ConsoleWindow(bridge, settings, history, popup_guard=0.0)
    console.resize(960, 660)
    await session.start(ACCOUNT, "pw")
    bridge.on_event(QueueChanged(name="sales", logged_in=True, callers=3, holdtime=95, longest_hold=140,
                                 members_logged_in=4, members_available=2))
    bridge.on_event(QueueChanged(name="support", logged_in=True, paused=False, callers=0, members_logged_in=2,
                                 members_available=1))
    bridge.on_event(AgentStateChanged(state="available"))
    console.show()
    await _settle()
    save(console, "console-idle")

    # incoming call: the popup, over the console
    engine.emit(CallIncoming(call_id="c1", remote_uri="sip:+4930123456@pbx.example.com", display_name="Jane Doe",
                             number="+4930123456", queue="sales"))
    await _settle()
    popup = console.popups["c1"]
    save(popup, "incoming-call")

    # in call
    await bridge.answer("c1")
    engine.emit(CallConfirmed(call_id="c1"))
    bridge.on_event(AgentStateChanged(state="on_call"))
    await _settle()
    bridge.on_event(MediaEvent(call_id="c1", codec="G722", jitter_ms=8, loss_pct=0.2, mos=4.3))
    console.panels["c1"].connected_at = (console.panels["c1"].connected_at or 0) - 83  # a call in progress
    console.panels["c1"]._update_timer()
    await _settle()
    save(console, "in-call")

    # settings, on the audio page with a few devices
    devices = DevicesChanged(input="headset_mic", output="headset_out", ringer="speaker_out", list=(
        {"identity": "pulse:headset_mic", "description": "USB headset microphone", "is_input": True},
        {"identity": "pulse:laptop_mic", "description": "Built-in microphone", "is_input": True},
        {"identity": "pulse:headset_out", "description": "USB headset", "is_output": True},
        {"identity": "pulse:speaker_out", "description": "Built-in speakers", "is_output": True},
    ))
    dialog = SettingsDialog(settings, devices, console)
    dialog.tabs.setCurrentIndex(1)
    dialog.show()
    await _settle()
    save(dialog, "settings")
    dialog.close()
    console.quitting = True
    await session.stop()
    console.close()
    history.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--platform", choices=("xvfb", "offscreen"),
                        default="xvfb" if shutil.which("Xvfb") else "offscreen")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    out = args.out.resolve()
    if args.inner:
        return render(out)
    if args.platform == "xvfb":
        return outer(out)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return render(out)


if __name__ == "__main__":
    sys.exit(main())

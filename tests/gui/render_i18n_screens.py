"""Every window of the app in a given language, filled with realistic content: used by the language and
accessibility tests, and run as a script it renders the screenshots in docs/screenshots:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.render_i18n_screens --out docs/screenshots pt_BR de

Translations are compiled from i18n/*.ts with pyside6-lrelease into a temporary folder, so the pictures and
tests always show the .ts files as they are now (not a stale build).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from softphone.core.desktop_ports import CameraInfo
from softphone.core.events import (
    AgentStateChanged,
    CallStateChanged,
    IncomingCall,
    MediaEvent,
    QueueChanged,
    RegistrationChanged,
    Started,
    VideoChanged,
)
from softphone.core.models import Capabilities
from softphone.core.session import Session
from softphone.core.signin import ManualAccount, SignInResult
from softphone.history import HistoryStore
from softphone.ui.bridge import SessionAgentControl, SessionBridge
from softphone.ui.console import ConsoleWindow
from softphone.ui.settings_dialog import SettingsDialog
from softphone.ui.signin import SignInWindow
from tests.gui.conftest import SettingsStub
from tests.gui.video_fakes import ScriptedVideo
from tests.unit.core.fake_engine import FakeEngine

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "i18n"
LANGUAGES = ("en", "pt_BR", "es", "de", "fr")


def lrelease_command() -> list[str]:
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    return [str(tool)] if tool.exists() else [shutil.which("pyside6-lrelease") or "pyside6-lrelease"]


def compile_ts(target: Path) -> dict[str, Path]:
    """i18n/softphone_<lang>.ts -> target/softphone_<lang>.qm; returns {lang: qm path}."""
    target.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}
    for ts in sorted(TS_DIR.glob("softphone_*.ts")):
        qm = target / f"{ts.stem}.qm"
        subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
        out[ts.stem.removeprefix("softphone_")] = qm
    return out


@contextmanager
def translated(language: str, qm_files: dict[str, Path]) -> Iterator[list[QTranslator]]:
    """The app's and Qt's own (qtbase) translations for ``language`` installed; removed again on exit so
    other tests keep the English source strings."""
    app = QCoreApplication.instance()
    assert app is not None
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if not ours.load(str(qm_files[language])):
        raise AssertionError(f"cannot load {qm_files[language]}")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if language != "en":
        if not qtbase.load(QLocale(language), "qtbase", "_", qt_dir):
            raise AssertionError(f"Qt's qtbase_{language}.qm is missing in {qt_dir}")
        app.installTranslator(qtbase)
        installed.append(qtbase)
    app.installTranslator(ours)
    installed.append(ours)
    try:
        yield installed
    finally:
        for translator in installed:
            app.removeTranslator(translator)


class IdleSignIn:
    """core.signin.SignInService that is never reached: the pictures and checks only look at the window."""

    async def sign_in(self, server: str, user: str, password: str, code: str | None = None) -> SignInResult:
        return SignInResult.error("network", "")

    async def resend_code(self, server: str, user: str, password: str) -> SignInResult:
        return SignInResult.error("network", "")

    async def sign_in_with_token(self, server: str, user_id: str, token: str) -> SignInResult:
        return SignInResult.error("network", "")

    async def set_manual_account(self, account: ManualAccount) -> SignInResult:
        return SignInResult.error("network", "")

    async def has_account(self) -> bool:
        return False


@dataclass
class Scenes:
    console: ConsoleWindow
    bridge: SessionBridge
    settings_dialog: SettingsDialog
    signin: SignInWindow
    history: HistoryStore
    windows: dict[str, QWidget] = field(default_factory=dict)

    def dispose(self) -> None:
        self.console.quitting = True  # a real close, not close-to-tray
        for window in (*self.windows.values(), self.console):
            window.close()
            window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.history.close()


def build_scenes(workdir: Path) -> Scenes:
    """The console (registered, paused agent, two queues, one connected call with quality figures, a missed
    call in the history), the incoming-call popup, the settings dialog and the sign-in window, all shown."""
    settings = SettingsStub(workdir / "config.json")
    settings.set("queue.names", ["sales", "support"])
    settings.set("queue.pause_reasons", [{"code": "1", "label": "Lunch"}, {"code": "2", "label": "Training"}])
    history = HistoryStore(workdir / "history.sqlite3")
    for call_id, state_path, peer, queue in (("h1", ("ringing", "disconnected"), "sip:2002@pbx.test", "sales"),
                                             ("h2", ("calling", "connected", "disconnected"), "sip:3005@pbx.test",
                                              "")):
        direction = "inbound" if call_id == "h1" else "outbound"
        for state in state_path:
            history.on_event(CallStateChanged(call_id=call_id, state=state, direction=direction, peer=peer,
                                              queue=queue, duration=95.0 if state == "disconnected" and
                                              call_id == "h2" else 0.0))
    session = Session(engine=FakeEngine())
    bridge = SessionBridge(session, SessionAgentControl(session))
    # video: two cameras, so every video control shows (camera switch too)
    video = ScriptedVideo([CameraInfo("a|Front camera", "Front camera"), CameraInfo("b|USB camera", "USB camera")])
    console = ConsoleWindow(bridge, settings, history, popup_guard=0.0, video=video)
    console.show()
    bridge.on_event(Started(version="0", capabilities=Capabilities(sound_devices=False, video=True,
                                                                   codecs=("PCMU",), srtp=False, tls=False)))
    bridge.on_event(RegistrationChanged(state="registered", code=200, reason="OK", account="sip:1001@pbx.test"))
    bridge.on_event(AgentStateChanged(state="paused", reason="1"))
    bridge.on_event(QueueChanged(name="sales", logged_in=True, paused=True, reason="1", callers=3, holdtime=74,
                                 longest_hold=131, members_logged_in=4, members_available=2))
    bridge.on_event(QueueChanged(name="support", logged_in=False))
    bridge.on_event(CallStateChanged(call_id="c1", state="connected", direction="outbound",
                                     peer="sip:3005@pbx.test"))
    bridge.on_event(MediaEvent(call_id="c1", codec="PCMU", jitter_ms=14, loss_pct=0.4, mos=4.3))
    bridge.on_event(VideoChanged(call_id="c1", on=True, fps=15.0, frames_rx=300, frames_tx=300, bitrate=700000,
                                 loss=0.2))
    bridge.on_event(IncomingCall(call_id="in1", from_="sip:2001@pbx.test", display_name="Alice Martins",
                                 number="2001", queue="sales", waiting=True))
    popup = console.popups["in1"]
    dialog = SettingsDialog(settings, None, console, video=video)
    dialog.show()
    signin = SignInWindow(IdleSignIn(), settings)
    signin.show()
    QApplication.processEvents()
    return Scenes(console=console, bridge=bridge, settings_dialog=dialog, signin=signin, history=history,
                  windows={"console": console, "incoming_call": popup, "settings": dialog, "signin": signin})


def render(languages: list[str], out: Path) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        qm_files = compile_ts(Path(tmp) / "qm")
        for language in languages:
            with translated(language, qm_files):
                scenes = build_scenes(Path(tmp) / language)
                try:
                    for name, window in scenes.windows.items():
                        if name == "settings":
                            scenes.settings_dialog.tabs.setCurrentIndex(1)  # calls and queues: longest labels
                        window.adjustSize() if name != "console" else None
                        app.processEvents()
                        path = out / f"{name}_{language}.png"
                        window.grab().save(str(path))
                        written.append(path)
                finally:
                    scenes.dispose()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("languages", nargs="+", choices=LANGUAGES)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for path in render(args.languages, args.out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The console and popup on a real Session driven by the scripted engine (views only; the real stack is in
test_gui_stack.py)."""

from __future__ import annotations

import asyncio
import statistics
import time
from pathlib import Path

import qasync
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from softphone.config.policy import Policy
from softphone.core.events import CallConfirmed, CallEnded, CallIncoming, MediaEvent
from softphone.core.session import Session
from softphone.history import HistoryStore
from softphone.ui.bridge import SessionAgentControl, SessionBridge
from softphone.ui.console import ConsoleWindow
from softphone.ui.settings_dialog import SettingsDialog
from softphone.ui.single_instance import InstanceServer, hand_over
from tests.gui.conftest import ACCOUNT, SettingsStub, dispose, until
from tests.unit.core.fake_engine import FakeEngine


def make_console(settings: SettingsStub, history: HistoryStore | None = None,
                 guard: float = 0.3) -> tuple[FakeEngine, Session, SessionBridge, ConsoleWindow]:
    engine = FakeEngine()
    session = Session(engine=engine)
    if history is not None:
        session.subscribe(history.on_event)
    bridge = SessionBridge(session, SessionAgentControl(session))
    console = ConsoleWindow(bridge, settings, history, popup_guard=guard)
    return engine, session, bridge, console


def test_incoming_call_answered_with_enter_after_guard(aloop: qasync.QEventLoop, settings_stub: SettingsStub,
                                                      history: HistoryStore) -> None:
    engine, session, bridge, console = make_console(settings_stub, history)

    async def scenario() -> None:
        await session.start(ACCOUNT, "pw")
        console.show()
        await until(lambda: "Connected" in console.registration_label.text(), what="registered")
        engine.emit(CallIncoming(call_id="in1", remote_uri="sip:2001@pbx.test", display_name="Alice",
                                 queue="sales"))
        await until(lambda: "in1" in console.popups, what="popup")
        popup = console.popups["in1"]
        assert "Alice" in popup.accessibleName() and "sales" in popup.accessibleDescription()
        assert "sales" in popup.queue_label.text()
        # an Enter typed at once (meant for another app) is swallowed by the guard
        QTest.keyClick(popup, Qt.Key.Key_Return)
        await asyncio.sleep(0.05)
        assert ("answer", "in1") not in engine.log
        await until(popup.armed, what="guard delay")
        QTest.keyClick(popup, Qt.Key.Key_Return)
        await until(lambda: ("answer", "in1") in engine.log, what="answer sent")
        engine.emit(CallConfirmed(call_id="in1"))
        await until(lambda: "in1" in console.panels and console.panels["in1"].state == "connected")
        assert "in1" not in console.popups
        panel = console.panels["in1"]
        console.activateWindow()
        await until(console.isActiveWindow, what="console active")
        # hold, mute, DTMF through the keyboard shortcuts and the panel's buttons
        QTest.keySequence(console, "Ctrl+Shift+P")
        await until(lambda: ("hold", "in1") in engine.log and panel.state == "held", what="hold")
        QTest.keySequence(console, "Ctrl+Shift+P")
        await until(lambda: ("unhold", "in1") in engine.log and panel.state == "connected", what="unhold")
        QTest.keySequence(console, "Ctrl+Shift+M")
        await until(lambda: panel.muted, what="muted")
        assert ("mute", "in1") in engine.log
        panel.keys["5"].click()
        await until(lambda: any(e[:3] == ("dtmf", "in1", "5") for e in engine.log), what="dtmf")
        bridge.on_event(MediaEvent(call_id="in1", codec="PCMU", jitter_ms=12, loss_pct=3.5, mos=3.2))
        assert "poor" in panel.quality.text() and "3.5" in panel.quality.toolTip()
        panel.transfer_to.setText("1003")
        panel.transfer_button.click()
        await until(lambda: ("transfer", "in1", "sip:1003@pbx.test") in engine.log, what="transfer")
        QTest.keySequence(console, "Ctrl+Shift+H")
        await until(lambda: not console.panels, what="hung up")
        await until(lambda: history.recent() and history.recent()[0].outcome == "answered", what="history")
        entry = history.recent()[0]
        assert (entry.direction, entry.queue) == ("inbound", "sales")
        # redial from the history
        assert console.history_view is not None
        console.history_view.callback_button.click()
        await until(lambda: ("sip:2001@pbx.test", False) in engine.calls_made, what="redial")
        await session.stop()

    aloop.run_until_complete(asyncio.wait_for(scenario(), 30))
    dispose(console)


def test_missed_call_badge_and_escape_declines(aloop: qasync.QEventLoop, settings_stub: SettingsStub,
                                               history: HistoryStore) -> None:
    engine, session, bridge, console = make_console(settings_stub, history, guard=0.0)

    async def scenario() -> None:
        await session.start(ACCOUNT, "pw")
        console.show()
        engine.emit(CallIncoming(call_id="m1", remote_uri="sip:2002@pbx.test"))
        await until(lambda: "m1" in console.popups)
        engine.emit(CallEnded(call_id="m1", code=487, reason="Request Terminated"))
        await until(lambda: history.unseen_missed() == 1, what="missed")
        assert console.history_view is not None
        index = console.tabs.indexOf(console.history_view)
        assert "1 missed" in console.tabs.tabText(index)
        console.tabs.setCurrentIndex(index)
        await until(lambda: "missed" not in console.tabs.tabText(index), what="badge cleared")
        engine.emit(CallIncoming(call_id="r1", remote_uri="sip:2003@pbx.test"))
        await until(lambda: "r1" in console.popups)
        popup = console.popups["r1"]
        await until(popup.armed)
        QTest.keyClick(popup, Qt.Key.Key_Escape)
        await until(lambda: ("reject", "r1", "486") in engine.log, what="declined")
        await session.stop()

    aloop.run_until_complete(asyncio.wait_for(scenario(), 30))
    dispose(console)


def test_history_survives_reopen(tmp_path: Path, aloop: qasync.QEventLoop) -> None:
    from softphone.core.events import CallStateChanged

    path = tmp_path / "h.sqlite3"
    store = HistoryStore(path)
    store.on_event(CallStateChanged(call_id="1", state="calling", direction="outbound", peer="sip:9@x"))
    store.on_event(CallStateChanged(call_id="1", state="connected", direction="outbound", peer="sip:9@x"))
    store.on_event(CallStateChanged(call_id="1", state="disconnected", direction="outbound", peer="sip:9@x",
                                    duration=12.5, end_reason="local"))
    store.on_event(CallStateChanged(call_id="2", state="ringing", direction="inbound", peer="sip:8@x"))
    store.close()  # call 2 was still ringing: a crash
    again = HistoryStore(path)
    entries = again.recent()
    again.close()
    assert [(e.peer, e.outcome, e.duration) for e in entries] == [("sip:8@x", "interrupted", 0.0),
                                                                    ("sip:9@x", "answered", 12.5)]


def test_locked_setting_is_disabled_and_says_managed(tmp_path: Path, aloop: qasync.QEventLoop) -> None:
    policy = Policy(source="test", settings={"sip.transport": "tls"}, locked=frozenset({"sip.transport"}))
    settings = SettingsStub(tmp_path / "config.json", policy)
    dialog = SettingsDialog(settings)
    field = dialog.fields["sip.transport"]
    assert not field.widget.isEnabled()
    assert field.read() == "tls"
    assert field.widget.accessibleDescription() == "Managed by your organization"
    assert dialog.findChild(type(dialog.message), "managed:sip.transport").text() == "Managed by your organization"
    assert dialog.fields["call.auto_answer"].widget.isEnabled()
    # an unlocked change is saved; the locked one cannot be
    dialog.fields["queue.wrapup_seconds"].write(30)
    dialog.save()
    assert settings.get("queue.wrapup_seconds") == 30
    assert settings.get("sip.transport") == "tls"
    dispose(dialog)


def test_single_instance_hands_over_tel_link(aloop: qasync.QEventLoop, settings_stub: SettingsStub,
                                            tmp_path: Path) -> None:
    engine, session, bridge, console = make_console(settings_stub)
    name = f"softphone-test-{tmp_path.name[-12:]}"
    server = InstanceServer(name)
    assert server.listen()
    server.raise_requested.connect(console.bring_forward)
    server.dial_requested.connect(console.handle_dial_link)

    async def scenario() -> None:
        await session.start(ACCOUNT, "pw")
        loop = asyncio.get_running_loop()
        # a link that is not a dialable address never gets as far as a confirmation
        assert await loop.run_in_executor(None, hand_over, name, {"dial": "sip:evil@host?X-Header=1"})
        await until(lambda: console.notice.isVisible(), what="refusal notice")
        assert console.dial_confirm is None
        # a good tel: link asks first, then dials
        assert await loop.run_in_executor(None, hand_over, name, {"dial": "tel:+49 30 123"})
        await until(lambda: console.dial_confirm is not None, what="confirmation")
        box = console.dial_confirm
        assert box is not None and "sip:+4930123@pbx.test" in box.text()
        assert engine.calls_made == []
        box.button(QMessageBox.StandardButton.Yes).click()
        await until(lambda: ("sip:+4930123@pbx.test", False) in engine.calls_made, what="dialled")
        await session.stop()

    try:
        aloop.run_until_complete(asyncio.wait_for(scenario(), 30))
    finally:
        server.close()
    assert not hand_over(name, {"raise": "1"}, timeout_ms=200)  # nobody listens any more
    dispose(console)


def test_event_loop_latency_under_load(aloop: qasync.QEventLoop, settings_stub: SettingsStub,
                                       history: HistoryStore) -> None:
    engine, session, bridge, console = make_console(settings_stub, history, guard=0.0)
    lateness: list[float] = []
    interval = 10
    timer = QTimer(console)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(interval)
    expected = [0.0]
    started = [0.0]

    def tick() -> None:
        now = (time.monotonic() - started[0]) * 1000.0
        lateness.append(max(0.0, now - expected[0]))
        expected[0] = now + interval

    timer.timeout.connect(tick)

    async def scenario() -> None:
        await session.start(ACCOUNT, "pw")
        console.show()
        started[0] = time.monotonic()
        expected[0] = interval
        timer.start()
        end = time.monotonic() + 3.0
        n = 0
        while time.monotonic() < end:
            call_id = f"b{n}"
            engine.emit(CallIncoming(call_id=call_id, remote_uri=f"sip:{3000 + n}@pbx.test", queue="q"))
            engine.emit(CallConfirmed(call_id=call_id))
            for _ in range(5):
                bridge.on_event(MediaEvent(call_id=call_id, codec="PCMU", mos=4.1))
            engine.emit(CallEnded(call_id=call_id, code=200))
            n += 1
            await asyncio.sleep(0.02)
        timer.stop()
        assert n > 30 and len(history.recent(1000)) == n
        await session.stop()

    aloop.run_until_complete(asyncio.wait_for(scenario(), 30))
    dispose(console)
    lateness.sort()
    p99 = lateness[int(len(lateness) * 0.99) - 1]
    assert len(lateness) > 100
    median = statistics.median(lateness)
    print(f"event-loop lateness p99 {p99:.1f} ms, median {median:.1f} ms, max {lateness[-1]:.1f} ms")
    assert p99 < 50, f"p99 lateness {p99} ms (median {statistics.median(lateness)} ms)"

"""The desktop phone end to end, in-process under qasync: the real PjsuaEngine, Kamailio, SIPp callers and a
SIPp "PBX" for the queue feature codes, the real Secret Service. Driven through the windows the agent sees."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from softphone.cli.gui_run import DesktopApp
from softphone.config import Settings
from softphone.config.policy import Policy
from softphone.ui.signin import SignInWindow
from tests.gui.conftest import dispose, until
from tests.stack.kamailio import KamailioServer
from tests.stack.sipp import Sipp

USER = "1008"


def make_settings(path: Path) -> Settings:
    settings = Settings.load(path, Policy())
    for name, value in (("sip.bind_address", "127.0.0.1"), ("sip.dtmf_method", "info"),
                        ("queue.names", ["sales"]), ("queue.wrapup_seconds", 2)):
        settings.set(name, value)
    settings.save()
    return settings


def test_agent_shift_against_the_real_stack(aloop: qasync.QEventLoop, tmp_path: Path, kamailio: KamailioServer,
                                            kamailio_features: Callable[[str | None], None], sipp: Sipp,
                                            keyring_env: Any) -> None:
    pbx = sipp.uas(user="features", hangup_ms=300, max_calls=20)
    kamailio_features(pbx.uri)
    callback_target = sipp.uas(user="1003", hangup_ms=800)
    sipp.register("1003", contact_port=callback_target.port)
    settings = make_settings(tmp_path / "config.json")
    holder: dict[str, DesktopApp] = {}

    def feature_calls() -> list[str]:
        return [m.first_line.split()[1] for m in pbx.messages("received") if m.method == "INVITE"]

    async def scenario() -> None:
        app = DesktopApp(settings, f"softphone-e2e-{tmp_path.name[-12:]}", history_path=tmp_path / "h.sqlite3",
                         popup_guard=0.3, with_audio=False)
        holder["app"] = app
        console = app.console
        await app.start()
        # no account yet: the sign-in window, advanced path (manual SIP account)
        signin = app.signin
        assert isinstance(signin, SignInWindow) and signin.isVisible()
        signin.manual_button.click()
        signin.sip_uri.setText(f"sip:{USER}@{kamailio.host}")
        signin.sip_password.setText(kamailio.users.get(USER, f"pw{USER}"))
        signin.port.setValue(kamailio.udp_port)
        signin.manual_save.click()
        await until(lambda: console.registration_state == "registered", timeout=15, what="registered")
        assert console.registration_label.text() == "Connected"

        # queue login from the queue list, then a pause with a reason from the state selector
        item = console._queue_items["sales"]
        item.setCheckState(0, Qt.CheckState.Checked)
        await until(lambda: any("*45sales" in uri for uri in feature_calls()), timeout=10, what="login code")
        await until(lambda: item.text(1) == "Logged in", timeout=10, what="queue logged in")
        lunch = console.state_select.findData("2")
        console.state_select.setCurrentIndex(lunch)
        console.state_select.activated.emit(lunch)
        await until(lambda: console.agent_state == "paused", timeout=10, what="paused")
        assert any("*47sales*2" in uri for uri in feature_calls())
        assert "lunch" in console.state_label.text()
        console.state_select.setCurrentIndex(0)
        console.state_select.activated.emit(0)
        await until(lambda: console.agent_state == "available", timeout=10, what="available again")
        assert any("*48sales" in uri for uri in feature_calls())

        # a queue call rings: the popup, Enter answers once the guard delay is over
        caller = sipp.uac(to=USER, from_user="1003", from_name="Jane Caller", extra_headers="X-Queue: sales")
        await until(lambda: console.popups, timeout=10, what="incoming popup")
        call_id, popup = next(iter(console.popups.items()))
        assert "Jane Caller" in popup.caller and "sales" in popup.queue_label.text()
        QTest.keyClick(popup, Qt.Key.Key_Return)  # too early: swallowed
        await asyncio.sleep(0.05)
        assert call_id not in console.panels or console.panels[call_id].state == "ringing"
        await until(popup.armed, what="guard delay")
        QTest.keyClick(popup, Qt.Key.Key_Return)
        await until(lambda: call_id in console.panels and console.panels[call_id].state == "connected",
                    timeout=10, what="answered")
        panel = console.panels[call_id]
        await until(lambda: console.agent_state == "on_call", timeout=5, what="agent on call")

        panel.hold_button.click()
        await until(lambda: panel.state == "held", timeout=10, what="held")
        reinvites = [m for m in caller.messages("received") if m.method == "INVITE"]
        assert reinvites and "a=sendonly" in reinvites[-1].body
        panel.hold_button.click()
        await until(lambda: panel.state == "connected", timeout=10, what="resumed")
        panel.mute_button.click()
        await until(lambda: panel.muted, timeout=5, what="muted")
        panel.keys["5"].click()
        info = await asyncio.get_running_loop().run_in_executor(None, lambda: caller.wait_for_request("INFO"))
        assert "Signal=5" in info[-1].body.replace(" ", "")
        panel.transfer_to.setText("1004")
        panel.transfer_button.click()
        refer = await asyncio.get_running_loop().run_in_executor(None, lambda: caller.wait_for_request("REFER"))
        assert "1004" in (refer[-1].header("refer-to") or "")
        panel.hangup_button.click()
        await until(lambda: not console.panels, timeout=10, what="hung up")
        await asyncio.get_running_loop().run_in_executor(None, caller.wait_ok, 10)

        # wrap-up after the queue call: a visible countdown, then available again by itself
        await until(lambda: console.agent_state == "wrapup", timeout=5, what="wrap-up")
        assert console.wrapup_label.isVisible() and "left" in console.wrapup_label.text()
        await until(lambda: console.agent_state == "available", timeout=10, what="wrap-up over")
        assert not console.wrapup_label.isVisible()

        # history shows the call; calling back from it reaches 1003
        assert console.history_view is not None
        console.tabs.setCurrentWidget(console.history_view)
        entry = app.history.recent()[0]
        assert (entry.direction, entry.queue) == ("inbound", "sales")
        assert entry.outcome in ("answered", "transferred") and entry.peer.startswith("sip:1003@")
        assert console.history_view.table.topLevelItem(0).text(2) == "1003"
        console.history_view.callback_button.click()
        await until(lambda: any(p.state == "connected" for p in console.panels.values()), timeout=10,
                    what="call back connected")
        await until(lambda: not console.panels, timeout=10, what="call back ended by the far end")
        await until(lambda: app.history.recent()[0].direction == "outbound", what="call back in history")
        await app.stop()

    try:
        aloop.run_until_complete(asyncio.wait_for(scenario(), 60))
    finally:
        app = holder.get("app")
        if app is not None:
            if not app.session.stopped.is_set():
                aloop.run_until_complete(asyncio.wait_for(app.stop(), 20))
            dispose(app.console)
    callback_target.wait_ok(10)
    assert (tmp_path / "h.sqlite3").exists()

"""The desktop phone answers a baresip video call with video: the real engine in-process under qasync, Kamailio,
baresip (vp8 + fakevideo); the call panel's remote video view paints the far end's frames."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync

pytest.importorskip("av")
pytest.importorskip("aiortc")
pytest.importorskip("PySide6.QtMultimedia")

from softphone.cli.gui_run import DesktopApp  # noqa: E402
from softphone.config import Settings  # noqa: E402
from softphone.config.policy import Policy  # noqa: E402
from tests.gui.conftest import dispose, until  # noqa: E402
from tests.integration.engine_harness import account  # noqa: E402
from tests.stack.baresip import Baresip  # noqa: E402
from tests.stack.kamailio import KamailioServer  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("pipewire", "No RHI backend", "Using Qt multimedia with FFmpeg")

USER = "1009"


@pytest.fixture
def baresip(kamailio: KamailioServer, tmp_path: Path) -> Iterator[Baresip]:
    (tmp_path / "baresip").mkdir()
    peer = Baresip("1008", kamailio.users["1008"], f"127.0.0.1:{kamailio.udp_port}", workdir=tmp_path / "baresip")
    peer.start()
    try:
        peer.wait_registered()
        yield peer
    finally:
        peer.stop()


def test_desktop_answers_a_baresip_video_call_with_video(aloop: qasync.QEventLoop, tmp_path: Path,
                                                         kamailio: KamailioServer, baresip: Baresip) -> None:
    settings = Settings.load(tmp_path / "config.json", Policy())
    for name, value in (("sip.bind_address", "127.0.0.1"), ("sip.codecs", ["PCMU", "PCMA"])):
        settings.set(name, value)
    settings.save()
    holder: dict[str, DesktopApp] = {}

    async def scenario() -> None:
        app = DesktopApp(settings, f"softphone-video-{tmp_path.name[-12:]}", history_path=tmp_path / "h.sqlite3",
                         popup_guard=0.0, with_audio=False)
        holder["app"] = app
        console = app.console
        await app.start()
        assert console.video_available and console.video_call_button.isVisible()
        if app.signin is not None:
            app.signin.close()
        await app.session.register(account(kamailio, USER), kamailio.users[USER])
        await until(lambda: console.registration_state == "registered", timeout=15, what="registered")

        baresip.dial(f"sip:{USER}@{kamailio.host}")
        await until(lambda: len(console.popups) == 1, timeout=10, what="incoming popup")
        popup = next(iter(console.popups.values()))
        await until(popup.video_answer_button.isVisible, timeout=5, what="answer with video offered")
        popup.video_answer_button.click()
        call_id = popup.call_id
        await until(lambda: call_id in console.panels and console.panels[call_id].video_on, timeout=10,
                    what="video on in the call panel")
        panel = console.panels[call_id]
        await until(lambda: panel.video_view.frames_shown > 5, timeout=8, what="remote frames painted")
        picture = app.video_control.remote_picture(call_id) if app.video_control else None
        assert picture is not None and (picture.width, picture.height) == (640, 480)
        # we send too: the test pattern (no camera here) reaches baresip
        await until(lambda: any(ev.get("type") == "CALL_RTCP" and ev.get("param") == "video"
                                and int(dict(ev.get("rtcp_stats", {})).get("rx", {}).get("sent", 0)) > 10
                                for ev in list(baresip.events))
                    or "video: receiving" in baresip.log_text(), timeout=10, what="baresip receives our video")

        panel.video_button.click()  # video off mid-call (re-INVITE)
        await until(lambda: not panel.video_on, timeout=10, what="video off")
        panel.hangup_button.click()
        await until(lambda: not console.panels, timeout=10, what="call ended")

        # the next call answered audio only: no video in the panel, none on the wire
        baresip.dial(f"sip:{USER}@{kamailio.host}")
        await until(lambda: len(console.popups) == 1, timeout=10, what="second incoming popup")
        popup = next(iter(console.popups.values()))
        await until(popup.video_answer_button.isVisible, timeout=5, what="answer with video offered")
        popup.answer_button.click()
        call_id = popup.call_id
        await until(lambda: call_id in console.panels and console.panels[call_id].state == "connected",
                    timeout=10, what="connected audio only")
        hooks = app.video
        assert hooks is not None
        states: list[dict[str, object]] = []

        async def video_off() -> bool:
            states.append(await hooks.video_state(call_id))
            return states[-1].get("on") is False

        deadline = asyncio.get_running_loop().time() + 5
        while not await video_off():
            assert asyncio.get_running_loop().time() < deadline, f"video stayed on: {states[-1]}"
            await asyncio.sleep(0.05)
        print(f"audio-only answer: video state polled {len(states)} time(s): {states[0]} -> {states[-1]}")
        assert not console.panels[call_id].video_on
        live = hooks.backend.session(call_id)
        assert live is None or live.stats().frames_tx == 0, "the agent's picture went out on an audio-only answer"
        console.panels[call_id].hangup_button.click()
        await until(lambda: not console.panels, timeout=10, what="second call ended")

    try:
        aloop.run_until_complete(asyncio.wait_for(scenario(), 90))
    finally:
        app = holder.get("app")
        if app is not None:
            aloop.run_until_complete(app.stop())
            dispose(app.console)

"""Video in the desktop app: the camera hub (no camera here: the test pattern with a notice), the preview, the call
panel's remote picture and video toggle, the video buttons of the console and the incoming-call popup."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import qasync

pytest.importorskip("PySide6.QtMultimedia")

from softphone.cli.video_desktop import CameraHub, DesktopVideo, RemoteFrames  # noqa: E402
from softphone.core.events import (  # noqa: E402
    CallIncoming,
    CallStateChanged,
    IncomingCall,
    Started,
    VideoChanged,
)
from softphone.core.models import Capabilities  # noqa: E402
from softphone.core.session import Session  # noqa: E402
from softphone.ui.bridge import SessionAgentControl, SessionBridge  # noqa: E402
from softphone.ui.console import ConsoleWindow  # noqa: E402
from softphone.ui.settings_dialog import SettingsDialog  # noqa: E402
from tests.gui.conftest import ACCOUNT, SettingsStub, dispose, until  # noqa: E402
from tests.gui.video_fakes import ScriptedVideo  # noqa: E402
from tests.unit.core.fake_engine import FakeEngine  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("pipewire", "No RHI backend", "Using Qt multimedia with FFmpeg")

VIDEO_CAPS = Capabilities(sound_devices=False, video=True, codecs=("PCMU",), srtp=False, tls=False)


def test_no_camera_falls_back_to_the_test_pattern_with_a_notice_and_the_preview_moves(
        aloop: qasync.QEventLoop, settings_stub: SettingsStub) -> None:
    hub = CameraHub(aloop, str(settings_stub.get("video.camera") or ""))
    video = DesktopVideo(None, Session(engine=FakeEngine()), None, hub, RemoteFrames(), settings_stub)
    dialog = SettingsDialog(settings_stub, None, None, video=video)

    async def scenario() -> None:
        assert video.cameras() == []  # no camera on a test machine
        dialog.show()
        assert dialog.video_page is not None
        dialog.tabs.setCurrentWidget(dialog.video_page)
        assert dialog.camera_combo.count() == 1 and dialog.camera_combo.currentData() == ""
        assert "Test pattern" in dialog.camera_combo.currentText()
        assert dialog.camera_notice.isVisibleTo(dialog)
        assert "No camera" in dialog.camera_notice.text()
        # the preview runs the test pattern while the page is on screen, and its pictures change
        await until(lambda: dialog.preview.frames_shown >= 3, timeout=5, what="preview frames")
        first = video.local_picture()
        await until(lambda: (video.local_picture() or first).serial != (first.serial if first else -1),
                    timeout=5, what="a new picture")
        second = video.local_picture()
        assert first is not None and second is not None and first.rgb != second.rgb
        assert video.current_camera() == ""
        # another page: the camera stops
        dialog.tabs.setCurrentIndex(0)
        shown = dialog.preview.frames_shown
        serial = hub.latest()[1]
        await asyncio.sleep(0.3)
        assert hub.latest()[1] == serial and dialog.preview.frames_shown == shown

    try:
        aloop.run_until_complete(asyncio.wait_for(scenario(), 20))
    finally:
        dispose(dialog)
        hub.close()


def make_console(settings: SettingsStub, video: ScriptedVideo) -> tuple[FakeEngine, Session, SessionBridge,
                                                                       ConsoleWindow]:
    engine = FakeEngine()
    session = Session(engine=engine)
    bridge = SessionBridge(session, SessionAgentControl(session))
    console = ConsoleWindow(bridge, settings, None, popup_guard=0.0, video=video)
    return engine, session, bridge, console


def test_call_panel_shows_remote_frames_and_the_toggle_sends_on_and_off(
        aloop: qasync.QEventLoop, settings_stub: SettingsStub) -> None:
    video = ScriptedVideo()
    _engine, _session, bridge, console = make_console(settings_stub, video)

    async def scenario() -> None:
        console.show()
        assert not console.video_call_button.isVisible()  # not before the engine says video works
        bridge.on_event(Started(version="t", capabilities=VIDEO_CAPS))
        assert console.video_call_button.isVisible()
        console.dial_input.setText("3005")
        console.video_call_button.click()
        await until(lambda: ("call", "3005", True) in video.log, what="video call placed")

        bridge.on_event(CallStateChanged(call_id="c1", state="connected", direction="outbound",
                                         peer="sip:3005@pbx.test"))
        panel = console.panels["c1"]
        await until(panel.isVisible, what="call panel shown")
        assert panel.video_button.isVisible() and not panel.video_view.isVisible()
        bridge.on_event(VideoChanged(call_id="c1", on=True, fps=15.0, frames_rx=30, frames_tx=30, bitrate=640000,
                                     loss=1.5))
        assert panel.video_view.isVisible() and panel.video_button.isChecked()
        assert video.local_users == 1  # the self-view holds the camera
        await until(lambda: panel.video_view.frames_shown >= 5, timeout=5, what="remote frames painted")
        assert panel.video_view.has_picture()
        assert "15 fps" in panel.video_stats.text() and "640 kbit/s" in panel.video_stats.text()
        assert "1.5" in panel.video_stats.text()
        # resizable: the picture follows the panel's size with its aspect ratio
        panel.video_view.resize(400, 300)
        image = panel.video_view.grab().toImage()
        assert image.pixelColor(200, 150).red() != 16  # painted, not the empty background

        panel.video_button.click()
        await until(lambda: ("video", "c1", False) in video.log, what="video off sent")
        bridge.on_event(VideoChanged(call_id="c1", on=False))
        assert not panel.video_view.isVisible() and video.local_users == 0
        panel.video_button.click()
        await until(lambda: ("video", "c1", True) in video.log, what="video on sent")

        bridge.on_event(CallStateChanged(call_id="c1", state="disconnected", direction="outbound",
                                         peer="sip:3005@pbx.test"))
        assert video.local_users == 0

    try:
        aloop.run_until_complete(asyncio.wait_for(scenario(), 20))
    finally:
        dispose(console)


def test_a_call_set_up_without_video_greys_out_its_video_button(
        aloop: qasync.QEventLoop, settings_stub: SettingsStub) -> None:
    video = ScriptedVideo()
    video.video_line = False
    _engine, _session, bridge, console = make_console(settings_stub, video)

    async def scenario() -> None:
        console.show()
        bridge.on_event(Started(version="t", capabilities=VIDEO_CAPS))
        bridge.on_event(CallStateChanged(call_id="c2", state="connected", direction="inbound",
                                         peer="sip:2001@pbx.test"))
        panel = console.panels["c2"]
        await until(lambda: panel.video_possible is False, what="the video line asked for")
        assert panel.video_button.isVisible() and not panel.video_button.isEnabled()
        assert "without video" in panel.video_button.toolTip()
        assert panel.video_button.accessibleDescription() == panel.video_button.toolTip()
        # hold and back: still no way to add video
        for state in ("held", "connected"):
            bridge.on_event(CallStateChanged(call_id="c2", state=state, direction="inbound", peer="sip:2001@pbx.test"))
            assert panel.hold_button.isEnabled() and not panel.video_button.isEnabled()
        panel.video_button.click()
        assert not [entry for entry in video.log if entry[0] == "video"]

    try:
        aloop.run_until_complete(asyncio.wait_for(scenario(), 20))
    finally:
        dispose(console)


def test_incoming_video_offer_answers_with_video_or_audio_only(aloop: qasync.QEventLoop,
                                                               settings_stub: SettingsStub) -> None:
    video = ScriptedVideo(offer_video=True)
    engine, session, bridge, console = make_console(settings_stub, video)

    async def scenario() -> None:
        await session.start(ACCOUNT, "pw")
        bridge.on_event(Started(version="t", capabilities=VIDEO_CAPS))
        console.show()
        engine.emit(CallIncoming(call_id="in1", remote_uri="sip:2001@pbx.test", display_name="Alice"))
        await until(lambda: "in1" in console.popups, what="popup")
        popup = console.popups["in1"]
        await until(lambda: popup.video_answer_button.isVisible(), what="video answer offered")
        assert "video" in popup.video_answer_button.accessibleName()
        assert "without video" in popup.answer_button.accessibleName()
        popup.answer_button.click()
        await until(lambda: ("answer", "in1", False) in video.log, what="answered audio only")

        bridge.on_event(IncomingCall(call_id="in2", from_="sip:2002@pbx.test"))
        popup2 = console.popups["in2"]
        await until(lambda: popup2.video_answer_button.isVisible(), what="video answer offered")
        popup2.video_answer_button.click()
        await until(lambda: ("answer", "in2", True) in video.log, what="answered with video")

    try:
        aloop.run_until_complete(asyncio.wait_for(scenario(), 20))
    finally:
        dispose(console)


def test_no_video_offer_keeps_the_plain_answer(aloop: qasync.QEventLoop, settings_stub: SettingsStub) -> None:
    video = ScriptedVideo(offer_video=False)
    _engine, _session, bridge, console = make_console(settings_stub, video)

    async def scenario() -> None:
        bridge.on_event(Started(version="t", capabilities=VIDEO_CAPS))
        console.show()
        bridge.on_event(IncomingCall(call_id="in1", from_="sip:2001@pbx.test"))
        popup = console.popups["in1"]
        await asyncio.sleep(0.2)
        assert not popup.video_answer_button.isVisible()
        assert popup.answer_button.text().replace("&", "") == "Answer"

    try:
        aloop.run_until_complete(asyncio.wait_for(scenario(), 20))
    finally:
        dispose(console)


def test_a_camera_frame_becomes_an_rgb_frame_within_our_size(aloop: qasync.QEventLoop, qtlog: Any) -> None:
    """The QVideoSink path of a real camera: a 1280x720 frame is scaled into 640x480 with its aspect kept, as RGB;
    a second frame right after it is dropped (at most fps frames are converted)."""
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtMultimedia import QVideoFrame

    hub = CameraHub(aloop)
    try:
        image = QImage(1280, 720, QImage.Format.Format_RGB32)
        image.fill(QColor(200, 30, 60))
        with qtlog.disabled():  # offscreen has no GPU: Qt warns that it converts on the CPU
            hub._on_frame(QVideoFrame(image))
        rgb, serial = hub.latest()
        assert rgb is not None and serial == 1
        assert rgb.shape == (360, 640, 3)
        assert tuple(int(v) for v in rgb[100, 100]) == (200, 30, 60)
        hub._on_frame(QVideoFrame(image))
        assert hub.latest()[1] == 1  # too soon after the first: dropped
    finally:
        hub.close()

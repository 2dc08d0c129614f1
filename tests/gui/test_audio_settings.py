"""The settings dialog's audio page against a real PulseAudio, wired as the desktop app wires it
(cli/gui_run.py: build_audio, AudioToolsAdapter; audio_wiring.feed_devices): the pickers list the sound server's
devices and follow hot-plug, the test button plays a tone on the picked device, the level meter moves when the
microphone hears something, and saving a device makes the sound service use it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import qasync
from PySide6.QtWidgets import QComboBox

from softphone.cli.audio_wiring import build_audio, feed_devices
from softphone.cli.gui_run import AudioToolsAdapter
from softphone.core.session import Session
from softphone.ui.bridge import SessionBridge
from softphone.ui.console import ConsoleWindow
from tests.gui.conftest import SettingsStub, dispose, until
from tests.integration.test_audio_bridge import MonitorRecorder, settle
from tests.stack.pulse import PulseServer, dominant_frequency
from tests.unit.core.fake_engine import FakeEngine


def identities(combo: QComboBox) -> list[str]:
    return [str(combo.itemData(i)) for i in range(combo.count())]


def test_audio_page_lists_devices_tests_them_and_applies_the_choice(
        pulse_env: PulseServer, aloop: qasync.QEventLoop, tmp_path: Path) -> None:
    settle(pulse_env)
    settings = SettingsStub(tmp_path / "config.json")
    service = build_audio(settings.settings)
    session = Session(engine=FakeEngine(), audio=service)
    bridge = SessionBridge(session)
    console = ConsoleWindow(bridge, settings, audio=AudioToolsAdapter(service))

    async def scenario() -> None:
        feed_devices(session, service, asyncio.get_running_loop())
        await session.start()  # the device list follows `started`, as in the app
        await until(lambda: console.devices is not None, what="the first devices event")
        console.open_settings()
        dialog = console.settings_dialog
        assert dialog is not None
        outputs = dialog.device_combos["output"]
        assert {"pulse:headset_out", "pulse:speaker_out"} <= set(identities(outputs))
        assert "pulse:headset_mic" in identities(dialog.device_combos["input"])
        assert dialog.tone_buttons["output"].isVisible() and dialog.mic_test_button.isVisible()

        # hot-plug: a new headset shows up in the open dialog, and goes again
        pulse_env.load_sink("gui_usb_headset", "GUI USB Headset")
        try:
            await until(lambda: "pulse:gui_usb_headset" in identities(outputs), 5.0, "the plugged-in headset")
            assert "GUI USB Headset" in [outputs.itemText(i) for i in range(outputs.count())]
        finally:
            pulse_env.unload_sink("gui_usb_headset")
        await until(lambda: "pulse:gui_usb_headset" not in identities(outputs), 5.0, "the unplugged headset")

        # the level meter listens to the chosen microphone while the audio page is shown
        dialog.fields["audio.input"].write("pulse:headset_mic")
        loop = asyncio.get_running_loop()
        speaking = loop.run_in_executor(None, lambda: pulse_env.play(
            "headset_mic_feed", PulseServer.tone(440, 2.5), wait=True))
        await until(lambda: dialog.level_bar.value() > -30, 6.0, "the level meter to move")
        await speaking

        # the test tone plays on the picked device (not on the default one)
        dialog.fields["audio.output"].write("pulse:speaker_out")
        with MonitorRecorder("speaker_out", "headset_out") as rec:
            dialog.tone_buttons["output"].click()
            assert not dialog.tone_buttons["output"].isEnabled()  # one test at a time
            await until(lambda: dialog.tone_buttons["output"].isEnabled(), 8.0, "the test tone to finish")
        assert len(rec.loud_times("speaker_out")) > 20
        assert abs(dominant_frequency(rec.samples("speaker_out")) - 1000) < 20
        assert not rec.loud_times("headset_out")
        assert "hear" in dialog.tool_status.text()

        # saving makes the sound service use the new speaker (and the choice is kept in the settings)
        dialog.save()
        await until(lambda: service.selection()["output"] == "pulse:speaker_out", 5.0, "the new speaker in use")
        assert settings.get("audio.output") == "pulse:speaker_out"
        await until(lambda: dialog._meter is None and not dialog._tasks, 5.0, "the meter to close")

    try:
        aloop.run_until_complete(asyncio.wait_for(scenario(), 60))
    finally:
        aloop.run_until_complete(session.stop())
        service.close()
        dispose(console)

"""Settings: audio devices, calls, queues, SIP, interface. Settings locked by IT policy are shown disabled
and say "Managed by your organization" in words (not only greyed out).

The audio page lists the devices the session reports (``DevicesChanged``), updates while open (hot-plug),
and offers a live microphone level, a microphone test and a test tone per output through ``AudioControl``
(core/desktop_ports.py): without one (no sound server) the tools are hidden.

Texts are set in ``retranslate()`` (from the constructor and on every LanguageChange): a language switch
applies to an open dialog.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from softphone.core.desktop_ports import AudioControl, LevelMeter, MicCheck, SettingsAccess, VideoControl
from softphone.core.events import DevicesChanged
from softphone.ui.device_notices import device_notices

log = logging.getLogger("softphone.ui")

LANGUAGES = (("", ""), ("en", "English"), ("pt_BR", "Português (Brasil)"), ("es", "Español"),
             ("de", "Deutsch"), ("fr", "Français"))
AUDIO_ROLES = ("input", "output", "ringer", "also_ring")
METER_FLOOR_DB = -60  # the meter's scale: -60 dBFS (quiet room) to 0 dBFS (clipping)


@dataclass
class Field:
    name: str
    widget: QWidget
    read: Callable[[], Any]
    write: Callable[[Any], None]
    label: QLabel | None = None


class SettingsDialog(QDialog):
    language_changed = Signal(str)
    saved = Signal()

    def __init__(self, settings: SettingsAccess, devices: DevicesChanged | None = None,
                 parent: QWidget | None = None, audio: AudioControl | None = None,
                 video: VideoControl | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.devices = devices
        self.audio = audio
        self.video = video  # None: no video page (video not available)
        self._previewing = False
        self.fields: dict[str, Field] = {}
        self._managed_notes: list[QLabel] = []
        self._choices: dict[str, Callable[[], list[tuple[str, str]]]] = {}  # translatable combo items
        self._tasks: set[asyncio.Future[Any]] = set()
        self._meter: LevelMeter | None = None
        self._meter_identity: str | None = None
        self._meter_opening = False
        self._mic_result: MicCheck | None = None
        self._tool_message: Callable[[], str] | None = None
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._audio_page(), "")
        self.tabs.addTab(self._calls_page(), "")
        self.tabs.addTab(self._sip_page(), "")
        self.tabs.addTab(self._ui_page(), "")
        self.video_page: QWidget | None = None
        if video is not None:
            self.video_page = self._video_page(video)
            self.tabs.addTab(self.video_page, "")
        self.tabs.currentChanged.connect(lambda _index: self._update_meter())
        self.tabs.currentChanged.connect(lambda _index: self._update_preview())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._meter_timer = QTimer(self)
        self._meter_timer.setInterval(100)
        self._meter_timer.timeout.connect(self._show_level)
        self.retranslate()
        self.load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- texts ----

    def _row_texts(self) -> dict[str, tuple[str, str]]:
        """Label and accessible name of every setting row."""
        return {
            "audio.input": (self.tr("&Microphone:"), self.tr("Microphone")),
            "audio.output": (self.tr("&Speaker or headset:"), self.tr("Speaker or headset")),
            "audio.ringer": (self.tr("&Ring on:"), self.tr("Ring on")),
            "audio.also_ring": (self.tr("&Also ring on:"), self.tr("Also ring on")),
            "call.auto_answer": (self.tr("Auto-&answer:"), self.tr("Auto-answer")),
            "call.auto_answer_delay": (self.tr("Auto-answer &delay:"), self.tr("Auto-answer delay in seconds")),
            "queue.wrapup_seconds": (self.tr("&Wrap-up time:"), self.tr("Wrap-up time in seconds")),
            "queue.pause_reasons": (self.tr("&Pause reasons:"), self.tr("Pause reasons")),
            "queue.codes": (self.tr("&Queue feature codes:"), self.tr("Queue feature codes")),
            "sip.transport": (self.tr("&Transport:"), self.tr("SIP transport")),
            "sip.port": (self.tr("&Port:"), self.tr("Registrar port")),
            "sip.codecs": (self.tr("&Codecs (in order):"), self.tr("Audio codecs in order of preference")),
            "ui.language": (self.tr("&Language:"), self.tr("Language")),
            "ui.start_minimized": ("", self.tr("Start &minimized to the tray")),
            "ui.start_at_login": ("", self.tr("Start when I &sign in to the computer")),
            "ui.close_to_tray": ("", self.tr("Closing the window keeps the phone &running")),
            "video.camera": (self.tr("C&amera:"), self.tr("Camera")),
            "video.answer_with_video": ("", self.tr("Answer calls that offer video &with video")),
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        for index, title in enumerate((self.tr("&Audio"), self.tr("&Calls and queues"), self.tr("&Connection"),
                                       self.tr("&Interface"))):
            self.tabs.setTabText(index, title)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Save settings"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        for name, (label, accessible) in self._row_texts().items():
            field = self.fields.get(name)
            if field is None:
                continue
            if isinstance(field.widget, QCheckBox):
                field.widget.setText(accessible)
                accessible = accessible.replace("&", "")
            if field.label is not None:
                field.label.setText(label)
            field.widget.setAccessibleName(accessible)
            if self.settings.is_locked(name):
                field.widget.setToolTip(self.tr("Managed by your organization"))
                field.widget.setAccessibleDescription(self.tr("Managed by your organization"))
        for note in self._managed_notes:
            note.setText(self.tr("Managed by your organization"))
        for name, choices in self._choices.items():
            combo = self.fields[name].widget
            assert isinstance(combo, QComboBox)
            for value, label in choices():
                index = combo.findData(value)
                if index >= 0:
                    combo.setItemText(index, label)
        # audio page
        self.no_devices_note.setText(self.tr("No sound devices were reported; the system default is used."))
        self._fill_device_combos()
        self.level_label.setText(self.tr("Level:"))
        self.level_bar.setAccessibleName(self.tr("Microphone level"))
        self.mic_test_button.setText(self.tr("Test recor&ding"))
        self.mic_test_button.setAccessibleName(
            self.tr("Test the microphone: record three seconds, then play them back"))
        for role, button in self.tone_buttons.items():
            button.setText(self.tr("&Test") if role == "output" else self.tr("Test"))
            button.setAccessibleName({"output": self.tr("Play a test tone on the speaker or headset"),
                                      "ringer": self.tr("Play a test tone on the ringing device"),
                                      "also_ring": self.tr("Play a test tone on the other ringing device")}[role])
        self.tool_status.setAccessibleName(self.tr("Audio test result"))
        if self._tool_message is not None:
            self._say(self._tool_message)
        # calls page
        self.reasons.setPlaceholderText(self.tr("one per line: code=label, e.g. 1=break"))
        for key, (code_label, edit) in self.code_rows.items():
            words = {"login": self.tr("Log in:"), "logout": self.tr("Log out:"), "pause": self.tr("Pause:"),
                     "unpause": self.tr("Resume:")}[key]
            code_label.setText(words)
            edit.setAccessibleName(self.tr("Feature code to %1").replace("%1", words.rstrip(" :\u00a0")))
        for spin in (self.fields["call.auto_answer_delay"].widget, self.fields["queue.wrapup_seconds"].widget):
            assert isinstance(spin, QSpinBox)
            spin.setSuffix(self.tr(" s"))
        port = self.fields["sip.port"].widget
        assert isinstance(port, QSpinBox)
        port.setSpecialValueText(self.tr("default"))
        # video page
        if self.video_page is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.video_page), self.tr("&Video"))
            self.preview.setAccessibleName(self.tr("Camera preview"))
            self.preview.placeholder = self.tr("Starting the camera…")
            self.camera_notice.setAccessibleName(self.tr("Camera notice"))
            self._fill_cameras()

    # ---- building ----

    def _add(self, form: QFormLayout, name: str, widget: QWidget, read: Callable[[], Any],
             write: Callable[[Any], None], extra: tuple[QWidget, ...] = ()) -> None:
        """A row for setting ``name``: its label (none for check boxes), the control, ``extra`` controls
        beside it, and "Managed by your organization" when IT policy locks it."""
        label = None if isinstance(widget, QCheckBox) else QLabel(form.parentWidget())
        self.fields[name] = Field(name, widget, read, write, label)
        row: QWidget = widget
        locked = self.settings.is_locked(name)
        if locked:
            widget.setEnabled(False)
        if locked or extra:
            box = QWidget(form.parentWidget())
            line = QHBoxLayout(box)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(widget, 1)
            for control in extra:
                line.addWidget(control)
            if locked:
                note = QLabel(box)
                note.setObjectName(f"managed:{name}")
                self._managed_notes.append(note)
                line.addWidget(note)
            row = box
        if label is None:
            form.addRow(row)
        else:
            label.setBuddy(widget)
            form.addRow(label, row)

    def _combo(self, name: str, choices: Callable[[], list[tuple[str, str]]] | None = None
               ) -> tuple[QComboBox, Callable[[], Any], Callable[[Any], None]]:
        combo = QComboBox(self)
        if choices is not None:
            self._choices[name] = choices
            for value, label in choices():
                combo.addItem(label, value)

        def write(value: Any) -> None:
            index = combo.findData(value)
            if index < 0:
                combo.addItem(str(value), value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)

        return combo, lambda: combo.currentData(), write

    def _spin(self, low: int, high: int) -> tuple[QSpinBox, Callable[[], Any], Callable[[Any], None]]:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        return spin, spin.value, lambda v: spin.setValue(int(v))

    def _check(self) -> tuple[QCheckBox, Callable[[], Any], Callable[[Any], None]]:
        box = QCheckBox(self)
        return box, box.isChecked, lambda v: box.setChecked(bool(v))

    def _audio_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.no_devices_note = QLabel(page)
        self.no_devices_note.setWordWrap(True)
        form.addRow(self.no_devices_note)
        self.device_combos: dict[str, QComboBox] = {}
        self.tone_buttons: dict[str, QPushButton] = {}
        for role in AUDIO_ROLES:
            combo, read, write = self._combo(f"audio.{role}")
            self.device_combos[role] = combo
            extra: tuple[QWidget, ...] = ()
            if role != "input":
                button = QPushButton(page)
                button.clicked.connect(lambda _=False, r=role: self.test_tone(r))
                self.tone_buttons[role] = button
                extra = (button,)
            self._add(form, f"audio.{role}", combo, read, write, extra)
            if role == "input":
                # the live level and the microphone test, under the microphone picker
                self.level_label = QLabel(page)
                self.level_bar = QProgressBar(page)
                self.level_bar.setRange(METER_FLOOR_DB, 0)
                self.level_bar.setValue(METER_FLOOR_DB)
                self.level_bar.setTextVisible(False)
                self.mic_test_button = QPushButton(page)
                self.mic_test_button.clicked.connect(self.test_microphone)
                meter_row = QWidget(page)
                meter_line = QHBoxLayout(meter_row)
                meter_line.setContentsMargins(0, 0, 0, 0)
                meter_line.addWidget(self.level_bar, 1)
                meter_line.addWidget(self.mic_test_button)
                self.level_label.setBuddy(self.level_bar)
                form.addRow(self.level_label, meter_row)
                self.meter_row = meter_row
                combo.currentIndexChanged.connect(lambda _index: self._update_meter())
        self.tool_status = QLabel(page)
        self.tool_status.setWordWrap(True)
        form.addRow(self.tool_status)
        tools = self.audio is not None
        self.meter_row.setVisible(tools)
        self.level_label.setVisible(tools)
        for button in self.tone_buttons.values():
            button.setVisible(tools)
        return page

    def _calls_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        combo, read, write = self._combo("call.auto_answer", lambda: [
            ("off", self.tr("Off")), ("all", self.tr("All calls")), ("queue", self.tr("Queue calls only")),
            ("requested", self.tr("When the PBX asks (intercom)"))])
        self._add(form, "call.auto_answer", combo, read, write)
        spin, read, write = self._spin(0, 60)
        self._add(form, "call.auto_answer_delay", spin, read, write)
        spin, read, write = self._spin(0, 3600)
        self._add(form, "queue.wrapup_seconds", spin, read, write)
        reasons = QPlainTextEdit(self)
        reasons.setTabChangesFocus(True)
        reasons.setMaximumHeight(90)
        self.reasons = reasons

        def read_reasons() -> Any:
            out = []
            for line in reasons.toPlainText().splitlines():
                if "=" in line:
                    code, label = line.split("=", 1)
                    if code.strip() and label.strip():
                        out.append({"code": code.strip(), "label": label.strip()})
            return out

        def write_reasons(value: Any) -> None:
            reasons.setPlainText("\n".join(f"{r['code']}={r['label']}" for r in value or []))

        self._add(form, "queue.pause_reasons", reasons, read_reasons, write_reasons)
        codes_box = QWidget(self)
        codes_form = QFormLayout(codes_box)
        codes_form.setContentsMargins(0, 0, 0, 0)
        self.code_rows: dict[str, tuple[QLabel, QLineEdit]] = {}
        for key in ("login", "logout", "pause", "unpause"):
            edit = QLineEdit(codes_box)
            label = QLabel(codes_box)
            codes_form.addRow(label, edit)
            self.code_rows[key] = (label, edit)

        def write_codes(value: Any) -> None:
            for key, (_label, edit) in self.code_rows.items():
                edit.setText(str((value or {}).get(key, "")))

        self._add(form, "queue.codes", codes_box,
                  lambda: {k: e.text().strip() for k, (_label, e) in self.code_rows.items()}, write_codes)
        return page

    def _sip_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        combo, read, write = self._combo("sip.transport", lambda: [
            ("udp", "UDP"), ("tcp", "TCP"), ("tls", self.tr("TLS (encrypted)"))])
        self._add(form, "sip.transport", combo, read, write)
        spin, read, write = self._spin(0, 65535)
        self._add(form, "sip.port", spin, read, write)
        codecs = QLineEdit(self)
        codecs.setPlaceholderText("G722, PCMU, PCMA")
        self._add(form, "sip.codecs", codecs, lambda: [c.strip() for c in codecs.text().split(",") if c.strip()],
                  lambda v: codecs.setText(", ".join(v or [])))
        return page

    def _ui_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        combo, read, write = self._combo("ui.language", lambda: [("", self.tr("System language")),
                                                                  *LANGUAGES[1:]])
        self._add(form, "ui.language", combo, read, write)
        for name in ("ui.start_minimized", "ui.start_at_login", "ui.close_to_tray"):
            box, read, write = self._check()
            self._add(form, name, box, read, write)
        return page

    def _video_page(self, video: VideoControl) -> QWidget:
        from PySide6.QtCore import Qt

        from softphone.ui.video_view import VideoView

        page = QWidget(self)
        form = QFormLayout(page)
        combo, read, write = self._combo("video.camera")
        self.camera_combo = combo
        self._add(form, "video.camera", combo, read, write)
        combo.activated.connect(lambda _index: video.use_camera(str(combo.currentData() or "")))
        self.camera_notice = QLabel(page)
        self.camera_notice.setWordWrap(True)
        form.addRow(self.camera_notice)
        self.preview = VideoView(video.local_picture, page)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        form.addRow(self.preview)
        box, read, write = self._check()
        self._add(form, "video.answer_with_video", box, read, write)
        video.add_listener(self._cameras_changed)
        return page

    def _cameras_changed(self) -> None:
        try:
            self._fill_cameras()
        except RuntimeError:
            pass  # the dialog is gone (its C++ side deleted): nothing to refresh

    def _fill_cameras(self) -> None:
        """The camera list, "Test pattern" when there is none, and why the test pattern is in use."""
        video = self.video
        if video is None:
            return
        combo = self.camera_combo
        current = combo.currentData() if combo.count() else None
        cameras = video.cameras()
        combo.blockSignals(True)
        combo.clear()
        if cameras:
            combo.addItem(self.tr("First camera"), "")
        else:
            combo.addItem(self.tr("Test pattern (no camera)"), "")
        for camera in cameras:
            combo.addItem(camera.description, camera.identity)
        combo.blockSignals(False)
        if current is not None:
            self.fields["video.camera"].write(current)  # an unplugged choice stays, by its identity
        if not cameras:
            notice = self.tr("No camera was found: calls send a test pattern instead.")
        elif video.camera_problem():
            notice = self.tr("The camera cannot be used (%1): calls send a test pattern instead.") \
                .replace("%1", video.camera_problem())
        else:
            notice = ""
        self.camera_notice.setText(notice)
        self.camera_notice.setAccessibleDescription(notice)
        self.camera_notice.setVisible(bool(notice))

    def _update_preview(self) -> None:
        """Run the camera while the video page is on screen, and only then."""
        if self.video is None:
            return
        wanted = self.isVisible() and self.tabs.currentWidget() is self.video_page
        if wanted == self._previewing:
            return
        self._previewing = wanted
        if wanted:
            self.video.acquire_local()
        else:
            self.video.release_local()

    # ---- devices ----

    def set_devices(self, devices: DevicesChanged) -> None:
        """A new device list (hot-plug, fallback): refill the pickers, keeping what the agent picked."""
        self.devices = devices
        self._fill_device_combos()
        if devices.notice or devices.notices:
            self._say(lambda: device_notices(devices.notices, devices.notice))

    def _fill_device_combos(self) -> None:
        inputs: list[tuple[str, str]] = [("", self.tr("System default"))]
        outputs: list[tuple[str, str]] = [("", self.tr("System default"))]
        for device in (self.devices.list if self.devices else ()):
            identity = str(device.get("identity") or f"{device.get('host_api', '')}:{device.get('name', '')}")
            label = str(device.get("description") or device.get("name") or identity)
            if device.get("is_input") or device.get("input"):
                inputs.append((identity, label))
            if device.get("is_output") or device.get("output"):
                outputs.append((identity, label))
        self.no_devices_note.setVisible(self.devices is None or not self.devices.list)
        for role, combo in self.device_combos.items():
            choices = inputs if role == "input" else outputs
            if role == "also_ring":
                choices = [("", self.tr("Nothing else"))] + outputs[1:]
            current = combo.currentData() if combo.count() else None
            combo.blockSignals(True)
            combo.clear()
            for value, label in choices:
                combo.addItem(label, value)
            combo.blockSignals(False)
            if current is not None:
                self.fields[f"audio.{role}"].write(current)  # an unplugged choice stays, by its identity

    # ---- audio tools ----

    def _say(self, source: Callable[[], str]) -> None:
        self._tool_message = source
        text = source()
        self.tool_status.setText(text)
        self.tool_status.setAccessibleDescription(text)

    def _spawn(self, coro: Coroutine[Any, Any, Any], done: Callable[[Any], None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)

        def finished(fut: asyncio.Future[Any]) -> None:
            self._tasks.discard(fut)
            if fut.cancelled():
                return
            exc = fut.exception()
            if exc is not None:
                detail = str(exc) or type(exc).__name__
                self._say(lambda: self.tr("The sound device cannot be used: %1").replace("%1", detail))
                done(None)
                return
            done(fut.result())

        task.add_done_callback(finished)

    def test_tone(self, role: str) -> None:
        if self.audio is None:
            return
        button = self.tone_buttons[role]
        button.setEnabled(False)
        self._say(lambda: self.tr("Playing a test tone…"))
        identity = str(self.device_combos[role].currentData() or "")

        def done(played: bool | None) -> None:
            button.setEnabled(True)
            if played:
                self._say(lambda: self.tr("Test tone played. Did you hear it?"))

        self._spawn(self._tone(identity), done)

    async def _tone(self, identity: str) -> bool:
        assert self.audio is not None
        await self.audio.test_speaker(identity)
        return True

    def test_microphone(self) -> None:
        if self.audio is None:
            return
        self.mic_test_button.setEnabled(False)
        self._say(lambda: self.tr("Speak now: recording three seconds, then playing them back…"))
        mic = str(self.device_combos["input"].currentData() or "")
        speaker = str(self.device_combos["output"].currentData() or "")

        def done(result: MicCheck | None) -> None:
            self.mic_test_button.setEnabled(True)
            self._mic_result = result
            if result is None:
                return
            peak = f"{result.peak_db:.0f}"
            if result.heard:
                self._say(lambda: self.tr("The microphone works (loudest: %1 dB).").replace("%1", peak))
            else:
                self._say(lambda: self.tr("Nothing was heard from this microphone. Check that it is plugged in "
                                          "and not muted."))

        self._spawn(self.audio.test_microphone(mic, speaker), done)

    def _meter_wanted(self) -> str | None:
        """The microphone the meter should listen to now, or None (hidden, other page, no tools)."""
        if self.audio is None or not self.isVisible() or self.tabs.currentIndex() != 0:
            return None
        return str(self.device_combos["input"].currentData() or "")

    def _update_meter(self) -> None:
        """Keep one meter open on the chosen microphone while the audio page is on screen."""
        wanted = self._meter_wanted()
        if self._meter_opening or wanted == self._meter_identity:
            return
        self._close_meter()
        if wanted is None or self.audio is None:
            return
        self._meter_opening = True
        self._meter_identity = wanted

        def opened(meter: LevelMeter | None) -> None:
            self._meter_opening = False
            if meter is None:
                self._meter_identity = None
                return
            self._meter = meter
            self._meter_timer.start()
            self._update_meter()  # the choice or the page may have changed while it opened

        self._spawn(self.audio.level_meter(wanted), opened)

    def _close_meter(self) -> None:
        self._meter_timer.stop()
        self.level_bar.setValue(METER_FLOOR_DB)
        meter, self._meter = self._meter, None
        self._meter_identity = None
        if meter is not None:
            self._spawn(meter.stop(), lambda _result: None)

    def _show_level(self) -> None:
        if self._meter is not None:
            self.level_bar.setValue(max(METER_FLOOR_DB, min(0, round(self._meter.level_db))))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_meter()
        self._update_preview()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._update_meter()
        self._update_preview()

    def done(self, result: int) -> None:
        if self.video is not None and result != QDialog.DialogCode.Accepted:
            # cancelled: the camera the agent only tried goes back to the saved one
            camera = str(self.settings.get("video.camera") or "")
            if self.camera_combo.currentData() != camera:
                self.video.use_camera(camera)
        super().done(result)

    # ---- data ----

    def load(self) -> None:
        for field in self.fields.values():
            field.write(self.settings.get(field.name))

    def save(self) -> None:
        problems: list[str] = []
        language_before = self.settings.get("ui.language")
        devices_changed: dict[str, str] = {}
        for field in self.fields.values():
            if self.settings.is_locked(field.name):
                continue
            value = field.read()
            if value == self.settings.get(field.name):
                continue
            try:
                self.settings.set(field.name, value)
            except ValueError as exc:
                problems.append(str(exc))
                continue
            if field.name.startswith("audio."):
                devices_changed[field.name.removeprefix("audio.")] = str(value or "")
        if devices_changed and self.audio is not None:
            self._spawn(self.audio.select(devices_changed), lambda _result: None)
        if problems:
            self.message.setText("\n".join(problems))
            return
        if self.settings.get("ui.language") != language_before:
            self.language_changed.emit(str(self.settings.get("ui.language")))
        self.saved.emit()
        self.accept()

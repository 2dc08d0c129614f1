"""One call in the console: who, which queue, state, timer, quality, and every in-call action."""

from __future__ import annotations

import asyncio
import time

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from softphone.core.desktop_ports import VideoControl, VideoPicture
from softphone.core.dialing import user_part
from softphone.core.events import CallStateChanged, MediaEvent, VideoChanged
from softphone.ui import text
from softphone.ui.bridge import SessionBridge
from softphone.ui.layouts import FlowLayout, keep_usable_width
from softphone.ui.video_view import VideoView

KEYPAD = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#")


class CallPanel(QFrame):
    closed = Signal(str)

    def __init__(self, bridge: SessionBridge, event: CallStateChanged, display_name: str = "",
                 parent: QWidget | None = None, video: VideoControl | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.video = video  # None: video is not available (no video libraries, or the engine said so)
        self.video_on = False
        self.video_possible: bool | None = None  # None: not asked yet (once connected: was it set up with video)
        self._video_probe: asyncio.Future[bool] | None = None
        self.last_video: VideoChanged | None = None
        self._holding_camera = False
        self.call_id = event.call_id
        self.direction = event.direction
        self.peer = event.peer
        self.queue = event.queue
        self.state = event.state
        self.muted = False
        self.connected_at: float | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        number = user_part(event.peer)
        self.caller_text = f"{display_name} ({number})" if display_name and display_name != number else number
        self.last_state = event
        self.last_media: MediaEvent | None = None

        self.caller = QLabel(f"<b>{self.caller_text}</b>", self)
        self.queue_label = QLabel(self)
        self.state_label = QLabel(self)
        self.timer_label = QLabel("00:00", self)
        self.quality = QLabel(self)

        self.hold_button = QPushButton(self)
        self.hold_button.setCheckable(True)
        self.hold_button.clicked.connect(self.toggle_hold)
        self.mute_button = QPushButton(self)
        self.mute_button.setCheckable(True)
        self.mute_button.clicked.connect(self.toggle_mute)
        self.hangup_button = QPushButton(self)
        self.hangup_button.clicked.connect(lambda: self.bridge.hangup(self.call_id))

        self.transfer_to = QLineEdit(self)
        self.transfer_button = QPushButton(self)
        self.transfer_button.clicked.connect(self.blind_transfer)
        self.transfer_to.returnPressed.connect(self.blind_transfer)
        self.attended_target = QComboBox(self)
        self.attended_button = QPushButton(self)
        self.attended_button.clicked.connect(self.attended_transfer)

        # video: the far end's picture (resizable, our self-view in its corner), on/off, camera, figures
        self.video_button = QPushButton(self)
        self.video_button.setCheckable(True)
        self.video_button.clicked.connect(self.toggle_video)
        self.camera_button = QPushButton(self)
        self.camera_button.clicked.connect(self.next_camera)
        self.video_view = VideoView(self._remote_picture, self, inset=self._local_picture,
                                    preferred=QSize(160, 120))
        self.video_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.video_stats = QLabel(self)
        self.video_view.hide()
        self.video_stats.hide()
        self.camera_button.hide()
        self.video_button.setVisible(video is not None)

        # the keypad (tones) folds away behind its button while video is on, so the picture and every
        # other control fit the console without scrolling
        self.keypad = QWidget(self)
        keypad = QGridLayout(self.keypad)
        keypad.setContentsMargins(0, 0, 0, 0)
        self.keys: dict[str, QPushButton] = {}
        for index, digit in enumerate(KEYPAD):
            button = QPushButton(digit, self.keypad)
            button.clicked.connect(lambda _=False, d=digit: self.bridge.dtmf_send(d, self.call_id))
            keypad.addWidget(button, index // 3, index % 3)
            self.keys[digit] = button
        self.keypad_button = QPushButton(self)
        self.keypad_button.setCheckable(True)
        self.keypad_button.setChecked(True)
        self.keypad_button.toggled.connect(self.keypad.setVisible)

        keep_usable_width(self.transfer_to)
        self.attended_target.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.attended_target.setMinimumContentsLength(12)
        self.attended_target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        top = QHBoxLayout()
        top.addWidget(self.caller, 1)
        top.addWidget(self.state_label)
        top.addWidget(self.timer_label)
        info = QHBoxLayout()
        info.addWidget(self.queue_label, 1)
        info.addWidget(self.quality)
        # rows wrap rather than widen the panel: long labels (German, French) never bring a sideways scroll bar
        actions = FlowLayout()
        for button in (self.hold_button, self.mute_button, self.video_button, self.camera_button, self.keypad_button):
            actions.addWidget(button)
        actions.set_trailing(self.hangup_button)  # always in the same place: the first row's right end
        transfer = FlowLayout()
        transfer.addWidget(self.transfer_to)
        transfer.addWidget(self.transfer_button)
        attended = FlowLayout()
        attended.addWidget(self.attended_target)
        attended.addWidget(self.attended_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(info)
        layout.addWidget(self.video_view, 1)
        layout.addWidget(self.video_stats)
        layout.addLayout(actions)
        layout.addLayout(transfer)
        layout.addLayout(attended)
        layout.addWidget(self.keypad)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_timer)
        self.retranslate()
        self.update_state(event)
        self.set_other_calls([])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Call with %1").replace("%1", self.caller_text))
        self.caller.setAccessibleName(self.tr("Caller"))
        self.queue_label.setText(self.tr("Queue: %1").replace("%1", self.queue) if self.queue else "")
        self.state_label.setAccessibleName(self.tr("Call state"))
        self.timer_label.setAccessibleName(self.tr("Call duration"))
        self.quality.setAccessibleName(self.tr("Call quality"))
        self.hold_button.setText(self.tr("&Hold"))
        self.hold_button.setAccessibleName(self.tr("Hold"))
        self.mute_button.setAccessibleName(self.tr("Mute microphone"))
        self.set_muted(self.muted)
        self.hangup_button.setText(self.tr("Hang &up"))
        self.hangup_button.setAccessibleName(self.tr("Hang up"))
        self.transfer_to.setPlaceholderText(self.tr("Transfer to number"))
        self.transfer_to.setAccessibleName(self.tr("Transfer to number"))
        self.transfer_button.setText(self.tr("&Transfer"))
        self.transfer_button.setAccessibleName(self.tr("Blind transfer"))
        self.attended_target.setAccessibleName(self.tr("Call to transfer to"))
        self.attended_button.setText(self.tr("&Connect the two calls"))
        self.attended_button.setAccessibleName(self.tr("Attended transfer: connect this call to the other call"))
        for digit, button in self.keys.items():
            button.setAccessibleName(self.tr("Send tone %1").replace("%1", digit))
        self.keypad_button.setText(self.tr("&Keypad"))
        self.keypad_button.setAccessibleName(self.tr("Keypad for tones"))
        self.camera_button.setText(self.tr("Switch &camera"))
        self.camera_button.setAccessibleName(self.tr("Switch to the next camera"))
        self.video_view.setAccessibleName(self.tr("Video of %1").replace("%1", self.caller_text))
        self.video_view.placeholder = self.tr("Waiting for video…")
        self.video_stats.setAccessibleName(self.tr("Video quality"))
        self._show_video_state()
        self._show_state(self.last_state)
        self._show_media(self.last_media)

    # ---- from the session ----

    def update_state(self, event: CallStateChanged) -> None:
        self.state = event.state
        self.last_state = event
        self._show_state(event)
        if event.state in ("connected", "held") and self.connected_at is None:
            self.connected_at = time.monotonic()
            self._tick.start()
            self._ask_video_possible()
        in_call = event.state in ("connected", "held")
        self.hold_button.setEnabled(in_call)
        self.hold_button.setChecked(event.state == "held")
        self.mute_button.setEnabled(in_call)
        self.transfer_button.setEnabled(in_call)
        self.transfer_to.setEnabled(in_call)
        for button in self.keys.values():
            button.setEnabled(event.state in ("connected", "early"))
        self.video_button.setEnabled(in_call and self.video_possible is not False)
        if event.state == "disconnected":
            self._tick.stop()
            self._set_video_shown(False)
        self._update_timer()

    def update_media(self, event: MediaEvent) -> None:
        self.last_media = event
        self._show_media(event)

    def _show_state(self, event: CallStateChanged) -> None:
        label = text.call_state(event.state)
        if event.reason and event.state == "held" and event.reason == "held by the other party":
            label = self.tr("Held by the other party")
        self.state_label.setText(label)

    def _show_media(self, event: MediaEvent | None) -> None:
        if event is None:
            self.quality.setText(text.quality(0))
            return
        self.quality.setText(text.quality(event.mos) + (f" ({event.mos:.1f})" if event.mos > 0 else ""))
        tip = self.tr("Jitter %1 ms, packet loss %2 %, codec %3").replace("%1", f"{event.jitter_ms:.0f}") \
            .replace("%2", f"{event.loss_pct:.1f}").replace("%3", event.codec or "?")
        self.quality.setToolTip(tip)
        self.quality.setAccessibleDescription(tip)

    # ---- video ----

    def _remote_picture(self) -> VideoPicture | None:
        return self.video.remote_picture(self.call_id) if self.video is not None else None

    def _local_picture(self) -> VideoPicture | None:
        return self.video.local_picture() if self.video is not None else None

    def update_video(self, event: VideoChanged) -> None:
        """The session's ``video`` event: on/off and the stream's figures (every 2 s while on)."""
        self.last_video = event
        self._set_video_shown(event.on and self.state != "disconnected")
        if event.on and event.fps > 0:
            self.video_view.set_fps(event.fps)
        self._show_video_state()

    def _set_video_shown(self, on: bool) -> None:
        if on != self.video_on:
            self.keypad_button.setChecked(not on)  # with video the keypad folds away; without, it comes back
        self.video_on = on
        self.video_view.setVisible(on)
        self.video_stats.setVisible(on)
        self.camera_button.setVisible(on and self.video is not None and len(self.video.cameras()) > 1)
        if self.video is not None and on != self._holding_camera:
            self._holding_camera = on  # the self-view needs our camera running
            if on:
                self.video.acquire_local()
            else:
                self.video.release_local()

    def _show_video_state(self) -> None:
        self.video_button.setChecked(self.video_on)
        self.video_button.setText(self.tr("&Video off") if self.video_on else self.tr("&Video"))
        self.video_button.setAccessibleName(self.tr("Turn video off") if self.video_on else self.tr("Turn video on"))
        event = self.last_video
        if event is None or not event.on:
            self.video_stats.setText("")
            return
        figures = self.tr("%1 fps, %2 kbit/s, loss %3 %").replace("%1", f"{event.fps:.0f}") \
            .replace("%2", f"{event.bitrate / 1000:.0f}").replace("%3", f"{event.loss:.1f}")
        tip = self.tr("Video: %1 frames received, %2 sent").replace("%1", str(event.frames_rx)) \
            .replace("%2", str(event.frames_tx))
        self.video_stats.setText(f"<small>{figures}</small>")
        self.video_stats.setToolTip(tip)
        self.video_stats.setAccessibleDescription(f"{figures}. {tip}")
        self.video_view.setToolTip(f"{figures}\n{tip}")

    def _ask_video_possible(self) -> None:
        """A call set up without video can never get it: its Video button is greyed out and says why."""
        if self.video is None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # no running loop (a window drawn outside the app): the button stays as it is
            return
        # kept: the loop holds tasks only weakly
        self._video_probe = future = loop.create_task(self.video.video_possible(self.call_id))

        def known(fut: asyncio.Future[bool]) -> None:
            if fut.cancelled() or fut.exception() is not None:
                return
            self.video_possible = bool(fut.result())
            if self.video_possible:
                return
            why = text.error_message("audio-only-call", "")
            try:
                self.video_button.setEnabled(False)
                self.video_button.setToolTip(why)
                self.video_button.setAccessibleDescription(why)
            except RuntimeError:  # the panel closed meanwhile (the call ended at once)
                pass

        future.add_done_callback(known)

    def toggle_video(self) -> None:
        if self.video is None:
            return
        self.bridge.run(self.video.set_video(self.call_id, not self.video_on), "video")
        self.video_button.setChecked(self.video_on)  # the session's event sets the truth

    def next_camera(self) -> None:
        if self.video is None:
            return
        cameras = [c.identity for c in self.video.cameras()]
        if not cameras:
            return
        current = self.video.current_camera()
        index = cameras.index(current) + 1 if current in cameras else 0
        self.video.use_camera(cameras[index % len(cameras)])

    def shutdown(self) -> None:
        """The call is gone: let go of the camera."""
        self._set_video_shown(False)

    def set_muted(self, muted: bool) -> None:
        self.muted = muted
        self.mute_button.setChecked(muted)
        self.mute_button.setText(self.tr("Un&mute") if muted else self.tr("&Mute"))

    def set_other_calls(self, others: list[tuple[str, str]]) -> None:
        """The other live calls, as (call_id, label): targets for the attended transfer."""
        self.attended_target.clear()
        for call_id, label in others:
            self.attended_target.addItem(label, call_id)
        usable = bool(others) and self.state in ("connected", "held")
        # only with a second call is there anything to connect to: no disabled row on a lone call
        self.attended_target.setVisible(bool(others))
        self.attended_button.setVisible(bool(others))
        self.attended_target.setEnabled(usable)
        self.attended_button.setEnabled(usable)

    # ---- actions ----

    def toggle_hold(self) -> None:
        if self.state == "held":
            self.bridge.unhold(self.call_id)
        else:
            self.bridge.hold(self.call_id)
        self.hold_button.setChecked(self.state == "held")  # the session's event sets the truth

    def toggle_mute(self) -> None:
        target = not self.muted
        future = self.bridge.set_mute(target, self.call_id)
        future.add_done_callback(lambda f: self.set_muted(target) if not f.cancelled() and f.exception() is None
                                 else self.set_muted(self.muted))

    def blind_transfer(self) -> None:
        target = self.transfer_to.text().strip()
        if target:
            self.bridge.transfer(target, self.call_id)

    def attended_transfer(self) -> None:
        target = self.attended_target.currentData()
        if target:
            self.bridge.attended_transfer(self.call_id, str(target))

    def _update_timer(self) -> None:
        if self.connected_at is not None:
            self.timer_label.setText(text.duration(time.monotonic() - self.connected_at))

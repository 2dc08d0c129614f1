"""The agent console: the main window agents keep open for a whole shift.

Registration and agent state at the top, queues on the left, dial pad and calls in the middle, history in
its own tab. Every action has a keyboard path; the in-call shortcuts work from anywhere in the app:

    Ctrl+Shift+A  answer          Ctrl+Shift+H  hang up        Ctrl+Shift+M  mute / unmute
    Ctrl+Shift+P  hold / resume   Ctrl+L        dial field     Ctrl+Shift+R  redial
    Ctrl+,        settings        Ctrl+Q        quit
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QSystemTrayIcon,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from softphone.core.desktop_ports import AudioControl, CallHistory, SettingsAccess, VideoControl
from softphone.core.dialing import DialError, to_sip_uri
from softphone.core.events import (
    AgentStateChanged,
    CallStateChanged,
    DevicesChanged,
    ErrorEvent,
    IncomingCall,
    MediaEvent,
    QueueChanged,
    RegistrationChanged,
    Started,
    VideoChanged,
)
from softphone.ui import text
from softphone.ui.bridge import SessionBridge
from softphone.ui.call_panel import KEYPAD, CallPanel
from softphone.ui.device_notices import device_notices
from softphone.ui.history_view import HistoryView
from softphone.ui.icons import icon, state_icon
from softphone.ui.incoming import IncomingCallPopup, caller_text
from softphone.ui.layouts import FlowLayout, keep_usable_width
from softphone.ui.settings_dialog import SettingsDialog

SHORTCUTS = {
    "answer": "Ctrl+Shift+A",
    "hangup": "Ctrl+Shift+H",
    "mute": "Ctrl+Shift+M",
    "hold": "Ctrl+Shift+P",
    "dial": "Ctrl+L",
    "redial": "Ctrl+Shift+R",
    "settings": "Ctrl+,",
    "quit": "Ctrl+Q",
}


class ConsoleWindow(QMainWindow):
    quit_requested = Signal()
    language_changed = Signal(str)
    settings_saved = Signal()

    def __init__(self, bridge: SessionBridge, settings: SettingsAccess, history: CallHistory | None = None,
                 popup_guard: float | None = None, parent: QWidget | None = None,
                 audio: AudioControl | None = None, video: VideoControl | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.video_control = video
        self.video_available = False  # the engine's capabilities say video (the `started` event)
        self.settings = settings
        self.history = history
        self.audio = audio
        self.popup_guard = popup_guard
        self.panels: dict[str, CallPanel] = {}
        self.popups: dict[str, IncomingCallPopup] = {}
        self.display_names: dict[str, str] = {}
        self.devices: DevicesChanged | None = None
        self.agent_state = "offline"
        self.registration_state = "unregistered"
        self.last_dialled = ""
        self.quitting = False
        self.dial_confirm: QMessageBox | None = None
        self.settings_dialog: SettingsDialog | None = None
        self._wrapup_deadline: float | None = None
        self._queue_items: dict[str, QTreeWidgetItem] = {}
        self._queue_events: dict[str, QueueChanged] = {}
        self._registration_event = RegistrationChanged(state="unregistered")
        self._agent_event = AgentStateChanged(state="offline")
        self._notice_source: Callable[[], str] | None = None
        self.tray: QSystemTrayIcon | None = None

        self.setWindowIcon(icon("app"))
        self.resize(900, 640)
        self._build()
        self._build_menu()
        self._build_shortcuts()
        self._build_tray()
        self._connect()
        for name in settings.get("queue.names") or []:
            self._queue_row(str(name))
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the console (child panels and views re-translate themselves)."""
        self.setWindowTitle(self.tr("Softphone"))
        self.setAccessibleName(self.tr("Agent console"))
        self.state_icon.setAccessibleName(self.tr("Agent state icon"))
        self.registration_label.setAccessibleName(self.tr("Connection status"))
        self.state_label.setAccessibleName(self.tr("Agent state"))
        self.state_select.setAccessibleName(self.tr("Set agent state"))
        self._fill_state_select()
        if self.bridge.agent is None:
            self.state_select.setToolTip(self.tr("Queue control is not available with this account."))
        self.wrapup_label.setAccessibleName(self.tr("Wrap-up time left"))
        self.end_wrapup_button.setText(self.tr("&End wrap-up"))
        self.end_wrapup_button.setAccessibleName(self.tr("End wrap-up now"))
        self.notice.setAccessibleName(self.tr("Notice"))
        self.tabs.setAccessibleName(self.tr("Console pages"))
        self.tabs.setTabText(0, self.tr("&Phone"))
        self.queue_title.setText(self.tr("&Queues"))
        self.queue_list.setAccessibleName(self.tr("Queues"))
        self.queue_list.setHeaderLabels([self.tr("Queue"), self.tr("Status"), self.tr("Waiting"),
                                         self.tr("Longest wait"), self.tr("Agents")])
        head = self.queue_list.headerItem()
        head.setToolTip(2, self.tr("Callers waiting in the queue"))
        head.setToolTip(3, self.tr("How long the longest-waiting caller has waited"))
        head.setToolTip(4, self.tr("Agents available / agents logged in to the queue"))
        self.dial_label.setText(self.tr("&Number:"))
        self.dial_input.setAccessibleName(self.tr("Number to call"))
        self.dial_input.setPlaceholderText(self.tr("Number, extension or sip: address"))
        self.call_button.setText(self.tr("&Call"))
        self.call_button.setAccessibleName(self.tr("Call the number"))
        self.video_call_button.setText(self.tr("&Video call"))
        self.video_call_button.setAccessibleName(self.tr("Video call to the number"))
        self.redial_button.setText(self.tr("&Redial"))
        self.redial_button.setAccessibleName(self.tr("Call the last number again"))
        self.pad_button.setText(self.tr("&Dial pad"))
        self.pad_button.setAccessibleName(self.tr("Dial pad"))
        for digit, button in self.pad_keys.items():
            button.setAccessibleName(self.tr("Dial %1").replace("%1", digit))
        self.calls_title.setAccessibleName(self.tr("Calls"))
        self.calls_area.setAccessibleName(self.tr("Calls"))
        self.phone_menu.setTitle(self.tr("&Phone"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.keys_action.setText(self.tr("&Keyboard shortcuts"))
        for key, action in self.tray_actions.items():
            action.setText({"show": self.tr("Show the phone"), "answer": self.tr("Answer"),
                            "hangup": self.tr("Hang up"), "available": self.tr("Available"),
                            "quit": self.tr("Quit")}[key])
        # what the session said last, in the new words
        self._set_registration(self._registration_event)
        self._set_agent_state(self._agent_event)
        for name in self._queue_items:
            self._show_queue(name)
        self._refresh_calls()
        self._update_missed_badge()
        if self._notice_source is not None and self.notice.isVisibleTo(self):
            self._show_notice_text(self._notice_source())
        self._fit_queue_columns()
        self._fit_calls_area()

    # ---- layout ----

    def _build(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)

        status = QHBoxLayout()
        self.state_icon = QLabel(self)
        self.registration_label = QLabel(self)
        self.state_label = QLabel(self)
        self.state_select = QComboBox(self)
        self.state_select.activated.connect(self._state_chosen)
        self.state_select.setEnabled(self.bridge.agent is not None)
        self.wrapup_label = QLabel(self)
        self.end_wrapup_button = QPushButton(self)
        self.end_wrapup_button.clicked.connect(lambda: self.bridge.end_wrapup())
        self.wrapup_label.hide()
        self.end_wrapup_button.hide()
        status.addWidget(self.state_icon)
        status.addWidget(self.state_label)
        status.addWidget(self.state_select)
        status.addWidget(self.wrapup_label)
        status.addWidget(self.end_wrapup_button)
        status.addStretch(1)
        status.addWidget(self.registration_label)
        outer.addLayout(status)

        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        outer.addWidget(self.notice)

        self.tabs = QTabWidget(self)
        phone_page = QWidget(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, phone_page)

        # queues
        queue_box = QWidget(splitter)
        queue_layout = QVBoxLayout(queue_box)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        self.queue_title = QLabel(queue_box)
        self.queue_list = QTreeWidget(queue_box)
        self.queue_list.setRootIsDecorated(False)
        self.queue_list.setColumnCount(5)
        self.queue_list.itemChanged.connect(self._queue_toggled)
        header = self.queue_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # the columns decide the list's width (see _fit_queue_columns): never a horizontal scroll bar
        self.queue_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.queue_title.setBuddy(self.queue_list)
        queue_layout.addWidget(self.queue_title)
        queue_layout.addWidget(self.queue_list)

        # dial pad and calls
        middle = QWidget(splitter)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        # the number field keeps a usable width in every language: the buttons wrap under it instead
        dial_row = QHBoxLayout()
        self.dial_label = QLabel(middle)
        self.dial_input = QLineEdit(middle)
        self.dial_input.setClearButtonEnabled(True)
        keep_usable_width(self.dial_input)
        self.dial_input.returnPressed.connect(self.dial)  # Enter in the field is Call
        self.dial_label.setBuddy(self.dial_input)
        dial_row.addWidget(self.dial_label)
        dial_row.addWidget(self.dial_input, 1)
        middle_layout.addLayout(dial_row)
        self.call_button = QPushButton(icon("available"), "", middle)
        self.call_button.clicked.connect(self.dial)
        self.video_call_button = QPushButton(middle)
        self.video_call_button.clicked.connect(lambda: self.dial(video=True))
        self.video_call_button.hide()  # until the engine says video works (the `started` event)
        self.redial_button = QPushButton(middle)
        self.redial_button.clicked.connect(self.redial)
        self.redial_button.setEnabled(False)
        self.pad_button = QPushButton(middle)
        self.pad_button.setCheckable(True)
        self.pad_button.setChecked(True)
        dial_buttons = FlowLayout()
        for button in (self.call_button, self.video_call_button, self.redial_button, self.pad_button):
            dial_buttons.addWidget(button)
        middle_layout.addLayout(dial_buttons)
        # the dial pad folds away while calls are up (the call panel has its own keypad for tones), so a
        # call's controls and video get the room; the Dial pad button brings it back
        self.dial_pad = QWidget(middle)
        pad = QGridLayout(self.dial_pad)
        pad.setContentsMargins(0, 0, 0, 0)
        self.pad_keys: dict[str, QPushButton] = {}
        for index, digit in enumerate(KEYPAD):
            button = QPushButton(digit, self.dial_pad)
            button.clicked.connect(lambda _=False, d=digit: self.dial_input.insert(d))
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            pad.addWidget(button, index // 3, index % 3)
            self.pad_keys[digit] = button
        self.pad_button.toggled.connect(self.dial_pad.setVisible)
        middle_layout.addWidget(self.dial_pad)
        self.calls_title = QLabel(middle)
        middle_layout.addWidget(self.calls_title)
        self.calls_area = CallsArea(middle)
        self.calls_area.setWidgetResizable(True)
        # a call panel narrows to fit (wrapping rows, video scaled down): never a sideways scroll bar
        self.calls_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        calls_widget = QWidget(self.calls_area)
        self.calls_layout = QVBoxLayout(calls_widget)
        self.calls_layout.addStretch(1)
        self.calls_area.setWidget(calls_widget)
        middle_layout.addWidget(self.calls_area, 1)
        splitter.addWidget(queue_box)
        splitter.addWidget(middle)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 560])
        phone_layout = QVBoxLayout(phone_page)
        phone_layout.addWidget(splitter)
        self.tabs.addTab(phone_page, "")

        self.history_view: HistoryView | None = None
        if self.history is not None:
            self.history_view = HistoryView(self.history, self)
            self.history_view.redial_requested.connect(self._redial_history)
            self.tabs.addTab(self.history_view, "")
            self.history.add_listener(self._update_missed_badge)
            self.tabs.currentChanged.connect(self._tab_changed)
        outer.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self._wrapup_timer = QTimer(self)
        self._wrapup_timer.setInterval(500)
        self._wrapup_timer.timeout.connect(self._update_wrapup)

    def _build_menu(self) -> None:
        self.phone_menu = self.menuBar().addMenu("")
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence(SHORTCUTS["settings"]))
        self.settings_action.triggered.connect(self.open_settings)
        self.phone_menu.addAction(self.settings_action)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(SHORTCUTS["quit"]))
        self.quit_action.triggered.connect(self.quit)
        self.phone_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu("")
        self.keys_action = QAction(self)
        self.keys_action.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(self.keys_action)

    def _build_shortcuts(self) -> None:
        actions = {
            "answer": lambda: self.bridge.answer(None),
            "hangup": lambda: self.bridge.hangup(None),
            "mute": self.toggle_mute,
            "hold": self.toggle_hold,
            "dial": self.focus_dial,
            "redial": self.redial,
        }
        self.shortcuts: dict[str, QShortcut] = {}
        for name, handler in actions.items():
            shortcut = QShortcut(QKeySequence(SHORTCUTS[name]), self)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)  # also from the incoming-call popup
            shortcut.activated.connect(handler)
            self.shortcuts[name] = shortcut

    def _build_tray(self) -> None:
        self.tray_actions: dict[str, QAction] = {}
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return  # e.g. offscreen tests or a desktop without a tray: the window stays the only way in
        from PySide6.QtWidgets import QMenu

        self.tray = QSystemTrayIcon(state_icon("offline"), self)
        menu = QMenu(self)
        for key, handler in (("show", self.bring_forward),
                             ("answer", lambda: self.bridge.answer(None)),
                             ("hangup", lambda: self.bridge.hangup(None)),
                             ("available", lambda: self.bridge.unpause(None)),
                             ("quit", self.quit)):
            action = menu.addAction("")
            action.triggered.connect(handler)
            self.tray_actions[key] = action
        self.tray.setContextMenu(menu)
        self.tray.activated.connect(lambda reason: self.bring_forward()
                                    if reason == QSystemTrayIcon.ActivationReason.Trigger else None)
        self.tray.show()

    def _connect(self) -> None:
        b = self.bridge
        b.registration.connect(self._set_registration)
        b.agent_state.connect(self._set_agent_state)
        b.queue.connect(self._queue_changed)
        b.incoming_call.connect(self._incoming)
        b.call_state.connect(self._call_state)
        b.media.connect(self._media)
        b.started.connect(self._started)
        b.video.connect(self._video)
        b.devices.connect(self._devices)
        b.error.connect(self._error_event)
        b.command_failed.connect(self.show_error)

    # ---- session events ----

    def _fill_state_select(self) -> None:
        """Available, then one "Paused: reason" per pause reason; keeps the current entry."""
        current = self.state_select.currentIndex()
        self.state_select.clear()
        self.state_select.addItem(state_icon("available"), self.tr("Available"), "")
        for reason in self.settings.get("queue.pause_reasons") or []:
            self.state_select.addItem(state_icon("paused"), self.tr("Paused: %1").replace("%1", reason["label"]),
                                      reason["code"])
        self.state_select.setCurrentIndex(max(0, min(current, self.state_select.count() - 1)))

    def _set_registration(self, event: RegistrationChanged) -> None:
        self._registration_event = event
        self.registration_state = event.state
        label = text.registration(event.state)
        if event.state == "failed" and event.code:
            label = self.tr("%1 (%2 %3)").replace("%1", label).replace("%2", str(event.code)) \
                .replace("%3", event.reason)
        self.registration_label.setText(label)
        self.registration_label.setAccessibleDescription(label)
        if self.bridge.agent is None:  # no queue controller: the registration is the agent state
            self._set_agent_state(AgentStateChanged(state="available" if event.state == "registered" else "offline"))

    def _set_agent_state(self, event: AgentStateChanged) -> None:
        same_wrapup = event is self._agent_event and event.state == "wrapup" and self._wrapup_timer.isActive()
        self._agent_event = event
        self.agent_state = event.state
        words = text.agent_state(event.state)
        if event.state == "paused" and event.reason:
            words = self.tr("Paused: %1").replace("%1", self._reason_label(event.reason))
        self.state_label.setText(f"<b>{words}</b>")
        self.state_label.setAccessibleDescription(words)
        self.state_icon.setPixmap(state_icon(event.state).pixmap(20, 20))
        self.state_icon.setToolTip(words)
        if same_wrapup:
            self._update_wrapup()  # the same wrap-up, re-worded: the countdown goes on
        elif event.state == "wrapup":
            self._wrapup_deadline = time.monotonic() + event.wrapup_remaining
            self.wrapup_label.show()
            self.end_wrapup_button.setVisible(self.bridge.agent is not None)
            self._wrapup_timer.start()
            self._update_wrapup()
        else:
            self._wrapup_deadline = None
            self._wrapup_timer.stop()
            self.wrapup_label.hide()
            self.end_wrapup_button.hide()
        index = 0
        if event.state == "paused":
            found = self.state_select.findData(event.reason)
            index = found if found > 0 else index
        self.state_select.setCurrentIndex(index)
        if self.tray is not None:
            self.tray.setIcon(state_icon(event.state))
            self.tray.setToolTip(self.tr("Softphone — %1").replace("%1", words))

    def _reason_label(self, code: str) -> str:
        for reason in self.settings.get("queue.pause_reasons") or []:
            if reason["code"] == code:
                return str(reason["label"])
        return code

    def _update_wrapup(self) -> None:
        if self._wrapup_deadline is None:
            return
        left = max(0.0, self._wrapup_deadline - time.monotonic())
        self.wrapup_label.setText(self.tr("Wrap-up: %1 left").replace("%1", text.duration(left)))

    def _queue_row(self, name: str) -> QTreeWidgetItem:
        item = self._queue_items.get(name)
        if item is None:
            item = QTreeWidgetItem([name, self.tr("Logged out"), "0", "", ""])
            for column in (2, 3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self.queue_list.blockSignals(True)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            self.queue_list.addTopLevelItem(item)
            self.queue_list.blockSignals(False)
            self._queue_items[name] = item
        return item

    def _queue_changed(self, event: QueueChanged) -> None:
        self._queue_events[event.name] = event
        self._show_queue(event.name)
        self._fit_queue_columns()

    def _show_queue(self, name: str) -> None:
        item = self._queue_row(name)
        event = self._queue_events.get(name)
        self.queue_list.blockSignals(True)
        logged_in = event is not None and event.logged_in
        item.setCheckState(0, Qt.CheckState.Checked if logged_in else Qt.CheckState.Unchecked)
        status = self.tr("Logged out")
        if event is not None and event.logged_in:
            status = self.tr("Paused: %1").replace("%1", self._reason_label(event.reason)) if event.paused \
                else self.tr("Logged in")
        item.setText(1, status)
        item.setText(2, str(event.callers) if event is not None else "0")
        # the chat server's load; a manual account has none, so these stay empty
        item.setText(3, text.duration(event.longest_hold) if event is not None and event.longest_hold else "")
        if event is not None and event.members_logged_in:
            item.setText(4, f"{event.members_available}/{event.members_logged_in}")
            item.setToolTip(4, self.tr("%1 of %2 agents available").replace("%1", str(event.members_available))
                            .replace("%2", str(event.members_logged_in)))
        else:
            item.setText(4, "")
            item.setToolTip(4, "")
        self.queue_list.blockSignals(False)

    def _fit_queue_columns(self) -> None:
        """Make the queue list wide enough for all its columns (headers and contents) in this language:
        the splitter gives it that much, and the dial pad side takes the rest."""
        header = self.queue_list.header()
        metrics = self.queue_list.fontMetrics()
        name_width = max([header.sectionSizeHint(0)] + [
            metrics.horizontalAdvance(item.text(0)) + 48  # the check box and the item's margins
            for item in self._queue_items.values()])
        name_width = min(name_width, 160)  # long queue names are elided, the figures are not
        needed = name_width + sum(max(header.sectionSizeHint(c), self.queue_list.sizeHintForColumn(c))
                                  for c in range(1, self.queue_list.columnCount()))
        needed += 2 * self.queue_list.frameWidth() + self.queue_list.verticalScrollBar().sizeHint().width()
        self.queue_list.setMinimumWidth(needed)

    def _queue_toggled(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        name = item.text(0)
        if item.checkState(0) == Qt.CheckState.Checked:
            self.bridge.queue_login(name)
        else:
            self.bridge.queue_logout(name)

    def _state_chosen(self, index: int) -> None:
        code = self.state_select.itemData(index)
        if code:
            self.bridge.pause(str(code))
        else:
            self.bridge.unpause(None)

    def _incoming(self, event: IncomingCall) -> None:
        self.display_names[event.call_id] = event.display_name
        popup = IncomingCallPopup(event, self) if self.popup_guard is None else \
            IncomingCallPopup(event, self, guard=self.popup_guard)
        popup.answer_requested.connect(lambda call_id: self.bridge.answer(call_id))
        popup.decline_requested.connect(lambda call_id: self.bridge.reject(call_id))
        popup.answer_video_requested.connect(self._answer_video)
        if self.video_available and self.video_control is not None:
            self._ask_video_offer(popup)
        self.popups[event.call_id] = popup
        popup.show()
        if can_raise():
            popup.raise_()
        popup.activateWindow()
        if self.tray is not None and self.tray.supportsMessages():
            caller = caller_text(event)
            body = self.tr("%1 (queue %2)").replace("%1", caller).replace("%2", event.queue) if event.queue \
                else caller
            self.tray.showMessage(self.tr("Incoming call"), body,
                                  QSystemTrayIcon.MessageIcon.Information, 10000)

    def _call_state(self, event: CallStateChanged) -> None:
        panel = self.panels.get(event.call_id)
        if panel is None and event.state != "disconnected":
            panel = CallPanel(self.bridge, event, self.display_names.get(event.call_id, ""), self,
                              video=self.video_control if self.video_available else None)
            self.panels[event.call_id] = panel
            self.calls_layout.insertWidget(self.calls_layout.count() - 1, panel)
            if len(self.panels) == 1:
                self.pad_button.setChecked(False)
        elif panel is not None:
            panel.update_state(event)
        if event.state != "ringing":
            popup = self.popups.pop(event.call_id, None)
            if popup is not None:
                popup.close()
                popup.deleteLater()
        if event.state == "disconnected" and panel is not None:
            panel.shutdown()
            del self.panels[event.call_id]
            self.display_names.pop(event.call_id, None)
            panel.hide()
            panel.deleteLater()
            if not self.panels:
                self.pad_button.setChecked(True)
        self._refresh_calls()
        self._fit_calls_area()

    def _refresh_calls(self) -> None:
        count = len(self.panels)
        if count == 0:
            self.calls_title.setText(self.tr("No calls"))
        else:
            self.calls_title.setText(self.tr("%n call(s)", "", count))
        for call_id, panel in self.panels.items():
            panel.set_other_calls([(other_id, other.caller_text) for other_id, other in self.panels.items()
                                   if other_id != call_id])

    def _media(self, event: MediaEvent) -> None:
        panel = self.panels.get(event.call_id)
        if panel is not None:
            panel.update_media(event)

    def _started(self, event: Started) -> None:
        self.video_available = bool(event.capabilities.video) and self.video_control is not None
        self.video_call_button.setVisible(self.video_available)

    def _video(self, event: VideoChanged) -> None:
        panel = self.panels.get(event.call_id)
        if panel is not None:
            panel.update_video(event)
            self._fit_calls_area()

    def _fit_calls_area(self) -> None:
        """A call with video takes the calls area's spare height (its picture scales to it); without video
        the panels keep their own height at the top. The area is never narrower than a panel can go."""
        any_video = False
        for panel in self.panels.values():
            self.calls_layout.setStretchFactor(panel, 1 if panel.video_on else 0)
            any_video = any_video or panel.video_on
        self.calls_layout.setStretch(self.calls_layout.count() - 1, 0 if any_video else 1)
        self.calls_area.updateGeometry()

    def _ask_video_offer(self, popup: IncomingCallPopup) -> None:
        """Ask (off the UI thread's way) whether the ringing call offers video; the popup then offers both."""
        video = self.video_control
        assert video is not None
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return  # no loop runs the session (a view built for a picture): nothing could answer the question
        call_id = popup.call_id
        default = bool(self.settings.get("video.answer_with_video"))

        def done(future: asyncio.Future[Any]) -> None:
            if future.cancelled() or future.exception() is not None or not future.result():
                return
            if self.popups.get(call_id) is popup:
                popup.set_video_offer(True, default)

        self.bridge.run(video.offer_has_video(call_id), "video").add_done_callback(done)

    def _answer_video(self, call_id: str, with_video: bool) -> None:
        if self.video_control is not None:
            self.bridge.run(self.video_control.answer(call_id, with_video), "answer")
        else:
            self.bridge.answer(call_id)

    def _devices(self, event: DevicesChanged) -> None:
        self.devices = event
        if self.settings_dialog is not None:
            self.settings_dialog.set_devices(event)
        if event.notice or event.notices:
            # worded from the codes, again on a language change (the English `notice` is for machine interfaces)
            self.show_notice(lambda: device_notices(event.notices, event.notice))

    def _error_event(self, event: ErrorEvent) -> None:
        self.show_notice(text.error_message(event.code, event.message))

    # ---- actions ----

    def show_notice(self, message: str | Callable[[], str]) -> None:
        """A notice line above the tabs; pass a function to have it re-worded on a language change."""
        self._notice_source = message if callable(message) else None
        self._show_notice_text(message() if callable(message) else message)
        self.notice.show()

    def _show_notice_text(self, message: str) -> None:
        self.notice.setText(message)
        self.notice.setAccessibleDescription(message)

    def show_error(self, code: str, message: str) -> None:
        self.show_notice(text.error_message(code, message))

    def dial(self, video: bool = False) -> None:
        target = self.dial_input.text().strip()
        if not target:
            self.dial_input.setFocus()
            return
        self.last_dialled = target
        self.redial_button.setEnabled(True)
        self.notice.hide()
        if video and self.video_available and self.video_control is not None:
            self.bridge.run(self.video_control.call(target, True), "call")
        else:
            self.bridge.call(target)

    def focus_dial(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.dial_input.setFocus()
        self.dial_input.selectAll()

    def redial(self) -> None:
        if self.last_dialled:
            self.dial_input.setText(self.last_dialled)
            self.dial()

    def _redial_history(self, peer: str) -> None:
        self.tabs.setCurrentIndex(0)
        self.dial_input.setText(peer)
        self.dial()

    def _current_call(self, states: tuple[str, ...]) -> CallPanel | None:
        for panel in reversed(list(self.panels.values())):
            if panel.state in states:
                return panel
        return None

    def toggle_mute(self) -> None:
        panel = self._current_call(("connected", "held"))
        if panel is not None:
            panel.toggle_mute()

    def toggle_hold(self) -> None:
        panel = self._current_call(("connected",)) or self._current_call(("held",))
        if panel is not None:
            panel.toggle_hold()

    def handle_dial_link(self, link: str) -> None:
        """A sip:/tel: link from another launch: validate, then dial only after the agent confirms."""
        self.bring_forward()
        account = self.bridge.session.account
        try:
            uri = to_sip_uri(link, account.domain if account else "")
        except DialError:
            self.show_notice(self.tr("This link cannot be dialled: %1").replace("%1", link[:80]))
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Call?"),
                          self.tr("Call %1?").replace("%1", uri),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)  # a link must never dial by a stray Enter
        box.setAccessibleName(self.tr("Confirm call to %1").replace("%1", uri))
        box.button(QMessageBox.StandardButton.Yes).setAccessibleName(self.tr("Call"))
        box.button(QMessageBox.StandardButton.No).setAccessibleName(self.tr("Do not call"))

        def done(result: int) -> None:
            self.dial_confirm = None
            if result == QMessageBox.StandardButton.Yes:
                self.last_dialled = uri
                self.redial_button.setEnabled(True)
                self.bridge.call(uri)

        box.finished.connect(done)
        self.dial_confirm = box
        box.open()

    def bring_forward(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        if can_raise():
            self.raise_()
        self.activateWindow()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self.devices, self, audio=self.audio,
                                video=self.video_control if self.video_available else None)
        dialog.language_changed.connect(lambda code: self.language_changed.emit(code))
        dialog.saved.connect(self.settings_saved.emit)
        self.settings_dialog = dialog
        dialog.finished.connect(lambda _result: setattr(self, "settings_dialog", None))
        dialog.open()

    def show_shortcuts(self) -> None:
        names = {"answer": self.tr("Answer"), "hangup": self.tr("Hang up"), "mute": self.tr("Mute or unmute"),
                 "hold": self.tr("Hold or resume"), "dial": self.tr("Go to the number field"),
                 "redial": self.tr("Redial"), "settings": self.tr("Settings"), "quit": self.tr("Quit")}
        lines = "\n".join(f"{QKeySequence(SHORTCUTS[k]).toString(QKeySequence.SequenceFormat.NativeText)}\t{v}"
                          for k, v in names.items())
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), lines)

    def _tab_changed(self, index: int) -> None:
        if self.history is not None and self.tabs.widget(index) is self.history_view:
            self.history.mark_seen()

    def _update_missed_badge(self) -> None:
        if self.history is None or self.history_view is None:
            return
        missed = self.history.unseen_missed()
        index = self.tabs.indexOf(self.history_view)
        label = self.tr("&History") if not missed else self.tr("&History (%n missed)", "", missed)
        self.tabs.setTabText(index, label)
        if self.tray is not None and missed:
            self.tray.setToolTip(self.tr("Softphone — %n missed call(s)", "", missed))

    def quit(self) -> None:
        self.quitting = True
        self.quit_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.quitting and self.tray is not None and self.settings.get("ui.close_to_tray"):
            event.ignore()
            self.hide()
            if self.tray.supportsMessages():
                self.tray.showMessage(self.tr("Softphone is still running"),
                                      self.tr("Calls still ring. Quit from the tray menu."),
                                      QSystemTrayIcon.MessageIcon.Information, 3000)
            return
        if not self.quitting:
            self.quit()
        event.accept()


class CallsArea(QScrollArea):
    """The scrolling list of call panels: never narrower than its panels can go (they wrap their rows), so
    it only ever scrolls up and down."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        width = inner.minimumSizeHint().width() + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), width), hint.height())


def can_raise() -> bool:
    """Offscreen/minimal platforms (tests, screenshots) have no window stacking and warn on raise()."""
    return QGuiApplication.platformName() not in ("offscreen", "minimal")

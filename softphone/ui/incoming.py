"""The incoming-call popup: caller and queue; Enter answers, Escape declines.

It comes to the front, but keys are only accepted after a short guard delay, and never as auto-repeat:
an agent typing Enter in another app at the moment the call arrives must not answer it by accident.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from softphone.core.dialing import user_part
from softphone.core.events import IncomingCall
from softphone.ui.icons import icon

try:  # accessibility announcements: available on every desktop Qt, harmless when no screen reader runs
    from PySide6.QtGui import QAccessible, QAccessibleEvent
except ImportError:  # pragma: no cover
    QAccessible = None  # type: ignore[assignment,misc]
    QAccessibleEvent = None  # type: ignore[assignment,misc]

GUARD_SECONDS = 0.8


def caller_text(event: IncomingCall) -> str:
    number = event.number or user_part(event.from_)
    return f"{event.display_name} ({number})" if event.display_name and event.display_name != number else number


class IncomingCallPopup(QDialog):
    answer_requested = Signal(str)
    decline_requested = Signal(str)
    # the offer has video (set_video_offer): the agent chose with video (True) or audio only (False)
    answer_video_requested = Signal(str, bool)

    def __init__(self, event: IncomingCall, parent: QWidget | None = None, guard: float = GUARD_SECONDS) -> None:
        super().__init__(parent, Qt.WindowType.Dialog | Qt.WindowType.WindowStaysOnTopHint)
        self.call_id = event.call_id
        self.guard = guard
        self._shown_at = 0.0
        self.setModal(False)
        self.call_event = event
        caller = caller_text(event)
        self.caller = caller
        self.setWindowIcon(icon("ringing"))
        self.heading = QLabel(self)
        self.caller_label = QLabel(f"<b style='font-size:17pt'>{_escape(caller)}</b>", self)
        self.caller_label.setTextFormat(Qt.TextFormat.RichText)
        self.queue_label = QLabel(self)
        self.hint = QLabel(self)
        self.video_offered = False
        self.video_default = True
        self.video_answer_button = QPushButton(icon("available"), "", self)
        self.video_answer_button.setAutoDefault(False)
        self.video_answer_button.clicked.connect(lambda: self._answer(True))
        self.video_answer_button.hide()
        self.answer_button = QPushButton(icon("available"), "", self)
        self.decline_button = QPushButton(self)
        QWidget.setTabOrder(self.video_answer_button, self.answer_button)
        # the buttons act on click/Space/Alt+A; Enter/Escape go through keyPressEvent and its guard
        self.answer_button.setAutoDefault(False)
        self.decline_button.setAutoDefault(False)
        self.answer_button.clicked.connect(lambda: self._answer(False))
        self.decline_button.clicked.connect(self._decline)
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.caller_label)
        layout.addWidget(self.queue_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.video_answer_button)
        buttons.addWidget(self.answer_button)
        buttons.addWidget(self.decline_button)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self._done = False
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        caller, queue = self.caller, self.call_event.queue
        self.setWindowTitle(self.tr("Incoming call — %1").replace("%1", caller))
        heading = self.tr("Second incoming call") if self.call_event.waiting else self.tr("Incoming call")
        self.heading.setText(f"<span style='font-size:12pt'>{heading}</span>")
        self.queue_label.setText(self.tr("Queue: %1").replace("%1", queue) if queue else self.tr("Direct call"))
        self.hint.setText(self.tr("Enter answers, Escape declines."))
        if self.video_offered:
            self.video_answer_button.setText(self.tr("Answer with &video"))
            self.video_answer_button.setAccessibleName(self.tr("Answer call from %1 with video").replace("%1", caller))
            self.answer_button.setText(self.tr("Answer &audio only"))
            self.answer_button.setAccessibleName(self.tr("Answer call from %1 without video").replace("%1", caller))
        else:
            self.answer_button.setText(self.tr("&Answer"))
            self.answer_button.setAccessibleName(self.tr("Answer call from %1").replace("%1", caller))
            self.video_answer_button.setText(self.tr("Answer with &video"))
            self.video_answer_button.setAccessibleName(self.tr("Answer with video"))
        self.decline_button.setText(self.tr("&Decline"))
        self.decline_button.setAccessibleName(self.tr("Decline call from %1").replace("%1", caller))
        description = (self.tr("%1 is calling from queue %2.").replace("%1", caller).replace("%2", queue)
                       if queue else self.tr("%1 is calling.").replace("%1", caller))
        self.setAccessibleName(self.tr("Incoming call from %1").replace("%1", caller))
        self.setAccessibleDescription(description)

    def set_video_offer(self, offered: bool, default_video: bool = True) -> None:
        """The caller offers video: two ways to answer; Enter takes the focused one (``default_video`` first)."""
        self.video_offered = offered
        self.video_default = default_video
        self.video_answer_button.setVisible(offered)
        self.retranslate()
        if offered and self.isVisible():
            (self.video_answer_button if default_video else self.answer_button).setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._shown_at = time.monotonic()
        if self.video_offered and self.video_default:
            self.video_answer_button.setFocus()
        else:
            self.answer_button.setFocus()
        if QAccessible is not None and QAccessibleEvent is not None:
            QTimer.singleShot(0, self._announce)

    def _announce(self) -> None:
        try:
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))
        except (AttributeError, RuntimeError, TypeError):
            pass  # no accessibility bridge: nothing to announce to

    def armed(self) -> bool:
        return self._shown_at > 0 and time.monotonic() - self._shown_at >= self.guard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            if event.isAutoRepeat() or not self.armed():
                event.accept()  # swallowed: too early to be meant for this popup
                return
            if key == Qt.Key.Key_Escape:
                self._decline()
            elif self.decline_button.hasFocus():
                self._decline()
            else:
                self._answer(self.video_answer_button.hasFocus())
            event.accept()
            return
        super().keyPressEvent(event)

    def _answer(self, with_video: bool = False) -> None:
        if not self._done:
            self._done = True
            if self.video_offered:
                self.answer_video_requested.emit(self.call_id, with_video)
            else:
                self.answer_requested.emit(self.call_id)
            self.close()

    def _decline(self) -> None:
        if not self._done:
            self._done = True
            self.decline_requested.emit(self.call_id)
            self.close()

    def reject(self) -> None:
        """The dialog's own Escape handling goes through the guard in keyPressEvent; closing the
        window (title bar) without a choice leaves the call ringing in the console."""
        self.hide()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

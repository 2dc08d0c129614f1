"""Call history: newest first, missed calls marked in words (not only colour), Enter or "Call back" redials."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from softphone.core.desktop_ports import CallHistory
from softphone.core.dialing import user_part
from softphone.ui import text


class HistoryView(QWidget):
    redial_requested = Signal(str)

    def __init__(self, history: CallHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setAllColumnsShowFocus(True)
        self.table.itemActivated.connect(lambda item, _col: self._redial(item))
        self.callback_button = QPushButton(self)
        self.callback_button.clicked.connect(lambda: self._redial(self.table.currentItem()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.callback_button)
        layout.addLayout(row)
        # a busy queue writes history several times a second: rebuild the list at most every 200 ms, and
        # only while it is on screen (the UI thread must stay free for the calls themselves)
        self._dirty = True
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(200)
        self._refresh_timer.timeout.connect(self.refresh)
        history.add_listener(self.changed)
        self.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.changed()  # direction and outcome words in the rows
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Call history"))
        self.table.setHeaderLabels([self.tr("When"), self.tr("Direction"), self.tr("Number"), self.tr("Queue"),
                                    self.tr("Duration"), self.tr("Outcome")])
        self.table.setAccessibleName(self.tr("Call history list"))
        self.callback_button.setText(self.tr("&Call back"))
        self.callback_button.setAccessibleName(self.tr("Call back the selected number"))

    def changed(self) -> None:
        self._dirty = True
        if self.isVisible() and not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        self._dirty = False
        self._refresh_timer.stop()
        self.table.clear()
        for entry in self.history.recent():
            when = dt.datetime.fromtimestamp(entry.started_at).strftime("%Y-%m-%d %H:%M")
            item = QTreeWidgetItem([when, text.direction(entry.direction), user_part(entry.peer), entry.queue,
                                    text.duration(entry.duration) if entry.duration else "",
                                    text.outcome(entry.outcome)])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.peer)
            if entry.outcome == "missed":
                font = item.font(5)
                font.setBold(not entry.seen)
                item.setFont(5, font)
            self.table.addTopLevelItem(item)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)

    def _redial(self, item: QTreeWidgetItem | None) -> None:
        if self._dirty:  # an update is pending: call back the entry that is current now
            row = self.table.indexOfTopLevelItem(item) if item is not None else 0
            self.refresh()
            item = self.table.topLevelItem(max(0, row))
        if item is not None:
            peer = item.data(0, Qt.ItemDataRole.UserRole)
            if peer:
                self.redial_requested.emit(str(peer))

"""Settings: audio devices, calls, queues, SIP, interface. Settings locked by IT policy are shown disabled
and say "Managed by your organization" in words (not only greyed out)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
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
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from softphone.core.desktop_ports import SettingsAccess
from softphone.core.events import DevicesChanged

LANGUAGES = (("", ""), ("en", "English"), ("pt_BR", "Português (Brasil)"), ("es", "Español"),
             ("de", "Deutsch"), ("fr", "Français"))


@dataclass
class Field:
    name: str
    widget: QWidget
    read: Callable[[], Any]
    write: Callable[[Any], None]


class SettingsDialog(QDialog):
    language_changed = Signal(str)
    saved = Signal()

    def __init__(self, settings: SettingsAccess, devices: DevicesChanged | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.fields: dict[str, Field] = {}
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.tabs.addTab(self._audio_page(devices), self.tr("&Audio"))
        self.tabs.addTab(self._calls_page(), self.tr("&Calls and queues"))
        self.tabs.addTab(self._sip_page(), self.tr("&Connection"))
        self.tabs.addTab(self._ui_page(), self.tr("&Interface"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Save settings"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.load()

    # ---- building ----

    def _add(self, form: QFormLayout, label: str, name: str, widget: QWidget, read: Callable[[], Any],
             write: Callable[[Any], None], accessible: str) -> None:
        widget.setAccessibleName(accessible)
        self.fields[name] = Field(name, widget, read, write)
        row: QWidget = widget
        if self.settings.is_locked(name):
            widget.setEnabled(False)
            managed = self.tr("Managed by your organization")
            widget.setToolTip(managed)
            widget.setAccessibleDescription(managed)
            box = QWidget(form.parentWidget())
            line = QHBoxLayout(box)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(widget, 1)
            note = QLabel(managed, box)
            note.setObjectName(f"managed:{name}")
            line.addWidget(note)
            row = box
        form.addRow(label, row)
        label_item = form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.LabelRole)
        label_widget = label_item.widget() if label_item is not None else None
        if isinstance(label_widget, QLabel):
            label_widget.setBuddy(widget)

    def _combo(self, choices: list[tuple[str, str]]) -> tuple[QComboBox, Callable[[], Any], Callable[[Any], None]]:
        combo = QComboBox(self)
        for value, label in choices:
            combo.addItem(label, value)

        def write(value: Any) -> None:
            index = combo.findData(value)
            if index < 0:
                combo.addItem(str(value), value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)

        return combo, lambda: combo.currentData(), write

    def _spin(self, low: int, high: int, suffix: str = "") -> tuple[QSpinBox, Callable[[], Any],
                                                                     Callable[[Any], None]]:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        if suffix:
            spin.setSuffix(suffix)
        return spin, spin.value, lambda v: spin.setValue(int(v))

    def _check(self, label: str) -> tuple[QCheckBox, Callable[[], Any], Callable[[Any], None]]:
        box = QCheckBox(label, self)
        return box, box.isChecked, lambda v: box.setChecked(bool(v))

    def _audio_page(self, devices: DevicesChanged | None) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        inputs: list[tuple[str, str]] = [("", self.tr("System default"))]
        outputs: list[tuple[str, str]] = [("", self.tr("System default"))]
        for device in (devices.list if devices else ()):
            identity = str(device.get("identity") or f"{device.get('host_api', '')}:{device.get('name', '')}")
            label = str(device.get("description") or device.get("name") or identity)
            if device.get("is_input") or device.get("input"):
                inputs.append((identity, label))
            if device.get("is_output") or device.get("output"):
                outputs.append((identity, label))
        if devices is None or not devices.list:
            note = QLabel(self.tr("No sound devices were reported; the system default is used."), page)
            note.setWordWrap(True)
            form.addRow(note)
        for name, label, accessible, choices in (
            ("audio.input", self.tr("&Microphone:"), self.tr("Microphone"), inputs),
            ("audio.output", self.tr("&Speaker or headset:"), self.tr("Speaker or headset"), outputs),
            ("audio.ringer", self.tr("&Ring on:"), self.tr("Ring on"), outputs),
            ("audio.also_ring", self.tr("&Also ring on:"), self.tr("Also ring on"),
             [("", self.tr("Nothing else"))] + outputs[1:]),
        ):
            combo, read, write = self._combo(choices)
            self._add(form, label, name, combo, read, write, accessible)
        return page

    def _calls_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        combo, read, write = self._combo([("off", self.tr("Off")), ("all", self.tr("All calls")),
                                          ("queue", self.tr("Queue calls only"))])
        self._add(form, self.tr("Auto-&answer:"), "call.auto_answer", combo, read, write, self.tr("Auto-answer"))
        spin, read, write = self._spin(0, 60, self.tr(" s"))
        self._add(form, self.tr("Auto-answer &delay:"), "call.auto_answer_delay", spin, read, write,
                  self.tr("Auto-answer delay in seconds"))
        spin, read, write = self._spin(0, 3600, self.tr(" s"))
        self._add(form, self.tr("&Wrap-up time:"), "queue.wrapup_seconds", spin, read, write,
                  self.tr("Wrap-up time in seconds"))
        reasons = QPlainTextEdit(self)
        reasons.setTabChangesFocus(True)
        reasons.setPlaceholderText(self.tr("one per line: code=label, e.g. 1=break"))
        reasons.setMaximumHeight(90)

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

        self._add(form, self.tr("&Pause reasons:"), "queue.pause_reasons", reasons, read_reasons, write_reasons,
                  self.tr("Pause reasons"))
        codes_box = QWidget(self)
        codes_form = QFormLayout(codes_box)
        codes_form.setContentsMargins(0, 0, 0, 0)
        code_edits: dict[str, QLineEdit] = {}
        for key, label in (("login", self.tr("Log in:")), ("logout", self.tr("Log out:")),
                           ("pause", self.tr("Pause:")), ("unpause", self.tr("Resume:"))):
            edit = QLineEdit(codes_box)
            edit.setAccessibleName(self.tr("Feature code to %1").replace("%1", label.rstrip(" :\u00a0")))
            codes_form.addRow(label, edit)
            code_edits[key] = edit

        def write_codes(value: Any) -> None:
            for key, edit in code_edits.items():
                edit.setText(str((value or {}).get(key, "")))

        self._add(form, self.tr("&Queue feature codes:"), "queue.codes", codes_box,
                  lambda: {k: e.text().strip() for k, e in code_edits.items()}, write_codes,
                  self.tr("Queue feature codes"))
        return page

    def _sip_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        combo, read, write = self._combo([("udp", "UDP"), ("tcp", "TCP"), ("tls", self.tr("TLS (encrypted)"))])
        self._add(form, self.tr("&Transport:"), "sip.transport", combo, read, write, self.tr("SIP transport"))
        spin, read, write = self._spin(0, 65535)
        spin.setSpecialValueText(self.tr("default"))
        self._add(form, self.tr("&Port:"), "sip.port", spin, read, write, self.tr("Registrar port"))
        codecs = QLineEdit(self)
        codecs.setPlaceholderText("G722, PCMU, PCMA")
        self._add(form, self.tr("&Codecs (in order):"), "sip.codecs", codecs,
                  lambda: [c.strip() for c in codecs.text().split(",") if c.strip()],
                  lambda v: codecs.setText(", ".join(v or [])), self.tr("Audio codecs in order of preference"))
        return page

    def _ui_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        combo, read, write = self._combo([("", self.tr("System language")), *LANGUAGES[1:]])
        self._add(form, self.tr("&Language:"), "ui.language", combo, read, write, self.tr("Language"))
        for name, label in (("ui.start_minimized", self.tr("Start &minimized to the tray")),
                            ("ui.start_at_login", self.tr("Start when I &sign in to the computer")),
                            ("ui.close_to_tray", self.tr("Closing the window keeps the phone &running"))):
            box, read, write = self._check(label)
            self._add(form, "", name, box, read, write, label.replace("&", ""))
        return page

    # ---- data ----

    def load(self) -> None:
        for field in self.fields.values():
            field.write(self.settings.get(field.name))

    def save(self) -> None:
        problems: list[str] = []
        language_before = self.settings.get("ui.language")
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
        if problems:
            self.message.setText("\n".join(problems))
            return
        if self.settings.get("ui.language") != language_before:
            self.language_changed.emit(str(self.settings.get("ui.language")))
        self.saved.emit()
        self.accept()

"""Icons: the project's own SVGs from resources/icons, or a painted fallback when they are not installed."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

ICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"
_FALLBACK_COLOURS = {"available": "#2e8b57", "paused": "#c98a00", "offline": "#777777", "on_call": "#b03030",
                     "ringing": "#2f6db5", "wrapup": "#6a4fa3", "app": "#2f6db5"}


@cache
def icon(name: str) -> QIcon:
    path = ICON_DIR / f"{name}.svg"
    if path.exists():
        return QIcon(str(path))
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(_FALLBACK_COLOURS.get(name, "#777777")))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 28, 28)
    painter.end()
    return QIcon(pixmap)


def state_icon(state: str) -> QIcon:
    return icon(state if state in _FALLBACK_COLOURS else "offline")

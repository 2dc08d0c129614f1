"""Layout helpers for narrow windows and long translations: a wrapping row of controls, and text fields that
never shrink below a usable width."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QLayout, QLayoutItem, QLineEdit, QSizePolicy, QStyle, QWidget

USABLE_FIELD_CHARS = 16  # a phone number or a short sip: address stays readable while it is typed


def keep_usable_width(edit: QLineEdit, chars: int = USABLE_FIELD_CHARS) -> None:
    """Give ``edit`` a minimum width of ``chars`` characters of its font (plus frame and clear button), so a
    layout squeezed by long button labels (German, French) wraps the buttons instead of the field."""
    metrics = edit.fontMetrics()
    text = max(metrics.averageCharWidth(), metrics.horizontalAdvance("0")) * chars
    margins = edit.textMargins()
    frame = 2 * edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit) + 8
    clear = metrics.height() + 8 if edit.isClearButtonEnabled() else 0
    edit.setMinimumWidth(text + margins.left() + margins.right() + frame + clear)


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new line when the width runs out (like words in a paragraph).

    Items whose horizontal size policy expands (a text field) share their line's spare width, so a
    "field + button" pair reads as one row when there is room and puts the button under the field when not.
    A ``trailing`` widget (Hang up) always sits at the right end of the first line, wherever the rest wraps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._trailing: QLayoutItem | None = None
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    # ---- QLayout's item list ----

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def set_trailing(self, widget: QWidget) -> None:
        self.addWidget(widget)
        self._trailing = self._items[-1]

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        if item is self._trailing:
            self._trailing = None
        return item

    # ---- geometry ----

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        items = self._shown()
        width = sum(item.sizeHint().width() for item in items) + self._gap() * max(0, len(items) - 1)
        height = max((item.sizeHint().height() for item in items), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """As narrow as the widest item: every other item can go to a line of its own."""
        items = self._shown()
        width = max((item.minimumSize().width() for item in items), default=0)
        height = max((item.minimumSize().height() for item in items), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def _shown(self) -> list[QLayoutItem]:
        """Visible items in flow order (hidden widgets take no room), the trailing one last."""
        items = [item for item in self._items if not item.isEmpty() and item is not self._trailing]
        return items + ([self._trailing] if self._trailing is not None and not self._trailing.isEmpty() else [])

    def _trailing_shown(self) -> QLayoutItem | None:
        return self._trailing if self._trailing is not None and not self._trailing.isEmpty() else None

    def _gap(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        owner = self.parentWidget()
        style = owner.style() if owner is not None else QApplication.style()
        return max(0, style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing))

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Place the items in ``rect`` (when ``apply``); returns the height they take."""
        area = rect.marginsRemoved(self.contentsMargins()) if rect.width() else rect
        gap = self._gap()
        trailing = self._trailing_shown()
        trailing_width = trailing.sizeHint().width() if trailing is not None else 0
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        used = 0
        room = area.width() - (trailing_width + gap if trailing is not None else 0)  # the first line's
        for item in self._shown():
            if item is trailing:
                break
            width = min(max(item.sizeHint().width(), item.minimumSize().width()), max(area.width(), 1))
            width = max(width, item.minimumSize().width())
            if (lines[-1] or len(lines) == 1) and used + (gap if lines[-1] else 0) + width > room:
                lines.append([])
                used = 0
                room = area.width()
            used += (gap if lines[-1] else 0) + width
            lines[-1].append((item, width))
        y = area.y()
        for number, line in enumerate(lines):
            heights = [item.sizeHint().height() for item, _ in line]
            if number == 0 and trailing is not None:
                heights.append(trailing.sizeHint().height())
            if not heights:
                continue
            height = max(heights)
            if apply:
                width = area.width() - (trailing_width + gap if number == 0 and trailing is not None else 0)
                self._place_line(line, QPoint(area.x(), y), width, height, gap)
                if number == 0 and trailing is not None:
                    own = min(height, trailing.sizeHint().height())
                    trailing.setGeometry(QRect(area.right() + 1 - trailing_width, y + (height - own) // 2,
                                               trailing_width, own))
            y += height + gap
        margins: QMargins = self.contentsMargins()
        return max(0, y - gap - area.y()) + margins.top() + margins.bottom()

    @staticmethod
    def _place_line(line: list[tuple[QLayoutItem, int]], origin: QPoint, room: int, height: int, gap: int) -> None:
        if not line:
            return
        spare = room - sum(width for _, width in line) - gap * (len(line) - 1)
        growing = {id(item) for item, _ in line if _expands(item)}
        share = spare // len(growing) if growing and spare > 0 else 0
        x = origin.x()
        for item, width in line:
            if id(item) in growing:
                width += share
            own = min(height, item.sizeHint().height())
            item.setGeometry(QRect(x, origin.y() + (height - own) // 2, width, own))
            x += width + gap


def _expands(item: QLayoutItem) -> bool:
    widget = item.widget()
    return widget is not None and bool(
        widget.sizePolicy().horizontalPolicy().value & QSizePolicy.PolicyFlag.ExpandFlag.value)

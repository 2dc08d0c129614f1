"""A video picture on screen: the far end in the call panel (with our self-view as picture-in-picture), or our own
camera in the settings preview. It pulls the newest picture at the stream's rate while it is visible, and paints
it scaled with its aspect ratio kept; pictures that arrive in between are never painted (dropped, not queued)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QImage, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from softphone.core.desktop_ports import VideoPicture

PictureSource = Callable[[], VideoPicture | None]
DEFAULT_FPS = 15.0
PIP_FRACTION = 0.28  # the self-view's width as part of the view's width


def to_image(picture: VideoPicture) -> QImage:
    """A QImage over the picture's bytes (it keeps no reference: copy before the picture goes)."""
    return QImage(picture.rgb, picture.width, picture.height, picture.width * 3, QImage.Format.Format_RGB888)


def fit(image_size: QSize, area: QRect) -> QRect:
    """The largest rectangle with the image's aspect ratio centred in ``area``."""
    scaled = image_size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    return QRect(area.x() + (area.width() - scaled.width()) // 2, area.y() + (area.height() - scaled.height()) // 2,
                 scaled.width(), scaled.height())


class VideoView(QWidget):
    """Paints ``source``'s newest picture; ``inset`` (optional) is drawn small in the bottom-right corner."""

    def __init__(self, source: PictureSource, parent: QWidget | None = None, *, inset: PictureSource | None = None,
                 fps: float = DEFAULT_FPS, placeholder: str = "", preferred: QSize | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.inset = inset
        self.placeholder = placeholder
        # a call panel asks for the minimum and takes what its layout can spare (a scroll area sizes its
        # contents by their preferred height: a larger wish would bring a scroll bar on a small screen)
        self.preferred = preferred or QSize(320, 240)
        self.frames_shown = 0  # distinct pictures painted (tests, diagnostics)
        self._image: QImage | None = None
        self._inset_image: QImage | None = None
        self._serial = -1
        self._inset_serial = -1
        self._timer = QTimer(self)
        self._timer.setInterval(max(15, round(1000 / fps)))
        self._timer.timeout.connect(self.refresh)
        # no height-for-width: the picture takes the height the layout can spare and is painted inside it
        # with its aspect ratio kept (a 4:3 height of the full width pushed the call's controls off screen)
        self.setMinimumSize(160, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def sizeHint(self) -> QSize:
        return QSize(self.preferred)

    def set_fps(self, fps: float) -> None:
        """Paint no more often than the stream delivers (between 1 and 30 a second)."""
        self._timer.setInterval(round(1000 / max(1.0, min(30.0, fps))))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def refresh(self) -> None:
        changed = False
        picture = self.source()
        if picture is not None and picture.serial != self._serial:
            self._serial = picture.serial
            self._image = to_image(picture).copy()
            self.frames_shown += 1
            changed = True
        if self.inset is not None:
            small = self.inset()
            if small is not None and small.serial != self._inset_serial:
                self._inset_serial = small.serial
                image = to_image(small)
                self._inset_image = image.scaled(self._inset_box(image.size()).size(),
                                                 Qt.AspectRatioMode.IgnoreAspectRatio,
                                                 Qt.TransformationMode.FastTransformation)
                changed = True
        if changed:
            self.update()

    def has_picture(self) -> bool:
        return self._image is not None

    def _inset_box(self, image_size: QSize) -> QRect:
        """The self-view's corner: at most PIP_FRACTION of the width and a third of the height (a short,
        wide view keeps it small too), its aspect ratio kept, 8 px in from the bottom-right corner."""
        room = QSize(max(48, int(self.width() * PIP_FRACTION)), max(36, self.height() // 3))
        size = image_size.scaled(room, Qt.AspectRatioMode.KeepAspectRatio)
        return QRect(self.width() - size.width() - 8, self.height() - size.height() - 8, size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(16, 16, 16))
        if self._image is not None:
            painter.drawImage(fit(self._image.size(), self.rect()), self._image)
        elif self.placeholder:
            painter.setPen(QColor(200, 200, 200))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.placeholder)
        if self._inset_image is not None:
            box = self._inset_box(self._inset_image.size())
            painter.drawImage(box, self._inset_image)
            painter.setPen(QPen(QColor(255, 255, 255), 1))
            painter.drawRect(box.adjusted(0, 0, -1, -1))
        painter.end()

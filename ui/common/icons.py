"""Icons for actions, drawn with QPainter at the size and pixel ratio they are shown at.

The bundle leaves Qt's SVG plug-in out, so icons are paths drawn here rather than files; they
take their colour from the palette when painted, so they follow the theme (and look disabled
with their button). `action_icon(IconName.PRACTISE)` is a `QIcon` like any other.
"""

from __future__ import annotations

import math
from enum import StrEnum

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)


class IconName(StrEnum):
    PRACTISE = "practise"  # a play triangle
    REVIEW = "review"  # a circular arrow
    EXAM = "exam"  # a stopwatch
    MORE = "more"  # three dots
    RENAME = "rename"  # a pencil
    DELETE = "delete"  # a waste bin
    IMPORT = "import"  # an arrow into a tray
    ARTICLE = "article"  # a page of text
    PROGRESS = "progress"  # rising bars


def action_icon(name: IconName, role: QPalette.ColorRole = QPalette.ColorRole.ButtonText) -> QIcon:
    """The icon `name`, drawn in the palette colour `role` (HighlightedText on an accent)."""
    return QIcon(DrawnIconEngine(name, role))


def paint_icon(painter: QPainter, rect: QRectF, name: IconName, colour: QColor) -> None:
    """Draw `name` into `rect` (a square fits best) in `colour`."""
    side = min(rect.width(), rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(box.topLeft())
    painter.scale(side / 24, side / 24)  # every icon is drawn on a 24 × 24 grid
    pen = QPen(colour, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    _DRAWINGS[name](painter, colour)
    painter.restore()


def _practise(painter: QPainter, colour: QColor) -> None:
    painter.setBrush(colour)
    painter.drawPolygon([QPointF(7, 4.5), QPointF(19.5, 12), QPointF(7, 19.5)])


def _review(painter: QPainter, colour: QColor) -> None:
    arc = QRectF(4, 4, 16, 16)
    painter.drawArc(arc, 90 * 16, 280 * 16)
    # The arrowhead at the arc's open end (at 10 o'clock), pointing on round the circle.
    angle = math.radians(10)
    tip = QPointF(12 + 8 * math.cos(angle), 12 - 8 * math.sin(angle))
    painter.setBrush(colour)
    head = [tip + QPointF(-3.2, -3.6), tip + QPointF(3.6, -2.2), tip + QPointF(0.6, 3)]
    painter.drawPolygon(head)


def _exam(painter: QPainter, _colour: QColor) -> None:
    painter.drawEllipse(QRectF(4.5, 6.5, 15, 15))
    painter.drawLine(QPointF(12, 14), QPointF(12, 10))
    painter.drawLine(QPointF(12, 14), QPointF(14.8, 16))
    painter.drawLine(QPointF(10, 3), QPointF(14, 3))
    painter.drawLine(QPointF(12, 3), QPointF(12, 6.5))
    painter.drawLine(QPointF(18.5, 6.5), QPointF(20, 5))


def _more(painter: QPainter, colour: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    for x in (5, 12, 19):
        painter.drawEllipse(QPointF(x, 12), 2.1, 2.1)


def _rename(painter: QPainter, _colour: QColor) -> None:
    path = QPainterPath(QPointF(15.5, 4.5))
    path.lineTo(19.5, 8.5)
    path.lineTo(8.5, 19.5)
    path.lineTo(4, 20)
    path.lineTo(4.5, 15.5)
    path.closeSubpath()
    painter.drawPath(path)
    painter.drawLine(QPointF(13, 7), QPointF(17, 11))


def _delete(painter: QPainter, _colour: QColor) -> None:
    painter.drawLine(QPointF(4, 6.5), QPointF(20, 6.5))
    painter.drawPolyline([QPointF(9, 6.5), QPointF(9.5, 3.5), QPointF(14.5, 3.5), QPointF(15, 6.5)])
    painter.drawPolyline([QPointF(6, 6.5), QPointF(7, 20.5), QPointF(17, 20.5), QPointF(18, 6.5)])
    painter.drawLine(QPointF(10.2, 10), QPointF(10.4, 17))
    painter.drawLine(QPointF(13.8, 10), QPointF(13.6, 17))


def _import(painter: QPainter, _colour: QColor) -> None:
    painter.drawLine(QPointF(12, 3.5), QPointF(12, 14.5))
    painter.drawPolyline([QPointF(7.5, 10), QPointF(12, 14.5), QPointF(16.5, 10)])
    painter.drawPolyline([QPointF(4, 14), QPointF(4, 20), QPointF(20, 20), QPointF(20, 14)])


def _article(painter: QPainter, _colour: QColor) -> None:
    path = QPainterPath(QPointF(5.5, 3))
    path.lineTo(14, 3)
    path.lineTo(18.5, 7.5)
    path.lineTo(18.5, 21)
    path.lineTo(5.5, 21)
    path.closeSubpath()
    painter.drawPath(path)
    painter.drawPolyline([QPointF(14, 3), QPointF(14, 7.5), QPointF(18.5, 7.5)])
    for y in (11.5, 14.5, 17.5):
        painter.drawLine(QPointF(8.5, y), QPointF(15.5, y))


def _progress(painter: QPainter, colour: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    for x, top in ((4, 14), (10, 9), (16, 4)):
        painter.drawRoundedRect(QRectF(x, top, 4.5, 20 - top), 1, 1)


_DRAWINGS = {
    IconName.PRACTISE: _practise,
    IconName.REVIEW: _review,
    IconName.EXAM: _exam,
    IconName.MORE: _more,
    IconName.RENAME: _rename,
    IconName.DELETE: _delete,
    IconName.IMPORT: _import,
    IconName.ARTICLE: _article,
    IconName.PROGRESS: _progress,
}


class DrawnIconEngine(QIconEngine):
    """Paints one icon at any size; sharp at every device pixel ratio."""

    def __init__(self, name: IconName, role: QPalette.ColorRole) -> None:
        super().__init__()
        self._name = name
        self._role = role

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Active
        )
        colour = QGuiApplication.palette().color(group, self._role)
        paint_icon(painter, QRectF(rect).adjusted(1, 1, -1, -1), self._name, colour)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(  # noqa: N802 (Qt override)
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        image = QImage(size * scale, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(scale)
        image.fill(0)  # fully transparent
        painter = QPainter(image)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return QPixmap.fromImage(image)

    def clone(self) -> QIconEngine:
        return DrawnIconEngine(self._name, self._role)

    def key(self) -> str:
        return f"steppe-drawn-{self._name.value}"

"""Two small charts painted with QPainter: score over time (`LineChart`) and a score per topic
(`BarChart`). Values are fractions 0..1 shown as percentages; colours come from the palette, so
both follow the light and dark themes. With no data they say so instead of drawing empty axes.

QtCharts is deliberately not used: it is not installed, and would add QtOpenGL to the bundle.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.common.theme import blend

DEFAULT_EMPTY_TEXT = "No attempts yet"
Y_TICKS = (0.0, 0.25, 0.5, 0.75, 1.0)
MAX_LABELLED_POINTS = 12
MIN_MARKER_SPACING = 7.0
TOOLTIP_REACH = 24.0  # pixels either side of a point that still show its score


def percent(value: float) -> str:
    return f"{round(value * 100)}%"


def clamp_fraction(value: float) -> float:
    return max(0.0, min(1.0, float(value)))


class _Chart(QWidget):
    """What both charts share: the empty state and palette colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = DEFAULT_EMPTY_TEXT
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so a screen reader reads it

    def set_empty_text(self, text: str) -> None:
        """What to say when there is nothing to draw (default "No attempts yet")."""
        self._empty_text = text
        self._update_description()
        self.update()

    def _update_description(self) -> None:
        """Keep the accessible description (what a screen reader says) in step with the data."""

    def empty_text(self) -> str:
        return self._empty_text

    def _color(self, role: QPalette.ColorRole) -> QColor:
        return self.palette().color(role)

    def _grid_color(self) -> QColor:
        return blend(
            self._color(QPalette.ColorRole.Window), self._color(QPalette.ColorRole.WindowText), 0.18
        )

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(self._color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRectF(self.rect()).adjusted(8, 8, -8, -8),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            self._empty_text,
        )

    def _paint_focus(self, painter: QPainter) -> None:
        if self.hasFocus():
            painter.setPen(
                QPen(self._color(QPalette.ColorRole.Highlight), 1.5, Qt.PenStyle.DashLine)
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))


class LineChart(_Chart):
    """Score over time: one point per attempt, x labels below, y from 0 to 100 %."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[str, float]] = []
        self.setAccessibleName("Score over time")
        self.setMouseTracking(True)
        self._update_description()

    def set_points(self, points: list[tuple[str, float]]) -> None:
        """(x label, score 0..1) per attempt, oldest first."""
        self._points = [(str(label), clamp_fraction(value)) for label, value in points]
        self._update_description()
        self.update()

    def points(self) -> list[tuple[str, float]]:
        return list(self._points)

    def _update_description(self) -> None:
        if not self._points:
            self.setAccessibleDescription(self._empty_text)
            return
        values = [value for _, value in self._points]
        count = f"{len(values)} attempt" + ("" if len(values) == 1 else "s")
        self.setAccessibleDescription(
            f"{count}; latest {percent(values[-1])}, best {percent(max(values))},"
            f" first {percent(values[0])}"
        )

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        line = self.fontMetrics().height()
        return QSize(line * 30, line * 14)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        line = self.fontMetrics().height()
        return QSize(line * 12, line * 8)

    # ------------------------------------------------------------ geometry

    def plot_rect(self) -> QRectF:
        """Where the data is drawn, inside the axis labels."""
        metrics = QFontMetricsF(self.font())
        left = metrics.horizontalAdvance("100%") + 12
        top = metrics.height() + 10  # room for a score written above a point at 100%
        bottom = metrics.height() * 1.5 + 8  # below the "0%" label's lower half: the x labels
        right = max(12.0, metrics.averageCharWidth() * 2)
        return QRectF(self.rect()).adjusted(left, top, -right, -bottom)

    def point_positions(self) -> list[QPointF]:
        plot = self.plot_rect()
        count = len(self._points)
        positions = []
        for index, (_, value) in enumerate(self._points):
            x = (
                plot.center().x()
                if count == 1
                else plot.left() + plot.width() * index / (count - 1)
            )
            positions.append(QPointF(x, plot.bottom() - plot.height() * value))
        return positions

    def label_stride(self) -> int:
        """Show every n-th x label, so labels never overlap."""
        count = len(self._points)
        if count <= 1:
            return 1
        metrics = QFontMetricsF(self.font())
        spacing = self.plot_rect().width() / (count - 1)
        widest = max(metrics.horizontalAdvance(label) for label, _ in self._points)
        wanted = min(widest, metrics.averageCharWidth() * 12) + metrics.averageCharWidth() * 2
        stride = 1
        while stride * spacing < wanted and stride < count:
            stride += 1
        return stride

    # ------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._points:
            self._paint_empty(painter)
        else:
            self._paint_grid(painter)
            self._paint_x_labels(painter)
            self._paint_line(painter)
        self._paint_focus(painter)

    def _paint_grid(self, painter: QPainter) -> None:
        plot = self.plot_rect()
        metrics = QFontMetricsF(self.font())
        for tick in Y_TICKS:
            y = plot.bottom() - plot.height() * tick
            painter.setPen(QPen(self._grid_color(), 1.0))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self._color(QPalette.ColorRole.WindowText))
            label_rect = QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height())
            painter.drawText(
                label_rect,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                percent(tick),
            )

    def x_labels(self) -> list[tuple[int, QRectF, str]]:
        """(point index, where, elided text) of the x labels to draw; they never overlap.

        Every `label_stride()`-th label is shown, elided to the room it has; the latest attempt's
        label always shows, and labels that would collide with it are left out.
        """
        count = len(self._points)
        if count == 0:
            return []
        plot = self.plot_rect()
        metrics = QFontMetricsF(self.font())
        stride = self.label_stride()
        gap = metrics.averageCharWidth()
        room = plot.width() if count == 1 else plot.width() / (count - 1) * stride - gap
        positions = self.point_positions()
        top = plot.bottom() + metrics.height() / 2 + 4  # clear of the "0%" label

        def place(index: int) -> tuple[int, QRectF, str]:
            text = metrics.elidedText(self._points[index][0], Qt.TextElideMode.ElideRight, room)
            width = metrics.horizontalAdvance(text)
            left = max(0.0, min(positions[index].x() - width / 2, self.width() - width))
            return index, QRectF(left, top, width, metrics.height()), text

        latest = place(count - 1)
        placed: list[tuple[int, QRectF, str]] = []
        right_edge = -gap
        for index in range(0, count - 1, stride):
            label = place(index)
            rect = label[1]
            if rect.left() >= right_edge + gap and rect.right() + gap <= latest[1].left():
                placed.append(label)
                right_edge = rect.right()
        return [*placed, latest]

    def _paint_x_labels(self, painter: QPainter) -> None:
        metrics = QFontMetricsF(self.font())
        painter.setPen(self._color(QPalette.ColorRole.WindowText))
        for _, rect, text in self.x_labels():
            painter.drawText(QPointF(rect.left(), rect.top() + metrics.ascent()), text)

    def _paint_line(self, painter: QPainter) -> None:
        positions = self.point_positions()
        accent = self._color(QPalette.ColorRole.Highlight)
        if len(positions) > 1:
            path = QPainterPath(positions[0])
            for point in positions[1:]:
                path.lineTo(point)
            plot = self.plot_rect()
            area = QPainterPath(path)
            area.lineTo(positions[-1].x(), plot.bottom())
            area.lineTo(positions[0].x(), plot.bottom())
            area.closeSubpath()
            shade = QColor(accent)
            shade.setAlpha(40)
            painter.fillPath(area, shade)
            painter.setPen(
                QPen(
                    accent,
                    2.5,
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap,
                    Qt.PenJoinStyle.RoundJoin,
                )
            )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        spacing = self.plot_rect().width() / max(1, len(positions) - 1)
        if (
            spacing >= MIN_MARKER_SPACING or len(positions) == 1
        ):  # markers on a dense line are noise
            radius = 4.0 if spacing >= 3 * MIN_MARKER_SPACING or len(positions) == 1 else 2.5
            painter.setPen(QPen(self._color(QPalette.ColorRole.Base), 1.5))
            painter.setBrush(accent)
            for point in positions:
                painter.drawEllipse(point, radius, radius)
        if len(positions) <= MAX_LABELLED_POINTS:
            self._paint_values(painter, positions)

    def _paint_values(self, painter: QPainter, positions: list[QPointF]) -> None:
        """With few attempts, each score is written above its point: easier than reading axes."""
        metrics = QFontMetricsF(self.font())
        painter.setPen(self._color(QPalette.ColorRole.WindowText))
        for point, (_, value) in zip(positions, self._points, strict=True):
            text = percent(value)
            width = metrics.horizontalAdvance(text)
            x = max(self.plot_rect().left(), min(point.x() - width / 2, self.width() - width))
            painter.drawText(QPointF(x, point.y() - 8 - metrics.descent()), text)

    def tooltip_at(self, pos: QPointF) -> str | None:
        """ "label: score" of the point under (or horizontally near) `pos`, if any."""
        positions = self.point_positions()
        if not positions:
            return None
        index = min(range(len(positions)), key=lambda i: abs(positions[i].x() - pos.x()))
        if abs(positions[index].x() - pos.x()) > TOOLTIP_REACH:
            return None
        label, value = self._points[index]
        return f"{label}: {percent(value)}"

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)


class BarChart(_Chart):
    """One horizontal bar per topic: the label on the left, the bar, and its percentage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, float]] = []
        self.setAccessibleName("Score per topic")
        self._update_description()

    def set_bars(self, bars: list[tuple[str, float]]) -> None:
        """(label, value 0..1) per bar, drawn top to bottom in this order."""
        self._bars = [(str(label), clamp_fraction(value)) for label, value in bars]
        self._update_description()
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, float]]:
        return list(self._bars)

    def _update_description(self) -> None:
        if not self._bars:
            self.setAccessibleDescription(self._empty_text)
        else:
            self.setAccessibleDescription(
                "; ".join(f"{label}: {percent(v)}" for label, v in self._bars)
            )

    def row_height(self) -> float:
        return QFontMetricsF(self.font()).height() * 1.9

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        line = self.fontMetrics().height()
        rows = max(len(self._bars), 2)
        return QSize(line * 30, int(rows * self.row_height() + 16))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        line = self.fontMetrics().height()
        rows = max(len(self._bars), 2)
        return QSize(line * 14, int(rows * self.row_height() + 16))

    def label_width(self) -> float:
        """The label column: as wide as the longest label, but leaving the bars at least a third
        of the room beside the percentages. A longer label is elided; its tooltip shows it whole.
        """
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(label) for label, _ in self._bars), default=0.0)
        beside_percent = self.width() - 38 - metrics.horizontalAdvance("100%")
        return max(0.0, min(widest + 4, beside_percent * 2 / 3))

    def bar_rects(self) -> list[QRectF]:
        """The filled part of each bar (empty width for 0 %)."""
        metrics = QFontMetricsF(self.font())
        track = self._track_rect()
        height = metrics.height() * 1.1
        rects = []
        for index, (_, value) in enumerate(self._bars):
            top = 8 + index * self.row_height() + (self.row_height() - height) / 2
            rects.append(QRectF(track.left(), top, track.width() * value, height))
        return rects

    def tooltip_at(self, pos: QPointF) -> str | None:
        """ "label: score" of the bar on the row under `pos` (an elided label, whole)."""
        for (label, value), bar in zip(self._bars, self.bar_rects(), strict=True):
            row_top = bar.center().y() - self.row_height() / 2
            if row_top <= pos.y() < row_top + self.row_height():
                return f"{label}: {percent(value)}"
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def _track_rect(self) -> QRectF:
        metrics = QFontMetricsF(self.font())
        left = 8 + self.label_width() + 12
        right = self.width() - 8 - metrics.horizontalAdvance("100%") - 10
        return QRectF(left, 8, max(1.0, right - left), self.height() - 16)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._bars:
            self._paint_empty(painter)
            self._paint_focus(painter)
            return
        metrics = QFontMetricsF(self.font())
        track = self._track_rect()
        text_color = self._color(QPalette.ColorRole.WindowText)
        accent = self._color(QPalette.ColorRole.Highlight)
        for (label, value), bar in zip(self._bars, self.bar_rects(), strict=True):
            row = QRectF(8, bar.top(), self.label_width(), bar.height())
            painter.setPen(text_color)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, row.width())
            painter.drawText(
                row, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), shown
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._grid_color())
            painter.drawRoundedRect(
                QRectF(track.left(), bar.top(), track.width(), bar.height()), 3, 3
            )
            if bar.width() > 0:
                painter.setBrush(accent)
                painter.drawRoundedRect(bar, 3, 3)
            painter.setPen(text_color)
            painter.drawText(
                QRectF(
                    track.right() + 8, bar.top(), self.width() - track.right() - 8, bar.height()
                ),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                percent(value),
            )
        self._paint_focus(painter)

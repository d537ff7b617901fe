"""Home's list of question sets, drawn as cards: title and badges, counts and topics, a mastery
bar with the questions due and the last and best score, and the set's study actions.

`SetListView` is a `QListView` over Home's table model (column 0; the whole row through
`ROW_ROLE`), painted by `SetCardDelegate`. The action buttons are painted with the style and
hit-tested here; every action is also in the set's menu (right click, the Menu key, "⋯") and on
the keyboard (Enter practises, F2 renames, Del deletes), so nothing needs the mouse.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from quizzes.wording import count_of
from ui.common.icons import IconName, action_icon, paint_icon
from ui.common.theme import status_colours
from ui.common.type_scale import TextRole, role_font

if TYPE_CHECKING:
    from ui.student.home_screen import HomeRow

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole HomeRow of a set


class SetAction(StrEnum):
    PRACTISE = "practise"
    REVIEW = "review"
    EXAM = "exam"
    MORE = "more"


ACTION_ICONS = {
    SetAction.PRACTISE: IconName.PRACTISE,
    SetAction.REVIEW: IconName.REVIEW,
    SetAction.EXAM: IconName.EXAM,
    SetAction.MORE: IconName.MORE,
}


def percent_text(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)}%"


@dataclass(frozen=True)
class CardTexts:
    """Every text a set's card shows."""

    title: str
    badges: tuple[str, ...]
    counts: str  # questions and topics
    progress: str  # mastery, due, last and best score
    buttons: dict[SetAction, str]

    def spoken(self) -> str:
        """The card as one sentence, for screen readers."""
        badges = f" ({', '.join(self.badges)})" if self.badges else ""
        return f"{self.title}{badges}. {self.counts}. {self.progress}."


def card_texts(row: HomeRow) -> CardTexts:
    summary = row.summary
    badges = tuple(
        label
        for label, shown in (("Exam", summary.is_exam), ("Built-in", summary.is_builtin))
        if shown
    )
    topics = summary.topics
    counts = count_of(summary.question_count, "question")
    if topics:
        counts += f" · {count_of(len(topics), 'topic')}: {', '.join(topics)}"
    practised = row.last is not None or (row.mastery or 0) > 0 or row.due > 0
    if practised:
        parts = [f"{percent_text(row.mastery or 0.0)} mastered"]
        if row.due:
            parts.append(f"{row.due} due")
        if row.last is not None:
            parts.append(f"Last {percent_text(row.last)}")
            parts.append(f"Best {percent_text(row.best)}")
        progress = " · ".join(parts)
    else:
        progress = "Not practised yet"
    buttons = {
        SetAction.PRACTISE: "Practise",
        SetAction.REVIEW: f"Review {row.due}" if row.due else "Review",
        SetAction.EXAM: "Exam",
        SetAction.MORE: "",
    }
    return CardTexts(summary.title, badges, counts, progress, buttons)


def button_tooltip(row: HomeRow, action: SetAction) -> str:
    """What a card's button does, shown when the pointer rests on it."""
    if action is SetAction.PRACTISE:
        return "Practise this set (Enter): choose the number of questions and the topics."
    if action is SetAction.REVIEW:
        if row.summary.answers_hidden:
            return "Review opens once the teacher releases this exam's results."
        if not row.due:
            return "Nothing is due for review in this set right now."
        return f"Spaced repetition: the {count_of(row.due, 'question')} due now."
    if action is SetAction.EXAM:
        return "Take this set as an exam: no feedback until the end, a time limit if you like."
    return "More: rename (F2), export, delete (Del)."


def review_available(row: HomeRow) -> bool:
    """Spaced repetition on the questions due; an unreleased exam set's cards stay closed."""
    return row.due > 0 and not row.summary.answers_hidden


@dataclass(frozen=True)
class CardGeometry:
    card: QRect
    title: QRect
    counts: QRect
    bar: QRect
    progress: QRect
    buttons: dict[SetAction, QRect]


class CardMetrics:
    """Sizes derived from the font, so the card grows with the text size."""

    def __init__(self, font: QFont) -> None:
        self.body = QFont(font)
        self.title = role_font(TextRole.SECTION, font)
        self.body_metrics = QFontMetrics(self.body)
        self.title_metrics = QFontMetrics(self.title)
        line = self.body_metrics.height()
        self.line = line
        self.padding = round(line * 0.8)
        self.gap = round(line * 0.35)
        self.icon = round(line * 1.1)
        self.button_height = round(line * 2.0)
        self.button_spacing = round(line * 0.4)
        self.bar_height = max(6, round(line * 0.5))
        self.bar_width = round(line * 8)
        self.min_text_width = self.body_metrics.averageCharWidth() * 24

    def button_width(self, action: SetAction, text: str) -> int:
        if not text:
            return self.button_height
        # Review is as wide with a count as without, so the buttons line up from card to card.
        widest = "Review 999" if action is SetAction.REVIEW else text
        advance = max(self.body_metrics.horizontalAdvance(t) for t in (text, widest))
        return self.icon + advance + self.line * 2

    def geometry(self, rect: QRect, texts: CardTexts) -> CardGeometry:
        """Where everything goes in a card of `rect`'s width (its height is what it needs):
        the buttons beside the text, or below it when the card is narrow."""
        inner = rect.adjusted(self.padding, self.padding, -self.padding, -self.padding)
        widths = {a: self.button_width(a, t) for a, t in texts.buttons.items()}
        row_width = sum(widths.values()) + self.button_spacing * (len(widths) - 1)
        # Beside the text only if the progress line then fits whole (title and topics may be
        # shortened with "…", never the student's figures).
        text_advance = self.body_metrics.horizontalAdvance(texts.progress)
        room = inner.width() - row_width - self.padding
        beside = room >= max(self.min_text_width, self.bar_width + self.line // 2 + text_advance)
        text_width = room if beside else inner.width()
        # Narrow (large text): the bar gets a line of its own when the figures need the room.
        bar_width = min(self.bar_width, text_width // 3)
        bar_apart = bar_width + self.line // 2 + text_advance > text_width
        text_lines = 3 if bar_apart else 2
        text_height = self.title_metrics.height() + text_lines * (self.gap + self.line)
        if beside:
            height = max(text_height, self.button_height)
            buttons_top = inner.top() + (height - self.button_height) // 2
            left = inner.right() + 1 - row_width
        else:
            height = text_height + 2 * self.gap + self.button_height
            buttons_top = inner.top() + text_height + 2 * self.gap
            left = inner.left()
        top = inner.top() + (height - text_height) // 2 if beside else inner.top()
        title = QRect(inner.left(), top, text_width, self.title_metrics.height())
        counts = QRect(inner.left(), title.bottom() + 1 + self.gap, text_width, self.line)
        bar_top = counts.bottom() + 1 + self.gap
        bar = QRect(
            inner.left(),
            bar_top + (self.line - self.bar_height) // 2,
            min(self.bar_width, text_width) if bar_apart else bar_width,
            self.bar_height,
        )
        if bar_apart:
            progress = QRect(inner.left(), bar_top + self.line + self.gap, text_width, self.line)
        else:
            progress_left = bar.right() + 1 + self.line // 2
            progress = QRect(
                progress_left, bar_top, inner.left() + text_width - progress_left, self.line
            )
        buttons: dict[SetAction, QRect] = {}
        for action, width in widths.items():
            buttons[action] = QRect(left, buttons_top, width, self.button_height)
            left += width + self.button_spacing
        card = QRect(rect.left(), rect.top(), rect.width(), height + 2 * self.padding)
        return CardGeometry(card, title, counts, bar, progress, buttons)


class SetCardDelegate(QStyledItemDelegate):
    """Paints each set as a card and turns clicks on its buttons into `action_clicked`."""

    action_clicked = Signal(int, str, QPoint)  # row, SetAction, where its menu would open

    def __init__(self, view: SetListView) -> None:
        super().__init__(view)
        self._view = view
        self._pressed: tuple[int, SetAction] | None = None

    # ------------------------------------------------------------ geometry

    def _row(self, index: QModelIndex | QPersistentModelIndex) -> HomeRow:
        row = index.data(ROW_ROLE)
        assert row is not None  # every index of Home's model carries its row
        return row

    def card_geometry(
        self, rect: QRect, index: QModelIndex | QPersistentModelIndex
    ) -> CardGeometry:
        return CardMetrics(self._view.font()).geometry(rect, card_texts(self._row(index)))

    def sizeHint(  # noqa: N802 (Qt override)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self._view.viewport().width() - 2 * self._view.spacing()
        metrics = CardMetrics(self._view.font())
        geometry = metrics.geometry(QRect(0, 0, width, 0), card_texts(self._row(index)))
        return QSize(width, geometry.card.height())

    def button_rect(self, row: int, action: SetAction) -> QRect:
        """Where the button is drawn in the viewport (for tests and the "⋯" menu)."""
        index = self._view.model().index(row, 0)
        rect = self._view.visualRect(index)
        return self.card_geometry(rect, index).buttons[action]

    def _button_enabled(self, row: HomeRow, action: SetAction) -> bool:
        return self._view.isEnabled() and (action is not SetAction.REVIEW or review_available(row))

    def _action_at(
        self, index: QModelIndex | QPersistentModelIndex, rect: QRect, pos: QPoint
    ) -> SetAction | None:
        geometry = CardMetrics(self._view.font()).geometry(rect, card_texts(self._row(index)))
        return next((a for a, r in geometry.buttons.items() if r.contains(pos)), None)

    # ------------------------------------------------------------ painting

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = self._row(index)
        texts = card_texts(row)
        metrics = CardMetrics(self._view.font())
        geometry = metrics.geometry(option.rect, texts)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_card(painter, option.rect, palette, selected, hovered)
        self._paint_title(painter, geometry.title, texts, metrics, palette)
        painter.setFont(metrics.body)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            geometry.counts,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.body_metrics.elidedText(
                texts.counts, Qt.TextElideMode.ElideRight, geometry.counts.width()
            ),
        )
        self._paint_bar(painter, geometry.bar, row.mastery or 0.0, palette)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            geometry.progress,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.body_metrics.elidedText(
                texts.progress, Qt.TextElideMode.ElideRight, geometry.progress.width()
            ),
        )
        painter.restore()
        for action, rect in geometry.buttons.items():
            self._paint_button(painter, rect, action, texts, row, index, metrics, palette)

    @staticmethod
    def _paint_card(
        painter: QPainter, rect: QRect, palette: QPalette, selected: bool, hovered: bool
    ) -> None:
        if selected:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2.0)
        elif hovered:
            pen = QPen(palette.color(QPalette.ColorRole.Dark), 1.0)
        else:
            pen = QPen(palette.color(QPalette.ColorRole.Mid), 1.0)
        inset = pen.widthF() / 2
        painter.setPen(pen)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        radius = 6.0
        painter.drawRoundedRect(
            rect.toRectF().adjusted(inset, inset, -inset, -inset), radius, radius
        )

    @staticmethod
    def _paint_title(
        painter: QPainter, rect: QRect, texts: CardTexts, metrics: CardMetrics, palette: QPalette
    ) -> None:
        colours = status_colours(palette)
        badge_pad = metrics.line // 2
        badge_widths = [
            metrics.body_metrics.horizontalAdvance(b) + 2 * badge_pad for b in texts.badges
        ]
        badges_width = sum(w + badge_pad for w in badge_widths)
        painter.setFont(metrics.title)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title = metrics.title_metrics.elidedText(
            texts.title, Qt.TextElideMode.ElideRight, max(0, rect.width() - badges_width)
        )
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        left = rect.left() + metrics.title_metrics.horizontalAdvance(title) + badge_pad
        painter.setFont(metrics.body)
        for badge, width in zip(texts.badges, badge_widths, strict=True):
            if badge == "Exam":
                back, text = QColor(colours.flagged_back), QColor(colours.flagged_text)
            else:
                back = palette.color(QPalette.ColorRole.AlternateBase)
                text = palette.color(QPalette.ColorRole.Text)
            box = QRect(left, rect.center().y() - metrics.line // 2 - 1, width, metrics.line + 2)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1.0))
            painter.setBrush(back)
            painter.drawRoundedRect(box.toRectF().adjusted(0.5, 0.5, -0.5, -0.5), 4.0, 4.0)
            painter.setPen(text)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, badge)
            left += width + badge_pad

    @staticmethod
    def _paint_bar(painter: QPainter, rect: QRect, share: float, palette: QPalette) -> None:
        radius = rect.height() / 2
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1.0))
        painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(rect.toRectF().adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        if share > 0:
            filled = rect.toRectF()
            filled.setWidth(max(rect.height(), rect.width() * min(share, 1.0)))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(status_colours(palette).right))
            painter.drawRoundedRect(filled, radius, radius)

    def _paint_button(
        self,
        painter: QPainter,
        rect: QRect,
        action: SetAction,
        texts: CardTexts,
        row: HomeRow,
        index: QModelIndex | QPersistentModelIndex,
        metrics: CardMetrics,
        palette: QPalette,
    ) -> None:
        enabled = self._button_enabled(row, action)
        hovered = enabled and rect.contains(self._view.viewport().mapFromGlobal(QCursor.pos()))
        pressed = self._pressed == (index.row(), action)
        text = texts.buttons[action]
        if action is SetAction.PRACTISE and enabled:
            self._paint_primary(painter, rect, text, metrics, palette, hovered or pressed)
            return
        option = QStyleOptionButton()
        option.initFrom(self._view)
        option.rect = rect
        option.palette = palette
        option.state = QStyle.StateFlag.State_Raised
        if enabled:
            option.state |= QStyle.StateFlag.State_Enabled
        if hovered:
            option.state |= QStyle.StateFlag.State_MouseOver
        if pressed:
            option.state |= QStyle.StateFlag.State_Sunken
        option.text = text
        option.icon = action_icon(ACTION_ICONS[action])
        option.iconSize = QSize(metrics.icon, metrics.icon)
        painter.save()
        painter.setFont(metrics.body)
        style = self._view.style()
        style.drawControl(QStyle.ControlElement.CE_PushButton, option, painter, self._view)
        painter.restore()

    @staticmethod
    def _paint_primary(
        painter: QPainter,
        rect: QRect,
        text: str,
        metrics: CardMetrics,
        palette: QPalette,
        active: bool,
    ) -> None:
        """The set's primary action: filled with the accent, as the default button of a form."""
        accent = palette.color(QPalette.ColorRole.Highlight)
        fill = accent.darker(112) if active else accent
        ink = palette.color(QPalette.ColorRole.HighlightedText)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect.toRectF().adjusted(0.5, 0.5, -0.5, -0.5), 4.0, 4.0)
        content = metrics.icon + metrics.line // 3 + metrics.body_metrics.horizontalAdvance(text)
        left = rect.left() + (rect.width() - content) // 2
        icon_rect = QRect(left, rect.center().y() - metrics.icon // 2, metrics.icon, metrics.icon)
        paint_icon(painter, icon_rect.toRectF(), IconName.PRACTISE, ink)
        painter.setFont(metrics.body)
        painter.setPen(ink)
        text_rect = QRect(
            icon_rect.right() + 1 + metrics.line // 3, rect.top(), rect.width(), rect.height()
        )
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
        )
        painter.restore()

    # ------------------------------------------------------------ clicks on the buttons

    def helpEvent(  # noqa: N802 (Qt override)
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            action = self._action_at(index, option.rect, event.pos())
            if action is not None:
                QToolTip.showText(event.globalPos(), button_tooltip(self._row(index), action), view)
                return True
        return super().helpEvent(event, view, option, index)

    def editorEvent(  # noqa: N802 (Qt override)
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if not isinstance(event, QMouseEvent) or event.button() != Qt.MouseButton.LeftButton:
            return False
        action = self._action_at(index, option.rect, event.position().toPoint())
        if action is not None and not self._button_enabled(self._row(index), action):
            return True  # a disabled button takes the click and does nothing
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._pressed = None if action is None else (index.row(), action)
            self._view.viewport().update()
            return action is not None
        if kind == QEvent.Type.MouseButtonRelease and self._pressed is not None:
            pressed, self._pressed = self._pressed, None
            self._view.viewport().update()
            if pressed == (index.row(), action) and action is not None:
                rect = self.card_geometry(option.rect, index).buttons[action]
                anchor = self._view.viewport().mapToGlobal(rect.bottomLeft())
                self.action_clicked.emit(index.row(), action.value, anchor)
            return True
        return False


class SetListView(QListView):
    """The cards, one per set; arrows move between them, Enter practises, F2 renames, Del
    deletes, the Menu key (or right click) opens the set's menu."""

    rename_pressed = Signal()
    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card_delegate = SetCardDelegate(self)
        self.setItemDelegate(self.card_delegate)
        self.setSpacing(5)
        self.setMouseTracking(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)

    def select_row(self, row: int) -> None:
        """Make `row` the current and only selected set (also while the view is disabled)."""
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().setCurrentIndex(
            self.model().index(row, 0), flags.ClearAndSelect | flags.Rows
        )

    def selected_row(self) -> int | None:
        selected = self.selectionModel().selectedIndexes()
        return selected[0].row() if selected else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.delete_pressed.emit()
            return
        if event.key() == Qt.Key.Key_F2:
            self.rename_pressed.emit()
            return
        super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        super().mouseMoveEvent(event)
        self.viewport().update()  # the button under the pointer lights up

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().leaveEvent(event)
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.EnabledChange):
            self.scheduleDelayedItemsLayout()  # cards grow and shrink with the text

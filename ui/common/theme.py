"""Light and dark themes (Fusion style with our own palettes) and the application font size.

`SteppeStyle` is Fusion with check boxes, radio buttons and text-field borders drawn from the
palette with enough contrast; Fusion's own fade into a dark background.

`apply_theme(app, "system")` follows the desktop's colour scheme and keeps following it when it
changes; "light" and "dark" force one. Palette colours were picked for WCAG AA contrast: body
text is above 12:1 in both themes and highlighted text above 4.5:1.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

THEME_MODES = ("system", "light", "dark")
DEFAULT_FONT_SIZE = 11.0
MIN_FONT_SIZE = 8.0
MAX_FONT_SIZE = 28.0
FONT_SIZE_STEP = 1.0

_Role = QPalette.ColorRole
_Group = QPalette.ColorGroup

# role: (normal, disabled)
_LIGHT: dict[QPalette.ColorRole, tuple[str, str]] = {
    _Role.Window: ("#f3f4f6", "#eceef1"),
    _Role.WindowText: ("#1b1f24", "#8a9099"),
    _Role.Base: ("#ffffff", "#f3f4f6"),
    _Role.AlternateBase: ("#eef1f5", "#eceef1"),
    _Role.ToolTipBase: ("#fffbe6", "#fffbe6"),
    _Role.ToolTipText: ("#1b1f24", "#1b1f24"),
    _Role.PlaceholderText: ("#5f6670", "#9aa0a8"),
    _Role.Text: ("#1b1f24", "#8a9099"),
    _Role.Button: ("#e4e7eb", "#eceef1"),
    _Role.ButtonText: ("#1b1f24", "#8a9099"),
    _Role.BrightText: ("#b00020", "#b00020"),
    _Role.Light: ("#ffffff", "#ffffff"),
    _Role.Midlight: ("#e9ecf0", "#e9ecf0"),
    _Role.Mid: ("#b8bec7", "#c8cdd3"),
    _Role.Dark: ("#8a919b", "#a0a6ae"),
    _Role.Shadow: ("#4a4f57", "#4a4f57"),
    _Role.Highlight: ("#1c5fc4", "#b8bec7"),
    _Role.HighlightedText: ("#ffffff", "#ffffff"),
    _Role.Link: ("#1558b8", "#7d8fb0"),
    _Role.LinkVisited: ("#6a3fb5", "#9a8ab5"),
    _Role.Accent: ("#1c5fc4", "#b8bec7"),
}
_DARK: dict[QPalette.ColorRole, tuple[str, str]] = {
    _Role.Window: ("#1f2328", "#1f2328"),
    _Role.WindowText: ("#e6e8eb", "#7d848d"),
    _Role.Base: ("#16191d", "#1b1e22"),
    _Role.AlternateBase: ("#262b31", "#22262b"),
    _Role.ToolTipBase: ("#2d333b", "#2d333b"),
    _Role.ToolTipText: ("#e6e8eb", "#e6e8eb"),
    _Role.PlaceholderText: ("#9aa2ac", "#6b727b"),
    _Role.Text: ("#e6e8eb", "#7d848d"),
    _Role.Button: ("#2c3138", "#25292f"),
    _Role.ButtonText: ("#e6e8eb", "#7d848d"),
    _Role.BrightText: ("#ff6b6b", "#ff6b6b"),
    _Role.Light: ("#3a4049", "#3a4049"),
    _Role.Midlight: ("#30353d", "#30353d"),
    _Role.Mid: ("#4b525c", "#40464f"),
    _Role.Dark: ("#121417", "#121417"),
    _Role.Shadow: ("#000000", "#000000"),
    _Role.Highlight: ("#2f6fd6", "#3a4049"),
    _Role.HighlightedText: ("#ffffff", "#9aa2ac"),
    _Role.Link: ("#7fb0ff", "#6b7f9e"),
    _Role.LinkVisited: ("#c3a6ff", "#8e80a8"),
    _Role.Accent: ("#2f6fd6", "#3a4049"),
}


@dataclass(frozen=True)
class StatusColours:
    """Colours that carry a meaning (right, wrong, a review decision, a highlight), one set per
    scheme; each text colour is readable (WCAG AA, 4.5:1) on the background it is drawn on:
    the window, the base of lists, or its own `_back` colour. The result fills (`right_back`,
    `wrong_back`, `partly_back`, `skipped_back`: a marked choice, a results row) carry the
    palette's text and the `right` / `wrong` marks. Widgets take colours from here, never their
    own."""

    right: str
    wrong: str
    partly: str
    error: str
    accepted: str
    rejected: str
    undecided: str
    saved: str
    highlight_back: str
    highlight_text: str
    conflict_back: str
    conflict_text: str
    flagged_back: str
    flagged_text: str
    right_back: str
    wrong_back: str
    partly_back: str
    skipped_back: str


_STATUS = {
    "light": StatusColours(
        right="#17692f",
        wrong="#b42318",
        partly="#8a5a00",
        error="#b00020",
        accepted="#17692f",
        rejected="#5f6670",
        undecided="#1b1f24",
        saved="#1c5fc4",
        highlight_back="#ffe066",
        highlight_text="#1b1f24",
        conflict_back="#ffc4b8",
        conflict_text="#1b1f24",
        flagged_back="#ffe4dc",
        flagged_text="#1b1f24",
        right_back="#dff2e4",
        wrong_back="#fde3df",
        partly_back="#fbefd2",
        skipped_back="#dde1e6",
    ),
    "dark": StatusColours(
        right="#5fd58a",
        wrong="#ff8a80",
        partly="#f2b94a",
        error="#ff8a80",
        accepted="#5fd58a",
        rejected="#9aa2ac",
        undecided="#e6e8eb",
        saved="#7fb0ff",
        highlight_back="#5c4d00",
        highlight_text="#fff6cc",
        conflict_back="#6e2a22",
        conflict_text="#ffe4de",
        flagged_back="#4a2a24",
        flagged_text="#ffe4dc",
        right_back="#173a24",
        wrong_back="#45201d",
        partly_back="#3d3115",
        skipped_back="#343a42",
    ),
}


def palette_scheme(palette: QPalette) -> str:
    """ "dark" when the palette's window colour is dark, else "light"."""
    return "dark" if palette.color(_Role.Window).lightness() < 128 else "light"


def status_colours(palette: QPalette | None = None) -> StatusColours:
    """The meaningful colours for `palette` (default: the application's)."""
    return _STATUS[palette_scheme(palette or QGuiApplication.palette())]


def blend(first: QColor, second: QColor, amount: float) -> QColor:
    """`first` moved `amount` (0..1) of the way towards `second`."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
    )


def control_outline(palette: QPalette) -> QColor:
    """The border of an unticked box or an idle text field: at least 3:1 against the base."""
    base = palette.color(QPalette.ColorRole.Base)
    return blend(base, palette.color(QPalette.ColorRole.Text), 0.55)


def paint_indicator(
    painter: QPainter,
    rect: QRectF,
    palette: QPalette,
    *,
    checked: bool,
    round_mark: bool,
    enabled: bool = True,
    partial: bool = False,
) -> None:
    """A radio circle or check box in `rect`, filled with the accent colour when ticked.

    Fusion derives the indicator outline from the window colour, which almost vanishes on a dark
    base; this keeps the unticked state visible in both themes.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(rect.width(), rect.height())
    box = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    box.adjust(0.75, 0.75, -0.75, -0.75)
    accent = palette.color(QPalette.ColorRole.Highlight)
    if not enabled:
        accent = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Mid)
    filled = checked or partial
    painter.setPen(QPen(accent if filled else control_outline(palette), 1.5))
    painter.setBrush(accent if filled else palette.color(QPalette.ColorRole.Base))
    if round_mark:
        painter.drawEllipse(box)
    else:
        painter.drawRoundedRect(box, side * 0.18, side * 0.18)
    mark = palette.color(QPalette.ColorRole.HighlightedText)
    if checked and round_mark:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mark)
        painter.drawEllipse(box.center(), side * 0.2, side * 0.2)
    elif checked or partial:
        pen = QPen(mark, max(1.5, side / 8), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        if partial and not checked:
            y = box.center().y()
            painter.drawLine(
                QPointF(box.left() + side * 0.25, y), QPointF(box.right() - side * 0.25, y)
            )
        else:
            painter.drawPolyline(
                [
                    QPointF(box.left() + box.width() * 0.24, box.top() + box.height() * 0.52),
                    QPointF(box.left() + box.width() * 0.43, box.top() + box.height() * 0.71),
                    QPointF(box.left() + box.width() * 0.77, box.top() + box.height() * 0.31),
                ]
            )
    painter.restore()


class SteppeStyle(QProxyStyle):
    """Fusion, with check boxes, radio buttons and text-field borders that stay visible on a dark
    palette (Fusion draws them darker than the window, which is invisible in dark mode)."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.setObjectName("steppe-fusion")

    def drawPrimitive(  # noqa: N802 (Qt override)
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        state = option.state
        enabled = bool(state & QStyle.StateFlag.State_Enabled)
        if element in (
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        ):
            paint_indicator(
                painter,
                QRectF(option.rect),
                option.palette,
                checked=bool(state & QStyle.StateFlag.State_On),
                partial=bool(state & QStyle.StateFlag.State_NoChange),
                round_mark=element == QStyle.PrimitiveElement.PE_IndicatorRadioButton,
                enabled=enabled,
            )
            return
        if element == QStyle.PrimitiveElement.PE_FrameLineEdit:
            self._paint_field_frame(option, painter, enabled)
            return
        super().drawPrimitive(element, option, painter, widget)

    @staticmethod
    def _paint_field_frame(option: QStyleOption, painter: QPainter, enabled: bool) -> None:
        palette = option.palette
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus) and enabled
        if focused:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2.0)
        elif enabled:
            pen = QPen(control_outline(palette), 1.0)
        else:
            pen = QPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Mid), 1.0)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = pen.widthF() / 2
        painter.drawRoundedRect(
            QRectF(option.rect).adjusted(inset, inset, -inset, -inset), 2.5, 2.5
        )
        painter.restore()


def make_palette(scheme: str) -> QPalette:
    """The palette for "light" or "dark"."""
    table = _DARK if scheme == "dark" else _LIGHT
    palette = QPalette()
    for role, (normal, disabled) in table.items():
        for group in (_Group.Active, _Group.Inactive):
            palette.setColor(group, role, QColor(normal))
        palette.setColor(_Group.Disabled, role, QColor(disabled))
    return palette


def scheme_name(scheme: Qt.ColorScheme) -> str:
    """Qt's colour scheme as "dark" or "light" (unknown counts as light, the safe default)."""
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def system_scheme() -> str:
    """The desktop's colour scheme as "light" or "dark"."""
    return scheme_name(QGuiApplication.styleHints().colorScheme())


class _SystemSchemeFollower(QObject):
    """Re-applies the palette when the desktop's colour scheme changes (mode "system")."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("steppeSystemSchemeFollower")
        self._app = app
        self.enabled = False
        app.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    def _scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.enabled:
            _set_palette(self._app, scheme_name(scheme))


def _follower(app: QApplication) -> _SystemSchemeFollower:
    existing = app.findChild(_SystemSchemeFollower, "steppeSystemSchemeFollower")
    return existing if isinstance(existing, _SystemSchemeFollower) else _SystemSchemeFollower(app)


def _set_palette(app: QApplication, scheme: str) -> None:
    app.setPalette(make_palette(scheme))
    app.setProperty("steppeColorScheme", scheme)


def apply_theme(app: QApplication, mode: str) -> str:
    """Use the "system", "light" or "dark" theme; returns the scheme in effect ("light"/"dark")."""
    if mode not in THEME_MODES:
        raise ValueError(f"unknown theme {mode!r}; expected one of {', '.join(THEME_MODES)}")
    if not isinstance(app.style(), SteppeStyle):
        # Fusion draws every control from the palette, so both themes look whole on every OS.
        app.setStyle(SteppeStyle())
    scheme = system_scheme() if mode == "system" else mode
    _follower(app).enabled = mode == "system"
    _set_palette(app, scheme)
    return scheme


def current_scheme(app: QApplication) -> str:
    """The scheme last applied by `apply_theme` ("light" when none was)."""
    return str(app.property("steppeColorScheme") or "light")


def clamp_font_size(point_size: float) -> float:
    return max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, point_size))


def apply_font_size(app: QApplication, point_size: float) -> float:
    """Set the application font's size (clamped to the allowed range); returns the size used."""
    size = clamp_font_size(point_size)
    font = app.font()
    font.setPointSizeF(size)
    app.setFont(font)
    return size


def current_font_size(app: QApplication) -> float:
    return app.font().pointSizeF()

"""Themes and font size: palettes switch, stay readable (WCAG contrast), follow the system."""

from __future__ import annotations

import dataclasses
import random
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QLineEdit, QStyle

from quizzes.model import parse_question
from ui.answers import make_answer_widget
from ui.common.theme import (
    DEFAULT_FONT_SIZE,
    MAX_FONT_SIZE,
    MIN_FONT_SIZE,
    StatusColours,
    SteppeStyle,
    apply_font_size,
    apply_theme,
    current_font_size,
    current_scheme,
    make_palette,
    status_colours,
    system_scheme,
)

Role = QPalette.ColorRole


@pytest.fixture
def app(qapp):
    """The application, with its style, palette and font put back afterwards."""
    style, palette, font = qapp.style().name(), qapp.palette(), qapp.font()
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    apply_follow_off(qapp)


def apply_follow_off(qapp) -> None:
    # Leave no theme following the desktop after a test.
    apply_theme(qapp, "light")
    qapp.setPalette(QPalette())


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_light_and_dark_switch_the_application_palette(app):
    assert apply_theme(app, "light") == "light"
    light_window = app.palette().color(Role.Window)
    assert isinstance(app.style(), SteppeStyle)
    assert apply_theme(app, "dark") == "dark"
    dark_window = app.palette().color(Role.Window)
    assert light_window.lightnessF() > 0.8
    assert dark_window.lightnessF() < 0.25
    assert current_scheme(app) == "dark"
    apply_theme(app, "light")
    assert app.palette().color(Role.Window) == light_window


def test_widgets_repaint_with_the_new_palette(app, qtbot):
    question = parse_question(
        {"id": "q", "type": "true_false", "prompt": "Tashkent is a capital.", "answer": True}, "q"
    )
    apply_theme(app, "light")
    widget = make_answer_widget(question, random.Random(0))
    qtbot.addWidget(widget)
    widget.show()
    widget.handle_key(Qt.Key.Key_T, "t")
    button = widget.true_button
    point = button.rect().topLeft() + button.rect().center() / 4
    light_pixel = button.grab().toImage().pixelColor(point)
    apply_theme(app, "dark")
    qtbot.waitUntil(lambda: button.palette().color(Role.Window) == app.palette().color(Role.Window))
    dark_pixel = button.grab().toImage().pixelColor(point)
    assert light_pixel == make_palette("light").color(Role.Highlight)
    assert dark_pixel == make_palette("dark").color(Role.Highlight)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(
    ("foreground", "background", "minimum"),
    [
        (Role.WindowText, Role.Window, 7.0),
        (Role.Text, Role.Base, 7.0),
        (Role.ButtonText, Role.Button, 7.0),
        (Role.HighlightedText, Role.Highlight, 4.5),
        (Role.PlaceholderText, Role.Base, 4.5),
        (Role.PlaceholderText, Role.Window, 4.5),
        (Role.ToolTipText, Role.ToolTipBase, 7.0),
        (Role.Link, Role.Base, 4.5),
        (Role.Highlight, Role.Base, 3.0),  # the accent as a chart bar or focus ring
        (Role.Highlight, Role.Window, 3.0),  # the focus ring of a matching row
    ],
)
def test_palettes_keep_text_readable(scheme, foreground, background, minimum):
    palette = make_palette(scheme)
    assert contrast(palette.color(foreground), palette.color(background)) >= minimum


# Each meaningful text colour (or the palette's text), and what it is drawn on: a palette role
# or a background of its own.
STATUS_PAIRS = [
    ("right", Role.Window),
    ("wrong", Role.Window),
    ("right", Role.Base),  # the mark of a right choice the student did not choose
    ("right", "right_back"),
    ("wrong", "wrong_back"),
    (Role.Text, "right_back"),
    (Role.Text, "wrong_back"),
    (Role.Text, "partly_back"),
    (Role.Text, "skipped_back"),
    ("partly", Role.Window),
    ("error", Role.Window),
    ("error", Role.Base),
    ("accepted", Role.Base),
    ("rejected", Role.Base),
    ("undecided", Role.Base),
    ("saved", Role.Base),
    ("highlight_text", "highlight_back"),
    ("conflict_text", "conflict_back"),
    ("flagged_text", "flagged_back"),
]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("text", "background"), STATUS_PAIRS)
def test_every_meaningful_colour_is_readable_where_it_is_drawn(scheme, text, background):
    palette = make_palette(scheme)
    colours = status_colours(palette)

    def colour(name: str | QPalette.ColorRole) -> QColor:
        if isinstance(name, QPalette.ColorRole):
            return palette.color(name)
        return QColor(getattr(colours, name))

    assert contrast(colour(text), colour(background)) >= 4.5


def test_every_meaningful_colour_has_a_pair_in_the_contrast_table():
    fields = {f.name for f in dataclasses.fields(StatusColours)}
    paired = {name for pair in STATUS_PAIRS for name in pair if isinstance(name, str)}
    assert paired == fields


def test_the_scheme_of_the_status_colours_follows_the_palette():
    assert (
        status_colours(make_palette("dark")).undecided
        != status_colours(make_palette("light")).undecided
    )


COLOUR_LITERAL = re.compile(r"""["']#[0-9a-fA-F]{3,8}["']|QColor\(\s*\d|Qt\.GlobalColor\.""")


def test_no_widget_hard_codes_a_colour():
    """Colours come from the theme (palette or status colours), so both schemes stay readable."""
    ui = Path(__file__).resolve().parents[3] / "ui"
    found = [
        f"{path.relative_to(ui)}:{number}: {line.strip()}"
        for path in sorted(ui.rglob("*.py"))
        if path.name not in ("theme.py", "pdf_export.py")  # paper is black on white
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if COLOUR_LITERAL.search(line)
    ]
    assert found == []


def test_system_mode_follows_the_desktop_scheme_while_chosen(app):
    assert apply_theme(app, "system") == system_scheme()
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert app.palette().color(Role.Window) == make_palette("dark").color(Role.Window)
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert app.palette().color(Role.Window) == make_palette("light").color(Role.Window)
    apply_theme(app, "light")  # an explicit choice stops following
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert current_scheme(app) == "light"


def test_unknown_theme_is_refused(app):
    with pytest.raises(ValueError, match="unknown theme 'blue'"):
        apply_theme(app, "blue")


def test_font_size_changes_the_application_font_and_the_kit_follows(app, qtbot):
    question = parse_question(
        {
            "id": "q",
            "type": "single_choice",
            "prompt": "Capital of Kyrgyzstan?",
            "choices": ["Bishkek", "Osh"],
            "answer": "Bishkek",
        },
        "q",
    )
    widget = make_answer_widget(question, random.Random(0))
    qtbot.addWidget(widget)
    widget.show()
    assert apply_font_size(app, 16) == 16
    assert current_font_size(app) == 16
    row = widget.rows[0]
    qtbot.waitUntil(lambda: row.text_label.font().pointSizeF() == 16)
    assert row.shortcut_label.font().pointSizeF() == 16
    assert row.shortcut_label.font().bold()
    small_button = row.button.sizeHint()
    apply_font_size(app, 24)
    qtbot.waitUntil(
        lambda: row.button.sizeHint().height() > small_button.height()
    )  # targets grow too


def test_font_size_is_kept_within_limits(app):
    assert MIN_FONT_SIZE < DEFAULT_FONT_SIZE < MAX_FONT_SIZE
    assert apply_font_size(app, 2) == MIN_FONT_SIZE
    assert app.font().pointSizeF() == MIN_FONT_SIZE
    assert apply_font_size(app, 400) == MAX_FONT_SIZE


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_unticked_check_boxes_and_fields_stay_visible(app, qtbot, scheme):
    apply_theme(app, scheme)
    base = make_palette(scheme).color(Role.Base)
    window = make_palette(scheme).color(Role.Window)
    box = QCheckBox("Shuffle questions")
    field = QLineEdit()
    for widget in (box, field):
        qtbot.addWidget(widget)
        widget.resize(200, 30)
        widget.show()
    qtbot.waitUntil(lambda: box.palette().color(Role.Base) == base)
    picture = box.grab().toImage()
    side = box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 2  # the box, at the left
    strongest = max(
        contrast(picture.pixelColor(x, y), base) for x in range(side) for y in range(box.height())
    )
    assert strongest >= 3.0  # WCAG 1.4.11: a control's outline against its surroundings
    field_picture = field.grab().toImage()
    edge = max(
        contrast(field_picture.pixelColor(x, field.height() // 2), window) for x in range(0, 3)
    )
    assert edge >= 3.0

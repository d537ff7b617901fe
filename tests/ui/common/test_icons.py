"""Icons drawn at run time (no SVG plug-in in the bundle): every one at any pixel ratio, in the
theme's colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from ui.common.icons import IconName, action_icon
from ui.common.theme import apply_theme


def solid_pixels(image: QImage) -> list[QColor]:
    """The fully opaque pixels (the antialiased edges left out)."""
    return [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    ]


def drawn_in(image: QImage, ink: QColor) -> bool:
    """Solid strokes, all of them `ink` (give or take rounding where strokes overlap)."""
    pixels = solid_pixels(image)
    return len(pixels) > 40 and all(
        max(abs(p.red() - ink.red()), abs(p.green() - ink.green()), abs(p.blue() - ink.blue())) <= 2
        for p in pixels
    )


@pytest.mark.parametrize("name", list(IconName))
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_each_icon_is_drawn_sharp_at_twice_the_pixels_in_the_themes_colour(qapp, name, scheme):
    app = QApplication.instance()
    apply_theme(app, scheme)
    pixmap = action_icon(name).pixmap(QSize(24, 24), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert (pixmap.width(), pixmap.height()) == (48, 48)
    assert drawn_in(pixmap.toImage(), app.palette().color(QPalette.ColorRole.ButtonText))
    disabled = action_icon(name).pixmap(QSize(24, 24), 2.0, QIcon.Mode.Disabled)
    grey = app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    assert drawn_in(disabled.toImage(), grey)


def test_the_icons_differ_from_one_another(qapp):
    images = [action_icon(name).pixmap(QSize(24, 24)).toImage() for name in IconName]
    assert all(a != b for i, a in enumerate(images) for b in images[i + 1 :])

"""Render assets/icon.svg to the PNG and ICO files the app and the bundle use.

Run after editing the SVG: `.venv/bin/python scripts/render_icons.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ASSETS = Path(__file__).resolve().parent.parent / "assets"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ASSETS / "icon.svg"))
    render(renderer, 256).save(str(ASSETS / "icon.png"))
    render(renderer, 64).save(str(ASSETS / "icon-64.png"))
    render(renderer, 256).save(str(ASSETS / "icon.ico"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

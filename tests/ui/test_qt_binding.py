"""Guards against a known-bad Qt binding: PySide6 6.12.0 under Python 3.11 released a reference
to None on every void method call, which aborts the app after a few thousand calls."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_do_not_leak_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Astana")
        label.update()
    assert sys.getrefcount(None) - before > -100

"""Windows fit the screen, are centred on it, and come back as the user left them."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from ui.common.window_memory import place_window, remember_window


def available():
    return QGuiApplication.primaryScreen().availableGeometry()


def test_a_window_bigger_than_the_screen_is_fitted_and_centred(qtbot):
    screen = available()
    window = QMainWindow()
    qtbot.addWidget(window)
    place_window(window, "test", QSize(screen.width() + 400, screen.height() + 300))
    window.show()
    assert screen.contains(window.frameGeometry())
    centre = window.frameGeometry().center()
    assert abs(centre.x() - screen.center().x()) <= 2
    assert abs(centre.y() - screen.center().y()) <= 2


def test_a_small_window_keeps_the_size_it_asked_for(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    place_window(window, "test", QSize(300, 200))
    assert window.size() == QSize(300, 200)


def test_the_size_left_is_the_size_found_next_time(qtbot):
    first = QMainWindow()
    qtbot.addWidget(first)
    place_window(first, "editor-like", QSize(500, 400))
    first.show()
    first.resize(420, 330)
    remember_window(first, "editor-like")
    first.close()
    again = QMainWindow()
    qtbot.addWidget(again)
    place_window(again, "editor-like", QSize(500, 400))
    assert again.size() == QSize(420, 330)
    other = QMainWindow()
    qtbot.addWidget(other)
    place_window(other, "another-window", QSize(500, 400))
    assert other.size() == QSize(500, 400)  # each window remembers its own

"""Message boxes show their text literally and report which button the person pressed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.ui.driving import press, when_modal
from ui.common.messages import ask, choose, open_information, show_error, show_information

MARKUP = "Set <b>SCO</b> & <i>friends</i>: line 3 is not a question."


def parent_window(qtbot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    return window


def test_an_error_shows_file_text_literally(qtbot):
    window = parent_window(qtbot)
    seen = when_modal(qtbot, press(QMessageBox.StandardButton.Ok))
    show_error(window, "Cannot import", MARKUP)
    [box] = seen
    assert isinstance(box, QMessageBox)
    assert (box.windowTitle(), box.text()) == ("Cannot import", MARKUP)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.icon() == QMessageBox.Icon.Critical


def test_information_can_carry_its_own_picture(qtbot):
    window = parent_window(qtbot)
    picture = window.style().standardIcon(window.style().StandardPixmap.SP_DriveHDIcon)
    seen = when_modal(qtbot, press(QMessageBox.StandardButton.Ok))
    show_information(window, "About", MARKUP, pixmap=picture.pixmap(32, 32))
    [box] = seen
    assert box.text() == MARKUP and box.textFormat() == Qt.TextFormat.PlainText
    assert box.iconPixmap().size().width() == 32


def test_ask_returns_the_button_pressed_and_starts_on_the_default(qtbot):
    window = parent_window(qtbot)
    buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    defaults: list[QMessageBox.StandardButton] = []

    def look_then_discard(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        defaults.append(box.standardButton(box.defaultButton()))
        press(QMessageBox.StandardButton.Discard)(box)

    seen = when_modal(qtbot, look_then_discard)
    answer = ask(
        window,
        "Unsaved",
        MARKUP,
        buttons,
        default=QMessageBox.StandardButton.Cancel,
        object_name="unsavedBox",
    )
    assert answer == QMessageBox.StandardButton.Discard
    assert defaults == [QMessageBox.StandardButton.Cancel]
    assert seen[0].objectName() == "unsavedBox"
    assert seen[0].text() == MARKUP and seen[0].textFormat() == Qt.TextFormat.PlainText

    when_modal(qtbot, press(QMessageBox.StandardButton.Cancel))
    assert ask(window, "Unsaved", MARKUP, buttons) == QMessageBox.StandardButton.Cancel


CHOICES = [
    ("Keep", QMessageBox.ButtonRole.RejectRole),
    ("Delete", QMessageBox.ButtonRole.DestructiveRole),
]


def click_named(name: str):
    def handle(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        [button] = [b for b in box.buttons() if b.text() == name]
        button.click()

    return handle


def test_choose_returns_the_name_of_the_button_pressed(qtbot):
    window = parent_window(qtbot)
    seen = when_modal(qtbot, click_named("Delete"))
    choice = choose(
        window, "Delete profile", MARKUP, CHOICES, default="Keep", informative="All of it goes."
    )
    assert choice == "Delete"
    box = seen[0]
    assert isinstance(box, QMessageBox)
    assert box.informativeText() == "All of it goes."
    assert box.defaultButton().text() == "Keep"
    assert box.textFormat() == Qt.TextFormat.PlainText


def test_escape_in_choose_means_the_default(qtbot):
    window = parent_window(qtbot)
    when_modal(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert choose(window, "Delete profile", MARKUP, CHOICES, default="Keep") == "Keep"


def test_open_information_does_not_wait_and_goes_away_when_closed(qtbot):
    window = parent_window(qtbot)
    open_information(window, "No questions", MARKUP, object_name="refusedBox")
    box = window.findChild(QMessageBox, "refusedBox")
    assert box is not None and box.isVisible()
    assert QApplication.activeModalWidget() is box
    assert box.text() == MARKUP and box.textFormat() == Qt.TextFormat.PlainText
    assert box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    with qtbot.waitSignal(box.destroyed, timeout=5_000):
        press(QMessageBox.StandardButton.Ok)(box)

"""File ▸ Connect to school server…, driven as a person would: the fields are typed, Connect is
clicked, and Home then lists the server's sets; the server, database and user name are
remembered without the password; a wrong password is said in a dialog and changes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from quizzes.model import parse_quizset
from quizzes.store.repository import Store
from tests.conftest import quizset_document
from tests.ui.driving import when_modal
from ui.connect_dialog import ConnectDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def server_database(db_url, postgres_databases):
    """A server database holding one set; its name."""
    store = Store.open(db_url)
    store.add_quizset(parse_quizset(quizset_document("On the server")))
    store.close()
    return postgres_databases.names[-1]


@pytest.fixture
def local_window(qtbot, tmp_path):
    url = f"sqlite:///{tmp_path / 'laptop.db'}"
    store = Store.open(url)
    store.add_quizset(parse_quizset(quizset_document("On this laptop")))
    store.close()
    window = MainWindow(lambda: Store.open(url), url)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.sets_loaded, timeout=10_000):
        window.load()
    return window


def titles(window: MainWindow) -> list[str]:
    model = window.sets_view.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def fill_in(qtbot, server: str, database: str, user: str, password: str):
    def handle(dialog: QWidget) -> None:
        assert isinstance(dialog, ConnectDialog)
        for field, text in (
            (dialog.server, server),
            (dialog.database, database),
            (dialog.user, user),
            (dialog.password, password),
        ):
            field.clear()
            qtbot.keyClicks(field, text)
        connect = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(connect, Qt.MouseButton.LeftButton)

    return handle


def test_connecting_shows_the_servers_sets_and_remembers_all_but_the_password(
    qtbot, local_window, server_database, postgres, tmp_path
):
    server = f"127.0.0.1:{postgres.port}"
    when_modal(qtbot, fill_in(qtbot, server, server_database, "postgres", postgres.password))
    local_window.connect_action.trigger()
    assert "On the server" in titles(local_window)
    assert "On this laptop" not in titles(local_window)
    assert "postgresql server database on 127.0.0.1" in local_window.statusBar().currentMessage()
    remembered = "".join(p.read_text() for p in tmp_path.rglob("*.ini"))
    assert server in remembered and server_database in remembered and "postgres" in remembered
    assert postgres.password not in remembered
    again = ConnectDialog()
    qtbot.addWidget(again)
    assert (again.server.text(), again.database.text(), again.user.text()) == (
        server,
        server_database,
        "postgres",
    )
    assert again.password.text() == ""
    assert not again.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    shown: list[str] = []

    def read_about(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    when_modal(qtbot, read_about)
    local_window.show_about()
    assert "127.0.0.1" in shown[0] and postgres.password not in shown[0]


def test_a_wrong_password_is_said_and_the_laptops_database_stays(
    qtbot, local_window, server_database, postgres
):
    server = f"127.0.0.1:{postgres.port}"
    when_modal(qtbot, fill_in(qtbot, server, server_database, "postgres", "wrong-password"))
    shown: list[tuple[str, str]] = []

    def read_error(box: QWidget) -> None:
        if not isinstance(box, QMessageBox):  # still the connect dialog: wait for the error
            QTimer.singleShot(20, lambda: when_modal(qtbot, read_error))
            return
        shown.append((box.windowTitle(), box.text()))
        box.accept()

    when_modal(qtbot, read_error)
    local_window.connect_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == [
        (
            "Connect to school server",
            f"The database server {server} refused the login 'postgres': the user name or "
            "password is wrong.",
        )
    ]
    assert titles(local_window) == ["On this laptop"]
    assert local_window.store is not None


def test_a_teacher_publishes_the_chosen_set_on_the_server(
    qtbot, local_window, server_database, postgres, db_url
):
    assert not local_window.publish_action.isVisible()  # a laptop's own database
    server = f"127.0.0.1:{postgres.port}"
    when_modal(qtbot, fill_in(qtbot, server, server_database, "postgres", postgres.password))
    local_window.connect_action.trigger()
    assert local_window.publish_action.isVisible()
    row = titles(local_window).index("On the server")
    local_window.sets_view.select_row(row)
    asked: list[str] = []

    def answer_yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    when_modal(qtbot, answer_yes)
    local_window.publish_action.trigger()
    assert asked == ["Students cannot see 'On the server' yet. Publish it to them?"]
    check = Store.open(db_url)
    try:
        assert check.find_set("On the server").published
    finally:
        check.close()
    assert local_window.statusBar().currentMessage() == (
        "'On the server' is published to students."
    )

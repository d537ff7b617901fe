"""File ▸ School server… and the background sync, used like a student would: typing the
server's address, login and password, clicking Sync now, then reading Home and the status bar.
A sync that fails never opens a dialog."""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from quizzes.store.repository import Store
from quizzes.sync.errors import ON_THE_SERVER
from quizzes.sync.password import keep_password
from quizzes.sync.settings import load_sync_settings, save_sync_settings
from tests.conftest import FakeClock
from tests.sync_fixtures import (
    FakeKeyring,
    SchoolServer,
    add_sample_set,
    make_school_server,
)
from tests.ui.student_helpers import open_window
from ui.main_window import MainWindow
from ui.student.school_server_dialog import SchoolServerDialog


@dataclass
class Setting:
    server: SchoolServer
    laptop_url: str
    profile_id: str
    login: str
    password: str


@pytest.fixture
def setting(db_engine: str, new_db_url, tmp_path: Path, migrated_database: Path, request):
    superuser = request.getfixturevalue("postgres").execute if db_engine == "postgresql" else None
    server = make_school_server(new_db_url("server"), superuser)
    server.publish(add_sample_set(server.store, "SCO basics"))
    _, login, password = server.add_student("Aigerim")
    laptop_url = f"sqlite:///{tmp_path / 'laptop.db'}"
    shutil.copyfile(migrated_database, tmp_path / "laptop.db")
    laptop = Store.open(laptop_url)
    profile_id = laptop.create_profile("Aigerim").id
    laptop.close()
    yield Setting(server, laptop_url, profile_id, login, password)
    server.store.close()


@pytest.fixture
def keyring(monkeypatch: pytest.MonkeyPatch) -> FakeKeyring:
    fake = FakeKeyring()
    monkeypatch.setitem(sys.modules, "keyring", fake)
    return fake


def set_up_beforehand(setting: Setting, password: str | None) -> None:
    """The school server set up in an earlier session (its password in the keyring, if given)."""
    store = Store.open(setting.laptop_url)
    settings = save_sync_settings(store, setting.server.url, setting.login, setting.profile_id)
    store.close()
    if password is not None:
        assert keep_password(settings.server_url, setting.login, password)


def wait_for_sync(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.school_sync.is_syncing(), timeout=10_000)


def home_titles(window: MainWindow) -> list[str]:
    model = window.set_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_setting_the_server_up_and_syncing_from_the_dialog(qtbot, setting, keyring):
    window = open_window(qtbot, setting.laptop_url)
    assert not window.school_sync.status_label.isVisible()
    reports: list[str] = []

    def fill_and_sync() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SchoolServerDialog)
        qtbot.keyClicks(dialog.url_edit, setting.server.url)
        qtbot.keyClicks(dialog.login_edit, setting.login)
        qtbot.keyClicks(dialog.password_edit, setting.password)
        qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Received" in dialog.report_label.text(), timeout=10_000)
        reports.append(dialog.report_label.text())
        dialog.grab().save("/tmp/school_server_dialog.png")
        dialog.reject()

    QTimer.singleShot(0, fill_and_sync)
    window.school_server_action.trigger()

    assert reports == [
        "Sent 0 attempts (0 finished) and 0 answers.\n"
        "Received 1 new set, 'SCO basics'; 0 sets updated."
    ]
    assert "SCO basics" in home_titles(window)
    assert window.school_sync.status_label.text() == "Synced just now"
    store = window.store
    assert store is not None
    settings = load_sync_settings(store)
    assert settings is not None and (settings.login, settings.profile_id) == (
        setting.login,
        setting.profile_id,
    )
    kept = store.settings.get_setting("school_server") or ""
    assert setting.password not in kept
    assert list(keyring.passwords.values()) == [setting.password]
    window.grab().save("/tmp/school_server_window.png")


def test_the_window_syncs_at_start_and_the_status_counts_the_minutes(qtbot, setting, keyring):
    set_up_beforehand(setting, setting.password)
    fake = FakeClock()

    window = open_window(qtbot, setting.laptop_url, fake)
    wait_for_sync(qtbot, window)
    fake.seconds += 150
    window.school_sync.show_status()

    assert window.school_sync.status_label.text() == "Synced 2 min ago"
    assert "SCO basics" in home_titles(window)


def test_an_unreachable_server_is_said_in_the_status_bar_without_a_dialog(qtbot, setting, keyring):
    set_up_beforehand(setting, setting.password)
    setting.server.go_away()

    window = open_window(qtbot, setting.laptop_url)
    wait_for_sync(qtbot, window)

    assert window.school_sync.status_label.text() == "Server unreachable — working offline"
    assert QApplication.activeModalWidget() is None
    assert "cannot be reached" in window.school_sync.status_label.toolTip()


def test_without_a_kept_password_the_status_bar_asks_for_it(qtbot, setting, keyring):
    set_up_beforehand(setting, None)

    window = open_window(qtbot, setting.laptop_url)

    assert window.school_sync.status_label.text() == (
        "Password needed to sync — open File ▸ School server…"
    )
    assert QApplication.activeModalWidget() is None
    assert setting.server.count("attempt") == 0


@pytest.mark.postgresql_only
def test_a_wrong_password_is_said_in_the_status_bar_and_not_tried_again(qtbot, setting, keyring):
    set_up_beforehand(setting, "not-the-password")

    window = open_window(qtbot, setting.laptop_url)
    wait_for_sync(qtbot, window)
    sync = window.school_sync

    assert sync.status_label.text() == "Wrong password — open File ▸ School server…"
    assert QApplication.activeModalWidget() is None
    sync.sync_in_background()  # the timer's next tick: the refused password is not tried again
    assert sync.status_label.text() == "Password needed to sync — open File ▸ School server…"
    assert setting.server.count("attempt") == 0


@pytest.mark.postgresql_only
def test_a_window_on_the_server_itself_does_not_sync_and_says_why(qtbot, setting, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(
        "ui.main_window.show_error", lambda _parent, _title, text, **_kw: shown.append(text)
    )
    owner_url = setting.server.store.engine.url.render_as_string(hide_password=False)

    window = open_window(qtbot, owner_url)
    window.school_server_action.trigger()

    assert not window.school_sync.status_label.isVisible()
    assert shown == [ON_THE_SERVER]

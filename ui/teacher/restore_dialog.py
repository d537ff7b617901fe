"""Restoring a backup on screen: File ▸ Restore a backup…, and the same offer wherever the app
finds its database damaged (`offer_restore`).

`offer_restore` asks for the teacher PIN (the one `restore_lock` finds: the database's own, or
the newest backup's when the database cannot be read), lists the backups, asks for
confirmation, lets the caller close the database, restores and says what it did. The caller
then opens the database again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizzes.store.backup import BackupError
from quizzes.store.backup.folder import Backup, BackupPlace, backup_place, list_backups
from quizzes.store.backup.restore import RestoreReport, restore_backup, restore_lock
from ui.common.labels import plain_label
from ui.common.messages import choose, show_error, show_information
from ui.teacher.teacher_lock_dialog import unlock_teacher

TITLE = "Restore a backup"


@contextmanager
def _wait_cursor() -> Iterator[None]:
    """Checking and copying a big backup takes a second or two: show that the app is busy."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _when(backup: Backup) -> str:
    return f"{backup.taken_at.astimezone():%Y-%m-%d %H:%M}"


class RestoreBackupDialog(QDialog):
    """The backups, newest first; Restore… asks for confirmation, then accepts."""

    def __init__(
        self, place: BackupPlace, backups: list[Backup], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._backups = backups
        self.setWindowTitle(TITLE)
        intro = plain_label(
            f"Backups of {place.database}, newest first. Restoring puts the chosen one in "
            "place of the database in use, which is kept beside it (never deleted).",
            wrap=True,
        )
        self.table = QTableWidget(len(backups), 4)
        self.table.setHorizontalHeaderLabels(["Taken", "Size", "Contents", "File"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, backup in enumerate(backups):
            contents = backup.contents()
            held = "cannot be read" if contents is None else contents.summary()
            for column, text in enumerate((_when(backup), backup.size_text, held, backup.name)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectRow(0)
        self.restore_button = QPushButton("Restore…")
        self.restore_button.clicked.connect(self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def chosen(self) -> Backup:
        return self._backups[max(0, self.table.currentRow())]

    @Slot()
    def confirm(self) -> None:
        backup = self.chosen()
        answer = choose(
            self,
            TITLE,
            f"Restore the backup taken {_when(backup)}?",
            [
                ("Restore", QMessageBox.ButtonRole.AcceptRole),
                ("Cancel", QMessageBox.ButtonRole.RejectRole),
            ],
            default="Cancel",
            informative="What was stored after it will not be in the database. The database "
            "in use now is not deleted: it is kept beside it, its name marked “damaged” "
            "and the time.",
            icon=QMessageBox.Icon.Warning,
        )
        if answer == "Restore":
            self.accept()


def offer_restore(
    parent: QWidget | None,
    db_url: str,
    *,
    now: Callable[[], datetime],
    close_database: Callable[[], bool] = lambda: True,
) -> RestoreReport | None:
    """Ask for the PIN, let the teacher choose a backup and confirm, then restore it; the
    report, or None when nothing was restored. `close_database` runs just before the files
    are swapped: it closes every connection to the database, or returns False to give up."""
    try:
        place = backup_place(db_url)
        backups = list_backups(place)
        lock = restore_lock(db_url)
    except BackupError as err:
        show_error(parent, "Cannot restore a backup", str(err))
        return None
    if not backups:
        show_information(
            parent,
            TITLE,
            f"There are no backups of {place.database} yet. One is taken after each finished "
            f"quiz and at least once a day, in {place.folder}.",
        )
        return None
    if not unlock_teacher(parent, lock, "restore a backup"):
        return None
    dialog = RestoreBackupDialog(place, backups, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not close_database():
        return None
    try:
        with _wait_cursor():
            report = restore_backup(db_url, dialog.chosen().name, now())
    except BackupError as err:
        show_error(parent, "Cannot restore the backup", str(err))
        return None
    show_information(parent, "Backup restored", "\n\n".join(report.lines()))
    return report

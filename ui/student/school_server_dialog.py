"""File ▸ School server…: the school server's address, the student's login and password, and
"Sync now". What the sync did, or why it could not, is shown here in full, in plain text."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizzes.errors import SteppeQuizError
from ui.common.labels import plain_label
from ui.student.school_sync import SchoolSync

URL_EXAMPLE = "postgresql+psycopg://school-server:5432/steppe"


class SchoolServerDialog(QDialog):
    def __init__(
        self, sync: SchoolSync, profile_id: str, profile_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("School server")
        self._sync = sync
        self._profile_id = profile_id
        settings = sync.settings()
        self.url_edit = QLineEdit(settings.server_url if settings else "")
        self.url_edit.setPlaceholderText(URL_EXAMPLE)
        self.url_edit.setAccessibleName("School server address")
        self.login_edit = QLineEdit(settings.login if settings else "")
        self.login_edit.setAccessibleName("Login")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName("Password")
        self.password_note = plain_label(
            "The password is kept in the system keyring if there is one, else asked again "
            "after the app restarts; never in the database.",
            wrap=True,
        )
        self.student_label = plain_label(profile_name)
        self.report_label = plain_label(
            sync.last_report, wrap=True, selectable=True, object_name="syncReport"
        )
        self.sync_button = QPushButton("&Sync now")
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(self.sync_now)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.sync_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Server &address:", self.url_edit)
        form.addRow("&Login:", self.login_edit)
        form.addRow("&Password:", self.password_edit)
        form.addRow("Sends the quizzes of:", self.student_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.password_note)
        layout.addWidget(self.report_label)
        layout.addWidget(buttons)
        sync.finished.connect(self._show_report)
        self.setMinimumWidth(560)

    @Slot()
    def sync_now(self) -> None:
        try:
            self._sync.set_up(
                self.url_edit.text(),
                self.login_edit.text(),
                self.password_edit.text(),
                self._profile_id,
            )
        except SteppeQuizError as err:
            self._show_report(str(err))
            return
        self.password_edit.clear()
        if self._sync.is_syncing():
            self.report_label.setText("Syncing…")

    @Slot(str)
    def _show_report(self, report: str) -> None:
        self.report_label.setText(report)
        self.adjustSize()  # a sync's outcome takes a few lines

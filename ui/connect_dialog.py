"""File ▸ Connect to school server…: the server, database, user name and password of a school
server, for a lab PC that runs on the server directly.

The server, database and user name are remembered on this computer (QSettings), never the
password: the next time the dialog opens with them filled in and asks only for the password.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from quizzes.app.paths import APP_DIR_NAME, server_url
from ui.common.labels import plain_label

TITLE = "Connect to school server"
DEFAULT_DATABASE = "steppe_quiz"
_GROUP = "school_server"
_REMEMBERED = ("server", "database", "user")


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_DIR_NAME, "server")


class ConnectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(TITLE)
        self.server = QLineEdit(placeholderText="school-server or school-server:5432")
        self.database = QLineEdit(placeholderText=DEFAULT_DATABASE)
        self.user = QLineEdit(placeholderText="the login your teacher gave you")
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.problem = plain_label("")
        self.problem.setObjectName("problem")
        form = QFormLayout()
        form.addRow("&Server:", self.server)
        form.addRow("&Database:", self.database)
        form.addRow("&User name:", self.user)
        form.addRow("&Password:", self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Connect")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label("The app will use the school server instead of this computer's database.")
        )
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for field in (self.server, self.database, self.user, self.password):
            field.textChanged.connect(self._check)
        self._fill_in_remembered()
        self._check()

    def _fill_in_remembered(self) -> None:
        settings = _settings()
        settings.beginGroup(_GROUP)
        for key in _REMEMBERED:
            value = settings.value(key, "")
            getattr(self, key).setText(value if isinstance(value, str) else "")
        settings.endGroup()
        (self.password if self.user.text() else self.server).setFocus()

    @Slot()
    def _check(self) -> None:
        """Connect is offered only when every field is filled in and the port is a number."""
        problem = self._problem()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def _problem(self) -> str:
        if not self.server.text().strip():
            return "Type the server's name (your teacher has it)."
        if not self.user.text().strip():
            return "Type your user name."
        if not self.password.text():
            return "Type your password."
        try:
            self.url()
        except ValueError as err:
            return f"The server {err}."
        return ""

    def url(self) -> str:
        """The database URL the fields make (ValueError for a port that is not a number)."""
        database = self.database.text().strip() or DEFAULT_DATABASE
        return server_url(
            self.server.text().strip(), database, self.user.text().strip(), self.password.text()
        )

    def remember(self) -> None:
        """Keep the server, database and user name for next time; never the password."""
        settings = _settings()
        settings.beginGroup(_GROUP)
        for key in _REMEMBERED:
            settings.setValue(key, getattr(self, key).text().strip())
        settings.endGroup()
        settings.sync()

"""Every widget test starts with no remembered window sizes (see ui/common/window_memory.py)
and a locked teacher session (see ui/teacher/teacher_lock_dialog.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from quizzes.classroom.session import TeacherSession
from ui.teacher.teacher_lock_dialog import use_teacher_session


@pytest.fixture(autouse=True)
def fresh_window_memory(tmp_path) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture(autouse=True)
def locked_teacher_session() -> None:
    use_teacher_session(TeacherSession())

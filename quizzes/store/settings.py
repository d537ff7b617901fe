"""App-wide settings as key/value text rows (`app_setting`), e.g. the teacher PIN's hash.

Reached through `Store.settings`; implements `quizzes.classroom.teacher_lock.SettingStorage`.
"""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import Session

from quizzes.ids import utc_now
from quizzes.store.faults import explain_database_faults
from quizzes.store.tables import AppSettingRow


@explain_database_faults
class AppSettings:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def get_setting(self, key: str) -> str | None:
        with Session(self.engine) as session:
            row = session.get(AppSettingRow, key)
            return None if row is None else row.value

    def set_setting(self, key: str, value: str) -> None:
        with Session(self.engine) as session:
            row = session.get(AppSettingRow, key)
            if row is None:
                session.add(AppSettingRow(key=key, value=value, updated_at=utc_now()))
            else:
                row.value = value
                row.updated_at = utc_now()
            session.commit()

    def delete_setting(self, key: str) -> None:
        with Session(self.engine) as session:
            row = session.get(AppSettingRow, key)
            if row is not None:
                session.delete(row)
                session.commit()

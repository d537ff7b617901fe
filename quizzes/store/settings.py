"""App-wide settings as key/value text rows (`app_setting`), e.g. the teacher PIN's hash, and
counters (`app_counter`), e.g. its wrong tries.

Reached through `Store.settings`; implements `quizzes.classroom.teacher_lock.SettingStorage`.
A counter is raised by one `UPDATE ... SET count = count + 1` inside a transaction that then
reads it back, so tries made at the same moment by several processes are each counted.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from quizzes.ids import utc_now
from quizzes.store.faults import explain_database_faults
from quizzes.store.tables import AppCounterRow, AppSettingRow


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

    def count_up(self, key: str, at: float) -> int:
        """Add one to the counter `key` (created at 0) and stamp it `at`; the new count."""
        try:
            with self.engine.begin() as connection:
                return _count_up(connection, key, at)
        except IntegrityError:
            # Another process created the counter between our UPDATE and INSERT: add to it.
            with self.engine.begin() as connection:
                return _count_up(connection, key, at)

    def read_counter(self, key: str) -> tuple[object, object] | None:
        with self.engine.connect() as connection:
            row = connection.execute(
                select(col(AppCounterRow.count), col(AppCounterRow.last_at)).where(
                    col(AppCounterRow.key) == key
                )
            ).first()
        return None if row is None else (row[0], row[1])

    def reset_counter(self, key: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(delete(AppCounterRow).where(col(AppCounterRow.key) == key))


def _count_up(connection: Connection, key: str, at: float) -> int:
    """The write comes first, so the transaction holds the row (or, on SQLite, the database)
    from its first statement to the read-back: no other increment can slip in between."""
    raised = connection.execute(
        update(AppCounterRow)
        .where(col(AppCounterRow.key) == key)
        .values(count=col(AppCounterRow.count) + 1, last_at=at)
    )
    if raised.rowcount == 0:
        connection.execute(insert(AppCounterRow).values(key=key, count=1, last_at=at))
    count = connection.execute(
        select(col(AppCounterRow.count)).where(col(AppCounterRow.key) == key)
    ).scalar_one()
    return int(count)

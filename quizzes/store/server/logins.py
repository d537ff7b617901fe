"""Logins on a school server: a teacher's, one per student from the roster, and a student's own
new password.

A password is never sent as text: the driver hashes it (SCRAM-SHA-256, as `\\password` in psql
does) and only the hash reaches the server, so it appears in no server log. Login names are
quoted by the driver (`psycopg.sql.Identifier`).
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from dataclasses import dataclass

from psycopg import Cursor, sql
from sqlalchemy import Engine, select, update
from sqlmodel import col

from quizzes.errors import SteppeQuizError
from quizzes.store.faults import faults_explained
from quizzes.store.server.access import STUDENT_ROLE, TEACHER_ROLE, driver_cursor, role_exists
from quizzes.store.tables import ProfileRow

# Letters and digits that cannot be mistaken for each other on a printed slip (no 0/o, 1/l/i).
_PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
_PASSWORD_GROUPS = 3
_PASSWORD_GROUP_LENGTH = 4
MIN_PASSWORD_LENGTH = 8
_LOGIN_NAME = re.compile(r"[a-z][a-z0-9_]{0,49}")


class LoginError(SteppeQuizError):
    """A login name or password that cannot be used."""


@dataclass(frozen=True)
class StudentLogin:
    """A login made for a profile of the roster, with its password (shown once)."""

    profile_name: str
    login: str
    password: str


def new_password() -> str:
    """A random password a student can type from a slip: `k7qm-x2pf-9hta` (about 59 bits)."""
    groups = (
        "".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(_PASSWORD_GROUP_LENGTH))
        for _ in range(_PASSWORD_GROUPS)
    )
    return "-".join(groups)


def checked_login_name(name: str) -> str:
    """A login name as PostgreSQL keeps it unquoted: lower-case letters, digits and `_`."""
    if not _LOGIN_NAME.fullmatch(name):
        raise LoginError(
            f"{name!r} cannot be a login name: use 1 to 50 lower-case letters, digits or _, "
            "starting with a letter (e.g. aliyeva_m)"
        )
    return name


def checked_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise LoginError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    return password


def add_teacher(engine: Engine, name: str, password: str) -> None:
    """A LOGIN role for a teacher, member of the teacher group; refused if the name is taken."""
    login = checked_login_name(name)
    with faults_explained(engine), engine.begin() as connection:
        cursor = driver_cursor(connection)
        if role_exists(cursor, login):
            raise LoginError(f"there is already a login called {login!r} on this server")
        _create_login(cursor, login, checked_password(password), TEACHER_ROLE)


def create_student_logins(engine: Engine) -> list[StudentLogin]:
    """A login for each profile of the roster without one, with a new password each; all or
    nothing."""
    made: list[StudentLogin] = []
    with faults_explained(engine), engine.begin() as connection:
        cursor = driver_cursor(connection)
        profiles = connection.execute(
            select(col(ProfileRow.id), col(ProfileRow.name))
            .where(col(ProfileRow.server_login).is_(None))
            .order_by(col(ProfileRow.name))
        ).all()
        for profile_id, profile_name in profiles:
            login = _unused_login(cursor, _login_from_name(profile_name))
            password = new_password()
            _create_login(cursor, login, password, STUDENT_ROLE)
            connection.execute(
                update(ProfileRow)
                .where(col(ProfileRow.id) == profile_id)
                .values(server_login=login)
            )
            made.append(StudentLogin(profile_name, login, password))
    return made


def change_own_password(engine: Engine, password: str) -> str:
    """Change the password of the login connected (a student's own); returns the login."""
    checked = checked_password(password)
    with faults_explained(engine), engine.begin() as connection:
        cursor = driver_cursor(connection)
        cursor.execute("SELECT current_user")
        row = cursor.fetchone()
        assert row is not None
        login = str(row[0])
        cursor.execute(
            sql.SQL("ALTER ROLE CURRENT_USER PASSWORD {}").format(
                sql.Literal(_hashed(cursor, login, checked))
            )
        )
    return login


def _hashed(cursor: Cursor[tuple[object, ...]], login: str, password: str) -> str:
    encrypted = cursor.connection.pgconn.encrypt_password(
        password.encode(), login.encode(), b"scram-sha-256"
    )
    return encrypted.decode("ascii")


def _create_login(
    cursor: Cursor[tuple[object, ...]], login: str, password: str, group: str
) -> None:
    cursor.execute(
        sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(login),
            sql.Literal(_hashed(cursor, login, password)),
            sql.Identifier(group),
        )
    )


def _login_from_name(name: str) -> str:
    """`Aigerim Sadykova` → `aigerim_sadykova`; accents dropped; `student` when nothing Latin
    is left (a name in Cyrillic, say)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", plain)
    login = "_".join(words)[:40]
    return login if login[:1].isalpha() else f"student_{login}".rstrip("_")[:40]


def _unused_login(cursor: Cursor[tuple[object, ...]], wanted: str) -> str:
    """`wanted`, else `wanted_2`, `wanted_3`...: login names are shared by the whole cluster."""
    login, number = wanted, 1
    while role_exists(cursor, login):
        number += 1
        login = f"{wanted}_{number}"
    return login

"""Who may do what on a school server, enforced by PostgreSQL itself.

Two group roles (NOLOGIN), shared by every database of the cluster:
- `steppe_teacher`: every row of every table of the app (a teacher's login is a member);
- `steppe_student`: reads published sets and their questions, its own profile, and its own
  attempts, answers and review cards; inserts its own attempts (unfinished), answers (to its
  own attempts still in progress) and review cards; updates only the columns finishing an
  attempt changes (and an exam's flags) while the attempt is in progress, its own profile's
  preferences and its own review cards. A finished attempt is never changed by its student.
  Nothing else: no UPDATE or DELETE of answers, no other student's rows, no unpublished set, no
  settings (an exam in progress replaces its own answer only through the server's
  `steppe_withdraw_exam_answer` function).
"Own" means the profile's `server_login` is the login connected (`current_user`).

Row-level security is ENABLEd and FORCEd on every table (so the tables' owner obeys it too,
through its membership of `steppe_teacher`). `set_up_access` is idempotent: what exists is left
alone and reported as such, except policies whose conditions an earlier version wrote
differently: those are brought up to today's.
"""

from __future__ import annotations

from dataclasses import dataclass

from psycopg import Cursor, sql
from sqlalchemy import Connection
from sqlmodel import SQLModel

import quizzes.store.tables  # noqa: F401 (defines the tables in SQLModel.metadata)

TEACHER_ROLE = "steppe_teacher"
STUDENT_ROLE = "steppe_student"
SCHEMA_VERSION_TABLE = "alembic_version"

# The student's own rows, as conditions on each table's row (policies run them as the student,
# so the sub-selects see only what the student may see).
_OWN_PROFILE = "(SELECT id FROM profile WHERE server_login = current_user)"
_OWN_ATTEMPTS = f"(SELECT id FROM attempt WHERE profile_id IN {_OWN_PROFILE})"
_IN_PROGRESS = "finished_at IS NULL"
_OWN_ATTEMPTS_IN_PROGRESS = (
    f"(SELECT id FROM attempt WHERE profile_id IN {_OWN_PROFILE} AND {_IN_PROGRESS})"
)
_VISIBLE = "set_id IN (SELECT id FROM question_set)"  # published sets only, for a student


@dataclass(frozen=True)
class StudentRule:
    """One row-level policy for students: the command, which rows it reads (USING) and which
    rows it may write (WITH CHECK)."""

    table: str
    command: str
    using: str | None
    check: str | None


STUDENT_RULES = (
    StudentRule("question_set", "SELECT", "published", None),
    StudentRule(
        "question",
        "SELECT",
        "EXISTS (SELECT 1 FROM question_set s WHERE s.id = set_id AND s.published)",
        None,
    ),
    StudentRule("profile", "SELECT", "server_login = current_user", None),
    StudentRule("profile", "UPDATE", "server_login = current_user", "server_login = current_user"),
    StudentRule("attempt", "SELECT", f"profile_id IN {_OWN_PROFILE}", None),
    StudentRule(
        "attempt",
        "INSERT",
        None,
        f"profile_id IN {_OWN_PROFILE} AND {_VISIBLE} AND {_IN_PROGRESS} AND score IS NULL",
    ),
    StudentRule(
        "attempt",
        "UPDATE",
        f"profile_id IN {_OWN_PROFILE} AND {_IN_PROGRESS}",
        f"profile_id IN {_OWN_PROFILE}",
    ),
    StudentRule("response", "SELECT", f"attempt_id IN {_OWN_ATTEMPTS}", None),
    StudentRule(
        "response",
        "INSERT",
        None,
        f"attempt_id IN {_OWN_ATTEMPTS_IN_PROGRESS} AND question_id IN (SELECT id FROM question)",
    ),
    StudentRule("review_card", "SELECT", f"profile_id IN {_OWN_PROFILE}", None),
    StudentRule(
        "review_card",
        "INSERT",
        None,
        f"profile_id IN {_OWN_PROFILE} AND question_id IN (SELECT id FROM question)",
    ),
    StudentRule(
        "review_card", "UPDATE", f"profile_id IN {_OWN_PROFILE}", f"profile_id IN {_OWN_PROFILE}"
    ),
)
# Table privileges of students; an attempt's UPDATE is limited to the columns finishing it, the
# time on screen a heartbeat saves and an exam's flags.
STUDENT_PRIVILEGES = {
    "question_set": ("SELECT",),
    "question": ("SELECT",),
    "profile": ("SELECT",),
    "attempt": ("SELECT", "INSERT"),
    "response": ("SELECT", "INSERT"),
    "review_card": ("SELECT", "INSERT", "UPDATE"),
}
ATTEMPT_FINISHING_COLUMNS = ("finished_at", "score", "elapsed_seconds", "flagged")


def app_tables() -> list[str]:
    return [table.name for table in SQLModel.metadata.sorted_tables]


def set_up_access(connection: Connection) -> list[str]:
    """Create the group roles, grants and policies this database lacks; what was done, a line
    each ("already set up" lines for what was there)."""
    with driver_cursor(connection) as cursor:
        lines = [_ensure_group_role(cursor, role) for role in (TEACHER_ROLE, STUDENT_ROLE)]
        lines.append(_ensure_owner_is_teacher(cursor))
        _grant(cursor)
        lines.append(_ensure_row_security(cursor))
        lines.append(_ensure_exam_answer_withdrawal(cursor))
    return lines


def driver_cursor(connection: Connection) -> Cursor[tuple[object, ...]]:
    driver = connection.connection.driver_connection
    assert driver is not None, "the connection is closed"
    cursor: Cursor[tuple[object, ...]] = driver.cursor()
    return cursor


def role_exists(cursor: Cursor[tuple[object, ...]], role: str) -> bool:
    cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
    return cursor.fetchone() is not None


def _ensure_group_role(cursor: Cursor[tuple[object, ...]], role: str) -> str:
    if role_exists(cursor, role):
        return f"Role {role}: already set up."
    cursor.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
    return f"Role {role}: created."


def _ensure_owner_is_teacher(cursor: Cursor[tuple[object, ...]]) -> str:
    """The tables' owner (the login running `server init`) reads and writes as a teacher, so
    forced row-level security does not hide the rows from it."""
    cursor.execute("SELECT current_user, pg_has_role(current_user, %s, 'MEMBER')", (TEACHER_ROLE,))
    row = cursor.fetchone()
    assert row is not None
    owner, member = str(row[0]), bool(row[1])
    if member:
        return f"Owner {owner}: already a member of {TEACHER_ROLE}."
    cursor.execute(
        sql.SQL("GRANT {} TO {}").format(sql.Identifier(TEACHER_ROLE), sql.Identifier(owner))
    )
    return f"Owner {owner}: made a member of {TEACHER_ROLE}."


def _grant(cursor: Cursor[tuple[object, ...]]) -> None:
    """GRANT is idempotent: granting what is granted changes nothing."""
    teacher, student = sql.Identifier(TEACHER_ROLE), sql.Identifier(STUDENT_ROLE)
    for table in app_tables():
        cursor.execute(
            sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON {} TO {}").format(
                sql.Identifier(table), teacher
            )
        )
    for table, privileges in STUDENT_PRIVILEGES.items():
        cursor.execute(
            sql.SQL("GRANT {} ON {} TO {}").format(
                sql.SQL(", ").join(sql.SQL(p) for p in privileges), sql.Identifier(table), student
            )
        )
    # A student keeps their own theme and text size (the row's other columns stay the teacher's).
    cursor.execute(sql.SQL("GRANT UPDATE (preferences) ON profile TO {}").format(student))
    cursor.execute(
        sql.SQL("GRANT UPDATE ({}) ON attempt TO {}").format(
            sql.SQL(", ").join(sql.Identifier(c) for c in ATTEMPT_FINISHING_COLUMNS), student
        )
    )
    # Both read the schema's revision, so an app older or newer than the server is told so.
    cursor.execute(
        sql.SQL("GRANT SELECT ON {} TO {}, {}").format(
            sql.Identifier(SCHEMA_VERSION_TABLE), teacher, student
        )
    )


WITHDRAW_EXAM_ANSWER = "steppe_withdraw_exam_answer"
# An exam's answer may change until Submit all, but students may not DELETE answers: this
# function, run with its owner's rights, removes one answer only of the caller's own exam still
# in progress (the caller is `session_user` inside it). Teachers delete directly.
_WITHDRAW_EXAM_ANSWER_BODY = """
    DELETE FROM response r USING attempt a, profile p
    WHERE r.attempt_id = p_attempt AND r.question_id = p_question
      AND a.id = r.attempt_id AND a.mode = 'exam' AND a.finished_at IS NULL
      AND p.id = a.profile_id AND p.server_login = session_user
"""


def _ensure_exam_answer_withdrawal(cursor: Cursor[tuple[object, ...]]) -> str:
    cursor.execute("SELECT 1 FROM pg_proc WHERE proname = %s", (WITHDRAW_EXAM_ANSWER,))
    existed = cursor.fetchone() is not None
    function = sql.Identifier(WITHDRAW_EXAM_ANSWER)
    cursor.execute(
        sql.SQL(
            "CREATE OR REPLACE FUNCTION {}(p_attempt varchar, p_question varchar) RETURNS void "
            "LANGUAGE sql SECURITY DEFINER SET search_path = public AS {}"
        ).format(function, sql.Literal(_WITHDRAW_EXAM_ANSWER_BODY))
    )
    cursor.execute(
        sql.SQL("REVOKE ALL ON FUNCTION {}(varchar, varchar) FROM PUBLIC").format(function)
    )
    cursor.execute(
        sql.SQL("GRANT EXECUTE ON FUNCTION {}(varchar, varchar) TO {}, {}").format(
            function, sql.Identifier(TEACHER_ROLE), sql.Identifier(STUDENT_ROLE)
        )
    )
    state = "already set up" if existed else "created"
    return f"Function {WITHDRAW_EXAM_ANSWER} (changing an exam's answer): {state}."


def _policies(cursor: Cursor[tuple[object, ...]]) -> dict[tuple[str, str], tuple[str, str]]:
    """(table, policy) → its conditions as PostgreSQL writes them back (USING, WITH CHECK)."""
    cursor.execute(
        "SELECT tablename, policyname, coalesce(qual, ''), coalesce(with_check, '')"
        " FROM pg_policies WHERE schemaname = 'public'"
    )
    return {
        (str(table), str(name)): (str(using), str(check))
        for table, name, using, check in cursor.fetchall()
    }


def _ensure_row_security(cursor: Cursor[tuple[object, ...]]) -> str:
    existing = _policies(cursor)
    created = 0
    for table in app_tables():
        name = sql.Identifier(table)
        cursor.execute(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(name))
        cursor.execute(sql.SQL("ALTER TABLE {} FORCE ROW LEVEL SECURITY").format(name))
        if (table, "teacher_all") not in existing:
            cursor.execute(
                sql.SQL(
                    "CREATE POLICY teacher_all ON {} FOR ALL TO {} USING (true) WITH CHECK (true)"
                ).format(name, sql.Identifier(TEACHER_ROLE))
            )
            created += 1
    for rule in STUDENT_RULES:
        if (rule.table, _policy_name(rule)) in existing:
            cursor.execute(_student_policy(rule, "ALTER POLICY {} ON {}"))
        else:
            cursor.execute(_student_policy(rule, "CREATE POLICY {} ON {} FOR " + rule.command))
            created += 1
    updated = sum(
        1
        for key, conditions in _policies(cursor).items()
        if key in existing and existing[key] != conditions
    )
    if created:
        return f"Permissions and row-level security: set up ({created} policies created)."
    if updated:
        return (
            f"Permissions and row-level security: {updated} "
            f"{'policy' if updated == 1 else 'policies'} brought up to date."
        )
    return "Permissions and row-level security: already set up."


def _policy_name(rule: StudentRule) -> str:
    return f"student_{rule.command.lower()}"


def _student_policy(rule: StudentRule, head: str) -> sql.Composed:
    """`head` (CREATE or ALTER, with two placeholders: policy and table) with the rule's
    role and conditions; ALTER POLICY sets them again, so an older rule becomes today's."""
    statement = sql.SQL(head + " TO {}").format(
        sql.Identifier(_policy_name(rule)),
        sql.Identifier(rule.table),
        sql.Identifier(STUDENT_ROLE),
    )
    # The conditions are this module's constants, never input.
    if rule.using is not None:
        statement += sql.SQL(" USING ({})").format(sql.SQL(rule.using))
    if rule.check is not None:
        statement += sql.SQL(" WITH CHECK ({})").format(sql.SQL(rule.check))
    return statement

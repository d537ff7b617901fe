"""`server init|upgrade|teacher add|students create|password` and `sets publish|unpublish`: a
school's classroom server on PostgreSQL, from the command line.

`init` and `upgrade` take the owner's URL (the login that owns the database); `teacher add` and
`students create` need a login allowed to create roles (the owner, made with `createuser
--createrole`); `password` runs with a student's own URL.
"""

from __future__ import annotations

import argparse
import csv
import getpass
import io
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from cli.commands import shown
from quizzes.errors import SteppeQuizError
from quizzes.wording import count_of

if TYPE_CHECKING:
    from quizzes.store.repository import Store
    from quizzes.store.server.logins import StudentLogin

EXIT_OK = 0


def add_server_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    db_option: argparse.ArgumentParser,
) -> None:
    server = commands.add_parser(
        "server", parents=[db_option], help="a school's classroom server on PostgreSQL"
    )
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    for name, what in (
        ("init", "create or bring up to date the schema, roles and permissions"),
        ("upgrade", "migrate the server's schema to this version (and permissions to match)"),
    ):
        action = actions.add_parser(name, help=what)
        action.add_argument("url", metavar="URL", help="the database owner's URL")
    teacher = actions.add_parser("teacher", help="teacher logins")
    teacher_actions = teacher.add_subparsers(dest="teacher_command", required=True)
    add = teacher_actions.add_parser(
        "add", parents=[db_option], help="a teacher login, with a new password printed once"
    )
    add.add_argument("name", metavar="NAME", help="the login name, e.g. aliyeva_m")
    students = actions.add_parser("students", help="student logins")
    student_actions = students.add_subparsers(dest="students_command", required=True)
    create = student_actions.add_parser(
        "create",
        parents=[db_option],
        help="a login for each profile without one (passwords printed once)",
    )
    create.add_argument(
        "names", nargs="*", metavar="NAME", help="also add these students to the roster first"
    )
    create.add_argument(
        "--out", type=Path, metavar="FILE", help="write the logins to this CSV file instead"
    )
    actions.add_parser(
        "password", parents=[db_option], help="change the password of the login in the URL"
    )


def add_publish_parsers(sets: argparse.ArgumentParser, db_option: argparse.ArgumentParser) -> None:
    actions = sets.add_subparsers(dest="sets_command", metavar="ACTION")
    for name, what in (
        ("publish", "let students on the school server read the set"),
        ("unpublish", "hide the set from students on the school server again"),
    ):
        action = actions.add_parser(name, parents=[db_option], help=what)
        action.add_argument("set", metavar="SET", help="the set's id (or its start) or exact title")
        action.add_argument(
            "--pin", metavar="PIN", help="the teacher PIN, if one is set (else it is asked for)"
        )


def cmd_server(args: argparse.Namespace, db_url: str, out: TextIO) -> int:
    if args.server_command in ("init", "upgrade"):
        return _init_or_upgrade(args.url, args.server_command == "init", out)
    if args.server_command == "teacher":
        return _add_teacher(db_url, args.name, out)
    if args.server_command == "students":
        return _create_students(db_url, args.names, args.out, out)
    return _change_password(db_url, out)


def cmd_publish(args: argparse.Namespace, db_url: str, out: TextIO) -> int:
    from cli.results import check_teacher_pin
    from quizzes.app.bank import open_database

    store = open_database(db_url)
    try:
        summary = store.find_set(args.set)
        check_teacher_pin(store, args.pin)
        changed = store.publish_set(summary.id, args.sets_command == "publish")
    finally:
        store.close()
    title = shown(changed.title)
    if changed.published:
        out.write(f"{title!r} is published: students of the school server can read it.\n")
    else:
        out.write(f"{title!r} is not published: only teachers can read it.\n")
    return EXIT_OK


def _init_or_upgrade(url: str, init: bool, out: TextIO) -> int:
    from quizzes.store.repository import Store
    from quizzes.store.server.setup import server_engine, set_up_server

    engine = server_engine(url)
    try:
        lines = set_up_server(engine, new=init)
    finally:
        engine.dispose()
    store = Store.open(url)
    try:
        lines.append(_publish_built_in_sets(store))
    finally:
        store.close()
    out.write("".join(line + "\n" for line in lines))
    return EXIT_OK


def _publish_built_in_sets(store: Store) -> str:
    """The app's built-in sets are on the server, readable by every student."""
    from quizzes.app.bank import install_builtin_bank

    added = install_builtin_bank(store)
    hidden = [s for s in store.list_sets() if s.is_builtin and not s.published]
    for summary in hidden:
        store.publish_set(summary.id, True)
    if not added and not hidden:
        return "Built-in sets: already there and published."
    return f"Built-in sets: {count_of(len(added), 'set')} added, {len(hidden)} published."


def _add_teacher(db_url: str, name: str, out: TextIO) -> int:
    from quizzes.store.server.logins import add_teacher, new_password
    from quizzes.store.server.setup import server_engine

    password = new_password()
    engine = server_engine(db_url)
    try:
        add_teacher(engine, name, password)
    finally:
        engine.dispose()
    out.write(
        f"Teacher login {name} created. Its password, shown only now: {password}\n"
        "The teacher can change it with `steppe-quiz server password --db URL`.\n"
    )
    return EXIT_OK


def _create_students(db_url: str, names: list[str], to_file: Path | None, out: TextIO) -> int:
    from quizzes.store.repository import Store
    from quizzes.store.rules import ProfileNameError, clean_profile_name
    from quizzes.store.server.logins import create_student_logins
    from quizzes.store.server.setup import server_engine

    server_engine(db_url).dispose()  # refuses a URL that is not a server's before anything
    store = Store.open(db_url)
    try:
        known = {p.name for p in store.list_profiles()}
        for name in names:
            try:
                if clean_profile_name(name) not in known:
                    store.create_profile(name)
            except ProfileNameError as err:
                raise SteppeQuizError(f"{name!r}: {err}") from None
        made = create_student_logins(store.engine)
    finally:
        store.close()
    if not made:
        out.write("Every student on the roster already has a login: nothing to create.\n")
        return EXIT_OK
    table = _logins_csv(made)
    if to_file is None:
        out.write(
            f"{count_of(len(made), 'student login')} created. The passwords are shown only "
            "now: hand each student their line.\n"
        )
        out.write(table.replace(",", "\t"))
        return EXIT_OK
    try:
        # Only the file's owner may read it: it holds passwords.
        descriptor = os.open(to_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(descriptor, "w", encoding="utf-8", newline="") as file:
            file.write(table)
    except OSError as err:
        raise SteppeQuizError(f"{to_file}: cannot write: {err.strerror}") from None
    out.write(
        f"{count_of(len(made), 'student login')} created; their passwords are in {to_file}.\n"
    )
    return EXIT_OK


def _logins_csv(made: list[StudentLogin]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["student", "login", "password"])
    writer.writerows([shown(m.profile_name), m.login, m.password] for m in made)
    return buffer.getvalue()


def _change_password(db_url: str, out: TextIO) -> int:
    from quizzes.store.server.logins import change_own_password
    from quizzes.store.server.setup import server_engine

    engine = server_engine(db_url)
    try:
        login = change_own_password(engine, _new_password())
    finally:
        engine.dispose()
    out.write(f"The password of {login} is changed; use the new one from now on.\n")
    return EXIT_OK


def _new_password() -> str:
    """Typed twice at a terminal; read from one line of standard input otherwise (scripts)."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("New password: ")
    if getpass.getpass("The same again: ") != first:
        raise SteppeQuizError("the two passwords differ: nothing was changed")
    return first

"""`exam SET on|off|release` and `pin reset`: the teacher's marks on a set and the PIN record,
on the command line.

Kept apart from `cli.commands` (which registers the parsers and handlers), like `cli.results`.
Both need the teacher PIN, except that an unusable PIN record (damaged, or scrypt parameters
out of range) is removed without one: no PIN can be checked against it.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from cli.results import check_teacher_pin
from quizzes.ids import utc_now

if TYPE_CHECKING:
    from quizzes.store.repository import SetSummary

EXIT_OK = 0
EXAM_ACTIONS = ("on", "off", "release")


def add_teacher_parsers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    db_option: argparse.ArgumentParser,
) -> None:
    exam = commands.add_parser(
        "exam",
        parents=[db_option],
        help="mark a set as an exam (on), an ordinary set (off), or release its results",
    )
    exam.add_argument("set", metavar="SET", help="the set's id (or its start) or exact title")
    exam.add_argument("action", choices=EXAM_ACTIONS)
    exam.add_argument(
        "--pin", metavar="PIN", help="the teacher PIN, if one is set (else it is asked for)"
    )

    pin = commands.add_parser("pin", parents=[db_option], help="the teacher PIN record")
    actions = pin.add_subparsers(dest="pin_command", metavar="ACTION", required=True)
    reset = actions.add_parser(
        "reset",
        parents=[db_option],
        help="remove the teacher PIN (an unusable record needs no PIN)",
    )
    reset.add_argument(
        "--pin", metavar="PIN", help="the current teacher PIN, if the record is usable"
    )


def cmd_exam(args: argparse.Namespace, db_url: str, out: TextIO) -> int:
    from quizzes.app.bank import open_database

    store = open_database(db_url)
    try:
        summary = store.find_set(args.set)
        check_teacher_pin(store, args.pin)
        if args.action == "release":
            changed = store.release_results(summary.id, utc_now())
        else:
            changed = store.mark_exam(summary.id, args.action == "on")
    finally:
        store.close()
    out.write(exam_state(changed) + "\n")
    return EXIT_OK


def exam_state(summary: SetSummary) -> str:
    """What students see of the set now, in one sentence."""
    if not summary.is_exam:
        return f"{summary.title!r} is an ordinary set: practice shows every answer."
    if summary.answers_hidden:
        return (
            f"{summary.title!r} is an exam set: students see their score only, and no answers, "
            "until you release its results (exam SET release)."
        )
    return (
        f"{summary.title!r} is an exam set with its results released: students see every "
        "answer and their per-question results."
    )


def cmd_pin(args: argparse.Namespace, db_url: str, out: TextIO) -> int:
    from quizzes.app.bank import open_database

    store = open_database(db_url)
    try:
        lock = store.teacher_lock()
        if not lock.is_set():
            out.write("No teacher PIN is set: nothing to reset.\n")
            return EXIT_OK
        if lock.reset_unusable():
            out.write("Removed the unusable teacher PIN record; no PIN is set now.\n")
            return EXIT_OK
        lock.clear(check_teacher_pin(store, args.pin))
    finally:
        store.close()
    out.write("Removed the teacher PIN; no PIN is set now.\n")
    return EXIT_OK

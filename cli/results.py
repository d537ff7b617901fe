"""`results export|import|class|stats`: class results carried between laptops, on the command line.

Kept apart from `cli.commands` (which only registers the parser and the handler) so the teacher's
commands do not crowd the student's ones.
"""

from __future__ import annotations

import argparse
import getpass
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from quizzes.errors import SteppeQuizError

if TYPE_CHECKING:
    from quizzes.classroom.teacher_lock import TeacherLock
    from quizzes.store.repository import Store

EXIT_OK = 0
EXIT_USAGE = 2


def add_results_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    db_option: argparse.ArgumentParser,
) -> None:
    results = commands.add_parser(
        "results", parents=[db_option], help="class results: export, import, class view, stats"
    )
    actions = results.add_subparsers(dest="results_command", metavar="ACTION", required=True)

    exp = actions.add_parser(
        "export", parents=[db_option], help="write this laptop's attempts to a results file"
    )
    exp.add_argument("--profile", metavar="P", help="only this student (name or id)")
    exp.add_argument("--out", type=Path, metavar="FILE", required=True, help="the results file")

    imp = actions.add_parser(
        "import", parents=[db_option], help="merge results files from other laptops"
    )
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE")
    imp.add_argument(
        "--pin", metavar="PIN", help="the teacher PIN, if one is set (else it is asked for)"
    )

    view = actions.add_parser(
        "class", parents=[db_option], help="one line per student and set: best, last, mastery"
    )
    view.add_argument("--set", metavar="SET", help="only this set (id, id start or title)")
    view.add_argument("--csv", type=Path, metavar="FILE", help="write the view as CSV")

    stats = actions.add_parser(
        "stats", parents=[db_option], help="facility and discrimination of each question"
    )
    stats.add_argument("set", metavar="SET", help="the set's id (or its start) or exact title")
    stats.add_argument(
        "--all-attempts",
        action="store_true",
        help="count every finished attempt (default: each student's first, as Moodle does)",
    )


def cmd_results(args: argparse.Namespace, db_url: str, out: TextIO) -> int:
    from quizzes.app.bank import open_database

    store = open_database(db_url)
    try:
        if args.results_command == "export":
            return _export(store, args, out)
        if args.results_command == "import":
            return _import(store, args, out)
        if args.results_command == "class":
            return _class(store, args, out)
        return _stats(store, args, out)
    finally:
        store.close()


def _export(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    from quizzes.classroom.results_file import write_results_file

    results = store.class_results.export(
        datetime.now(UTC), profile=args.profile, machine=platform.node() or None
    )
    write_results_file(results, args.out)
    answers = sum(len(a.responses) for a in results.attempts)
    out.write(
        f"Exported {len(results.attempts)} attempts ({answers} answers) of "
        f"{len(results.profiles)} students to {args.out}\n"
    )
    return EXIT_OK


def _import(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    from quizzes.classroom.results_file import read_results_file

    check_teacher_pin(store, args.pin)
    failed = 0
    for path in args.files:
        try:
            outcome = store.class_results.import_results(read_results_file(path), str(path))
        except SteppeQuizError as err:
            # One bad file stores nothing of itself but does not stop the others.
            print(f"steppe-quiz: error: {err}", file=sys.stderr)
            failed += 1
            continue
        out.write(outcome.summary() + "\n")
        for label, lines in (
            ("note", outcome.notes),
            ("merged", outcome.merged),
            ("score changed", outcome.regraded),
        ):
            for line in lines:
                out.write(f"{path}: {label}: {line}\n")
    return EXIT_USAGE if failed else EXIT_OK


def check_teacher_pin(store: Store, pin: str | None) -> str:
    """Pass when no PIN is set or `pin` (else one typed at a terminal) is right; returns the
    PIN that passed ("" when none is set)."""
    return verify_teacher_pin(store.teacher_lock(), pin)


def verify_teacher_pin(lock: TeacherLock, pin: str | None) -> str:
    """Pass when `lock` has no PIN or `pin` (else one typed at a terminal) is right; returns
    the PIN that passed ("" when none is set)."""
    if not lock.is_set():
        return ""
    if pin is None:
        if not sys.stdin.isatty():
            raise SteppeQuizError("a teacher PIN is set: give it with --pin PIN")
        pin = getpass.getpass("Teacher PIN: ")
    lock.verify(pin)
    return pin


def _class(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    from quizzes.classroom.report import class_rows_csv, percent

    set_id = store.find_set(args.set).id if args.set else None
    rows = store.class_results.class_rows(set_id)
    if args.csv is not None:
        tmp = args.csv.with_name(args.csv.name + ".tmp")
        try:
            # utf-8-sig: Excel only reads a CSV as UTF-8 when it starts with a BOM.
            tmp.write_text(class_rows_csv(rows), encoding="utf-8-sig", newline="")
            tmp.replace(args.csv)
        except OSError as err:
            raise SteppeQuizError(f"{args.csv}: cannot write: {err.strerror}") from None
        out.write(f"Wrote {len(rows)} rows to {args.csv}\n")
        return EXIT_OK
    if not rows:
        out.write("No results yet.\n")
        return EXIT_OK
    out.write("student\tset\tattempts\tbest\tlast\tmastery by topic\n")
    for row in rows:
        mastery = ", ".join(f"{topic} {percent(v)}" for topic, v in row.mastery.items())
        out.write(
            f"{_one_line(row.student)}\t{_one_line(row.set_title)}\t{row.attempts}\t"
            f"{percent(row.best) or '-'}\t{percent(row.last) or '-'}\t{mastery}\n"
        )
    return EXIT_OK


def _stats(store: Store, args: argparse.Namespace, out: TextIO) -> int:
    summary = store.find_set(args.set)
    stats = store.class_results.question_statistics(summary.id, all_attempts=args.all_attempts)
    which = "all finished attempts" if args.all_attempts else "each student's first attempt"
    out.write(f"{summary.title} — {which}\n")
    out.write("question\tanswers\tfacility\tdiscrimination\tflags\n")
    for stat in stats:
        facility = "-" if stat.facility is None else f"{stat.facility * 100:.0f}%"
        discrimination = "-" if stat.discrimination is None else f"{stat.discrimination * 100:.1f}%"
        out.write(
            f"{stat.question.label}\t{stat.answers}\t{facility}\t{discrimination}\t"
            f"{', '.join(stat.flags)}\n"
        )
    return EXIT_OK


def _one_line(text: str) -> str:
    return " ".join(text.split())

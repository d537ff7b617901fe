"""The command line: argument parsing and the commands that need no window.

Every command returns an exit code. Errors a user can cause (`SteppeQuizError`) print one line
to stderr and give exit code 2; nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from quizzes import APP_NAME, __version__
from quizzes.errors import SteppeQuizError

EXIT_OK = 0
EXIT_USAGE = 2

EXPORT_FORMATS = ("json",)


def build_parser() -> argparse.ArgumentParser:
    # --db is accepted before or after the command name: `--db X sets` and `sets --db X`.
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="SQLAlchemy database URL (default: $STEPPE_QUIZ_DB, else the per-user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="steppe-quiz",
        description=f"{APP_NAME}: quizzes on Central Asian geopolitics. "
        "Without a command, starts the app.",
        parents=[db_option],
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation headless (database, bank, formats, window) and exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    sets = commands.add_parser("sets", parents=[db_option], help="list the question sets")
    sets.add_argument("--json", action="store_true", help="print the list as JSON")

    imp = commands.add_parser("import", parents=[db_option], help="import a .quiz.json file")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument(
        "--as-new",
        action="store_true",
        help="import even if a set with exactly these questions is already stored",
    )

    exp = commands.add_parser("export", parents=[db_option], help="write a set to a file")
    exp.add_argument("set", metavar="SET", help="the set's id (or its start) or exact title")
    exp.add_argument("--format", choices=EXPORT_FORMATS, default="json")
    exp.add_argument("--out", type=Path, metavar="FILE", help="output file (default: stdout)")
    return parser


def run_command(args: argparse.Namespace, db_url: str, out: TextIO = sys.stdout) -> int:
    """Run the command named in `args` against the database at `db_url`."""
    handlers: dict[str, Callable[[argparse.Namespace, str, TextIO], int]] = {
        "sets": cmd_sets,
        "import": cmd_import,
        "export": cmd_export,
    }
    try:
        return handlers[args.command](args, db_url, out)
    except SteppeQuizError as err:
        print(f"steppe-quiz: error: {err}", file=sys.stderr)
        return EXIT_USAGE


def cmd_sets(args: argparse.Namespace, db_url: str, out: TextIO) -> int:
    from quizzes.bank import open_database

    store = open_database(db_url)
    try:
        summaries = store.list_sets()
    finally:
        store.close()
    if args.json:
        rows = [
            {
                "id": s.id,
                "title": s.title,
                "questions": s.question_count,
                "topics": s.topics,
                "source": {"title": s.source.title, "publisher": s.source.publisher},
                "builtin": s.is_builtin,
            }
            for s in summaries
        ]
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    for s in summaries:
        out.write(f"{s.id}\t{_one_line(s.title)}\t{s.question_count} questions\t{s.source_label}\n")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, db_url: str, out: TextIO) -> int:
    from quizzes.bank import open_database
    from quizzes.formats.quizjson import read_quizset

    quizset = read_quizset(args.file)
    store = open_database(db_url)
    try:
        existing = store.sets_with_same_questions(quizset)
        if existing and not args.as_new:
            raise SteppeQuizError(
                f"{args.file}: these questions are already stored as set {existing[0].id} "
                f"({existing[0].title!r}); nothing imported. Use --as-new to store another copy."
            )
        summary = store.add_quizset(quizset)
    finally:
        store.close()
    out.write(
        f"Imported {summary.title!r}: {summary.question_count} questions "
        f"({', '.join(summary.topics) or 'no topics'}) as set {summary.id}\n"
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace, db_url: str, out: TextIO) -> int:
    from quizzes.bank import open_database
    from quizzes.formats.quizjson import dumps_quizset, write_quizset

    store = open_database(db_url)
    try:
        quizset = store.get_quizset(store.find_set(args.set).id)
    finally:
        store.close()
    if args.out is None:
        out.write(dumps_quizset(quizset))
        return EXIT_OK
    try:
        write_quizset(quizset, args.out)
    except OSError as err:
        raise SteppeQuizError(f"{args.out}: cannot write: {err.strerror}") from None
    out.write(f"Exported {quizset.title!r} ({len(quizset.questions)} questions) to {args.out}\n")
    return EXIT_OK


def _one_line(text: str) -> str:
    """Tabs and newlines would break the one-line-per-set output scripts rely on."""
    return " ".join(text.split())

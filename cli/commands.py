"""The command line: argument parsing and the commands that need no window.

Every command returns an exit code. Errors a user can cause (`SteppeQuizError`) print one line
to stderr and give exit code 2; nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from quizzes import APP_NAME, __version__
from quizzes.errors import SteppeQuizError
from quizzes.wording import count_of

if TYPE_CHECKING:
    from quizzes.exchange.formats.outcome import ImportResult
    from quizzes.model import QuestionType, QuizSet

EXIT_OK = 0
EXIT_USAGE = 2

_PIN_HELP = "the teacher PIN, if one is set (else it is asked for at a terminal)"

IMPORT_FORMATS = ("json", "gift", "aiken", "csv")
EXPORT_FORMATS = ("json", "gift", "aiken", "csv", "apkg", "pdf")


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

    sets = commands.add_parser(
        "sets", parents=[db_option], help="list the question sets (or publish one)"
    )
    sets.add_argument("--json", action="store_true", help="print the list as JSON")

    imp = commands.add_parser(
        "import", parents=[db_option], help="import a .quiz.json, GIFT, Aiken or CSV file"
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument(
        "--format", choices=IMPORT_FORMATS, help="the file's format (default: detected)"
    )
    imp.add_argument(
        "--as-new",
        action="store_true",
        help="import even if a set with exactly these questions is already stored",
    )
    imp.add_argument("--pin", metavar="PIN", help=_PIN_HELP)

    exp = commands.add_parser("export", parents=[db_option], help="write a set to a file")
    exp.add_argument("set", metavar="SET", help="the set's id (or its start) or exact title")
    exp.add_argument("--format", choices=EXPORT_FORMATS, default="json")
    exp.add_argument("--out", type=Path, metavar="FILE", help="output file (default: stdout)")
    exp.add_argument(
        "--variants", type=int, default=1, metavar="N", help="pdf: N shuffled versions A, B, ..."
    )
    exp.add_argument("--seed", type=int, metavar="S", help="pdf: shuffle with this seed")
    exp.add_argument(
        "--pin", metavar="PIN", help="the teacher PIN, if one is set: for pdf and exam sets"
    )

    gen = commands.add_parser(
        "generate", parents=[db_option], help="make a quiz from an article (.txt, .md, .html)"
    )
    gen.add_argument("article", type=Path, metavar="ARTICLE")
    gen.add_argument("--seed", type=int, default=0, help="choice of questions and order")
    gen.add_argument("--count", type=int, metavar="N", help="keep only the N best questions")
    gen.add_argument(
        "--types", metavar="T,...", help="only these question types, e.g. numeric,matching"
    )
    gen.add_argument("--out", type=Path, metavar="FILE", help="output file (default: stdout)")
    gen.add_argument("--save", action="store_true", help="also store the quiz in the database")
    gen.add_argument("--pin", metavar="PIN", help=f"--save: {_PIN_HELP}")

    from cli.backups import add_backups_parser
    from cli.results import add_results_parser
    from cli.server import add_publish_parsers, add_server_parser
    from cli.sync import add_sync_parser
    from cli.teacher import add_teacher_parsers

    add_publish_parsers(sets, db_option)
    add_results_parser(commands, db_option)
    add_teacher_parsers(commands, db_option)
    add_backups_parser(commands, db_option)
    add_sync_parser(commands, db_option)
    add_server_parser(commands, db_option)
    return parser


def run_command(args: argparse.Namespace, db_url: str, out: TextIO = sys.stdout) -> int:
    """Run the command named in `args` against the database at `db_url`."""
    handlers: dict[str, Callable[[argparse.Namespace, str, TextIO], int]] = {
        "sets": cmd_sets,
        "import": cmd_import,
        "export": cmd_export,
        "generate": cmd_generate,
        "results": cmd_results,
        "exam": cmd_exam,
        "pin": cmd_pin,
        "backups": cmd_backups,
        "sync": cmd_sync,
        "server": cmd_server,
    }
    try:
        return handlers[args.command](args, db_url, out)
    except SteppeQuizError as err:
        print(f"steppe-quiz: error: {shown(str(err))}", file=sys.stderr)
        return EXIT_USAGE


def cmd_results(args: argparse.Namespace, db_url: str, out: TextIO) -> int:
    from cli.results import cmd_results as run_results

    return run_results(args, db_url, out)


def cmd_exam(args: argparse.Namespace, db_url: str, out: TextIO) -> int:
    from cli.teacher import cmd_exam as run_exam

    return run_exam(args, db_url, out)


def cmd_pin(args: argparse.Namespace, db_url: str, out: TextIO) -> int:
    from cli.teacher import cmd_pin as run_pin

    return run_pin(args, db_url, out)


def cmd_backups(args: argparse.Namespace, db_url: str, out: TextIO) -> int:
    from cli.backups import cmd_backups as run_backups

    return run_backups(args, db_url, out)


def cmd_sync(args: argparse.Namespace, db_url: str, out: TextIO) -> int:
    from cli.sync import cmd_sync as run_sync

    return run_sync(args, db_url, out)


def cmd_server(args: argparse.Namespace, db_url: str, out: TextIO) -> int:
    from cli.server import cmd_server as run_server

    return run_server(args, db_url, out)


def cmd_sets(args: argparse.Namespace, db_url: str, out: TextIO) -> int:
    from quizzes.app.bank import open_database

    if getattr(args, "sets_command", None) is not None:
        from cli.server import cmd_publish

        return cmd_publish(args, db_url, out)

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
                "exam": s.is_exam,
                "results_released": s.is_exam and not s.answers_hidden,
            }
            for s in summaries
        ]
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    for s in summaries:
        title, source = _one_line(s.title), _one_line(s.source_label)
        out.write(f"{s.id}\t{title}\t{count_of(s.question_count, 'question')}\t{source}\n")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, db_url: str, out: TextIO) -> int:
    from cli.results import check_teacher_pin
    from quizzes.app.bank import open_database
    from quizzes.exchange.service import NothingToImportError, read_import, store_import

    # The file is read before the database is opened: a bad file changes nothing at all.
    try:
        result = read_import(args.file, args.format)
    except NothingToImportError as err:
        _print_report(args.file, err.result)
        raise
    _print_report(args.file, result)
    store = open_database(db_url)
    try:
        check_teacher_pin(store, args.pin)  # adding sets is the teacher's, as in the editor
        summary = store_import(store, args.file, result, as_new=args.as_new)
    finally:
        store.close()
    out.write(
        f"Imported {summary.title!r}: {count_of(summary.question_count, 'question')} "
        f"({shown(', '.join(summary.topics)) or 'no topics'}) as set {summary.id}\n"
    )
    return EXIT_OK


def _print_report(file: Path, result: ImportResult) -> None:
    """What the import skipped or could not carry, one line each on stderr."""
    for line in result.report_lines():
        print(f"{file}: {shown(line)}", file=sys.stderr)


def cmd_export(args: argparse.Namespace, db_url: str, out: TextIO) -> int:
    from quizzes.app.bank import open_database
    from quizzes.exchange.formats.registry import BINARY_FORMATS
    from quizzes.exchange.service import export_set, write_content

    if args.out is None and (args.format in BINARY_FORMATS or args.format == "pdf"):
        raise SteppeQuizError(f"--format {args.format} writes a binary file: give --out FILE")
    store = open_database(db_url)
    try:
        summary = store.find_set(args.set)
        # Answer keys: the papers' come with them, and an exam set's must not reach students.
        if args.format == "pdf" or summary.is_exam:
            from cli.results import check_teacher_pin

            check_teacher_pin(store, args.pin)
        if args.format == "pdf":
            return _export_papers(args, store.get_quizset(summary.id), out)
        exported = export_set(store, summary.id, args.format)
    finally:
        store.close()
    for warning in exported.warnings:
        print(f"steppe-quiz: warning: {shown(warning)}", file=sys.stderr)
    content = exported.content
    if args.out is None:
        out.write(str(content).removeprefix("\ufeff"))
        return EXIT_OK
    write_content(args.out, content)
    questions = count_of(summary.question_count, "question")
    out.write(f"Exported {summary.title!r} ({questions}) to {args.out}\n")
    return EXIT_OK


def _export_papers(args: argparse.Namespace, quizset: QuizSet, out: TextIO) -> int:
    """Exam paper(s) and answer key(s) as PDF; drawing is Qt's, so main.py passes it in."""
    from quizzes.exchange.formats.paper import MAX_VARIANTS, build_papers

    if not 1 <= args.variants <= MAX_VARIANTS:
        raise SteppeQuizError(f"--variants must be 1 to {MAX_VARIANTS}, not {args.variants}")
    write_papers = getattr(args, "write_papers", None)
    if write_papers is None:
        raise SteppeQuizError("PDF export needs the app's drawing part (run it through main.py)")
    try:
        written = write_papers(build_papers(quizset, args.variants, args.seed), args.out)
    except OSError as err:
        raise SteppeQuizError(f"{args.out}: cannot write: {err.strerror}") from None
    names = ", ".join(str(path) for path in written)
    out.write(
        f"Exported {quizset.title!r} ({count_of(len(quizset.questions), 'question')}) to {names}\n"
    )
    return EXIT_OK


def cmd_generate(args: argparse.Namespace, db_url: str, out: TextIO) -> int:
    """Article → quiz JSON on stdout or --out; the review report goes to stderr."""
    from quizzes.exchange.formats.quizjson import dumps_quizset, write_quizset
    from quizzes.generate import generate_from_file

    if args.save:
        _require_teacher(db_url, args.pin)  # as New set from article in the app, before any work
    result = generate_from_file(
        args.article, seed=args.seed, count=args.count, types=_question_types(args.types)
    )
    sys.stderr.write(result.report.summary())
    if args.out is None:
        out.write(dumps_quizset(result.quizset))
    else:
        try:
            write_quizset(result.quizset, args.out)
        except OSError as err:
            raise SteppeQuizError(f"{args.out}: cannot write: {err.strerror}") from None
        sys.stderr.write(
            f"Wrote {count_of(len(result.quizset.questions), 'question')} to {args.out}\n"
        )
    if args.save:
        from quizzes.app.bank import open_database

        store = open_database(db_url)
        try:
            summary = store.add_quizset(result.quizset)
        finally:
            store.close()
        sys.stderr.write(f"Saved as set {summary.id}\n")
    return EXIT_OK


def _require_teacher(db_url: str, pin: str | None) -> None:
    from cli.results import check_teacher_pin
    from quizzes.app.bank import open_database

    store = open_database(db_url)
    try:
        check_teacher_pin(store, pin)
    finally:
        store.close()


def _question_types(text: str | None) -> set[QuestionType] | None:
    """`--types single_choice,numeric` (spaces and dashes allowed) → a set of question types."""
    from quizzes.model import QuestionType

    if not text:
        return None
    chosen = set()
    for name in text.split(","):
        key = name.strip().lower().replace("-", "_").replace(" ", "_")
        try:
            chosen.add(QuestionType(key))
        except ValueError:
            allowed = ", ".join(t.value for t in QuestionType)
            raise SteppeQuizError(
                f"--types: unknown question type {name.strip()!r} (expected: {allowed})"
            ) from None
    return chosen


def _one_line(text: str) -> str:
    """Tabs and newlines would break the one-line-per-set output scripts rely on."""
    return shown(" ".join(text.split()))


def shown(text: str) -> str:
    """Text from a file, safe on a terminal: control and format characters (escape sequences,
    bidirectional overrides) are written as escapes (`\\x1b`, `\\u202e`), never obeyed."""
    return "".join(
        char.encode("unicode_escape").decode("ascii")
        if unicodedata.category(char) in ("Cc", "Cf") and char not in "\t\n"
        else char
        for char in text
    )

"""Steppe Quiz: parse the command line, then run a command or start the app."""

from __future__ import annotations

import sys
from types import TracebackType


def report_unexpected_error(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Last resort for bugs: log the traceback to a file, show the user one line."""
    from quizzes.app.crash_report import error_summary, write_crash_report

    log = write_crash_report(exc_type, exc, tb)
    where = f"; details in {log}" if log else ""
    print(f"steppe-quiz: unexpected error: {error_summary(exc)}{where}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    from cli.commands import build_parser, run_command
    from quizzes.app.paths import resolve_db_url

    args = build_parser().parse_args(argv)
    if args.self_test:
        from ui.self_test import run_self_test

        return run_self_test()
    db_url = resolve_db_url(getattr(args, "db", None))
    if args.command is None:
        from ui.app import run_app

        return run_app(db_url)
    if args.command == "export" and args.format == "pdf":
        # Drawing needs Qt, which the core never imports: the wiring happens here.
        from ui.teacher.pdf_export import write_papers

        args.write_papers = write_papers
    # The stream in use now, not the default bound when cli.commands was first imported.
    return run_command(args, db_url, sys.stdout)


if __name__ == "__main__":
    sys.excepthook = report_unexpected_error
    sys.exit(main())

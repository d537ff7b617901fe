"""`backups list|restore`: the database's backups on the command line.

Neither command opens the database through the store, so both work when it is damaged: that
is when a backup is needed.
"""

from __future__ import annotations

import argparse
from typing import TextIO

EXIT_OK = 0


def add_backups_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    db_option: argparse.ArgumentParser,
) -> None:
    backups = commands.add_parser(
        "backups", parents=[db_option], help="list the database's backups, or restore one"
    )
    actions = backups.add_subparsers(dest="backups_command", metavar="ACTION", required=True)
    actions.add_parser(
        "list", parents=[db_option], help="the backups, newest first: time, size, contents"
    )
    restore = actions.add_parser(
        "restore",
        parents=[db_option],
        help="put a backup in place of the database (which is kept aside, never deleted)",
    )
    restore.add_argument(
        "which",
        nargs="?",
        metavar="WHICH",
        help="its number in `backups list` or its file name (default: the newest good one)",
    )
    restore.add_argument(
        "--pin", metavar="PIN", help="the teacher PIN, if one is set (else it is asked for)"
    )


def cmd_backups(args: argparse.Namespace, db_url: str, out: TextIO) -> int:
    if args.backups_command == "list":
        return _list(db_url, out)
    return _restore(args, db_url, out)


def _list(db_url: str, out: TextIO) -> int:
    from quizzes.store.backup.folder import backup_place, list_backups

    place = backup_place(db_url)
    backups = list_backups(place)
    if not backups:
        out.write(f"No backups of {place.database} yet; they will be kept in {place.folder}.\n")
        return EXIT_OK
    out.write(f"Backups of {place.database} in {place.folder}, newest first:\n")
    for number, backup in enumerate(backups, start=1):
        contents = backup.contents()
        held = "cannot be read" if contents is None else contents.summary()
        taken = backup.taken_at.astimezone()
        out.write(f"{number}\t{taken:%Y-%m-%d %H:%M}\t{backup.name}\t{backup.size_text}\t{held}\n")
    return EXIT_OK


def _restore(args: argparse.Namespace, db_url: str, out: TextIO) -> int:
    from cli.results import verify_teacher_pin
    from quizzes.ids import utc_now
    from quizzes.store.backup.restore import restore_backup, restore_lock

    verify_teacher_pin(restore_lock(db_url), args.pin)
    report = restore_backup(db_url, args.which, utc_now())
    out.write("".join(line + "\n" for line in report.lines()))
    return EXIT_OK

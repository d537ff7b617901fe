"""`sync`: one sync of this laptop with its school server, printing what was sent and received.

`--server` and `--login` (with `--profile` when the laptop has several students) set the school
server up first; the password comes from `--password`, else the system keyring, else a prompt
at a terminal. It is never stored in the database.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, TextIO

from quizzes.sync.errors import PasswordNeededError, SyncNotConfiguredError

if TYPE_CHECKING:
    from quizzes.store.repository import Store
    from quizzes.sync.settings import SyncSettings

EXIT_OK = 0


def add_sync_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    db_option: argparse.ArgumentParser,
) -> None:
    sync = commands.add_parser(
        "sync",
        parents=[db_option],
        help="send this laptop's attempts to the school server and receive its published sets",
    )
    sync.add_argument("--server", metavar="URL", help="set the school server's address first")
    sync.add_argument("--login", metavar="LOGIN", help="set the student's login first")
    sync.add_argument(
        "--profile", metavar="NAME", help="the student on this laptop whose attempts are sent"
    )
    sync.add_argument(
        "--password", metavar="PASSWORD", help="the login's password (else the keyring or a prompt)"
    )


def cmd_sync(args: argparse.Namespace, db_url: str, out: TextIO) -> int:
    from quizzes.app.bank import open_database
    from quizzes.ids import utc_now
    from quizzes.sync.run import sync_once

    store = open_database(db_url)
    try:
        settings = _settings(store, args)
        password = _password(settings, args.password)
        outcome = sync_once(store, settings, password, utc_now())
    finally:
        store.close()
    for line in outcome.lines():
        out.write(line + "\n")
    return EXIT_OK


def _settings(store: Store, args: argparse.Namespace) -> SyncSettings:
    from quizzes.sync.settings import load_sync_settings, save_sync_settings

    current = load_sync_settings(store)
    if args.server is None and args.login is None and args.profile is None:
        if current is None:
            raise SyncNotConfiguredError(
                "No school server is set up on this laptop: run `steppe-quiz sync --server URL "
                "--login LOGIN`, or use File ▸ School server… in the app."
            )
        return current
    server = args.server or (current.server_url if current else None)
    login = args.login or (current.login if current else None)
    if server is None or login is None:
        raise SyncNotConfiguredError("Give both --server URL and --login LOGIN to set up syncing.")
    return save_sync_settings(store, server, login, _profile_id(store, args.profile, current))


def _profile_id(store: Store, name: str | None, current: SyncSettings | None) -> str:
    profiles = store.list_profiles()
    if not profiles:
        if name is None:
            raise SyncNotConfiguredError(
                "No student on this laptop yet: give your name with --profile NAME (it is "
                "added), or start the app and choose New… beside the student list."
            )
        return store.create_profile(name).id
    if name is not None:
        wanted = " ".join(name.split()).casefold()
        for profile in profiles:
            if profile.name.casefold() == wanted:
                return profile.id
        names = ", ".join(p.name for p in profiles) or "none yet"
        raise SyncNotConfiguredError(f"No student called {name!r} on this laptop ({names}).")
    if current is not None:
        return current.profile_id
    if len(profiles) == 1:
        return profiles[0].id
    raise SyncNotConfiguredError(
        "Choose whose attempts this laptop sends with --profile NAME "
        f"({len(profiles)} students on this laptop)."
    )


def _password(settings: SyncSettings, given: str | None) -> str:
    from quizzes.sync.password import kept_password

    if given is not None:
        return given
    kept = kept_password(settings.server_url, settings.login)
    if kept is not None:
        return kept
    if not sys.stdin.isatty():
        raise PasswordNeededError(
            f"The school server needs the password of {settings.login!r}: give it with "
            "--password, or run this at a terminal to be asked for it."
        )
    return getpass.getpass(f"Password of {settings.login!r} on the school server: ")

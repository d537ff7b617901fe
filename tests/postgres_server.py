"""A throw-away PostgreSQL cluster for one test session.

PostgreSQL refuses to run as root, so when the tests run as root the cluster belongs to the
`postgres` user (`runuser -u postgres`), in a temporary folder of its own; otherwise it belongs
to whoever runs the tests. It listens on 127.0.0.1 and a free port, with password logins over
TCP (so tests of wrong passwords mean something) and trust on its own Unix socket, and is
stopped and deleted at the end of the session.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

SUPERUSER = "postgres"


def postgres_bin() -> Path | None:
    """The folder of `initdb` and `pg_ctl`: on PATH, else PostgreSQL's newest versioned folder
    (Debian keeps them out of PATH); None when PostgreSQL is not installed."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda path: int(path.parts[-3]) if path.parts[-3].isdigit() else 0,
    )
    return versions[-1].parent if versions else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresCluster:
    """A running cluster: `url(database)` for its superuser, `create_database`, `stop()`.
    `settings` are server parameters given at start-up (`-c name=value`), e.g. a larger
    `max_connections` for a benchmark's many clients."""

    def __init__(self, bin_dir: Path, settings: Mapping[str, str | int] | None = None) -> None:
        self._bin = bin_dir
        self._as_root = os.geteuid() == 0
        self.folder = Path(tempfile.mkdtemp(prefix="steppe-pg-"))
        self.port = _free_port()
        self.password = secrets.token_hex(12)
        if self._as_root:
            shutil.chown(self.folder, user=SUPERUSER)
        password_file = self.folder / "password"
        password_file.write_text(self.password + "\n")
        if self._as_root:
            shutil.chown(password_file, user=SUPERUSER)
        self._run(
            "initdb",
            "-D",
            str(self.folder / "data"),
            "-U",
            SUPERUSER,
            "--auth-host=scram-sha-256",
            "--auth-local=trust",
            f"--pwfile={password_file}",
            "--no-sync",
            # The C locale with UTF-8 text: no system locale needs to be generated.
            "--no-locale",
            "--encoding=UTF8",
        )
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off"
        options += "".join(f" -c {name}={value}" for name, value in (settings or {}).items())
        self._run(
            "pg_ctl", "-D", str(self.folder / "data"), "-w", "-l", str(self.folder / "log"),
            "-o", options, "start",
        )  # fmt: skip

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self._bin / tool), *args]
        if self._as_root:
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        subprocess.run(command, check=True, capture_output=True, cwd=self.folder)

    def url(self, database: str, user: str = SUPERUSER, password: str | None = None) -> str:
        """The URL of `database` for `user` (the superuser, with its password, by default)."""
        secret = self.password if user == SUPERUSER and password is None else password
        return URL.create(
            "postgresql+psycopg",
            username=user,
            password=secret,
            host="127.0.0.1",
            port=self.port,
            database=database,
        ).render_as_string(hide_password=False)

    def execute(self, statement: str) -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE need that)."""
        engine = create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.execute(text(statement))
        finally:
            engine.dispose()

    def create_database(self, name: str, template: str = "template0") -> str:
        """A new database (names are made by the tests, never by users); its URL."""
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

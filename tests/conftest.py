"""Shared fixtures: a throwaway database per test, a fake clock, the command line run in this
process, and small, valid quiz-set documents."""

from __future__ import annotations

import copy
import itertools
import os
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, settings

import main
from quizzes.store.repository import Store
from tests.postgres_server import PostgresCluster, postgres_bin

if TYPE_CHECKING:
    from quizzes.generate.report import GenerationResult

pytest_plugins = ["pytester"]  # tests/test_shared_files.py runs a small suite of its own

# Shared, noisy machines: no per-example deadline, and the one-off cost of Hypothesis building
# its Unicode tables on a fresh machine is not a slow test.
settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("default")

# The article and interop files live beside the repository, not in it.
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED_ARTICLE = SHARED / "seeds" / "000_932a714b30df5b71.txt"
MOODLE_EXAMPLES = SHARED / "interop" / "moodle-gift-examples.gift.txt"
MOODLE_FIXTURE = SHARED / "interop" / "moodle-gift-fixture-questions.gift.txt"

SAMPLE_QUESTIONS: list[dict[str, Any]] = [
    {
        "id": "sco-newest",
        "type": "single_choice",
        "prompt": "Which country was the newest member of the SCO at the 2024 summit?",
        "choices": ["Belarus", "Turkey", "Azerbaijan", "Mongolia"],
        "answer": "Belarus",
        "explanation": "Belarus joined in 2024, the organisation's most recent member.",
        "evidence": {"quote": "Belarus joined as the newest member.", "paragraph": 12},
        "topic": "SCO membership",
        "difficulty": 1,
        "tags": ["sco", "2024"],
    },
    {
        "id": "sco-members",
        "type": "multiple_choice",
        "prompt": "Which of these attended as SCO members?",
        "choices": ["India", "Iran", "Turkey", "Pakistan"],
        "answer": ["India", "Iran", "Pakistan"],
        "explanation": "Turkey is a dialogue partner, not a member.",
        "evidence": None,
        "topic": "SCO membership",
        "difficulty": 2,
        "tags": [],
    },
    {
        "id": "turkey-member",
        "type": "true_false",
        "prompt": "Turkey is a full member of the SCO.",
        "answer": False,
        "explanation": "Turkey is a dialogue partner.",
        "evidence": None,
        "topic": "SCO membership",
        "difficulty": 1,
        "tags": [],
    },
    {
        "id": "border-length",
        "type": "numeric",
        "prompt": "How long is Kazakhstan's border with Russia?",
        "answer": 7000,
        "tolerance": 500,
        "unit": "km",
        "explanation": "About 7,000 km.",
        "evidence": {"quote": "a border of about 7,000 km", "paragraph": 14},
        "topic": "Borders and geography",
        "difficulty": 2,
        "tags": ["geography"],
    },
    {
        "id": "eaeu",
        "type": "short_answer",
        "prompt": "Name the Russian-led economic bloc Kazakhstan belongs to.",
        "answer": ["Eurasian Economic Union", "EAEU"],
        "explanation": "The EAEU.",
        "evidence": None,
        "topic": "Organisations",
        "difficulty": 2,
        "tags": [],
    },
    {
        "id": "neighbours",
        "type": "ordering",
        "prompt": "Order from north to south.",
        "answer": ["Russia", "Kazakhstan", "China"],
        "explanation": "Russia lies to the north, China to the south.",
        "evidence": None,
        "topic": "Borders and geography",
        "difficulty": 3,
        "tags": [],
    },
    {
        "id": "leaders",
        "type": "matching",
        "prompt": "Match each leader to their country.",
        "answer": [["Tokayev", "Kazakhstan"], ["Xi Jinping", "China"], ["Putin", "Russia"]],
        "explanation": "Presidents at the 2024 summit.",
        "evidence": None,
        "topic": "Leaders",
        "difficulty": 1,
        "tags": [],
    },
]


def quizset_document(title: str = "SCO basics", questions: list[dict] | None = None) -> dict:
    """A valid `.quiz.json` document (a fresh copy each call, safe to mutate)."""
    return {
        "format": "steppe-quiz/quizset",
        "version": 1,
        "title": title,
        "description": "Test set",
        "source": {"title": "An article", "publisher": "A paper", "url": None, "sha256": None},
        "questions": copy.deepcopy(SAMPLE_QUESTIONS if questions is None else questions),
    }


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Fail a test marked `shared_files` at once, naming each file of ../shared it lacks."""
    for marker in item.iter_markers("shared_files"):
        missing = [path for path in marker.args if not Path(path).is_file()]
        if missing:
            names = ", ".join(str(path) for path in missing)
            pytest.fail(
                f"missing {names}: this test reads the article and interop files in the folder "
                f"'shared' beside the repository ({SHARED}); put them there",
                pytrace=False,
            )


@pytest.fixture(scope="session", autouse=True)
def user_config_in_a_temporary_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Remembered window sizes (QSettings) go to a throw-away folder, in this process and in
    the programs the end-to-end tests start, never to the user's own configuration."""
    os.environ["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("config"))


@pytest.fixture(autouse=True, scope="session")
def crash_reports_stay_in_the_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Crash reports written during the run go to a folder of the run, never the user's."""
    folder = tmp_path_factory.mktemp("data")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("quizzes.app.crash_report.data_dir", lambda: folder)
        yield folder


@pytest.fixture
def crash_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where this test's crash reports are written (the file exists once one is)."""
    folder = tmp_path / "data"
    monkeypatch.setattr("quizzes.app.crash_report.data_dir", lambda: folder)
    return folder / "crash.log"


@pytest.fixture(scope="session")
def seed_result() -> GenerationResult:
    """The generator's result for the seed article with its defaults, made once: the generator is
    deterministic and the tests only read it."""
    from quizzes.generate import generate_from_file

    return generate_from_file(SEED_ARTICLE)


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new database migrated to the newest schema, made once: Alembic is slow, a copy is not."""
    path = tmp_path_factory.mktemp("template") / "migrated.db"
    Store.open(f"sqlite:///{path}").close()
    leftovers = sorted(p.name for p in path.parent.iterdir() if p != path)
    assert leftovers == [], f"the closed template database left {leftovers} beside it"
    return path


# ---------------------------------------------------------------- SQLite and PostgreSQL
# A test module marked `both_engines` runs each test that uses a database fixture (`db_url`,
# `store`, `new_db_url`, `empty_db_url`) twice: on SQLite and on a throw-away PostgreSQL
# cluster started once per session; one marked `postgresql_only` (the school server's roles
# and faults) runs on PostgreSQL alone. Without PostgreSQL the session says so in one line and
# runs the rest; under CI (the `CI` variable set) a missing PostgreSQL is an error.
BOTH_ENGINES = "both_engines"
POSTGRESQL_ONLY = "postgresql_only"
POSTGRES_BIN = postgres_bin()
_SQLITE_ONLY_COUNT = pytest.StashKey[int]()
_SERVER_ONLY_COUNT = pytest.StashKey[int]()


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("CI") and POSTGRES_BIN is None:
        raise pytest.UsageError(
            "CI is set but PostgreSQL is not installed (no initdb): the store's tests must run "
            "on PostgreSQL too; install the postgresql package"
        )
    config.stash[_SQLITE_ONLY_COUNT] = 0
    config.stash[_SERVER_ONLY_COUNT] = 0


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_engine" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker(POSTGRESQL_ONLY) is not None:
        metafunc.parametrize("db_engine", ["postgresql"], indirect=True)
    elif metafunc.definition.get_closest_marker(BOTH_ENGINES) is not None:
        engines = ["sqlite"] if POSTGRES_BIN is None else ["sqlite", "postgresql"]
        metafunc.parametrize("db_engine", engines, indirect=True)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without PostgreSQL, tests of the server alone are left out, and counted."""
    if POSTGRES_BIN is not None:
        return
    config.stash[_SQLITE_ONLY_COUNT] = sum(
        1 for item in items if item.get_closest_marker(BOTH_ENGINES) is not None
    )
    server_only = [item for item in items if item.get_closest_marker(POSTGRESQL_ONLY)]
    config.stash[_SERVER_ONLY_COUNT] = len(server_only)
    if server_only:
        config.hook.pytest_deselected(items=server_only)
        items[:] = [item for item in items if item not in server_only]


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    on_sqlite = config.stash.get(_SQLITE_ONLY_COUNT, 0)
    left_out = config.stash.get(_SERVER_ONLY_COUNT, 0)
    if on_sqlite or left_out:
        terminalreporter.write_line(
            f"no PostgreSQL here: {on_sqlite} store tests ran on SQLite only, "
            f"{left_out} PostgreSQL server tests did not run"
        )


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    """The database engine this test runs on: "sqlite", or "postgresql" in a test module
    marked `both_engines` (see `pytest_generate_tests`)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    """The session's PostgreSQL cluster, started on first use and stopped at the end."""
    if POSTGRES_BIN is None:
        pytest.fail("PostgreSQL is not installed here (no initdb)", pytrace=False)
    cluster = PostgresCluster(POSTGRES_BIN)
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def postgres_template(postgres: PostgresCluster) -> str:
    """A PostgreSQL database migrated to the newest schema, made once; new test databases are
    copies of it (CREATE DATABASE ... TEMPLATE), which takes a few milliseconds."""
    name = "steppe_template"
    Store.open(postgres.create_database(name)).close()
    return name


_database_numbers = itertools.count(1)


class PostgresDatabases:
    """The PostgreSQL databases one test made, dropped when it ends."""

    def __init__(self, cluster: PostgresCluster) -> None:
        self.cluster = cluster
        self.names: list[str] = []

    def create(self, name: str, template: str = "template0") -> str:
        readable = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:40]
        database = f"t{next(_database_numbers)}_{readable}"
        self.names.append(database)
        return self.cluster.create_database(database, template)

    def drop_all(self) -> None:
        for name in self.names:
            self.cluster.drop_database(name)


@pytest.fixture
def postgres_databases(postgres: PostgresCluster) -> Iterator[PostgresDatabases]:
    """Makes PostgreSQL databases for this test and drops them afterwards."""
    made = PostgresDatabases(postgres)
    yield made
    made.drop_all()


@pytest.fixture
def new_db_url(
    db_engine: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Callable[[str], str]:
    """Makes the URL of a new, migrated database named `name` for this test (a file in its
    folder on SQLite, a database of the session's cluster on PostgreSQL)."""
    if db_engine == "postgresql":
        databases: PostgresDatabases = request.getfixturevalue("postgres_databases")
        template: str = request.getfixturevalue("postgres_template")
        return lambda name: databases.create(name, template)
    migrated_database: Path = request.getfixturevalue("migrated_database")

    def make(name: str) -> str:
        path = tmp_path / name
        shutil.copyfile(migrated_database, path)
        return f"sqlite:///{path}"

    return make


@pytest.fixture
def db_url(new_db_url: Callable[[str], str]) -> str:
    """A new database, as `Store.open` leaves one that did not exist (a copy of the template)."""
    return new_db_url("test.db")


@pytest.fixture
def empty_db_url(db_engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A URL where no database exists yet: opening it runs every migration from scratch."""
    if db_engine == "postgresql":
        databases: PostgresDatabases = request.getfixturevalue("postgres_databases")
        return databases.create("empty")
    return f"sqlite:///{tmp_path / 'empty.db'}"


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """The open store of this test's new database, closed afterwards."""
    opened = Store.open(db_url)
    yield opened
    opened.close()


START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class FakeClock:
    """A monotonic clock and a wall clock that move together, only when the test moves them.

    Call it (or `clock`) for seconds; `now()` is the wall time `seconds` after `start`.
    """

    def __init__(self, seconds: float = 0.0, start: datetime = START) -> None:
        self.seconds = seconds
        self.start = start

    def __call__(self) -> float:
        return self.seconds

    def clock(self) -> float:
        return self.seconds

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.seconds)


@pytest.fixture
def clock() -> FakeClock:
    """A fake clock at 0 seconds (wall time `START`) that the test moves by hand."""
    return FakeClock()


@dataclass(frozen=True)
class CliResult:
    """What one run of the command line gave: its exit code and everything it printed."""

    returncode: int
    stdout: str
    stderr: str


class CommandLine:
    """Runs `main.main(argv)` in this process as `python main.py ARGS` runs it from a shell."""

    def __init__(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        self._capsys = capsys
        self._monkeypatch = monkeypatch

    def __call__(self, *args: str, env_db: str | None = None, db: str | None = None) -> CliResult:
        """Run with `args` (then `--db db`), STEPPE_QUIZ_DB set to `env_db` or unset."""
        if env_db:
            self._monkeypatch.setenv("STEPPE_QUIZ_DB", env_db)
        else:
            self._monkeypatch.delenv("STEPPE_QUIZ_DB", raising=False)
        argv = [*args, "--db", db] if db else list(args)
        self._capsys.readouterr()
        code: str | int | None
        try:
            code = main.main(argv)
        except SystemExit as exit_:  # argparse: --help, --version and usage errors
            code = exit_.code
        printed = self._capsys.readouterr()
        return CliResult(exit_status(code), printed.out, printed.err)


def exit_status(code: str | int | None) -> int:
    """The process exit status `sys.exit(code)` gives."""
    if code is None:
        return 0
    return code if isinstance(code, int) else 1


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> CommandLine:
    """The command line, run in this process with its output captured."""
    return CommandLine(capsys, monkeypatch)

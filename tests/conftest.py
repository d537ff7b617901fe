"""Shared fixtures: a throwaway database per test, a fake clock, the command line run in this
process, and small, valid quiz-set documents."""

from __future__ import annotations

import copy
import os
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


@pytest.fixture
def new_db_url(tmp_path: Path, migrated_database: Path) -> Callable[[str], str]:
    """Makes the URL of a new, migrated database named `name` in this test's folder."""

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
def empty_db_url(tmp_path: Path) -> str:
    """A URL where no database exists yet: opening it runs every migration from scratch."""
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

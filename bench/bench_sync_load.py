"""A school server under load (issue 13): a real PostgreSQL, a class of simulated students.

For each class size: a throw-away PostgreSQL cluster, set up as the README tells an
administrator (an owner login, `server init`, a teacher's login, `server students create` from
a roster); then one process per student, each with its own laptop database (the app's start-up
database, with the built-in set) and its own login. A student answers questions of the
published built-in set (every type, right or wrong at random) through the quiz's own code
(`LiveAttempt`), syncing at random moments with the app's own sync (`sync_once`), and once more
at the end. Meanwhile the teacher's live class view (the sets, the class table, the first set's
question statistics) is reloaded every 2 s on the teacher's own connection.

Printed, never asserted: answers given, sent (the laptops' answers marked sent) and stored (the
server's answer rows; equal per student: "OK", else "MISMATCH"), duplicates (answer rows with
the same attempt, question and position, or the same id, beyond the first: 0), sync latency
p50/p95 (one sync, on the laptop's clock), the server's time per sync as the laptop sees it
(logging in, then every statement's round trip), the laptop's own CPU per sync, PostgreSQL's
own time per sync (executing the students' statements, from pg_stat_statements; the CPU of the
students' connections, logins included, from /proc), the teacher's refresh time, the wall time, and
how each grows from the first class size to the last. Every simulated laptop shares this
machine's CPUs with the server: latencies include waiting for them. Random choices are
seeded: each student's plan is the same on every run.

Usage: python bench/bench_sync_load.py [--clients 40,200] [--questions 50] [--think SECONDS]
           [--sync-every ANSWERS] [--seed N] [--quick]
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import multiprocessing
import os
import queue
import random
import secrets
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, event, func, select, text  # noqa: E402
from sqlmodel import SQLModel, col  # noqa: E402

from main import main as steppe_quiz  # noqa: E402
from quizzes.app.bank import open_database  # noqa: E402
from quizzes.ids import utc_now  # noqa: E402
from quizzes.model import Question, QuestionType, answer_pairs, answer_texts  # noqa: E402
from quizzes.practice.attempt import LiveAttempt  # noqa: E402
from quizzes.practice.session import QuizConfig  # noqa: E402
from quizzes.store.repository import Store  # noqa: E402
from quizzes.store.school_server import server_address  # noqa: E402
from quizzes.store.server.access import STUDENT_ROLE  # noqa: E402
from quizzes.store.server.logins import StudentLogin, add_teacher  # noqa: E402
from quizzes.store.server.setup import server_engine  # noqa: E402
from quizzes.store.tables import AttemptRow, ProfileRow, ResponseRow  # noqa: E402
from quizzes.sync.errors import SyncError  # noqa: E402
from quizzes.sync.run import sync_once  # noqa: E402
from quizzes.sync.settings import save_sync_settings  # noqa: E402
from tests.postgres_server import PostgresCluster, postgres_bin  # noqa: E402
from ui.answers import correct_given  # noqa: E402

TEACHER_REFRESH_SECONDS = 2.0
FINAL_SYNC_TRIES = 5
# Connections beyond one per student: the teacher's view, the checks, the owner's set-up.
SPARE_CONNECTIONS = 20


# ---------------------------------------------------------------- the class on the server


@dataclass(frozen=True)
class Classroom:
    """A school server set up for a class: what the laptops, the teacher and the checks use."""

    server_url: str  # as a laptop keeps it: no login, no password
    owner_url: str
    teacher_url: str
    set_id: str  # the published set the students answer
    students: list[StudentLogin]


def roster(size: int) -> list[str]:
    return [f"Pupil {number:03d}" for number in range(1, size + 1)]


def run_cli(*argv: str) -> None:
    """`python main.py ARGV`, in this process, its output kept quiet; a refusal stops the
    bench with what it said."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = steppe_quiz(list(argv))
    if code != 0:
        raise RuntimeError(f"`{argv[0]} {argv[1]}` failed: {err.getvalue().strip()}")


def set_up_classroom(
    cluster: PostgresCluster, database: str, names: list[str], folder: Path
) -> Classroom:
    """A database owned by an owner login, set up with `server init`; a teacher's login; a
    login for each student of `names` (`server students create`, passwords in a file)."""
    owner, password = f"{database}_owner", secrets.token_hex(12)
    cluster.execute(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{password}'")
    cluster.execute(f'CREATE DATABASE "{database}" OWNER {owner}')
    owner_url = cluster.url(database, owner, password)
    run_cli("server", "init", owner_url)
    teacher, teacher_password = f"{database}_teacher", secrets.token_hex(12)
    engine = server_engine(owner_url)
    try:
        add_teacher(engine, teacher, teacher_password)
    finally:
        engine.dispose()
    logins_file = folder / f"{database}-logins.csv"
    run_cli("server", "students", "create", *names, "--out", str(logins_file), "--db", owner_url)
    with logins_file.open(encoding="utf-8", newline="") as file:
        students = [StudentLogin(row[0], row[1], row[2]) for row in list(csv.reader(file))[1:]]
    store = Store.open(owner_url)
    try:
        set_id = next(summary.id for summary in store.list_sets() if summary.published)
    finally:
        store.close()
    return Classroom(
        server_address(owner_url),
        owner_url,
        cluster.url(database, teacher, teacher_password),
        set_id,
        students,
    )


def refresh_class_view(teacher: Store) -> None:
    """What Teacher ▸ Class results reloads while live: the sets, the class table (all sets)
    and the question statistics of the set first in its list."""
    sets = teacher.list_sets()
    teacher.class_results.class_rows(None)
    if sets:
        teacher.class_results.question_statistics(sets[0].id)


# ---------------------------------------------------------------- one student's laptop


@dataclass(frozen=True)
class ClientPlan:
    student: StudentLogin
    laptop_url: str
    server_url: str
    set_id: str
    questions: int
    seed: int
    think_seconds: float  # mean pause before each answer
    sync_chance: float  # after each answer


@dataclass
class ClientResult:
    login: str
    answers_given: int = 0
    answers_sent: int = 0  # the laptop's answers marked as sent
    sync_seconds: list[float] = field(default_factory=list)  # each sync, start to end
    login_seconds: list[float] = field(default_factory=list)  # of which connecting, logging in
    statement_seconds: list[float] = field(default_factory=list)  # and the statements' round trips
    laptop_cpu_seconds: list[float] = field(default_factory=list)  # this process's CPU per sync
    failures: list[str] = field(default_factory=list)  # a sentence per sync that failed


def laptops(template: Path, folder: Path, count: int) -> list[str]:
    """A copy of the laptop database `template` for each student: its URL."""
    urls = []
    for number in range(1, count + 1):
        path = folder / f"laptop-{number:03d}.db"
        shutil.copyfile(template, path)
        urls.append(f"sqlite:///{path}")
    return urls


def laptop_template(folder: Path) -> Path:
    """A laptop's database as the app leaves it at its first start (with the built-in bank)."""
    path = folder / "laptop-template.db"
    open_database(f"sqlite:///{path}").close()
    return path


def client_plans(
    classroom: Classroom,
    laptop_urls: list[str],
    questions: int,
    seed: int,
    think_seconds: float,
    sync_every: float,
) -> list[ClientPlan]:
    return [
        ClientPlan(
            student,
            url,
            classroom.server_url,
            classroom.set_id,
            questions,
            seed * 100_003 + number,
            think_seconds,
            1 / sync_every,
        )
        for number, (student, url) in enumerate(zip(classroom.students, laptop_urls, strict=True))
    ]


def wrong_given(question: Question) -> object:
    """A wrong answer to `question`, in the shape its answer widget gives."""
    answer = question.answer
    match question.type:
        case QuestionType.SINGLE_CHOICE:
            return next(choice for choice in question.choices if choice != answer)
        case QuestionType.TRUE_FALSE:
            return not answer
        case QuestionType.NUMERIC:
            assert isinstance(answer, int | float)
            return float(answer) + (question.tolerance or 0.0) + 1000.0
        case QuestionType.SHORT_ANSWER:
            return "I do not know"
        case QuestionType.MULTIPLE_CHOICE:
            return [choice for choice in question.choices if choice not in answer_texts(answer)]
        case QuestionType.ORDERING:
            assert isinstance(answer, list)
            return list(reversed(answer))
        case QuestionType.MATCHING:
            pairs = answer_pairs(answer)
            shifted = pairs[1:] + pairs[:1]  # each left item given the next one's right item
            return [[left, right] for (left, _), (_, right) in zip(pairs, shifted, strict=True)]
    raise ValueError(f"no wrong answer for a question of type {question.type!r}")


class RoundTrips:
    """Seconds spent in PostgreSQL statements (sent, executed, rows back) since `reset`, timed
    by SQLAlchemy's events on every engine of this process; the laptop's SQLite is left out."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._began: list[float] = []

    def reset(self) -> None:
        self.seconds = 0.0

    def _before(self, connection: Any, *_args: Any) -> None:
        if connection.dialect.name == "postgresql":
            self._began.append(time.perf_counter())

    def _after(self, connection: Any, *_args: Any) -> None:
        if connection.dialect.name == "postgresql" and self._began:
            self.seconds += time.perf_counter() - self._began.pop()

    @contextlib.contextmanager
    def listening(self) -> Iterator[RoundTrips]:
        event.listen(Engine, "before_cursor_execute", self._before)
        event.listen(Engine, "after_cursor_execute", self._after)
        try:
            yield self
        finally:
            event.remove(Engine, "before_cursor_execute", self._before)
            event.remove(Engine, "after_cursor_execute", self._after)


def run_client(plan: ClientPlan) -> ClientResult:
    """One student: answers `plan.questions` questions on their laptop, syncing now and then
    and at the end (retried a few times if the server refuses)."""
    rng = random.Random(plan.seed)
    result = ClientResult(plan.student.login)
    laptop = Store.open(plan.laptop_url)
    try:
        with RoundTrips().listening() as round_trips:
            profile = laptop.create_profile(plan.student.profile_name)
            settings = save_sync_settings(laptop, plan.server_url, plan.student.login, profile.id)

            def sync() -> bool:
                phases: dict[str, float] = {}

                def checkpoint(step: str) -> None:
                    phases[step] = time.perf_counter()
                    if step == "connected":
                        round_trips.reset()

                began, cpu = time.perf_counter(), time.process_time()
                try:
                    sync_once(laptop, settings, plan.student.password, utc_now(), checkpoint)
                except SyncError as err:
                    result.failures.append(str(err))
                    return False
                result.sync_seconds.append(time.perf_counter() - began)
                result.login_seconds.append(phases["connected"] - began)
                result.statement_seconds.append(round_trips.seconds)
                result.laptop_cpu_seconds.append(time.process_time() - cpu)
                return True

            ability = rng.uniform(0.4, 0.95)
            attempt: LiveAttempt | None = None
            for _ in range(plan.questions):
                if attempt is None or attempt.session.current is None:
                    if attempt is not None:
                        attempt.finish()
                    config = QuizConfig(seed=rng.randrange(1 << 30))
                    attempt = LiveAttempt.start(
                        laptop, profile.id, plan.set_id, config, clock=time.monotonic
                    )
                time.sleep(rng.uniform(0, 2 * plan.think_seconds))
                question = attempt.session.current
                assert question is not None
                right = rng.random() < ability
                attempt.submit(correct_given(question) if right else wrong_given(question))
                result.answers_given += 1
                if rng.random() < plan.sync_chance:
                    sync()
            for _ in range(FINAL_SYNC_TRIES):
                if sync():
                    break
                time.sleep(1.0)
            result.answers_sent = count_rows(laptop, "sync_sent_answer")
    finally:
        laptop.close()
    return result


def count_rows(store: Store, table: str) -> int:
    with store.engine.connect() as connection:
        rows = select(func.count()).select_from(SQLModel.metadata.tables[table])
        return int(connection.execute(rows).scalar_one())


def _client_process(plan: ClientPlan, results: Any) -> None:
    """A forked student: its result, or what went wrong, goes back through `results`."""
    try:
        results.put(run_client(plan))
    except Exception as err:  # reported with the figures; the other students go on
        line = traceback.format_exception_only(err)[-1].strip()
        results.put(ClientResult(plan.student.login, failures=[f"crashed: {line}"]))


# ---------------------------------------------------------------- what reached the server


@dataclass(frozen=True)
class Verification:
    given: int  # answers the students gave on their laptops
    sent: int  # of those, marked sent on the laptops
    stored: int  # answer rows on the server
    duplicates: int  # answer rows beyond the first with the same id, or attempt+question+position
    mismatched: list[str]  # a line per student whose sent and stored answers differ

    @property
    def verdict(self) -> str:
        return "OK" if self.sent == self.stored and not self.mismatched else "MISMATCH"


def verify(classroom: Classroom, results: list[ClientResult]) -> Verification:
    """Count, as the server's owner, each student's answer rows and the duplicates."""
    store = Store.open(classroom.owner_url)
    try:
        with store.engine.connect() as connection:
            stored = dict(
                connection.execute(
                    select(col(ProfileRow.server_login), func.count(col(ResponseRow.id)))
                    .join(AttemptRow, col(AttemptRow.profile_id) == col(ProfileRow.id))
                    .join(ResponseRow, col(ResponseRow.attempt_id) == col(AttemptRow.id))
                    .group_by(col(ProfileRow.server_login))
                ).all()
            )
            duplicates = _beyond_first(connection, col(ResponseRow.id)) + _beyond_first(
                connection,
                col(ResponseRow.attempt_id),
                col(ResponseRow.question_id),
                col(ResponseRow.position),
            )
    finally:
        store.close()
    reported = {result.login for result in results}
    mismatched = [
        f"{result.login}: {result.answers_sent} sent, {stored.get(result.login, 0)} stored"
        for result in results
        if result.answers_sent != stored.get(result.login, 0)
    ] + [
        f"{student.login}: no result from its laptop"
        for student in classroom.students
        if student.login not in reported
    ]
    return Verification(
        given=sum(result.answers_given for result in results),
        sent=sum(result.answers_sent for result in results),
        stored=sum(stored.values()),
        duplicates=duplicates,
        mismatched=mismatched,
    )


def _beyond_first(connection: Any, *columns: Any) -> int:
    """How many answer rows repeat another's values in `columns`."""
    copies = func.count().label("copies")
    groups = (
        select(copies)
        .select_from(ResponseRow)
        .group_by(*columns)
        .having(func.count() > 1)
        .subquery()
    )
    total = select(func.coalesce(func.sum(groups.c.copies - 1), 0))
    return int(connection.execute(total).scalar_one())


def students_executing_seconds(cluster: PostgresCluster, database: str) -> float:
    """PostgreSQL's own time executing the students' statements in `database` since the last
    `pg_stat_statements_reset()` (the cluster preloads pg_stat_statements)."""
    engine = server_engine(cluster.url("postgres"))
    try:
        with engine.connect() as connection:
            milliseconds = connection.execute(
                text(
                    "SELECT coalesce(sum(s.total_exec_time), 0) FROM pg_stat_statements s "
                    "JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = :database "
                    "AND s.userid IN (SELECT m.member FROM pg_auth_members m "
                    "JOIN pg_roles r ON r.oid = m.roleid WHERE r.rolname = :role)"
                ),
                {"database": database, "role": STUDENT_ROLE},
            ).scalar_one()
    finally:
        engine.dispose()
    return float(milliseconds) / 1000


def backends_cpu_seconds(cluster: PostgresCluster) -> float:
    """CPU seconds used by the PostgreSQL processes that have ended (connections, autovacuum
    workers), as the postmaster counts its children in /proc/PID/stat; NaN without /proc."""
    postmaster = (cluster.folder / "data" / "postmaster.pid").read_text().split()[0]
    try:
        stat = Path(f"/proc/{postmaster}/stat").read_text()
    except OSError:
        return float("nan")
    # Fields after the command's closing parenthesis start at the 3rd; the 16th and 17th are
    # the CPU of ended children (user, system), in clock ticks.
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")


# ---------------------------------------------------------------- one class size


@dataclass(frozen=True)
class Figures:
    clients: int
    questions: int
    check: Verification
    sync_seconds: list[float]
    login_seconds: list[float]
    server_seconds: list[float]  # logging in and the statements' round trips, per sync
    laptop_cpu_seconds: list[float]
    executing_seconds: float  # PostgreSQL's, all the students' statements
    backends_cpu_seconds: float  # PostgreSQL's, every student's connection (logins included)
    failures: list[str]
    refresh_seconds: list[float]
    wall_seconds: float


def watch_class(
    teacher: Store, processes: Sequence[Any], results: Any
) -> tuple[list[ClientResult], list[float]]:
    """Reload the teacher's class view every 2 s until every student has reported; the
    students' results and the seconds each reload took."""
    collected: list[ClientResult] = []
    refreshes: list[float] = []
    next_refresh = time.monotonic()
    while len(collected) < len(processes):
        if time.monotonic() >= next_refresh:
            began = time.perf_counter()
            refresh_class_view(teacher)
            refreshes.append(time.perf_counter() - began)
            next_refresh += TEACHER_REFRESH_SECONDS
        try:
            wait = max(0.0, next_refresh - time.monotonic())
            collected.append(results.get(timeout=wait))
        except queue.Empty:
            if not any(process.is_alive() for process in processes):
                collected.extend(_left_in(results))
                break
    return collected, refreshes


def _left_in(results: Any) -> Iterator[ClientResult]:
    with contextlib.suppress(queue.Empty):
        while True:
            yield results.get(timeout=1.0)


def run_class(cluster: PostgresCluster, clients: int, args: argparse.Namespace) -> Figures:
    with tempfile.TemporaryDirectory(prefix="steppe-load-") as name:
        folder = Path(name)
        database = f"load_{clients}"
        classroom = set_up_classroom(cluster, database, roster(clients), folder)
        urls = laptops(laptop_template(folder), folder, clients)
        plans = client_plans(
            classroom, urls, args.questions, args.seed, args.think, args.sync_every
        )
        cluster.execute("SELECT pg_stat_statements_reset()")
        cpu_before = backends_cpu_seconds(cluster)
        # Forked after every import: the students share the parent's loaded code.
        context = multiprocessing.get_context("fork")
        results = context.Queue()
        processes = [context.Process(target=_client_process, args=(p, results)) for p in plans]
        began = time.perf_counter()
        for process in processes:
            process.start()
        teacher = Store.open(classroom.teacher_url)
        try:
            collected, refreshes = watch_class(teacher, processes, results)
            wall = time.perf_counter() - began
            for process in processes:
                process.join()
            time.sleep(1.0)  # the postmaster counts the last students' connections as they end
            # The students' connections only: the teacher's is still open.
            backends_cpu = backends_cpu_seconds(cluster) - cpu_before
        finally:
            teacher.close()
        return Figures(
            clients=clients,
            questions=args.questions,
            check=verify(classroom, collected),
            sync_seconds=[s for result in collected for s in result.sync_seconds],
            login_seconds=[s for result in collected for s in result.login_seconds],
            laptop_cpu_seconds=[s for result in collected for s in result.laptop_cpu_seconds],
            server_seconds=[
                login + statements
                for result in collected
                for login, statements in zip(
                    result.login_seconds, result.statement_seconds, strict=True
                )
            ],
            executing_seconds=students_executing_seconds(cluster, database),
            backends_cpu_seconds=backends_cpu,
            failures=[failure for result in collected for failure in result.failures],
            refresh_seconds=refreshes,
            wall_seconds=wall,
        )


# ---------------------------------------------------------------- the figures


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of `values` lie (nearest rank); NaN for none."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def measures(figures: Figures) -> dict[str, float]:
    """The figures that grow with the class, by name (times in milliseconds)."""
    syncs = len(figures.sync_seconds)
    return {
        "syncs": syncs,
        "sync latency p50, ms": 1000 * percentile(figures.sync_seconds, 0.50),
        "sync latency p95, ms": 1000 * percentile(figures.sync_seconds, 0.95),
        "server round trips per sync p50, ms": 1000 * percentile(figures.server_seconds, 0.50),
        "server round trips per sync p95, ms": 1000 * percentile(figures.server_seconds, 0.95),
        "  of which logging in p50, ms": 1000 * percentile(figures.login_seconds, 0.50),
        "laptop's own CPU per sync p50, ms": 1000 * percentile(figures.laptop_cpu_seconds, 0.50),
        "PostgreSQL executing per sync, ms": 1000 * figures.executing_seconds / max(syncs, 1),
        "PostgreSQL CPU per sync, ms": 1000 * figures.backends_cpu_seconds / max(syncs, 1),
        "teacher refresh p50, ms": 1000 * percentile(figures.refresh_seconds, 0.50),
        "teacher refresh p95, ms": 1000 * percentile(figures.refresh_seconds, 0.95),
        "wall time, s": figures.wall_seconds,
    }


def print_figures(figures: Figures) -> None:
    check = figures.check
    print(
        f"\n{figures.clients} students × {figures.questions} answers each, the teacher's view "
        f"reloaded every {TEACHER_REFRESH_SECONDS:g} s"
    )
    print(f"  {'answers given':38s} {check.given:10d}")
    print(f"  {'answers sent (marked on the laptops)':38s} {check.sent:10d}")
    print(f"  {'answers stored (rows on the server)':38s} {check.stored:10d}  {check.verdict}")
    for line in check.mismatched:
        print(f"    {line}")
    print(f"  {'duplicates':38s} {check.duplicates:10d}")
    print(f"  {'syncs that failed (retried later)':38s} {len(figures.failures):10d}")
    for failure, times in statistics_of(figures.failures):
        print(f"    {times} ×: {failure}")
    for name, value in measures(figures).items():
        print(f"  {name:38s} {value:10.1f}" if name != "syncs" else f"  {name:38s} {value:10.0f}")
    print(f"  {'teacher refreshes':38s} {len(figures.refresh_seconds):10d}")


def statistics_of(failures: list[str]) -> list[tuple[str, int]]:
    """Each distinct failure with how often it happened, the commonest first (three at most)."""
    counted: dict[str, int] = {}
    for failure in failures:
        counted[failure] = counted.get(failure, 0) + 1
    return sorted(counted.items(), key=lambda item: -item[1])[:3]


def print_growth(first: Figures, last: Figures) -> None:
    print(f"\nHow it grows from {first.clients} to {last.clients} students (ratio):")
    before, after = measures(first), measures(last)
    for name, value in after.items():
        print(f"  {name:38s} {value / before[name] if before[name] else float('nan'):10.2f}")


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--clients", default="40,200", help="class sizes, e.g. 40,200")
    parser.add_argument("--questions", type=int, default=50, help="answers per student")
    parser.add_argument("--think", type=float, default=1.0, help="mean seconds per answer")
    parser.add_argument(
        "--sync-every", type=float, default=8.0, help="mean answers between two syncs"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="a smoke run: 4 and 8 students")
    args = parser.parse_args(argv)
    args.sizes = [int(size) for size in args.clients.split(",")]
    if args.quick:
        args.sizes, args.questions, args.think = [4, 8], 10, 0.02
    return args


def main_bench(argv: list[str]) -> int:
    args = parse_arguments(argv)
    bin_dir = postgres_bin()
    if bin_dir is None:
        print("No PostgreSQL here (no initdb): the school server's load benchmark did not run.")
        return 0
    print(
        f"School server load: PostgreSQL from {bin_dir}, {multiprocessing.cpu_count()} CPUs; "
        f"a pause of {args.think:g} s on average before each answer, a sync after "
        f"{args.sync_every:g} answers on average and at the end."
    )
    measured = []
    for clients in args.sizes:
        settings = {
            "max_connections": clients + SPARE_CONNECTIONS,
            "shared_preload_libraries": "pg_stat_statements",
        }
        cluster = PostgresCluster(bin_dir, settings)
        try:
            cluster.execute("CREATE EXTENSION pg_stat_statements")
            figures = run_class(cluster, clients, args)
        finally:
            cluster.stop()
        print_figures(figures)
        measured.append(figures)
    if len(measured) > 1:
        print_growth(measured[0], measured[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main_bench(sys.argv[1:]))

"""The command line run in several processes at once, as several shells would run it.

Each process imports the program first, then, round after round, waits for the others at a
barrier and runs `main.main(argv)` with its output captured: the commands of one round start
together, so their reads and writes interleave for real on the one database file.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import multiprocessing
import traceback
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.conftest import CliResult

# (exit status, stdout, stderr) of one command, as a process sends it back.
_Outcome = tuple[int, str, str]

# What the commands run here import on their first use.
_PROGRAM = (
    "main",
    "cli.commands",
    "cli.results",
    "quizzes.app.bank",
    "quizzes.exchange.service",
    "quizzes.classroom.results_file",
    "quizzes.store.class_results",
)
BARRIER_TIMEOUT = 120  # seconds: a process that never arrives fails the test, not hangs it


def run_together(rounds: list[list[list[str]]]) -> list[list[CliResult]]:
    """Run `rounds[r][p]` (an argv) in process `p` at round `r`, the processes of a round
    released together; the results in the same shape."""
    from tests.conftest import CliResult

    processes = len(rounds[0])
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(processes, timeout=BARRIER_TIMEOUT)
    queue: Queue[tuple[int, list[_Outcome]]] = context.Queue()
    workers = [
        context.Process(
            target=_run_rounds, args=(barrier, queue, index, [argvs[index] for argvs in rounds])
        )
        for index in range(processes)
    ]
    for worker in workers:
        worker.start()
    try:
        by_process = dict(queue.get(timeout=BARRIER_TIMEOUT * len(rounds)) for _ in workers)
    finally:
        for worker in workers:
            worker.join(timeout=BARRIER_TIMEOUT)
    return [[CliResult(*by_process[p][r]) for p in range(processes)] for r in range(len(rounds))]


def _run_rounds(
    barrier: Barrier, queue: Queue[tuple[int, list[_Outcome]]], index: int, argvs: list[list[str]]
) -> None:
    # The program is imported before the barrier (not pytest's fixtures: this process needs
    # none), so the commands of a round start within a moment of each other.
    for module in _PROGRAM:
        importlib.import_module(module)

    results = []
    for argv in argvs:
        barrier.wait()
        results.append(_run(argv))
    queue.put((index, results))


def _run(argv: list[str]) -> _Outcome:
    import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main.main(argv)
        except Exception:  # what the real program's excepthook would report: a crash
            traceback.print_exc()
            code = 1
    return code, out.getvalue(), err.getvalue()

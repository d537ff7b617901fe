"""A large import reports its progress question by question, reading then storing, and stops
at the next check point once cancelled: a cancelled import leaves the database unchanged."""

from __future__ import annotations

import pytest

from quizzes.exchange.service import import_into_store, read_import
from quizzes.progress import READING, STORING, CancelledError, Progress
from quizzes.store.repository import Store
from tests.big_sets import many_questions, write_set

FORMATS = ("json", "gift", "csv", "aiken")


class Listener:
    """Records what an import reported; cancels it at the first report of `cancel_at`."""

    def __init__(self, cancel_at: str | None = None) -> None:
        self.heard: list[tuple[int, int, str]] = []
        self.cancel_at = cancel_at
        self.progress = Progress(self.hear)

    def hear(self, done: int, total: int, doing: str) -> None:
        self.heard.append((done, total, doing))
        if doing == self.cancel_at:
            self.progress.cancel()


def stored(store: Store) -> list[tuple[str, int]]:
    return [(s.title, s.question_count) for s in store.list_sets()]


@pytest.mark.parametrize("fmt", FORMATS)
def test_reading_reports_each_question_and_stops_at_once_when_cancelled(tmp_path, fmt):
    path = write_set(many_questions(210), tmp_path, fmt)
    whole = Listener()
    result = read_import(path, progress=whole.progress)
    total = len(result.quizset.questions) + len(result.skipped)
    assert whole.heard[0] == (0, total, READING)
    assert len(whole.heard) == min(total, 100)  # once per whole percentage
    assert {h[1:] for h in whole.heard} == {(total, READING)}

    cancelled = Listener(cancel_at=READING)
    with pytest.raises(CancelledError, match="cancelled while reading"):
        read_import(path, progress=cancelled.progress)
    assert cancelled.heard == [(0, total, READING)]  # not one question more was read


def test_a_cancel_while_storing_leaves_the_database_as_it_was(store, tmp_path):
    path = write_set(many_questions(2500), tmp_path, "json")
    before = stored(store)
    listener = Listener(cancel_at=STORING)
    with pytest.raises(CancelledError, match="cancelled while storing"):
        import_into_store(store, path, progress=listener.progress)
    assert listener.heard[-1] == (0, 2500, STORING)  # the first batch, then nothing
    assert stored(store) == before

    summary, _ = import_into_store(store, path)  # not a copy of anything stored
    assert summary.question_count == 2500


def test_storing_reports_batches_up_to_the_last_question(store, tmp_path):
    path = write_set(many_questions(2500), tmp_path, "csv")
    listener = Listener()
    import_into_store(store, path, progress=listener.progress)
    storing = [done for done, total, doing in listener.heard if doing == STORING]
    assert storing == [0, 1000, 2000, 2500]
    assert stored(store)[-1] == ("many", 2500)

"""Students' history through the Store facade: answers kept at once, resume, statistics,
review cards, and profile rename/delete/preferences."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from quizzes.model import parse_quizset
from quizzes.practice.attempt import LiveAttempt
from quizzes.practice.session import Mode, NothingToAskError, QuizConfig
from quizzes.store.rules import ProfileNameError
from tests.conftest import FakeClock, quizset_document
from tests.raw_sql import count_rows

pytestmark = pytest.mark.both_engines

SCO = ["SCO membership"]
NOON = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def setup(store):
    summary = store.add_quizset(parse_quizset(quizset_document()))
    profile = store.create_profile("Aigerim")
    return summary.id, profile.id


def start(store, setup, clocks, **config):
    set_id, profile_id = setup
    return LiveAttempt.start(
        store, profile_id, set_id, QuizConfig(**config), clock=clocks.clock, now=clocks.now
    )


def test_each_answer_is_in_the_database_as_soon_as_it_is_given(store, setup, db_url):
    clocks = FakeClock(start=NOON)
    attempt = start(store, setup, clocks, shuffle=False)
    clocks.seconds += 12
    attempt.submit("Belarus")
    assert count_rows(db_url, "response") == 1  # read by another connection: committed
    clocks.seconds += 5
    attempt.submit(["India"])
    [first, second] = store.history.responses(attempt.attempt_id)
    assert (first.question_id, first.answer, first.correct, first.seconds) == (
        "sco-newest",
        "Belarus",
        True,
        12,
    )
    assert (second.score, second.position) == (pytest.approx(1 / 3), 1)
    assert store.history.attempt(attempt.attempt_id).elapsed_seconds == 17


def test_an_unfinished_attempt_is_offered_and_resumes_where_it_was(store, setup):
    clocks = FakeClock(start=NOON)
    attempt = start(store, setup, clocks, mode=Mode.EXAM, shuffle=False, time_limit_seconds=300)
    for given in ("Belarus", ["India"], True):
        clocks.seconds += 20
        attempt.submit(given)  # each saved, then on to the next question
    _, profile_id = setup
    unfinished = store.history.unfinished_attempt(profile_id)
    assert unfinished is not None and unfinished.id == attempt.attempt_id
    assert unfinished.answered == 3
    resumed = LiveAttempt.resume(
        store, unfinished.id, clock=FakeClock(start=NOON).clock, now=clocks.now
    )
    assert resumed.session.progress_text == "4 / 7"
    assert resumed.session.current == attempt.session.current
    assert resumed.session.remaining_seconds() == 240


def test_finishing_records_the_score_and_best_and_last(store, setup):
    set_id, profile_id = setup
    for answer in ("Belarus", "Turkey"):
        clocks = FakeClock(start=NOON)
        attempt = start(store, setup, clocks, mode=Mode.EXAM, topics=["SCO membership"])
        while attempt.session.current.id != "sco-newest":
            attempt.submit(None)
        attempt.submit(answer)
        attempt.finish()
    scores = store.history.set_scores(profile_id)[set_id]
    assert (scores.best, scores.last, scores.attempts) == (pytest.approx(1 / 3), 0.0, 2)
    assert store.history.unfinished_attempt(profile_id) is None
    assert [a.score for a in store.history.finished_attempts(profile_id)] == [
        pytest.approx(1 / 3),
        0.0,
    ]


def test_review_mode_asks_what_was_wrong_last_time(store, setup):
    set_id, profile_id = setup
    clocks = FakeClock(start=NOON)
    first = start(store, setup, clocks, mode=Mode.EXAM, topics=SCO, shuffle=False)
    first.submit("Turkey")  # wrong
    first.submit(["India", "Iran", "Pakistan"])
    first.submit(True)  # wrong
    first.finish()
    [first_score] = [a.score for a in store.history.finished_attempts(profile_id)]
    clocks.seconds += 60
    assert store.history.wrong_last_time(profile_id, set_id) == {"sco-newest", "turkey-member"}
    review = start(store, setup, clocks, mode=Mode.REVIEW, shuffle=False)
    assert review.session.order == ["sco-newest", "turkey-member"]
    review.submit("Belarus")
    review.submit(False)
    review.finish()
    assert store.history.wrong_last_time(profile_id, set_id) == set()
    # A 100% review of two mistakes is not the set's best or last score: the exam's is.
    scores = store.history.set_scores(profile_id)[set_id]
    assert (scores.best, scores.last, scores.attempts) == (first_score, first_score, 1)
    with pytest.raises(NothingToAskError):
        start(store, setup, clocks, mode=Mode.REVIEW)


def test_answers_schedule_review_cards_and_due_counts(store, setup):
    set_id, profile_id = setup
    clocks = FakeClock(start=NOON)
    attempt = start(store, setup, clocks, mode=Mode.EXAM, topics=SCO, shuffle=False)
    attempt.submit("Turkey")  # wrong: due again within minutes
    attempt.submit(["India", "Iran", "Pakistan"])  # right: due in days
    attempt.expire()
    assert store.history.due_counts(profile_id, NOON) == {}
    assert store.history.due_counts(profile_id, NOON + timedelta(hours=1)) == {set_id: 1}
    cards = store.history.card_states(profile_id, set_id)
    assert set(cards) == {"sco-newest", "sco-members"}
    assert cards["sco-newest"][1] < cards["sco-members"][1]
    clocks.seconds += 3600
    spaced = start(store, setup, clocks, mode=Mode.SPACED, shuffle=False, count=3)
    # The due card first, then questions never seen; the not-yet-due card is left out.
    assert spaced.session.order == ["sco-newest", "turkey-member", "border-length"]


def test_statistics_mastery_and_most_missed(store, setup):
    _, profile_id = setup
    clocks = FakeClock(start=NOON)
    for _ in range(2):
        attempt = start(store, setup, clocks, mode=Mode.EXAM, topics=SCO, shuffle=False)
        attempt.submit("Turkey")
        attempt.submit(["India", "Iran", "Pakistan"])
        attempt.submit(False)
        attempt.finish()
    stats = store.history.progress(profile_id)
    assert [round(a.score, 2) for a in stats.attempts] == [0.67, 0.67]
    assert stats.topic_mastery == [("SCO membership", pytest.approx(2 / 3), 6)]
    [missed] = stats.most_missed
    assert (missed.prompt, missed.wrong, missed.answered, missed.set_title) == (
        "Which country was the newest member of the SCO at the 2024 summit?",
        2,
        2,
        "SCO basics",
    )


def test_abandoning_removes_the_attempt_and_its_answers(store, setup, db_url):
    clocks = FakeClock(start=NOON)
    attempt = start(store, setup, clocks)
    attempt.submit(None)
    attempt.abandon()
    assert count_rows(db_url, "attempt") == 0 and count_rows(db_url, "response") == 0


def test_profiles_rename_delete_with_history_and_remember_preferences(store, setup, db_url):
    _, profile_id = setup
    other = store.create_profile("Bolat")
    history = store.history
    assert history.rename_profile(profile_id, "  Aigerim   S. ") == "Aigerim S."
    with pytest.raises(ProfileNameError, match="already a profile"):
        history.rename_profile(profile_id, "Bolat")
    history.update_preferences(profile_id, font_size=14.0)
    history.update_preferences(profile_id, theme="dark")
    assert history.preferences(profile_id) == {"font_size": 14.0, "theme": "dark"}
    attempt = start(store, setup, FakeClock(start=NOON))
    attempt.submit("Belarus")
    history.delete_profile(profile_id)
    assert [p.name for p in store.list_profiles()] == [other.name]
    for table in ("attempt", "response", "review_card"):
        assert count_rows(db_url, table) == 0


def test_an_exam_stores_each_change_of_answer_in_place_of_the_one_before(store, setup, db_url):
    clocks = FakeClock(start=NOON)
    attempt = start(store, setup, clocks, mode=Mode.EXAM, topics=SCO, shuffle=False)
    clocks.seconds += 10
    attempt.save_answer("Turkey")
    assert count_rows(db_url, "response") == 1  # committed, though never "submitted"
    clocks.seconds += 5
    attempt.save_answer("Belarus")  # changed
    [stored] = store.history.responses(attempt.attempt_id)
    assert (stored.question_id, stored.answer, stored.correct, stored.seconds) == (
        "sco-newest",
        "Belarus",
        True,
        15,
    )
    assert store.history.attempt(attempt.attempt_id).elapsed_seconds == 15
    attempt.save_answer(None)  # cleared
    assert store.history.responses(attempt.attempt_id) == []


def test_exam_flags_are_stored_with_the_attempt_and_come_back_on_resume(store, setup):
    clocks = FakeClock(start=NOON)
    attempt = start(store, setup, clocks, mode=Mode.EXAM, topics=SCO, shuffle=False)
    attempt.set_flagged("turkey-member", True)
    attempt.set_flagged("sco-newest", True)
    attempt.set_flagged("sco-newest", False)
    attempt.set_flagged("sco-members", True)
    assert store.history.attempt(attempt.attempt_id).flagged == ["sco-members", "turkey-member"]
    resumed = LiveAttempt.resume(store, attempt.attempt_id, clock=clocks.clock, now=clocks.now)
    assert resumed.session.flagged == {"sco-members", "turkey-member"}


def test_an_exam_is_scored_and_its_cards_reviewed_only_when_submitted(store, setup):
    set_id, profile_id = setup
    clocks = FakeClock(start=NOON)
    attempt = start(store, setup, clocks, mode=Mode.EXAM, topics=SCO, shuffle=False)
    attempt.save_answer("Turkey")
    attempt.save_answer("Belarus")
    attempt.session.go_to(2)
    attempt.save_answer(True)  # wrong
    assert store.history.card_states(profile_id, set_id) == {}
    assert store.history.attempt(attempt.attempt_id).score is None
    summary = attempt.finish()  # "Submit all and finish"
    assert summary.score == pytest.approx(1 / 3) and attempt.session.finished
    info = store.history.attempt(attempt.attempt_id)
    assert info.score == pytest.approx(1 / 3) and info.finished_at is not None
    cards = store.history.card_states(profile_id, set_id)
    assert set(cards) == {"sco-newest", "turkey-member"}  # one review each, the final answer
    assert cards["turkey-member"][1] < cards["sco-newest"][1]

"""The shared rules of `quizzes.ids`: the app's wall clock and picking an id nobody uses."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from quizzes.ids import unused_id, utc_now

IDS = st.text(alphabet="abc-2", min_size=1, max_size=6)


def test_utc_now_is_the_current_time_in_utc():
    before = datetime.now(UTC)
    now = utc_now()
    after = datetime.now(UTC)
    assert now.utcoffset() is not None and now.utcoffset().total_seconds() == 0
    assert before <= now <= after


def test_a_free_id_is_kept_as_it_is():
    assert unused_id("sco", {"border", "sco-2"}) == "sco"


def test_a_taken_id_gets_the_first_free_number_from_two():
    assert unused_id("sco", {"sco"}) == "sco-2"
    assert unused_id("sco", {"sco", "sco-2", "sco-3", "sco-5"}) == "sco-4"


@given(IDS, st.sets(IDS, max_size=12))
def test_the_id_chosen_is_never_taken_and_starts_with_the_one_wanted(wanted, taken):
    chosen = unused_id(wanted, taken)
    assert chosen not in taken
    assert chosen == wanted or (wanted in taken and chosen.startswith(f"{wanted}-"))

"""Property tests: any valid results file survives a round trip; statistics stay in range."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from quizzes.classroom.results_file import (
    ResultsAttempt,
    ResultsFile,
    ResultsProfile,
    ResultsResponse,
    ResultsSet,
    dumps_results,
    loads_results,
)
from quizzes.classroom.stats import StatQuestion, discrimination_index, question_statistics

uuids = st.uuids().map(str)
names = (
    st.text(alphabet="abcАӘҚ ё-'", min_size=1, max_size=20)
    .map(lambda t: " ".join(t.split()))
    .filter(bool)
)
moments = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1), timezones=st.just(UTC)
)
fractions = st.floats(min_value=0, max_value=1, allow_nan=False)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-1000, 1000) | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


# Built once: Hypothesis checks a new strategy object on its first draw, which costs more
# than the draw itself.
profile_lists = st.lists(
    st.builds(ResultsProfile, uuids, names), min_size=1, max_size=3, unique_by=lambda p: p.id
)
set_lists = st.lists(
    st.builds(
        ResultsSet, uuids, names, st.none() | st.text("0123456789abcdef", min_size=64, max_size=64)
    ),
    min_size=1,
    max_size=2,
    unique_by=lambda s: s.id,
)
up_to_three = st.integers(0, 3)
response_scores = st.lists(fractions | st.just(1.0), max_size=3)
durations = st.floats(0, 1e5)
offsets = st.integers(0, 10_000)
modes = st.sampled_from(["practice", "exam", "review", "spaced"])
# Any extra keys, but the ones a quiz reads back (see QuizConfig) hold what it wrote.
configs = st.builds(
    lambda extra, seed: {**extra, "seed": seed},
    st.dictionaries(
        st.text(max_size=5).filter(lambda key: key not in {"mode", "count", "seed"}),
        json_values,
        max_size=3,
    ),
    st.integers(0, 2**31),
)
scores = st.none() | fractions
file_names = st.none() | names


@st.composite
def results_files(draw: st.DrawFn) -> ResultsFile:
    profiles = draw(profile_lists)
    sets = draw(set_lists)
    attempts = []
    for _ in range(draw(up_to_three)):
        started = draw(moments)
        responses = [
            ResultsResponse(
                id=draw(uuids),
                question_id=draw(uuids),
                question_external_id=draw(names),
                answer=draw(json_values),
                correct=score == 1,
                score=score,
                seconds=draw(durations),
                answered_at=started + timedelta(seconds=draw(offsets)),
                position=i,
            )
            for i, score in enumerate(draw(response_scores))
        ]
        attempts.append(
            ResultsAttempt(
                id=draw(uuids),
                profile=draw(st.sampled_from(profiles)),
                set_id=draw(st.sampled_from(sets)).id,
                mode=draw(modes),
                config=draw(configs),
                started_at=started,
                finished_at=draw(st.none() | st.just(started + timedelta(minutes=5))),
                score=draw(scores),
                responses=responses,
                elapsed_seconds=draw(durations),
            )
        )
    return ResultsFile(draw(moments), draw(file_names), profiles, sets, attempts)


@given(results_files())
def test_any_valid_results_file_reads_back_identical(results):
    assert loads_results(dumps_results(results), "f.json") == results


score_tables = st.lists(st.lists(fractions, min_size=3, max_size=3), min_size=2, max_size=12)


@given(score_tables)
def test_facility_and_discrimination_stay_in_range(table):
    questions = [StatQuestion(f"q{i}", f"q{i}", "?", "T") for i in range(3)]
    attempts = [{f"q{i}": score for i, score in enumerate(row)} for row in table]
    for stat in question_statistics(questions, attempts):
        assert 0 <= stat.facility <= 1
        assert stat.discrimination is None or -1 - 1e-9 <= stat.discrimination <= 1 + 1e-9


@given(
    st.lists(st.tuples(fractions, fractions), min_size=2, max_size=10),
    st.floats(0.1, 10),
    st.floats(-5, 5),
)
def test_discrimination_ignores_the_scale_of_the_rest_score(pairs, scale, shift):
    items = [x for x, _ in pairs]
    rest = [y for _, y in pairs]
    base = discrimination_index(items, rest)
    moved = discrimination_index(items, [scale * y + shift for y in rest])
    if base is None or moved is None:
        return
    assert math.isclose(base, moved, rel_tol=1e-6, abs_tol=1e-6)

"""One `format_number` for two places: what students read (grouped, at most six decimals) and
what the question editor puts in a field to change (plain, every decimal kept)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzes.numbers import format_number


@pytest.mark.parametrize(
    ("value", "shown", "editable"),
    [
        (7000, "7,000", "7000"),
        (7000.0, "7,000", "7000"),
        (-5, "-5", "-5"),
        (0, "0", "0"),
        (41.5, "41.5", "41.5"),
        (1234567.25, "1,234,567.25", "1234567.25"),
        (0.1234567, "0.123457", "0.1234567"),
    ],
)
def test_students_see_grouped_digits_and_the_editor_plain_ones(value, shown, editable):
    assert format_number(value) == shown
    assert format_number(value, editable=True) == editable


@given(st.floats(allow_nan=False, allow_infinity=False) | st.integers(-(10**12), 10**12))
def test_an_editable_number_reads_back_as_exactly_the_same_value(value):
    text = format_number(value, editable=True)
    assert "," not in text
    assert float(text) == value

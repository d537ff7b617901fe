"""Numbers as students type them: grouping spaces and commas, decimal commas, units, garbage."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzes.numbers import format_number, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7000", 7000.0),
        ("7,000", 7000.0),
        ("7 000", 7000.0),
        ("7\u00a0000", 7000.0),  # no-break space, as pasted from articles
        ("7\u2009000", 7000.0),  # thin space
        ("7\u202f000", 7000.0),  # narrow no-break space
        ("7 000 km", 7000.0),
        ("7000km", 7000.0),
        ("  7000  ", 7000.0),
        ("1,234,567", 1234567.0),
        ("7 000 000", 7000000.0),
        ("1,5", 1.5),
        ("3,25", 3.25),
        ("41.5", 41.5),
        ("-3.5", -3.5),
        ("\u22123,5", -3.5),  # the typographic minus sign
        ("+2", 2.0),
        (".5", 0.5),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("7,000.25 km", 7000.25),
        ("7 000,5", 7000.5),
        ("1.000.000", 1000000.0),
        ("45%", 45.0),
        ("0", 0.0),
    ],
)
def test_parses_what_students_type(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "km",
        "70 00",  # a space that does not separate thousands is a typo, not 7000
        "1234 567",
        "12,34,567",
        "1.00.0",
        "7e3",
        "5-6",
        "1/2",
        "7 km 5",
        "--3",
        "nan",
        "inf",
    ],
)
def test_garbage_is_not_a_number(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (7000, "7,000"),
        (7000.0, "7,000"),
        (41.5, "41.5"),
        (1234.5, "1,234.5"),
        (-2500, "-2,500"),
        (-0.0, "0"),
        (0.1 + 0.2, "0.3"),
        (1_000_000, "1,000,000"),
    ],
)
def test_formats_for_reading(value, expected):
    assert format_number(value) == expected


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_formatted_integers_parse_back(value):
    assert parse_number(format_number(value)) == value


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False).map(lambda v: round(v, 3)))
def test_formatted_decimals_parse_back(value):
    parsed = parse_number(format_number(value))
    assert parsed is not None
    assert math.isclose(parsed, value, abs_tol=1e-6)


def test_a_leading_zero_makes_the_comma_a_decimal_comma():
    assert parse_number("0,500") == 0.5
    assert parse_number("1,500") == 1500

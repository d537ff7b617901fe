"""A year said relative to the day of writing is named when the article is dated."""

from __future__ import annotations

from datetime import date

import pytest

from quizzes.generate.relative_year import dated, dates_itself_relatively

PUBLISHED = date(2022, 12, 22)


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("Trade is expected to reach $5 billion by the end of this year.",
         "Trade is expected to reach $5 billion by the end of 2022."),
        ("Last year, inflation was 8.8 percent.", "In 2021, inflation was 8.8 percent."),
        ("Inflation fell to 8 percent last year.", "Inflation fell to 8 percent in 2021."),
        ("Last year's harvest was the largest.", "The 2021 harvest was the largest."),
        ("Exports will double next year.", "Exports will double in 2023."),
        ("Exports rose earlier this year.", "Exports rose earlier in 2022."),
        ("Exports rose by 5% in May.", "Exports rose by 5% in May."),
    ],
)  # fmt: skip
def test_a_relative_year_is_named_from_the_date_of_publishing(said, named):
    assert dated(said, PUBLISHED) == named


def test_a_relative_year_in_an_undated_article_cannot_be_named():
    assert dated("Trade will reach $5 billion this year.", None) is None
    assert dated("Trade reached $5 billion in 2021.", None) == "Trade reached $5 billion in 2021."


def test_a_year_only_compared_with_dates_nothing():
    assert dates_itself_relatively("Exports will reach $5 billion this year.")
    assert not dates_itself_relatively(
        "Exports reached $5 billion, $1 billion more than last year."
    )
    assert not dates_itself_relatively("Exports reached $5 billion in 2021.")
    assert dated("Exports were $1 billion more than last year.", PUBLISHED) == (
        "Exports were $1 billion more than in 2021."
    )


def test_a_month_before_a_relative_year_takes_the_year_without_in():
    assert dated("Mirziyoyev came to power in September last year.", PUBLISHED) == (
        "Mirziyoyev came to power in September 2021."
    )
    assert dated("The plant opens in March next year.", PUBLISHED) == (
        "The plant opens in March 2023."
    )


def test_the_previous_year_is_the_year_before_the_one_the_text_names_before_it():
    assert (
        dated(
            "Nearly 9 million tourists came last year, twice as many as the previous year.",
            PUBLISHED,
        )
        == "Nearly 9 million tourists came in 2021, twice as many as in 2020."
    )
    assert dated("Exports rose in 2019, up 5% on the previous year.", PUBLISHED) == (
        "Exports rose in 2019, up 5% on 2018."
    )
    assert dated("Exports were 5% higher than the previous year.", PUBLISHED) == (
        "Exports were 5% higher than the previous year."
    )


def test_the_same_period_last_year_is_a_year_compared_with():
    assert not dates_itself_relatively(
        "In the first half of 2023, trade grew to $8 billion, 8% more than the same period "
        "last year."
    )

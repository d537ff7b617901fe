"""A year said relative to the day of writing ("this year", "last year's harvest"), named
("2022", "the 2021 harvest") when the article says when it was published.

"$5 billion by the end of this year" means nothing in a quiz handed out later; "by the end of
2022" says what the article says. An article that does not date itself cannot be asked so.
"""

from __future__ import annotations

import re
from datetime import date

RELATIVE_YEAR = re.compile(
    r"\b(?P<which>this|last|next|the current|the previous|the past) year(?P<owner>['’]s)?\b",
    re.IGNORECASE,
)
_OFFSETS = {"this": 0, "the current": 0, "last": -1, "the previous": -1, "the past": -1, "next": 1}
# After these a year stands alone ("by the end of 2022", "since 2021"); elsewhere it takes "in".
_PREPOSITIONS = frozenset({"of", "by", "for", "until", "till", "since", "during", "from", "to",
                           "through", "throughout", "in", "into", "before", "after", "on", "over",
                           "against"})  # fmt: skip


MONTHS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August",
                     "September", "October", "November", "December"})  # fmt: skip


# "1 billion cubic metres more than last year", "up 5% compared with last year": a year the
# text compares with, not the one it is about.
_COMPARED_WITH = re.compile(
    # "8% more than the same period last year"
    r"\b(?:than|compared (?:to|with)|over)\s+"
    r"(?:(?:in |during )?the same (?:period|time|months?|quarter) (?:of )?)?$",
    re.IGNORECASE,
)


def dates_itself_relatively(text: str) -> bool:
    """Whether the text says when it is about by "this year", "last year" or "next year" (a
    year it only compares with dates nothing)."""
    return own_relative_year(text) is not None


def own_relative_year(text: str) -> re.Match[str] | None:
    """The first relative year that says when the text is about, not one it compares with
    ("8% more than the same period last year")."""
    return next(
        (
            p
            for p in RELATIVE_YEAR.finditer(text)
            if _COMPARED_WITH.search(text, 0, p.start()) is None
        ),
        None,
    )


def year_meant(phrase: re.Match[str], published: date) -> int:
    """The year "this year", "last year" or "next year" meant on the day of publishing."""
    return published.year + _OFFSETS[phrase["which"].lower()]


def dated(text: str, published: date | None) -> str | None:
    """The text with every relative year named, or None when it has one and the article's date
    is unknown. "Last year, inflation was 8.8%" → "In 2023, inflation was 8.8%"; "last year's
    harvest" → "the 2023 harvest"; "by the end of this year" → "by the end of 2024"."""
    if RELATIVE_YEAR.search(text) is None:
        return text
    if published is None:
        return None
    return RELATIVE_YEAR.sub(lambda phrase: _named(phrase, published), text)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _year_before(phrase: re.Match[str], published: date) -> int | None:
    """The year the text names last before `phrase`, by number or as "last year" ("visited
    Kazakhstan last year, twice as many as the previous year": the year before that one)."""
    before = phrase.string[: phrase.start()]
    candidates = [(m.end(), int(m.group())) for m in _YEAR.finditer(before)]
    candidates += [(m.end(), year_meant(m, published)) for m in RELATIVE_YEAR.finditer(before)]
    return max(candidates)[1] if candidates else None


def _named(phrase: re.Match[str], published: date) -> str:
    year = year_meant(phrase, published)
    if phrase["which"].lower() == "the previous":
        named_before = _year_before(phrase, published)
        if named_before is None:
            return phrase.group()  # "more than the previous year": the year the text is about
        year = named_before - 1
    before = phrase.string[: phrase.start()].split()
    if phrase["owner"]:
        named = f"the {year}"
    elif before and (before[-1].lower() in _PREPOSITIONS or before[-1] in MONTHS):
        named = str(year)  # "by the end of 2022", "in September 2021"
    else:
        named = f"in {year}"
    starts_sentence = not before or before[-1].endswith((".", "!", "?", ":"))
    return named[:1].upper() + named[1:] if starts_sentence else named

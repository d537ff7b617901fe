"""Reading numbers the way students type them, and writing them back the way people read them.

`parse_number` accepts "7000", "7,000", "7 000" (any space, including no-break and thin spaces),
"7.5", "7,5", "−3.5", "+2" and a trailing unit ("7 000 km", "45%"). The comma rule: a comma
followed by groups of exactly three digits is a thousands separator ("7,000", "1,234,567"),
otherwise it is a decimal comma ("1,5", "3,25"). When both a comma and a point appear, the last
one is the decimal mark ("1.234,5" and "1,234.5" are both 1234.5). Anything else is garbage and
gives None, so a typo is never silently read as a different number.
"""

from __future__ import annotations

import math
import re

# Spaces people (and keyboards, and copy-paste from articles) put between digit groups.
_GROUP_SPACES = "\u0020\u00a0\u2007\u2009\u202f"
_MINUS_SIGNS = "-\u2212\u2012\u2013"

# sign, then digits possibly grouped by spaces/commas/points, then an optional unit of non-digits.
# Possessive quantifiers (`*+`, `?+`): no part ever gives back what it took, so a failing match
# is linear; the greedy version backtracked through every split of the spaces (cubic).
_NUMBER_WITH_UNIT = re.compile(
    r"""^\s*+
    (?P<sign>[+\-\u2212\u2012\u2013])?+\s*+
    (?P<number>\d[\d.,\u0020\u00a0\u2007\u2009\u202f]*+|[.,]\d++)
    \s*+(?P<unit>[^\d\s.,+\-][^\d]*+)?+
    \s*+$""",
    re.VERBOSE,
)
# "7,000" groups thousands; "0,500" does not (nobody writes a leading zero before a group).
_THREE_DIGIT_GROUPS = re.compile(r"^(?:[1-9]\d{0,2}|-[1-9]\d{0,2})(?:,\d{3})+$")


def parse_number(text: str) -> float | None:
    """The number in `text`, or None when it is empty or not a number a person would write."""
    match = _NUMBER_WITH_UNIT.match(text)
    if match is None:
        return None
    digits = _normalise_separators(match.group("number"))
    if digits is None:
        return None
    try:
        value = float(digits)
    except ValueError:
        return None
    if not math.isfinite(value):
        return None
    sign = match.group("sign")
    return -value if sign is not None and sign in _MINUS_SIGNS else value


def _normalise_separators(raw: str) -> str | None:
    """`raw` (digits with spaces, commas, points) as a plain "1234.5" string, or None."""
    raw = raw.rstrip(_GROUP_SPACES)
    if any(space in raw for space in _GROUP_SPACES):
        joined = _join_space_groups(raw)
        if joined is None:
            return None
        raw = joined
    if "," in raw and "." in raw:
        decimal_mark = "," if raw.rfind(",") > raw.rfind(".") else "."
        thousands_mark = "." if decimal_mark == "," else ","
        whole, _, fraction = raw.rpartition(decimal_mark)
        if not _valid_groups(whole, thousands_mark) or not fraction.isdigit():
            return None
        return whole.replace(thousands_mark, "") + "." + fraction
    if "," in raw:
        if _THREE_DIGIT_GROUPS.match(raw):
            return raw.replace(",", "")
        if raw.count(",") > 1:
            return None
        return raw.replace(",", ".")
    if raw.count(".") > 1:
        # "1.000.000": points as thousands separators (only valid in three-digit groups).
        return raw.replace(".", "") if _valid_groups(raw, ".") else None
    return raw


def _join_space_groups(raw: str) -> str | None:
    """Remove spaces between digit groups; every group after the first must have three digits."""
    groups = re.split(f"[{_GROUP_SPACES}]+", raw)
    leading, rest = groups[0], groups[1:]
    if not re.fullmatch(r"\d{1,3}", leading):
        return None
    # The last group may carry a decimal part ("7 000,5", "7 000.25").
    for index, group in enumerate(rest):
        is_last = index == len(rest) - 1
        if not (
            re.fullmatch(r"\d{3}", group) or (is_last and re.fullmatch(r"\d{3}[.,]\d+", group))
        ):
            return None
    joined = "".join(groups)
    # Once the spaces are the thousands separators, a comma can only be a decimal comma.
    return joined.replace(",", ".")


def _valid_groups(whole: str, mark: str) -> bool:
    parts = whole.split(mark)
    if not parts[0].isdigit() or (len(parts[0]) > 3 and len(parts) > 1):
        return False
    return all(len(part) == 3 and part.isdigit() for part in parts[1:])


def format_number(value: float, *, editable: bool = False) -> str:
    """`value` for display: thousands with commas, no trailing zeros ("7,000", "41.5", "-0.25").

    `editable`: as the question editor fills a field the teacher may change, plain digits with
    every decimal the value has ("7000", "0.1234567"), so saving it untouched keeps it exactly.
    """
    if editable:
        return str(int(value)) if float(value).is_integer() else repr(value)
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e15:
        text = f"{int(value):,}"
    else:
        text = f"{value:,.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text

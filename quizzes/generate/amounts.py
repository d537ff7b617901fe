"""Reading an amount named in an article: "$41 billion", "7,000 km", "nearly 7 million", "12,5%".

The parser sees the text of one MONEY, QUANTITY, PERCENT or CARDINAL entity (a few words), so
its patterns are short and linear. The value keeps the article's scale word ("41" with
"billion US dollars"), which is how a student would answer. The qualifier ("more than",
"nearly") is kept so a question never claims more precision than the article does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizzes.numbers import parse_number

SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SCALE_ABBREVIATIONS = {"bn": "billion", "bln": "billion", "mn": "million", "mln": "million",
                        "m": "million", "tn": "trillion", "trln": "trillion",
                        "k": "thousand"}  # fmt: skip
CURRENCIES = {"$": "US dollars", "US$": "US dollars", "€": "euros", "£": "pounds", "¥": "yuan",
              "₽": "roubles", "₸": "tenge", "USD": "US dollars", "EUR": "euros"}  # fmt: skip
_CURRENCY_WORDS = {"dollars": "US dollars", "dollar": "US dollars", "euros": "euros",
                   "euro": "euros", "rubles": "roubles", "roubles": "roubles", "yuan": "yuan",
                   "tenge": "tenge", "soms": "soms", "som": "soms", "manat": "manat",
                   "pounds": "pounds"}  # fmt: skip
QUALIFIERS = ("more than", "over", "nearly", "almost", "about", "around", "some", "at least",
              "roughly", "less than", "under", "up to", "approximately", "close to", "exceeding",
              "above", "below", "just over", "just under", "an estimated", "estimated")  # fmt: skip
# Words before a figure that say nothing of its size: "a total of $5 million", "another 300".
_LEAD_INS = ("a total of", "an additional", "a further", "another", "an extra", "a record")
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
                 "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
                 "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                 "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
                 "a hundred": 100, "hundreds": 100, "dozen": 12, "a dozen": 12}  # fmt: skip
_TENS_AND_UNITS = re.compile(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
                             r"(one|two|three|four|five|six|seven|eight|nine)")  # fmt: skip
# A British decimal point is a middle dot: "US$4·7bn" is 4.7 billion.
# "7 600" groups thousands with a space (as "7,600" does with a comma); digits otherwise.
_NUMBER = re.compile(r"\d{1,3}(?: \d{3})+(?![\d,.])|\d(?:[\d,.\u00a0\u202f]|·(?=\d))*")
_MIDDLE_DOT = "·"
# A point before three noughts groups thousands, as in much of Europe: nobody writes 6.000 for 6.
_POINT_GROUPS_THOUSANDS = re.compile(r"[1-9]\d{0,2}\.000")
MAX_VALUE = 1e15


@dataclass(frozen=True)
class Amount:
    value: float  # in the article's own scale: 41 for "$41 billion"
    unit: str | None  # "billion US dollars", "km", "%", "people"
    qualifier: str  # "", "more than", "nearly", ...
    number_text: str  # the digits as written: "41", "7,000"
    text: str  # the whole amount as written

    @property
    def is_exact(self) -> bool:
        return not self.qualifier


def read_amount(text: str, label: str, following: str = "") -> Amount | None:
    """The amount in an entity's text; `following` is the word after it (a unit noun)."""
    flat = " ".join(text.replace("\u00a0", " ").split())
    lower = flat.lower()
    lead_in = next((w for w in _LEAD_INS if lower.startswith(w + " ")), "")
    flat, lower = flat[len(lead_in) :].lstrip(), lower[len(lead_in) :].lstrip()
    qualifier = next((q for q in sorted(QUALIFIERS, key=len, reverse=True)
                      if lower.startswith(q + " ")), "")  # fmt: skip
    rest = flat[len(qualifier) :].strip()
    currency = _currency_prefix(rest)
    if currency:
        rest = rest[len(currency[0]) :].strip()
    match = _NUMBER.search(rest)
    if match is None or match.start() > 0:
        return None
    number_text = match.group().rstrip(".,")
    if _POINT_GROUPS_THOUSANDS.fullmatch(number_text):
        digits = number_text.replace(".", "")  # "Some 6.000 athletes": six thousand
    else:
        digits = number_text.replace(_MIDDLE_DOT, ".")
    value = parse_number(digits)
    if value is None or not 0 < value < MAX_VALUE:
        return None
    tail = rest[len(number_text) :]
    words = tail.replace("-", " ").split()
    scale = ""
    if words and words[0].lower() in (*SCALES, *_SCALE_ABBREVIATIONS):
        word = words.pop(0).lower()
        scale = _SCALE_ABBREVIATIONS.get(word, word)
    elif not words and len(following) > 1 and following.lower() in (*SCALES, *_SCALE_ABBREVIATIONS):
        scale = _SCALE_ABBREVIATIONS.get(following.lower(), following.lower())  # "$4.5" "bln"
        following = ""
    unit = _unit(words, label, currency[1] if currency else None, following)
    full_unit = " ".join(part for part in (scale, unit) if part) or None
    if full_unit == "%":
        full_unit = "%"
    return Amount(value, full_unit, qualifier, number_text, flat)


def _currency_prefix(text: str) -> tuple[str, str] | None:
    for symbol in sorted(CURRENCIES, key=len, reverse=True):
        if text.startswith(symbol):
            return symbol, CURRENCIES[symbol]
    return None


def _unit(words: list[str], label: str, currency: str | None, following: str) -> str | None:
    if currency:
        return currency
    joined = " ".join(words).strip(" -")
    if joined.startswith(("%", "percent", "per cent")) or (
        label == "PERCENT" and re.search(r"%|\bper\s?cent\b", joined)  # "30 to 40 percent"
    ):
        return "%"
    if label == "PERCENT" and not joined:  # no sign or word of one: "Around 17,500 Uzbeks"
        return _unit_of_a_bare_percent(following)
    if joined:
        lowered = joined.lower()
        if lowered in _CURRENCY_WORDS:
            return _CURRENCY_WORDS[lowered]
        return lowered
    if following and following.replace(" ", "").isalpha() and following.islower():
        return following  # "people", "cubic meters"
    return None


def _unit_of_a_bare_percent(following: str) -> str | None:
    """What a number the model calls a percentage counts, when nothing in its words says
    "percent": the first of a range ("30 to 40 percent") is one; before a plain noun it counts
    that noun; before a name ("17,500 Uzbeks"), nothing the question can state."""
    if following in _RANGE_WORDS or not following:
        return "%"
    if following.isalpha() and following.islower():
        return following
    return None


_RANGE_WORDS = frozenset({"to", "and", "or", "-", "–", "—"})


def word_number(text: str) -> float | None:
    """ "two" → 2; "ten" → 10; "thirty-two" → 32; digits as `parse_number` reads them."""
    lowered = text.lower().strip()
    if lowered in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[lowered])
    if compound := _TENS_AND_UNITS.fullmatch(lowered):  # "thirty-two"
        return float(_WORD_NUMBERS[compound.group(1)] + _WORD_NUMBERS[compound.group(2)])
    return parse_number(lowered)


def same_unit(one: str | None, other: str | None) -> bool:
    """Whether two units are one, however written: "bcm" is "billion cubic metres" (its
    initials), and "billion cubic meters" too."""
    if one == other:
        return True
    if not one or not other:
        return False
    return _initials(one) == _initials(other)


def _initials(unit: str) -> str:
    words = unit.casefold().split()
    return "".join(word[0] for word in words) if len(words) > 1 else words[0] if words else ""

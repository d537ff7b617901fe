"""People's names across transliterations: "Berdymukhamedov" and "Berdimuhamedow" are one
surname, "Serdar Berdymukhammedov" and "Serdar Berdimuhamedov" one man."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

# Spellings of one surname across transliterations: "Berdymukhamedov" / "Berdimuhamedow",
# "Mirziyoyev" / "Mirziyoev".
_TRANSLITERATIONS = (("kh", "h"), ("w", "v"), ("y", "i"), ("j", "zh"), ("ou", "u"))
SAME_SURNAME_SIMILARITY = 0.85


@lru_cache(maxsize=4096)
def surname_key(name: str) -> str:
    """The last word of a person's name, lower case, in one transliteration."""
    words = name.split()
    return _word_key(words[-1]) if words else ""


def _word_key(word: str) -> str:
    key = re.sub(r"[^a-z]", "", word.casefold())
    for spelling, common in _TRANSLITERATIONS:
        key = key.replace(spelling, common)
    return re.sub(r"(.)\1", r"\1", key)


MIN_SKELETON = 6


def _consonants(key: str) -> str:
    return re.sub(r"[aeiouy]", "", key)


def same_surname(one: str, other: str) -> bool:
    """Whether two names share a surname, however transliterated ("Zilaliev" and "Duishenbek
    Zilaliev" are one man; "Berdimuhamedow" beside "Berdymukhamedov" is no wrong answer)."""
    return _same_key(surname_key(one), surname_key(other))


def _same_key(a: str, b: str) -> bool:
    if not (a and b) or a[0] != b[0]:
        return False
    if len(a) >= MIN_SKELETON and _consonants(a) == _consonants(b):
        return True  # "Mirziyaev", "Mirziyoyev": the vowels are the transliteration's
    matcher = SequenceMatcher(None, a, b)
    return (
        matcher.real_quick_ratio() >= SAME_SURNAME_SIMILARITY
        and matcher.ratio() >= SAME_SURNAME_SIMILARITY
    )


def same_person(one: str, other: str) -> bool:
    """Whether two full names are one person's: the same given name and surname, however
    transliterated ("Serdar Berdymukhammedov", "Serdar Berdimuhamedov"); a surname alone
    says nothing of which of a family it is."""
    first, second = one.split(), other.split()
    if len(first) < 2 or len(second) < 2:
        return False
    return _same_key(_word_key(first[0]), _word_key(second[0])) and same_surname(one, other)

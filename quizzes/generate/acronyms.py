"""What an acronym is and which name it spells ("Regional Antiterrorist Structure" → RATS), and
the acronyms an article defines in brackets, so a stem can spell out "the MPRP"."""

from __future__ import annotations

import re
from functools import lru_cache

MAX_WORDS = 10  # words of a full name
MINOR_WORDS = frozenset({"of", "and", "for", "the", "on", "in", "to", "at", "&", "de", "la"})


def is_acronym(text: str) -> bool:
    """ "SCO", "EAEU", "G20", "C5+1": two to eight characters, capital letters (one small letter
    is allowed among four or more letters, so "May" and "Ms" are not acronyms)."""
    letters = [c for c in text if c.isalpha()]
    if not 2 <= len(text) <= 8 or not letters or " " in text or not text[0].isupper():
        return False
    small = sum(c.islower() for c in letters)
    return small == 0 or (small == 1 and len(letters) >= 4)


def spells(acronym: str, words: list[str]) -> bool:
    """The acronym's letters follow the name: each major word gives its initial (and may give
    further letters from inside it: "Antiterrorist" → AT), minor words may give one or none."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    names = [w.lower() for w in words if w]
    if not letters or not names or len(names) > MAX_WORDS:
        return False
    minor = tuple(w in MINOR_WORDS for w in names)
    return _spells(tuple(letters), tuple(names), minor)


@lru_cache(maxsize=4096)
def _spells(letters: tuple[str, ...], words: tuple[str, ...], minor: tuple[bool, ...]) -> bool:
    if not words:
        return not letters
    word, rest, rest_minor = words[0], words[1:], minor[1:]
    if minor[0] and _spells(letters, rest, rest_minor):
        return True
    if not letters or letters[0] != word[0]:
        return False
    # The word gives its initial, then perhaps more of its letters in order.
    for taken in range(1, len(letters) + 1):
        if taken > 1 and not _subsequence(letters[1:taken], word[1:]):
            break
        if _spells(letters[taken:], rest, rest_minor):
            return True
    return False


def _subsequence(needle: tuple[str, ...], haystack: str) -> bool:
    position = 0
    for char in needle:
        position = haystack.find(char, position) + 1
        if position == 0:
            return False
    return True


def defined_acronyms(text: str) -> dict[str, str]:
    """ "the Mongolian People's Revolutionary Party (MPRP)" → {"MPRP": "Mongolian People's
    Revolutionary Party"}: each acronym the text defines once, after a name it spells."""
    found: dict[str, set[str]] = {}
    for match in _DEFINED.finditer(text):
        acronym = match.group(2)
        words = match.group(1).split()
        for start in range(len(words)):  # the shortest run of words before the bracket
            name = words[-(start + 1) :]
            if name[0].lower() in MINOR_WORDS:
                continue
            if spells(acronym, [w.rstrip("’'s") if w.endswith(("’s", "'s")) else w
                                for w in name]):  # fmt: skip
                found.setdefault(acronym, set()).add(" ".join(name))
                break
    return {acronym: next(iter(names)) for acronym, names in found.items() if len(names) == 1}


_NAME_WORD = r"(?:[A-Z][\w’'-]*|of|and|for|the|on|in|to|at|&|de|la)"
_DEFINED = re.compile(rf"((?:{_NAME_WORD} ){{1,{MAX_WORDS}}})\(([A-Z][A-Z&]{{1,7}})\)")

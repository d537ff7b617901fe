"""Stems that give their answer away, repaired where a cut is enough.

"The CSTO consists of _____ states: Russia, Belarus, Kazakhstan, Kyrgyzstan, Armenia and
Tajikistan" lets a student count the answer; the stem ends before the list instead.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizzes.generate.questions import BLANK, Candidate

_ITEM_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_LONGEST_ITEM = 5  # words: "the United Arab Emirates"
_LONGEST_COUNT = 20


def without_counted_list(candidate: Candidate) -> Candidate:
    """The candidate, its stem cut before a list of as many names as its figure answer: after a
    colon ("_____ states: Russia, Belarus ...") or in brackets ("the _____ founders
    (Kazakhstan, Russia and Belarus)"). Any other candidate is returned as it is."""
    count = _small_count(candidate.answer)
    if count is None or BLANK not in candidate.prompt:
        return candidate
    before, after = candidate.prompt.split(BLANK, 1)
    colon, opening = after.find(":"), after.find("(")
    if colon >= 0 and (opening < 0 or colon < opening):
        listed, kept = after[colon + 1 :], after[:colon].rstrip() + "."
    elif opening >= 0 and (closing := after.find(")", opening)) >= 0:
        listed, kept = after[opening + 1 : closing], after[:opening].rstrip() + after[closing + 1 :]
    else:
        return candidate
    if _names_listed(listed) != count:
        return candidate
    return replace(candidate, prompt=before + BLANK + kept)


def _small_count(answer: object) -> int | None:
    text = str(answer)
    if not text.isdigit():
        return None
    value = int(text)
    return value if 2 <= value <= _LONGEST_COUNT else None


def _names_listed(text: str) -> int:
    """How many names `text` lists ("Russia, Belarus and Armenia." is 3); 0 unless every item
    is a short capitalised name."""
    items = [i.strip() for i in _ITEM_SEPARATOR.split(text.strip().rstrip(".").strip())]
    named = all(
        item
        and (item[0].isupper() or item.startswith("the "))
        and len(item.split()) <= _LONGEST_ITEM
        for item in items
    )
    return len(items) if named else 0

"""Finding a name or phrase only as whole words ("Iran" not inside "Iranian")."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=8192)
def whole_words(phrase: str) -> re.Pattern[str]:
    """`phrase`, compiled once, matching only where no letter or digit touches it. (Country
    and organisation names are tried against every sentence: compiling them on each call cost
    more than reading the article.)"""
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")

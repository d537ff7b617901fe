"""The kinds of fact the generator knows, one module each, found automatically.

A pattern module defines its typed fact (a `Fact` subclass), `KIND`, `find(sentence, doc)`
(the facts of that kind stated by one parsed sentence) and `questions(fact, ask)` (the
questions one fact can make); optionally `combined(facts, ask)` for questions across several
facts of its kind (a matching or ordering question), and `LAST_RESORT = True` for a kind
reviewers seldom pass, asked only where the article gives nothing else. Adding a kind of fact
means adding a module here; nothing else names them.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from types import ModuleType
from typing import Protocol, cast

from quizzes.generate.ask import Ask
from quizzes.generate.distractors import (
    NameForms,
    as_the_stem_describes,
    known_without_the_article,
    no_power_s_head,
    of_the_answers_sex,
    of_the_answers_standing,
    one_of_several,
    said_of_another,
    several_trips,
    sound_options,
    spelled_as_the_article,
    with_other_names,
)
from quizzes.generate.document import ArticleDoc, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.giveaway import (
    a_bygone_state_after_former,
    clear_of_the_others,
    computed_from_the_stem,
    counted_in_the_stem,
    crediting_the_headline,
    given_by_a_national_firm,
    given_by_a_place_name,
    named_by_its_own_word,
    one_by_its_noun,
    without_counted_list,
)
from quizzes.generate.questions import Candidate
from quizzes.generate.slips import names_written_in_full


class Pattern(Protocol):
    KIND: str

    def find(self, sentence: Sentence, doc: ArticleDoc) -> Iterable[Fact]: ...

    def questions(self, fact: Fact, ask: Ask) -> Iterable[Candidate | None]: ...


def _discover() -> list[Pattern]:
    modules: list[ModuleType] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not info.name.startswith("_"):
            modules.append(importlib.import_module(f"{__name__}.{info.name}"))
    return [cast(Pattern, m) for m in modules if hasattr(m, "KIND") and hasattr(m, "find")]


PATTERNS: list[Pattern] = _discover()


def pattern_of(fact: Fact) -> Pattern:
    for pattern in PATTERNS:
        if fact.kind == pattern.KIND:
            return pattern
    raise KeyError(fact.kind)


def candidates_from_facts(facts: list[Fact], ask: Ask) -> Iterator[Candidate]:
    """Every question every fact can make, then the questions across facts of one kind; each
    without an option its stem rules out (another form of a name it gives, a man beside "his
    wife _____", one the article names beside "including _____", a power's head for another
    country's office), its people's names spelt as the article spells them, a short answer
    accepting every name the data gives its answer, its places only such as the stem says its
    answer's is ("landlocked"); none whose stem names
    its answer, nor one a student answers without the article ("China's President _____") or
    with several right answers the article gives (where someone went, beside other trips), nor a
    figure the stem's other figures add up to (or a 1 its noun's singular gives), nor a country
    a place's own name in the stem gives, nor an organisation a word of its own name in the stem
    gives, nor a bygone state after "the former"; a stem that lists what its figure counts ends
    before the list, and a figure's tolerance never credits another figure the article gives."""
    forms = NameForms(ask.knowledge)
    text = ask.doc.text
    checks: tuple[Callable[[Candidate], Candidate | None], ...] = (
        lambda c: None if known_without_the_article(c, forms) else c,
        lambda c: None if several_trips(c, ask.doc, forms) else c,
        lambda c: (
            None
            if computed_from_the_stem(c)
            or counted_in_the_stem(c)
            or one_by_its_noun(c)
            or given_by_a_place_name(c, forms)
            or given_by_a_national_firm(c, forms)
            else c
        ),
        lambda c: None if named_by_its_own_word(c, forms) else c,
        lambda c: None if a_bygone_state_after_former(c, forms) else c,
        lambda c: sound_options(c, forms, ask.doc),
        lambda c: as_the_stem_describes(c, forms, ask.doc),
        lambda c: of_the_answers_sex(c, text),
        lambda c: one_of_several(c, text),
        lambda c: of_the_answers_standing(c, ask.doc, forms),
        lambda c: said_of_another(c, ask.doc, forms),
        lambda c: no_power_s_head(c, forms),
        lambda c: spelled_as_the_article(c, forms, text),
        lambda c: names_written_in_full(c, ask.doc),
        lambda c: with_other_names(c, forms),
        without_counted_list,
        lambda c: clear_of_the_others(c, text),
        lambda c: crediting_the_headline(c, ask.doc.title),
    )
    for candidate in _proposed(facts, ask):
        sound: Candidate | None = candidate
        for check in checks:
            sound = check(sound) if sound is not None else None
        if sound is not None:
            yield sound


def _proposed(facts: list[Fact], ask: Ask) -> Iterator[Candidate]:
    for fact in facts:
        pattern = pattern_of(fact)
        last_resort = getattr(pattern, "LAST_RESORT", False)
        for candidate in pattern.questions(fact, ask):
            if candidate is not None:
                yield replace(candidate, last_resort=True) if last_resort else candidate
    for pattern in PATTERNS:
        combined = getattr(pattern, "combined", None)
        if combined is not None:
            mine = [f for f in facts if f.kind == pattern.KIND]
            for candidate in combined(mine, ask):
                if candidate is not None:
                    yield candidate

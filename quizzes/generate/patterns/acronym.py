"""Acronyms the article defines: "the Shanghai Cooperation Organisation (SCO)" or "the SCO
(Shanghai Cooperation Organisation)".

Known organisations are recognised by the entity ruler (both names carry the same entity id, so
"Collective Security Organisation (CSTO)" counts even though its letters do not spell the
acronym). Other bodies count when a run of capitalised words stands next to a parenthesised
capital-letter acronym whose letters follow the words' initials ("Regional Antiterrorist
Structure (RATS)"). The fact keeps the acronym and the full name as the article writes them.

A lone "what does X stand for?" is a weak question, so the best ones are made across facts: a
matching question acronym ↔ full name when the article defines three or more (two are padded
with organisations the article names by acronym alone), and a choice of full names. A name the
article stops to explain ("TAPI stands for Turkmenistan-Afghanistan-Pakistan-India") is one of
its points, asked on its own when its words are countries: each wrong option spells the same
letters with another country.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizzes.generate.acronyms import MAX_WORDS, MINOR_WORDS, is_acronym, spells
from quizzes.generate.ask import TOPIC_ORGANISATIONS, Ask, origin
from quizzes.generate.document import ArticleDoc, Entity, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import ORG, Country, Organisation
from quizzes.generate.questions import (
    Candidate,
    Origin,
    and_list,
    matching,
    single_choice,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "acronym"

MAX_INSIDE = 8  # tokens between the brackets
NEAR_STEPS = 2  # borders between a country and one swapped in for it
MIN_MATCHING = 3
MAX_MATCHING = 5
_OPEN, _CLOSE = "(", ")"
_NOT_BODIES = ("format", "initiative", "programme", "program")


@dataclass(frozen=True)
class AcronymFact(Fact):
    acronym: str
    full_name: str  # as the article writes it
    organisation: str | None  # canonical name, when the knowledge data knows it
    explained: bool = False  # "X stands for ...": the article stops to say it

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.acronym, self.full_name.casefold())

    def topic_value(self) -> tuple[tuple[object, ...], object] | None:
        return ("meaning of", self.acronym), self.organisation or self.full_name.casefold()

    def describe(self) -> str:
        known = f" = {self.organisation}" if self.organisation else ""
        return f"{self.acronym} stands for {self.full_name}{known}"


# ---------------------------------------------------------------------------------------------
# Finding


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[AcronymFact]:
    tokens = list(sentence.span)
    for position, token in enumerate(tokens):
        if token.text != _OPEN or position == 0:
            continue
        close = _closing(tokens, position)
        if close is None:
            continue
        inside = tokens[position + 1 : close]
        before = tokens[position - 1]
        fact = _known(before, inside, sentence, doc) or _unknown(tokens, position, inside)
        if fact is not None:
            acronym, full_name, organisation = fact
            yield AcronymFact(sentence.evidence, sentence.index, sentence.from_caption,
                              acronym, full_name, organisation)  # fmt: skip
    explained = _stands_for(sentence)
    if explained is not None:
        yield AcronymFact(sentence.evidence, sentence.index, sentence.from_caption,
                          *explained, None, explained=True)  # fmt: skip


def _stands_for(sentence: Sentence) -> tuple[str, str] | None:
    """ "TAPI stands for Turkmenistan-Afghanistan-Pakistan-India, ...": the acronym subject of
    "stand for" and the name after it, when the name's initials spell the acronym."""
    for verb in sentence.span:
        if verb.lemma_ != "stand" or verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [t for t in verb.children if t.dep_ == "nsubj" and is_acronym(t.text)]
        fors = [t for t in verb.children if t.dep_ == "prep" and t.lower_ == "for"]
        if not subjects or not fors:
            continue
        name = _name_after(fors[0])
        words = name.replace("-", " ").split()
        if words and all(_name_word(w) for w in words) and spells(subjects[0].text, words):
            return subjects[0].text, name
    return None


def _name_after(word: Token) -> str:
    """The capitalised words (joined by hyphens or spaces) right after `word`."""
    tokens: list[Token] = []
    for token in word.doc[word.i + 1 : word.i + 1 + 2 * MAX_WORDS]:
        if not (token.text == "-" or _name_word(token.text)):
            break
        tokens.append(token)
    return _text(tokens).strip("- ")


def _closing(tokens: list[Token], start: int) -> int | None:
    for position in range(start + 1, min(len(tokens), start + MAX_INSIDE + 2)):
        if tokens[position].text == _CLOSE:
            return position if position > start + 1 else None
        if tokens[position].text == _OPEN:
            return None
    return None


def _known(
    before: Token, inside: list[Token], sentence: Sentence, doc: ArticleDoc
) -> tuple[str, str, str | None] | None:
    """Both names are entities of one known organisation: "Collective Security Organisation
    (CSTO)", "SCO (Shanghai Cooperation Organisation)"; or one is and the letters agree."""
    outer = sentence.entity_at(before.i)
    if outer is None or outer.last_token != before.i:
        return None
    inner = sentence.entity_at(inside[0].i)
    if inner is not None and inner.last_token != inside[-1].i:
        inner = None
    outer_org = _org_of(outer, doc)
    inner_org = _org_of(inner, doc)
    inside_text = _text(inside)
    if outer_org and inner_org and outer_org.name == inner_org.name:
        if is_acronym(inside_text) and not is_acronym(outer.text):
            return inside_text, outer.text, outer_org.name
        if is_acronym(outer.text) and not is_acronym(inside_text):
            return outer.text, inside_text, outer_org.name
        return None
    # A known name with an acronym the data does not list, when the letters agree.
    if (outer_org and inner_org is None and is_acronym(inside_text) and not is_acronym(outer.text)
            and spells(inside_text, outer.text.split())):  # fmt: skip
        return inside_text, outer.text, outer_org.name
    return None


def _org_of(entity: Entity | None, doc: ArticleDoc) -> Organisation | None:
    if entity is None or entity.kind != ORG or not entity.known:
        return None
    return doc.knowledge.organisation(entity.name)


def _unknown(
    tokens: list[Token], open_at: int, inside: list[Token]
) -> tuple[str, str, str | None] | None:
    """A capitalised name beside a bracketed acronym whose letters follow its initials."""
    inside_text = _text(inside)
    if is_acronym(inside_text):
        words = _name_before(tokens, open_at)
        for start in range(len(words) - 1, -1, -1):  # the shortest name that spells it
            name = words[start:]
            if name[0].lower() in MINOR_WORDS:
                continue
            if spells(inside_text, name):
                return inside_text, " ".join(name), None
        return None
    before = tokens[open_at - 1].text
    names = [t.text for t in inside]
    if is_acronym(before) and all(_name_word(w) for w in names) and spells(before, names):
        return before, " ".join(names), None
    return None


def _name_before(tokens: list[Token], open_at: int) -> list[str]:
    """The run of capitalised words (and minor words between them) just before the bracket."""
    words: list[str] = []
    for token in reversed(tokens[max(0, open_at - MAX_WORDS) : open_at]):
        if not _name_word(token.text) or token.ent_type_ in ("GPE", "PERSON", "NORP"):
            break
        words.append(token.text)
    words.reverse()
    while words and words[0].lower() in MINOR_WORDS:
        words.pop(0)
    return words


def _name_word(word: str) -> bool:
    return (word[:1].isupper() and word.isalpha()) or word.lower() in MINOR_WORDS


def _text(tokens: list[Token]) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


# ---------------------------------------------------------------------------------------------
# Questions


def questions(fact: AcronymFact, ask: Ask) -> Iterator[Candidate | None]:
    """No question from one bracketed definition: the full name stands beside the acronym, a
    detail of the sentence, and three or more make a matching question (`combined`). A name
    the article explains ("stands for") is asked when other countries can spell it."""
    if not fact.explained:
        return
    yield single_choice(
        origin=origin(fact),
        prompt=f"According to the article, what does {fact.acronym} stand for?",
        answer=fact.full_name,
        wrong=_respelled(fact.full_name, ask),
        explanation=f"{fact.acronym} stands for {fact.full_name}.",
        topic=TOPIC_ORGANISATIONS,
    )


def _respelled(full_name: str, ask: Ask) -> list[str]:
    """ "Turkmenistan-Afghanistan-Pakistan-India" → "Tajikistan-Afghanistan-Pakistan-India",
    ...: one country swapped for the nearest other country of the same initial (a neighbour,
    or a neighbour's neighbour, never one from the other side of the world); none unless every
    part is a country."""
    countries = ask.knowledge.countries
    parts = full_name.split("-")
    if len(parts) < 2 or not all(p in countries for p in parts):
        return []
    steps = _steps_from(parts, countries)
    wrong = []
    for position, part in enumerate(parts):
        others = sorted(
            (c for c in steps if c[0] == part[0] and c not in parts), key=lambda c: (steps[c], c)
        )
        if others:
            wrong.append("-".join([*parts[:position], others[0], *parts[position + 1 :]]))
    return wrong


def _steps_from(parts: list[str], countries: Mapping[str, Country]) -> dict[str, int]:
    """Each country within `NEAR_STEPS` borders of the given ones, with how many it takes."""
    steps = dict.fromkeys(parts, 0)
    frontier = list(parts)
    for step in range(1, NEAR_STEPS + 1):
        frontier = [
            n
            for c in frontier
            for n in sorted(countries[c].neighbours)
            if n in countries and n not in steps
        ]
        steps.update((n, step) for n in frontier if n not in steps)
    return steps


def _is_body(org: Organisation) -> bool:
    return org.acronym != org.name and not any(word in org.kind for word in _NOT_BODIES)


def combined(facts: list[AcronymFact], ask: Ask) -> Iterator[Candidate | None]:
    """One matching question: each acronym with its full name."""
    chosen = _defined(facts)[:MAX_MATCHING]
    if len(chosen) < MIN_MATCHING - 1 or not chosen:
        return
    pairs = [(f.acronym, f.full_name) for f in chosen]
    padded = len(pairs) < MIN_MATCHING
    if padded:
        pairs += _padding(chosen, ask, MIN_MATCHING + 1 - len(pairs))
    if len(pairs) < MIN_MATCHING:
        return
    lead = "What" if padded else "According to the article, what"
    first = origin(chosen[0])
    yield matching(
        origin=Origin(
            first.evidence,
            first.sentence,
            first.from_caption,
            KIND,
            ("matching", *(a for a, _ in pairs)),
        ),
        prompt=f"{lead} does each abbreviation stand for?",
        pairs=pairs,
        explanation="The abbreviations stand for: "
        + and_list([f"{a} – the {n}" for a, n in pairs])
        + ".",
        topic=TOPIC_ORGANISATIONS,
        difficulty=2,
        score=0.7 if not padded else 0.55,
    )


def _defined(facts: list[AcronymFact]) -> list[AcronymFact]:
    """One definition per acronym, the body's before a caption's, in the article's order."""
    defined: dict[str, AcronymFact] = {}
    for fact in sorted(facts, key=lambda f: (f.from_caption, f.sentence)):
        defined.setdefault(fact.acronym, fact)
    return list(defined.values())


def _padding(chosen: list[AcronymFact], ask: Ask, count: int) -> list[tuple[str, str]]:
    """Organisations the article names without spelling them out, as the knowledge data
    spells them (never one the article does not name: a student would ask where it came from)."""
    used_orgs = {f.organisation for f in chosen if f.organisation}
    used_acronyms = {f.acronym for f in chosen}
    used_names = {f.full_name.casefold() for f in chosen}
    named = [e.name for e in ask.doc.entities(ORG) if e.known]
    orgs = sorted(
        (o for o in ask.knowledge.organisations.values() if _is_body(o) and o.name in named),
        key=lambda o: named.index(o.name),
    )
    pairs: list[tuple[str, str]] = []
    for org in orgs:
        if org.name in used_orgs or org.acronym in used_acronyms:
            continue
        if org.name.casefold() in used_names:
            continue
        pairs.append((org.acronym, org.name))
        if len(pairs) == count:
            break
    return pairs

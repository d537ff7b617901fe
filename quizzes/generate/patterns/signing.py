"""Where a document was signed: "Rahmon and Mirziyoyev have signed a Strategic Partnership
Agreement in Tashkent", "Uzbekistan and Turkmenistan will sign an agreement on water sharing in
Ashgabat", "a treaty was signed between Armenia and Azerbaijan in Washington".

The fact: the signers (two or more people or countries the sentence names: one signer alone in
their own capital teaches nothing; none for a named document signed in the passive: "the
Trans-Afghan protocol was signed in Islamabad"; "the agreement" there is the one agreement the
article names), the document as written, and the city or country the
signing verb (or the document itself) puts it in. A place deeper in the document's phrase ("an
agreement on a railway in Afghanistan") is what the document is about, not where it was signed,
so it is not taken. Questions: in which city (country) the signers signed the document, with
other cities (countries) as wrong options, never a place the article gives for another signing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from quizzes.generate import distractors
from quizzes.generate.ask import TOPIC_PLACES, Ask, origin
from quizzes.generate.document import ArticleDoc, Entity, Sentence, thing_noun
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import CITY, COUNTRY, PERSON
from quizzes.generate.patterns.decision import DOCUMENTS
from quizzes.generate.patterns.place import city_named_by
from quizzes.generate.questions import Candidate, and_list, single_choice

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "signing"
PAST, FUTURE = "past", "future"
_SIGN_VERBS = frozenset({"sign", "ink"})
_SIGNER_KINDS = (PERSON, COUNTRY)
_PLACE_PREPS = frozenset({"in", "at"})
# What the document's phrase keeps: its words before the noun and "on/between/for ..." after it.
_DOCUMENT_PREPS = frozenset({"on", "between", "for", "of"})
_LEFT_DEPS = frozenset({"det", "amod", "compound", "nmod", "nummod", "poss"})
MAX_DOCUMENT_WORDS = 12
_CLAUSE_DEPS = frozenset({"relcl", "acl", "appos"})


@dataclass(frozen=True)
class SigningFact(Fact):
    signers: tuple[str, ...]  # names as the knowledge data has them, in the article's order
    document: str  # "a Strategic Partnership Agreement between Tajikistan and Uzbekistan"
    place: str  # as the article writes it
    place_name: str
    place_kind: str  # city or country
    tense: str  # past or future

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.signers, self.document.casefold(), self.place_name)

    def describe(self) -> str:
        if not self.signers:
            return f"{self.document} was signed in {self.place}"
        return f"{and_list(list(self.signers))} signed {self.document} in {self.place}"


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[SigningFact]:
    for verb in sentence.span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SIGN_VERBS:
            continue
        tense = _tense(verb)
        document = _document(verb)
        if tense is None or document is None:
            continue
        signers = _signers(verb, document, sentence)
        passive = document.dep_ == "nsubjpass"
        if len(signers) < 2 and not (passive and not signers):
            continue
        places = _places(verb, document, sentence, doc, signers)
        left_out = {t.i for prep, _ in places for t in prep.subtree}
        phrase = _phrase(document, sentence, left_out)
        if phrase is None and passive:
            phrase = _named_in_the_article(document, doc)
        if phrase is None:
            continue
        for place in dict.fromkeys(entity for _, entity in places):
            yield SigningFact(sentence.evidence, sentence.index, sentence.from_caption,
                              tuple(signers), phrase, place.text, place.name, place.kind,
                              tense)  # fmt: skip


def _tense(verb: Token) -> str | None:
    """Past ("signed", "have signed", "was signed") or future ("will sign"); None otherwise
    ("are expected to sign", "signing": when is not said)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "shall") for a in auxes):
        return FUTURE
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes):
        return PAST
    return None


def _document(verb: Token) -> Token | None:
    """The document signed: the object, or the subject of a passive."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in DOCUMENTS:
            return child
    return None


def _signers(verb: Token, document: Token, sentence: Sentence) -> list[str]:
    """People or countries named as the subject, "with" whom, or "between" whom."""
    heads: list[Token] = []
    for child in verb.children:
        if child.dep_ == "nsubj":
            heads.append(child)
        elif child.dep_ == "agent" or (
            child.dep_ == "prep" and child.lower_ in ("with", "between")
        ):
            heads.extend(c for c in child.children if c.dep_ == "pobj")
    for child in document.children:
        if child.dep_ == "prep" and child.lower_ == "between" and document.dep_ == "nsubjpass":
            heads.extend(c for c in child.children if c.dep_ == "pobj")
    names: list[str] = []
    for head in heads:
        for token in head.subtree:
            entity = sentence.entity_at(token.i)
            if entity is not None and entity.kind in _SIGNER_KINDS and entity.name not in names:
                names.append(entity.name)
    return names


def _phrase(document: Token, sentence: Sentence, left_out: set[int]) -> str | None:
    """The document as written, without where it was signed (`left_out`) and without clauses
    ("the protocol for the project, which aims to ...": the protocol for the project);
    None when it does not say which document ("the agreement", "a deal")."""
    tokens = [document]
    for child in document.children:
        before = child.i < document.i and child.dep_ in _LEFT_DEPS
        after = child.i > document.i and child.dep_ == "prep" and child.lower_ in _DOCUMENT_PREPS
        if before or after:
            tokens.extend(child.subtree)
    clauses = {t.i for token in tokens if token.dep_ in _CLAUSE_DEPS for t in token.subtree}
    tokens = sorted((t for t in tokens if t.i not in left_out | clauses), key=lambda t: t.i)
    if any(t.i + 1 != u.i for t, u in pairwise(tokens)):
        return None  # an aside inside the phrase: not one piece of text
    words = [t for t in tokens if t.dep_ != "punct" or t.text == "-"]
    if not words or len(words) > MAX_DOCUMENT_WORDS or any(t.pos_ == "PRON" for t in words):
        return None  # "their agreement": whose?
    named = any(t.pos_ == "PROPN" or t.i > document.i for t in words if t.i != words[0].i)
    if not named or words[0].lower_ in ("this", "that", "these", "those"):
        return None
    text = sentence.span.doc[words[0].i : words[-1].i + 1].text
    if words[0].lower_ == "the" and words[0].is_sent_start:
        text = "the" + text[3:]
    return text


def _named_in_the_article(document: Token, doc: ArticleDoc) -> str | None:
    """ "The agreement was signed in Kabul": the one agreement the article names, if it names
    one ("the Termez Transit Agreement")."""
    if [c.lower_ for c in document.children] != ["the"]:
        return None
    name = doc.named_things.get(thing_noun(document.lower_))
    return f"the {name}" if name is not None else None


def _places(
    verb: Token, document: Token, sentence: Sentence, doc: ArticleDoc, signers: list[str]
) -> list[tuple[Token, Entity]]:
    """The city or country "in"/"at" which the verb or the document itself puts the signing,
    with its preposition. The parser often hangs "in Astana" on the document's last noun ("an
    agreement on water sharing in Astana"): a capital there is where it was signed, another
    place there is what the document is about ("on a railway in Afghanistan")."""
    heads = [(verb, False), (document, False)]
    for prep in document.children:
        if prep.dep_ == "prep" and prep.lower_ in _DOCUMENT_PREPS:
            heads.extend((obj, True) for obj in prep.children if obj.dep_ == "pobj")
    found: list[tuple[Token, Entity]] = []
    for head, capital_only in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS:
                continue
            for obj in prep.children:
                entity = _place(obj, sentence) if obj.dep_ == "pobj" else None
                if entity is None or entity.name in signers:
                    continue
                city = doc.knowledge.cities.get(entity.name) if entity.kind == CITY else None
                if capital_only and (city is None or not city.is_capital):
                    continue
                found.append((prep, entity))
    return found


def _place(obj: Token, sentence: Sentence) -> Entity | None:
    """A city or country; "in Tashkent city": the name hangs on the noun "city"; "in the
    Uzbek capital of Tashkent": on the preposition after it."""
    for token in (obj, *(c for c in obj.children if c.dep_ == "compound")):
        entity = sentence.entity_at(token.i)
        if entity is not None and entity.kind in (CITY, COUNTRY):
            return entity
    return city_named_by(obj, sentence)  # "in the Uzbek capital, Tashkent"


# --- questions ----------------------------------------------------------------------------


def questions(fact: SigningFact, ask: Ask) -> Iterator[Candidate | None]:
    yield _which_place(fact, ask)


def _signing(fact: SigningFact) -> str:
    """ "did Rahmon and Mirziyoyev sign the treaty", "was the protocol signed"."""
    if fact.signers:
        verb = "did" if fact.tense == PAST else "will"
        return f"{verb} {and_list(list(fact.signers))} sign {fact.document}"
    if fact.tense == PAST:
        return f"was {fact.document} signed"
    return f"will {fact.document} be signed"


def _which_place(fact: SigningFact, ask: Ask) -> Candidate | None:
    doc = ask.doc
    signings = [f for f in ask.facts_of(SigningFact) if f.place_kind == fact.place_kind]
    if any(f.document.casefold() == fact.document.casefold() and f.place_name != fact.place_name
           for f in signings):  # fmt: skip
        return None  # one document, two places: no single right answer
    said = {f.place_name for f in signings} | {f.place for f in signings}
    if fact.place_kind == CITY:
        wrong = distractors.wrong_cities(doc, answer=fact.place_name, avoid=said)
    else:
        wrong = distractors.wrong_countries(doc, answer=fact.place_name,
                                            avoid=said | set(fact.signers))  # fmt: skip
    where = "in which city" if fact.place_kind == CITY else "in which country"
    prompt = f"According to the article, {where} {_signing(fact)}?"
    if fact.place.casefold() in prompt.casefold():
        return None
    return single_choice(
        origin=origin(fact),
        prompt=prompt,
        answer=fact.place,
        wrong=wrong,
        explanation=f"According to the article, {fact.describe()}.",
        topic=TOPIC_PLACES,
        difficulty=1,
        score=0.7,
    )

"""How many documents named signers signed or adopted ("the leaders of the CSTO countries
have adopted 22 documents", "Uzbekistan and Kazakhstan signed 12 agreements", "will sign nine
documents"): the tally of a summit or a visit. The fact: who signed, the verb, its tense, the
count and what was counted. Signers the sentence leaves unnamed ("they") and a count of one or
two (a detail, not a tally) are not asked. Question: how many, with whole numbers of the same
order as the wrong options.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizzes.generate.amounts import word_number
from quizzes.generate.ask import TOPIC_POLICY, Ask, origin
from quizzes.generate.distractors import wrong_numbers
from quizzes.generate.document import ArticleDoc, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.patterns._named import subject_of
from quizzes.generate.questions import Candidate, single_choice
from quizzes.generate.referents import phrase_named
from quizzes.numbers import format_number

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "documents"
DOCUMENT_NOUNS = frozenset({"document", "agreement", "deal", "memorandum", "memoranda",
                            "accord", "resolution", "contract", "protocol", "treaty",
                            "declaration"})  # fmt: skip
SIGNING_VERBS = frozenset({"sign", "adopt", "approve", "conclude", "ink"})
MIN_COUNT = 3  # "two agreements" is a detail of the sentence, not a tally worth learning
_NAMED_KINDS = frozenset({"country", "demonym", "org", "person"})


@dataclass(frozen=True)
class DocumentCountFact(Fact):
    signers: str  # "Uzbekistan and Kazakhstan", "the leaders of the CSTO countries"
    verb: str  # lemma: "sign", "adopt"
    future: bool
    count: int
    noun: str  # "documents", "agreements"
    qualifier: str  # "more than", "at least"; "" for a count given plainly

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.signers.lower(), self.verb, self.count, self.noun)

    def describe(self) -> str:
        return f"{self.signers} {self.verb}: {self.count} {self.noun}"


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[DocumentCountFact]:
    for noun in sentence.span:
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in DOCUMENT_NOUNS:
            continue
        signed = _object_signed(noun)
        if signed is None or signed.head.dep_ == "xcomp":
            continue  # "are expected to sign 14 documents", "plan to sign": no tally yet
        number = next((c for c in (*noun.children, *signed.children) if c.dep_ == "nummod"), None)
        if number is None:
            continue
        count = word_number(number.text)
        if count is None or not count.is_integer() or count < MIN_COUNT:
            continue
        signers = _signers(signed.head, sentence, doc)
        if signers is not None:
            yield DocumentCountFact(sentence.evidence, sentence.index, sentence.from_caption,
                                    signers, signed.head.lemma_.lower(), _future(signed.head),
                                    int(count), noun.lower_, _qualifier(number))  # fmt: skip


def _object_signed(noun: Token) -> Token | None:
    """The object of a verb of signing the noun is ("signed 12 agreements"), or the adjective
    the parser took for it ("sign nine intergovernmental and other documents")."""
    signed = noun.head if noun.dep_ == "conj" and noun.head.pos_ == "ADJ" else noun
    if signed.dep_ == "dobj" and signed.head.lemma_.lower() in SIGNING_VERBS:
        return signed
    return None


def _signers(verb: Token, sentence: Sentence, doc: ArticleDoc) -> str | None:
    """The subject without asides ("the leaders — Russia, Armenia ... —"), its group words
    named ("the two sides"); None unless it names a country, organisation or person."""
    subject = subject_of(verb)
    if subject is None or subject.pos_ == "PRON":
        return None
    aside = {t.i for c in subject.subtree if c.dep_ in ("appos", "relcl", "acl")
             for t in c.subtree}  # fmt: skip
    words = [t for t in subject.subtree if t.i not in aside and t.dep_ != "punct"]
    phrase = "".join(t.text_with_ws for t in words).strip()
    named = phrase_named(phrase, sentence, doc)
    if named is None:
        return None
    entities = [e for e in sentence.entities if e.kind in _NAMED_KINDS]
    if named == phrase and not any(e.text in phrase for e in entities):
        return None
    return "the" + named[3:] if named.startswith("The ") else named


def _qualifier(number: Token) -> str:
    """ "more than" of "more than 20 agreements", "at least" of "at least 14 documents"."""
    words = [
        t for t in number.subtree if t.i != number.i and t.dep_ in ("advmod", "quantmod", "amod")
    ]
    return " ".join(t.lower_ for t in words)


def _future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in verb.children)


def questions(fact: DocumentCountFact, ask: Ask) -> Iterator[Candidate | None]:
    auxiliary = "will" if fact.future else "did"
    wrong = wrong_numbers(float(fact.count), unit=fact.noun, whole=True)
    yield single_choice(
        origin=origin(fact),
        prompt=f"According to the article, how many {fact.noun} {auxiliary} {fact.signers} "
        f"{fact.verb}?" + (f" (The article says “{fact.qualifier} …”.)" if fact.qualifier else ""),
        answer=format_number(fact.count),
        wrong=[format_number(value) for value in wrong],
        explanation=f"According to the article, {fact.count} {fact.noun} ({fact.signers}).",
        topic=TOPIC_POLICY,
        score=0.75,
    )

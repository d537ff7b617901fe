"""Who was appointed to a post, or dismissed from one: "President Shavkat Mirziyoyev dismissed
Rustam Inoyatov, head of the National Security Service", "Tokayev appointed Alikhan Smailov as
prime minister", "President Mirziyoyev named Abdulla Aripov prime minister", "Olzhas Bektenov was
appointed prime minister of Kazakhstan", "Inoyatov was dismissed from the post of head of the
NSS". A news story often opens with this. The fact holds the person (as the article names them),
the post (as written, with what it heads: "head of the National Security Service"), whether the
person was appointed or dismissed, and who did it, where the sentence names that person or body.

The question asks for the person in the program's own words, by the post and the doer: "who did
President Shavkat Mirziyoyev dismiss from the post of head of the National Security Service?",
or "who was appointed prime minister of Kazakhstan?". The wrong options are other people: first
those the article names, then office-holders from the knowledge data. Only changes already made
are asked (`_clause.states_a_fact`): not plans, hedges or denials.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizzes.generate import distractors
from quizzes.generate.ask import TOPIC_LEADERS, Ask, origin
from quizzes.generate.document import ArticleDoc, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import COUNTRY, ORG, PERSON
from quizzes.generate.patterns._clause import as_written, refers_back, states_a_fact
from quizzes.generate.patterns._named import person_named
from quizzes.generate.questions import Candidate, single_choice

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "personnel"
APPOINTED, DISMISSED = "appointed", "dismissed"
_VERBS = {"appoint": APPOINTED, "name": APPOINTED, "nominate": APPOINTED,
          "dismiss": DISMISSED, "sack": DISMISSED, "fire": DISMISSED,
          "relieve": DISMISSED}  # fmt: skip
# The head word of a post: "head of the National Security Service", "prime minister".
OFFICE_WORDS = frozenset({"head", "chief", "minister", "chairman", "chairwoman", "chair",
                          "director", "governor", "ambassador", "secretary", "speaker", "mayor",
                          "commander", "president", "premier", "prosecutor", "deputy",
                          "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
                          "envoy", "akim", "hokim", "ceo", "rector"})  # fmt: skip
_DOERS = (PERSON, ORG, COUNTRY)
MAX_POST_WORDS = 14


@dataclass(frozen=True)
class PersonnelFact(Fact):
    person: str  # as the article names the person: "Rustam Inoyatov"
    post: str  # "head of the National Security Services"
    change: str  # APPOINTED or DISMISSED
    doer: str | None  # "President Shavkat Mirziyoyev"

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.person.casefold(), self.post.casefold(), self.change)

    def describe(self) -> str:
        by = f" by {self.doer}" if self.doer else ""
        return f"{self.person} was {self.change} as {self.post}{by}"


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[PersonnelFact]:
    for verb in sentence.span:
        change = _VERBS.get(verb.lemma_.lower())
        if change is None or verb.pos_ != "VERB" or not states_a_fact(verb):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        person_token = next(
            (c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None
        )
        if person_token is None and not passive:
            person_token, post = _named_before_the_post(verb)
        else:
            post = None
        if person_token is None:
            continue
        post = post or _post(verb, person_token)
        if person_token.lemma_.lower() in OFFICE_WORDS:  # "sacked his deputy, Kairbek ..."
            named = [c for c in person_token.children if c.dep_ == "appos"]
            post = post or _office_words(person_token, without=named)
            person_token = named[0] if named else person_token
        person = person_named(person_token, sentence)
        if person is None or post is None:
            continue
        words = [t for t in post if t.text not in ("(", ")")]
        if len(words) > MAX_POST_WORDS or refers_back(words):
            continue  # "that post", "his deputy": which one?
        post_text = as_written(_without_acronym_brackets(post))
        if person.split()[-1] in post_text:
            continue
        yield PersonnelFact(sentence.evidence, sentence.index, sentence.from_caption,
                            person, post_text, change,
                            _doer(verb, sentence, passive=passive))  # fmt: skip


def _named_before_the_post(verb: Token) -> tuple[Token | None, list[Token] | None]:
    """ "named Abdulla Aripov prime minister": the parse may hang the name on the post."""
    for office in (c for c in verb.children if c.dep_ == "oprd"):
        names = [c for c in office.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"]
        if office.lemma_.lower() in OFFICE_WORDS and names:
            return names[-1], _office_words(office, without=names)
    return None, None


def _post(verb: Token, person: Token) -> list[Token] | None:
    """The post's words: an apposition to the person ("Inoyatov, head of the NSS,"), "as prime
    minister", "named X prime minister", "appointed prime minister of Kazakhstan", "dismissed from
    the post of head of the NSS"."""
    heads = [c for c in person.children if c.dep_ == "appos"]
    heads += [c for c in verb.children if c.dep_ == "oprd"]
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ in ("as", "to"):
            heads += objects
        elif prep.lower_ == "from":  # "from the post of head of the NSS"
            heads += [o for ob in objects if ob.lemma_ in ("post", "position", "office")
                      for p in ob.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    office = next((h for h in heads if h.lemma_.lower() in OFFICE_WORDS), None)
    return None if office is None else _office_words(office)


def _office_words(office: Token, *, without: list[Token] | None = None) -> list[Token] | None:
    """The words of the post `office` heads, without an opening "the", a clause on it or the
    name set beside it (`without`)."""
    left_out = {t.i for name in without or [] for t in name.subtree}
    words = [t for t in office.subtree if t.i not in left_out and t.dep_ not in ("relcl", "acl")]
    while words and words[-1].dep_ == "punct" and words[-1].text != ")":
        words.pop()
    if words and words[0].dep_ == "det" and words[0].i < office.i:
        words = words[1:]
    if any(t.text in (",", ";") for t in words) or not _contiguous(words):
        return None
    return words


def _contiguous(tokens: list[Token]) -> bool:
    return bool(tokens) and tokens[-1].i - tokens[0].i + 1 == len(tokens)


def _without_acronym_brackets(tokens: list[Token]) -> list[Token]:
    """ "head of the National Security Services (NSS)": the name says it once."""
    kept: list[Token] = []
    inside = False
    for token in tokens:
        if token.text == "(":
            inside = True
        elif token.text == ")":
            inside = False
        elif not inside:
            kept.append(token)
    return kept


def _doer(verb: Token, sentence: Sentence, *, passive: bool) -> str | None:
    """Who made the change, as written with their title ("President Shavkat Mirziyoyev"), where
    the sentence names them; None for "he" or an unnamed "the government"."""
    if passive:
        agents = [c for c in verb.children if c.dep_ == "agent"]
        subject = next((o for a in agents for o in a.children if o.dep_ == "pobj"), None)
    else:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    entity = sentence.entity_at(subject.i)
    if entity is None or entity.kind not in _DOERS or subject.i != entity.last_token:
        return None
    if entity.kind == PERSON:
        return entity.text  # without a title: "which office does X hold?" may be asked too
    words = [t for t in subject.subtree if t.i <= subject.i]
    if not _contiguous(words) or refers_back(words):
        return None
    return as_written(words)


def questions(fact: PersonnelFact, ask: Ask) -> Iterator[Candidate | None]:
    if fact.change == DISMISSED:
        asked = (f"who did {fact.doer} dismiss from the post of {fact.post}" if fact.doer
                 else f"who was dismissed from the post of {fact.post}")  # fmt: skip
    else:
        asked = (f"who did {fact.doer} appoint as {fact.post}" if fact.doer
                 else f"who was appointed {fact.post}")  # fmt: skip
    avoid = {fact.doer or ""} | {
        e.name for e in ask.doc.entities(PERSON) if fact.doer and e.text in fact.doer
    }
    wrong = distractors.wrong_people(ask.doc, answer=fact.person, avoid=avoid)
    yield single_choice(
        origin=origin(fact),
        prompt=f"According to the article, {asked}?",
        answer=fact.person,
        wrong=wrong,
        explanation=f"The article says {fact.describe()}.",
        topic=TOPIC_LEADERS,
        score=0.8,  # who was appointed or dismissed is the news, above who holds an office
    )

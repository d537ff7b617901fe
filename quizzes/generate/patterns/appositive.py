"""Descriptions in apposition: "the CSTO, a military alliance of six former Soviet states,",
"Antonella Bassani, the World Bank's Deputy President for Europe and Central Asia,".

The fact is the name and what the article calls it, which read together as a sentence of their
own ("The CSTO is a military alliance of six former Soviet states."), whatever the rest of the
sentence says. Questions: which organisation, country or person the description fits, asked only
when the description pins one down (a number, a name, an ordinal or a superlative: "a former
Soviet republic" fits many), with options of the same kind; and a number in the description as
a figure to fill in.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizzes.generate import distractors
from quizzes.generate.amounts import word_number
from quizzes.generate.ask import TOPIC_FIGURES, TOPIC_LEADERS, TOPIC_ORGANISATIONS, Ask, origin
from quizzes.generate.document import ArticleDoc, Entity, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import COUNTRY, ORG, PERSON, country_as_written
from quizzes.generate.questions import Candidate, cloze_prompt, numeric, single_choice

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "appositive"

MAX_WORDS = 14
_KINDS = (ORG, COUNTRY, PERSON)
_OPENINGS = frozenset({"a", "an", "the", "one"})
_PRONOUNS = frozenset({"it", "its", "they", "their", "he", "his", "she", "her", "this", "these",
                       "that", "those", "which", "who", "whose"})  # fmt: skip
# ("Soviet" in "a former Soviet republic" names a people and still fits many.)
_SPECIFIC_ENTITIES = frozenset({"ORG", "GPE", "PERSON", "LOC", "FAC", "CARDINAL", "ORDINAL",
                                "QUANTITY", "MONEY", "PERCENT"})  # fmt: skip


@dataclass(frozen=True)
class AppositiveFact(Fact):
    name: str  # as the article writes it: "the CSTO"
    entity_kind: str  # org, country or person
    canonical: str  # the name the knowledge data uses, or the name as written
    description: str  # "a military alliance of six former Soviet states"
    number: str = ""  # a figure in the description, as written ("six")
    value: float | None = None

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.canonical, self.description.casefold())

    def describe(self) -> str:
        return f"{self.name}: {self.description}"

    def statement(self) -> str:
        text = f"{self.name} is {self.description}."
        return text[:1].upper() + text[1:]


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[AppositiveFact]:
    for entity in sentence.entities_of(*_KINDS):
        if entity.kind == PERSON and len(entity.name.split()) < 2:
            continue  # a surname alone: the office pattern knows its people better
        if entity.kind == ORG and not entity.known:
            continue  # "Towrgondi, a border town": a place the model took for a body
        root = sentence.span.doc[entity.first_token : entity.last_token + 1].root
        for child in root.children:
            if child.dep_ != "appos" or child.i <= entity.last_token:
                continue
            description = _description(child, entity, sentence)
            if description is None:
                continue
            text, number, value = description
            yield AppositiveFact(
                sentence.evidence, sentence.index, sentence.from_caption,
                _as_named(entity, sentence), entity.kind, entity.name, text, number, value,
            )  # fmt: skip


def _description(
    head: Token, entity: Entity, sentence: Sentence
) -> tuple[str, str, float | None] | None:
    """The appositive phrase, if it is a description that reads on its own after "X is"."""
    tokens = list(head.subtree)
    doc = sentence.span.doc
    before = doc[tokens[0].i - 1] if tokens[0].i > sentence.span.start else None
    if before is None or before.text != "," or before.i != entity.last_token + 1:
        return None  # "(SCO)", "Kazakhstan Azerbaijan": not a description set off by commas
    after = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < sentence.span.end else None
    if after is None or after.text not in (",", ".", "—", "–", ";"):
        return None  # the phrase runs on: "a move that follows three decades of ..."
    if any(t.dep_ in ("cc", "conj") and t.head.i == head.i for t in tokens):
        return None  # "against Ukraine, the situation in Afghanistan, and other issues": a list
    words = [t for t in tokens if not t.is_punct]
    first = tokens[0]
    if not words or len(words) > MAX_WORDS or head.pos_ != "NOUN":
        return None
    if first.lower_ not in _OPENINGS and first.tag_ != "POS" and first.dep_ != "poss":
        return None
    if any(t.lower_ in _PRONOUNS or t.text in '()[]"“”' for t in tokens):
        return None
    if any(t.dep_ in ("relcl", "acl", "advcl", "appos") for t in tokens if t is not head):
        return None
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    numbers = [t for t in tokens if t.ent_type_ == "CARDINAL" and t.pos_ == "NUM"]
    value = word_number(numbers[0].text) if len(numbers) == 1 else None
    number = numbers[0].text if value is not None else ""
    return text, number, value


def _as_named(entity: Entity, sentence: Sentence) -> str:
    """ "the CSTO" where the sentence puts "the" before the name."""
    start = entity.start
    if sentence.text[max(0, start - 4) : start].lower() == "the ":
        return f"the {entity.text}"
    return entity.text


def _specific(description: str, fact_sentence: Sentence) -> bool:
    """The description fits one thing only: it holds a number, a name, an ordinal or a
    superlative ("a military alliance of six former Soviet states", "the World Bank's Deputy
    President for Europe and Central Asia")."""
    start = fact_sentence.text.find(description)
    span = fact_sentence.span.char_span(start, start + len(description), alignment_mode="expand")
    if span is None:
        return False
    if any(t.ent_type_ in _SPECIFIC_ENTITIES for t in span):
        return True
    return any(t.tag_ in ("JJS", "RBS") or t.lower_ in ("first", "only", "last") for t in span)


def questions(fact: AppositiveFact, ask: Ask) -> Iterator[Candidate | None]:
    sentence = ask.doc.sentences[fact.sentence]
    source = origin(fact)
    explanation = f"The article describes {fact.name} as {fact.description}."
    if _specific(fact.description, sentence):
        yield _which_one(fact, ask, explanation)
    if fact.value is not None and fact.number:
        statement = fact.statement()
        start = statement.find(f" {fact.number} ") + 1
        if start > 0:
            yield numeric(
                origin=source,
                prompt=cloze_prompt(statement, start, start + len(fact.number), hint="a number"),
                value=fact.value,
                unit=None,
                tolerance=0,
                explanation=explanation,
                topic=TOPIC_FIGURES,
                score=0.7,
                answer_text=fact.number,
            )


def _which(kind: str, description: str) -> str:
    """ "which country is the largest in Central Asia"; but "which country is described as a
    country with 4 million people", not "which country is a country …"."""
    opening = " ".join(description.split()[:_OPENING_WORDS]).casefold()
    if kind in opening.replace("organization", "organisation"):
        return f"which {kind} is described as {description}"
    return f"which {kind} is {description}"


_OPENING_WORDS = 4  # "a small landlocked country with …"


def _which_one(fact: AppositiveFact, ask: Ask, explanation: str) -> Candidate | None:
    doc = ask.doc
    answer = fact.name.removeprefix("the ")
    if fact.entity_kind == PERSON:
        if fact.description.startswith(("a ", "an ")):
            return None  # "who is a student in Moscow?": one of many, and who they are is trivia
        others = [e.name for e in doc.entities(PERSON)
                  if e.name != fact.canonical and len(e.name.split()) > 1]  # fmt: skip
        wrong = list(dict.fromkeys(others))
        prompt = f"According to the article, who is {fact.description}?"
        topic = TOPIC_LEADERS
    elif fact.entity_kind == ORG:
        org = doc.knowledge.organisation(fact.canonical)
        label = "acronym" if org is not None and answer == org.acronym else "name"
        wrong = distractors.wrong_organisations(doc, answer=answer, count=3, label=label,
                                                like=fact.canonical)  # fmt: skip
        prompt = f"According to the article, {_which('organisation', fact.description)}?"
        topic = TOPIC_ORGANISATIONS
    else:
        names = distractors.wrong_countries(doc, answer=fact.canonical, count=3)
        wrong = [country_as_written(n) if fact.name.startswith("the ") else n for n in names]
        prompt = f"According to the article, {_which('country', fact.description)}?"
        topic = TOPIC_ORGANISATIONS
    return single_choice(origin=origin(fact), prompt=prompt, answer=answer, wrong=wrong,
                         explanation=explanation, topic=topic, score=0.65)  # fmt: skip

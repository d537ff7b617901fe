"""Naming a thing a figure belongs to (a pipeline, a railway, a dam) so a question can ask
about it on its own: "the East-West link", "the railway between China and Uzbekistan", or the
one thing of its kind the article names; and the person a word of the sentence names."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizzes.generate.document import ArticleDoc, Sentence, name_start, thing_noun
from quizzes.generate.knowledge import ORG, PERSON

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_NAME = 80
_ENDS = frozenset({"between", "from", "to"})  # "the railway between China and Uzbekistan"


def thing_named(noun: Token, sentence: Sentence, doc: ArticleDoc) -> str | None:
    """ "the East-West link" (a name before the noun), "the railway between China and
    Uzbekistan" (its named ends after it), or the one thing of its kind the article names
    ("this pipeline" in an article naming one pipeline); None for a thing left unnamed."""
    start = name_start(noun, sentence.span.start)
    if start < noun.i:
        return "the " + noun.doc[start : noun.i + 1].text
    ends = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ in _ENDS]
    if ends:
        last = max(t.i for t in ends[-1].subtree)
        phrase = noun.doc[noun.i : last + 1].text
        if any(t.pos_ == "PROPN" for t in ends[-1].subtree) and len(phrase) <= MAX_NAME:
            return "the " + phrase
    name = doc.named_things.get(thing_noun(noun.lower_))
    determiner = next((c.lower_ for c in noun.lefts if c.dep_ == "det"), None)
    # "the second pipeline", "the Kyrgyz section": a word that says it is another one of its
    # kind; the figure itself ("this 1,500-kilometre-long pipeline") says nothing of which
    figure = {t.i for c in noun.lefts if any(t.tag_ == "CD" for t in c.subtree) for t in c.subtree}
    other = [c for c in noun.lefts if c.dep_ != "det" and c.i not in figure]
    if name is not None and determiner in ("the", "this", "that") and not other:
        return name if re.match(r"(?i)the\b", name) else f"the {name}"
    return None


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it completes ("is estimated to cost")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or verb.dep_ != "xcomp":
            return subject
        verb = verb.head


def person_named(token: Token, sentence: Sentence) -> str | None:
    """The name of the person the token heads: a PERSON; a name of two or three words the model
    took for an organisation it does not know ("Rustam Inoyatov", dismissed as "head of ..."),
    or tagged as nothing ("Jumgalbek Shabdanbekov")."""
    entity = sentence.entity_at(token.i)
    if entity is not None and token.i == entity.last_token:
        if entity.kind == PERSON:
            return entity.text
        if entity.kind != ORG or entity.known:
            return None
        words = entity.text.split()
    elif entity is None and token.pos_ == "PROPN":
        names = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        words = [t.text for t in (*names, token)]
    else:
        return None
    if 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words):
        return " ".join(words)
    return None

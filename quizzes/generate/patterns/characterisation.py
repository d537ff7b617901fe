"""Characterisations and labels: 'Kazakhstan is known for its balanced "multi-vector" foreign
policy', 'position itself as a "middle power"', 'Russia's "fully fledged partnership" with
China', 'the Kremlin plays the role of a junior partner', 'described as "the world's least known
... group"'. The fact: who is characterised (resolved to a country, organisation or person), the
label (the quoted words, or the role), and what the label describes (a foreign policy, a
standing, a relationship, a role). Wrong labels come from the knowledge data's lists of labels of
the same kind, and only labels the article never uses (in any form), so none is secretly right;
with fewer than two of those, no label question is made.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from quizzes.generate import distractors
from quizzes.generate.ask import TOPIC_POLICY, Ask, origin
from quizzes.generate.document import ArticleDoc, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import COUNTRY, DEMONYM, ORG, PERSON
from quizzes.generate.questions import Candidate, single_choice
from quizzes.generate.referents import country_of
from quizzes.generate.whole_words import whole_words

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "characterisation"

POLICY, STANDING, RELATIONSHIP, ROLE = (
    "policy_labels", "standing_labels", "relationship_labels", "partner_roles",
)  # fmt: skip
LISTS = (POLICY, STANDING, RELATIONSHIP, ROLE)
# The noun a label describes → the list of labels of its kind.
_NOUN_LIST = {"policy": POLICY, "approach": POLICY, "diplomacy": POLICY, "strategy": POLICY,
              "power": STANDING, "state": STANDING, "player": STANDING, "actor": STANDING,
              "partnership": RELATIONSHIP, "relationship": RELATIONSHIP,
              "friendship": RELATIONSHIP, "alliance": RELATIONSHIP, "partner": ROLE,
              "broker": ROLE, "mediator": ROLE}  # fmt: skip
_AS_VERBS = frozenset({"position", "describe", "see", "know", "regard", "portray", "present",
                       "view", "brand", "cast", "consider", "call", "dub", "label", "style",
                       "act", "serve", "emerge", "establish", "promote"})  # fmt: skip
_WHO_KINDS = (COUNTRY, DEMONYM, ORG, PERSON)
_KIND_WORD = {COUNTRY: "country", ORG: "organisation", PERSON: "person"}
_QUOTE_TAGS = ("``", "''")
_DROP = frozenset({"advcl", "punct", "cc", "conj", "parataxis", "mark", "relcl", "appos"})
_DROP_ADVERBS = frozenset({"also", "indeed", "still", "now", "thus", "however"})
_STOP = frozenset({"a", "an", "the", "of", "with", "without", "and", "or", "to", "for", "in"})
MAX_LABEL_WORDS = 8


@dataclass(frozen=True)
class CharacterisationFact(Fact):
    who: str  # canonical name
    who_text: str  # as a question names it: "Kazakhstan", "the Kremlin"
    who_kind: str
    label: str  # "multi-vector", "middle power", "junior partner"
    category: str  # the knowledge list of labels of this kind, or "" for none
    describes: str  # "foreign policy", "standing", "partnership", "role"
    quoted: bool
    as_noun: bool  # the label is a noun phrase ("a middle power"), not a modifier
    article: str  # "a", "an" or "" before the label as the article writes it
    predicate: str  # "sought to position itself as {}" ({} is where the label goes)
    partner: str | None = None  # "with China"

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.who, self.label.casefold())

    def describe(self) -> str:
        return f"{self.who}: {self.label} ({self.describes})"

    def labelled(self, label: str | None = None) -> str:
        """The label as the sentence puts it, quoted if the article quotes it."""
        text = label or self.label
        return f"“{text}”" if self.quoted else text


# --- finding -------------------------------------------------------------------------------


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[CharacterisationFact]:
    seen: set[int] = set()
    for tokens in _quoted(sentence):
        fact = _from_quote(tokens, sentence, doc)
        if fact is not None:
            seen.update(t.i for t in tokens)
            yield fact
    for token in sentence.span:
        fact = None
        if token.lemma_.lower() == "role" and token.dep_ == "dobj" and token.head.lemma_ == "play":
            fact = _role(token, sentence, doc)
        elif token.dep_ == "pobj" and token.head.lower_ == "as" and token.i not in seen:
            fact = _listed_as(token, sentence, doc)
        if fact is not None:
            yield fact


def _quoted(sentence: Sentence) -> Iterator[list[Token]]:
    """The words between each pair of quotation marks (a short phrase only)."""
    opened: int | None = None
    tokens = list(sentence.span)
    for k, token in enumerate(tokens):
        if token.tag_ not in _QUOTE_TAGS and token.text not in ("“", "”", '"'):
            continue
        if token.text == "’" or token.text == "'":
            continue
        if opened is None and token.text != "”":
            opened = k
        elif opened is not None:
            inside = tokens[opened + 1 : k]
            opened = None
            if 0 < len(inside) <= MAX_LABEL_WORDS:
                yield inside


def _from_quote(
    tokens: list[Token], sentence: Sentence, doc: ArticleDoc
) -> CharacterisationFact | None:
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    if len({r.head.i for r in roots}) != 1 or any(t.is_punct and t.text != "-" for t in tokens):
        return None  # not one phrase: "after the vote", a clause
    root = roots[-1]
    if len(roots) > 1 and root.head.i in inside:
        return None
    label = _words(tokens)
    if root.head.i not in inside and root.dep_ in ("amod", "compound", "nmod") and \
            root.head.pos_ == "NOUN":  # fmt: skip
        return _modifier(label, root.head, tokens[-1].i, sentence, doc, quoted=True)
    of = root.head
    if root.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN":
        # "a foreign policy of “positive neutrality”": the label names the policy.
        return _modifier(label, of.head, -1, sentence, doc, quoted=True)
    if root.pos_ in ("NOUN", "PROPN"):
        return _noun_label(label, root, sentence, doc, quoted=True)
    return None


def _modifier(
    label: str, noun: Token, label_end: int, sentence: Sentence, doc: ArticleDoc, *, quoted: bool
) -> CharacterisationFact | None:
    """ "its balanced “multi-vector” foreign policy": the label describes the noun."""
    category = _category(label, doc) or _NOUN_LIST.get(noun.lemma_.lower(), "")
    if category != POLICY:
        return None
    # "long-term development policy": a modifier with its own words ("long-" of "term")
    described = _words([w for t in noun.lefts if t.dep_ in ("amod", "compound")
                        and t.i > label_end + 1 for w in t.subtree] + [noun])  # fmt: skip
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    verb = _verb_of(noun)
    subject = _subject(verb) if verb is not None else None
    who = None
    if owner is not None and owner.lower_ not in ("its", "their"):
        who = _who(owner, sentence, doc)
    elif subject is not None:
        who = _who(subject, sentence, doc)
    if who is None or verb is None or subject is None:
        return None
    name, text, kind = who
    predicate = _predicate(verb, subject, noun, sentence, doc, label=label, blank_noun=False)
    if predicate is None:
        return None
    return CharacterisationFact(
        sentence.evidence, sentence.index, sentence.from_caption, name, text, kind, label,
        category, described, quoted, False, "", predicate,
    )  # fmt: skip


def _noun_label(
    label: str, root: Token, sentence: Sentence, doc: ArticleDoc, *, quoted: bool
) -> CharacterisationFact | None:
    """ "as a “middle power”", "Russia's “fully fledged partnership” with China"."""
    category = _category(label, doc) or _NOUN_LIST.get(root.lemma_.lower(), "")
    article = next((c.lower_ for c in root.lefts if c.dep_ == "det"), "")
    partner = _partner(root, sentence, doc)
    owner = next((c for c in root.children if c.dep_ == "poss"), None)
    if root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head.pos_ == "VERB":
        verb = root.head.head
        if verb.lemma_.lower() not in _AS_VERBS:
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        subject = _subject(verb)
        target = obj if obj is not None and obj.lower_ not in ("itself", "themselves") else subject
        if target is None or subject is None:
            return None
        who = _who(target, sentence, doc)
        describes = "standing" if category in (STANDING, "") else "role"
        top = _top(verb)
    elif owner is not None and category == RELATIONSHIP:
        who = _who(owner, sentence, doc)
        verb, subject, top, describes = None, None, None, "relationship"
    else:
        return None
    if who is None:
        return None
    name, text, kind = who
    predicate = ""
    if top is not None and subject is not None and target is subject:
        found = _predicate(top, subject, root, sentence, doc, label=label, blank_noun=True)
        if found is None:
            return None
        predicate = found
    return CharacterisationFact(
        sentence.evidence, sentence.index, sentence.from_caption, name, text, kind, label,
        category, describes, quoted, True, article if article in ("a", "an") else "", predicate,
        partner,
    )  # fmt: skip


def _role(role: Token, sentence: Sentence, doc: ArticleDoc) -> CharacterisationFact | None:
    """ "the Kremlin plays the role of a junior partner"."""
    of = next((c for c in role.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    verb = role.head
    subject = _subject(verb)
    if noun is None or subject is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    label = _words([t for t in noun.lefts if t.dep_ in ("amod", "compound")] + [noun])
    category = _category(label, doc) or _NOUN_LIST.get(noun.lemma_.lower(), "")
    if category != ROLE:
        return None
    who = _who(subject, sentence, doc)
    predicate = _predicate(_top(verb), subject, noun, sentence, doc, label=label, blank_noun=True)
    if who is None or predicate is None:
        return None
    article = next((c.lower_ for c in noun.lefts if c.dep_ == "det"), "")
    name, text, kind = who
    return CharacterisationFact(
        sentence.evidence, sentence.index, sentence.from_caption, name, text, kind, label,
        category, "role", False, True, article if article in ("a", "an") else "", predicate,
    )  # fmt: skip


def _listed_as(noun: Token, sentence: Sentence, doc: ArticleDoc) -> CharacterisationFact | None:
    """An unquoted "as a middle power": only a label the knowledge data lists."""
    label = _words([t for t in noun.lefts if t.dep_ in ("amod", "compound")] + [noun])
    if _category(label, doc) not in (STANDING, ROLE):
        return None
    return _noun_label(label, noun, sentence, doc, quoted=False)


def _category(label: str, doc: ArticleDoc) -> str:
    folded = _norm(label)
    for key in LISTS:
        if any(_norm(item) == folded for item in doc.knowledge.terms.get(key, [])):
            return key
    return ""


def _partner(noun: Token, sentence: Sentence, doc: ArticleDoc) -> str | None:
    heads = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("with", "between"):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and sentence.entity_at(pobj.i) is not None:
                    who = _who(pobj, sentence, doc)
                    if who is not None:
                        return who[1]
    return None


def _verb_of(noun: Token) -> Token | None:
    node = noun
    for _ in range(4):
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head.i == node.i:
            return None
    return None


def _subject(verb: Token) -> Token | None:
    node = verb
    for _ in range(4):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
            node = node.head
            continue
        return None
    return None


def _top(verb: Token) -> Token:
    """ "sought to position ...": the verb that has the subject."""
    node = verb
    for _ in range(4):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return node
        if node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
            node = node.head
    return node


def _who(token: Token, sentence: Sentence, doc: ArticleDoc) -> tuple[str, str, str] | None:
    entity = sentence.entity_at(token.i)
    if entity is not None:
        if entity.kind not in _WHO_KINDS:
            return None
        if entity.kind == DEMONYM:
            return entity.name, entity.name, COUNTRY
        before = sentence.span.doc[entity.first_token - 1] if entity.first_token > 0 else None
        text = entity.text
        if entity.kind == ORG and before is not None and before.lower_ == "the":
            text = f"the {text}"
        if entity.kind == PERSON and not entity.known:
            text = entity.name
        return entity.name, text, entity.kind
    country = country_of(token, sentence, doc)
    return (country, country, COUNTRY) if country else None


def _predicate(
    verb: Token, subject: Token, label_head: Token, sentence: Sentence, doc: ArticleDoc, *,
    label: str, blank_noun: bool,
) -> str | None:  # fmt: skip
    """The clause without its subject, "{}" where the label goes: "sought to position itself
    as {}", "is known for its balanced “{}” foreign policy". None when it holds something a
    question cannot say (a pronoun other than the subject's own)."""
    dropped = set(t.i for t in subject.subtree)
    kept: list[Token] = []
    stack = [verb]
    while stack:
        token = stack.pop()
        if token.i in dropped:
            continue
        kept.append(token)
        for child in token.children:
            if child.dep_ in _DROP and child.text not in ("“", "”", '"', "-"):
                continue
            if child.dep_ == "advmod" and child.lower_ in _DROP_ADVERBS:
                continue
            if child.dep_ == "prep" and child.i < verb.i:
                continue  # "In this relationship the Kremlin plays ...": scene-setting
            if child.dep_ == "npadvmod" and child.i < verb.i:
                continue
            stack.append(child)
    kept.sort(key=lambda t: t.i)
    if blank_noun:
        gone = {t.i for t in label_head.subtree if t.i <= label_head.i}
        first, last = min(gone), max(gone)
        gone |= {t.i for t in kept if t.text in ("“", "”", '"') and t.i in (first - 1, last + 1)}
        words: list[str] = []
        placed = False
        for token in kept:
            if token.i in gone:
                if not placed:
                    words.append("{}")
                    placed = True
                continue
            words.append(token.text_with_ws if _joined(token, kept) else token.text + " ")
        text = "".join(words)
    else:
        text = _words(kept)
        text = text.replace(label, "{}", 1) if label in text else ""
    text = re.sub(r"\s+", " ", text).strip()
    lowered = f" {text.lower()} "
    if not text or "{}" not in text or any(f" {p} " in lowered for p in (
            "he", "she", "they", "them", "this", "that", "these", "his", "her")):  # fmt: skip
        return None
    return text.replace("’s", "'s")


def _joined(token: Token, kept: list[Token]) -> bool:
    return any(t.i == token.i + 1 for t in kept)


def _words(tokens: list[Token]) -> str:
    parts = []
    for k, token in enumerate(tokens):
        joined = k + 1 < len(tokens) and tokens[k + 1].i == token.i + 1
        parts.append(token.text + (token.whitespace_ if joined else " "))
    return "".join(parts).strip()


# --- questions -----------------------------------------------------------------------------


def questions(fact: CharacterisationFact, ask: Ask) -> Iterator[Candidate | None]:
    source = origin(fact)
    explanation = _explanation(fact)
    wrong = safe_wrong_labels(fact, ask.doc)
    if fact.category and len(wrong) >= 2:
        prompt: str | None = None
        answer, options = fact.label, wrong
        if not fact.as_noun:
            prompt = f"How does the article describe {_possessive(fact.who_text)} " \
                f"{fact.describes}?"  # fmt: skip
        elif fact.describes == "relationship" and fact.partner:
            prompt = f"How does the article describe {_possessive(fact.who_text)} relationship " \
                f"with {fact.partner}?"  # fmt: skip
        elif fact.predicate:
            blank = fact.predicate.format("____")
            prompt = f"Fill in the blank: according to the article, {fact.who_text} {blank}."
            answer = _with_article(fact.label, fact.article)
            options = [_with_article(w, fact.article) for w in wrong]
        if prompt is not None:
            yield single_choice(
                origin=source, prompt=prompt, answer=answer, wrong=options,
                explanation=explanation, topic=TOPIC_POLICY, difficulty=2, score=0.7,
            )  # fmt: skip
    if fact.predicate and fact.who_kind in _KIND_WORD:
        statement = _statement(fact)
        which = "who" if fact.who_kind == PERSON else f"which {_KIND_WORD[fact.who_kind]}"
        named = {e.name for e in ask.doc.sentences[fact.sentence].entities}
        holders = {f.who for f in ask.facts_of(CharacterisationFact)
                   if _norm(f.label) == _norm(fact.label)}  # fmt: skip
        others = _wrong_who(fact, ask.doc, named | holders)
        prompt = f"According to the article, {which} {statement}?"
        if fact.who_text.casefold() not in prompt.casefold() and len(others) >= 2:
            yield single_choice(
                origin=source, prompt=prompt, answer=fact.who, wrong=others,
                explanation=explanation, topic=TOPIC_POLICY, difficulty=2, score=0.55,
            )  # fmt: skip


def safe_wrong_labels(fact: CharacterisationFact, doc: ArticleDoc) -> list[str]:
    """Labels of the same kind from the knowledge data that the article never uses, in any
    form ("rivals" rules out "rivalry", "strategic partners" rules out "strategic
    partnership")."""
    if not fact.category:
        return []
    stems = _article_stems(doc, without=fact.label)
    kept: list[str] = []
    for label in doc.knowledge.terms.get(fact.category, []):
        if _norm(label) == _norm(fact.label):
            continue
        words = [w for w in re.split(r"[\s-]+", _norm(label)) if w not in _STOP]
        # One shared content word is enough to be unsafe: "non-aligned" against an article
        # that speaks of "avoiding alignment" might be read as right.
        if words and any(_stem(w) in stems for w in words if len(w) >= 5):
            continue
        kept.append(label)
    return kept[:3]


def _article_stems(doc: ArticleDoc, *, without: str) -> frozenset[str]:
    """The article's word beginnings, leaving out the label itself: its own words ("power" in
    "middle power") do not make "great power" unsafe."""
    text = _norm(" ".join([doc.title or "", doc.text]))
    label = _norm(without)
    inside = _stem_counts(label)
    times = len(whole_words(label).findall(text)) if label else 0
    counts = _stem_counts(text)
    return frozenset(stem for stem, n in counts.items() if n > inside.get(stem, 0) * times)


@lru_cache(maxsize=8)
def _stem_counts(text: str) -> dict[str, int]:
    """How often each beginning (4 to 12 letters) of each word occurs: one pass per text."""
    counts: dict[str, int] = {}
    for word in text.split():
        for size in range(4, min(len(word), 12) + 1):
            counts[word[:size]] = counts.get(word[:size], 0) + 1
    return counts


def _stem(word: str) -> str:
    return word[: max(4, len(word) - 3)]


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def _with_article(label: str, article: str) -> str:
    if not article:
        return label
    return f"{'an' if label.lstrip('“')[:1].lower() in 'aeiou' else 'a'} {label}"


def _statement(fact: CharacterisationFact) -> str:
    """The predicate said of someone not named: "its" becomes "a"."""
    if fact.as_noun:
        filled = fact.predicate.format(_with_article(fact.labelled(), fact.article))
    else:
        filled = fact.predicate.format(fact.label)
    words = filled.split(" ")
    out: list[str] = []
    for k, word in enumerate(words):
        if word.lower() in ("its", "their"):
            following = words[k + 1].lstrip('“"') if k + 1 < len(words) else ""
            out.append("an" if following[:1].lower() in "aeiou" else "a")
        else:
            out.append(word)
    return " ".join(out)


def _wrong_who(fact: CharacterisationFact, doc: ArticleDoc, avoid: set[str]) -> list[str]:
    avoid = avoid | {fact.who}
    if fact.who_kind == COUNTRY:
        return distractors.wrong_countries(doc, answer=fact.who, avoid=avoid)
    if fact.who_kind == ORG:
        org = doc.knowledge.organisation(fact.who)
        if org is None:
            return []
        return distractors.wrong_organisations(doc, answer=org.name, avoid=avoid, label="name")
    if fact.who_kind == PERSON:
        leader = doc.knowledge.leaders.get(fact.who)
        if leader is None:
            return []
        return distractors.wrong_people(doc, answer=fact.who, avoid=avoid, title=leader.title)
    return []


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _explanation(fact: CharacterisationFact) -> str:
    label = fact.labelled()
    if not fact.as_noun:
        return f"The article calls {_possessive(fact.who_text)} {fact.describes} {label}."
    if fact.describes == "relationship":
        partner = f" with {fact.partner}" if fact.partner else ""
        return f"The article speaks of {_possessive(fact.who_text)} {label}{partner}."
    if fact.describes == "role":
        return f"In the article, {fact.who_text} plays the role of " \
            f"{_with_article(fact.label, 'a')}."  # fmt: skip
    return f"The article presents {fact.who_text} as {_with_article(label, fact.article)}."

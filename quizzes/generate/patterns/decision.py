"""Decisions and agreements: "the SCO leaders adopted the Astana Declaration", "Kazakhstan and
China signed an agreement on visa-free travel", "ratified the treaty on ...", "agreed to build a
railway", "approved a loan of $200 million". The fact: who decided (countries, organisations,
people named in the subject), the verb, what (the object as written, cut before relative
clauses; a treaty or event name kept whole), and the date and place when stated. Questions:
which document (other documents the article names as wrong options, never one the same actors
also adopted), who (things of the same kind the sentence does not name), and true or false with
another actor swapped in. Who decided is asked only where the article gives nothing else:
teachers passed none of the 10 such questions they were shown on unseen articles (the actor is
most often one of the two countries the whole story is about, or the headline names it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from quizzes.generate import distractors
from quizzes.generate.ask import TOPIC_ECONOMY, TOPIC_EVENTS, TOPIC_POLICY, Ask, origin
from quizzes.generate.document import ArticleDoc, Entity, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import COUNTRY, DEMONYM, ORG, PERSON, country_as_written
from quizzes.generate.questions import Candidate, and_list, single_choice, true_false
from quizzes.generate.referents import country_of

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "decision"

_VERBS = frozenset({"sign", "adopt", "agree", "ratify", "approve", "endorse", "conclude"})
DOCUMENTS = frozenset({"agreement", "treaty", "declaration", "resolution", "memorandum",
                        "accord", "convention", "charter", "pact", "protocol", "contract",
                        "deal", "statement", "communiqué", "communique", "strategy", "plan",
                        "roadmap", "programme", "program", "document", "law", "bill",
                        "decree", "mou"})  # fmt: skip
_MULTILATERAL = frozenset({"treaty", "accord"})
_OPEN_TO_ALL = frozenset({"convention", "charter", "protocol"})
_MONEY_NOUNS = frozenset({"loan", "grant", "budget", "package", "credit", "investment", "aid"})
_ACTOR_KINDS = (COUNTRY, DEMONYM, ORG, PERSON)
_CUT = frozenset({"relcl", "appos", "advcl", "parataxis"})
_WHEN_WHERE = ("date", "time", "city", "country", "place")
_KIND_WORD = {COUNTRY: "country", ORG: "organisation", PERSON: "person"}
MAX_WHAT_WORDS = 18
_RELATIVE_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
    r"tomorrow|last|this|next|recently)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Actor:
    name: str  # canonical
    text: str  # as written
    kind: str  # country, org or person


@dataclass(frozen=True)
class DecisionFact(Fact):
    actors: tuple[Actor, ...]
    subject: str  # the subject as written: "the SCO leaders", "Kazakhstan and China"
    head: str  # the subject's own noun when the actors only modify it: "leaders", or ""
    verb: str  # signed, adopted, agreed, ratified, approved (as written, past)
    verb_lemma: str
    what: str  # "the Astana Declaration", "an agreement on visa-free travel"
    is_document: bool
    date: str | None = None
    place: str | None = None

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (tuple(a.name for a in self.actors), self.verb_lemma, self.what.casefold())

    def describe(self) -> str:
        extra = "".join(f" {p}" for p in (self.place_phrase(), self.date_phrase()) if p)
        return f"{self.subject} {self.verb} {self.what}{extra}"

    def place_phrase(self) -> str:
        return f"in {self.place}" if self.place else ""

    def date_phrase(self) -> str:
        if not self.date or _RELATIVE_DAY.search(self.date):
            return ""  # "agreed Wednesday": which Wednesday means nothing in a question
        day = any(w.isdigit() and len(w) <= 2 for w in self.date.replace(",", " ").split())
        return f"on {self.date}" if day else f"in {self.date}"


# --- finding -------------------------------------------------------------------------------


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[DecisionFact]:
    for token in sentence.span:
        if token.pos_ == "VERB" and token.lemma_.lower() in _VERBS:
            fact = _decision(token, sentence, doc)
            if fact is not None:
                yield fact


def _decision(verb: Token, sentence: Sentence, doc: ArticleDoc) -> DecisionFact | None:
    if any(c.dep_ == "neg" for c in verb.children) or verb.tag_ not in ("VBD", "VBN", "VBZ"):
        return None
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
        return None  # a passive or a participle: the actors are not the subject
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    actors, head = _actors(subject, sentence, doc)
    if not actors:
        return None
    what_token, is_xcomp = _object(verb)
    if what_token is None:
        return None
    if not is_xcomp and not _decided_thing(what_token, sentence):
        return None  # "adopted democracy", "signed autographs": not a decision
    own = sentence.entity_at(what_token.i)
    listed = [
        e
        for e in sentence.entities_of("law")
        if e is not own and what_token.left_edge.i <= e.first_token <= what_token.right_edge.i
    ]
    if not is_xcomp and (what_token.conjuncts or listed):
        return None  # "signed the A Treaty, the B Treaty and ...": no one answer
    what = _what(what_token, verb, sentence, is_xcomp)
    if _vague(what):
        return None  # "signed the treaty": which treaty is not said here
    if not what or len(what.split()) > MAX_WHAT_WORDS:
        return None
    is_document = not is_xcomp and (
        what_token.lemma_.lower() in DOCUMENTS
        or (sentence.entity_at(what_token.i) or _NO_ENTITY).kind in ("law",)
    )
    subject_text = _subject_text(subject, actors, sentence, doc)
    date, place = _when_where(verb, sentence)
    verb_text = " ".join(
        [*(c.text for c in verb.lefts if c.dep_ == "aux"), verb.text]
    ).lower()  # fmt: skip
    return DecisionFact(
        sentence.evidence, sentence.index, sentence.from_caption, tuple(actors), subject_text,
        head, verb_text, verb.lemma_.lower(), what, is_document, date, place,
    )  # fmt: skip


_NO_ENTITY = Entity("none", "", "", "", False, 0, 0, -1, -1)


def _decided_thing(token: Token, sentence: Sentence) -> bool:
    entity = sentence.entity_at(token.i)
    if entity is not None and entity.kind in ("law", "event"):
        return True
    return token.lemma_.lower() in DOCUMENTS | _MONEY_NOUNS


def _vague(what: str) -> bool:
    """ "the treaty", "the deal", "this agreement": a bare noun that points back; "an MoU",
    "a statement": a bare noun that says nothing of what was agreed."""
    words = what.split()
    if words[0].lower() not in ("the", "this", "that", "these", "its", "their", "a", "an"):
        return False
    # "a long-term deal", "the new bilateral agreement": nothing but words of praise or time
    return all(w.lower().strip(",") in _SAYS_NOTHING for w in words[1:-1])


_SAYS_NOTHING = frozenset({
    "new", "long-term", "short-term", "bilateral", "historic", "important", "major", "landmark",
    "key", "strategic", "joint", "final", "first", "second", "further", "additional", "formal",
    "preliminary", "comprehensive", "significant", "trilateral", "multilateral", "several",
})  # fmt: skip


def _actors(subject: Token, sentence: Sentence, doc: ArticleDoc) -> tuple[list[Actor], str]:
    """The countries, organisations and people a subject names: "Kazakhstan and China", "the
    SCO leaders", "leaders of Russia and China"; and the subject's own noun when it is not
    one of them ("leaders")."""
    actors: list[Actor] = []
    head = ""
    for part in [subject, *subject.conjuncts]:
        entity = sentence.entity_at(part.i)
        if entity is not None:
            _add(actors, entity)
            continue
        if part.lower_ in ("it", "its"):
            country = country_of(part, sentence, doc)
            if country:
                actors.append(Actor(country, country, COUNTRY))
            continue
        if _the_two(part) and len(doc.subjects) == 2:
            for pair in doc.subjects:  # "the two countries" of an article about two
                _add(actors, pair)
            continue
        head = part.text
        for child in part.children:
            modifier = child.dep_ in ("compound", "poss", "amod", "nmod")
            targets = [child, *child.conjuncts] if modifier else []
            if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                # "leaders of Russia and China", "officials from Afghanistan's ministry and ..."
                targets = [t for t in child.subtree if t.dep_ in ("pobj", "poss", "conj")]
            for target in targets:
                entity = sentence.entity_at(target.i)
                if entity is not None and (entity.known or entity.kind != ORG):
                    _add(actors, entity)  # not "transport ministry", a body of one of them
    return actors, head


def _the_two(noun: Token) -> bool:
    """ "the two countries", "both nations", "the two sides"."""
    words = {c.lower_ for c in noun.children}
    return noun.lemma_.lower() in ("country", "nation", "side") and bool(words & {"two", "both"})


def _add(actors: list[Actor], entity: Entity) -> None:
    if entity.kind not in _ACTOR_KINDS:
        return
    if entity.kind == PERSON and not entity.known and " " not in entity.name:
        return
    kind = COUNTRY if entity.kind == DEMONYM else entity.kind
    text = entity.name if entity.kind == DEMONYM else entity.text
    if all(a.name != entity.name for a in actors):
        actors.append(Actor(entity.name, text, kind))


def _object(verb: Token) -> tuple[Token | None, bool]:
    for child in verb.children:
        if child.dep_ == "dobj":
            return child, False
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            return child, True  # "agreed to build a railway"
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "to") and verb.lemma_ == "agree":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj, False
    return None, False


def _what(token: Token, verb: Token, sentence: Sentence, is_xcomp: bool) -> str:
    """The object, short: a named treaty whole; otherwise the object's words up to a relative
    clause, with an "on ..." the parser hung on the verb ("ratified the treaty on ...")."""
    entity = sentence.entity_at(token.i)
    if entity is not None and entity.kind in ("law", "event"):
        det = sentence.span.doc[entity.first_token - 1] if entity.first_token > 0 else None
        name = f"the {entity.text}" if det is not None and det.lower_ == "the" else entity.text
        last = sentence.span.doc[entity.last_token]
        if last.lemma_.lower() not in DOCUMENTS:
            return name
        # "the Framework Agreement" names only a form of document: what it is on is its name
        about = _on_after(last, [last, verb], sentence)
        return f"{name} {_text(_about(about))}" if about is not None else name
    tokens = _kept(token, sentence)
    if is_xcomp:
        aux = [c for c in token.lefts if c.dep_ == "aux"]
        tokens = sorted({*tokens, *aux}, key=lambda t: t.i)
    elif token.lemma_.lower() in DOCUMENTS and not any(c.dep_ == "prep" for c in token.children):
        prep = _on_after(tokens[-1], [verb], sentence)
        if prep is not None:
            tokens += _kept(prep, sentence)
    return _text(tokens)


def _on_after(last: Token, heads: list[Token], sentence: Sentence) -> Token | None:
    """The "on ..." right after a document's last word, hung on the document or on the verb
    ("signed the treaty on water sharing"), unless it dates or places the signing."""
    prep = next((c for head in heads for c in head.children if c.dep_ == "prep"
                 and c.lower_ == "on" and c.i == last.i + 1), None)  # fmt: skip
    return None if prep is None or _is_when_where(prep, sentence) else prep


def _about(prep: Token) -> list[Token]:
    """What a document is on, in at most two prepositional phrases ("on the study for the
    road"): a third ("under the X corridor") qualifies the last thing named, not the document."""
    kept: list[Token] = []
    stack = [(prep, 1)]
    while stack:
        token, depth = stack.pop()
        kept.append(token)
        for child in token.children:
            deeper = depth + (child.dep_ == "prep")
            if child.dep_ not in _CUT and deeper <= _ABOUT_PHRASES:
                stack.append((child, deeper))
    kept.sort(key=lambda t: t.i)
    return _tidy(kept)


_ABOUT_PHRASES = 2


def _kept(head: Token, sentence: Sentence | None = None) -> list[Token]:
    """A phrase's words without relative clauses and the like; with a sentence, also without
    "on 4 July" or "in Astana" (said of the decision, not of the thing decided)."""
    kept: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        kept.append(token)
        for child in token.children:
            if child.dep_ not in _CUT and not (sentence and _is_when_where(child, sentence)):
                stack.append(child)
    kept.sort(key=lambda t: t.i)
    return _tidy(kept)


def _tidy(kept: list[Token]) -> list[Token]:
    """Punctuation only inside the phrase: a hyphen or dash ("the Osh–Andijan road"), a comma
    between kept words, quotation marks and brackets only in pairs."""
    tidy: list[Token] = []
    for k, token in enumerate(kept):
        if not token.is_punct or token.text in ("-", "–"):
            tidy.append(token)
            continue
        following = kept[k + 1] if k + 1 < len(kept) else None
        if token.text in _OPENERS:
            if any(t.text == _OPENERS[token.text] for t in kept[k + 1 :]):
                tidy.append(token)
        elif token.text in _CLOSERS:
            if any(t.text == _CLOSERS[token.text] for t in tidy):
                tidy.append(token)
        elif token.text == '"':
            if sum(t.text == '"' for t in kept) % 2 == 0:
                tidy.append(token)
        elif token.text == "," and k > 0 and following is not None and following.i == token.i + 1:
            tidy.append(token)
    # Brackets left empty once their content is cut: "the X Treaty (1992)".
    empty = {
        k
        for k in range(len(tidy) - 1)
        if tidy[k].text in _OPENERS and tidy[k + 1].text == _OPENERS[tidy[k].text]
    }
    return [t for k, t in enumerate(tidy) if k not in empty and k - 1 not in empty]


_OPENERS = {"(": ")", "“": "”", "‘": "’", "[": "]"}
_CLOSERS = {closer: opener for opener, closer in _OPENERS.items()}


def _is_when_where(token: Token, sentence: Sentence) -> bool:
    if token.dep_ != "prep" or token.lower_ not in ("in", "on", "at"):
        return False
    pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
    entity = sentence.entity_at(pobj.i) if pobj is not None else None
    return entity is not None and entity.kind in _WHEN_WHERE


def _text(tokens: list[Token]) -> str:
    parts = []
    for token, following in zip(tokens, [*tokens[1:], None], strict=True):
        joined = following is not None and following.i == token.i + 1
        parts.append(token.text + (token.whitespace_ if joined else " "))
    return "".join(parts).strip()


def _subject_text(subject: Token, actors: list[Actor], sentence: Sentence, doc: ArticleDoc) -> str:
    if subject.lower_ in ("it", "they"):
        return and_list([a.text for a in actors])
    tokens = [t for t in _kept(subject)
              if (sentence.entity_at(t.i) or _NO_ENTITY).kind not in ("date", "time")]  # fmt: skip
    if not tokens:
        return and_list([a.text for a in actors])
    text = _text(tokens)
    if tokens[0].pos_ in ("DET", "NOUN") and sentence.entity_at(tokens[0].i) is None:
        return text[:1].lower() + text[1:]
    return text


def _when_where(verb: Token, sentence: Sentence) -> tuple[str | None, str | None]:
    date = place = None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for child in [*verb.children, *(c for o in objects for c in o.children)]:
        targets = [child] if child.dep_ in ("npadvmod", "tmod") else []
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "at"):
            targets = [c for c in child.children if c.dep_ == "pobj"]
        for target in targets:
            entity = sentence.entity_at(target.i)
            if entity is None:
                continue
            if (
                entity.kind == "date"
                and date is None
                and not entity.text.lower().startswith(("last", "next", "this", "that"))
            ):
                date = entity.text
            elif entity.kind in ("city", "country", "place") and place is None:
                place = entity.text
    return date, place


# --- questions -----------------------------------------------------------------------------


def questions(fact: DecisionFact, ask: Ask) -> Iterator[Candidate | None]:
    source = origin(fact)
    topic = _topic(fact)
    explanation = _explanation(fact)
    extra = "".join(f" {p}" for p in (fact.place_phrase(), fact.date_phrase()) if p)
    same_actors = {a.name for a in fact.actors}
    if fact.is_document:
        documents = _other_documents(fact, ask)
        if len(documents) >= 2:
            yield single_choice(
                origin=source,
                prompt=f"According to the article, which document did {fact.subject} "
                f"{_base(fact.verb_lemma)}{extra}?",
                answer=_option(fact.what),
                wrong=[_option(d) for d in documents],
                explanation=explanation,
                topic=topic,
                difficulty=2,
                score=0.7,
            )
    if _many_parties(fact):
        return  # anyone could have signed a convention: "X did not sign it" cannot be known
    named = {e.name for e in _sentence_entities(fact, ask)}
    others = {a.name for f in ask.facts_of(DecisionFact) if f.verb_lemma == fact.verb_lemma
              for a in f.actors}  # fmt: skip
    first = _asked_actor(fact, ask)
    wrong = _wrong(ask.doc, first, named | others | same_actors | _headline_actors(fact, ask))
    partners = [a.text for a in fact.actors if a is not first and fact.head == ""]
    if not fact.head or (len(fact.actors) == 1 and _only_names(fact, with_head=True)):
        who = _who(first, fact)
        with_whom = f", along with {and_list(partners)}," if partners else ""
        verb = _singular(fact.verb) if partners else fact.verb
        prompt = f"According to the article, {who}{with_whom} {verb} {fact.what}{extra}?"
        if first.text.casefold() not in prompt.casefold():
            asked = single_choice(
                origin=source,
                prompt=prompt,
                answer=_answer(first),
                wrong=wrong,
                explanation=explanation,
                topic=topic,
                difficulty=2,
                score=0.65,
            )
            yield replace(asked, last_resort=True) if asked is not None else None
    if wrong and first.text in fact.subject and _only_names(fact):
        other = country_as_written(wrong[0]) if first.kind == COUNTRY else wrong[0]
        if first.kind == PERSON and len(first.text.split()) == 1:
            other = ask.knowledge.short_name(other)  # "Tokayev and Rahmon", as the text writes
        swapped = _swapped(fact.subject, first.text, other)
        if _names(f"{swapped} {fact.what}", first.text):
            return  # "... for the Uzbekistan-Afghanistan-Pakistan railway": plainly false
        statement = true_false(
            origin=source,
            statement=f"{_capitalised(swapped)} {fact.verb} {fact.what}{extra}.",
            truth=False,
            explanation=explanation,
            topic=topic,
            score=0.4,
            answer_texts=(first.text,),
        )
        # a made-up actor is seldom a false statement worth judging (12 of 42 votes accepting):
        # asked only where the article gives nothing else
        yield replace(statement, last_resort=True)


def _swapped(subject: str, name: str, other: str) -> str:
    """The subject with another name for one of its own, and without an article the old name
    took ("The Islamic Republic of Iran and …" with Afghanistan: "Afghanistan and …"); the
    other name brings its own ("the United States")."""
    at = subject.find(name)
    before = subject[:at]
    if before.casefold().endswith("the "):
        before = before[: -len("the ")]
    return f"{before}{other}{subject[at + len(name) :]}"


def _headline_actors(fact: DecisionFact, ask: Ask) -> set[str]:
    """Countries a headline says did the same ("Presidents of Armenia and Azerbaijan Sign ..."),
    and their office-holders: each is another true answer."""
    title = ask.doc.title or ""
    if not re.search(rf"\b{re.escape(fact.verb_lemma)}", title, re.IGNORECASE):
        return set()
    countries = {c.name for c in ask.knowledge.countries.values()
                 if any(_names(title, form) for form in c.forms)}  # fmt: skip
    return countries | {p for c in countries for p in ask.knowledge.leaders_of(c)}


def _names(text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _asked_actor(fact: DecisionFact, ask: Ask) -> Actor:
    """The first actor that is not what the article is about: "Iran and Turkmenistan signed"
    in a story about Iran asks for Turkmenistan."""
    subject = ask.doc.subject_forms
    others = [a for a in fact.actors if a.name.casefold() not in subject]
    return others[0] if others and fact.head == "" else fact.actors[0]


def _singular(verb: str) -> str:
    """ "have signed" → "has signed" after "which country, along with Iran,"."""
    first, _, rest = verb.partition(" ")
    one = {"have": "has", "are": "is", "were": "was"}.get(first.lower())
    return f"{one} {rest}".strip() if one else verb


def _many_parties(fact: DecisionFact) -> bool:
    """A treaty or convention many states sign, with no date to single out one signing."""
    words = {w.lower() for w in fact.what.split()}
    return bool(words & _OPEN_TO_ALL) or (not fact.date and bool(words & _MULTILATERAL))


def _only_names(fact: DecisionFact, *, with_head: bool = False) -> bool:
    """The subject is its actors and nothing else ("Kazakhstan and China"), or one
    organisation's people ("the SCO leaders"): swapping a name keeps the statement sensible
    (not "Russian President <someone else>"). `with_head`: the subject is its actors and its
    own noun only ("the SCO leaders"; not "the EU and Central Asia leaders", whose leaders are
    not all of one organisation)."""
    if fact.head and not with_head:
        return fact.actors[0].kind == ORG
    rest = fact.subject
    for actor in fact.actors:
        rest = rest.replace(actor.text, " ")
    words = {w.strip(",").lower() for w in rest.split()} - {"and", "both", "the", ""}
    return not words - ({fact.head.lower()} if with_head else set())


def _who(actor: Actor, fact: DecisionFact) -> str:
    if actor.kind == PERSON:
        return "who"
    word = _KIND_WORD.get(actor.kind, "country")
    if fact.head:
        return f"the {fact.head} of which {word}"
    return f"which {word}"


def _wrong(doc: ArticleDoc, actor: Actor, avoid: set[str]) -> list[str]:
    if actor.kind == COUNTRY:
        return distractors.wrong_countries(doc, answer=actor.name, avoid=avoid)
    if actor.kind == ORG:
        org = doc.knowledge.organisation(actor.name)
        if org is None:
            return _wrong(doc, Actor(actor.name, actor.text, "unknown org"), avoid)
        label = "acronym" if actor.text == org.acronym else "name"
        return distractors.wrong_organisations(doc, answer=actor.text, avoid=avoid | {org.name},
                                               label=label)  # fmt: skip
    if actor.kind == PERSON:
        leader = doc.knowledge.leaders.get(actor.name)
        if leader is None:
            return []
        people = distractors.wrong_people(doc, answer=actor.name, avoid=avoid,
                                          title=leader.title, count=8)  # fmt: skip
        leaders = doc.knowledge.leaders
        return [p for p in people if p not in leaders or leaders[p].country][:3]
    if actor.kind == "unknown org":  # an organisation the data does not know: the article's others
        # One option per organisation: an acronym the article spells out in brackets ("the
        # Central Voting Board (CVB)") is the same body as its name, never a wrong option.
        spelled = {acronym: name.casefold() for acronym, name in doc.acronyms.items()}
        answer = spelled.get(actor.name, actor.name.casefold())
        named: dict[str, str] = {}
        for entity in doc.entities(ORG):
            body = spelled.get(entity.name, entity.name.casefold())
            if entity.name not in avoid and body != answer and _a_name(entity.text):
                named.setdefault(body, entity.text)
        return list(named.values())[:3]
    return []


def _a_name(text: str) -> bool:
    """Not a piece of a word the tagger took for a name ("Pro-" of "Pro-Western"), nor a unit
    ("MW") or a news outlet ("Azernews") taken for an organisation."""
    if text.upper() in _UNITS or _OUTLET.search(text):
        return False
    return len(re.findall(r"[A-Za-z]", text)) >= 2 and not text.endswith(("-", "–"))


_UNITS = frozenset({"MW", "GW", "KW", "KWH", "MWH", "GWH", "TWH", "BCM", "KM", "TCF", "BPD"})
_OUTLET = re.compile(r"news|press|agency|\b(?:tv|radio|times|post|daily)\b", re.IGNORECASE)


def _answer(actor: Actor) -> str:
    """A person by full name (the wrong options are full names too), others as written."""
    return actor.name if actor.kind in (PERSON, COUNTRY) else actor.text


def _other_documents(fact: DecisionFact, ask: Ask) -> list[str]:
    """Documents the article names that these actors are not said to have decided."""
    mine = {a.name for a in fact.actors}
    theirs = {f.what.casefold() for f in ask.facts_of(DecisionFact)
              if {a.name for a in f.actors} & mine}  # fmt: skip
    found: list[str] = []
    for other in ask.facts_of(DecisionFact):
        if other.is_document and other.what.casefold() not in theirs:
            found.append(other.what)
    own = {e.text for e in ask.doc.sentences[fact.sentence].entities}
    for entity in ask.doc.entities("law"):
        if entity.text in own:
            continue
        if entity.text.casefold() not in theirs and all(
            entity.text.casefold() not in t for t in theirs
        ):
            found.append(entity.text)
    seen: set[str] = set()
    kept = []
    for item in found:
        folded = _option(item).casefold()
        if folded not in seen and folded != _option(fact.what).casefold():
            seen.add(folded)
            kept.append(item)
    return kept[:3]


def _sentence_entities(fact: DecisionFact, ask: Ask) -> list[Entity]:
    return ask.doc.sentences[fact.sentence].entities


def _option(what: str) -> str:
    """ "the Astana Declaration" → "The Astana Declaration"; "an agreement on ..." → "An
    agreement on ..."."""
    return _capitalised(what)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _base(lemma: str) -> str:
    return lemma


def _topic(fact: DecisionFact) -> str:
    words = set(fact.what.lower().split())
    if words & _MONEY_NOUNS or "$" in fact.what or words & {"trade", "investment", "economic"}:
        return TOPIC_ECONOMY
    if any(a.kind == ORG for a in fact.actors):
        return TOPIC_POLICY
    return TOPIC_EVENTS if fact.date else TOPIC_POLICY


def _explanation(fact: DecisionFact) -> str:
    extra = "".join(f" {p}" for p in (fact.place_phrase(), fact.date_phrase()) if p)
    return f"The article reports that {fact.subject} {fact.verb} {fact.what}{extra}."

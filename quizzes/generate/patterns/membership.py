"""Membership: a country's relation to an organisation, as the article states it.

Statuses: "X is a member of the CSTO", "X, a member of the OTS", "member states such as X and Y",
"The SCO has ten members: A, B, C", "Belarus – the SCO's newest member –", "NATO-member Turkey",
"Turkey is not a member, but a dialogue partner of the SCO", "Mongolia is an observer in the
SCO". Joining: "Iran joined the SCO in July 2023", "Belarus became the SCO's tenth member in
2024", "Armenia acceded to the EAEU in 2015", "Iran was admitted to the SCO", "Iran joined the
group" (the organisation the article has just made its subject). Leaving: "Uzbekistan withdrew
from the CSTO", "Armenia froze its participation in the CSTO". A list counts only where the
sentence says its countries are members ("leaders of A, B and C" does not).

The fact holds the countries, the organisation's canonical name, the relation, the date and year
when stated, and a qualifier ("newest", "founding", "tenth"). Wrong options are countries (or
organisations) the knowledge data says have no relation at all to the organisation (or the
country), and never one the article itself names in that relation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizzes.generate import distractors
from quizzes.generate.ask import TOPIC_ORGANISATIONS, Ask, origin
from quizzes.generate.document import ArticleDoc, Entity, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import ORG, Country, Knowledge, Organisation
from quizzes.generate.questions import (
    Candidate,
    Origin,
    and_list,
    multiple_choice,
    numeric,
    ordering,
    short_answer,
    single_choice,
    true_false,
)
from quizzes.generate.referents import country_of

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "membership"

MEMBER, OBSERVER, PARTNER = "member", "observer", "dialogue partner"
JOINED, LEFT, SUSPENDED = "joined", "left", "suspended"
STATUSES = (MEMBER, OBSERVER, PARTNER)

_STATE_NOUNS = frozenset({"state", "country", "nation"})
# Qualifiers that make a status something else: "a former member", "an associate member".
_NOT_THE_STATUS = frozenset({"former", "associate", "prospective", "potential", "future",
                             "candidate", "would-be", "non", "ex", "aspiring"})  # fmt: skip
_QUALIFIERS = frozenset({"new", "newest", "late", "latest", "founding", "founder", "full",
                         "permanent", "first", "original", "only"})  # fmt: skip
_NOT_A_TARGET = frozenset({"as", "during", "at", "after", "following", "since", "before"})
_JOIN_VERBS = frozenset({"join", "rejoin", "accede", "admit"})
_LEAVE_VERBS = frozenset({"leave", "quit", "exit", "withdraw"})
_SUSPEND_VERBS = frozenset({"freeze", "suspend"})
_PARTICIPLES = {"frozen": "freeze", "suspended": "suspend", "joined": "join",
                "admitted": "admit", "left": "leave", "quit": "quit"}  # fmt: skip
_SUSPENDED_NOUNS = frozenset({"participation", "membership", "activity", "involvement"})
_GRANT_VERBS = frozenset({"grant", "give", "award", "confer", "accord"})
_LIST_VERBS = frozenset({"comprise", "include", "unite"})
_LIST_PREPS = frozenset({"such as", "including", "like"})
_ORG_NOUNS = frozenset({"group", "grouping", "bloc", "organisation", "organization", "alliance",
                        "union", "body", "club"})  # fmt: skip
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall",
                     "to"})  # fmt: skip
_SUBJECTS = ("nsubj", "nsubjpass")
_PRONOUNS = frozenset({"it", "its"})
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DAY = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_NOT_BODIES = ("format", "initiative", "programme", "program")
LOOK_BACK = 3  # sentences searched for the organisation "the group" or "joined" refers to
MAX_CLIMB = 8
DISAGREEING = 0.6  # score factor for a statement the knowledge data contradicts


@dataclass(frozen=True)
class MembershipFact(Fact):
    countries: tuple[str, ...]
    organisation: str  # canonical name from the knowledge data
    relation: str  # member, observer, dialogue partner, joined, left, suspended
    role: str = MEMBER  # for "joined": the status gained ("joined as an observer")
    date: str = ""  # as written: "July 2023"
    year: int | None = None
    qualifier: str = ""  # "newest", "founding", "tenth"
    denied: str = ""  # a status the sentence says the country does not have
    action: str = ""  # for "suspended", as written: "froze its participation in"
    action_base: str = ""  # the same with the verb's base form: "freeze its participation in"

    kind = KIND

    @property
    def country(self) -> str:
        return self.countries[0]

    @property
    def is_list(self) -> bool:
        return len(self.countries) > 1

    def key(self) -> tuple[object, ...]:
        return (tuple(sorted(self.countries)), self.organisation, self.relation, self.year)

    def topic_value(self) -> tuple[tuple[object, ...], object] | None:
        if self.is_list:
            return None
        if self.relation in STATUSES:
            return ("status of", self.country, "in", self.organisation), self.relation
        if self.relation == JOINED and self.year is not None and self.role == MEMBER:
            return ("year", self.country, "joined", self.organisation), self.year
        return None

    def describe(self) -> str:
        countries = and_list(list(self.countries))
        when = f" ({self.date})" if self.date else ""
        qualifier = f" [{self.qualifier}]" if self.qualifier else ""
        if self.relation == JOINED:
            role = f" as {self.role}" if self.role != MEMBER else ""
            said = f"joined {self.organisation}{role}"
        elif self.relation == LEFT:
            said = f"left {self.organisation}"
        elif self.relation == SUSPENDED:
            said = f"{self.action or 'suspended its membership of'} {self.organisation}"
        else:
            said = f"{self.relation} of {self.organisation}"
        return f"{countries}: {said}{when}{qualifier}"


# ---------------------------------------------------------------------------------------------
# Finding


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[MembershipFact]:
    seen: set[tuple[object, ...]] = set()
    quoted = [m.span() for m in _SPOKEN.finditer(sentence.text)]
    for token in sentence.span:
        at = token.idx - sentence.span.start_char
        if any(start < at < end for start, end in quoted):
            continue  # "“Those who assert that Armenia is withdrawing … are mistaken,” he said"
        status = status_of(token)
        if status:
            found: Iterable[MembershipFact] = _from_status_noun(token, status, sentence, doc)
        elif token.pos_ in ("VERB", "AUX") or _quoted_participle(token):
            found = _from_verb(token, sentence, doc)
        else:
            continue
        for fact in found:
            if fact.key() not in seen:
                seen.add(fact.key())
                yield fact


_SPOKEN = re.compile(r"“[^”]{40,}”|\"[^\"]{40,}\"")  # someone's words, not the article's


def status_of(token: Token) -> str | None:
    """member, observer or dialogue partner when the token is such a noun ("member states")."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    if lemma == "member":
        if token.dep_ == "compound" and token.head.lemma_.lower() in _STATE_NOUNS:
            return None  # "member states": the head noun speaks for both
        return MEMBER
    if lemma in _STATE_NOUNS and any(
        c.dep_ == "compound" and c.lemma_.lower() == "member" for c in token.children
    ):
        return MEMBER
    if lemma == "observer":
        return OBSERVER
    if lemma == "partner" and any(c.lemma_.lower() == "dialogue" for c in token.children):
        return PARTNER
    return None


def _from_status_noun(
    noun: Token, status: str, sentence: Sentence, doc: ArticleDoc
) -> Iterator[MembershipFact]:
    if _not_the_status(noun):
        return
    base, denied = noun, ""
    while base.dep_ == "conj" and base.head.pos_ in ("NOUN", "PROPN"):
        base = base.head
    copula = base.head if base.dep_ in ("attr", "acomp", "conj") else None
    if copula is not None and copula.lemma_.lower() not in ("be", "become", "remain"):
        copula = None
    if copula is not None and base.dep_ == "conj":  # "is not a member, but a partner of"
        base = next((c for c in copula.children if c.dep_ == "attr"), base)
    if copula is not None:
        if _hedged(copula) or _past_state(copula):
            return
        if _negated(noun, base, copula):
            return
        if base.i != noun.i and _negated(base, base, copula):
            denied = status_of(base) or ""
    elif _has_neg(noun):
        return
    orgs = _orgs_of_noun(noun, sentence, doc)
    antecedent = _org_before_of_which(noun, sentence, doc) if not orgs else None
    if antecedent is not None:
        if not antecedent:
            return  # "..., of which Yerevan is a member": of what, the parse cannot say
        orgs = antecedent
    countries: list[str] = []
    relation = status
    date = ""
    granting = _granting(noun)
    if granting is not None:
        if _hedged(granting) or _has_neg(granting):
            return
        receivers = [c for c in granting.children if c.dep_ in ("dative", "nsubjpass")]
        countries = [c for r in receivers for c in _countries(r, sentence, doc)]
        relation = JOINED
        date = _date_of(granting, sentence)
        if not orgs:  # "an SCO member state", "observer status in the SCO"
            holders: list[Token | None] = [c for c in noun.children if c.lemma_.lower() == "member"]
            holders.append(granting_object(granting))
            orgs = [o for h in holders if h is not None for o in _orgs_of_noun(h, sentence, doc)]
    elif copula is not None:
        subject = _subject_of(copula)
        if subject is not None:
            countries = _countries(subject, sentence, doc)
        if copula.lemma_.lower() == "become":
            relation = JOINED
            date = _date_of(copula, sentence)
    elif base.dep_ == "appos":
        head = base.head
        countries = _countries(head, sentence, doc) if noun.tag_ == "NNS" else []
        if not countries:
            countries = _one_country(head, sentence, doc) or _beside(base, sentence, doc)
    elif noun.dep_ in ("compound", "amod") and noun.head.pos_ == "PROPN":
        countries = _one_country(noun.head, sentence, doc)  # "NATO-member Turkey"
    elif noun.dep_ in _SUBJECTS and noun.head.lemma_.lower() in ("be", *_LIST_VERBS):
        verb = noun.head  # "The SCO's members include China and Russia"
        if _hedged(verb) or _has_neg(verb):
            return
        for child in verb.children:
            if child.dep_ in ("attr", "dobj"):
                countries += _countries(child, sentence, doc)
    if not countries:
        countries = _listed_after(noun, sentence, doc)
    if not orgs and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "have":
        orgs = _orgs_in(_subject_of(noun.head), sentence, doc)  # "The SCO has ten members: ..."
    if not orgs:
        orgs = _org_of_clause(noun, sentence, doc)
    if not orgs and countries:
        orgs = _org_from_context(sentence, doc)  # "14 dialogue partners, including Türkiye"
    countries = list(dict.fromkeys(countries))
    if not countries or not orgs:
        return
    qualifier = _qualifier(noun, sentence)
    year = _year(date)
    for org in orgs:
        yield MembershipFact(
            sentence.evidence, sentence.index, sentence.from_caption, tuple(countries), org,
            relation, role=status, date=date if year else "", year=year, qualifier=qualifier,
            denied=denied,
        )  # fmt: skip


def _granting(noun: Token) -> Token | None:
    """The verb that grants the status the noun names: "granting Belarus the status of an SCO
    member state", "Iran was given observer status": a country gaining the status."""
    holder = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        holder = noun.head.head  # "the status of a member"
    elif noun.dep_ in ("compound", "amod") and noun.head.lemma_.lower() == "status":
        holder = noun.head  # "observer status"
    if holder is noun or holder.lemma_.lower() != "status" or holder.dep_ != "dobj":
        return None
    verb = holder.head
    return verb if verb.lemma_.lower() in _GRANT_VERBS else None


def granting_object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _quoted_participle(token: Token) -> bool:
    """ "Armenia has “frozen” its participation": the quotation marks make the parse take the
    verb for an adjective, though it has an auxiliary and an object."""
    children = {c.dep_ for c in token.children}
    return token.pos_ == "ADJ" and token.lower_ in _PARTICIPLES and {"aux", "dobj"} <= children


def _from_verb(verb: Token, sentence: Sentence, doc: ArticleDoc) -> Iterator[MembershipFact]:
    lemma = _PARTICIPLES.get(verb.lower_, verb.lemma_.lower())
    if lemma not in _JOIN_VERBS | _LEAVE_VERBS | _SUSPEND_VERBS | _LIST_VERBS:
        return
    if _hedged(verb) or _has_neg(verb) or verb.dep_ in ("xcomp", "amod", "acl"):
        return
    countries: list[str] = []
    orgs: list[str] = []
    relation = JOINED
    role = MEMBER
    action = action_base = ""
    subject = _subject_of(verb)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    preps = {c.lower_: c for c in verb.children if c.dep_ == "prep"}
    if lemma in _LIST_VERBS:
        orgs = _orgs_in(subject, sentence, doc, root_only=True)
        for obj in objects:
            countries += _countries(obj, sentence, doc)
        relation = MEMBER
    elif lemma == "admit":
        if subject is not None and subject.dep_ == "nsubjpass":
            countries = _countries(subject, sentence, doc)
        else:
            orgs = _orgs_in(subject, sentence, doc, root_only=True) or (
                _org_from_context(sentence, doc) if _refers_to_org(subject) else []
            )
            for obj in objects:
                countries += _countries(obj, sentence, doc)
        target = preps.get("to") or preps.get("into")
        if target is not None:
            orgs = orgs or _target_orgs(target, sentence, doc)
        elif not orgs and not _other_preps(verb, sentence):
            orgs = _org_from_context(sentence, doc)  # "Belarus was admitted as a full member"
    elif lemma in _JOIN_VERBS:
        if subject is not None:
            countries = _countries(subject, sentence, doc)
        target = objects[0] if objects else None
        if lemma == "accede":
            target = _pobj(preps.get("to"))
        if target is not None:
            orgs = _orgs_in(target, sentence, doc, root_only=True)
            if not orgs and _refers_to_org(target):
                orgs = _org_from_context(sentence, doc)
        elif not _other_preps(verb, sentence):
            orgs = _org_from_context(sentence, doc)  # "Iran joined in July 2023"
    elif lemma in _LEAVE_VERBS:
        relation = LEFT
        if subject is not None:
            countries = _countries(subject, sentence, doc)
        target = objects[0] if objects and lemma != "withdraw" else _pobj(preps.get("from"))
        if target is not None:
            orgs = _orgs_in(target, sentence, doc, root_only=True)
    else:  # froze / suspended its participation in
        relation = SUSPENDED
        if subject is not None:
            countries = _countries(subject, sentence, doc)
        for obj in objects:
            if obj.lemma_.lower() in _SUSPENDED_NOUNS:
                for prep in obj.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "within"):
                        orgs = _target_orgs(prep, sentence, doc)
                        auxes = [a.text for a in verb.children if a.dep_ == "aux"]
                        action = " ".join([*auxes, verb.text, "its", obj.text, prep.lower_])
                        action_base = f"{lemma} its {obj.text} {prep.lower_}"
    as_prep = preps.get("as")
    if as_prep is not None:
        status = next((status_of(c) for c in as_prep.children if c.dep_ == "pobj"), None)
        if status is None:
            return  # "joined as a guest": not a membership
        role = status
    countries = list(dict.fromkeys(countries))
    if not countries or not orgs:
        return
    date = _date_of(verb, sentence) if relation != MEMBER else ""
    year = _year(date)
    for org in dict.fromkeys(orgs):
        yield MembershipFact(
            sentence.evidence, sentence.index, sentence.from_caption, tuple(countries), org,
            relation, role=role, date=date if year else "", year=year, action=action,
            action_base=action_base,
        )  # fmt: skip


def _not_the_status(noun: Token) -> bool:
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod", "advmod") and (
            child.lemma_.lower() in _NOT_THE_STATUS or child.lower_ in _NOT_THE_STATUS
        ):
            return True
    describing = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    if any(c.lower_ == "only" for c in describing) and any(
        c.lower_ not in _QUALIFIERS and not c.ent_type_ for c in describing
    ):
        return True  # "the only dissenting member": not the only member
    previous = noun.doc[noun.i - 2 : noun.i]
    return len(previous) == 2 and previous[0].lower_ in ("non", "ex") and previous[1].text == "-"


def _past_state(copula: Token) -> bool:
    """ "was a member", "had been a member": perhaps no longer (becoming one stays a fact)."""
    if copula.lemma_.lower() == "be" and copula.tag_ == "VBD":
        return True
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in copula.children)


def _has_neg(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _negated(noun: Token, base: Token, copula: Token) -> bool:
    """ "not a member" (negated); "not a member, but a dialogue partner" (partner is not)."""
    if _has_neg(noun):
        return True
    if not _has_neg(copula):
        return False
    if noun.i == base.i:
        return True
    return not any(c.lower_ == "but" for c in (*copula.children, *base.children))


def _hedged(verb: Token) -> bool:
    """A plan, a wish or a possibility: "will join", "seeks to become", "could join"; or a
    condition: "in case Georgia became a member", "if Armenia joined"."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in verb.children):
        return True
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "case" for g in c.children)
        for c in verb.children
    )


_CONDITIONS = frozenset({"if", "unless", "case", "whether"})


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject, or the subject of the verb it is coordinated with ("X shares a border
    with Y and is a member of Z"), also when the parse hangs the second verb one level up."""
    for _ in range(MAX_CLIMB):
        for child in verb.children:
            if child.dep_ in _SUBJECTS:
                return child
        if verb.dep_ != "conj":
            return None
        first = verb.head
        clauses = [c for c in first.children if c.dep_ in ("pcomp", "ccomp") and c.i < verb.i]
        if (first.pos_ not in ("VERB", "AUX") or first.dep_ == "prep") and clauses:
            return next((c for c in clauses[-1].children if c.dep_ in _SUBJECTS), None)
        verb = first
    return None


def _countries(token: Token, sentence: Sentence, doc: ArticleDoc) -> list[str]:
    """The country a token names and those coordinated with it ("China, Russia and India")."""
    found: list[str] = []
    for part in [token, *token.conjuncts]:
        if part.lower_ in _PRONOUNS:
            country = _pronoun_country(sentence, doc)
            found += [country] if country else []
        else:
            found += _one_country(part, sentence, doc)
    return found


def _pronoun_country(sentence: Sentence, doc: ArticleDoc) -> str | None:
    """ "Kazakhstan borders China. It is a member of the SCO": "it" is the country the sentences
    before were about (their subject), not merely the last one named; none when that subject
    is an organisation ("The SCO was founded in 2001. It expanded ...")."""
    start = max(0, sentence.index - LOOK_BACK)
    for earlier in reversed(doc.sentences[start : sentence.index]):
        for token in earlier.span:
            if token.dep_ in _SUBJECTS and token.head.dep_ == "ROOT":
                entity = earlier.entity_at(token.i)
                if entity is not None and entity.kind == ORG:
                    return None
                if entity is not None and entity.country:
                    return entity.country
    return None


def _one_country(token: Token, sentence: Sentence, doc: ArticleDoc) -> list[str]:
    if _named_more(token, sentence):
        return []
    country = country_of(token, sentence, doc)
    return [country] if country else []


def _named_more(token: Token, sentence: Sentence) -> bool:
    """ "Northern Cyprus": a proper name around the country's name that is not part of it."""
    entity = sentence.entity_at(token.i)
    if entity is None:
        return False
    return any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and sentence.entity_at(c.i) is None
        for c in token.children
    )


def _beside(noun: Token, sentence: Sentence, doc: ArticleDoc) -> list[str]:
    """ "..., as well as Belarus – the SCO's newest member –": the country just before an
    appositive set off by a dash or comma, when the parse hangs it elsewhere."""
    start = noun.left_edge.i
    if start < 2 or noun.doc[start - 1].text not in ("–", "—", "-", ",", "("):
        return []
    before = noun.doc[start - 2]
    if before.i < sentence.span.start:
        return []
    return _one_country(before, sentence, doc)


def _listed_after(noun: Token, sentence: Sentence, doc: ArticleDoc) -> list[str]:
    """ "members: China, Russia", "member states such as X and Y", "its newest member, Belarus"."""
    found: list[str] = []
    for child in noun.children:
        if child.dep_ == "appos":
            found += _countries(child, sentence, doc)
        elif child.dep_ == "prep" and _prep_text(child) in _LIST_PREPS:
            pobj = _pobj(child)
            if pobj is not None:
                found += _countries(pobj, sentence, doc)
    return found


def _prep_text(prep: Token) -> str:
    words = [c.lower_ for c in prep.children if c.dep_ in ("amod", "advmod") and c.i < prep.i]
    return " ".join([*words, prep.lower_])


def _pobj(prep: Token | None) -> Token | None:
    if prep is None:
        return None
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _known_org(token: Token, sentence: Sentence, doc: ArticleDoc) -> str | None:
    entity = sentence.entity_at(token.i)
    if entity is None or entity.kind != ORG or not entity.known:
        return None
    org = doc.knowledge.organisation(entity.name)
    return org.name if org else None


def _orgs_in(
    token: Token | None, sentence: Sentence, doc: ArticleDoc, *, root_only: bool = False
) -> list[str]:
    """The known organisations a token and its coordinated tokens name."""
    if token is None:
        return []
    found = []
    for part in [token, *token.conjuncts]:
        org = _known_org(part, sentence, doc)
        entity = sentence.entity_at(part.i)
        if org and (not root_only or entity is None or _is_root_of(part, entity, sentence)):
            found.append(org)
    return list(dict.fromkeys(found))


def _is_root_of(token: Token, entity: Entity, sentence: Sentence) -> bool:
    """The token heads its entity (not a word inside "the SCO summit")."""
    return not (entity.first_token <= token.head.i <= entity.last_token) or token.head.i == token.i


def _target_orgs(prep: Token, sentence: Sentence, doc: ArticleDoc) -> list[str]:
    pobj = _pobj(prep)
    if pobj is None:
        return []
    orgs = _orgs_in(pobj, sentence, doc, root_only=True)
    if not orgs and _refers_to_org(pobj):
        orgs = _org_from_context(sentence, doc)
    return orgs


def _orgs_of_noun(noun: Token, sentence: Sentence, doc: ArticleDoc) -> list[str]:
    """ "member of the CSTO (and the EAEU)", "the SCO's member", "CSTO member states",
    "NATO-member", "a member of the CSTO, as well as the EAEU" (the EAEU coordinated with it)."""
    found: list[str] = []
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "at", "to", "within"):
            pobj = _pobj(child)
            if pobj is not None:
                found += _orgs_in(pobj, sentence, doc)
                if not found and _refers_to_org(pobj):
                    found += _org_from_context(sentence, doc)
        elif child.dep_ in ("poss", "compound", "nmod") or (
            child.dep_ == "conj" and status_of(child) is None
        ):
            found += _orgs_in(child, sentence, doc) if child.dep_ == "conj" else \
                [o for o in [_known_org(child, sentence, doc)] if o]  # fmt: skip
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":  # "SCO member countries"
        found += [o for c in noun.head.children if c.dep_ == "compound" and c.i != noun.i
                  for o in [_known_org(c, sentence, doc)] if o]  # fmt: skip
    return list(dict.fromkeys(found))


def _org_of_clause(noun: Token, sentence: Sentence, doc: ArticleDoc) -> list[str]:
    """ "The OTS comprises A and B, while C and D are observers": the subject of a verb the
    status noun's clause hangs from."""
    token = noun
    for _ in range(MAX_CLIMB):
        if token.head.i == token.i:
            return []
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token.i != noun.head.i:
            subject = _subject_of(token)
            orgs = _orgs_in(subject, sentence, doc, root_only=True)
            if orgs:
                return orgs
    return []


def _org_before_of_which(noun: Token, sentence: Sentence, doc: ArticleDoc) -> list[str] | None:
    """ "the Eurasian Economic Union (EAEU), of which Yerevan has been a member": the organisation
    just before "of which" (the parser may hang the clause elsewhere); [] when no known one
    stands there; None when the noun is in no such clause."""
    tokens = sentence.span.doc
    which = next((t for t in sentence.span if t.i < noun.i and t.lower_ == "which"
                  and t.i > sentence.span.start and tokens[t.i - 1].lower_ == "of"),
                 None)  # fmt: skip
    if which is None:
        return None
    index = which.i - 2
    while index >= sentence.span.start and tokens[index].is_punct:
        index -= 1
    org = _known_org(tokens[index], sentence, doc) if index >= sentence.span.start else None
    return [org] if org else []


def _refers_to_org(token: Token | None) -> bool:
    """ "the group", "the bloc", "the organisation"."""
    if token is None or token.lemma_.lower() not in _ORG_NOUNS:
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children)


def _org_from_context(sentence: Sentence, doc: ArticleDoc) -> list[str]:
    """The organisation the article has just made its subject, if it is a known one."""
    start = max(0, sentence.index - LOOK_BACK)
    for earlier in reversed(doc.sentences[start : sentence.index + 1]):
        for entity in reversed(earlier.entities):
            if entity.kind not in (ORG, "org"):
                continue
            root = earlier.span.doc[entity.first_token : entity.last_token + 1].root
            if root.dep_ not in _SUBJECTS:
                continue
            org = doc.knowledge.organisation(entity.name) if entity.known else None
            return [org.name] if org else []
    subject = doc.subjects[0] if len(doc.subjects) == 1 else None
    org = doc.knowledge.organisation(subject.name) if subject and subject.kind == ORG else None
    return [org.name] if org else []


def _other_preps(verb: Token, sentence: Sentence) -> bool:
    """A prepositional phrase that is not a date or a status ("joined into a trade agreement",
    not "joined as a full member during the summit")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ not in _NOT_A_TARGET:
            pobj = _pobj(child)
            entity = sentence.entity_at(pobj.i) if pobj is not None else None
            if entity is None or entity.kind != "date":
                return True
    return False


def _date_of(verb: Token, sentence: Sentence) -> str:
    """The date that modifies this verb (not another verb of the sentence)."""
    for entity in sentence.entities_of("date"):
        root = sentence.span.doc[entity.first_token : entity.last_token + 1].root
        token = root
        for _ in range(MAX_CLIMB):
            if token.head.i == token.i:
                break
            token = token.head
            if token.pos_ in ("VERB", "AUX"):
                break
        if token.i == verb.i and _year(entity.text):
            return entity.text
    return ""


def _year(text: str) -> int | None:
    match = _YEAR.search(text)
    return int(match.group()) if match else None


def _qualifier(noun: Token, sentence: Sentence) -> str:
    for child in noun.children:
        if child.dep_ not in ("amod", "compound", "nummod") or child.i > noun.i:
            continue
        entity = sentence.entity_at(child.i)
        if (
            child.lemma_.lower() in _QUALIFIERS
            or child.lower_ in _QUALIFIERS
            or (entity is not None and entity.kind == "ordinal")
        ):
            return child.lower_
    return ""


# ---------------------------------------------------------------------------------------------
# Questions


def questions(fact: MembershipFact, ask: Ask) -> Iterator[Candidate | None]:
    org = ask.knowledge.organisation(fact.organisation)
    if org is None:
        return
    if fact.relation in STATUSES:
        made = _list_questions(fact, org, ask) if fact.is_list else \
            _status_questions(fact, org, ask)  # fmt: skip
    elif fact.relation == JOINED:
        made = _joined_questions(fact, org, ask)
    else:
        made = _left_questions(fact, org, ask)
    trust = 1.0 if _agrees_with_data(fact, ask) else DISAGREEING
    for candidate in made:
        if candidate is not None:
            candidate.score = round(candidate.score * trust, 3)
        yield candidate


def _agrees_with_data(fact: MembershipFact, ask: Ask) -> bool:
    """False when the knowledge data knows better: an old article, or a misread sentence."""
    if fact.relation in STATUSES:
        wanted = fact.relation
    elif fact.relation == JOINED:
        wanted = fact.role
    else:
        return True
    for country in fact.countries:
        actual = ask.knowledge.membership(fact.organisation, country)
        if actual is not None and actual != wanted:
            return False
    return True


def _the(org: Organisation) -> str:
    return f"the {org.name}"


def _article(status: str) -> str:
    return "an" if status[0] in "aeiou" else "a"


def _status_phrase(status: str, qualifier: str, *, plural: bool = False) -> str:
    """ "a member", "the newest member", "dialogue partners"."""
    if plural:
        return f"{qualifier} {status}s".strip()
    if qualifier in _ONE_OF_MANY:
        return f"{_article(qualifier)} {qualifier} {status}"  # "a full member": one of several
    if qualifier:
        return f"the {qualifier} {status}"
    return f"{_article(status)} {status}"


# Qualifiers several members share ("a full member", "a founding member"); the others single
# one out ("the newest member", "the first member").
_ONE_OF_MANY = frozenset({"new", "founding", "founder", "full", "permanent", "original"})


def stated(ask: Ask, org: str) -> set[str]:
    """Every country the article names in any relation to the organisation."""
    return {c for f in ask.facts_of(MembershipFact) if f.organisation == org for c in f.countries}


def stated_orgs(ask: Ask, country: str) -> set[str]:
    return {f.organisation for f in ask.facts_of(MembershipFact) if country in f.countries}


def no_relation_countries(ask: Ask, org: Organisation, answer: str, *, count: int = 3) -> list[str]:
    """Countries the knowledge data says have no relation to the organisation (and the article
    names in no relation to it), most plausible first; none when the data cannot tell."""
    knowledge = ask.knowledge
    avoid = {c for c in knowledge.countries if knowledge.membership(org.name, c) != "none"}
    avoid |= stated(ask, org.name)
    return distractors.wrong_countries(ask.doc, answer=answer, avoid=avoid, count=count)


def no_relation_orgs(ask: Ask, country: str, answer: str, *, count: int = 3) -> list[str]:
    """Organisations the data says the country has no relation to, by full name; only bodies
    believable for it: of the answer's kind (NATO for the CSTO) or of its neighbourhood (a
    quarter of the members its neighbours or of its region), never ASEAN, the EU or the G20 for
    Kazakhstan. Fewer than asked, or none, when the data has no more."""
    knowledge = ask.knowledge
    avoid = {o for o in knowledge.organisations if knowledge.membership(o, country) != "none"}
    avoid |= stated_orgs(ask, country) | {answer}
    ranked = distractors.wrong_organisations(
        ask.doc,
        answer=answer,
        avoid=avoid,
        count=len(knowledge.organisations),
        label="name",
        near=country,
    )
    home = knowledge.countries.get(country)
    answering = knowledge.organisation(answer)
    kept = [
        name
        for name in ranked
        if (org := knowledge.organisations.get(name)) is not None
        and _is_body(org)
        and (_same_kind(org, answering) or _of_the_neighbourhood(org, home, knowledge))
    ]
    return kept[:count]


NEIGHBOURHOOD_SHARE = 0.25  # of a body's members near a country, for the body to be its region's


def _same_kind(org: Organisation, other: Organisation | None) -> bool:
    return other is not None and org.kind == other.kind


def _of_the_neighbourhood(org: Organisation, home: Country | None, knowledge: Knowledge) -> bool:
    """Whether enough of the body's members are the country's neighbours or of its region."""
    if home is None or not org.members:
        return False
    near = {
        member
        for member in org.members
        if member in home.neighbours
        or ((other := knowledge.countries.get(member)) is not None and other.region == home.region)
    }
    return len(near) >= NEIGHBOURHOOD_SHARE * len(org.members)


def _is_body(org: Organisation | None) -> bool:
    """An organisation one can be a member of, not a meeting format or an initiative."""
    return org is not None and not any(word in org.kind for word in _NOT_BODIES)


def _status_questions(
    fact: MembershipFact, org: Organisation, ask: Ask
) -> Iterator[Candidate | None]:
    source = origin(fact)
    country = fact.country
    phrase = _status_phrase(fact.relation, fact.qualifier)
    statement = f"{country} is {phrase} of {_the(org)}"
    explanation = f"The article says {statement}."
    central = 0.75 if fact.qualifier else 0.7
    yield single_choice(
        origin=source,
        prompt=f"According to the article, which country is {phrase} of {_the(org)}?",
        answer=country,
        wrong=no_relation_countries(ask, org, country),
        explanation=explanation,
        topic=TOPIC_ORGANISATIONS,
        difficulty=2,
        score=central,
    )
    yield single_choice(
        origin=source,
        prompt=f"According to the article, {country} is {phrase} of which organisation?",
        answer=org.name,
        wrong=no_relation_orgs(ask, country, org.name),
        explanation=explanation,
        topic=TOPIC_ORGANISATIONS,
        difficulty=2,
        score=central - 0.05,
    )
    yield true_false(
        origin=source,
        statement=f"{statement}.",
        truth=True,
        explanation=explanation,
        topic=TOPIC_ORGANISATIONS,
        difficulty=1,
        score=0.45,
    )
    yield _false_status(fact, org, ask)


def _false_status(fact: MembershipFact, org: Organisation, ask: Ask) -> Candidate | None:
    """The country given a status the data says it lacks, in this or another organisation."""
    knowledge = ask.knowledge
    country = fact.country
    said = {(f.organisation, f.relation) for f in ask.facts_of(MembershipFact)
            if country in f.countries}  # fmt: skip
    actual = knowledge.membership(org.name, country)
    for status in STATUSES:  # the same organisation, another status
        if status == fact.relation or actual is None or actual == status:
            continue
        if (org.name, status) in said:
            continue
        if status != MEMBER and not (org.observers if status == OBSERVER else
                                     org.dialogue_partners):  # fmt: skip
            continue  # the organisation has no such status at all: a poor question
        false = f"{country} is {_article(status)} {status} of {_the(org)}"
        denied = fact.denied == status
        said_status = _status_phrase(fact.relation, fact.qualifier)
        explanation = f"The article says {country} is {said_status} of {_the(org)}"
        if denied:
            explanation += f", not {_article(status)} {status}"
        return true_false(
            origin=origin(fact),
            statement=f"{false}.",
            truth=False,
            explanation=explanation + ".",
            topic=TOPIC_ORGANISATIONS,
            difficulty=2 if denied else 1,
            score=0.55 if denied else 0.45,
        )
    others = no_relation_orgs(ask, country, org.name, count=1)
    if not others or fact.relation != MEMBER:
        return None
    other = ask.knowledge.organisation(others[0])
    if other is None:
        return None
    return true_false(
        origin=origin(fact),
        statement=f"{country} is a member of {_the(other)}.",
        truth=False,
        explanation=f"The article names {country} as a member of {_the(org)}; {country} is not "
        f"a member of {_the(other)}.",
        topic=TOPIC_ORGANISATIONS,
        difficulty=1,
        score=0.4,
    )


def _list_questions(
    fact: MembershipFact, org: Organisation, ask: Ask
) -> Iterator[Candidate | None]:
    plural = _status_phrase(fact.relation, fact.qualifier, plural=True)
    countries = list(fact.countries)
    yield multiple_choice(
        origin=origin(fact),
        prompt=f"According to the article, which of these countries are {plural} of {_the(org)}?",
        right=countries,
        wrong=no_relation_countries(ask, org, countries[0], count=3),
        explanation=f"The article names {and_list(countries)} as {plural} of {_the(org)}.",
        topic=TOPIC_ORGANISATIONS,
        difficulty=2,
        score=0.75,
    )


def _when(fact: MembershipFact) -> str:
    if not fact.date:
        return ""
    return f" on {fact.date}" if _DAY.search(fact.date.replace(str(fact.year), "")) else \
        f" in {fact.date}"  # fmt: skip


def _joining(fact: MembershipFact, org: Organisation, *, past: bool) -> str:
    """ "joined the SCO", "join the SCO", "became the tenth member of the SCO"."""
    if fact.qualifier or fact.role != MEMBER:
        verb = "became" if past else "become"
        return f"{verb} {_status_phrase(fact.role, fact.qualifier)} of {_the(org)}"
    return f"{'joined' if past else 'join'} {_the(org)}"


def _joined_questions(
    fact: MembershipFact, org: Organisation, ask: Ask
) -> Iterator[Candidate | None]:
    source = origin(fact)
    countries = list(fact.countries)
    who = and_list(countries)
    when = _when(fact)
    statement = f"{who} {_joining(fact, org, past=True)}{when}"
    explanation = f"The article says {statement}."
    if fact.year is not None:
        yield numeric(
            origin=source,
            prompt=f"According to the article, in what year did {who} "
            f"{_joining(fact, org, past=False)}?",
            value=fact.year,
            unit=None,
            tolerance=0,
            explanation=explanation,
            topic=TOPIC_ORGANISATIONS,
            difficulty=2,
            score=0.75,
            answer_text=str(fact.year),
        )
    if fact.is_list:
        yield multiple_choice(
            origin=source,
            prompt=f"According to the article, which of these countries "
            f"{_joining(fact, org, past=True)}{when}?",
            right=countries,
            wrong=no_relation_countries(ask, org, countries[0], count=3),
            explanation=explanation,
            topic=TOPIC_ORGANISATIONS,
            score=0.7,
        )
        return
    country = fact.country
    yield single_choice(
        origin=source,
        prompt=f"According to the article, which country {_joining(fact, org, past=True)}{when}?",
        answer=country,
        wrong=no_relation_countries(ask, org, country),
        explanation=explanation,
        topic=TOPIC_ORGANISATIONS,
        score=0.7,
    )
    if fact.role == MEMBER and not fact.qualifier:
        yield single_choice(
            origin=source,
            prompt=f"According to the article, which organisation did {country} join{when}?",
            answer=org.name,
            wrong=no_relation_orgs(ask, country, org.name),
            explanation=explanation,
            topic=TOPIC_ORGANISATIONS,
            score=0.65,
        )
    yield true_false(
        origin=source,
        statement=f"{statement}.",
        truth=True,
        explanation=explanation,
        topic=TOPIC_ORGANISATIONS,
        score=0.4,
    )
    if fact.year is not None:
        other = distractors.wrong_years(fact.year, count=1)[0]
        yield true_false(
            origin=source,
            statement=f"{country} {_joining(fact, org, past=True)} in {other}.",
            truth=False,
            explanation=explanation,
            topic=TOPIC_ORGANISATIONS,
            difficulty=2,
            score=0.45,
        )


def _left_questions(
    fact: MembershipFact, org: Organisation, ask: Ask
) -> Iterator[Candidate | None]:
    source = origin(fact)
    who = and_list(list(fact.countries))
    when = _when(fact)
    if fact.relation == SUSPENDED:
        did = f"{fact.action} {_the(org)}" if fact.action else f"suspended its membership of " \
            f"{_the(org)}"  # fmt: skip
    else:
        did = f"left {_the(org)}"
    explanation = f"The article says {who} {did}{when}."
    if fact.relation == SUSPENDED and not fact.is_list:
        # Only a member can suspend its participation: a country with no relation cannot.
        yield single_choice(
            origin=source,
            prompt=f"According to the article, which country {did}{when}?",
            answer=fact.country,
            wrong=no_relation_countries(ask, org, fact.country),
            explanation=explanation,
            topic=TOPIC_ORGANISATIONS,
            score=0.75,
        )
    elif not fact.is_list:  # who else once left cannot be told from the data: no options
        yield short_answer(
            origin=source,
            prompt=f"According to the article, which country {did}{when}?",
            accepted=[fact.country, *_aliases(ask, fact.country)],
            explanation=explanation,
            topic=TOPIC_ORGANISATIONS,
            score=0.6,
        )
    if fact.relation == SUSPENDED and not fact.is_list:
        # A country suspends only what it belongs to; one it left may be a wrong option.
        suspended = did.removesuffix(_the(org)).strip()  # "has frozen its participation in"
        yield single_choice(
            origin=source,
            prompt=f"According to the article, {who} {suspended} which organisation{when}?",
            answer=org.name,
            wrong=no_relation_orgs(ask, fact.country, org.name),
            explanation=explanation,
            topic=TOPIC_ORGANISATIONS,
            score=0.75,
        )
    if fact.year is not None:
        base = "leave" if fact.relation == LEFT else fact.action_base or "suspend its membership of"
        yield numeric(
            origin=source,
            prompt=f"According to the article, in what year did {who} {base} {_the(org)}?",
            value=fact.year,
            unit=None,
            tolerance=0,
            explanation=explanation,
            topic=TOPIC_ORGANISATIONS,
            score=0.65,
            answer_text=str(fact.year),
        )
    yield true_false(
        origin=source,
        statement=f"{who} {did}{when}.",
        truth=True,
        explanation=explanation,
        topic=TOPIC_ORGANISATIONS,
        score=0.4,
    )


def _aliases(ask: Ask, country: str) -> list[str]:
    known = ask.knowledge.countries.get(country)
    return list(known.aliases) if known else []


def combined(facts: list[MembershipFact], ask: Ask) -> Iterator[Candidate | None]:
    """Joinings in order, earliest first, when the article dates three or more."""
    dated = [f for f in facts if f.relation == JOINED and f.year is not None and f.role == MEMBER
             and not f.from_caption]  # fmt: skip
    by_org: dict[str, list[MembershipFact]] = {}
    for fact in dated:
        by_org.setdefault(fact.organisation, []).append(fact)
    for org_name, joined in by_org.items():
        org = ask.knowledge.organisation(org_name)
        items = _one_per_year(joined)
        if org is None or len(items) < 3:
            continue
        names = [and_list(list(f.countries)) for f in items]
        steps = [f"{name} in {f.year}" for name, f in zip(names, items, strict=True)]
        first = origin(items[0])
        yield ordering(
            origin=Origin(
                first.evidence,
                first.sentence,
                first.from_caption,
                KIND,
                ("ordering", org.name, *names),
            ),
            prompt=f"According to the article, put these in the order they joined {_the(org)}, "
            "earliest first.",
            in_order=names,
            explanation=f"The article dates the joinings: {and_list(steps)}.",
            topic=TOPIC_ORGANISATIONS,
            difficulty=3,
            score=0.7,
        )


def _one_per_year(facts: list[MembershipFact]) -> list[MembershipFact]:
    """One joining per year (ties cannot be ordered) and per country, earliest first."""
    years: dict[int, list[MembershipFact]] = {}
    for fact in facts:
        assert fact.year is not None
        years.setdefault(fact.year, []).append(fact)
    kept: list[MembershipFact] = []
    seen: set[str] = set()
    for year in sorted(years):
        group = {f.countries: f for f in years[year]}
        if len(group) != 1:
            continue
        fact = next(iter(group.values()))
        if seen & set(fact.countries):
            continue
        seen |= set(fact.countries)
        kept.append(fact)
    return kept

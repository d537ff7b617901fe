"""Rankings and comparisons: "China overtook Russia to become Kazakhstan's biggest trading
partner", "the largest country in Central Asia", "Kazakhstan, the world's largest landlocked
country", "the second poorest country in the region", "the most populous Central Asian state",
"larger than all of Western Europe", "ranks third among its trading partners". The fact: who
holds the rank (a country, organisation, city or person), the rank as written ("biggest trading
partner"), its scope ("of Kazakhstan", "in Central Asia", "the world's") and, when stated, who
was overtaken. A superlative or a numbered rank has one holder, so any other thing of the same
kind is a wrong answer; a comparison ("larger than ...") says nothing about anyone else, so it
is asked only as a short answer or by swapping its two sides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizzes.generate import distractors
from quizzes.generate.ask import TOPIC_ECONOMY, TOPIC_FIGURES, TOPIC_GEOGRAPHY, Ask, origin
from quizzes.generate.document import ArticleDoc, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import CITY, COUNTRY, DEMONYM, ORG, PERSON, country_as_written
from quizzes.generate.questions import Candidate, short_answer, single_choice, true_false
from quizzes.generate.referents import country_of

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "ranking"

_HOLDER_KINDS = (COUNTRY, DEMONYM, ORG, CITY, PERSON)
_KIND_WORD = {COUNTRY: "country", ORG: "organisation", CITY: "city", PERSON: "person"}
_OVERTAKE = frozenset({"overtake", "surpass", "replace", "displace", "outstrip", "overtook"})
_MORE_LESS = frozenset({"more", "less"})
_MOST_LEAST = frozenset({"most", "least"})
_TOP = frozenset({"top", "leading"})
_SCOPE_PREPS = frozenset({"in", "of", "among", "on", "across", "within"})
_CUT = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"})
_NOT_RANKS = frozenset({"late", "last", "many", "much", "few", "little"})  # "the latest ..."
_ECONOMY_WORDS = frozenset({"partner", "supplier", "investor", "market", "economy", "exporter",
                            "importer", "buyer", "customer", "creditor", "lender", "producer",
                            "trade", "trader"})  # fmt: skip
_COUNTRY_NOUNS = frozenset({"country", "state", "nation", "republic"})


@dataclass(frozen=True)
class RankingFact(Fact):
    subject: str  # canonical name of the holder
    subject_kind: str  # country, org, city or person
    rank: str  # "biggest trading partner", "second poorest country", "larger", "third"
    scope: str  # "of Kazakhstan", "in Central Asia", "than all of Western Europe", ""
    predicate: str  # "became Kazakhstan's biggest trading partner"
    position: str = ""  # "Kazakhstan's biggest trading partner" (superlatives only)
    comparative: bool = False
    overtaken: str | None = None  # who the holder overtook, when the sentence says so
    scope_names: tuple[str, ...] = ()  # canonical names of the things the scope names
    compared_with: str | None = None  # "larger than Russia": the other side, a thing we know
    past: bool = False

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.subject, self.rank.casefold(), self.scope.casefold())

    def topic_value(self) -> tuple[tuple[object, ...], object] | None:
        if self.comparative:
            return None
        return (("holder of", self.rank.casefold(), self.scope.casefold(), self.past),
                self.subject)  # fmt: skip

    def describe(self) -> str:
        overtook = f" (overtaking {self.overtaken})" if self.overtaken else ""
        return f"{self.subject} {self.predicate}{overtook}"


# --- finding -------------------------------------------------------------------------------


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[RankingFact]:
    found = list(_facts(sentence, doc))
    ranked = {fact.subject for fact in found if not fact.comparative}
    for fact in found:
        if fact.comparative and fact.subject in ranked:
            continue  # "the biggest country in South America, and larger than all of
            # Australia": the comparison is the aside of the rank
        if fact.subject_kind in (COUNTRY, CITY) and fact.rank.split()[-1] in _NO_PLACE_S_RANKS:
            continue  # "Astana, the largest airline group": Air Astana, which the model read
            # as the city; "Anaklia, Georgia's largest infrastructure project": its port
        yield fact


# A superlative that leaves one out: "the largest market after its home country".
_SECOND_TO_ANOTHER = re.compile(
    r"(?:[\w’'-]+ ){0,3}(?:after|behind|outside|other than|excluding|apart from|besides)\b"
)
# What a place is not: a rank of one of these is of a thing the place names.
_NO_PLACE_S_RANKS = frozenset({"group", "project", "company", "airline", "carrier", "bank",
                               "firm", "operator", "corporation", "holding", "fund", "agency",
                               "party", "newspaper", "university", "brand"})  # fmt: skip


def _facts(sentence: Sentence, doc: ArticleDoc) -> Iterator[RankingFact]:
    for token in sentence.span:
        fact: RankingFact | None = None
        if (
            token.tag_ == "JJS" or _top_of_a_market(token)
        ) and token.lemma_.lower() not in _NOT_RANKS:
            after = sentence.span.doc[token.i + 1 : sentence.span.end].text
            if _SECOND_TO_ANOTHER.match(after):
                continue  # "its largest market after Saudi Arabia": second, not first
            fact = _superlative(token, sentence, doc)
        elif (
            token.lower_ in _MOST_LEAST
            and token.dep_ == "advmod"
            and token.head.pos_ == "ADJ"
            and token.head.tag_ != "JJS"
        ):
            fact = _superlative(token.head, sentence, doc)
        elif _is_comparative(token):
            fact = _comparative(token, sentence, doc)
        elif token.lemma_.lower() == "rank" and token.pos_ == "VERB":
            fact = _ranks(token, sentence, doc)
        if fact is not None:
            yield fact


def _top_of_a_market(word: Token) -> bool:
    """ "Kazakhstan's top trading partner", "the leading importer": a first place in trade,
    said without a superlative ("top official" is a title, not a rank)."""
    return word.lower_ in _TOP and word.head.lemma_.lower() in _ECONOMY_WORDS


def _superlative(adjective: Token, sentence: Sentence, doc: ArticleDoc) -> RankingFact | None:
    noun = adjective.head
    if adjective.dep_ != "amod" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.dep_ not in ("attr", "appos", "oprd", "nsubj") and not (
        noun.dep_ == "conj" and noun.head.dep_ in ("attr", "appos", "oprd")
    ):
        return None
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "Central Asia's largest ... is X"
        verb = noun.head
        subject = next((c for c in verb.children if c.dep_ == "attr"), None)
        negated = _negated(verb)
    else:
        verb, subject, negated = _verb_and_subject(noun)
    if subject is None or negated or subject.conjuncts:
        return None
    holder = _holder(subject, sentence, doc)
    if holder is None:
        return None
    kept = [c for c in noun.lefts if c.dep_ in ("amod", "compound", "nummod", "advmod", "npadvmod")]
    if not kept:
        return None
    tokens = sorted({t for c in kept for t in c.subtree} | {noun}, key=lambda t: t.i)
    if any(t.dep_ == "poss" or (t.pos_ == "PUNCT" and t.text != "-") for t in tokens):
        return None
    rank = _text(tokens)
    possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
    scope_names: list[str] = []
    owner = None
    if possessor is not None and possessor.lower_ == "world":
        owner = "the world"  # "the world's largest landlocked country": one holder anywhere
    elif possessor is not None:
        named = _named(possessor, sentence, doc)
        if named is None:
            return None
        scope_names.append(named)
        owner = _as_written(named, doc)
    preps = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ in _SCOPE_PREPS]
    scope_parts = [f"of {owner}"] if owner else []
    name, kind = holder
    for prep in preps[:1]:
        part = _cut_text(prep)
        names = _names_in(prep, sentence) or _own_region(prep, name, kind, doc)
        if not names and not any(t.lower_ == "world" for t in prep.subtree):
            return None  # "in the area": which area is not said
        scope_names += names
        scope_parts.append(part)
    if not scope_parts and not rank_has_scope(rank):
        return None  # "the biggest partner" of what?
    shown = f"{owner}'s {rank}" if owner else f"the {rank}"
    if preps:
        shown += " " + _cut_text(preps[0])
    verb_text, past = _verb_text(verb, noun)
    overtaken = _overtaken(verb, sentence, doc, kind)
    if overtaken == name:
        overtaken = None
    return RankingFact(
        sentence.evidence, sentence.index, sentence.from_caption, name, kind, rank,
        " ".join(scope_parts), f"{verb_text} {shown}", position=shown, overtaken=overtaken,
        scope_names=tuple(scope_names), past=past,
    )  # fmt: skip


def _own_region(prep: Token, name: str, kind: str, doc: ArticleDoc) -> list[str]:
    """ "the second poorest country in the region": a country's own region, from the data."""
    words = [t.lower_ for t in prep.subtree]
    country = doc.knowledge.countries.get(name) if kind == COUNTRY else None
    if country is None or not country.region or words[1:] != ["the", "region"]:
        return []
    return [country.region]


def rank_has_scope(rank: str) -> bool:
    """ "most populous Central Asian state": the scope is inside the words themselves."""
    return any(word[:1].isupper() for word in rank.split())


def _is_comparative(token: Token) -> bool:
    if token.pos_ != "ADJ":
        return False
    return token.tag_ == "JJR" or any(
        c.dep_ == "advmod" and c.lower_ in _MORE_LESS for c in token.children
    )


def _comparative(adjective: Token, sentence: Sentence, doc: ArticleDoc) -> RankingFact | None:
    if adjective.dep_ not in ("acomp", "attr", "conj", "oprd"):
        return None
    than = next((c for c in adjective.children if c.dep_ == "prep" and c.lower_ == "than"), None)
    if than is None or not any(c.dep_ == "pobj" for c in than.children):
        return None
    if adjective.lower_ in _MORE_LESS:
        return None  # "more than half": an amount, not a comparison
    verb, subject, negated = _verb_and_subject(adjective)
    if subject is None or negated or subject.conjuncts:
        return None
    holder = _holder(subject, sentence, doc)
    if holder is None:
        return None
    name, kind = holder
    words = [c for c in adjective.lefts if c.dep_ == "advmod" and c.lower_ in _MORE_LESS]
    rank = _text([*words, adjective])
    scope = _cut_text(than)
    pobj = next(c for c in than.children if c.dep_ == "pobj")
    other = _holder(pobj, sentence, doc) if sentence.entity_at(pobj.i) else None
    compared = other[0] if other and other[1] == kind and other[0] != name else None
    verb_text, past = _verb_text(verb, adjective)
    return RankingFact(
        sentence.evidence, sentence.index, sentence.from_caption, name, kind, rank, scope,
        f"{verb_text} {rank} {scope}", comparative=True, scope_names=tuple(_names_in(than,
        sentence)), compared_with=compared, past=past,
    )  # fmt: skip


def _ranks(verb: Token, sentence: Sentence, doc: ArticleDoc) -> RankingFact | None:
    """ "Russia ranks third among Kazakhstan's trading partners"."""
    ordinal = next((c for c in verb.children if c.ent_type_ == "ORDINAL"), None)
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in _SCOPE_PREPS), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if ordinal is None or prep is None or subject is None or _negated(verb) or subject.conjuncts:
        return None
    holder = _holder(subject, sentence, doc)
    if holder is None:
        return None
    scope = _cut_text(prep)
    names = _names_in(prep, sentence)
    if not names:
        return None
    verb_text, past = _verb_text(verb, verb)
    rank = ordinal.text
    return RankingFact(
        sentence.evidence, sentence.index, sentence.from_caption, holder[0], holder[1], rank,
        scope, f"{verb_text} {rank} {scope}", scope_names=tuple(names), past=past,
    )  # fmt: skip


def _verb_and_subject(word: Token) -> tuple[Token, Token | None, bool]:
    """The verb a predicate noun or adjective hangs from, that verb's subject, and whether the
    statement is negated: climbing "to become" to the verb it completes, a participle clause
    ("being the largest ...") to the main clause, an apposition to the noun it renames."""
    node = word
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "appos":
        return node, node.head, False
    verb = node if node.pos_ in ("VERB", "AUX") else node.head
    negated = _negated(verb)
    climbing = verb
    for _ in range(4):  # a few clause levels at most
        subject = next((c for c in climbing.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return verb, subject, negated
        if climbing.dep_ in ("xcomp", "advcl", "conj") and climbing.head.i != climbing.i:
            if climbing.dep_ == "xcomp":
                negated = negated or _negated(climbing.head)
            climbing = climbing.head
            continue
        break
    return verb, None, negated


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _holder(token: Token, sentence: Sentence, doc: ArticleDoc) -> tuple[str, str] | None:
    """(canonical name, kind) of the thing a subject names."""
    entity = sentence.entity_at(token.i)
    if entity is not None:
        if entity.kind not in _HOLDER_KINDS:
            return None
        if entity.kind == PERSON and not entity.known and " " not in entity.name:
            return None
        return entity.name, COUNTRY if entity.kind == DEMONYM else entity.kind
    country = country_of(token, sentence, doc)
    return (country, COUNTRY) if country else None


def _as_written(name: str, doc: ArticleDoc) -> str:
    """A name as a sentence writes it: "the European Union", "the United States", "NATO"."""
    organisation = doc.knowledge.organisation(name)
    if organisation is not None:
        said_as_word = name == organisation.acronym and organisation.acronym_said_as_word
        return name if said_as_word else f"the {name}"
    return country_as_written(name)


def _named(token: Token, sentence: Sentence, doc: ArticleDoc) -> str | None:
    entity = sentence.entity_at(token.i)
    if entity is not None:
        return entity.name if entity.kind in (*_HOLDER_KINDS, "place") else None
    return country_of(token, sentence, doc)


def _names_in(token: Token, sentence: Sentence) -> list[str]:
    names: list[str] = []
    for t in token.subtree:
        entity = sentence.entity_at(t.i)
        if entity is None or entity.kind in ("date", "cardinal", "ordinal", "percent"):
            continue
        if entity.name not in names:
            names.append(entity.name)
    return names


def _verb_text(verb: Token, word: Token) -> tuple[str, bool]:
    """How the predicate is said in a question ("became", "is", "has become") and whether it
    is past."""
    if "appos" in (word.dep_, verb.dep_) or verb.tag_ == "VBG":
        return "is", False  # "X, the mayor of Dushanbe and the eldest son of …": X is
    infinitive = any(c.tag_ == "TO" for c in verb.lefts)
    if infinitive and verb.dep_ in ("xcomp", "advcl"):  # "overtook Russia to become ..."
        forms = {"become": ("became", "becomes"), "be": ("was", "is"),
                 "remain": ("remained", "remains")}  # fmt: skip
        past_form, present_form = forms.get(verb.lemma_.lower(), (verb.text, verb.text))
        past = verb.head.tag_ == "VBD"
        return (past_form if past else present_form), past
    auxiliaries = [c for c in verb.lefts if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]
    words = [*auxiliaries, verb]
    past = verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries)
    return " ".join(t.text for t in words).lower(), past


def _overtaken(verb: Token, sentence: Sentence, doc: ArticleDoc, kind: str) -> str | None:
    candidates = [verb, verb.head] if verb.dep_ in ("xcomp", "advcl") else [verb]
    candidates += [c for c in verb.children if c.dep_ in ("advcl", "conj")]
    for candidate in candidates:
        if candidate.lemma_.lower() in _OVERTAKE:
            obj = next((c for c in candidate.children if c.dep_ == "dobj"), None)
            if obj is not None and not obj.conjuncts:
                other = _holder(obj, sentence, doc)
                if other is not None and other[1] == kind:
                    return other[0]
    return None


def _cut_text(head: Token) -> str:
    """The words of a phrase, without relative clauses, appositions or what follows a comma."""
    tokens: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(c for c in token.children if c.dep_ not in _CUT)
    return _text(sorted(tokens, key=lambda t: t.i))


def _text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    parts = []
    for token, following in zip(tokens, [*tokens[1:], None], strict=True):
        joined = following is not None and following.i == token.i + 1
        parts.append(token.text + (token.whitespace_ if joined else " "))
    return "".join(parts).strip().replace("’s", "'s")


# --- questions -----------------------------------------------------------------------------


def questions(fact: RankingFact, ask: Ask) -> Iterator[Candidate | None]:
    source = origin(fact)
    topic = _topic(fact)
    kind_word = _KIND_WORD.get(fact.subject_kind, "country")
    which = "who" if fact.subject_kind == PERSON else f"which {kind_word}"
    explanation = _explanation(fact)
    if fact.comparative:
        yield short_answer(
            origin=source,
            prompt=f"According to the article, {which} {fact.predicate}?",
            accepted=[fact.subject],
            explanation=explanation,
            topic=topic,
            difficulty=3,
            score=0.35,  # "larger than all of Western Europe" says less than "the largest"
        )
        if fact.compared_with:
            swapped = f"{fact.compared_with} {_swap_subject_predicate(fact)}"
            yield true_false(
                origin=source,
                statement=f"{swapped}.",
                truth=False,
                explanation=explanation,
                topic=topic,
                score=0.4,
            )
        return
    holders = {f.subject for f in ask.facts_of(RankingFact)
               if f.rank.casefold() == fact.rank.casefold() and f.scope == fact.scope}  # fmt: skip
    avoid = holders | set(fact.scope_names)
    # never the one the ranking is of: not Ilham Aliyev for "Aliyev's closest pursuer"
    wrong = [w for w in _wrong(fact, ask.doc, avoid) if not _named_in(w, fact.predicate)]
    predicate = _short_predicate(fact)
    prompt = f"According to the article, {which} {predicate}?"
    if fact.subject.casefold() not in prompt.casefold():
        yield single_choice(
            origin=source,
            prompt=prompt,
            answer=fact.subject,
            wrong=wrong,
            explanation=explanation,
            topic=topic,
            difficulty=1 if fact.overtaken or fact.scope_names else 2,
            score=0.8 if fact.overtaken else 0.65,
        )
    if fact.overtaken:
        verb = fact.predicate[: len(fact.predicate) - len(fact.position)].split()
        did = "did" if fact.past or verb[0] in ("has", "have") else "does"
        become = "become" if verb[-1] in ("became", "become", "becomes") else "be"
        wrong_overtaken = _wrong_for(ask.doc, fact.subject_kind, fact.overtaken,
                                     avoid | {fact.subject}, None)  # fmt: skip
        yield single_choice(
            origin=source,
            prompt=f"According to the article, which {kind_word} {did} {fact.subject} overtake "
            f"to {become} {fact.position}?",
            answer=fact.overtaken,
            wrong=wrong_overtaken,
            explanation=explanation,
            topic=topic,
            difficulty=2,
            score=0.7,
        )
    swap = fact.overtaken or (wrong[0] if wrong else None)
    if swap is not None:
        yield true_false(
            origin=source,
            statement=f"{swap} {fact.predicate}.",
            truth=False,
            explanation=explanation,
            topic=topic,
            score=0.45 if fact.overtaken else 0.35,
            answer_texts=(fact.subject,),
        )


def _named_in(name: str, text: str) -> bool:
    """A word of the name (not a short one like "of") stands in the text."""
    return any(re.search(rf"\b{re.escape(word)}\b", text) for word in name.split() if len(word) > 3)


def _short_predicate(fact: RankingFact) -> str:
    """ "is the largest country in Central Asia" asked as "which country is the largest in
    Central Asia"."""
    words = fact.rank.split()
    if (
        fact.subject_kind == COUNTRY
        and len(words) >= 2
        and words[-1] in _COUNTRY_NOUNS
        and (words[-2].endswith("est") or words[-2] in ("most", "least"))
    ):
        return fact.predicate.replace(fact.rank, " ".join(words[:-1]), 1)
    return fact.predicate


def _swap_subject_predicate(fact: RankingFact) -> str:
    """ "is larger than Russia" said of Russia: "is larger than <subject>"."""
    verb = fact.predicate.split(" ", 1)[0]
    return f"{verb} {fact.rank} than {fact.subject}"


def _wrong(fact: RankingFact, doc: ArticleDoc, avoid: set[str]) -> list[str]:
    regions = {c.region for c in doc.knowledge.countries.values()}
    region = next((n for n in fact.scope_names if n in regions), None)
    if fact.subject_kind == CITY:
        return _wrong_cities(fact, doc, avoid)
    return _wrong_for(doc, fact.subject_kind, fact.subject, avoid, region)


def _wrong_cities(fact: RankingFact, doc: ArticleDoc, avoid: set[str]) -> list[str]:
    """Other cities; of the country the rank is within where it names one ("Kazakhstan's
    largest city": Astana and Shymkent, never Beijing)."""
    cities = doc.knowledge.cities
    country = next((n for n in fact.scope_names if n in doc.knowledge.countries), None)
    wrong = distractors.wrong_cities(doc, answer=fact.subject, avoid=avoid | {fact.subject},
                                     count=len(cities))  # fmt: skip
    if country is not None:
        wrong = [name for name in wrong if cities[name].country == country]
    return wrong[:3]


def _wrong_for(
    doc: ArticleDoc, kind: str, answer: str, avoid: set[str], region: str | None
) -> list[str]:
    avoid = avoid | {answer}
    if kind == COUNTRY:
        if region is not None:
            mentioned = doc.countries()
            same = [c.name for c in doc.knowledge.countries.values() if c.region == region]
            same.sort(key=lambda n: (n not in mentioned, n))
            return [n for n in same if n not in avoid][:3]
        return distractors.wrong_countries(doc, answer=answer, avoid=avoid)
    if kind == ORG:
        org = doc.knowledge.organisation(answer)
        if org is None:
            return []
        return distractors.wrong_organisations(doc, answer=org.name, avoid=avoid, label="name")
    if kind == CITY:
        return distractors.wrong_cities(doc, answer=answer, avoid=avoid)
    if kind == PERSON:
        leader = doc.knowledge.leaders.get(answer)
        return distractors.wrong_people(doc, answer=answer, avoid=avoid,
                                        title=leader.title if leader else None)  # fmt: skip
    return []


def _topic(fact: RankingFact) -> str:
    words = {w.casefold() for w in fact.rank.split()}
    if words & _ECONOMY_WORDS or "trading" in words:
        return TOPIC_ECONOMY
    if words & {"largest", "smallest", "biggest", "larger", "smaller", "bigger"} and (
        words & _COUNTRY_NOUNS or fact.comparative
    ):
        return TOPIC_GEOGRAPHY
    return TOPIC_FIGURES


def _explanation(fact: RankingFact) -> str:
    said = f"The article says that {fact.subject} {fact.predicate}"
    if fact.overtaken:
        said += f", overtaking {fact.overtaken}"
    return said + "."

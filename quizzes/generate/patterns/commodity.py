"""Commodities: what is traded, carried, mined or grown ("ready to carry more Russian oil and
gas", "uranium imports", "the world's largest cotton exporter").

The fact is the commodity as the sentence writes it, in an important self-contained sentence
that names who trades it (a country, people, city or organisation).
The question blanks it and offers commodities of the same kind from the knowledge data (energy
for energy, metals for metals, farm goods for farm goods; before "miners" or "mine", goods dug
from mines; beside "reserves" or "fields", none made from them, such as electricity; never
uranium for a fuel burnt) that the article never names, so no wrong option is secretly right.
A commodity paired with another ("oil and gas") is not asked: the one shown gives the other
away. Nor is what the article is about: a commodity named in half its sentences or more
("Since the war, Kazakhstan's _____ exports ..." in an article on an oil pipeline), or
electricity under a headline on power, tests nothing a reader does not know from the headline;
nor does one the rest of the stem or the headline hints at ("Gazprom's takeover of _____
network", "sells most of its gas").
A commodity after a word naming a grade of it only ("coking coal", "crude oil", "enriched
uranium") is blanked with its grade: "coking _____" would fit coal alone, so every other
option would read as nonsense.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from quizzes.generate.ask import TOPIC_ECONOMY, Ask, origin
from quizzes.generate.document import ArticleDoc, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import CITY, COUNTRY, DEMONYM, ORG, Knowledge
from quizzes.generate.questions import Candidate, cloze_prompt, single_choice
from quizzes.generate.referents import standalone_text
from quizzes.generate.whole_words import whole_words

KIND = "commodity"
MIN_WORDS, MAX_WORDS = 8, 45
MIN_IMPORTANCE = 0.3
# A commodity named in this share of the sentences, and in this many, is what the article is about.
TOPIC_SHARE = 0.5
TOPIC_SENTENCES = 3
_TRADERS = (COUNTRY, DEMONYM, CITY, ORG)


@dataclass(frozen=True)
class CommodityFact(Fact):
    commodity: str  # as written: "uranium", "natural gas"
    family: str  # "energy", "metals", "farm"
    stem: str  # the sentence made to stand alone
    start: int  # the commodity's offsets in `stem`
    end: int

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.sentence, self.commodity.lower())

    def describe(self) -> str:
        return f"{self.commodity} in: {self.evidence.quote}"


_POWER_WORDS = re.compile(
    r"\b(?:power|kWh|MW|GW|grid|transmission|hydropower|cables?|nuclear|renewables?|solar|wind)\b",
    re.I,
)
_PIPELINE = re.compile(r"\bpipelines?\b", re.I)
_MEDALS = re.compile(r"\bmedals?\b|\b(?:gold|silver|bronze) (?:medal|for)\b", re.I)
# "a gas pipeline": no coal pipeline; "the gas deal"; "three oil terminals": a port has
# terminals for many goods, so a "coal terminal" may be as true.
_SECTOR_AFTER = re.compile(
    r"\s+(?:sectors?|fields?|industry|industries|companies|company|ministry|minister|"
    r"pipelines?|cables?|deals?|terminals?|tankers?|refiner(?:y|ies)|storage|"
    r"medals?|medallists?|medalists?)\b",  # "silver medals": a prize, not a metal
    re.I,
)
# "the Kumtor _____ mine", "coal miners": only what is dug from a mine fits the blank.
_MINED_AFTER = re.compile(r"\s+(?:mines?|miners?|mining)\b", re.I)
# "food (including wheat, vegetables and fruit)": one of a list of examples.
_EXAMPLE_BEFORE = re.compile(r"\b(?:including|such as|like|e\.g\.|notably)\b[^.;:()]*$", re.I)


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[CommodityFact]:
    words = len(sentence.text.split())
    if not MIN_WORDS <= words <= MAX_WORDS or sentence.importance < MIN_IMPORTANCE:
        return
    families = _families(doc.knowledge)
    if not families or not sentence.entities_of(*_TRADERS):
        return  # no country, people or organisation trades it here ("add rice and carrots")
    standalone = standalone_text(sentence, doc)
    if standalone is None:
        return
    topics = _topics(tuple(s.text for s in doc.sentences), _pattern(doc.knowledge))
    for match in _pattern(doc.knowledge).finditer(sentence.text):
        base = match.group(0)
        # "crude _____" gives oil away: the blank takes the grade too ("_____": crude oil).
        start = match.start() - len(_grade(base, sentence.text[: match.start()], doc.knowledge))
        written = sentence.text[start : match.end()]
        if _last_word(base) in topics:
            continue  # the article's own subject: "its first _____" in a story on a gas field
        if _paired(sentence.text[:start], sentence.text[match.end() :], doc.knowledge):
            continue  # "oil and gas": the other one gives it away
        if base[:1].isupper() and match.start() > 0:
            continue  # part of a name: "the Gold Coast", "Oil Company"
        if _SECTOR_AFTER.match(sentence.text[match.end() :]):
            continue  # "the energy sector": options would read "the electricity sector"
        if _EXAMPLE_BEFORE.search(sentence.text[:start]):
            continue  # "food (including wheat, ...)": other foods would be right too
        placed = standalone.place(start, match.end())
        if placed is None:
            continue
        stem = standalone.text
        if stem.lower().count(written.lower()) != 1:
            continue
        if base.lower() == "electricity" and _POWER_WORDS.search(f"{stem} {doc.title or ''}"):
            continue  # "the power company exports _____", a headline on power: it is a given
        if re.search(r"\b[Tt]he\s*$", sentence.text[:start]) and not _described_after(
            sentence.text[match.end() :]
        ):
            continue  # "The gas is piped first to Russia": the gas spoken of before, whose?
        if _MEDALS.search(sentence.text):
            continue  # "47 medals (18 of them _____)": a medal's metal is no trade
        if _PIPELINE.search(stem):
            continue  # "the pipeline would carry _____": only oil or gas flows in one
        if _measured_in_its_unit(base, stem, doc.knowledge):
            continue  # "exports dropped to 10 bcm": nothing but gas is measured so
        if whole_words(base.lower()).search((doc.title or "").lower()):
            continue  # the headline's own commodity: the article is about it
        yield CommodityFact(sentence.evidence, sentence.index, sentence.from_caption, written,
                            families[base.lower()], stem, *placed)  # fmt: skip


def _described_after(rest: str) -> bool:
    """ "the gas of the Caspian", "the oil from Kashagan", "the gas that Turkmenistan exports",
    "the cotton Uzbekistan harvested": words after it say which."""
    said = r"\s+(?:(?:of|from|in|at|that|which|produced|harvested|mined|exported)\b|[A-Z])"
    return re.match(said, rest) is not None


# A fuel burnt in an engine, a stove or a boiler: uranium is none of them.
_BURNT = re.compile(
    r"(?i)\b(?:generators?|engines?|heat(?:s|ing)?|cook(?:s|ing)?|burn(?:s|t|ed|ing)?|stoves?|"
    r"boilers?|cars?|vehicles?|fill(?:ing)? stations?)\b"
)
_NOT_BURNT = frozenset({"uranium", "enriched uranium", "nuclear fuel"})
# Where uranium goes: mined, produced, traded or put in a reactor; never bought by households,
# stockpiled by residents or short in a city.
_TRADED_AS_ORE = re.compile(
    r"(?i)\b(?:export\w*|import\w*|min(?:e|es|ed|ing|ers?)|produc\w*|output|deposits?|"
    r"reserves?|nuclear|reactors?|enrich\w*|sells?|sold|suppl(?:y|ies|ied)|ship\w*|"
    r"extract\w*|fields?)\b"
)
# A commodity and the kinds of it, or the kind it is of: one is right where the other is.
_KIN = {"grain": frozenset({"wheat", "rice"}), "wheat": frozenset({"grain"}),
        "rice": frozenset({"grain"})}  # fmt: skip
# "the world's fourth-largest reserves of _____", "a _____ field": only what lies in the ground,
# never what is made from it.
_IN_THE_GROUND = re.compile(
    r"(?i)\b(?:reserves?|deposits?|fields?|extract(?:s|ed|ion|ing)?|produc(?:er|ers|tion))\b"
)
_NOT_IN_THE_GROUND = frozenset({"electricity", "gasoline", "diesel", "petrol"})


def questions(fact: CommodityFact, ask: Ask) -> Iterator[Candidate | None]:
    if _hinted(fact, ask):
        return
    # Never a commodity the article names anywhere ("gas" rules out "natural gas" too).
    used = _words_named(ask.doc.text, _pattern(ask.knowledge, in_compounds=True))
    same_kind = [c for c, family in _families(ask.knowledge).items() if family == fact.family]
    if _MINED_AFTER.match(fact.stem[fact.end :]):  # "Mongolia's _____ miners": dug goods only
        same_kind = list(ask.knowledge.terms.get("mined_commodities", []))
    answer = fact.commodity
    if _BURNT.search(fact.stem):  # "_____ generators", "to heat their homes": no uranium
        same_kind = [c for c in same_kind if c.lower() not in _NOT_BURNT]
    if _IN_THE_GROUND.search(fact.stem) and answer.lower() not in _NOT_IN_THE_GROUND:
        same_kind = [c for c in same_kind if c.lower() not in _NOT_IN_THE_GROUND]
    if not _TRADED_AS_ORE.search(fact.stem):  # "households hit by _____ shortages": no uranium
        same_kind = [c for c in same_kind if c.lower() not in _NOT_BURNT]
    kin = _KIN.get(answer.lower(), frozenset())  # "wheat" is grain: "grain" would be right too
    same_kind = [c for c in same_kind if c.lower() not in kin]
    wrong: list[str] = []
    for candidate in same_kind:  # "gas" and "natural gas" are one option, not two
        taken = {w for option in (answer.lower(), *wrong) for w in option.split()}
        if not set(candidate.split()) & (used | taken):
            wrong.append(candidate)
    if answer[:1].isupper():  # the sentence opened with it
        wrong = [w[:1].upper() + w[1:] for w in wrong]
    yield single_choice(
        origin=origin(fact),
        prompt=cloze_prompt(fact.stem, fact.start, fact.end),
        answer=answer,
        wrong=wrong[:3],
        explanation=f"The article names {answer} here (paragraph {fact.evidence.paragraph}).",
        topic=TOPIC_ECONOMY,
        score=0.5,
    )


def _hinted(fact: CommodityFact, ask: Ask) -> bool:
    """The rest of the stem or the headline tells the commodity ("Gazprom's takeover of
    Kyrgyzstan's _____ network", "sells most of its gas to China", "Gas pipeline opens"): a
    word beginning with one of its clues (`commodity_clues` in the knowledge data)."""
    clues = ask.knowledge.terms.get("commodity_clues", {}).get(fact.commodity.lower(), [])
    around = f"{fact.stem[: fact.start]} {fact.stem[fact.end :]} {ask.doc.title or ''}"
    words = re.findall(r"[^\W\d_]+", around.casefold())
    return any(word.startswith(clue) for word in words for clue in clues)


def _grade(commodity: str, before: str, knowledge: Knowledge) -> str:
    """The word before the commodity with its space when it names a grade of that commodity
    only ("crude " before "oil", "coking " before "coal"), else ""."""
    grades = knowledge.terms.get("commodity_grades", {}).get(commodity.lower(), [])
    words = before.split()
    if not words or words[-1].lower() not in grades:
        return ""
    return before[before.rstrip().rfind(words[-1]) :]


def _measured_in_its_unit(commodity: str, stem: str, knowledge: Knowledge) -> bool:
    """The sentence gives a figure in a unit only this commodity is measured in (gas in
    "bcm", oil in "barrels")."""
    units = knowledge.terms.get("commodity_units", {}).get(commodity.lower(), [])
    return any(whole_words(unit.lower()).search(stem.lower()) for unit in units)


@lru_cache(maxsize=4)
def _topics(sentences: tuple[str, ...], pattern: re.Pattern[str]) -> frozenset[str]:
    """The commodities (by their last word: "natural gas" is gas) named in at least
    `TOPIC_SHARE` of the sentences and `TOPIC_SENTENCES`: what the article is about."""
    naming = Counter(
        word
        for text in sentences
        for word in {_last_word(m.group(0)) for m in pattern.finditer(text)}
    )
    least = max(TOPIC_SENTENCES, TOPIC_SHARE * len(sentences))
    return frozenset(word for word, count in naming.items() if count >= least)


def _last_word(commodity: str) -> str:
    return commodity.lower().split()[-1]


@lru_cache(maxsize=4)
def _words_named(text: str, pattern: re.Pattern[str]) -> frozenset[str]:
    """The words of every commodity the text names (one pass per article)."""
    return frozenset(word for m in pattern.finditer(text) for word in m.group(0).lower().split())


def _families(knowledge: Knowledge) -> dict[str, str]:
    """Every commodity the data knows (lower case) → its kind."""
    groups = knowledge.terms.get("commodities", {})
    return {name.lower(): family for family, names in groups.items() for name in names}


@cache
def _compiled(names: tuple[str, ...], in_compounds: bool) -> re.Pattern[str]:
    ordered = sorted(names, key=len, reverse=True)
    edge = r"\w" if in_compounds else r"[\w-]"
    names_pattern = "|".join(re.escape(n) for n in ordered)
    return re.compile(rf"(?<!{edge})(?:{names_pattern})(?!{edge})", re.IGNORECASE)


def _pattern(knowledge: Knowledge, *, in_compounds: bool = False) -> re.Pattern[str]:
    """Every commodity the data knows; with `in_compounds`, also as part of a compound ("a
    copper-gold mine" names gold, so gold is no wrong option beside copper)."""
    return _compiled(tuple(sorted(_families(knowledge))), in_compounds)


def _paired(before: str, after: str, knowledge: Knowledge) -> bool:
    """The commodity stands beside another one: "oil and gas", "gold, copper"."""
    joined_after = _JOIN_AFTER.match(after)
    if joined_after and _pattern(knowledge).match(after[joined_after.end() :]):
        return True
    joined_before = _JOIN_BEFORE.search(before)
    if joined_before is None:
        return False
    left = before[: joined_before.start()].rstrip().lower()
    return any(left.endswith(name) for name in _families(knowledge))


_JOIN_AFTER = re.compile(r"\s*(?:,|and\b|or\b)\s*")
_JOIN_BEFORE = re.compile(r"(?:,|\band|\bor)\s*$")

"""Facts stated by a cleaned article, each with its evidence (the verbatim sentence and paragraph).

Extraction is a set of small, independent readers over sentences: people with their offices,
memberships of organisations, quantities (borders, trade, crowds), dates of events, changes in
rank, capitals and host cities, geography, quoted characterisations, contrasts ("X, rather than
Y, ...") and roles. Names are recognised through the knowledge data, so nothing here names a
particular article's countries or people. Dates that the article states differently in two
places are reported as conflicts and never become facts.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from quizzes.generate.clean import Paragraph, split_sentences
from quizzes.generate.knowledge import Knowledge, Mention
from quizzes.model import Evidence

MONTHS = tuple(
    re.findall(
        r"\w+",
        "January February March April May June July August September October November December",
    )
)
_MONTH = "|".join(MONTHS)
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_POSSESSIVE = re.compile(r"^[’']s\b")
_DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?\s+(?P<m1>{_MONTH})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d3>\d{{1,2}})(?:\s*[-–]\s*(?P<d4>\d{{1,2}}))?)\b"
)
_MONTH_ONLY = re.compile(rf"\b(?:held|took place|was held|happened)\s+in\s+(?P<month>{_MONTH})\b")
_EVENT_NOUN = re.compile(r"\b(summit|conference|forum|election|meeting|talks)\b", re.IGNORECASE)
_DESCRIPTOR = re.compile(
    r"\bthe\s+(?P<adj>(?:[A-Z][a-z]+\s)*[A-Z][a-z]+|former Soviet)\s+"
    r"(?P<noun>nation|country|state|republic)\b"
)
_PRONOUN_START = re.compile(r"^(?:[A-Z][\w\s,’'-]{0,60}?[,–-]\s+)?(it|its|It|Its)\b")
_SCALE = {"billion": 1e9, "bn": 1e9, "million": 1e6, "m": 1e6, "trillion": 1e12, "tn": 1e12}
_QUALIFIER = re.compile(
    r"(more than|over|topping|exceeding|above|nearly|almost|about|around|some|at least|"
    r"roughly|less than|under)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Fact:
    """One statement of the article. `kind` says how to read `subject`, `obj`, `value`, `detail`."""

    kind: str
    subject: str
    evidence: Evidence
    obj: str = ""
    value: float | None = None
    unit: str | None = None
    detail: str = ""
    items: tuple[str, ...] = ()
    from_caption: bool = False

    @property
    def key(self) -> tuple:
        return (self.kind, self.subject, self.obj, self.value, self.detail, self.items)


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    country: str


@dataclass(frozen=True)
class Conflict:
    """Statements of the article that cannot all be true; nothing is asked about them."""

    topic: str
    statements: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass
class Sentence:
    text: str
    paragraph: Paragraph
    mentions: list[Mention]
    subject: str | None = None
    previous_subject: str | None = None

    @property
    def evidence(self) -> Evidence:
        return Evidence(self.text, self.paragraph.number)


@dataclass
class ArticleFacts:
    facts: list[Fact] = field(default_factory=list)
    keys: set[tuple] = field(default_factory=set)
    people: dict[str, Person] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    country_counts: Counter[str] = field(default_factory=Counter)

    def add(self, fact: Fact) -> None:
        if fact.key not in self.keys:
            self.keys.add(fact.key)
            self.facts.append(fact)


def extract_facts(paragraphs: list[Paragraph], knowledge: Knowledge) -> ArticleFacts:
    """Every fact the readers below find, de-duplicated, with date conflicts set aside."""
    result = ArticleFacts()
    sentences = _sentences(paragraphs, knowledge)
    _find_people(sentences, knowledge, result)
    pattern, forms = _people_pattern(result.people)
    for sentence in sentences:
        sentence.mentions = _with_people(sentence, result.people, pattern, forms)
    for sentence in sentences:
        for mention in sentence.mentions:
            if mention.kind == "country" or (mention.kind == "city" and mention.form == "capital"):
                country = (
                    mention.entity
                    if mention.kind == "country"
                    else knowledge.country_for_city(mention.entity)
                )
                if country:
                    result.country_counts[country] += 1
    _resolve_subjects(sentences, knowledge, result.country_counts)
    for sentence in sentences:
        for reader in READERS:
            for fact in reader(sentence, knowledge, result):
                result.add(fact)
    _attendance(sentences, knowledge, result)
    _other_quantities(sentences, result)
    _dates(sentences, knowledge, result)
    return result


# ---------------------------------------------------------------- sentences and names


def _sentences(paragraphs: list[Paragraph], knowledge: Knowledge) -> list[Sentence]:
    return [
        Sentence(text, paragraph, knowledge.find_mentions(text))
        for paragraph in paragraphs
        for text in split_sentences(paragraph.text)
    ]


def _find_people(sentences: list[Sentence], knowledge: Knowledge, result: ArticleFacts) -> None:
    """`<demonym> <office> <Name Name>`: a person, their office and their country."""
    titles = "|".join(re.escape(t) for t in sorted(set(knowledge.titles), key=len, reverse=True))
    if not titles:
        return
    pattern = re.compile(
        rf"\b(?P<demonym>[A-Z][a-z]+)\s+(?:(?:{titles})\s+)*?(?P<title>{titles})\s+"
        r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
    )
    known_names = {alias: leader for leader in knowledge.leaders.values() for alias in
                   (leader.name, *leader.aliases)}  # fmt: skip
    for sentence in sentences:
        for match in pattern.finditer(sentence.text):
            country = knowledge.country_of_demonym(match.group("demonym"))
            if country is None:
                continue
            name = _strip_possessive(match.group("name"))
            words = name.split()
            # A name never runs into another known name ("Xi Jinping Kazakh ..." is not a name).
            while words and knowledge.find_mentions(words[-1]) and len(words) > 1:
                if words[-1] in known_names:
                    break
                words.pop()
            name = " ".join(words)
            if len(words) < 2 and name not in known_names:
                continue
            canonical = known_names[name].name if name in known_names else name
            if canonical in result.people:
                continue
            person = Person(name, match.group("title"), country)
            result.people[canonical] = person
            result.add(
                Fact(
                    "office",
                    name,
                    sentence.evidence,
                    obj=country,
                    detail=person.title,
                    from_caption=sentence.paragraph.is_caption,
                )
            )


def _strip_possessive(name: str) -> str:
    return re.sub(r"[’']s$", "", name)


def _people_pattern(people: dict[str, Person]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One pattern for every person the article names, by full name or surname."""
    forms: dict[str, str] = {}
    for canonical, person in people.items():
        for form in {person.name, canonical, person.name.split()[-1], canonical.split()[-1]}:
            forms.setdefault(form, canonical)
    if not forms:
        return None, forms
    pattern = re.compile(
        r"(?<![\w’'-])("
        + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        + r")(?![\w-])"
    )
    return pattern, forms


def _with_people(
    sentence: Sentence, people: dict[str, Person], pattern: re.Pattern[str] | None,
    forms: dict[str, str],
) -> list[Mention]:  # fmt: skip
    """Known names plus the article's people; known aliases ("Xi") count for people found."""
    mentions = [m for m in sentence.mentions if m.kind != "person" or m.entity in people]
    if pattern is None:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    for match in pattern.finditer(sentence.text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        mentions.append(
            Mention("person", forms[match.group(1)], "name", match.start(), match.end(),
                    match.group(1))
        )  # fmt: skip
    return sorted(mentions, key=lambda m: m.start)


def _resolve_subjects(sentences: list[Sentence], knowledge: Knowledge, counts: Counter) -> None:
    """Which country each sentence is about, following "it" and "the Central Asian nation"."""
    previous: Sentence | None = None
    for sentence in sentences:
        subject = _descriptor_country(sentence.text, knowledge, counts)
        same_paragraph = previous is not None and previous.paragraph is sentence.paragraph
        if same_paragraph and previous is not None:
            sentence.previous_subject = previous.subject
        if subject is None and _PRONOUN_START.match(sentence.text) and same_paragraph:
            subject = sentence.previous_subject
        if subject is None:
            for mention in sentence.mentions:
                after = sentence.text[mention.end : mention.end + 2]
                if (
                    mention.kind == "country"
                    and mention.form != "demonym"
                    and not _POSSESSIVE.match(after)
                ):
                    subject = mention.entity
                    break
        sentence.subject = subject
        previous = sentence


def _descriptor_country(text: str, knowledge: Knowledge, counts: Counter) -> str | None:
    """ "the Central Asian nation" → the article's most-mentioned Central Asian country."""
    for match in _DESCRIPTOR.finditer(text):
        adjective = match.group("adj")
        candidates = [
            c.name
            for c in knowledge.countries.values()
            if (c.region and adjective in (c.region + "n", c.region + "an", c.region))
            or any(tag.startswith(adjective) for tag in c.tags)
        ]
        ranked = sorted((c for c in candidates if counts[c]), key=lambda c: (-counts[c], c))
        if ranked:
            return ranked[0]
    return None


def _countries(sentence: Sentence, start: int = 0, end: int | None = None) -> list[Mention]:
    stop = len(sentence.text) if end is None else end
    return [
        m
        for m in sentence.mentions
        if m.kind == "country" and m.form != "demonym" and start <= m.start < stop
    ]


def _orgs(sentence: Sentence, start: int = 0) -> list[Mention]:
    return [m for m in sentence.mentions if m.kind == "org" and m.start >= start]


def _fact(kind: str, subject: str, sentence: Sentence, **fields: object) -> Fact:
    return Fact(
        kind,
        subject,
        sentence.evidence,
        from_caption=sentence.paragraph.is_caption,
        **fields,  # type: ignore[arg-type]
    )


# ---------------------------------------------------------------- readers

_MEMBER_OF = re.compile(r"\b(?:is|are|was|as|being)?\s*(?:a|an)\s+(?:full\s+)?member of\b")
_APPOSITION_MEMBER = re.compile(r"[–—-]\s*(?:a|an)\s+(?:full\s+)?member of\b")
_NOT_MEMBER = re.compile(r"\b(?:is|are|was)\s+not\s+a\s+(?:full\s+)?member\b")
_PARTNER = re.compile(r"\b(dialogue partner|observer)s?\b")
_ASSOCIATE = re.compile(r",?\s+an?\s+(dialogue partner|observer)\s+(?:of|in|at|to)\s+(?:the\s+)?")
_NEWEST = re.compile(r"\b(?:newest|latest|most recent)\s+member\b")
_ORG_MEMBER = re.compile(r"\b([A-Z]{2,6})-member\s+")
_DOMINATED = re.compile(r"\b([A-Z][a-z]+)-(?:dominated|led)\s+")
_ORG_LINK = re.compile(
    r"^[\s,]*(?:\([A-Z]{2,6}\)[\s,]*)?(?:as well as|and|or)?\s*(?:the\s+)?"
    r"(?:[A-Z]?[a-z]+-(?:dominated|led|backed)\s+)?$"
)


def _memberships(sentence: Sentence, knowledge: Knowledge, result: ArticleFacts) -> list[Fact]:
    facts: list[Fact] = []
    text = sentence.text
    for match in _MEMBER_OF.finditer(text):
        if _NOT_MEMBER.search(text[max(0, match.start() - 12) : match.end()]):
            continue
        subject = _member_subject(sentence, match.start())
        if subject is None:
            continue
        for org in _linked_orgs(sentence, match.end()):
            facts.append(_fact("member", subject, sentence, obj=org))
    for match in _ASSOCIATE.finditer(text):
        before = _countries(sentence, 0, match.start())
        orgs = [o for o in _orgs(sentence, match.end()) if o.start - match.end() < 6]
        if before and orgs and match.start() - before[-1].end < 4:
            facts.append(_fact("not_member", before[-1].entity, sentence, obj=orgs[0].entity))
            facts.append(_fact("partner", before[-1].entity, sentence, obj=orgs[0].entity,
                               detail=match.group(1)))  # fmt: skip
    for match in _NOT_MEMBER.finditer(text):
        before = _countries(sentence, 0, match.start())
        orgs = _orgs(sentence, match.end())
        subject = before[-1].entity if before else sentence.subject
        if subject is None or not orgs:
            continue
        country, org = subject, orgs[0].entity
        facts.append(_fact("not_member", country, sentence, obj=org))
        partner = _PARTNER.search(text, match.end(), orgs[0].start)
        if partner:
            facts.append(_fact("partner", country, sentence, obj=org, detail=partner.group(1)))
    for match in _NEWEST.finditer(text):
        before = _countries(sentence, max(0, match.start() - 40), match.start())
        orgs = _orgs(sentence, max(0, match.start() - 30))
        if before and orgs and abs(orgs[0].start - match.start()) < 40:
            facts.append(_fact("newest_member", before[-1].entity, sentence, obj=orgs[0].entity))
    for match in _ORG_MEMBER.finditer(text):
        orgs = [m for m in sentence.mentions if m.kind == "org" and m.start == match.start(1)]
        after = _countries(sentence, match.end(), match.end() + 1)
        if orgs and after:
            facts.append(_fact("member", after[0].entity, sentence, obj=orgs[0].entity))
    for match in _DOMINATED.finditer(text):
        country = knowledge.country_of_demonym(match.group(1))
        orgs = [m for m in _orgs(sentence, match.end()) if m.start - match.end() < 4]
        if country and orgs:
            facts.append(_fact("dominated_by", orgs[0].entity, sentence, obj=country))
    return facts


def _member_subject(sentence: Sentence, position: int) -> str | None:
    apposition = _APPOSITION_MEMBER.match(sentence.text, max(0, position - 3))
    before = _countries(sentence, 0, position)
    if apposition or sentence.text[max(0, position - 3) : position].strip() in ("–", "—", "-"):
        return before[-1].entity if before else None
    if sentence.subject:
        return sentence.subject
    return before[0].entity if before else None


def _linked_orgs(sentence: Sentence, start: int) -> list[str]:
    """Organisations listed right after "a member of": "the X (XO), as well as the Y (YO)"."""
    found: list[str] = []
    cursor = start
    for org in _orgs(sentence, start):
        gap = sentence.text[cursor : org.start]
        if org.entity in found and gap.strip() == "(":
            cursor = org.end + 1  # the acronym in brackets after the full name
            continue
        if not _ORG_LINK.match(gap):
            break
        if org.entity not in found:
            found.append(org.entity)
        cursor = org.end
    return found


def _attendance(sentences: list[Sentence], knowledge: Knowledge, result: ArticleFacts) -> None:
    """A list of several countries whose leaders came to a meeting of an organisation."""
    org_counts = Counter(m.entity for s in sentences for m in s.mentions if m.kind == "org")
    for sentence in sentences:
        if not re.search(r"\bleaders of\b|\bheads of state of\b", sentence.text):
            continue
        countries = list(dict.fromkeys(m.entity for m in _countries(sentence)))
        if len(countries) < 4:
            continue
        orgs = [m.entity for m in _orgs(sentence)] or [org for org, _ in org_counts.most_common(1)]
        if orgs:
            result.add(_fact("attended", orgs[0], sentence, items=tuple(countries)))


_BORDER = re.compile(
    rf"(?P<num>{_NUMBER})\s*[-–]?\s*(?P<unit>km|kilometres?|kilometers?|miles?)\s*[-–]?\s*"
    r"(?:long\s+)?(?:land\s+)?border\s+with\s+"
)


def _quantities(sentence: Sentence, knowledge: Knowledge, result: ArticleFacts) -> list[Fact]:
    facts: list[Fact] = []
    text = sentence.text
    for match in _BORDER.finditer(text):
        neighbours = _countries(sentence, match.end(), match.end() + 30)
        subject = sentence.subject
        if neighbours and subject and subject != neighbours[0].entity:
            unit = "km" if match.group("unit").startswith("k") else "miles"
            facts.append(
                _fact(
                    "border_length",
                    subject,
                    sentence,
                    obj=neighbours[0].entity,
                    value=_number(match.group("num")),
                    unit=unit,
                )
            )
    trade = re.search(
        rf"\btrade\b[^.$]{{0,40}}?\$\s?(?P<num>{_NUMBER})\s*(?P<scale>billion|bn|million|m)\b",
        text,
    )
    if trade:
        partners = _trade_partners(sentence)
        qualifier = _QUALIFIER.search(text[trade.start() : trade.start("num")].rstrip("$ "))
        if partners:
            facts.append(
                _fact(
                    "trade_value",
                    partners[0],
                    sentence,
                    obj=partners[1],
                    value=_number(trade.group("num")),
                    unit="billion US dollars"
                    if trade.group("scale") in ("billion", "bn")
                    else "million US dollars",
                    detail=qualifier.group(1).lower() if qualifier else "",
                )
            )
    crowd = re.search(
        rf"\b(?:out of\s+)?(?P<num>{_NUMBER})\s+(?P<what>people|visitors|delegates|guests)\s+"
        r"(?:who\s+)?(?:came|attended|arrived|travelled|traveled|gathered)\b[^.,]*",
        text,
    )
    if crowd:
        facts.append(
            _fact(
                "count",
                crowd.group("what"),
                sentence,
                value=_number(crowd.group("num")),
                unit=crowd.group("what"),
                detail=crowd.group(0).split(crowd.group("what"), 1)[1].strip(),
            )
        )
        share = re.search(
            r"\b(more than half|most|almost all|about a third|a quarter|a third|half)\s+of them\s+"
            r"(?:are|were)\s+(?P<demonym>[A-Z][a-z]+)\b",
            text,
        )
        if share:
            country = knowledge.country_of_demonym(share.group("demonym"))
            if country:
                facts.append(
                    _fact("share", country, sentence, detail=share.group(1), unit=share.group(2))
                )
    return facts


def _trade_partners(sentence: Sentence) -> tuple[str, str] | None:
    overtook = _OVERTOOK.search(sentence.text)
    if overtook:
        first = _countries(sentence, overtook.start(), overtook.start() + 40)
        owner = [
            m for m in sentence.mentions if m.kind == "country" and m.start >= overtook.start("of")
        ]
        if first and owner:
            return first[0].entity, owner[0].entity
    names = list(dict.fromkeys(m.entity for m in _countries(sentence)))
    return (names[0], names[1]) if len(names) == 2 else None


_OTHER_QUANTITY = re.compile(
    rf"(?<![\w$.,])(?P<num>{_NUMBER})(?P<scale>\s+(?:million|billion|thousand))?\s*(?:-\s*)?"
    r"(?P<unit>%|per ?cent\b|km\b|kilometres\b|"
    r"kilometers\b|miles\b|tonnes\b|tons\b|barrels\b|troops\b|soldiers\b|people\b|"
    r"residents\b|refugees\b|workers\b|students\b|companies\b|projects\b|years\b)"
)
_MAX_CLOZE_WORDS = 40


def _other_quantities(sentences: list[Sentence], result: ArticleFacts) -> None:
    """Numbers with units that no specific reader used: a fill-in-the-number fact."""
    used = {(f.evidence, f.value) for f in result.facts if f.value is not None}
    for sentence in sentences:
        if len(sentence.text.split()) > _MAX_CLOZE_WORDS or not sentence.mentions:
            continue
        for match in _OTHER_QUANTITY.finditer(sentence.text):
            value = _number(match.group("num"))
            if (sentence.evidence, value) in used or value == 0:
                continue
            unit = match.group("unit").strip()
            unit = "per cent" if unit in ("%", "percent", "per cent", "percent") else unit
            if match.group("scale"):
                unit = f"{match.group('scale').strip()} {unit}"
            used.add((sentence.evidence, value))
            result.add(_fact("quantity", "", sentence, value=value, unit=unit,
                             detail=match.group("num")))  # fmt: skip


def _number(text: str) -> float:
    return float(text.replace(",", ""))


_OVERTOOK = re.compile(
    r"(?P<a>[A-Z][\w ]*?)\s+(?:overtook|surpassed|overtaking|replaced)\s+(?P<b>[A-Z][\w ]*?)\s+"
    r"(?:to become|as)\s+(?P<of>[A-Z][\w ]*?)[’']s\s+(?P<rank>(?:biggest|largest|top|main|leading)"
    r"\s+[\w -]+?)(?=[,.;]|$)"
)


def _rank_changes(sentence: Sentence, knowledge: Knowledge, result: ArticleFacts) -> list[Fact]:
    facts: list[Fact] = []
    for match in _OVERTOOK.finditer(sentence.text):
        a = _countries(sentence, match.start("a"), match.end("a"))
        b = _countries(sentence, match.start("b"), match.end("b"))
        owner = [
            m for m in sentence.mentions if m.kind == "country" and m.start == match.start("of")
        ]
        if a and b and owner:
            when = re.match(r"\s*(Last year|This year|In \d{4}|Last month)\b", sentence.text)
            facts.append(
                _fact(
                    "overtook",
                    a[-1].entity,
                    sentence,
                    obj=b[0].entity,
                    detail=match.group("rank"),
                    items=(owner[0].entity, when.group(1).lower() if when else ""),
                )
            )
    return facts


_DIRECTIONS = re.compile(
    r"(?P<a>[A-Z][a-z]+(?: [A-Z][a-z]+)?) in the (?P<da>north|south|east|west)\w*,?\s+and\s+"
    r"(?P<b>[A-Z][a-z]+(?: [A-Z][a-z]+)?) in the (?P<db>north|south|east|west)\w*"
)


def _geography(sentence: Sentence, knowledge: Knowledge, result: ArticleFacts) -> list[Fact]:
    facts: list[Fact] = []
    text = sentence.text
    for match in _DIRECTIONS.finditer(text):
        a = knowledge.countries.get(match.group("a"))
        b = knowledge.countries.get(match.group("b"))
        subject = _the_country(sentence, result) or sentence.previous_subject
        if subject in (None, match.group("a"), match.group("b")):
            subject = _paragraph_subject(sentence, result, exclude={match.group("a"),
                                                                    match.group("b")})  # fmt: skip
        if a and b and subject:
            for name, direction in ((a.name, match.group("da")), (b.name, match.group("db"))):
                facts.append(_fact("border_direction", subject, sentence, obj=name,
                                   detail=direction))  # fmt: skip
    largest = re.search(r"\b(?:the\s+)?(largest|biggest) country in (?P<region>[A-Z][a-z]+(?: "
                        r"[A-Z][a-z]+)?)", text)  # fmt: skip
    if largest and sentence.subject:
        region = largest.group("region")
        if any(c.region == region for c in knowledge.countries.values()):
            facts.append(_fact("largest_in_region", sentence.subject, sentence, obj=region))
    larger = re.search(r"\blarger than (?:all of |the whole of )?(?P<what>[A-Z][a-z]+(?: "
                       r"[A-Z][a-z]+)?)", text)  # fmt: skip
    if larger and sentence.subject and larger.group("what") != sentence.subject:
        facts.append(_fact("larger_than", sentence.subject, sentence, obj=larger.group("what")))
    capital = re.search(r"\bthe ([A-Z][a-z]+) capital\b", text)
    if capital:
        country = knowledge.country_of_demonym(capital.group(1))
        cities = [m.entity for m in sentence.mentions if m.kind == "city"]
        found = knowledge.countries.get(country or "")
        if found and found.capital in cities:
            facts.append(_fact("capital", found.name, sentence, obj=found.capital))
    return facts


def _the_country(sentence: Sentence, result: ArticleFacts) -> str | None:
    """ "the country" stands for the article's main country, one this sentence does not name."""
    if not re.search(r"\bthe (country|nation)\b", sentence.text):
        return None
    named = {m.entity for m in sentence.mentions if m.kind == "country"}
    for country, _ in result.country_counts.most_common():
        if country not in named:
            return country
    return None


def _paragraph_subject(sentence: Sentence, result: ArticleFacts, exclude: set[str]) -> str | None:
    """The country a paragraph is about, for sentences that only say "it"."""
    for mention in sentence.mentions:
        if mention.kind == "country" and mention.entity not in exclude:
            return mention.entity
    first_sentence = split_sentences(sentence.paragraph.text)[0]
    for country, _ in result.country_counts.most_common():
        if country not in exclude and country in first_sentence:
            return country
    if re.search(r"\b(it|the country|the nation)\b", sentence.text):
        # "the country" in a paragraph that names no other: the article's main country.
        for country, _ in result.country_counts.most_common(1):
            if country not in exclude:
                return country
    return None


_EVENT_IN_CITY = re.compile(r"\b(?P<org>[A-Z]{2,6})\s+summit\s+in\s+(?P<city>[A-Z][a-z]+)\b")
_STATE_VISIT = re.compile(
    r"\b(?:came to|made|paid|was on)\s+an?\s+(?P<kind>state|official|working|private)\s+visit\s+"
    r"to\s+"
)
_FIRST_TRIP = re.compile(r"\bfirst foreign (?:trip|visit)\b[^.]*?\bwas to\s+")


def _events(sentence: Sentence, knowledge: Knowledge, result: ArticleFacts) -> list[Fact]:
    facts: list[Fact] = []
    for match in _EVENT_IN_CITY.finditer(sentence.text):
        orgs = [m for m in sentence.mentions if m.kind == "org" and m.start == match.start("org")]
        if orgs and knowledge.country_for_city(match.group("city")):
            facts.append(_fact("host_city", orgs[0].entity, sentence, obj=match.group("city")))
    visit = _STATE_VISIT.search(sentence.text)
    if visit:
        people = [m for m in sentence.mentions if m.kind == "person" and m.start < visit.start()]
        where = _countries(sentence, visit.end(), visit.end() + 2)
        if people and where:
            facts.append(_fact("visit", people[-1].entity, sentence, obj=where[0].entity,
                               detail=visit.group("kind") + " visit"))  # fmt: skip
    trip = _FIRST_TRIP.search(sentence.text)
    if trip:
        where = _countries(sentence, trip.end(), trip.end() + 2)
        people = [m for m in sentence.mentions if m.kind == "person"]
        hinted = [m.entity for m in _countries(sentence, 0, trip.start()) if m.form == "name"]
        if where and people:
            facts.append(_fact("first_trip", people[0].entity, sentence, obj=where[0].entity,
                               items=tuple(h for h in hinted if h != where[0].entity)))  # fmt: skip
    return facts


_WELCOME = re.compile(r"\b(?:was|were)\s+(?:welcomed|met|greeted|received)\s+by\b")


def _welcomes(sentence: Sentence, knowledge: Knowledge, result: ArticleFacts) -> list[Fact]:
    facts: list[Fact] = []
    boundary = 0
    arrival = bool(re.search(r"\b(landing|landed|arriv\w*|airport)\b", sentence.text))
    for match in _WELCOME.finditer(sentence.text):
        people = [m for m in sentence.mentions if m.kind == "person"]
        guests = [m for m in people if boundary <= m.start < match.start()]
        hosts = [m for m in people if m.start >= match.end()]
        if guests and hosts and guests[-1].entity != hosts[0].entity:
            facts.append(_fact("welcomed", guests[-1].entity, sentence, obj=hosts[0].entity,
                               detail="on arrival" if arrival else ""))  # fmt: skip
        # The next guest is named after this host, not between the two verbs.
        boundary = hosts[0].end if hosts else match.end()
    return facts


_QUOTED = r"[“\"‘](?P<q>[^”\"’]{2,40})[”\"’]"
_POLICY = re.compile(r"(?:\b(?P<adj>[a-z]{3,})\s+)?" + _QUOTED + r"\s+(?:foreign\s+)?policy\b")
_NOT_ADJECTIVES = frozenset({"its", "the", "his", "her", "their", "our", "calls", "called", "as"})
_STANDING = re.compile(r"\bas an?\s+" + _QUOTED)
_CALLED = re.compile(r"\b(?:his|her)\s+" + _QUOTED + r"\s+")
_RELATIONSHIP = re.compile(
    r"(?P<a>[A-Z][a-z]+)[’']s\s+" + _QUOTED + r"\s+with\s+(?P<b>[A-Z][a-z]+)"
)


def _characterisations(
    sentence: Sentence, knowledge: Knowledge, result: ArticleFacts
) -> list[Fact]:
    facts: list[Fact] = []
    text = sentence.text
    policy = _POLICY.search(text)
    if policy:
        owners = _countries(sentence, 0, policy.start())
        subject = _the_country(sentence, result) or (
            owners[-1].entity if owners else sentence.subject
        )
        adjective = policy.group("adj")
        kept = (adjective,) if adjective and adjective not in _NOT_ADJECTIVES else ()
        if subject:
            facts.append(
                _fact("policy_label", subject, sentence, detail=policy.group("q"), items=kept)
            )
    standing = _STANDING.search(text)
    if standing and sentence.subject and re.search(r"\bposition\w*\s+(itself|themselves)", text):
        facts.append(
            _fact("standing_label", sentence.subject, sentence, detail=standing.group("q"))
        )
    called = _CALLED.search(text)
    if called:
        named = [m for m in sentence.mentions if m.kind == "person" and m.start >= called.end()]
        speaker = _previous_person(sentence, result, called.start())
        if named and speaker and named[0].start - called.end() < 40 and speaker != named[0].entity:
            facts.append(_fact("called", speaker, sentence, obj=named[0].entity,
                               detail=called.group("q")))  # fmt: skip
    relationship = _RELATIONSHIP.search(text)
    if relationship:
        a = knowledge.countries.get(relationship.group("a"))
        b = knowledge.countries.get(relationship.group("b"))
        if a and b:
            facts.append(_fact("relationship_label", a.name, sentence, obj=b.name,
                               detail=relationship.group("q")))  # fmt: skip
    return facts


def _previous_person(sentence: Sentence, result: ArticleFacts, position: int) -> str | None:
    """Who "he" is: a person named earlier in this sentence, else in the paragraph's sentences."""
    before = [m for m in sentence.mentions if m.kind == "person" and m.start < position]
    if before:
        return before[-1].entity
    paragraph_text = sentence.paragraph.text
    earlier = paragraph_text[: paragraph_text.find(sentence.text)]
    found = [
        (earlier.rfind(name.split()[-1]), canonical)
        for canonical, person in result.people.items()
        for name in (person.name, canonical)
        if name.split()[-1] in earlier
    ]
    return max(found)[1] if found else None


_CONTRAST = re.compile(
    r"(?P<x>[A-Z][\w ]*?),\s+rather than\s+(?P<y>(?:the\s+)?[A-Z][\w ]*?),\s+"
    r"(?:that\s+|which\s+)?(?P<pred>(?:is|was|has|had|are|were)\b[^.;]+)"
)
_ROLE = re.compile(r"\bplays? the role of (?:a|an|the)\s+(?P<role>[\w -]+?)(?=[.,;]|$)")


def _contrasts(sentence: Sentence, knowledge: Knowledge, result: ArticleFacts) -> list[Fact]:
    facts: list[Fact] = []
    for match in _CONTRAST.finditer(sentence.text):
        x = _country_named(match.group("x"), knowledge)
        if x is None:
            continue
        predicate = re.split(r",|\s+(?=of what is\b)", match.group("pred"))[0].strip()
        orgs = _orgs(sentence)
        if re.search(r"\b(leader|head|member|part)$", predicate) and orgs:
            predicate += " of"
        if predicate.endswith(" of") and orgs:
            predicate += " the " + knowledge.organisations[orgs[0].entity].acronym
        elif predicate.endswith(" of"):
            continue
        region = re.search(r"\bin (Central Asia|the [A-Z][a-z]+ [A-Z][a-z]+)\b", sentence.text)
        if region and region.group(0) not in predicate:
            predicate += " " + region.group(0)
        other = _country_named(match.group("y"), knowledge) or match.group("y").strip()
        facts.append(_fact("contrast", x, sentence, obj=other, detail=predicate))
    role = _ROLE.search(sentence.text)
    if role:
        actors = [m for m in sentence.mentions if m.kind == "country" and m.start < role.start()]
        subject = actors[-1].entity if actors else None
        partners = [
            country
            for country, _ in result.country_counts.most_common()
            if country != subject and country in sentence.paragraph.text
        ]
        if subject and partners:
            facts.append(_fact("role", subject, sentence, obj=partners[0],
                               detail=role.group("role")))  # fmt: skip
    return facts


def _country_named(text: str, knowledge: Knowledge) -> str | None:
    """A country named by its name, capital or seat of power ("Beijing", "the Kremlin")."""
    words = text.strip().split()
    if not words:
        return None
    mentions = knowledge.find_mentions(words[-1])
    for mention in mentions:
        if mention.kind == "country" and mention.form != "demonym":
            return mention.entity
        if mention.kind == "city":
            return knowledge.country_for_city(mention.entity)
    return None


READERS = (
    _memberships,
    _quantities,
    _rank_changes,
    _geography,
    _events,
    _welcomes,
    _characterisations,
    _contrasts,
)


# ---------------------------------------------------------------- dates and conflicts


def _event_phrase(text: str, noun: str) -> str:
    """ "the regional investment forum" rather than just "forum"."""
    found = re.search(rf"\bthe\s+((?:[a-z][\w-]*\s+){{0,3}}{noun})\b", text, re.IGNORECASE)
    return found.group(1) if found else noun


def _dates(sentences: list[Sentence], knowledge: Knowledge, result: ArticleFacts) -> None:
    """Dates of events; an event dated differently in two places becomes a conflict."""
    by_event: dict[str, list[tuple[str, int, Sentence]]] = {}
    for sentence in sentences:
        events = _EVENT_NOUN.findall(sentence.text)
        if not events:
            continue
        noun = "summit" if "summit" in (e.lower() for e in events) else events[0].lower()
        orgs = _orgs(sentence)
        key = (
            f"{knowledge.organisations[orgs[0].entity].acronym} {noun}"
            if orgs
            else _event_phrase(sentence.text, noun)
        )
        for match in _DATE.finditer(sentence.text):
            month = match.group("m1") or match.group("m2")
            first = match.group("d1") or match.group("d3")
            last = match.group("d2") or match.group("d4")
            label = f"{first}–{last} {month}" if last else f"{first} {month}"
            by_event.setdefault(key, []).append((label, MONTHS.index(month), sentence))
        held = _MONTH_ONLY.search(sentence.text)
        if held:
            phrase = re.search(
                r"\bthe ([\w -]+?)\s*,?\s+(?:held|took place|was held)", sentence.text
            )
            what = phrase.group(1) if phrase else noun
            result.add(_fact("month", what, sentence, detail=held.group("month")))
    for event, dated in by_event.items():
        months = {month for _, month, _ in dated}
        if len(months) > 1:
            result.conflicts.append(
                Conflict(
                    topic=f"date of the {event}",
                    statements=tuple(dict.fromkeys(label for label, _, _ in dated)),
                    evidence=tuple(dict.fromkeys(s.evidence for _, _, s in dated)),
                )
            )
        elif dated:
            labels = list(dict.fromkeys(label for label, _, _ in dated))
            if len(labels) == 1:
                result.add(_fact("date", event, dated[0][2], detail=labels[0]))

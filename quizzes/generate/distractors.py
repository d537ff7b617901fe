"""Wrong options of the answer's own kind and scale, most plausible first.

Countries for countries (the article's own first, then the answer's neighbours, fellow members
of its organisations and its region), organisations for organisations, people of the same
office for people, cities for cities, numbers of the same order and unit, years near the real
one. The caller passes everything that is true (`avoid`), so no wrong option is secretly right.
"""

from __future__ import annotations

import datetime
import math
import re
from dataclasses import replace
from itertools import islice

from spacy.tokens import Token

from quizzes.generate.document import ArticleDoc, Entity, Sentence
from quizzes.generate.knowledge import (
    CITY,
    COUNTRY,
    DEMONYM,
    ORG,
    PERSON,
    City,
    Country,
    Knowledge,
    Leader,
    Organisation,
    country_as_written,
)
from quizzes.generate.names import same_surname
from quizzes.generate.questions import BLANK, MIN_WRONG, Candidate
from quizzes.generate.whole_words import whole_words
from quizzes.model import QuestionType
from quizzes.numbers import format_number

MAX_BLOC_MEMBERS = 15


def _fold(items: set[str] | list[str]) -> set[str]:
    return {i.casefold() for i in items}


def _keep(ranked: list[str], answer: str, avoid: set[str], count: int) -> list[str]:
    banned = _fold(avoid) | {answer.casefold()}
    kept: list[str] = []
    for item in ranked:
        if item.casefold() not in banned and item not in kept:
            kept.append(item)
        if len(kept) == count:
            break
    return kept


def distinct_people(names: list[str], *, answer: str, limit: int | None = None) -> list[str]:
    """`names` without anyone sharing a surname with the answer, and one name per surname (the
    fullest: "Duishenbek Zilaliev" rather than "Zilaliev"), in the order first met; the first
    `limit` of them if given."""
    kept: list[str] = []
    for name in names:
        if limit is not None and len(kept) == limit:
            break
        if same_surname(name, answer):
            continue
        same = next((i for i, other in enumerate(kept) if same_surname(name, other)), None)
        if same is None:
            kept.append(name)
        elif len(name) > len(kept[same]):
            kept[same] = name
    return kept


def wrong_countries(
    doc: ArticleDoc, *, answer: str, avoid: set[str] | None = None, count: int = 3
) -> list[str]:
    knowledge = doc.knowledge
    countries = knowledge.countries
    known = countries.get(answer)
    mentioned = doc.countries()
    # Fellow members of a regional bloc, not of a body of fifty states (the OSCE, the UN), nor
    # of a bank's lending programme (Afghanistan is no neighbourhood of Mongolia's), nor of a
    # summit format (the C5+1 makes the United States no neighbour of Tajikistan).
    fellow_members = {
        m for org in knowledge.organisations.values()
        if answer in org.members and len(org.members) <= MAX_BLOC_MEMBERS
        and not _is_bank(org) and not {"programme", "format"} & set(org.kind.split())
        for m in org.members
    }  # fmt: skip

    answer_is_major = bool(known and "major power" in known.tags)

    def near(name: str) -> bool:
        if known is None:
            return False
        country = countries[name]
        return name in known.neighbours or name in fellow_members or country.region == known.region

    def plausibility(name: str) -> tuple[object, ...]:
        country = countries[name]
        return (
            # The article's own countries first, but for a country of a region only those near
            # it: "onto _____" of a corridor from Nakhchivan is Turkey or Georgia, never the
            # United States the article also names.
            name not in mentioned or not (answer_is_major or not known or near(name)),
            # Other powers for a power ("the United States": Russia, China, not Canada; then
            # Turkey and Iran, the region's own; India, far from the region, last).
            _power_rank(country, known) if answer_is_major and known else 0,
            not answer_is_major and not near(name),
            name not in mentioned,
            not known or name not in known.neighbours,
            name not in fellow_members,
            # Of those, one that borders a neighbour before one far off ("Iran and _____" for
            # Pakistan: Turkey, not Belarus, its fellow member of one wide body).
            not known or not (countries[name].neighbours & known.neighbours),
            not known or country.region != known.region,
            "major power" not in country.tags,
            mentioned.index(name) if name in mentioned else 0,
            name,
        )

    ranked = [name for name in sorted(countries, key=plausibility) if not _twin(name, answer)]
    return _keep(ranked, answer, avoid or set(), count)


def _power_rank(country: Country, answer: Country) -> int:
    """How plausible a power is beside another in Central Asian and South Caucasus news: a major
    power that sits on the Security Council or borders the answer, a regional power (Turkey,
    Iran), another major power (India, offered beside Russia on half of 42 reviewed questions,
    reviewers found no rival), then any other country."""
    major = "major power" in country.tags
    if major and (_PERMANENT in country.tags or country.name in answer.neighbours):
        return 0
    if "regional power" in country.tags:
        return 1
    return 2 if major else 3


_PERMANENT = "permanent UN Security Council member"
_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                            "western"})  # fmt: skip


def _twin(one: str, other: str) -> bool:
    """Two countries named alike but for a compass point ("North Korea" beside "South Korea",
    "Sudan" beside "South Sudan"): one offered for the other is a mechanical swap a student
    sees through, not a rival."""

    def bare(name: str) -> list[str]:
        return [w for w in name.casefold().split() if w not in _COMPASS_WORDS]

    return one != other and bare(one) == bare(other)


_HYPHENS = frozenset({"-", "–", "—"})


def listed_with(doc: ArticleDoc, country: str, *, stem: str) -> set[str]:
    """The countries the article lists beside `country` in a list on the stem's subject (the
    noun the list hangs from, or its verb's subject, is in the stem: "the pipeline that will
    run through _____" beside "the TAPI (Turkmenistan, Afghanistan, Pakistan and India)
    pipeline", or the hyphenated "Turkmenistan-Afghanistan-Pakistan-India pipeline"): what the
    list says of one of them it may say of all, so none is a wrong option for another. The
    members of an alliance the article lists stay good options for what only one of them did."""
    stem_words = {word.casefold() for word in re.findall(r"[\w-]+", stem)}
    partners: set[str] = set()
    for sentence in doc.sentences_naming_country(country):
        named = sentence.entities_of(COUNTRY, DEMONYM)
        by_token = {e.last_token: e.name for e in named}
        tokens = sentence.span.doc
        for entity in named:
            token = tokens[entity.last_token]
            if entity.name != country or not _list_nouns(token) & stem_words:
                continue
            partners |= {by_token[t.i] for t in token.conjuncts if t.i in by_token}
            partners |= _hyphen_chain(named, sentence.text, country)
    return partners - {country}


def _list_nouns(token: Token) -> set[str]:
    """The common nouns a name in a list hangs from ("pipeline" in "the TAPI (..., India)
    pipeline"), and the subject of the first verb above it ("the pipeline would carry gas to
    ... and India"); names the model took for nouns ("CSTO") do not count."""
    above = list(token.ancestors)
    verb = next((t for t in above if t.pos_ in ("VERB", "AUX")), None)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb else []
    return {
        form
        for t in [*above, *subjects]
        if t.pos_ == "NOUN" and t.text.islower()
        for form in (t.lower_, t.lemma_.casefold())
    }


def _hyphen_chain(named: list[Entity], text: str, country: str) -> set[str]:
    """The countries in a hyphenated chain with `country` ("Turkmenistan-Afghanistan")."""
    chain: list[Entity] = []
    for entity in sorted(named, key=lambda e: e.start):
        if chain and text[chain[-1].end : entity.start] not in _HYPHENS:
            if any(e.name == country for e in chain):
                break
            chain = []
        chain.append(entity)
    names = {e.name for e in chain}
    return names if country in names and len(chain) > 1 else set()


def wrong_organisations(
    doc: ArticleDoc, *, answer: str, avoid: set[str] | None = None, count: int = 3,
    label: str = "acronym", near: str | None = None, like: str | None = None,
) -> list[str]:  # fmt: skip
    """Other organisations as the answer is written: by acronym or by full name. Unless like
    another, none of a wholly other role while any share one (no NATO for the EU one trades
    with); the article's own first; then, unless like another, those of the answer's role
    (unions and blocs of trade for the EU that buys gas, not NATO nor the OSCE); then, given a
    country (`near`), those its neighbours and region belong to; given
    an organisation (`like`), those most alike in members: most shared of all either has (the
    CIS for the CSTO, not the UN, which has the CSTO's six and 187 more)."""
    named = [e.name for e in doc.entities(ORG) if e.known]
    orgs = doc.knowledge.organisations
    countries = doc.knowledge.countries
    home = countries.get(near or "")

    def regional(org: Organisation) -> int:
        if home is None:
            return 0
        belong = org.members | org.observers | org.dialogue_partners
        near_home = {c for c in belong if c in countries and countries[c].region == home.region}
        return len(near_home | (belong & home.neighbours))

    twin = doc.knowledge.organisation(like or "")
    shared = {name: _alike(org, twin) if twin else 0.0 for name, org in orgs.items()}
    answering = doc.knowledge.organisation(answer)
    lender = answering is not None and _is_bank(answering)
    roles = _roles(answering) if answering is not None else frozenset()
    other_role = {name: bool(roles) and not twin and not roles & _roles(org)
                  for name, org in orgs.items()}  # fmt: skip
    ranked = sorted(orgs, key=lambda name: (other_role[name],
                                            name not in named, _is_bank(orgs[name]) != lender,
                                            0 if twin else -len(roles & _roles(orgs[name])),
                                            -regional(orgs[name]), -shared[name],
                                            -len(roles & _roles(orgs[name])),
                                            orgs[name].kind == "initiative", name))  # fmt: skip
    written = [orgs[name].acronym if label == "acronym" else name for name in ranked]
    written = [w for w in written if w and _same_shape(w, answer)]
    avoid_written = set(avoid or set())
    for name in avoid or set():
        org = doc.knowledge.organisation(name)
        if org:
            avoid_written |= {org.name, org.acronym}
    return _keep(written, answer, avoid_written, count)


_ROLE_WORDS = {
    "economy": ("economic", "economies", "trade", "producers", "initiative"),
    "security": ("military", "security"),
    "finance": ("bank", "fund", "financial"),
    "diplomacy": (
        "political",
        "format",
        "council",
        "association",
        "intergovernmental",
        "grouping",
        "cooperation",
    ),
}


def _roles(org: Organisation) -> frozenset[str]:
    """What an organisation is for, read from the words of its kind ("political, economic and
    security grouping": economy, security and diplomacy)."""
    kind = org.kind.lower()
    return frozenset(role for role, words in _ROLE_WORDS.items() if any(w in kind for w in words))


def _alike(one: Organisation, other: Organisation) -> float:
    """The share of the members of either that both have."""
    either = one.members | other.members
    return len(one.members & other.members) / len(either) if either else 0.0


def _same_shape(option: str, answer: str) -> bool:
    """A group named by a common noun ("the three Caspian littoral states") only against
    groups named the same way: "the three United Nations" is no sentence."""
    return option.split()[-1].islower() == answer.split()[-1].islower()


def _is_bank(org: Organisation) -> bool:
    """A bank or fund is no believable option for an alliance, nor an alliance for a bank."""
    return any(word in org.kind.lower() for word in ("bank", "fund", "financial"))


def wrong_people(
    doc: ArticleDoc, *, answer: str, avoid: set[str] | None = None, count: int = 3,
    title: str | None = None, country: str | None = None, title_only: bool = False,
) -> list[str]:  # fmt: skip
    """People of the same office first (other presidents for a president), the article's own
    people before people from the knowledge data; with `title_only`, nobody without that
    title ("President _____": never "President Rubio")."""
    leaders = doc.knowledge.leaders
    countries = doc.knowledge.countries
    in_article = list(dict.fromkeys(e.name for e in doc.entities(PERSON)))
    region = countries[country].region if country in countries else None
    if region is None and answer in leaders and leaders[answer].country in countries:
        region = countries[leaders[answer].country].region

    answering = leaders.get(answer)
    answer_home = countries.get(answering.country) if answering else None
    answer_is_major = bool(answer_home and "major power" in answer_home.tags)

    def plausibility(name: str) -> tuple[object, ...]:
        leader = leaders.get(name)
        same_title = bool(title and leader and leader.title.casefold() == title.casefold())
        home = countries.get(leader.country) if leader else None
        return (
            not same_title,
            # A head of state against heads of state, not the head of a bank.
            bool(answering and leader and bool(answering.country) != bool(leader.country)),
            # Those the article names: who else was there ("Xi" beside Putin and Khurelsukh at
            # their summit, not Trump), then other powers' leaders for a power's ("Trump": Xi,
            # Putin, not Lukashenko).
            name not in in_article,
            # Today's powers' leaders for a power's leader in office ("who congratulated …?" of
            # Xi: Putin, not Obama or Hu Jintao); a smaller country's ("Uzbek President _____")
            # keeps to its region first (Atambayev, not Lukashenko).
            answer_is_major
            and bool(answering and answering.in_office and not (leader and leader.in_office)),
            answer_is_major and not (home and "major power" in home.tags),
            not (region and home and home.region == region),
            not (leader and leader.country == country),
            not (leader and leader.in_office),
            name,
        )

    pool = of_the_articles_time(doc, list(dict.fromkeys([*in_article, *leaders])))
    held = leaders.get(answer)
    if held is not None:  # another holder of the same office would be right too, at some time
        same_office = {
            name for name, leader in leaders.items()
            if (leader.title, leader.country, leader.organisation)
            == (held.title, held.country, held.organisation)
        }  # fmt: skip
        pool = [p for p in pool if p not in same_office]
    if title:  # never a person with no office against a head of state
        pool = [p for p in pool if p in leaders or p in in_article]
    if title and title_only:
        pool = [p for p in pool if p in leaders and leaders[p].title.casefold() == title.casefold()]
    banned = _fold(avoid or set())
    ranked = [p for p in sorted(pool, key=plausibility) if p.casefold() not in banned]
    return distinct_people(ranked, answer=answer, limit=count)


_SEXED_TITLE_WORDS = {"chairman": "Chair", "chairwoman": "Chair", "spokesman": "Spokesperson",
                      "spokeswoman": "Spokesperson"}  # fmt: skip


def sex_neutral_title(title: str) -> str:
    """An office as an option fits anyone: "Chair of the Senate", never "Chairwoman of the
    Senate" offered for a man's office."""
    return " ".join(_SEXED_TITLE_WORDS.get(word.casefold(), word) for word in title.split(" "))


def people_the_article_names(doc: ArticleDoc, names: list[str]) -> list[str]:
    """`names` cut to the people the article names where it names enough of them: who said
    what at a meeting is asked among those who were there ("Xi" beside Putin and Khurelsukh),
    never beside someone brought in from elsewhere (Trump)."""
    named = {e.name for e in doc.entities(PERSON)} | {e.text for e in doc.entities(PERSON)}
    own = [name for name in names if name in named]
    return own if len(own) >= MIN_WRONG else names


def article_year(doc: ArticleDoc) -> int | None:
    """The article's own time, near enough: the last year it names, but never before a person
    it names took office ("President Khachaturyan" beside the 1991 Alma-Ata Declaration is a
    story of 2022 or later)."""
    leaders = doc.knowledge.leaders
    years = [leaders[e.name].since or 0 for e in doc.entities(PERSON) if e.name in leaders]
    years.append(doc.latest_year or 0)
    return max(years) or None


PAST_YEARS = 10  # a leader who left office more than this long before the article is history


def of_the_articles_time(doc: ArticleDoc, names: list[str]) -> list[str]:
    """The names without anyone who took office after the article was written ("Vance" in a
    2024 story), nor anyone whose time ended long before it (Yeltsin beside today's leaders)."""
    leaders = doc.knowledge.leaders
    latest = article_year(doc)
    return [
        name for name in names
        if not (latest and name in leaders and (leaders[name].since or 0) > latest)
        and not _long_gone(leaders.get(name), latest)
    ]  # fmt: skip


def _long_gone(leader: Leader | None, latest: int | None) -> bool:
    return bool(leader and leader.until and latest and leader.until < latest - PAST_YEARS)


def wrong_cities(
    doc: ArticleDoc, *, answer: str, avoid: set[str] | None = None, count: int = 3,
    as_port: bool = False,
) -> list[str]:  # fmt: skip
    """Other cities, most plausible first; a port against ports (of its sea, then of its
    country), and any city against ports where the sentence asks it `as_port` ("other ports
    in the region, mostly Turkey's _____": Izmir, Samsun, never inland Ankara)."""
    cities = doc.knowledge.cities
    answer_country = cities[answer].country if answer in cities else None
    mentioned = [e.name for e in doc.entities(CITY)]
    region = doc.knowledge.countries.get(answer_country or "")

    is_capital = answer in cities and cities[answer].is_capital
    article_countries = set(doc.countries())
    home = doc.knowledge.countries.get(answer_country or "")

    sea = cities[answer].sea if answer in cities and not is_capital else ""

    def plausibility(name: str) -> tuple[object, ...]:
        city = cities[name]
        country = doc.knowledge.countries.get(city.country)
        return (
            # A port against ports of its sea ("the ports of Batumi and _____": not inland
            # Kutaisi, nor Baku on the Caspian), then other ports of its country.
            bool(sea) and city.sea != sea,
            (bool(sea) or as_port) and not (city.sea and city.country == answer_country),
            # A capital stands for its government ("the Moscow-led bloc"): other capitals
            # before any city the article names (no The Hague for an SCO summit in Astana),
            # of the countries the article names first (those of the answer's region or
            # neighbours before the rest: Tashkent and Bishkek for a meeting in Dushanbe, not
            # Beijing and New Delhi), then of the answer's region (a visit to Dushanbe: not
            # Washington), the powers and the better known first (Beijing and Tokyo for a
            # signing in Seoul, not Pyongyang), then of the powers.
            is_capital and not city.is_capital,
            name not in mentioned,
            is_capital and city.country not in article_countries,
            is_capital and city.country in article_countries and not _near_country(country, home),
            is_capital and not (region and country and country.region == region.region),
            is_capital and not (country and "major power" in country.tags),
            not is_capital and city.country != answer_country,
            not (region and country and country.region == region.region),
            not city.is_capital,
            # A city against the cities nearest it (Kashgar: Yining and Urumqi, not Chengdu).
            0.0 if is_capital else distance_km(cities.get(answer), city),
            -(country.population or 0) if country else 0,  # the better known first
            name,
        )

    return _keep(sorted(cities, key=plausibility), answer, avoid or set(), count)


EARTH_RADIUS_KM = 6371.0


def distance_km(one: City | None, other: City | None) -> float:
    """How far apart two cities lie, as the crow flies; infinite where the data does not say."""
    if one is None or other is None or one.at is None or other.at is None:
        return math.inf
    lat1, lon1 = map(math.radians, one.at)
    lat2, lon2 = map(math.radians, other.at)
    a = math.sin((lat2 - lat1) / 2) ** 2 + (
        math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def _near_country(country: Country | None, home: Country | None) -> bool:
    """Whether `country` is `home`'s neighbour or lies in its region."""
    return bool(
        country and home and (country.name in home.neighbours or country.region == home.region)
    )


def wrong_numbers(
    value: float,
    *,
    count: int = 3,
    avoid: set[float] | None = None,
    unit: str | None = None,
    whole: bool = False,
) -> list[float]:
    """Numbers of the same order: half, double, one and a half times, a quarter more...; a
    percentage only a step or two of a tenth of itself away (5.5%: 5, 6, 4.5; not 2.8 or 11,
    which a student rules out as no growth rate of the story's kind). A `whole` count of
    things (five people killed) gets whole numbers: no 2.5 people."""
    if unit == "%":
        return _near_percentages(value, count=count, banned=set(avoid or set()) | {value})
    options: list[float] = []
    banned = set(avoid or set()) | {value}
    for factor in (0.5, 2.0, 1.5, 0.75, 3.0, 0.25, 1.25):
        candidate = _round_like(value * factor, value)
        if whole:
            candidate = float(max(1, math.floor(candidate + 0.5)))
        if candidate not in banned and candidate not in options and candidate > 0:
            options.append(candidate)
        if len(options) == count:
            break
    return options


_PERCENT_STEPS = (-1, 1, -2, 2, 3, -3)


def _near_percentages(value: float, *, count: int, banned: set[float]) -> list[float]:
    decimals = _decimals(value)
    step = _round_step(value * 0.1, unit=10.0**-decimals)
    options: list[float] = []
    for times in _PERCENT_STEPS:
        candidate = round(value + times * step, decimals)
        within = 0 < candidate <= 100 or value > 100  # a share of 130% is no share
        if within and candidate not in banned and candidate not in options:
            options.append(candidate)
        if len(options) == count:
            break
    return options


def _round_step(target: float, *, unit: float) -> float:
    """The largest of 1, 2, 5, 10, 20, 50 ... units of the figure's last digit not above
    `target` (one unit at least): a tenth of 5.5% is 0.55, so steps of 0.5."""
    step = unit
    for multiple in (m * 10**power for power in range(7) for m in (1, 2, 5)):
        if unit * multiple <= target:
            step = unit * multiple
    return step


def _decimals(value: float) -> int:
    return len(f"{value:.6f}".rstrip("0").split(".")[1])


_NEAR_STEPS = (-2, 3, -5, 1, 4, -1, 6, -3, -4, -6, -7, 2, 5)
_ROUND_STEPS = (-5, 5, -10, 10, -15, 15, -20, 20)
_FORECAST_STEPS = (1, 2, -1, 3, -2)
_ROUND_FORECAST_STEPS = (5, 10, -5, 15, -10)


def wrong_years(
    year: int, *, count: int = 3, avoid: set[int] | None = None, latest: int | None = None,
    forecast: bool = False, every: int = 1,
) -> list[int]:  # fmt: skip
    """Years near the real one; never after `latest` (the article's last year) for an event
    the article reports as past, since a student can rule those out. A forecast's year gets
    the years just around it, later ones first ("would grow 6% in 2024": 2025, 2026, 2023; a
    forecast for 2019 or 2022 made in late 2024 is no forecast). A round year gets round years
    ("halved by 2050": 2045, 2055, 2040; beside 2048 and 2049 the round one stands out). An
    event held `every` few years gets years it could be held in (the 2014 Winter Olympics:
    2010, 2018, 2022)."""
    banned = set(avoid or set()) | {year}
    if every > 1:  # a Games' year is set years ahead: later ones are as believable
        cycles = [year + every * k for k in (-1, 1, -2, 2, -3, 3)]
        return [y for y in cycles if y not in banned][:count]
    is_round = year % 10 == 0
    if forecast:
        ahead = _ROUND_FORECAST_STEPS if is_round else _FORECAST_STEPS
        return [year + step for step in ahead if year + step not in banned][:count]
    steps = _ROUND_STEPS if is_round else _NEAR_STEPS
    years = [year + step for step in steps if year + step not in banned]
    if latest is not None and year <= latest:
        years = [y for y in years if y <= latest]
    return years[:count]


# A week either side and a day of the month before; two weeks either side where a span of days
# would run into the next month.
_DAY_SHIFTS = (-7, 7, -28, -14, 14)
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")  # fmt: skip
_DAYS = r"(\d{1,2})(?:[-–](\d{1,2}))?"
_MONTH = rf"({'|'.join(_MONTH_NAMES)})"
_MONTH_DAY = re.compile(rf"^{_MONTH} {_DAYS}$")
_DAY_MONTH = re.compile(rf"^{_DAYS} {_MONTH}$")
_LEAP_YEAR = 2000  # the year is not written: any day of any month exists in it


def wrong_days(date: str, *, count: int = 3) -> list[str]:
    """Days near a day (or a span of days) of the year, written the same way ("November 23":
    November 16, November 30, October 26; "3-4 July": 26-27 June, 10-11 July); not the same
    day of other months, which reads as a mechanical swap. None for anything but a month and
    a day."""
    if found := _MONTH_DAY.match(date):
        month, first, last, day_first = found[1], found[2], found[3], False
    elif found := _DAY_MONTH.match(date):
        month, first, last, day_first = found[3], found[1], found[2], True
    else:
        return []
    try:
        start = datetime.date(_LEAP_YEAR, _MONTH_NAMES.index(month) + 1, int(first))
        length = int(last) - int(first) if last else 0
    except ValueError:  # "February 30"
        return []
    if length < 0:
        return []
    days: list[str] = []
    for shift in _DAY_SHIFTS:
        begins = start + datetime.timedelta(days=shift)
        ends = begins + datetime.timedelta(days=length)
        if ends.month != begins.month or len(days) == count:
            continue
        span = f"{begins.day}-{ends.day}" if last else str(begins.day)
        name = _MONTH_NAMES[begins.month - 1]
        days.append(f"{span} {name}" if day_first else f"{name} {span}")
    return days


def wrong_same_kind(
    doc: ArticleDoc, entity: Entity, *, avoid: set[str] | None = None, count: int = 3
) -> list[str]:
    """Wrong options for any entity, by its kind; the article's own entities of that kind
    first. Returns fewer than `count` (even none) when no good options exist."""
    avoid = set(avoid or set())
    if entity.kind in (COUNTRY, DEMONYM):
        return wrong_countries(doc, answer=entity.name, avoid=avoid, count=count)
    if entity.kind == CITY:
        return wrong_cities(doc, answer=entity.name, avoid=avoid, count=count)
    if entity.kind == ORG and entity.known:
        org = doc.knowledge.organisation(entity.name)
        label = "acronym" if org and entity.text == org.acronym else "name"
        return wrong_organisations(doc, answer=entity.text, avoid=avoid | {entity.name},
                                   count=count, label=label, like=entity.name)  # fmt: skip
    if entity.kind == PERSON:
        leader = doc.knowledge.leaders.get(entity.name)
        return wrong_people(doc, answer=entity.name, avoid=avoid, count=count,
                            title=leader.title if leader else None)  # fmt: skip
    # The same label too: a valley for a valley, not a city ("Moscow Valley").
    same = [e.text for e in doc.entities(entity.kind)
            if e.name != entity.name and e.label == entity.label]  # fmt: skip
    return _keep(list(dict.fromkeys(same)), entity.text, avoid, count)


def _round_like(candidate: float, original: float) -> float:
    """Rounded to the original's precision: two significant figures at most."""
    if float(original).is_integer() and original >= 10:
        digits = len(str(int(original))) - len(str(int(original)).rstrip("0"))
        place = 10 ** max(digits, len(str(int(candidate))) - 2)
        return float(round(candidate / place) * place)
    return float(f"{candidate:.2g}")


def number_label(value: float, unit: str | None) -> str:
    return f"{format_number(value)} {unit}" if unit else format_number(value)


class NameForms:
    """Every way the knowledge data writes each named thing: "Uzbek", "Uzbekistan" and
    "Tashkent's government" are one country; "Putin" and "Vladimir Putin" one man. A country
    is named by its government's and its state bodies' names too ("the Kremlin", "the Oliy
    Majlis")."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self._id: dict[str, str] = {}
        self._forms: dict[str, set[str]] = {}
        for pattern in knowledge.entity_patterns():
            thing = pattern["id"].replace(f"{DEMONYM}:", f"{COUNTRY}:", 1)
            self._id.setdefault(pattern["pattern"], thing)
            self._forms.setdefault(thing, set()).add(pattern["pattern"])
        for country in knowledge.countries.values():
            self._forms.setdefault(f"{COUNTRY}:{country.name}", set()).update(
                (*country.government_names, *country.institutions, *country.companies)
            )
        self._leaders: dict[str, set[str]] = {}  # a country → how its office-holders are named
        for leader in knowledge.leaders.values():
            if leader.country:
                self._leaders.setdefault(leader.country, set()).update(
                    (leader.name, *leader.aliases)
                )

    def of(self, written: str) -> set[str]:
        """The forms of what an option or answer names (just itself when the data does not
        know it)."""
        name = written[4:] if written.startswith(("the ", "The ")) else written
        thing = self._id.get(name)
        return self._forms[thing] if thing else {name}

    def named_in(self, text: str, written: str) -> bool:
        return any(whole_words(form).search(text) for form in self.of(written))

    def country(self, written: str) -> Country | None:
        """The country an option names ("the Russian Federation", "Uzbek"), if any."""
        thing = self._id.get(written[4:] if written.startswith(("the ", "The ")) else written, "")
        kind, _, name = thing.partition(":")
        return self.knowledge.countries.get(name) if kind == COUNTRY else None

    def city_name(self, written: str) -> str | None:
        """The data's name of the city an option names ("Nur-Sultan" is Astana), if any."""
        kind, _, name = self._id.get(written, "").partition(":")
        return name if kind == CITY else None

    def leader(self, written: str) -> Leader | None:
        """The office-holder a name stands for ("Xi" is Xi Jinping), if the data knows one."""
        thing = self._id.get(written, "")
        kind, _, name = thing.partition(":")
        return self.knowledge.leaders.get(name) if kind == PERSON else None

    def other_names(self, written: str) -> list[str]:
        """Every name a student may write for what `written` names, `written` first: a
        country's other names ("Türkiye"), a people's other adjectives ("Uzbekistani"), an
        organisation's acronym or full name (never a former one), an office-holder's other
        spellings, a city's, an armed group's ("ISIS" for "Daesh"); just `written` where the
        data knows no other."""
        name = written[4:] if written.startswith(("the ", "The ")) else written
        knowledge = self.knowledge
        country, leader = self.country(name), self.leader(name)
        organisation = knowledge.organisation(name)
        city = knowledge.cities.get(self._id.get(name, "").removeprefix(f"{CITY}:"))
        names: tuple[str, ...] = ()
        if country is not None and name in country.demonyms:
            names = country.demonyms
        elif country is not None and name not in country.government_names:
            names = (country.name, *country.aliases)
        elif organisation is not None and name not in organisation.former_names:
            names = (organisation.acronym, organisation.name, *organisation.aliases)
        elif leader is not None:
            names = (leader.name, *leader.aliases)
        elif city is not None:
            names = (city.name, *city.aliases)
        else:
            groups = knowledge.terms.get("armed_group_names", [])
            names = next((tuple(g) for g in groups if name in g or written in g), ())
        return list(dict.fromkeys([written, *(n for n in names if n)]))

    def leader_named_in(self, text: str, written: str) -> bool:
        """Whether `text` names an office-holder of the country `written` names ("Putin" for
        Russia)."""
        country = next((f for f in self.of(written) if f in self._leaders), None)
        return country is not None and any(
            whole_words(name).search(text) for name in self._leaders[country]
        )


# The kind of thing a proper name ends with ("Qosh Tepa Canal"): the name alone says it.
_KINDS_OF_PLACE = frozenset({"bridge", "canal", "corridor", "dam", "field", "highway", "lake",
                             "mine", "pipeline", "port", "railway", "reservoir", "river", "route",
                             "sea"})  # fmt: skip
# Words that name nothing without the kind after them: "Middle" is no corridor, "Black" no sea.
_NAMES_NOTHING_ALONE = frozenset({"big", "black", "central", "dead", "east", "eastern", "grand",
                                  "great", "high", "little", "lower", "middle", "new", "north",
                                  "northern", "old", "red", "south", "southern", "upper", "west",
                                  "western", "white", "yellow"})  # fmt: skip


def with_other_names(candidate: Candidate, forms: NameForms) -> Candidate:
    """A short answer that also accepts the other names the data gives what it asks ("Daesh":
    ISIS, Islamic State), and a name without the kind of thing it ends with ("Zangezur" for
    the Zangezur Corridor): a student writing them is right too."""
    if candidate.type is not QuestionType.SHORT_ANSWER or not isinstance(candidate.answer, list):
        return candidate
    given = [a for a in candidate.answer if isinstance(a, str)]
    accepted = {a.casefold(): a for a in given}
    for answer in given:
        for name in forms.other_names(answer):
            accepted.setdefault(name.casefold(), name)
        *name_words, kind = answer.split()
        named = [w for w in name_words if w.casefold() != "the"]
        if (
            named
            and kind[:1].isupper()
            and kind.casefold() in _KINDS_OF_PLACE
            and not all(w.casefold() in _NAMES_NOTHING_ALONE for w in named)
        ):
            bare = " ".join(name_words)
            accepted.setdefault(bare.casefold(), bare)
    return replace(candidate, answer=list(accepted.values()))


def no_power_s_head(candidate: Candidate, forms: NameForms) -> Candidate | None:
    """Who holds an office of a country is never asked among a power's head in office whose
    country the stem does not name (Putin for the President of Turkmenistan): every student
    knows whose head he is. None when fewer than two wrong options are left."""
    if candidate.type is not QuestionType.SINGLE_CHOICE or candidate.fact_kind != "office":
        return candidate

    def known_elsewhere(option: str) -> bool:
        leader = forms.leader(option)
        if leader is None or not leader.in_office or leader.title.casefold() not in _HEADS:
            return False
        country = forms.knowledge.countries.get(leader.country)
        return bool(country and "major power" in country.tags) and not forms.named_in(
            candidate.prompt, leader.country
        )

    choices = [c for c in candidate.choices if c == candidate.answer or not known_elsewhere(c)]
    if len(choices) - 1 < MIN_WRONG:
        return None
    candidate.choices = choices
    return candidate


def spelled_as_the_article(candidate: Candidate, forms: NameForms, text: str) -> Candidate:
    """Wrong options the data knows as people, written in the spelling of theirs whose surname
    the article writes ("Gurbanguly Berdimuhamedov" beside the article's "Serdar
    Berdimuhamedov", not the data's "Berdimuhamedow"): an option spelt unlike the article's
    names stands out as wrong."""
    if candidate.type not in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        return candidate
    right = set(candidate.answer_texts)
    taken = _fold(candidate.choices)

    def respelled(option: str) -> str:
        leader = forms.leader(option)
        if option in right or leader is None or whole_words(option.split()[-1]).search(text):
            return option
        spellings = [n for n in (leader.name, *leader.aliases) if " " in n or " " not in option]
        return next(
            (n for n in spellings if n.casefold() not in taken
             and same_surname(n, option) and whole_words(n.split()[-1]).search(text)),
            option,
        )  # fmt: skip

    candidate.choices = [respelled(c) for c in candidate.choices]
    return candidate


def sound_options(
    candidate: Candidate, forms: NameForms, doc: ArticleDoc | None = None
) -> Candidate | None:
    """The candidate with no wrong option its stem already names ("the first visit of an Uzbek
    president": not Uzbekistan), or None when its stem names the answer another way (a railway
    "Uzbekistan-Afghanistan-Pakistan" gives away which countries signed for it: most of a
    multiple choice's right answers), when its blank holds a man's first names before his
    surname (no other man's name fits there) or too few wrong options are left. Given the `doc`, a
    country ruled out is replaced by the next one the stem allows ("through _____" India:
    Iran and Nepal once Russia and the United States are ruled out as far off). Nor, where the
    blank is a country's friend ("Yerevan embraced _____ as security guarantor"), a country the
    article names beside it with words of hostility (Azerbaijan, Turkey), nor itself. Nor a
    person the stem names in another spelling ("Mirziyaev" there, "Shavkat Mirziyoyev" here)."""
    if candidate.type not in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        return candidate
    right = set(candidate.answer_texts)
    named = [answer for answer in right if forms.named_in(candidate.prompt, answer)]
    if len(named) * 2 > len(right) or (doc is not None and _first_names_blank(candidate, doc)):
        return None
    # Nor a country whose own leader the stem names: "Putin deported children from _____" is
    # never Russia; nor, for an answer outside the region the stem names, a country of it:
    # "the main importer of gas from Central Asia" is not Turkmenistan; for an answer the stem
    # places in its own region ("_____ is located in Central Asia"), only countries of it; for
    # a province by its kind ("Xinjiang Uygur Autonomous Region"), only provinces.
    # And on a route or a border ("through _____ territory", "surrounded by Russia and
    # _____", "_____ to the north"), only countries near the answer or near a country the
    # stem names: not Oman.
    regions = _regions_named(candidate.prompt, forms, right)
    people = any(forms.leader(answer) is not None for answer in right)
    placed_in = _region_placing(candidate.prompt, forms, right)
    provinces = all(_PROVINCE_WORD.search(answer) for answer in right)
    anchors = _route_anchors(candidate, forms)
    across = _across_the_border(candidate, forms)
    partners = _listed_beside_the_answer(candidate, forms, doc)
    unfriendly = _no_friends_of_the_befriended(candidate, forms, doc)

    def allowed(option: str) -> bool:
        return (
            option in right
            or _has_digit(option)
            or not (
                forms.named_in(candidate.prompt, option)
                or forms.leader_named_in(candidate.prompt, option)
                or _surname_in(candidate.prompt, option, person=people)
                or any(_named_by_patronymic(option, answer) for answer in right)
                or _in_regions(option, regions, forms)
                or (bool(placed_in) and not _in_regions(option, placed_in, forms))
                or (provinces and not _PROVINCE_WORD.search(option))
                or _far_from(option, anchors, forms)
                or not _borders_any(option, across, forms)
                or _country_name(option, forms) in partners | unfriendly
            )
        )

    choices = [c for c in candidate.choices if allowed(c)]
    wanted = len(candidate.choices) - len(choices)
    if doc is not None and candidate.type is QuestionType.SINGLE_CHOICE and wanted:
        offered = {forms.country(c) for c in candidate.choices} - {None}
        spare = (c for c in _countries_written_like(str(candidate.answer), forms, doc)
                 if forms.country(c) not in offered and allowed(c))  # fmt: skip
        choices += islice(spare, wanted)
    if len(choices) - len(right) < MIN_WRONG:
        return None
    candidate.choices = choices
    return candidate


def _surname_in(text: str, option: str, *, person: bool = False) -> bool:
    """A person's name the text gives in another spelling ("Mirziyaev" in the stem, "Shavkat
    Mirziyoyev" as an option; "Gurganguly Berdymukhamedov" there, "Berdimuhamedov" here
    among the surnames of `people`): the stem's own man is no wrong answer."""
    words = option.split()
    if (len(words) < 2 and not person) or not all(w[:1].isupper() for w in words):
        return False
    return any(
        same_surname(word, option)
        for word in re.findall(r"\b[A-Z][a-z-]{3,}", text)  # "Mirziyaev's": its name
        if word not in words
    )


_PATRONYMIC = re.compile(r"^[A-Z][a-z]+(?:ovna|evna|ovich|evich|ovych|ievna)$")


def _named_by_patronymic(option: str, answer: str) -> bool:
    """ "Mira Askerovna" for "Mira Karybaeva": her given name and her father's, the same
    person."""
    words, answer_words = option.split(), answer.split()
    return (
        len(words) == 2
        and len(answer_words) >= 2
        and words[0] == answer_words[0]
        and bool(_PATRONYMIC.match(words[1]))
    )


# What the stem may say of a country that the data tags countries with: "an institute for
# landlocked developing countries in _____" is in a landlocked country; "the leaders of the
# Caspian countries" met in a Caspian state.
_POST_SOVIET = "post-Soviet"
_STATED_TAGS = {
    "landlocked": whole_words("landlocked"),
    "island state": whole_words("island state"),
    "Caspian littoral state": re.compile(
        r"\bCaspian (?:littoral )?(?:states?|countries|nations)\b", re.IGNORECASE
    ),
    "former Soviet republic": whole_words("former Soviet republic"),
    # "the biggest former Soviet oil producer after _____": Russia among the other fourteen
    _POST_SOVIET: re.compile(r"\b(?:former|ex-|post-)\s?Soviet\b(?! Union)", re.IGNORECASE),
}


def _described_by(country: Country) -> frozenset[str]:
    """The tags a stem may give the country: its own, and "post-Soviet" for any of the fifteen."""
    post_soviet = "former Soviet republic" in country.tags or country.name == "Russia"
    return frozenset(country.tags) | ({_POST_SOVIET} if post_soviet else set())


# "the economy of _____ province": the blank names a province after the city it is named for.
_PROVINCE_AFTER = re.compile(r"^\s+(?:province|region|oblast|governorate)\b")


def as_the_stem_describes(
    candidate: Candidate, forms: NameForms, doc: ArticleDoc
) -> Candidate | None:
    """The candidate with only countries, or cities of countries, that are what the stem says
    the answer's is ("an institute for landlocked countries in _____": Ulaanbaatar among
    Astana and Bishkek, never Moscow or Taipei); for "_____ province", only cities a province
    is named for (Kabul, Kandahar for Herat; never Mazar-i-Sharif, in Balkh); for a city where
    a line or a stretch starts or ends ("the 344 km from _____ to Makmal"), only cities near it
    (Urumqi for Kashgar, never Beijing); other such places of the answer's kind put in for
    those left out; None when fewer than two are left."""
    if candidate.type is not QuestionType.SINGLE_CHOICE:
        return candidate
    answer = str(candidate.answer)
    home = _home_country(answer, forms)
    if home is None:
        return candidate
    prompt = candidate.prompt
    said = [
        t for t, says in _STATED_TAGS.items() if t in _described_by(home) and says.search(prompt)
    ]
    city = forms.knowledge.cities.get(forms.city_name(answer) or "")
    province = bool(city and city.names_a_province and _province_blank(candidate))
    en_route = bool(city and not city.is_capital and _city_on_a_route(candidate))
    if not (said or province or en_route):
        return candidate

    def described(option: str) -> bool:
        country = _home_country(option, forms)
        named = forms.knowledge.cities.get(forms.city_name(option) or "")
        return (
            country is not None
            and all(t in _described_by(country) for t in said)
            # A province of the answer's country: no "Moscow province" for Herat's.
            and (not province or bool(named and named.names_a_province and country == home))
            and (not en_route or distance_km(city, named) <= NEAR_KM)
        )

    choices = [c for c in candidate.choices if c == answer or described(c)]
    wanted = len(candidate.choices) - len(choices)
    if city is not None:
        spare = wrong_cities(doc, answer=city.name, count=len(forms.knowledge.cities))
    else:
        spare = _countries_written_like(answer, forms, doc)
    taken = _fold(choices)
    stem = prompt.replace(BLANK, " ")
    fresh = (c for c in spare if described(c) and c.casefold() not in taken
             and not forms.named_in(stem, c))  # fmt: skip  # not "Kazakhstan … after _____"
    choices += islice(fresh, wanted)
    if len(choices) - 1 < MIN_WRONG:
        return None
    candidate.choices = choices
    return candidate


NEAR_KM = 1500  # a city this far from another lies in its part of the country
_DISTANCE = re.compile(r"\d\s*(?:km|kilomet(?:re|er)s?|miles?)\b", re.IGNORECASE)


def _city_on_a_route(candidate: Candidate) -> bool:
    """A blank where a line, a road or a stretch of a stated length starts, ends or passes
    ("the 344 km from _____ to the border"): only a city near the answer can be there."""
    if BLANK not in candidate.prompt:
        return False
    before = candidate.prompt.split(BLANK, 1)[0]
    placed = _TOWARDS_BEFORE.search(before) or _ON_A_ROUTE_BEFORE.search(before)
    return bool(placed) and bool(
        _LAND_LINK.search(candidate.prompt) or _DISTANCE.search(candidate.prompt)
    )


def _province_blank(candidate: Candidate) -> bool:
    return BLANK in candidate.prompt and bool(
        _PROVINCE_AFTER.match(candidate.prompt.split(BLANK, 1)[1])
    )


def _home_country(option: str, forms: NameForms) -> Country | None:
    """The country an option names, or the country of the city it names."""
    country = forms.country(option)
    if country is not None:
        return country
    city = forms.knowledge.cities.get(forms.city_name(option) or "")
    return forms.knowledge.countries.get(city.country) if city else None


# The blank is someone's friend: "embraced _____ as security guarantor", "its ally _____".
_FRIEND = re.compile(
    r"\b(?:guarantors?|all(?:y|ies)|protectors?|patrons?|backers?|benefactors?|friends?)\b",
    re.IGNORECASE,
)
_HOSTILE_LEMMAS = frozenset({"enemy", "adversary", "foe", "war", "fight", "hostile", "hostility",
                             "aggressor", "aggression", "invade", "invasion", "attack",
                             "rival"})  # fmt: skip


def _no_friends_of_the_befriended(
    candidate: Candidate, forms: NameForms, doc: ArticleDoc | None
) -> set[str]:
    """Where the blank is the friend of a country the stem names (by name or capital), that
    country and every country a sentence names beside it with words of hostility ("Azerbaijan
    joined the Armenian nationalists' enemy list"): none is a believable friend of it."""
    if doc is None or BLANK not in candidate.prompt or not _FRIEND.search(candidate.prompt):
        return set()
    befriended = _countries_of(candidate.prompt.replace(BLANK, " "), forms)
    foes: set[str] = set()
    for country in befriended:
        for sentence in doc.sentences_naming_country(country):
            if {t.lemma_.casefold() for t in sentence.span} & _HOSTILE_LEMMAS:
                foes |= {e.name for e in sentence.entities_of(COUNTRY, DEMONYM)}
    return foes | befriended


def _countries_of(text: str, forms: NameForms) -> set[str]:
    """The countries a text names, by any of their names or by their capitals ("Yerevan")."""
    knowledge = forms.knowledge
    named = {c.name for c in knowledge.countries.values() if forms.named_in(text, c.name)}
    capitals = {
        city.country
        for city in knowledge.cities.values()
        if city.is_capital and any(whole_words(n).search(text) for n in (city.name, *city.aliases))
    }
    return named | capitals


def _first_names_blank(candidate: Candidate, doc: ArticleDoc) -> bool:
    """ "_____ Berdimuhamedov is a young politician": the blank holds the first names of a man
    the article names, and every other man's name before his surname reads as nonsense."""
    if BLANK not in candidate.prompt:
        return False
    after = re.match(r"\s+([A-Z][\w'’-]+)", candidate.prompt.split(BLANK, 1)[1])
    if after is None:
        return False
    surname, people = after[1], doc.entities(PERSON)
    whole = f"{candidate.answer} {surname}"
    return whole in doc.text and (
        any(e.text.startswith(whole) for e in people)  # one name, the blank its first part
        or (
            any(e.text == candidate.answer for e in people)
            and any(e.text.split()[0] == surname for e in people)
        )
    )


def _listed_beside_the_answer(
    candidate: Candidate, forms: NameForms, doc: ArticleDoc | None
) -> set[str]:
    answering = forms.country(str(candidate.answer))
    if doc is None or answering is None or candidate.type is not QuestionType.SINGLE_CHOICE:
        return set()
    return listed_with(doc, answering.name, stem=candidate.prompt)


def _country_name(option: str, forms: NameForms) -> str | None:
    country = forms.country(option)
    return country.name if country else None


def _countries_written_like(answer: str, forms: NameForms, doc: ArticleDoc) -> list[str]:
    """Wrong countries for a country answer, written as it is (a name or a people's
    adjective), most plausible first; none for any other answer."""
    country = forms.country(answer)
    if country is None:
        return []
    names = wrong_countries(doc, answer=country.name, count=len(forms.knowledge.countries))
    if answer == country.name:
        return [country_as_written(name) for name in names]
    if answer in country.demonyms:
        found = (forms.knowledge.countries[n].demonyms for n in names)
        return [demonyms[0] for demonyms in found if demonyms]
    return []


def _regions_named(prompt: str, forms: NameForms, right: set[str]) -> set[str]:
    """The regions the stem names that no right answer lies in."""
    regions = {c.region for c in forms.knowledge.countries.values() if c.region}
    named = {r for r in regions if whole_words(r).search(prompt)}
    home = {country.region for answer in right if (country := forms.country(answer))}
    return named - home if home else set()


# A province by its kind: "Xinjiang Uygur Autonomous Region", "Jiangsu Province".
_PROVINCE_WORD = re.compile(
    r"\b(?:Region|Province|Oblast|Governorate|Prefecture|Krai|Autonomous Republic)$"
)


def _region_placing(prompt: str, forms: NameForms, right: set[str]) -> set[str]:
    """The region the stem places every right answer in ("_____ is located in Central Asia"),
    as a set of one, or none: countries outside it could not be there."""
    countries = [forms.country(answer) for answer in right]
    found = {country.region for country in countries if country is not None}
    if None in countries or len(found) != 1:
        return set()
    region = found.pop()
    placing = re.compile(rf"\b(?:in|of)\s+(?:the\s+)?{re.escape(region)}\b", re.IGNORECASE)
    return {region} if region and placing.search(prompt) else set()


def _in_regions(option: str, regions: set[str], forms: NameForms) -> bool:
    country = forms.country(option)
    return country is not None and country.region in regions


_ON_A_ROUTE_BEFORE = re.compile(
    r"\b(?:through|across|via|bordering|borders?|surrounded by|neighbou?ring|between)\b[^.;:]*$",
    re.IGNORECASE,
)
_ON_A_ROUTE_AFTER = re.compile(
    r"^\W*(?:territory|soil|airspace|border|to\s+the\s+(?:north|south|east|west))", re.IGNORECASE
)


# Where a railway, road or pipeline goes ("a rail line that helps coal exports to _____"):
# only as far as land reaches.
_LAND_LINK = re.compile(
    r"\b(?:rail(?:way|road)?s?|rail lines?|pipelines?|roads?|highways?|border crossings?)\b",
    re.IGNORECASE,
)
_TOWARDS_BEFORE = re.compile(r"\b(?:to|into|from)\s+(?:the\s+)?$", re.IGNORECASE)
# A route that goes around the answer ("a route to Europe avoiding _____"): only the answer's
# neighbours could be gone around instead, not countries far off the way (India, the United
# States), however near the route's other countries they lie.
_AROUND_BEFORE = re.compile(
    r"\b(?:avoiding|avoids?|bypass(?:ing|es)?|circumvent(?:ing|s)?|skirting)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _route_anchors(candidate: Candidate, forms: NameForms) -> list[Country]:
    """For a country blank on a route or a border, or where a land link goes to or comes
    from, the answer's country and those the stem names; just the answer's for a route around
    it; none for any other blank."""
    if BLANK not in candidate.prompt:
        return []
    before, after = candidate.prompt.split(BLANK, 1)
    answer = forms.country(str(candidate.answer))
    if answer is not None and _AROUND_BEFORE.search(before):
        return [answer]
    on_a_route = _ON_A_ROUTE_BEFORE.search(before) or _ON_A_ROUTE_AFTER.match(after)
    by_land = _TOWARDS_BEFORE.search(before) and _LAND_LINK.search(candidate.prompt)
    if answer is None or not (on_a_route or by_land):
        return []
    named = [c for c in forms.knowledge.countries.values()
             if whole_words(c.name).search(candidate.prompt)]  # fmt: skip
    return [answer, *named]


_SIDE_OF_THE_BORDER = re.compile(r"^\W*side of the (?:border|frontier)\b", re.IGNORECASE)


def _across_the_border(candidate: Candidate, forms: NameForms) -> list[Country]:
    """For "a town in Azerbaijan and one on the _____ side of the border", the countries the
    stem names, whose neighbours alone lie across it; none for any other blank."""
    if BLANK not in candidate.prompt:
        return []
    before, after = candidate.prompt.split(BLANK, 1)
    if not _SIDE_OF_THE_BORDER.match(after):
        return []
    answer = forms.country(str(candidate.answer))
    return [c for c in forms.knowledge.countries.values()
            if c != answer and whole_words(c.name).search(before)]  # fmt: skip


def _borders_any(option: str, countries: list[Country], forms: NameForms) -> bool:
    country = forms.country(option)
    return not countries or (
        country is not None and any(country.name in other.neighbours for other in countries)
    )


def _far_from(option: str, anchors: list[Country], forms: NameForms) -> bool:
    country = forms.country(option)
    return (
        bool(anchors)
        and country is not None
        and not any(
            country.name in anchor.neighbours or country.region == anchor.region
            for anchor in anchors
        )
    )


def _has_digit(option: str) -> bool:
    """A figure or a date: "5" is no name, though "5.3%" in the stem starts with it."""
    return any(ch.isdigit() for ch in option)


# Words that tell a person's sex where the article writes them just before the name ("his wife
# Aygul Japarova", "Mrs Bakirova"); a name's ending tells nothing sure.
_SEX_WORDS = {
    "female": frozenset({"wife", "widow", "daughter", "mother", "sister", "mrs", "ms", "miss",
                         "madam", "madame", "lady", "queen", "princess", "spokeswoman",
                         "chairwoman", "businesswoman", "actress", "grandmother", "granddaughter",
                         "aunt", "niece"}),
    "male": frozenset({"husband", "widower", "son", "father", "brother", "mr", "king", "prince",
                       "spokesman", "businessman", "grandfather", "grandson", "uncle", "nephew"}),
}  # fmt: skip
_WORD_BEFORE = re.compile(r"(\w+)\.?,?\s*$")
_WHO_IS_THE = re.compile(r"\bwho (?:is|was) (?:the |an? )?(?:[\w-]+ ){0,2}?(\w+) of\b")


def _sex_of_word(word: str) -> str | None:
    return next((sex for sex, words in _SEX_WORDS.items() if word.casefold() in words), None)


def _stated_sex(name: str, text: str) -> set[str]:
    """Every sex the article states for `name` by a word just before it."""
    found = re.finditer(rf"(\w+)\.?,?\s+{re.escape(name)}(?!\w)", text)
    return {sex for m in found if (sex := _sex_of_word(m.group(1)))}


def of_the_answers_sex(candidate: Candidate, text: str) -> Candidate | None:
    """A blank the stem calls a wife (or a husband, "Mrs", a son ...) keeps only wrong options
    the article states to be of that sex: not a parliament nor a man beside "his wife _____";
    None when fewer than two are left."""
    if candidate.type is not QuestionType.SINGLE_CHOICE:
        return candidate
    if BLANK in candidate.prompt:
        before = _WORD_BEFORE.search(candidate.prompt.split(BLANK, 1)[0])
        word = before.group(1) if before else None
    else:  # "who is the eldest daughter of Kazakhstan's former president?"
        asked = _WHO_IS_THE.search(candidate.prompt)
        word = asked.group(1) if asked else None
    sex = _sex_of_word(word) if word else None
    if sex is None:
        return candidate
    choices = [c for c in candidate.choices
               if c == candidate.answer or _stated_sex(c, text) == {sex}]  # fmt: skip
    if len(choices) - 1 < MIN_WRONG:
        return None
    candidate.choices = choices
    return candidate


# "talks, including one with _____", "partners such as _____": the answer is one of several.
_ONE_OF_SEVERAL = re.compile(
    r"\b(?:including|such as|among them|among others|notably)\b[^.;:()]*$", re.IGNORECASE
)


def one_of_several(candidate: Candidate, text: str) -> Candidate | None:
    """A blank the stem makes one of several ("talks, including one with _____") keeps no
    wrong option the article names anywhere: the article may name it among the others (the
    prime minister Putin also meets); None when fewer than two are left."""
    if candidate.type is not QuestionType.SINGLE_CHOICE or BLANK not in candidate.prompt:
        return candidate
    if not _ONE_OF_SEVERAL.search(candidate.prompt.split(BLANK, 1)[0]):
        return candidate
    choices = [c for c in candidate.choices
               if c == candidate.answer or not whole_words(c).search(text)]  # fmt: skip
    if len(choices) - 1 < MIN_WRONG:
        return None
    candidate.choices = choices
    return candidate


def of_the_answers_standing(
    candidate: Candidate, doc: ArticleDoc, forms: NameForms
) -> Candidate | None:
    """The candidate with wrong countries that stand towards the one organisation its stem
    names as the answer does: "_____ received observer status in the EEU" is never Russia, a
    member; "which country has defied OPEC+ production targets?" (Kazakhstan) is asked among
    members, not Kyrgyzstan. Those left out are replaced by others of the same standing; None
    when fewer than two wrong options are left."""
    if candidate.type is not QuestionType.SINGLE_CHOICE:
        return candidate
    answer = str(candidate.answer)
    home = forms.country(answer)
    orgs = _organisations_in(candidate.prompt, forms.knowledge)
    if home is None or len(orgs) != 1 or not orgs[0].members_complete:
        return candidate
    members = orgs[0].members
    # "which country is a full member of the EAEU?" (Kazakhstan): a member asked as one is asked
    # among countries that are not; all the other members would be right too
    asked_as_member = home.name in members and bool(_MEMBERSHIP.search(candidate.prompt))

    def same_standing(option: str) -> bool:
        country = forms.country(option)
        if country is None:
            return False
        if asked_as_member:
            return country.name not in members
        return (country.name in members) == (home.name in members)

    choices = [c for c in candidate.choices if c == answer or same_standing(c)]
    wanted = len(candidate.choices) - len(choices)
    if wanted:
        taken = _fold(choices)
        spare = _countries_written_like(answer, forms, doc)
        choices += islice((c for c in spare if c.casefold() not in taken and same_standing(c)
                           and not forms.named_in(candidate.prompt, c)), wanted)  # fmt: skip
    if len(choices) - 1 < MIN_WRONG:
        return None
    candidate.choices = choices
    return candidate


_MEMBERSHIP = re.compile(r"\b(?:members?|membership|joined|joins?|accession|admitted)\b", re.I)


def _organisations_in(text: str, knowledge: Knowledge) -> list[Organisation]:
    """The organisations a text names, each once; "OPEC+" is not OPEC too."""
    found = knowledge.organisation_mentions(text)

    def inside_another(name: str) -> bool:
        return all(any(o != name and a <= start and end <= b and (a, b) != (start, end)
                       for o, others in found.items() for a, b in others)
                   for start, end in found[name])  # fmt: skip

    return [knowledge.organisations[name] for name in found if not inside_another(name)]


def said_of_another(candidate: Candidate, doc: ArticleDoc, forms: NameForms) -> Candidate | None:
    """The candidate without a wrong option the article says the same of elsewhere: "There are
    many Tajik migrant workers in _____" (Russia) never offers Kazakhstan where another sentence
    has Tajik migrant workers in Kazakhstan too, nor "which country bought Bayraktar TB2
    drones?" Azerbaijan, which the article says used them. The same is two of the evidence's
    distinctive words, and a quarter of them, in one sentence with the option. None when fewer
    than two wrong options are left."""
    if candidate.type is not QuestionType.SINGLE_CHOICE or not candidate.choices:
        return candidate
    if not 0 <= candidate.origin.sentence < len(doc.sentences):
        return candidate
    answer = str(candidate.answer)
    words = _distinctive_lemmas(doc.sentences[candidate.origin.sentence], answer)
    if len(words) < 2:
        return candidate

    def said_too(option: str) -> bool:
        for sentence in doc.sentences_with(tuple(sorted(forms.of(option)))):
            if sentence.index == candidate.origin.sentence:
                continue
            if not forms.named_in(sentence.text, option):
                continue
            shared = words & _distinctive_lemmas(sentence, option)
            if len(shared) >= 2 and len(shared) * 4 >= len(words):
                return True
        return False

    choices = [c for c in candidate.choices if c == answer or not said_too(c)]
    if len(choices) - 1 < MIN_WRONG:
        return None
    candidate.choices = choices
    return candidate


def _distinctive_lemmas(sentence: Sentence, answer: str) -> frozenset[str]:
    """The content words of a sentence that say what is done or had, without the answer's."""
    named = {w.casefold() for w in answer.split()}
    return sentence.content_words - named


_HEADS = frozenset({"president", "prime minister", "chancellor"})


def known_without_the_article(candidate: Candidate, forms: NameForms) -> bool:
    """A blank right after the title and country of a power's head in office ("China's
    President _____"): every student knows it without reading the article."""
    if candidate.type is not QuestionType.SINGLE_CHOICE or BLANK not in candidate.prompt:
        return False
    leader = forms.leader(str(candidate.answer))
    country = forms.knowledge.countries.get(leader.country) if leader else None
    if leader is None or country is None or not leader.in_office:
        return False
    if "major power" not in country.tags or leader.title.casefold() not in _HEADS:
        return False
    before = candidate.prompt.split(BLANK, 1)[0].rstrip()
    return before.casefold().endswith(leader.title.casefold()) and forms.named_in(
        before, leader.country
    )


_TRAVEL_WORDS = re.compile(r"\b(?:visit\w*|trips?|travel\w*|tours?)\b", re.IGNORECASE)
_TRAVEL_LEMMAS = frozenset({"visit", "travel", "tour", "trip", "fly", "arrive"})


def several_trips(candidate: Candidate, doc: ArticleDoc, forms: NameForms) -> bool:
    """A question on where someone went ("which country did Putin visit?") when the article
    gives other places people went to ("he has visited China and Kazakhstan"): they would be
    right too."""
    if candidate.type is not QuestionType.SINGLE_CHOICE:
        return False
    answer = forms.of(str(candidate.answer))
    if not any(
        p.name in answer for p in _places_travelled_to(doc.sentences[candidate.origin.sentence])
    ):
        return False  # the answer is no place someone goes to in its sentence
    return any(
        place.name not in answer and not forms.named_in(candidate.prompt, place.name)
        for sentence in doc.sentences
        for place in _places_travelled_to(sentence)
    )


def _places_travelled_to(sentence: Sentence) -> list[Entity]:
    """Countries and cities the sentence names as where someone goes: what a travel word takes
    ("visited various countries, including China", "a trip to Baku")."""
    if not _TRAVEL_WORDS.search(sentence.text):
        return []
    return [
        entity
        for entity in sentence.entities_of(COUNTRY, CITY)
        if _goes_to(sentence.span.doc[entity.last_token])
    ]


def _goes_to(token: Token) -> bool:
    """The place is what a travel word takes ("visited China", "a trip to Baku", "countries,
    including China"), not a name further off ("amid fears over the invasion of Ukraine")."""
    current = token
    while current.head.i != current.i:
        above = current.head
        if current.dep_ == "pobj" and above.lower_ not in _TRAVEL_PREPOSITIONS:
            return False
        if above.lemma_ in _TRAVEL_LEMMAS:
            return True
        if above.pos_ in ("VERB", "AUX") and above.lemma_ != "include":
            return False
        current = above
    return False


_TRAVEL_PREPOSITIONS = frozenset({"to", "in", "into", "including"})

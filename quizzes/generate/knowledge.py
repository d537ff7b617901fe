"""Domain knowledge the generator leans on, read from the data files in `seeds/knowledge/`.

Countries (names, other spellings, demonyms, capitals, regions, neighbours), cities,
organisations (acronyms, members and the year each joined, foundings and former names) and
office-holders (current and former). None of it is in code, so the generator works on any article
of this kind and the data can be corrected without a release. The data reaches the parse as
entity patterns (`entity_patterns`), which is how it corrects the statistical model where that
model is wrong ("Kazakh" tagged as an organisation, a president's name tagged as one).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from quizzes.app.resources import resource_path
from quizzes.generate.whole_words import whole_words

# The kinds of named thing the knowledge data knows; an entity id is "<kind>:<canonical name>".
COUNTRY, DEMONYM, CITY, ORG, PERSON = "country", "demonym", "city", "org", "person"


@dataclass(frozen=True)
class Country:
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None
    region: str
    area_km2: int | None
    population: int | None
    neighbours: frozenset[str]
    tags: frozenset[str]
    government_names: tuple[str, ...] = ()  # "Kremlin", "Taliban": its government in the news
    institutions: tuple[str, ...] = ()  # "Oliy Majlis": its own state bodies, which tell it
    firm_prefixes: tuple[str, ...] = ()  # "Kaz" of KazMunayGas: its state firms' names, too
    companies: tuple[str, ...] = ()  # "Kazatomprom", "Gazprom": its big companies, by name

    @property
    def forms(self) -> tuple[str, ...]:
        """Every way a sentence can name the country or its government."""
        return (self.name, *self.aliases, *self.demonyms, *self.government_names)


@dataclass(frozen=True)
class City:
    name: str
    aliases: tuple[str, ...]
    country: str
    is_capital: bool
    sea: str = ""  # the sea it is a port on, if it is one
    former_names: tuple[str, ...] = ()  # "Frunze": recognised, never today's answer
    names_a_province: bool = False  # a province (region, oblast) bears its name: "Herat"
    at: tuple[float, float] | None = None  # latitude and longitude, in degrees


@dataclass(frozen=True)
class Organisation:
    name: str
    acronym: str
    aliases: tuple[str, ...]
    kind: str
    members: frozenset[str]
    observers: frozenset[str]
    dialogue_partners: frozenset[str]
    members_complete: bool
    member_since: dict[str, int] = field(default_factory=dict)
    founded: int | None = None
    former_names: tuple[str, ...] = ()
    acronym_said_as_word: bool = False  # "NATO" reads as a word: no "the" before it
    led_by: str = ""  # the one country whose own programme it is ("Belt and Road": China)


@dataclass(frozen=True)
class Leader:
    name: str
    aliases: tuple[str, ...]
    title: str
    country: str
    organisation: str = ""
    since: int | None = None
    until: int | None = None

    @property
    def in_office(self) -> bool:
        return self.until is None


@dataclass
class Knowledge:
    countries: dict[str, Country] = field(default_factory=dict)
    cities: dict[str, City] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    leaders: dict[str, Leader] = field(default_factory=dict)
    titles: tuple[str, ...] = ()
    terms: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def demonyms(self) -> frozenset[str]:
        """Every word for a country's people or things: "Kazakh", "Kazakhs", "Russian"."""
        words = {d for country in self.countries.values() for d in country.demonyms}
        return frozenset(words | {p for d in words if (p := people_plural(d))})

    def organisation(self, name: str) -> Organisation | None:
        """An organisation by its name, acronym or another name."""
        if name in self.organisations:
            return self.organisations[name]
        for org in self.organisations.values():
            if name == org.acronym or name in org.aliases or name in org.former_names:
                return org
        return None

    def organisation_mentions(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """Where a text names each organisation, by its name, acronym, another or a former
        name: the spans of each one named (the data's name as the key)."""
        found: dict[str, list[tuple[int, int]]] = {}
        for org in self.organisations.values():
            for form in (org.name, org.acronym, *org.aliases, *org.former_names):
                if form:
                    found.setdefault(org.name, []).extend(
                        m.span() for m in whole_words(form).finditer(text)
                    )
        return {name: spans for name, spans in found.items() if spans}

    def aliases_of(self, person: str) -> tuple[str, ...]:
        """The other names the data gives a known person ("Sergey Lavrov" for Sergei Lavrov)."""
        leader = self.leaders.get(person)
        return leader.aliases if leader is not None else ()

    def leaders_of(self, country: str, *, in_office: bool = False) -> list[str]:
        """The people the data knows from a country (only those in office, if asked)."""
        return [name for name, leader in self.leaders.items()
                if leader.country == country and (leader.in_office or not in_office)]  # fmt: skip

    def short_name(self, name: str) -> str:
        """How an article names a person alone: the data's one-word alias ("Xi" for Xi Jinping,
        not "Jinping"), the first word where the family name comes first ("Wang" for Wang Yi),
        else the last word."""
        leader = self.leaders.get(name)
        single = [a for a in leader.aliases if " " not in a] if leader else []
        if single:
            return single[0]
        home = self.countries.get(leader.country) if leader else None
        words = name.split()
        return words[0] if home is not None and "family name first" in home.tags else words[-1]

    def membership(self, org_name: str, country: str) -> str | None:
        """member, observer, dialogue partner, none (known non-member) or None (unknown)."""
        org = self.organisation(org_name)
        if org is None:
            return None
        if country in org.members:
            return "member"
        if country in org.observers:
            return "observer"
        if country in org.dialogue_partners:
            return "dialogue partner"
        return "none" if org.members_complete else None

    def entity_patterns(self) -> list[dict[str, Any]]:
        """Patterns for spaCy's entity ruler: every known surface form with its entity id."""
        patterns: list[dict[str, Any]] = []

        def add(label: str, surface: str, kind: str, name: str) -> None:
            # "People’s Republic of China" as often as "People's": each apostrophe, each form
            for written in dict.fromkeys((surface, surface.replace("'", "’"))):
                if written:
                    patterns.append({"label": label, "pattern": written, "id": f"{kind}:{name}"})

        for country in self.countries.values():
            for surface in (country.name, *country.aliases):
                add("GPE", surface, COUNTRY, country.name)
            for institution in (*country.institutions, *country.companies):
                add("ORG", institution, "other", institution)  # "the Akorda", "Kazatomprom"
            for demonym in country.demonyms:
                add("NORP", demonym, DEMONYM, country.name)
                plural = people_plural(demonym)
                if plural and plural not in country.demonyms:
                    add("NORP", plural, DEMONYM, country.name)  # "Kazakhs approve ..."
        for city in self.cities.values():
            for surface in (city.name, *city.aliases, *city.former_names):
                add("GPE", surface, CITY, city.name)
        for org in self.organisations.values():
            for surface in (org.name, org.acronym, *org.aliases, *org.former_names):
                add("ORG", surface, ORG, org.name)
        for leader in self.leaders.values():
            for surface in (leader.name, *leader.aliases):
                add("PERSON", surface, PERSON, leader.name)
        return patterns


def people_plural(demonym: str) -> str | None:
    """ "Kazakh" → "Kazakhs", "Uzbek" → "Uzbeks", "Georgian" → "Georgians"; none for words that
    do not take an -s ("Kyrgyz", "Chinese", "British", "Turkmen", "Swiss")."""
    if " " in demonym or demonym.endswith(("s", "z", "sh", "ch", "ese", "i", "men", "x")):
        return None
    return demonym + "s"


def load_knowledge(folder: Path | None = None) -> Knowledge:
    """Read every `*.json` file of the knowledge folder (the shipped one by default)."""
    if folder is None:
        return _shipped_knowledge()
    return _load(folder)


@lru_cache(maxsize=1)
def _shipped_knowledge() -> Knowledge:
    return _load(resource_path("seeds", "knowledge"))


def _load(folder: Path) -> Knowledge:
    knowledge = Knowledge()
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for item in data.get("countries", []):
            knowledge.countries[item["name"]] = _country(item)
            if item.get("capital"):
                capital = item["capital"]
                aliases = item.get("capital_aliases", {}).get(capital, [])
                knowledge.cities.setdefault(
                    capital, City(capital, tuple(aliases), item["name"], is_capital=True)
                )
        for item in data.get("cities", []):
            knowledge.cities[item["name"]] = City(
                item["name"], tuple(item.get("aliases", [])), item["country"],
                bool(item.get("capital", False)), item.get("port_on", ""),
                tuple(item.get("former_names", [])), bool(item.get("province", False)),
                (float(item["at"][0]), float(item["at"][1])) if item.get("at") else None,
            )  # fmt: skip
        for item in data.get("organisations", []):
            knowledge.organisations[item["name"]] = _organisation(item)
        for item in data.get("leaders", []):
            knowledge.leaders[item["name"]] = Leader(
                name=item["name"],
                aliases=tuple(item.get("aliases", [])),
                title=item["title"],
                country=item.get("country", ""),
                organisation=item.get("organisation", "") or "",
                since=item.get("since"),
                until=item.get("until"),
            )
        knowledge.titles += tuple(data.get("titles", []))
        for key, value in data.items():
            if key not in ("about", "countries", "cities", "organisations", "leaders", "titles"):
                knowledge.terms[key] = value
    return knowledge


def _country(item: dict[str, Any]) -> Country:
    return Country(
        name=item["name"],
        aliases=tuple(item.get("aliases", [])),
        demonyms=tuple(item.get("demonyms", [])),
        capital=item.get("capital"),
        region=item.get("region", ""),
        area_km2=item.get("area_km2"),
        population=item.get("population"),
        neighbours=frozenset(item.get("neighbours", [])),
        tags=frozenset(item.get("tags", [])),
        government_names=tuple(item.get("government_names", [])),
        institutions=tuple(item.get("institutions", [])),
        firm_prefixes=tuple(item.get("firm_prefixes", [])),
        companies=tuple(item.get("companies", [])),
    )


def _organisation(item: dict[str, Any]) -> Organisation:
    former = item.get("former_names", [])
    return Organisation(
        name=item["name"],
        acronym=item["acronym"],
        aliases=tuple(item.get("aliases", [])),
        kind=item.get("kind", "organisation"),
        members=frozenset(item.get("members", [])),
        observers=frozenset(item.get("observers", [])),
        dialogue_partners=frozenset(item.get("dialogue_partners", [])),
        members_complete=bool(item.get("members_complete", False)),
        member_since=dict(item.get("member_since", {})),
        founded=item.get("founded"),
        former_names=tuple(f["name"] if isinstance(f, dict) else f for f in former),
        acronym_said_as_word=bool(item.get("acronym_said_as_word", False)),
        led_by=item.get("led_by", "") or "",
    )


# Short forms of names that take "the": "the UK's actions", "the US", "the UAE".
_SHORT_FORMS_WITH_THE = frozenset({"UK", "US", "USA", "U.S.", "U.K.", "UAE", "DRC"})


# One-word names ending in "s" that take no "the" ("the Maldives" does; "Laos" does not).
_NO_THE = frozenset({"Barbados", "Belarus", "Cyprus", "Honduras", "Laos", "Mauritius"})


def takes_the(name: str) -> bool:
    """ "the United States", "the Philippines", "the Netherlands", "the UK"; not "Belarus"."""
    return (
        name.startswith(("United ", "Republic ", "Czech ", "Central African", "Dominican"))
        or name in _SHORT_FORMS_WITH_THE
        or (name.endswith("s") and " " not in name and name not in _NO_THE)
    )  # fmt: skip


def country_as_written(name: str) -> str:
    """A country's name as a sentence writes it: "the United Kingdom", "Kazakhstan"."""
    return f"the {name}" if takes_the(name) else name

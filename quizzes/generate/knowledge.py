"""Domain knowledge the generator leans on, read from the data files in `seeds/knowledge/`.

Country and organisation names, their other spellings, acronyms and demonyms, capitals, regions,
neighbours, who belongs to which organisation, and office-holders. None of it is in code, so the
generator works on any article of this kind and the data can be corrected without a release.
`find_mentions` locates every known name in a piece of text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from quizzes.resources import resource_path


@dataclass(frozen=True)
class Country:
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None
    region: str
    area_km2: int | None
    neighbours: frozenset[str]
    tags: frozenset[str]
    seats: tuple[str, ...] = ()


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
    member_since: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Leader:
    name: str
    aliases: tuple[str, ...]
    title: str
    country: str


@dataclass(frozen=True)
class Mention:
    """A known name in text; `kind`: country, org, person or city; `form`: how it was named."""

    kind: str
    entity: str
    form: str
    start: int
    end: int
    text: str


@dataclass
class Knowledge:
    countries: dict[str, Country] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    leaders: dict[str, Leader] = field(default_factory=dict)
    titles: tuple[str, ...] = ()
    terms: dict[str, list] = field(default_factory=dict)
    _surface: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = None

    def finish(self) -> None:
        """Index every surface form (name, alias, demonym, capital, acronym) for `find_mentions`."""
        surface: dict[str, tuple[str, str, str]] = {}
        for country in self.countries.values():
            for alias in (country.name, *country.aliases):
                surface.setdefault(alias, ("country", country.name, "name"))
            for demonym in country.demonyms:
                surface.setdefault(demonym, ("country", country.name, "demonym"))
            for seat in country.seats:
                surface.setdefault(seat, ("country", country.name, "seat"))
            if country.capital:
                surface.setdefault(country.capital, ("city", country.capital, "capital"))
        for org in self.organisations.values():
            surface.setdefault(org.acronym, ("org", org.name, "acronym"))
            for alias in (org.name, *org.aliases):
                surface.setdefault(alias, ("org", org.name, "name"))
        for leader in self.leaders.values():
            for alias in (leader.name, *leader.aliases):
                surface.setdefault(alias, ("person", leader.name, "name"))
        self._surface = surface
        forms = sorted(surface, key=len, reverse=True)
        self._pattern = re.compile(
            r"(?<![\w’'])(" + "|".join(re.escape(f) for f in forms) + r")(?![\w])"
        )

    def find_mentions(self, text: str) -> list[Mention]:
        if self._pattern is None:
            return []
        mentions = []
        for match in self._pattern.finditer(text):
            kind, entity, form = self._surface[match.group(1)]
            mentions.append(Mention(kind, entity, form, match.start(), match.end(), match.group(1)))
        return mentions

    def country_of_demonym(self, word: str) -> str | None:
        found = self._surface.get(word)
        return found[1] if found and found[0] == "country" else None

    def membership(self, org_name: str, country: str) -> str | None:
        """member, observer, dialogue partner, none (known non-member) or None (unknown)."""
        org = self.organisations.get(org_name)
        if org is None:
            return None
        if country in org.members:
            return "member"
        if country in org.observers:
            return "observer"
        if country in org.dialogue_partners:
            return "dialogue partner"
        return "none" if org.members_complete else None

    def country_for_city(self, city: str) -> str | None:
        for country in self.countries.values():
            if country.capital == city:
                return country.name
        return None


def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


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
        data = _read(path)
        for item in data.get("countries", []):
            knowledge.countries[item["name"]] = Country(
                name=item["name"],
                aliases=tuple(item.get("aliases", [])),
                demonyms=tuple(item.get("demonyms", [])),
                capital=item.get("capital"),
                region=item.get("region", ""),
                area_km2=item.get("area_km2"),
                neighbours=frozenset(item.get("neighbours", [])),
                tags=frozenset(item.get("tags", [])),
                seats=tuple(item.get("seat_of_power", [])),
            )
        for item in data.get("organisations", []):
            knowledge.organisations[item["name"]] = Organisation(
                name=item["name"],
                acronym=item["acronym"],
                aliases=tuple(item.get("aliases", [])),
                kind=item.get("kind", "organisation"),
                members=frozenset(item.get("members", [])),
                observers=frozenset(item.get("observers", [])),
                dialogue_partners=frozenset(item.get("dialogue_partners", [])),
                members_complete=bool(item.get("members_complete", False)),
                member_since=tuple(sorted(item.get("member_since", {}).items())),
            )
        for item in data.get("leaders", []):
            knowledge.leaders[item["name"]] = Leader(
                name=item["name"],
                aliases=tuple(item.get("aliases", [])),
                title=item["title"],
                country=item["country"],
            )
        knowledge.titles += tuple(data.get("titles", []))
        for key, value in data.items():
            if key not in ("about", "countries", "organisations", "leaders", "titles"):
                knowledge.terms[key] = value
    knowledge.finish()
    return knowledge

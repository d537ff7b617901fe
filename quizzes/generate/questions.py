"""Facts → candidate questions of all seven types, with same-kind wrong options.

Each template reads one kind of fact and writes questions a teacher could use as they are:
"according to the article" where the article is the authority, the evidence sentence, an
explanation for the student, a topic and a difficulty. Wrong options come from the knowledge
data and the article itself and are always of the answer's kind (countries for countries, people
for people, numbers of the same unit and order); an option that the article or the data make
true is never offered as wrong. Each candidate carries a base quality score for `rank`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from quizzes.generate.facts import MONTHS, ArticleFacts, Fact
from quizzes.generate.knowledge import Knowledge
from quizzes.model import Answer, Evidence, QuestionType

HEAD_TITLES = ("President", "Prime Minister")
TOPIC_GEOGRAPHY = "Borders and geography"
TOPIC_TRADE = "Trade"
TOPIC_PROTOCOL = "Diplomacy and protocol"
TOPIC_LEADERS = "Leaders"
TOPIC_ORGANISATIONS = "Organisations and alliances"
TOPIC_POLICY = "Foreign policy"
TOPIC_EVENTS = "Dates and events"
TOPIC_INFLUENCE = "Regional influence"
TOPIC_FIGURES = "Facts and figures"


@dataclass
class Candidate:
    """A question before ranking; `base_score` is the template's judgement of its worth."""

    type: QuestionType
    prompt: str
    answer: Answer
    explanation: str
    evidence: Evidence
    topic: str
    difficulty: int
    base_score: float
    fact_kind: str
    choices: list[str] = field(default_factory=list)
    tolerance: float | None = None
    unit: str | None = None
    tags: list[str] = field(default_factory=list)
    from_caption: bool = False


@dataclass
class Context:
    knowledge: Knowledge
    found: ArticleFacts
    article_text: str

    def acronym(self, org: str) -> str:
        return self.knowledge.organisations[org].acronym

    def org_label(self, org: str) -> str:
        found = self.knowledge.organisations[org]
        return f"{found.name} ({found.acronym})"

    def person(self, canonical: str) -> str:
        """A person as the article names them."""
        person = self.found.people.get(canonical)
        return person.name if person else canonical

    def facts(self, kind: str) -> list[Fact]:
        return [f for f in self.found.facts if f.kind == kind]

    def article_countries(self) -> list[str]:
        return [c for c, _ in self.found.country_counts.most_common()]

    def meaning(self, term: str) -> str:
        """A short explanation of a term for students, from the knowledge data (or nothing)."""
        meanings = self.knowledge.terms.get("meanings", {})
        return f" {meanings[term]}" if isinstance(meanings, dict) and term in meanings else ""

    def said_in_article(self, phrase: str) -> bool:
        return _normal(phrase) in _normal(self.article_text)


def _normal(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("’", "'")))


# ---------------------------------------------------------------- wrong options


def pick_countries(
    ctx: Context,
    avoid: set[str],
    count: int,
    near: str | None = None,
    only: set[str] | None = None,
    prefer: str = "article",
) -> list[str]:
    """Countries for wrong options, most plausible first.

    `prefer` is "article" (countries the article mentions, then the same region), "region"
    (the same region as `near` first) or "major" (major powers first).
    """
    countries = ctx.knowledge.countries
    region = countries[near].region if near in countries else None
    mentioned = ctx.article_countries()

    def plausibility(name: str) -> tuple:
        same_region = countries[name].region == region
        major = "major power" in countries[name].tags
        in_article = name in mentioned
        order = mentioned.index(name) if in_article else len(mentioned)
        if prefer == "region":
            return (not same_region, not in_article, order, name)
        if prefer == "major":
            return (not major, not in_article, order, name)
        return (not in_article, order, not same_region, not major, name)

    ranked = sorted(countries, key=plausibility)
    picked = [c for c in ranked if c not in avoid and (only is None or c in only)]
    return picked[:count]


def pick_people(ctx: Context, avoid: set[str], count: int, country: str | None) -> list[str]:
    """People for wrong options: the article's own people (same country first), then leaders."""
    people = ctx.found.people
    ranked = sorted(people, key=lambda p: (people[p].country != country, p))
    ranked += sorted(
        (name for name, leader in ctx.knowledge.leaders.items() if name not in people),
        key=lambda name: (ctx.knowledge.leaders[name].country != country, name),
    )
    names = [ctx.person(p) for p in ranked if p not in avoid and ctx.person(p) not in avoid]
    return list(dict.fromkeys(names))[:count]


def pick_labels(ctx: Context, pool_name: str, answer: str, count: int) -> list[str]:
    """Quoted-term options that the article does not itself use (so none is secretly right)."""
    answer_words = {w[:5] for w in _normal(answer).split()}
    article_words = {w[:5] for w in _normal(ctx.article_text).split() if len(w) > 4}
    picked = []
    for label in ctx.knowledge.terms.get(pool_name, []):
        words = {w[:5] for w in _normal(label).split() if len(w) > 4} - answer_words
        if _normal(label) == _normal(answer) or words & article_words:
            continue
        picked.append(label)
    return picked[:count]


def nearby_numbers(value: float, count: int = 3) -> list[float]:
    """Wrong numbers of the same order: a quarter, half, double, five times."""
    options = []
    for factor in (0.5, 2.0, 0.25, 5.0, 1.5, 3.0):
        candidate = _round_like(value * factor)
        if candidate != value and candidate not in options and candidate > 0:
            options.append(candidate)
    return options[:count]


def _round_like(value: float) -> float:
    """Two significant figures: 7,000 × 0.5 is 3,500, and 41 × 1.5 is 62."""
    return float(f"{value:.2g}") if value > 0 else value


def _same_spelling(one: str, other: str) -> bool:
    """British and American spellings of one name ("Organisation", "Organization")."""
    return _normal(one).replace("z", "s") == _normal(other).replace("z", "s")


def with_article(noun: str) -> str:
    """ "an observer", "a dialogue partner" """
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def and_list(items: list[str]) -> str:
    """ "a, b and c" """
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def format_number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def numeric_answer(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


# ---------------------------------------------------------------- templates


def single(
    fact: Fact,
    prompt: str,
    answer: str,
    wrong: list[str],
    explanation: str,
    topic: str,
    difficulty: int,
    score: float,
) -> Candidate | None:
    """A single-choice question, or None if there are not at least two good wrong options."""
    options = [w for w in dict.fromkeys(wrong) if _normal(w) != _normal(answer)][:3]
    if len(options) < 2:
        return None
    return Candidate(
        QuestionType.SINGLE_CHOICE,
        prompt,
        answer,
        explanation,
        fact.evidence,
        topic,
        difficulty,
        score,
        fact.kind,
        choices=[answer, *options],
        from_caption=fact.from_caption,
    )


def true_false(
    fact: Fact, statement: str, truth: bool, explanation: str, topic: str, score: float
) -> Candidate:
    return Candidate(
        QuestionType.TRUE_FALSE,
        statement,
        truth,
        explanation,
        fact.evidence,
        topic,
        1 if truth else 2,
        score - 0.6,
        fact.kind,
        from_caption=fact.from_caption,
    )


def numeric(
    fact: Fact, prompt: str, value: float, unit: str, explanation: str, topic: str, score: float
) -> Candidate:
    tolerance = numeric_answer(_round_like(value * 0.05)) if value >= 20 else 0
    return Candidate(
        QuestionType.NUMERIC,
        prompt,
        numeric_answer(value),
        explanation,
        fact.evidence,
        topic,
        2,
        score,
        fact.kind,
        tolerance=tolerance,
        unit=unit,
        from_caption=fact.from_caption,
    )


def short_answer(
    fact: Fact, prompt: str, accepted: list[str], explanation: str, topic: str, score: float
) -> Candidate:
    return Candidate(
        QuestionType.SHORT_ANSWER,
        prompt,
        list(dict.fromkeys(accepted)),
        explanation,
        fact.evidence,
        topic,
        3,
        score,
        fact.kind,
        from_caption=fact.from_caption,
    )


Template = Callable[[Context], Iterator[Candidate | None]]


def offices(ctx: Context) -> Iterator[Candidate | None]:
    facts = ctx.facts("office")
    heads = [f for f in facts if f.detail in HEAD_TITLES]
    matched = _leader_pairs(heads)
    for fact in facts:
        country = fact.obj
        if fact.detail in HEAD_TITLES and fact.subject in dict(matched[0]):
            continue  # the matching question already asks where this leader is from
        if fact.detail in HEAD_TITLES:
            yield single(
                fact,
                f"According to the article, {fact.subject} is the {fact.detail} of which country?",
                country,
                pick_countries(ctx, {country}, 3, near=country, prefer="region"),
                f"The article introduces {fact.subject} as the {fact.detail} of {country}.",
                TOPIC_LEADERS,
                1,
                1.6,
            )
        else:
            colleagues = [f"{f.detail} of {f.obj}" for f in facts if f.subject != fact.subject]
            generic = [f"{t} of {country}" for t in ctx.knowledge.titles[:6]]
            yield single(
                fact,
                f"Which office does {fact.subject} hold, according to the article?",
                f"{fact.detail} of {country}",
                [c for c in colleagues + generic if c.endswith(country)],
                f"The article names {fact.subject} as {country}'s {fact.detail}.",
                TOPIC_LEADERS,
                2,
                2.2,
            )
    for fact in facts:
        same_office = [f for f in facts if f.detail == fact.detail and f.obj == fact.obj]
        if fact.detail == "Prime Minister" and len(same_office) == 1:
            accepted = [fact.subject, fact.subject.split()[-1]]
            for leader in ctx.knowledge.leaders.values():
                if fact.subject in (leader.name, *leader.aliases):
                    accepted += [leader.name, *leader.aliases]
            yield short_answer(
                fact,
                f"Who is the {fact.detail} of {fact.obj}, according to the article? Give the name.",
                accepted,
                f"The article names {fact.subject} as {fact.obj}'s {fact.detail}.",
                TOPIC_LEADERS,
                2.3,
            )
    pairs, best = matched
    if best is not None:
        yield Candidate(
            QuestionType.MATCHING,
            "Match each leader named in the article to the country they lead.",
            pairs,
            "; ".join(f"{p} leads {c}" for p, c in pairs) + ".",
            best.evidence,
            TOPIC_LEADERS,
            1,
            2.6,
            "office",
            from_caption=best.from_caption,
        )


def _leader_pairs(heads: list[Fact]) -> tuple[list[tuple[str, str]], Fact | None]:
    """Leader ↔ country pairs named together in one sentence (three to five), and that fact."""
    if len({f.obj for f in heads}) < 3:
        return [], None
    best = max(heads, key=lambda f: sum(h.subject in f.evidence.quote for h in heads))
    pairs = [(f.subject, f.obj) for f in heads if f.subject in best.evidence.quote]
    pairs = list(dict((c, (p, c)) for p, c in pairs).values())[:5]
    return (pairs, best) if len(pairs) >= 3 else ([], None)


def welcomes(ctx: Context) -> Iterator[Candidate | None]:
    facts = ctx.facts("welcomed")
    for fact in facts:
        guest, host = ctx.person(fact.subject), ctx.person(fact.obj)
        host_country = ctx.found.people[fact.obj].country if fact.obj in ctx.found.people else None
        when = f" {fact.detail}" if fact.detail else ""
        yield single(
            fact,
            f"According to the article, who welcomed {guest}{when}?",
            host,
            pick_people(ctx, {fact.obj, fact.subject, host}, 3, host_country),
            f"The article says {guest} was met{when} by {host}.",
            TOPIC_PROTOCOL,
            2,
            2.7,
        )
        others = [f for f in facts if f.obj not in (fact.obj, fact.subject)]
        if others:
            wrong_host = ctx.person(others[0].obj)
            yield true_false(
                fact,
                f"According to the article, {guest} was welcomed{when} by {wrong_host}.",
                False,
                f"No: {guest} was met by {host}; {wrong_host} welcomed "
                f"{ctx.person(others[0].subject)}.",
                TOPIC_PROTOCOL,
                2.8,
            )


def visits(ctx: Context) -> Iterator[Candidate | None]:
    for fact in ctx.facts("visit"):
        kinds = ["state visit", "working visit", "private visit", "official visit"]
        yield single(
            fact,
            f"What kind of visit did {ctx.person(fact.subject)} make to {fact.obj}, "
            "according to the article?",
            fact.detail,
            [k for k in kinds if k != fact.detail],
            f"The article says {ctx.person(fact.subject)} came to {fact.obj} on a "
            f"{fact.detail}.{ctx.meaning(fact.detail)}",
            TOPIC_PROTOCOL,
            2,
            2.2,
        )


def memberships(ctx: Context) -> Iterator[Candidate | None]:
    members = ctx.facts("member")
    by_country: dict[str, list[Fact]] = {}
    for fact in members:
        by_country.setdefault(fact.subject, []).append(fact)
    for country, facts in by_country.items():
        orgs = [f.obj for f in facts]
        if len(orgs) < 2:
            continue
        wrong = [
            o
            for o in ctx.knowledge.organisations
            if ctx.knowledge.membership(o, country) == "none" and o not in orgs
        ]
        choices = [ctx.org_label(o) for o in orgs] + [ctx.org_label(o) for o in wrong[:2]]
        evidence_fact = max(facts, key=lambda f: sum(o in f.evidence.quote for o in orgs))
        yield Candidate(
            QuestionType.MULTIPLE_CHOICE,
            f"According to the article, which of these organisations is {country} a member of?",
            [ctx.org_label(o) for o in orgs],
            choices=choices,
            explanation=f"The article names {country} as a member of "
            + and_list([f"the {ctx.acronym(o)}" for o in orgs])
            + ".",
            evidence=evidence_fact.evidence,
            topic=TOPIC_ORGANISATIONS,
            difficulty=2,
            base_score=3.0,
            fact_kind="member",
        )
    for fact in members:
        org = ctx.knowledge.organisations[fact.obj]
        dominant = [f.obj for f in ctx.facts("dominated_by") if f.subject == fact.obj]
        led = f" dominated by {dominant[0]}" if dominant else ""
        same_kind = [f for f in members if f.subject == fact.subject]
        same_kind = [f for f in same_kind if ctx.knowledge.organisations[f.obj].kind == org.kind]
        if len(same_kind) == 1 and not set(_normal(org.kind).split()) & set(
            _normal(org.name).split()
        ):
            yield short_answer(
                fact,
                f"{fact.subject} belongs to which {org.kind}{led}, according to the article? "
                "Give its name or acronym.",
                [org.acronym, org.name, *org.aliases],
                f"The article says {fact.subject} is a member of the {org.name} ({org.acronym}).",
                TOPIC_ORGANISATIONS,
                2.5,
            )
        elif org.acronym in fact.evidence.quote:
            yield short_answer(
                fact,
                f"The article mentions the {org.acronym}. What does the acronym {org.acronym} "
                "stand for?",
                [org.name, *(a for a in org.aliases if _same_spelling(a, org.name))],
                f"{org.acronym} is short for the {org.name}.",
                TOPIC_ORGANISATIONS,
                2.1,
            )
    for fact in ctx.facts("not_member"):
        partner = [
            f.detail for f in ctx.facts("partner") if (f.subject, f.obj) == (fact.subject, fact.obj)
        ]
        acronym = ctx.acronym(fact.obj)
        yield true_false(
            fact,
            f"According to the article, {fact.subject} is a full member of the {acronym}.",
            False,
            f"The article says {fact.subject} is not a member of the {acronym}"
            + (f" but {with_article(partner[0])}." if partner else "."),
            f"{acronym} membership",
            3.0,
        )
        if partner:
            statuses = ["full member", "observer", "dialogue partner", "founding member"]
            yield single(
                fact,
                f"What is {fact.subject}'s status in the {acronym}, according to the article?",
                partner[0],
                [s for s in statuses if s != partner[0]],
                f"{fact.subject} is not a member of the {acronym} but {with_article(partner[0])}."
                f"{ctx.meaning(partner[0])}",
                f"{acronym} membership",
                2,
                2.9,
            )
    for fact in ctx.facts("newest_member"):
        acronym = ctx.acronym(fact.obj)
        org = ctx.knowledge.organisations[fact.obj]
        since = dict(org.member_since)
        others = sorted(
            org.members - {fact.subject},
            key=lambda c: (-since.get(c, 0), c not in ctx.article_countries(), c),
        )
        yield single(
            fact,
            f"Which country does the article call the {acronym}'s newest member?",
            fact.subject,
            others[:3],
            f"The article describes {fact.subject} as the newest member of the {acronym}.",
            f"{acronym} membership",
            2,
            3.0,
        )
        if others:
            yield true_false(
                fact,
                f"According to the article, {others[0]} is the {acronym}'s newest member.",
                False,
                f"The article gives that place to {fact.subject}, not {others[0]}.",
                f"{acronym} membership",
                2.6,
            )


def attendance(ctx: Context) -> Iterator[Candidate | None]:
    for fact in ctx.facts("attended"):
        org = ctx.knowledge.organisations[fact.subject]
        confirmed = [c for c in fact.items if c in org.members]
        if len(confirmed) < 3:
            continue
        associates = org.dialogue_partners | org.observers
        outsiders = [
            c
            for c in [
                *(c for c in ctx.article_countries() if c in associates),
                *sorted(associates),
            ]
            if c in ctx.knowledge.countries
        ]
        outsiders = list(dict.fromkeys(outsiders))[:3]
        if len(outsiders) < 2:
            continue
        # The less famous members make the better question; the big ones are guessable.
        right = sorted(confirmed, key=lambda c: (ctx.found.country_counts[c], c))[:3]
        yield Candidate(
            QuestionType.MULTIPLE_CHOICE,
            f"Which of these countries are members of the {org.acronym}, according to the "
            "article? Choose all that apply.",
            right,
            choices=right + outsiders,
            explanation=f"The article lists the countries whose leaders came to the "
            f"{org.acronym} meeting: "
            + and_list(list(fact.items))
            + ". "
            + and_list(outsiders)
            + " are not members.",
            evidence=fact.evidence,
            topic=f"{org.acronym} membership",
            difficulty=2,
            base_score=3.2,
            fact_kind="attended",
        )


def dominance(ctx: Context) -> Iterator[Candidate | None]:
    facts = ctx.facts("dominated_by")
    for fact in facts:
        org = ctx.knowledge.organisations[fact.subject]
        yield single(
            fact,
            f"Which country does the article describe as dominating the {org.acronym}?",
            fact.obj,
            pick_countries(ctx, {fact.obj}, 3, only=set(org.members)),
            f"The article calls the {org.name} ({org.acronym}) {fact.obj}-dominated.",
            TOPIC_ORGANISATIONS,
            2,
            2.4,
        )
    if len({f.subject for f in facts}) >= 3 and len({f.obj for f in facts}) >= 3:
        pairs = [(ctx.acronym(f.subject), f.obj) for f in facts]
        yield Candidate(
            QuestionType.MATCHING,
            "Match each organisation to the country the article says dominates it.",
            pairs,
            "The article describes "
            + and_list([f"the {o} as dominated by {c}" for o, c in pairs])
            + ".",
            facts[0].evidence,
            TOPIC_ORGANISATIONS,
            3,
            2.7,
            "dominated_by",
        )
    orgs = list(
        dict.fromkeys(
            f.obj if f.kind in ("member", "not_member", "newest_member") else f.subject
            for f in ctx.found.facts
            if f.kind in ("member", "not_member", "newest_member", "dominated_by")
        )
    )
    if len(orgs) >= 3:
        evidence = max(
            (f for f in ctx.found.facts if f.kind in ("member", "dominated_by")),
            key=lambda f: sum(ctx.acronym(o) in f.evidence.quote for o in orgs),
        )
        pairs = [(ctx.acronym(o), o) for o in orgs[:5]]
        yield Candidate(
            QuestionType.MATCHING,
            "Match each acronym used in the article to the organisation's full name.",
            pairs,
            "; ".join(f"{a} stands for the {n}" for a, n in pairs) + ".",
            evidence.evidence,
            TOPIC_ORGANISATIONS,
            2,
            2.5,
            "acronyms",
        )


def quantities(ctx: Context) -> Iterator[Candidate | None]:
    for fact in ctx.facts("border_length"):
        value = fact.value or 0
        yield numeric(
            fact,
            f"According to the article, how long is the border between {fact.subject} and "
            f"{fact.obj}, in {fact.unit}?",
            value,
            fact.unit or "",
            f"The article says {fact.subject} shares a {format_number(value)} {fact.unit} "
            f"border with {fact.obj}.",
            TOPIC_GEOGRAPHY,
            3.2,
        )
        wrong = nearby_numbers(value, 1)[0]
        yield true_false(
            fact,
            f"According to the article, the border between {fact.subject} and {fact.obj} is "
            f"about {format_number(wrong)} {fact.unit} long.",
            False,
            f"The article gives {format_number(value)} {fact.unit}.",
            TOPIC_GEOGRAPHY,
            2.6,
        )
    for fact in ctx.facts("trade_value"):
        value = fact.value or 0
        qualifier = "more than" if fact.detail in ("topping", "over", "exceeding", "above") else ""
        unit = fact.unit or ""
        yield numeric(
            fact,
            f"According to the article, two-way trade between {fact.subject} and {fact.obj} "
            f"was {qualifier or 'about'} how many {unit}?",
            value,
            unit,
            f"The article puts two-way trade between {fact.subject} and {fact.obj} at "
            f"{qualifier + ' ' if qualifier else ''}${format_number(value)} "
            f"{unit.split()[0]}.",
            TOPIC_TRADE,
            3.1,
        )
        # Plain figures: "more than $20 billion" would also be true of $41 billion.
        right = f"${format_number(value)} {unit.split()[0]}"
        wrong = [f"${format_number(v)} {unit.split()[0]}" for v in nearby_numbers(value)]
        yield single(
            fact,
            f"Which figure does the article give for two-way trade between {fact.subject} "
            f"and {fact.obj}?",
            right,
            wrong,
            f"The article says the trade was {qualifier + ' ' if qualifier else ''}{right}.",
            TOPIC_TRADE,
            2,
            2.5,
        )
    yield from _size_orderings(ctx)
    for fact in ctx.facts("quantity"):
        sentence = fact.evidence.quote
        gap = sentence.replace(fact.detail, "___", 1)
        yield numeric(
            fact,
            f"Fill in the missing number ({fact.unit}) from the article: “{gap}”",
            fact.value or 0,
            fact.unit or "",
            f"The article gives {fact.detail}.",
            TOPIC_FIGURES,
            1.7,
        )
    for fact in ctx.facts("count"):
        value = fact.value or 0
        yield numeric(
            fact,
            f"According to the article, how many {fact.unit} {fact.detail.removeprefix('who ')}?",
            value,
            fact.unit or "",
            f"The article gives a figure of {format_number(value)} {fact.unit}.",
            TOPIC_FIGURES,
            2.4,
        )
    for fact in ctx.facts("share"):
        shares = ctx.knowledge.terms.get("shares", [])
        mine = next((s for s in shares if s["phrase"] == fact.detail), None)
        if mine is None:
            continue
        wrong = [
            s["phrase"] for s in shares if s["high"] <= mine["low"] or s["low"] >= mine["high"]
        ]
        crowd = next(iter(ctx.facts("count")), None)
        who = f"the {crowd.unit} {crowd.detail}" if crowd else "them"
        yield single(
            fact,
            f"According to the article, what share of {who} were {fact.unit}?",
            fact.detail,
            wrong,
            f"The article says {fact.detail} of them were {fact.unit}.",
            TOPIC_FIGURES,
            2,
            2.5,
        )


def _size_orderings(ctx: Context) -> Iterator[Candidate | None]:
    """Three or more figures of one kind (border lengths, trade totals): order them by size."""
    groups = (
        ("border_length", "these borders in order of length, longest first", TOPIC_GEOGRAPHY,
         lambda f: f"{f.subject}–{f.obj}"),
        ("trade_value", "these trading relationships in order of two-way trade, largest "
         "first", TOPIC_TRADE, lambda f: f"{f.subject}–{f.obj}"),
    )  # fmt: skip
    for kind, what, topic, label in groups:
        facts = [f for f in ctx.facts(kind) if f.value is not None]
        by_label = {label(f): f for f in facts}
        values = [f.value for f in by_label.values()]
        if len(by_label) < 3 or len(set(values)) != len(values):
            continue
        ranked = sorted(by_label.items(), key=lambda item: -(item[1].value or 0))[:5]
        yield Candidate(
            QuestionType.ORDERING,
            f"Using the article's figures, put {what}.",
            [name for name, _ in ranked],
            "; ".join(f"{name}: {format_number(f.value or 0)} {f.unit}" for name, f in ranked)
            + ".",
            ranked[0][1].evidence,
            topic,
            3,
            2.6,
            f"{kind}_order",
        )


def rank_changes(ctx: Context) -> Iterator[Candidate | None]:
    for fact in ctx.facts("overtook"):
        owner, when = fact.items
        when_text = f" {when}" if when else ""
        role = f"{owner}'s {fact.detail}"
        yield single(
            fact,
            f"According to the article, which country overtook {fact.obj}{when_text} to become "
            f"{role}?",
            fact.subject,
            pick_countries(ctx, {fact.subject, fact.obj, owner}, 3, near=owner, prefer="major"),
            f"{fact.subject} overtook {fact.obj} to become {role}.",
            TOPIC_TRADE,
            1,
            3.3,
        )
        yield single(
            fact,
            f"According to the article, which country did {fact.subject} overtake{when_text} "
            f"to become {role}?",
            fact.obj,
            pick_countries(ctx, {fact.subject, fact.obj, owner}, 3, near=owner, prefer="major"),
            f"{fact.subject} took the place of {fact.obj} as {role}.",
            TOPIC_TRADE,
            2,
            3.0,
        )
        yield true_false(
            fact,
            f"According to the article, {fact.obj} overtook {fact.subject}{when_text} to "
            f"become {role}.",
            False,
            f"It was the other way round: {fact.subject} overtook {fact.obj}.",
            TOPIC_TRADE,
            3.0,
        )


def geography(ctx: Context) -> Iterator[Candidate | None]:
    directions = ctx.facts("border_direction")
    by_subject: dict[str, dict[str, str]] = {}
    for fact in directions:
        by_subject.setdefault(fact.subject, {})[fact.detail] = fact.obj
    for subject, sides in by_subject.items():
        first = next(f for f in directions if f.subject == subject)
        if "north" in sides and "south" in sides:
            yield Candidate(
                QuestionType.ORDERING,
                "Using the article, put these countries in order from north to south.",
                [sides["north"], subject, sides["south"]],
                f"The article places {sides['north']} to the north of {subject} and "
                f"{sides['south']} to the south.",
                first.evidence,
                TOPIC_GEOGRAPHY,
                2,
                2.9,
                "border_direction",
            )
        if "west" in sides and "east" in sides:
            yield Candidate(
                QuestionType.ORDERING,
                "Using the article, put these countries in order from west to east.",
                [sides["west"], subject, sides["east"]],
                f"The article places {sides['west']} to the west of {subject} and "
                f"{sides['east']} to the east.",
                first.evidence,
                TOPIC_GEOGRAPHY,
                2,
                2.9,
                "border_direction",
            )
        opposite = {"north": "south", "south": "north", "east": "west", "west": "east"}
        for direction, neighbour in sides.items():
            if opposite[direction] in sides:
                yield true_false(
                    first,
                    f"According to the article, {neighbour} borders {subject} in the "
                    f"{opposite[direction]}.",
                    False,
                    f"The article puts {neighbour} in the {direction} of {subject}.",
                    TOPIC_GEOGRAPHY,
                    2.7,
                )
                break
    for fact in ctx.facts("largest_in_region"):
        region = [c for c in ctx.knowledge.countries.values() if c.region == fact.obj]
        with_area = sorted((c for c in region if c.area_km2), key=lambda c: -(c.area_km2 or 0))
        yield single(
            fact,
            f"Which is the largest country in {fact.obj}, according to the article?",
            fact.subject,
            [c.name for c in with_area if c.name != fact.subject],
            f"The article says {fact.subject} is the largest country in {fact.obj}.",
            TOPIC_GEOGRAPHY,
            1,
            2.6,
        )
        if len(with_area) >= 3 and with_area[0].name == fact.subject:
            order = [c.name for c in with_area[:4]]
            yield Candidate(
                QuestionType.ORDERING,
                f"Put these countries of {fact.obj} in order of size, largest first.",
                order,
                f"The article says {fact.subject} is the largest country in {fact.obj}; "
                "the order of the others follows standard figures for land area.",
                fact.evidence,
                TOPIC_GEOGRAPHY,
                3,
                2.4,
                "area",
            )
    for fact in ctx.facts("larger_than"):
        yield true_false(
            fact,
            f"According to the article, {fact.subject} is larger than all of {fact.obj}.",
            True,
            f"The article says {fact.subject} is bigger than the whole of {fact.obj}.",
            TOPIC_GEOGRAPHY,
            2.4,
        )
    for fact in ctx.facts("capital"):
        yield short_answer(
            fact,
            f"What is the capital of {fact.subject}?",
            [fact.obj],
            f"The article refers to {fact.obj} as the capital of {fact.subject}.",
            TOPIC_GEOGRAPHY,
            2.0,
        )
    for fact in ctx.facts("host_city"):
        org = ctx.knowledge.organisations[fact.subject]
        host_country = ctx.knowledge.country_for_city(fact.obj)
        cities = [
            ctx.knowledge.countries[c].capital
            for c in sorted(org.members, key=lambda c: (c not in ctx.article_countries(), c))
            if ctx.knowledge.countries.get(c) and c != host_country
        ]
        yield single(
            fact,
            f"In which city was the {org.acronym} summit described in the article held?",
            fact.obj,
            [c for c in cities if c],
            f"The {org.acronym} summit took place in {fact.obj}.",
            TOPIC_EVENTS,
            1,
            2.6,
        )


def characterisations(ctx: Context) -> Iterator[Candidate | None]:
    for fact in ctx.facts("policy_label"):
        term = fact.detail
        adjective = f"{fact.items[0]} " if fact.items else ""
        yield single(
            fact,
            f"Which term does the article use for {fact.subject}'s {adjective}foreign policy?",
            term,
            pick_labels(ctx, "policy_labels", term, 3),
            f"The article calls {fact.subject}'s foreign policy “{term}”.{ctx.meaning(term)}",
            TOPIC_POLICY,
            2,
            2.8,
        )
        if "-" in term:
            yield short_answer(
                fact,
                f"Complete the article's description of {fact.subject}'s foreign policy: "
                f"a {adjective}“{term.split('-')[0]}-…” foreign policy.",
                [term, term.replace("-", " "), term.replace("-", "")],
                f"The article calls it a “{term}” foreign policy.",
                TOPIC_POLICY,
                2.3,
            )
    for fact in ctx.facts("standing_label"):
        yield single(
            fact,
            f"According to the article, {fact.subject} sought to position itself as what?",
            f"a {fact.detail}",
            [f"a {label}" for label in pick_labels(ctx, "standing_labels", fact.detail, 3)],
            f"The article says {fact.subject} sought to present itself as a "
            f"“{fact.detail}”.{ctx.meaning(fact.detail)}",
            TOPIC_POLICY,
            2,
            2.8,
        )
    for fact in ctx.facts("relationship_label"):
        yield single(
            fact,
            f"Which quoted phrase does the article use for {fact.subject}'s partnership "
            f"with {fact.obj}?",
            fact.detail,
            pick_labels(ctx, "relationship_labels", fact.detail, 3),
            f"The article quotes talk of a “{fact.detail}” between {fact.subject} and {fact.obj}.",
            f"{fact.subject}–{fact.obj} relations",
            2,
            2.2,
        )
    for fact in ctx.facts("called"):
        yield true_false(
            fact,
            f"According to the article, {ctx.person(fact.subject)} called "
            f"{ctx.person(fact.obj)} his “{fact.detail}”.",
            True,
            f"The article reports that {ctx.person(fact.subject)} met his “{fact.detail}” "
            f"{ctx.person(fact.obj)}.",
            TOPIC_PROTOCOL,
            2.0,
        )


def contrasts(ctx: Context) -> Iterator[Candidate | None]:
    for fact in ctx.facts("contrast"):
        wrong = [fact.obj] if fact.obj else []
        avoid = {fact.subject, fact.obj}
        avoid |= {
            c.name
            for c in ctx.knowledge.countries.values()
            if any(re.search(rf"\b{re.escape(d)}\b", fact.detail) for d in (c.name, *c.demonyms))
        }
        orgs = [f.subject for f in ctx.facts("dominated_by") if f.obj == fact.subject]
        pool = _major_or_mentioned(ctx)
        for org in orgs[:1]:
            if ctx.acronym(org) in fact.detail:
                pool = set(ctx.knowledge.organisations[org].members)
        wrong += pick_countries(ctx, avoid, 3, only=pool)
        yield single(
            fact,
            f"According to the article, which {_actor_word(fact)} {fact.detail}?",
            fact.subject,
            [w[0].upper() + w[1:] for w in wrong],
            f"The article says it is {fact.subject}, not {fact.obj}, that {fact.detail}.",
            TOPIC_INFLUENCE,
            2,
            2.7,
        )
    for fact in ctx.facts("role"):
        roles = ctx.knowledge.terms.get("partner_roles", [])
        others = [r for r in roles if r != fact.detail]
        yield single(
            fact,
            f"According to the article, what role does {fact.subject} play in its "
            f"relationship with {fact.obj}?",
            fact.detail,
            others,
            f"The article describes {fact.subject} as the {fact.detail} in its relationship "
            f"with {fact.obj}.{ctx.meaning(fact.detail)}",
            f"{fact.subject}–{fact.obj} relations",
            2,
            2.9,
        )
        if others:
            yield true_false(
                fact,
                f"According to the article, {fact.subject} is the {others[0]} in its "
                f"relationship with {fact.obj}.",
                False,
                f"The article calls {fact.subject} the {fact.detail}.",
                f"{fact.subject}–{fact.obj} relations",
                2.8,
            )


def _actor_word(fact: Fact) -> str:
    return "country" if fact.obj and not fact.obj.lower().startswith("the ") else "power"


def _major_or_mentioned(ctx: Context) -> set[str]:
    return {
        c.name
        for c in ctx.knowledge.countries.values()
        if "major power" in c.tags or c.name in ctx.found.country_counts
    }


def trips_and_dates(ctx: Context) -> Iterator[Candidate | None]:
    for fact in ctx.facts("first_trip"):
        person = ctx.person(fact.subject)
        leaders_countries = {p.country for p in ctx.found.people.values()}
        wrong = list(fact.items) + pick_countries(
            ctx, {fact.obj, *fact.items}, 3, only=leaders_countries
        )
        home = ctx.found.people.get(fact.subject)
        wrong = [w for w in wrong if not home or w != home.country]
        yield single(
            fact,
            f"According to the article, where did {person} go on his first foreign trip "
            "after taking office?",
            fact.obj,
            wrong,
            f"His first trip abroad after taking office was to {fact.obj}"
            + (f", not {fact.items[0]}." if fact.items else "."),
            TOPIC_PROTOCOL,
            2,
            2.6,
        )
    for fact in ctx.facts("date"):
        day, _, month = fact.detail.partition(" ")
        if month not in MONTHS or " " not in fact.subject:
            continue  # "the talks" alone is too vague to ask about
        index = MONTHS.index(month)
        wrong = [f"{day} {MONTHS[(index + step) % 12]}" for step in (-2, -1, 1)]
        yield single(
            fact,
            f"According to the article, when did the {fact.subject} take place?",
            fact.detail,
            wrong,
            f"The article dates the {fact.subject} to {fact.detail}.",
            TOPIC_EVENTS,
            2,
            2.0,
        )
    for fact in ctx.facts("month"):
        index = MONTHS.index(fact.detail)
        wrong = [MONTHS[(index + step) % 12] for step in (-1, 1, 2)]
        yield single(
            fact,
            f"In which month was the {fact.subject} held, according to the article?",
            fact.detail,
            wrong,
            f"The article says the {fact.subject} was held in {fact.detail}.",
            TOPIC_EVENTS,
            2,
            1.8,
        )


TEMPLATES: tuple[Template, ...] = (
    offices,
    welcomes,
    visits,
    memberships,
    attendance,
    dominance,
    quantities,
    rank_changes,
    geography,
    characterisations,
    contrasts,
    trips_and_dates,
)


def build_candidates(ctx: Context) -> list[Candidate]:
    """Every candidate question the templates can make, duplicates of wording removed."""
    seen: set[str] = set()
    candidates = []
    for template in TEMPLATES:
        for candidate in template(ctx):
            if candidate is None or _normal(candidate.prompt) in seen:
                continue
            if not _answer_safe(candidate):
                continue
            seen.add(_normal(candidate.prompt))
            candidates.append(candidate)
    return candidates


def _answer_safe(candidate: Candidate) -> bool:
    """The format's rules plus ours: distinct choices, the answer never among the wrong ones."""
    if candidate.type.has_choices:
        keys = [_normal(c) for c in candidate.choices]
        if len(set(keys)) != len(keys) or len(keys) < 3 or not all(keys):
            return False
    if candidate.type is QuestionType.MATCHING:
        pairs = candidate.answer
        assert isinstance(pairs, list)
        return len(pairs) >= 2 and len({p[1] for p in pairs}) == len(pairs)
    if candidate.type is QuestionType.ORDERING:
        assert isinstance(candidate.answer, list)
        return len(set(candidate.answer)) == len(candidate.answer) >= 3
    return True

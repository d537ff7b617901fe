"""Gold lists the built-in bank is checked against: facts a teacher expects a quiz on the seed
article to test, written by us.

Each gold fact says which question would test it (type, words its prompt must contain) and what
the correct answer is. `coverage` counts the gold facts that some generated question tests with
exactly that answer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from quizzes.model import Question, QuestionType

SCO_MEMBERS_2024 = {
    "China", "Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan", "India",
    "Pakistan", "Iran", "Belarus",
}  # fmt: skip


@dataclass(frozen=True)
class GoldFact:
    description: str
    type: QuestionType
    prompt_words: tuple[str, ...]
    answer_ok: Callable[[Question], bool]


def answer_is(expected: object) -> Callable[[Question], bool]:
    return lambda q: q.answer == expected


def accepts(word: str) -> Callable[[Question], bool]:
    return lambda q: isinstance(q.answer, list) and word in q.answer


def includes(*labels: str) -> Callable[[Question], bool]:
    def check(q: Question) -> bool:
        answers = q.answer if isinstance(q.answer, list) else [q.answer]
        return all(any(label in str(a) for a in answers) for label in labels)

    return check


def has_pair(left: str, right: str) -> Callable[[Question], bool]:
    return lambda q: (left, right) in q.answer  # type: ignore[operator]


def sco_members_only(q: Question) -> bool:
    """Every ticked answer is an SCO member, and every unticked choice is not."""
    answers = set(q.answer)  # type: ignore[arg-type]
    wrong = set(q.choices) - answers
    return bool(answers) and answers <= SCO_MEMBERS_2024 and not wrong & SCO_MEMBERS_2024


def covers(gold: GoldFact, questions: list[Question]) -> bool:
    return any(
        q.type is gold.type
        and all(w.lower() in q.prompt.lower() for w in gold.prompt_words)
        and gold.answer_ok(q)
        for q in questions
    )


def coverage(golds: list[GoldFact], questions: list[Question]) -> tuple[float, list[str]]:
    missed = [g.description for g in golds if not covers(g, questions)]
    return 1 - len(missed) / len(golds), missed


S, M, TF, N, SA, ORD, MA = (
    QuestionType.SINGLE_CHOICE,
    QuestionType.MULTIPLE_CHOICE,
    QuestionType.TRUE_FALSE,
    QuestionType.NUMERIC,
    QuestionType.SHORT_ANSWER,
    QuestionType.ORDERING,
    QuestionType.MATCHING,
)

SEED_ARTICLE_GOLD = [
    GoldFact("Leaders of ten SCO members came; only members counted", M, ("members of the SCO",),
             sco_members_only),
    GoldFact("Kazakhstan's border with Russia is 7,000 km", N, ("border", "Kazakhstan", "Russia"),
             answer_is(7000)),
    GoldFact("China overtook Russia as Kazakhstan's biggest trading partner", S,
             ("overtook Russia", "Kazakhstan's biggest trading partner"), answer_is("China")),
    GoldFact("The partner China overtook was Russia", S, ("did China overtake",),
             answer_is("Russia")),
    GoldFact("Two-way China–Kazakhstan trade topped $41 billion", N, ("trade", "billion"),
             answer_is(41)),
    GoldFact("Belarus is the SCO's newest member", S, ("newest member",), answer_is("Belarus")),
    GoldFact("Turkey is not an SCO member", TF, ("Turkey", "member of the SCO"),
             answer_is(False)),
    GoldFact("Turkey is an SCO dialogue partner", S, ("Turkey's status",),
             answer_is("dialogue partner")),
    GoldFact("Kazakhstan belongs to the CSTO, the EAEU and the OTS", M,
             ("organisations", "Kazakhstan"), includes("CSTO", "EAEU", "OTS")),
    GoldFact("The CSTO is Russian-dominated", S, ("dominating the CSTO",), answer_is("Russia")),
    GoldFact("The SCO is China-dominated", S, ("dominating the SCO",), answer_is("China")),
    GoldFact("Russia lies north of Kazakhstan and China south", ORD, ("north to south",),
             answer_is(["Russia", "Kazakhstan", "China"])),
    GoldFact("Kazakhstan is the largest country in Central Asia", S, ("largest", "Central Asia"),
             answer_is("Kazakhstan")),
    GoldFact("Kazakhstan's foreign policy is called multi-vector", S, ("foreign policy",),
             answer_is("multi-vector")),
    GoldFact("Kazakhstan presents itself as a middle power", S, ("position itself",),
             answer_is("a middle power")),
    GoldFact("Tokayev welcomed Xi at the airport", S, ("welcomed Xi Jinping",),
             answer_is("Kassym-Jomart Tokayev")),
    GoldFact("Prime Minister Bektenov met Putin", S, ("welcomed Vladimir Putin",),
             answer_is("Oljas Bektenov")),
    GoldFact("Xi was on a state visit", S, ("kind of visit",), answer_is("state visit")),
    GoldFact("10,000 people came to Astana for the summit", N, ("how many people",),
             answer_is(10000)),
    GoldFact("More than half of them were Chinese", S, ("share", "Chinese"),
             answer_is("more than half")),
    GoldFact("Astana is Kazakhstan's capital", SA, ("capital of Kazakhstan",), accepts("Astana")),
    GoldFact("Russia is the junior partner of China", S, ("role does Russia play",),
             answer_is("junior partner")),
    GoldFact("Putin's first foreign trip after taking office was to China", S,
             ("first foreign trip",), answer_is("China")),
    GoldFact("The Russian presidential election was held in March", S, ("election",),
             answer_is("March")),
    GoldFact("Tokayev is Kazakhstan's president", MA, ("leader",),
             has_pair("Kassym-Jomart Tokayev", "Kazakhstan")),
    GoldFact("Rahmon is Tajikistan's president", MA, ("leader",),
             has_pair("Emomali Rahmon", "Tajikistan")),
    GoldFact("Roman Vassilienko is Kazakhstan's deputy foreign minister", S,
             ("Roman Vassilienko",), answer_is("Deputy Foreign Minister of Kazakhstan")),
    GoldFact("Beijing, not Moscow, is seen as the SCO's real leader", S, ("leader of the SCO",),
             answer_is("China")),
]  # fmt: skip

SECOND_ARTICLE_GOLD = [
    GoldFact("Mirziyoyev is Uzbekistan's president", S, ("Shavkat Mirziyoyev",),
             answer_is("Uzbekistan")),
    GoldFact("Japarov is Kyrgyzstan's president", S, ("Sadyr Japarov is",),
             answer_is("Kyrgyzstan")),
    GoldFact("Rahmon is Tajikistan's president", S, ("Emomali Rahmon is",),
             answer_is("Tajikistan")),
    GoldFact("Mirziyoyev welcomed Japarov", S, ("welcomed Sadyr Japarov",),
             answer_is("Shavkat Mirziyoyev")),
    GoldFact("Saidov is Uzbekistan's foreign minister", S, ("Bakhtiyor Saidov",),
             answer_is("Foreign Minister of Uzbekistan")),
    GoldFact("Japarov was on a state visit", S, ("kind of visit",), answer_is("state visit")),
    GoldFact("Uzbekistan belongs to the CIS and the OTS", M, ("Uzbekistan",),
             includes("CIS", "OTS")),
    GoldFact("Uzbekistan is an EAEU observer", S, ("status in the EAEU",),
             answer_is("observer")),
    GoldFact("Uzbekistan is not a full EAEU member", TF, ("full member of the EAEU",),
             answer_is(False)),
    GoldFact("Russia overtook Kazakhstan as Uzbekistan's biggest trading partner", S,
             ("overtook Kazakhstan",), answer_is("Russia")),
    GoldFact("Uzbek–Russian trade topped $9.8 billion", N, ("trade",), answer_is(9.8)),
    GoldFact("Uzbekistan's border with Kyrgyzstan is 1,400 km", N, ("border",),
             answer_is(1400)),
    GoldFact("Uzbekistan's foreign policy is called open door", S, ("foreign policy",),
             answer_is("open door")),
    GoldFact("Kazakhstan lies north and Afghanistan south of Uzbekistan", ORD, ("north to south",),
             answer_is(["Kazakhstan", "Uzbekistan", "Afghanistan"])),
    GoldFact("Tashkent, not Moscow, sets the pace of regional cooperation", S,
             ("setting the pace",), answer_is("Uzbekistan")),
]  # fmt: skip

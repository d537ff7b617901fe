"""The news the article opens with, asked of its doer in the clause's own words."""

from __future__ import annotations

import random
from collections import Counter

from quizzes.generate.facts import FoundFacts
from quizzes.generate.patterns import candidates_from_facts, main_event
from quizzes.generate.rank import choose
from tests.quizzes.generate.patterns.conftest import ask_about, made_by

STORY = (
    "Turkey on Monday opened a drone plant in Samarkand, officials said.",
    "Turkey has sold drones to many armies. Turkey says the plant will hire local engineers.",
    "Turkey and Uzbekistan signed a defence pact in 2022.",
)


def test_the_lede_s_doer_is_asked_in_own_words_though_the_article_is_about_it():
    context = ask_about(*STORY)
    [fact] = context.facts_of(main_event.MainEventFact)
    [question] = made_by(main_event, fact, context)
    assert (
        question.prompt
        == "According to the article, which country opened a drone plant in Samarkand?"
    )
    assert question.answer == "Turkey" and len(question.choices) == 4
    picked = choose(list(candidates_from_facts(context.facts, context)), context.doc,
                    FoundFacts(context.facts), count=None, types=None, rng=random.Random(0),
                    dropped=Counter())  # fmt: skip
    assert question.prompt in [c.prompt for c in picked]  # not dropped as the article's subject


def test_only_the_lede_s_main_clause_is_the_main_event():
    later = ask_about(STORY[1], STORY[0], STORY[2])  # the factory is no longer the opening news
    assert later.facts_of(main_event.MainEventFact) == []


def test_news_that_names_nothing_is_not_asked():
    vague = ask_about(
        "Kazakhstan cruised to an easy win in the second round, diplomats said.",
        "Kazakhstan has never sat on the council. Kazakhstan campaigned for years.",
    )
    assert vague.facts_of(main_event.MainEventFact) == []


def test_no_country_the_article_names_is_a_wrong_option():
    context = ask_about(
        "Kyrgyzstan has bought Bayraktar TB2 drones for its army, officials said.",
        "Azerbaijan used the same drones in 2020. Kyrgyzstan and Tajikistan clashed in 2022.",
        "Kyrgyzstan says the drones will guard its southern border.",
    )
    [fact] = context.facts_of(main_event.MainEventFact)
    [question] = made_by(main_event, fact, context)
    assert question.answer == "Kyrgyzstan"
    assert not {"Azerbaijan", "Tajikistan"} & set(question.choices)

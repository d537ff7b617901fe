"""Rankings: one holder per superlative, so any other thing of its kind is a wrong answer;
comparisons are asked only where nothing else needs to be known."""

from __future__ import annotations

from quizzes.generate.patterns import ranking
from quizzes.generate.patterns.ranking import RankingFact
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import found_by, made_by


def test_overtaking_to_become_the_biggest_partner(parse):
    doc = parse("Last year India overtook Japan to become Vietnam's largest trading partner.")
    [fact] = found_by(ranking, doc)
    assert (fact.subject, fact.rank, fact.scope) == (
        "India",
        "largest trading partner",
        "of Vietnam",
    )
    assert fact.overtaken == "Japan" and fact.past
    assert fact.predicate == "became Vietnam's largest trading partner"


def test_an_owner_whose_name_takes_the_keeps_it(parse):
    doc = parse(
        "Chile is the European Union's biggest trading partner in South America.",
        "Bolivia is NATO's newest partner in the Andes.",
    )
    assert [f.predicate for f in found_by(ranking, doc)] == [
        "is the European Union's biggest trading partner in South America",
        "is the North Atlantic Treaty Organization's newest partner in the Andes",
    ]


def test_several_phrasings_are_found(parse):
    doc = parse(
        "Mongolia is the least populous country in East Asia.",
        "Peru, the second largest economy in the Andes, hosted the talks.",
        "Chile ranks fourth among Bolivia's trading partners.",
        "Brazil has become Argentina's biggest supplier, overtaking China.",
        "Spain, he noted, is Chile's top trading partner in Europe.",
    )
    found = {(f.subject, f.rank) for f in found_by(ranking, doc)}
    assert ("Spain", "top trading partner") in found
    assert ("Mongolia", "least populous country") in found
    assert ("Peru", "second largest economy") in found
    assert ("Chile", "fourth") in found
    assert ("Brazil", "biggest supplier") in found


def test_a_participle_clause_takes_the_main_subject(parse):
    doc = parse("Being the largest country in South America, Brazil sets the agenda.")
    [fact] = found_by(ranking, doc)
    assert (fact.subject, fact.scope) == ("Brazil", "in South America")


def test_a_rank_in_the_second_of_two_appositions_is_said_with_is(parse):
    doc = parse(
        "Rustam Emomali, the current Mayor of Dushanbe and the eldest son of President Emomali "
        "Rahmon, turned 30 in 2017."
    )
    assert [f.predicate for f in found_by(ranking, doc)] == [
        "is the eldest son of President Emomali Rahmon"
    ]


def test_a_comparison_beside_a_rank_of_the_same_holder_is_its_aside(parse):
    doc = parse(
        "Being the biggest country in South America, and larger than all of Australia, Brazil "
        "sets the agenda.",
        "Argentina is larger than Chile.",
    )
    found = [(f.subject, f.rank, f.comparative) for f in found_by(ranking, doc)]
    assert found == [("Brazil", "biggest country", False), ("Argentina", "larger", True)]


def test_near_misses_state_no_ranking(parse):
    doc = parse(
        "Kenya is one of the largest economies in Africa.",
        "Ghana is not the biggest exporter of cocoa.",
        "More than half of the visitors were tourists.",
        "The biggest problem is corruption.",
        "Laos is the poorest country in the area.",
    )
    assert found_by(ranking, doc) == []


def test_choice_question_never_offers_another_holder(ask):
    context = ask("Kazakhstan is the largest country in Central Asia.")
    [fact] = context.facts_of(ranking.RankingFact)
    made = made_by(ranking, fact, context)
    choice = next(c for c in made if c.type is QuestionType.SINGLE_CHOICE)
    assert choice.answer == "Kazakhstan"
    assert (
        choice.prompt == "According to the article, which country is the largest in Central Asia?"
    )
    assert "Kazakhstan" not in choice.prompt
    wrong = set(choice.choices) - {"Kazakhstan"}
    regions = {context.knowledge.countries[c].region for c in wrong}
    assert len(wrong) >= 2 and regions == {"Central Asia"}


def test_the_one_a_ranking_is_of_is_never_offered_nor_swapped_in(ask):
    context = ask(
        "Ilham Aliyev won the presidential election in Azerbaijan with 92 percent of the votes.",
        "Aliyev's closest pursuer was parliament member Zahid Oruj.",
        "Observers from Russia and Turkey praised the vote, Recep Tayyip Erdogan said.",
    )
    made = [c for f in context.facts_of(ranking.RankingFact) for c in made_by(ranking, f, context)]
    assert not [c for c in made if "Ilham Aliyev" in c.prompt or "Ilham Aliyev" in c.choices]


def test_the_overtaken_country_is_asked_and_used_as_the_false_statement(ask):
    context = ask("Last year India overtook Japan to become Vietnam's largest trading partner.")
    [fact] = context.facts_of(ranking.RankingFact)
    made = made_by(ranking, fact, context)
    who = next(c for c in made if c.answer == "India")
    assert "Japan" in who.choices and "Vietnam" not in who.choices
    overtaken = next(c for c in made if c.answer == "Japan")
    assert overtaken.prompt == (
        "According to the article, which country did India overtake to "
        "become Vietnam's largest trading partner?"
    )
    assert "India" not in overtaken.choices
    statement = next(c for c in made if c.type is QuestionType.TRUE_FALSE)
    assert statement.answer is False
    assert statement.prompt.endswith("Japan became Vietnam's largest trading partner.")


def test_a_comparison_is_a_short_answer_or_a_swap(ask):
    context = ask("China is larger than India.")
    [fact] = context.facts_of(ranking.RankingFact)
    assert fact.comparative and fact.compared_with == "India"
    made = made_by(ranking, fact, context)
    assert {c.type for c in made} == {QuestionType.SHORT_ANSWER, QuestionType.TRUE_FALSE}
    swap = next(c for c in made if c.type is QuestionType.TRUE_FALSE)
    assert swap.answer is False and swap.prompt.endswith("India is larger than China.")


def test_the_worlds_superlative_in_apposition_is_a_rank_with_one_holder(ask):
    context = ask("Kazakhstan, the world's largest landlocked country, borders China and Russia.")
    [fact] = context.facts_of(RankingFact)
    assert (fact.subject, fact.position) == (
        "Kazakhstan",
        "the world's largest landlocked country",
    )
    asked = next(c for c in made_by(ranking, fact, context) if c.answer == "Kazakhstan")
    assert asked.prompt == (
        "According to the article, which country is the world's largest landlocked country?"
    )


def test_another_possessor_the_sentence_does_not_name_gives_no_rank(parse):
    doc = parse("Kazakhstan, the region's largest country, borders China.")
    assert found_by(ranking, doc) == []


def test_a_city_ranked_within_a_country_is_asked_among_that_country_s_cities(ask):
    context = ask(
        "Envoys from Beijing, Moscow and Ankara met in Samarkand, Uzbekistan's second largest "
        "city, to discuss the railway."
    )
    [fact] = context.facts_of(ranking.RankingFact)
    made = made_by(ranking, fact, context)
    question = next(c for c in made if c.type is QuestionType.SINGLE_CHOICE)
    assert question.answer == "Samarkand"
    cities = context.doc.knowledge.cities
    assert len(question.choices) == 4
    assert all(cities[c].country == "Uzbekistan" for c in question.choices), question.choices


def test_a_place_is_no_company_nor_project_that_bears_its_name(parse):
    doc = parse(
        "Lima, the largest airline group in South America, said today it hoped to raise $120m.",
        "What now for Aktau, Peru’s largest infrastructure project, as the blame game heats up?",
    )
    assert found_by(ranking, doc) == []


def test_a_superlative_after_another_holder_is_no_first_rank(parse):
    doc = parse(
        "Uzbekistan is ACWA Power’s largest market after its home country of Saudi Arabia, "
        "with investment of $13.9 billion."
    )
    assert not any("largest" in f.rank for f in found_by(ranking, doc))

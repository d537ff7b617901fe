"""Results of an election: seats and a share of the vote, asked by the winner's name."""

from __future__ import annotations

from datetime import date

import pytest

from quizzes.generate.patterns import election
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import found_by, made_by


@pytest.mark.parametrize(
    ("sentence", "asked", "value"),
    [
        ("The Green Party won 31 seats in the new parliament.",
         "how many seats did the Green Party win?", 31),
        ("The Liberal Union won a total of 54 seats, while the main opposition Green Party "
         "secured 12 seats.", "how many seats did the Liberal Union win?", 54),
        ("The Green Party obtained eight seats.", "how many seats did the Green Party win?", 8),
        ("Adolat Social Democratic Party won 21 seats in the new parliament.",
         "how many seats did the Adolat Social Democratic Party win?", 21),
        ("Askar Temirov was re-elected with 81.5 percent of the vote.",
         "what share of the vote did Askar Temirov win, in %?", 81.5),
        ("The Liberal Union came first with 27.4 percent of the votes.",
         "what share of the vote did the Liberal Union win, in %?", 27.4),
        ("Final results show the ruling Steppe Unity party winning the election with 61.2% of "
         "the vote.", "what share of the vote did the Steppe Unity party win, in %?", 61.2),


        ("Official results show the ruling Green Party winning the elections with 53.9% of the "
         "vote.", "what share of the vote did the Green Party win, in %?", 53.9),
    ],
)  # fmt: skip
def test_a_result_is_asked_by_the_winners_name(ask, sentence, asked, value):
    context = ask(sentence)
    fact = next(f for f in context.facts if f.kind == election.KIND)  # the first result
    [only] = made_by(election, fact, context)
    assert only.type is QuestionType.NUMERIC
    assert (only.prompt, only.answer) == (f"According to the article, {asked}", value)


def test_the_runner_up_in_a_while_clause_is_a_result_of_its_own(parse):
    doc = parse("The Liberal Union won 54 seats, while the main opposition Green Party secured "
                "12 seats.")  # fmt: skip
    results = {(f.winner, f.amount.value) for f in found_by(election, doc)}
    assert results == {("the Liberal Union", 54), ("the Green Party", 12)}


def test_what_is_no_result_of_a_named_winner_is_not_asked(parse):
    doc = parse(
        "The Green Party is expected to win most of the 76 seats.",  # a forecast
        "The party won 68 of the 126 seats.",  # a winner left unnamed
        "Parliament has 126 seats.",  # no winner
        "Turnout was 63.7 percent of the electorate.",  # no vote won
        "Polls show the Green Party winning 40% of the vote.",  # a forecast
    )
    assert found_by(election, doc) == []


def test_a_party_named_by_its_acronym_is_asked_by_its_name(ask):
    context = ask("The Liberal Union (LU) was founded in 1991.", "The LU won 54 seats.")
    fact = next(f for f in context.facts if f.kind == election.KIND)
    [question] = made_by(election, fact, context)
    assert question.prompt == "According to the article, how many seats did the Liberal Union win?"


def _asked(*paragraphs: str, title: str, published: date | None = None):
    from quizzes.generate.ask import Ask
    from quizzes.generate.facts import find_facts
    from tests.quizzes.generate.patterns.conftest import parse_paragraphs

    doc = parse_paragraphs(*paragraphs, title=title)
    doc.published = published
    return Ask(doc, find_facts(doc).facts)


def test_the_turnout_of_the_one_vote_an_article_about_one_country_reports():
    context = _asked(
        "Kyrgyzstan held a referendum on a new constitution on Sunday.",
        "The Central Election Commission said the turnout amounted to 37.2%.",
        title="Kyrgyzstan votes on its constitution",
    )
    [fact] = [f for f in context.facts if f.kind == election.KIND]
    [only] = made_by(election, fact, context)
    assert only.type is QuestionType.NUMERIC
    assert only.prompt == (
        "According to the article, what share of voters took part in the referendum in "
        "Kyrgyzstan, in %?"
    )
    assert only.answer == 37.2


# A page saved without its headline, whose turnout hangs on a "with" clause.
HEADLESS_TURNOUT = (
    "DUSHANBE, May 3. Officials in Tajikistan released the final count of the presidential "
    "election on Wednesday.",
    "In all, 4.2 million voters cast their ballots, with the turnout reaching 85.4%.",
)


def test_a_turnout_in_a_with_clause_of_a_page_without_headline_is_asked_of_its_country():
    context = _asked(*HEADLESS_TURNOUT, title=None)
    [fact] = [f for f in context.facts if f.kind == election.KIND]
    [only] = made_by(election, fact, context)
    assert only.prompt == (
        "According to the article, what share of voters took part in the presidential election "
        "in Tajikistan, in %?"
    )
    assert only.answer == 85.4


def test_the_vote_names_its_country_by_its_short_name():
    context = _asked(
        "The Republic of Uzbekistan held a presidential election on Sunday.",
        "The turnout amounted to 77.9%.",
        title="Republic of Uzbekistan elects its president",
    )
    [fact] = [f for f in context.facts if f.kind == election.KIND]
    [only] = made_by(election, fact, context)
    assert only.prompt.endswith("took part in the presidential election in Uzbekistan, in %?")


def test_a_winner_s_share_the_article_gives_another_figure_for_is_not_asked():
    context = _asked(
        "Ilham Aliyev wins 92.3% of the votes, according to initial results of the commission.",
        "According to the Oracle Advisory Group’s exit poll, Ilham Aliyev secured 93.9% of the "
        "votes.",
        "His rival Zahid Oruj secured 2.2% of the votes, well behind Aliyev.",
        title="Azerbaijan elects its president",
    )
    shares = [f for f in context.facts if f.kind == election.KIND and f.what == election.VOTE]
    aliyev = [f for f in shares if f.winner == "Ilham Aliyev"]
    assert aliyev and all(made_by(election, f, context) == [] for f in aliyev)
    oruj = [f for f in shares if f.winner == "Zahid Oruj"]
    assert oruj and all(made_by(election, f, context) for f in oruj)  # far from Aliyev’s


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("The voter turnout abroad was 88.47 percent.", False),
        ("The turnout in Almaty was 48 percent.", False),
        ("The total turnout of the voters in Almaty was at 51.55%.", False),
        ("Voter turnout was 34.31% an hour before the end of voting.", False),
        ("The voter turnout was 69.44 percent.", True),
    ],
)
def test_the_turnout_of_some_voters_only_is_not_the_vote_s(sentence, asked):
    context = _asked(
        "Kazakhstan held a presidential election on Sunday.",
        sentence,
        title="Kazakhstan elects a president",
    )
    assert bool([f for f in context.facts if f.kind == election.KIND]) is asked


def test_no_turnout_asked_where_the_vote_is_not_one_or_its_turnout_is_given_twice():
    plural = _asked(
        "Uzbekistan held early presidential elections on July 9.",
        "At the referendum on the revised Constitution on April 30, the turnout was 84.5%.",
        title="Uzbekistan elects its president",
    )
    assert [f for f in plural.facts if f.kind == election.KIND] == []  # which vote's?
    two_kinds = _asked(
        "Kyrgyzstan held a presidential election in January and a referendum in April.",
        "The turnout was 39 percent.",
        title="Kyrgyzstan votes again",
    )
    assert [f for f in two_kinds.facts if f.kind == election.KIND] == []
    twice = _asked(
        "Kyrgyzstan held a referendum on a new constitution on Sunday.",
        "Abroad, the turnout reached 12 percent.",
        "At home, the turnout amounted to 37.2%.",
        title="Kyrgyzstan votes on its constitution",
    )
    facts = [f for f in twice.facts if f.kind == election.KIND]
    assert len(facts) == 2
    assert all(made_by(election, f, twice) == [] for f in facts)


@pytest.mark.parametrize(
    "sentence",
    [
        "The official count showed 64.5% in favour versus 30.1% against.",
        "Election officials said that 64.5 percent of voters voted in favor of the amendments.",
    ],
)
def test_the_share_in_favour_of_the_one_referendum_is_asked_by_the_vote(sentence):
    context = _asked(
        "Kyrgyzstan held a referendum on a new constitution on Sunday, alongside local elections.",
        sentence,
        title="Kyrgyzstan votes on its constitution",
    )
    [fact] = [f for f in context.facts if f.kind == election.KIND]
    [only] = made_by(election, fact, context)
    assert only.prompt == (
        "According to the article, what share of the vote in the referendum in Kyrgyzstan was "
        "in favour, in %?"
    )
    assert only.answer == 64.5


def test_no_share_in_favour_without_one_referendum_or_a_result_in():
    no_referendum = _asked(
        "Kyrgyzstan held a presidential election on Sunday.",
        "The count showed 64.5% in favour of the ruling party.",
        title="Kyrgyzstan votes",
    )
    forecast = _asked(
        "Kyrgyzstan will hold a referendum on a new constitution on Sunday.",
        "A poll shows 64.5% in favour.",
        title="Kyrgyzstan votes on its constitution",
    )
    lawmakers = _asked(
        "Kyrgyzstan will hold a referendum on a new constitution in April.",
        "In parliament, 62% of lawmakers voted in favour of the bill that set its date.",
        title="Kyrgyzstan votes on its constitution",
    )
    for context in (no_referendum, forecast, lawmakers):
        assert [f for f in context.facts if f.kind == election.KIND] == []


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        ("The referendum on the new constitution passed on Sunday.", "It was approved"),
        ("The referendum was approved by a large majority.", "It was approved"),
        ("Voters rejected the referendum on the new constitution.", "It was rejected"),
        ("The referendum was recognized as valid.", "It was declared valid"),
    ],
)
def test_the_outcome_of_the_one_referendum_is_asked_with_the_others_as_wrong_options(
    sentence, outcome
):
    context = _asked(
        "Kyrgyzstan held a referendum on a new constitution on Sunday.",
        sentence,
        title="Kyrgyzstan votes on its constitution",
    )
    [fact] = [f for f in context.facts if f.kind == election.KIND]
    [only] = made_by(election, fact, context)
    assert only.prompt == (
        "According to the article, what was the outcome of the referendum in Kyrgyzstan?"
    )
    assert only.answer == outcome
    assert only.choices[0] == outcome and len(only.choices) == 4
    assert "It was declared invalid" in only.choices  # never true beside any of them
    assert outcome != "It was declared valid" or "It was approved" not in only.choices


@pytest.mark.parametrize(
    "sentences",
    [
        ("The referendum on the new constitution did not pass.",),  # denied
        ("The referendum on the new constitution failed.",),  # for too few voters, maybe
        ("The referendum is expected to pass.",),  # not in yet
        ("The referendum passed.", "The opposition called the vote invalid."),  # disputed
    ],
)
def test_no_outcome_asked_that_is_not_stated_or_another_option_could_be_true(sentences):
    context = _asked(
        "Kyrgyzstan held a referendum on a new constitution on Sunday.",
        *sentences,
        title="Kyrgyzstan votes on its constitution",
    )
    assert [f for f in context.facts if f.kind == election.KIND] == []


def test_a_turnout_in_a_with_clause_is_kept_in_the_quiz():
    from quizzes.generate import generate_quiz

    quiz = generate_quiz("\n\n".join(HEADLESS_TURNOUT)).quizset
    assert any(
        "took part in the presidential election in Tajikistan" in q.prompt for q in quiz.questions
    )


def test_a_result_of_the_one_vote_says_which_vote_with_its_year_and_kind():
    context = _asked(
        "Peru held the 2020 parliamentary election on March 1.",
        "The Green Party won 31 seats, and the Liberal Union came second with 27.4 percent of "
        "the votes.",
        title="Peru's ruling party wins the vote",
    )
    prompts = {q.prompt for f in context.facts if f.kind == election.KIND
               for q in made_by(election, f, context)}  # fmt: skip
    assert prompts == {
        "According to the article, how many seats did the Green Party win in the 2020 "
        "parliamentary election in Peru?",
        "According to the article, what share of the vote did the Liberal Union win in the 2020 "
        "parliamentary election in Peru, in %?",
    }


def test_the_vote_takes_the_year_its_sentence_dates_it_to_or_the_page_s_year():
    dated = _asked(
        "Kyrgyzstan held a referendum on a new constitution on April 11, 2021.",
        "The Central Election Commission said the turnout amounted to 37.2%.",
        title="Kyrgyzstan votes on its constitution",
    )
    [fact] = [f for f in dated.facts if f.kind == election.KIND]
    [only] = made_by(election, fact, dated)
    assert only.prompt == (
        "According to the article, what share of voters took part in the 2021 referendum in "
        "Kyrgyzstan, in %?"
    )
    undated = _asked(
        "Kyrgyzstan held a referendum on a new constitution on Sunday.",
        "The Central Election Commission said the turnout amounted to 37.2%.",
        title="Kyrgyzstan votes on its constitution",
        published=date(2021, 4, 12),
    )
    [fact] = [f for f in undated.facts if f.kind == election.KIND]
    [only] = made_by(election, fact, undated)
    assert "the 2021 referendum in Kyrgyzstan" in only.prompt

"""The precision gate: questions reviewers would not accept unchanged are dropped, not ranked low.

Each case is a sentence of our own, parsed, and the question made from it as the builders write
it; `rank.rejection` is where the gate applies, so the tests go through it.
"""

from __future__ import annotations

import pytest

from quizzes.generate.document import ArticleDoc
from quizzes.generate.questions import Candidate, Origin
from quizzes.generate.rank import rejection
from quizzes.generate.reliability import MISTYPED_SUM
from quizzes.model import Evidence, QuestionType
from tests.quizzes.generate.patterns.conftest import parse_paragraphs


@pytest.fixture(scope="module")
def doc() -> ArticleDoc:
    return parse_paragraphs("Kazakhstan trades grain with Mongolia and gas with China.")


def _question(
    kind: str, prompt: str, answer: object, *, quote: str = "", choices: tuple[str, ...] = (),
    unit: str | None = None,
) -> Candidate:  # fmt: skip
    qtype = (
        QuestionType.TRUE_FALSE
        if isinstance(answer, bool)
        else QuestionType.NUMERIC
        if isinstance(answer, (int, float))
        else QuestionType.SINGLE_CHOICE
    )
    source = Origin(Evidence(quote or prompt, 1), 0, False, kind, (kind,))
    return Candidate(qtype, prompt, answer, source, "", "Topic", choices=list(choices),  # type: ignore[arg-type]
                     unit=unit)  # fmt: skip


@pytest.mark.parametrize(
    ("prompt", "answer", "quote", "reason"),
    [
        (
            "Fill in the blank: _____ is keen to buy grain from Kazakhstan.",
            "Mongolia",
            "Mongolia is also keen to buy grain from Kazakhstan.",
            "others did the same (“also”)",
        ),
        (
            "Fill in the blank: _____ has frozen the accession talks with Ankara.",
            "Brussels",
            "As a result, Brussels has frozen the accession talks with Ankara.",
            "statement leans on what came before",
        ),
        (
            "Fill in the blank: Turkmenistan also sells its gas to _____ through a pipeline.",
            "China",
            "Turkmenistan also sells its gas to China through a pipeline.",
            "statement leans on what came before",
        ),
        (
            "Fill in the blank: Kazakhstan sells gas to _____ through Line D, also known as the "
            "fourth line.",
            "China",
            "Kazakhstan sells gas to China through Line D, also known as the fourth line.",
            None,
        ),
        (
            "Fill in the blank: Kazakhstan sells its gas to _____ through a pipeline.",
            "China",
            "Kazakhstan sells its gas to China through a pipeline.",
            None,
        ),
    ],
)
def test_a_statement_that_leans_on_the_sentence_before_is_dropped(doc, prompt, answer, quote,
                                                                    reason):  # fmt: skip
    choices = (answer, "Russia", "India", "Iran")
    candidate = _question("statement", prompt, answer, quote=quote, choices=choices)
    assert rejection(candidate, doc) == reason


def test_a_true_false_that_adds_to_another_claim_is_dropped(doc):
    prompt = "True or false, according to the article? Turkmenistan also sells gas to China."
    assert rejection(_question("statement", prompt, True), doc) == (
        "statement leans on what came before"
    )


@pytest.mark.parametrize(
    ("statement", "reason"),
    [
        ("12 documents were signed during the visit of Mongolia's president to China.",
         "a tally of papers signed (what they say is the point)"),
        ("Mongolia and China signed 3 trade agreements in Ulaanbaatar.",
         "a tally of papers signed (what they say is the point)"),
        ("In 2019 agreements on coal were signed by Mongolia and China.", None),
        ("Mongolia and China signed a trade agreement in Ulaanbaatar.", None),
    ],
)  # fmt: skip
def test_a_true_false_that_claims_a_tally_of_papers_is_dropped(doc, statement, reason):
    prompt = f"True or false, according to the article? {statement}"
    assert rejection(_question("statement", prompt, True), doc) == reason


@pytest.mark.parametrize(
    ("prompt", "answer", "choices", "reason"),
    [
        (
            "Fill in the blank: In _____, the trade council, set up in March 2019, was closed.",
            "May 2021",
            ("May 2021", "May 2016", "May 2017", "May 2018"),
            "another date in the stem gives the date away",
        ),
        (
            "Fill in the blank: In _____, the Kazakh-Uzbek trade council, set up in March 2015, "
            "was closed.",
            "May 2021",
            ("May 2021", "May 2016", "May 2017", "May 2018"),
            None,
        ),
        (
            "Fill in the blank: Kazakhstan and Uzbekistan agreed on a water plan for _____.",
            "2025",
            ("2025", "2022", "2023", "2024"),
            "date of a period, not an event",
        ),
        (
            "Fill in the blank: Kazakhstan and China opened a new rail crossing in _____.",
            "2020",
            ("2020", "2016", "2017", "2018"),
            None,
        ),
    ],
)
def test_a_date_blank_the_stem_gives_away_or_that_names_no_event_is_dropped(
    doc, prompt, answer, choices, reason
):
    candidate = _question("statement", prompt, answer, choices=choices)
    assert rejection(candidate, doc) == reason


@pytest.mark.parametrize(
    ("prompt", "reason"),
    [
        (
            "Fill in the blank: ALMATY, Kazakhstan — The central bank sold _____ tonnes of gold.",
            "stem opens with a dateline",
        ),
        (
            "Fill in the blank: Mongolia is building a _____-mile (800-kilometre) railway.",
            "figure given again in another unit",
        ),
        (
            "Fill in the blank: In Mongolia, some 25,578 voters or _____ percent voted against "
            "all.",
            "figure given again in another unit",
        ),
        (
            "Fill in the blank: In Mongolia, _____ percent or 25,578 voters voted against all.",
            "figure given again in another unit",
        ),
        (
            "Fill in the blank: The summit of Mongolia and China ended with the leaders signing "
            "_____ documents, including a declaration on trade.",
            "a tally of papers signed (what they say is the point)",
        ),
        (
            "Fill in the blank: More than _____ joint documents are to be signed at the summit of "
            "Mongolia and China, including a statement on trade.",
            "a tally of papers signed (what they say is the point)",
        ),
        (  # a tally the stem says nothing more of is still asked
            "Fill in the blank: Mongolia and China approved a joint statement, _____ resolutions "
            "and two protocols.",
            None,
        ),
        (
            "Fill in the blank: Mongolia and China signed agreements worth _____ tonnes of coal.",
            None,
        ),
        (
            "Fill in the blank: Mongolians voted at more than _____ polling stations in Mongolia.",
            "incidental figure (logistics)",
        ),
        (
            "Fill in the blank: The new copper mine in Mongolia lies _____ km from the border "
            "with China.",
            "incidental figure (distance from a landmark)",
        ),
        (
            "Fill in the blank: The new copper mine in Mongolia lies some _____ kilometres "
            "northwest of Ulaanbaatar.",
            "incidental figure (distance from a landmark)",
        ),
        (
            "Fill in the blank: Each party in Mongolia pays a deposit of _____ tonnes of coal.",
            "incidental figure (logistics)",
        ),
        (  # a deposit in the ground is what is mined, not a sum paid
            "Fill in the blank: Mongolia will mine _____ tonnes of ore at its copper deposit.",
            None,
        ),
        (
            "Fill in the blank: On Tuesday, Uzbekistan's power plants produced _____ tonnes of "
            "coal.",
            "one day's statistic",
        ),
        (
            "Fill in the blank: The railway from Kazakhstan to China will be _____ tonnes.",
            None,
        ),
    ],
)
def test_an_incidental_figure_is_dropped(doc, prompt, reason):
    candidate = _question("quantity", prompt, 500, unit="tonnes")
    assert rejection(candidate, doc) == reason


@pytest.mark.parametrize(("written", "dropped"), [("US$2607 billion", True),
                                                  ("$1,000 billion", True),
                                                  ("$2.6 billion", False)])  # fmt: skip
def test_a_sentence_with_a_sum_of_a_thousand_billion_asks_nothing(doc, written, dropped):
    quote = f"In 2031, Mongolians sent {written} home from abroad."
    figure = _question("quantity", "Fill in the blank: Mongolians sent $_____ billion home.", 2.6,
                       quote=quote, unit="billion US dollars")  # fmt: skip
    statement = _question("statement", f"True or false, according to the article? {quote}", True,
                          quote=quote)  # fmt: skip
    for candidate in (figure, statement):
        assert (rejection(candidate, doc) == MISTYPED_SUM) is dropped


def test_a_time_of_day_spoils_a_statement(doc):
    prompt = "Fill in the blank: Polls in Kyrgyzstan close at 20:00 _____ time on election day."
    candidate = _question("statement", prompt, "Bishkek",
                          choices=("Bishkek", "Osh", "Almaty", "Tashkent"))  # fmt: skip
    assert rejection(candidate, doc) == "time of day in the stem"


def test_a_market_quote_at_a_time_of_day_is_dropped(doc):
    prompt = "Fill in the blank (in tonnes): As of 0840 GMT, Mongolia had sold _____ tonnes."
    candidate = _question("quantity", prompt, 500, unit="tonnes")
    assert rejection(candidate, doc) == "figure of one hour"


@pytest.mark.parametrize(
    ("kind", "prompt", "answer", "reason"),
    [
        (
            "statement",
            "Fill in the blank: Mongolia will open its railway to China by the end of _____.",
            "2027",
            "date of a plan or deadline, not of an event",
        ),
        (
            "statement",
            "Fill in the blank: The railway from Mongolia to China is expected to open in _____.",
            "2027",
            "date of a plan or deadline, not of an event",
        ),
        (
            "dated_action",
            "According to the article, in which year will Mongolia open its railway to China?",
            2027,
            "date of a plan or deadline, not of an event",
        ),
        (
            "statement",
            "Fill in the blank: Mongolia opened its railway to China in _____.",
            "2021",
            None,
        ),
        (
            "dated_action",
            "According to the article, in which year did Mongolia open its railway to China?",
            2021,
            None,
        ),
        (  # what a plan is, not when: the answer is no date
            "statement",
            "Fill in the blank: Mongolia will open its railway to _____ in 2027.",
            "China",
            None,
        ),
    ],
)
def test_the_date_a_plan_gives_itself_is_not_asked(doc, kind, prompt, answer, reason):
    choices = (answer, "2019", "2023", "2025") if isinstance(answer, str) else ()
    assert rejection(_question(kind, prompt, answer, choices=choices), doc) == reason


def test_the_date_a_plan_gives_itself_is_asked_only_where_nothing_else_is(doc):
    import random
    from collections import Counter

    from quizzes.generate.facts import FoundFacts
    from quizzes.generate.rank import choose

    plan = _question("statement", "Fill in the blank: Mongolia will open its railway to China in "
                     "_____.", "2027", choices=("2027", "2025", "2026", "2028"))  # fmt: skip
    event = _question("statement", "Fill in the blank: Mongolia opened its railway to _____ in "
                      "2021.", "China", choices=("China", "Russia", "Japan", "India"))  # fmt: skip
    alone = choose([plan], doc, FoundFacts(), count=None, types=None, rng=random.Random(0),
                   dropped=Counter())  # fmt: skip
    assert [c.prompt for c in alone] == [plan.prompt]
    both = choose([plan, event], doc, FoundFacts(), count=None, types=None,
                  rng=random.Random(0), dropped=Counter())  # fmt: skip
    assert [c.prompt for c in both] == [event.prompt]


def test_a_map_scale_is_no_time_of_day(doc):
    prompt = "Fill in the blank (in %): Maps at 1:50,000 cover _____% of Mongolia."
    candidate = _question("quantity", prompt, 29, unit="%")
    assert rejection(candidate, doc) is None


def test_an_election_result_on_a_named_day_is_kept(doc):
    prompt = (
        "Fill in the blank (in %): Uzbekistan's President Shavkat Mirziyoyev was re-elected with "
        "_____ percent of the vote on Sunday."
    )
    candidate = _question("quantity", prompt, 87.05, unit="%")
    assert rejection(candidate, doc) is None


def test_a_figure_of_money_on_a_named_day_is_kept(doc):
    prompt = "Fill in the blank: On Tuesday, the World Bank lent Kyrgyzstan $_____ million."
    candidate = _question("quantity", prompt, 50, unit="million US dollars")
    assert rejection(candidate, doc) is None


@pytest.mark.parametrize(
    ("prompt", "answer", "reason"),
    [
        (
            "Fill in the blank: _____ states of Central Asia, except Turkmenistan, joined the "
            "new forum.",
            4,
            "count the stem works out (a group less its exceptions)",
        ),
        (
            "Fill in the blank: Japan met _____ countries: Kazakhstan, Kyrgyzstan, Tajikistan, "
            "Turkmenistan and Uzbekistan.",
            5,
            "count of the names the stem lists",
        ),
        (
            "Fill in the blank: Kazakhstan, Azerbaijan and Georgia are _____ key nodes on the "
            "route.",
            3,
            "count of the names the stem lists",
        ),
        (
            "Fill in the blank: The pact is an alliance of _____ ex-Soviet states -- Russia, "
            "Armenia, Belarus and Kazakhstan.",
            4,
            "count of the names the stem lists",
        ),
        ("Fill in the blank: Japan and Kazakhstan signed _____ agreements on trade.", 5, None),
    ],
)
def test_a_count_the_stem_works_out_is_dropped(doc, prompt, answer, reason):
    assert rejection(_question("quantity", prompt, answer, unit="countries"), doc) == reason


def test_a_count_of_the_names_listed_is_dropped_with_options_too(doc):
    prompt = "Fill in the blank (a figure): Kazakhstan, Azerbaijan and Georgia are _____ nodes."
    candidate = _question("quantity", prompt, "3", choices=("2", "3", "4", "5"))
    assert rejection(candidate, doc) == "count of the names the stem lists"


@pytest.mark.parametrize(
    ("choices", "reason"),
    [
        (
            ("Astana", "Washington, D.C.", "New Delhi", "Beijing"),
            "wrong places too far from the answer",
        ),
        (("Astana", "Almaty", "Tashkent", "Bishkek"), None),
    ],
)
def test_a_city_is_asked_among_cities_of_its_country_or_region(doc, choices, reason):
    prompt = "Fill in the blank: The trade fair of Kazakhstan opened in _____ in spring 2024."
    candidate = _question("statement", prompt, "Astana", choices=choices)
    assert rejection(candidate, doc) == reason


def test_a_capital_is_asked_among_the_capitals_of_the_story_s_countries():
    story = parse_paragraphs(
        "Russia, Kazakhstan, Armenia and Belarus are members of the CSTO.",
        "The CSTO summit took place on November 23 in Minsk.",
    )
    prompt = "Fill in the blank: The CSTO summit took place on November 23 in _____."
    summit = _question(
        "statement", prompt, "Minsk", choices=("Minsk", "Moscow", "Astana", "Yerevan")
    )
    assert rejection(summit, story) is None
    far = _question("statement", prompt, "Minsk", choices=("Minsk", "Moscow", "Beijing", "Tokyo"))
    assert rejection(far, story) == "wrong places too far from the answer"


@pytest.mark.parametrize(
    ("choices", "reason"),
    [
        (("Tokayev", "Seitkali", "Omarbek"), "wrong people unknown as office-holders"),
        (("Tokayev", "Nazarbayev", "Smailov"), None),
    ],
)
def test_a_person_is_asked_among_office_holders_the_data_knows(doc, choices, reason):
    prompt = "Fill in the blank: President _____ opened the trade fair of Kazakhstan in 2024."
    candidate = _question("statement", prompt, "Tokayev", choices=choices)
    assert rejection(candidate, doc) == reason


def test_the_nationality_of_an_institution_the_story_names_is_dropped(doc):
    prompt = "Fill in the blank: The EU imposed sanctions on top _____ officials in 2024."
    candidate = _question("statement", prompt, "Georgian",
                          choices=("Georgian", "Armenian", "Azerbaijani"))  # fmt: skip
    assert rejection(candidate, doc) == "nationality of an institution the story names"


@pytest.mark.parametrize(
    ("sentence", "dropped"),
    [
        ("Before the talks, the prime ministers of Chile and Peru were received by the President "
         "of Bolivia, Luis Arce.", True),
        ("Chile's delegation was led by the governor of the Atacama region, Luis Vera.", True),
        ("Ana Soto led the delegation of Peru in Lima, while Chile's delegation was led by the "
         "governor of Atacama, Luis Vera.", True),
        ("President Ana Soto of Peru was among the dignitaries in attendance, according to her "
         "website.", True),
        ("President Ana Soto of Peru attended the opening ceremony of the Lima port.", True),
        ("Peru received 5,000 tonnes of copper from Chile.", False),
        ("Chile's delegation signed a trade agreement with Peru.", False),
        ("Ana Soto received the Chilean foreign minister in Lima.", False),
    ],
)  # fmt: skip
def test_who_received_led_or_attended_a_ceremony_is_not_asked(sentence, dropped):
    doc = parse_paragraphs(sentence)
    for candidate in (
        _question("statement", f"True or false, according to the article? {sentence}", True,
                  quote=sentence),
        _question("statement", f"Fill in the blank: {sentence.replace('Peru', '_____', 1)}",
                  "Peru", quote=sentence, choices=("Peru", "Chile", "Bolivia", "Ecuador")),
    ):  # fmt: skip
        why = rejection(candidate, doc)
        assert (why == "a protocol detail (who received, led or attended)") is dropped


def test_the_nationality_of_a_currency_is_dropped(doc):
    prompt = "Fill in the blank: One _____ Som is worth 117.68 Uzbek Soms since 5 September."
    candidate = _question("statement", prompt, "Kyrgyz",
                          choices=("Kyrgyz", "Tajik", "Kazakh"))  # fmt: skip
    assert rejection(candidate, doc) == "nationality of a currency (its name gives it)"


def test_the_country_of_a_currency_is_dropped(doc):
    prompt = "Fill in the blank: One Manat of _____ is worth 2,320.92 Uzbek Soms."
    candidate = _question("statement", prompt, "Turkmenistan",
                          choices=("Turkmenistan", "Tajikistan", "Kazakhstan"))  # fmt: skip
    assert rejection(candidate, doc) == "nationality of a currency (its name gives it)"


def test_a_count_of_polling_stations_is_logistics(doc):
    prompt = "According to the article, how many polling stations were set up for Peruvians abroad?"
    candidate = _question("count", prompt, 74)
    assert rejection(candidate, doc) == "incidental figure (logistics)"


def test_a_time_of_day_as_a_blank_is_not_asked(doc):
    prompt = "Fill in the blank (a number): The blast in Lima occurred around _____ local time."
    candidate = _question("quantity", prompt, 1000, unit="time")
    assert rejection(candidate, doc) == "time of day in the stem"

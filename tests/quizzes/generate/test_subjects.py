"""What the article is about (its subjects and its one country), and a bare subject's owner."""

from __future__ import annotations

from quizzes.generate.knowledge import ORG, PERSON
from tests.quizzes.generate.test_referents import parse_titled, stems


def subject_names(title: str | None, *paragraphs: str) -> list[str]:
    return [s.name for s in parse_titled(title, *paragraphs).subjects]


def test_the_headline_is_about_its_grammatical_subject_not_the_name_said_most():
    body = (
        "Uzbekistan will send 500 million cubic metres of water to Kazakhstan. "
        "Kazakhstan asked for the water in May. Farmers in Kazakhstan need it. "
        "Kazakhstan will pay for it."
    )
    assert subject_names("Uzbekistan to Deliver Water to Kazakhstan", body) == ["Uzbekistan"]
    assert subject_names("Armenian PM says ready to sign treaty with Azerbaijan",
                         "Armenia is ready to sign a treaty with Azerbaijan. Azerbaijan has "
                         "not replied. Azerbaijan wants changes.") == ["Armenia"]  # fmt: skip


def test_a_page_without_a_headline_is_about_its_ledes_grammatical_subject():
    doc = parse_titled(
        None,
        "Mongolia has launched a rail line that could help coal exports to China. "
        "China buys most of the coal. China's demand is growing. Trade with China rose.",
    )
    assert [s.name for s in doc.subjects] == ["Mongolia"]
    assert doc.subject_country == "Mongolia"


def test_a_page_without_a_headline_opening_with_a_bare_figure_is_about_the_first_name():
    doc = parse_titled(
        None,
        "Out of 4,294,243 registered voters, 1,073,000 cast their ballots.",
        "Kyrgyzstan held early parliamentary elections.",
        "Voting across the country began at 8:00 a.m. at 2,429 polling stations.",
    )
    assert [s.name for s in doc.subjects] == ["Kyrgyzstan"]
    assert stems(doc)[2] == "Voting across Kyrgyzstan began at 8:00 a.m. at 2,429 polling stations."
    once = parse_titled(
        "Kyrgyzstan holds early elections",
        "Kyrgyzstan held early parliamentary elections on Sunday. For the country’s early "
        "elections to the country’s 90-seat parliament, 100 polling stations were set up abroad.",
    )
    assert stems(once)[1] == (
        "For Kyrgyzstan’s early elections to the country’s 90-seat parliament, 100 polling "
        "stations were set up abroad."
    )


def test_a_common_noun_in_a_sentence_case_headline_names_nothing():
    doc = parse_titled(
        "Central bank raises its policy rate",
        "At its latest meeting on 25 July, the National Bank of Kazakhstan decided to raise "
        "its base rate to 14.50%. The Bank expects inflation to slow.",
    )
    assert [s.name for s in doc.subjects] != ["Bank"]
    assert doc.home_country == "Kazakhstan"


def test_the_one_country_the_article_is_about_owns_a_bare_subject():
    doc = parse_titled(
        "Kazakhstan raises its base rate",
        "Kazakhstan's central bank raised its base rate to 14.5%. "
        "Inflation remained in double digits across May and June.",
    )
    assert stems(doc)[1] == "Kazakhstan’s inflation remained in double digits across May and June."


def test_a_bare_subject_of_a_clause_an_unnamed_speaker_reports_is_the_countrys():
    doc = parse_titled(
        "Uzbekistan faces power shortages",
        "Uzbekistan's power plants generated 231 million kWh on Sunday. "
        "Coal consumption reached 26,000 tonnes in 2023, the minister of energy noted. "
        "Gas consumption reached 151 million cubic metres, the minister of energy noted.",
    )
    assert stems(doc)[1] == "Uzbekistan’s coal consumption reached 26,000 tonnes in 2023."
    assert stems(doc)[2] == "Gas consumption reached 151 million cubic metres."  # on which day?
    kazakh = parse_titled(
        "Uzbekistan faces power shortages",
        "Uzbekistan's power plants generated 231 million kWh on Sunday. "
        "Coal consumption reached 26,000 tonnes in 2023, the Kazakh minister of energy noted.",
    )
    assert stems(kazakh)[1] == "Coal consumption reached 26,000 tonnes in 2023."


def test_the_number_of_something_unnamed_is_counted_in_the_articles_country():
    doc = parse_titled(
        "A killer winter in Mongolia",
        "Mongolia has suffered its worst winter in decades. "
        "The number of dead animals reached more than 2.1 million in February. "
        "The number of these animals fell in March. "
        "The number of dead animals doubled.",
    )
    assert stems(doc)[1] == (
        "The number of dead animals in Mongolia reached more than 2.1 million in February."
    )
    assert stems(doc)[2] is None
    assert stems(doc)[3] == "The number of dead animals doubled."  # when?


def test_a_bare_subject_that_points_back_or_follows_another_named_thing_stays_unasked():
    doc = parse_titled(
        "Russia abolishes quotas for labour migrants",
        "Russia abolished quotas for labour migrants in 2015. Migrants had to buy permits. "
        "Cost of these permits reached 40 thousand roubles. "
        "The Federal Migration Service issued 1.6 million permits. "
        "Demand remained high.",
    )
    assert stems(doc)[2] is None
    assert stems(doc)[4] is None


def test_a_bare_subject_after_a_thing_named_earlier_in_its_paragraph_is_not_the_countrys():
    doc = parse_titled(
        "Floods in northern Kazakhstan",
        "Kazakhstan evacuated 12,000 people on Sunday.",
        "The Sergeyev Water Reservoir is full at 149%. Water overflows the dam by two metres. "
        "Water level has decreased by 9 centimeters in a day.",
    )
    assert stems(doc)[3] is None  # the reservoir's level, not Kazakhstan's


def test_a_bare_figure_after_a_sentence_about_a_company_is_the_companys():
    doc = parse_titled(
        "Uzbek gold miner plans a listing",
        "Uzbekistan's state gold miner has chosen banks for a public offering. "
        "The company generated $7.4 billion in revenue last year. "
        "Operating profit reached approximately $4 billion. "
        "The government cut its growth forecast. "
        "Inflation reached 8% in March.",
    )
    assert stems(doc)[2] is None  # the company’s profit, not Uzbekistan’s
    assert stems(doc)[4] == "Uzbekistan’s inflation reached 8% in March."


def test_a_body_the_model_takes_for_a_person_is_a_body():
    doc = parse_titled(
        "Housing in Kazakhstan",
        "The National Welfare Fund Samruk Kazyna owns the railway. Samruk Kazyna plans to build "
        "3.5 million square metres of housing. Badrakh Energy will operate the uranium mine. "
        "Karim Masimov chaired the fund.",
    )
    kinds = {e.text: e.kind for s in doc.sentences for e in s.entities}
    assert kinds["Samruk Kazyna"] == ORG and kinds["Badrakh Energy"] == ORG
    assert kinds["Karim Masimov"] == PERSON


def test_an_honorific_the_model_takes_for_a_name_is_no_person():
    doc = parse_titled(
        "Raisi visits Turkmenistan",
        "Iranian President Ayatollah Seyed Ebrahim Raisi returned to Tehran on Sunday.",
    )
    people = [e.text for s in doc.sentences for e in s.entities if e.kind == PERSON]
    assert "Ayatollah Seyed" not in people and "Ebrahim Raisi" in people


def test_the_country_describing_a_place_not_of_the_articles_country_is_not_named():
    doc = parse_titled(
        "Migrants leave Russia",
        "Russia tightened its rules for migrants this year. Russia now checks every migrant.",
        "In Batken, the country's poorest region, 35 percent of the population lives on just "
        "over $1 a day.",
    )
    assert doc.subject_country == "Russia"
    assert "Russia" not in (stems(doc)[2] or "")


def test_the_subject_of_a_title_case_headline_is_read_with_its_verb():
    paragraphs = (
        "Kazakhstan has removed the Taliban from its list of terrorist organizations. The "
        "Taliban welcomed the decision. The Taliban have sought recognition since 2021.",
    )
    assert subject_names("Kazakhstan Removed Taliban from Terrorist List", *paragraphs) == [
        "Kazakhstan"
    ]

"""What the article is about: its subjects and its one country."""

from __future__ import annotations

from tests.quizzes.generate.test_referents import parse_titled


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


def test_a_common_noun_in_a_sentence_case_headline_names_nothing():
    doc = parse_titled(
        "Central bank raises its policy rate",
        "At its latest meeting on 25 July, the National Bank of Kazakhstan decided to raise "
        "its base rate to 14.50%. The Bank expects inflation to slow.",
    )
    assert [s.name for s in doc.subjects] != ["Bank"]
    assert doc.home_country == "Kazakhstan"

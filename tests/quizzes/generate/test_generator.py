"""The generator's contract: valid output, determinism, seeds, --count and --types, ranking."""

from __future__ import annotations

import dataclasses
import json
import random
from collections import Counter

import pytest

from quizzes.errors import ArticleError
from quizzes.exchange.formats.quizjson import dumps_quizset
from quizzes.generate import generate_quiz
from quizzes.generate.facts import FoundFacts
from quizzes.generate.questions import Candidate, Origin
from quizzes.generate.rank import MAX_FIGURES, choose, quality, rejection, unresolved_reference
from quizzes.model import Evidence, QuestionType, parse_quizset, quizset_to_dict
from tests.conftest import SEED_ARTICLE
from tests.quizzes.generate.patterns.conftest import parse_paragraphs
from tests.quizzes.generate.test_referents import parse_titled


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_quiz(seed_text):
    """The quiz of the seed text with the defaults, made once for the tests that only read it."""
    return generate_quiz(seed_text)


@pytest.mark.shared_files(SEED_ARTICLE)
def test_the_output_is_a_valid_quiz_set(seed_quiz):
    result = seed_quiz
    again = parse_quizset(json.loads(dumps_quizset(result.quizset)))
    assert again == result.quizset
    assert result.quizset.title.startswith("China Increases Influence")
    assert result.quizset.source.sha256 is not None


@pytest.mark.shared_files(SEED_ARTICLE)
def test_the_same_text_and_seed_give_byte_identical_json(seed_text):
    first = dumps_quizset(generate_quiz(seed_text, seed=7).quizset)
    second = dumps_quizset(generate_quiz(seed_text, seed=7).quizset)
    assert first == second


@pytest.mark.shared_files(SEED_ARTICLE)
def test_another_seed_gives_another_order_and_with_count_another_selection(seed_text):
    one = generate_quiz(seed_text, seed=1).quizset.questions
    two = generate_quiz(seed_text, seed=2).quizset.questions
    assert [q.id for q in one] != [q.id for q in two]
    picks = {
        frozenset(q.id for q in generate_quiz(seed_text, seed=s, count=6).quizset.questions)
        for s in range(6)
    }
    assert len(picks) > 1


@pytest.mark.shared_files(SEED_ARTICLE)
def test_count_keeps_that_many_questions_and_types_limits_the_types(seed_text):
    assert len(generate_quiz(seed_text, count=10).quizset.questions) == 10
    wanted = {QuestionType.NUMERIC, QuestionType.SINGLE_CHOICE}
    result = generate_quiz(seed_text, types=wanted)
    assert {q.type for q in result.quizset.questions} == wanted
    assert result.report.questions_by_type.keys() == {"numeric", "single_choice"}


@pytest.mark.shared_files(SEED_ARTICLE)
def test_asking_for_more_than_the_article_gives_says_so(seed_text):
    result = generate_quiz(seed_text, count=500)
    made = len(result.quizset.questions)
    assert made < 500
    assert f"Asked for 500 questions; the article gave {made} good ones." in result.report.summary()


def _candidate(score: float, kind: str, qtype: QuestionType, *, caption: bool = False,
               sentence: int = 0, prompt: str = "") -> Candidate:  # fmt: skip
    source = Origin(Evidence(f"Sentence {sentence}.", 1), sentence, caption, kind, (kind,))
    answer = True if qtype is QuestionType.TRUE_FALSE else 1
    return Candidate(qtype, prompt or f"Prompt {kind} {score} {qtype}", answer, source, "",
                     "Topic", score=score)  # fmt: skip


def test_quality_prefers_body_text_important_sentences_and_richer_types():
    body = _candidate(0.6, "a", QuestionType.NUMERIC)
    caption = _candidate(0.6, "a", QuestionType.NUMERIC, caption=True)
    coin_toss = _candidate(0.6, "a", QuestionType.TRUE_FALSE)
    assert quality(body, 0.5) > quality(coin_toss, 0.5) > quality(caption, 0.5)
    assert quality(body, 0.9) > quality(body, 0.2)
    long = _candidate(0.6, "a", QuestionType.NUMERIC, prompt="word " * 80)
    assert quality(long, 0.5) < quality(body, 0.5)


@pytest.mark.parametrize(
    ("prompt", "unresolved"),
    [
        ("Fill in the blank: It shares a border with _____.", True),
        ("Who did he meet in Astana?", True),
        ("Which country does the Central Asian nation border?", True),
        ("Fill in the blank: This shows that _____ is a member.", True),
        ("Fill in the blank: Kazakhstan shares its longest border with _____.", False),
        ("According to the article, who met Erdogan in Astana?", False),
        (
            "Fill in the blank: Talks between Kyrgyzstan and Tajikistan, the two countries, _____.",
            False,
        ),
        ("Fill in the blank: The two countries signed a treaty in _____.", True),
        ("Fill in the blank: The other three countries sent _____ troops.", True),
        (
            "Fill in the blank: Relations cooled after protests in the former Soviet republics of "
            "Georgia and Ukraine in _____.",
            False,
        ),
        ("Fill in the blank: Relations improved in the latter half of _____.", False),
        ("Fill in the blank: China and Iran met; the latter said it would sign in _____.", True),
        ("Fill in the blank: About _____ people live in the EAEU countries.", False),
        ("Fill in the blank: _____'s foreign ministry said it would negotiate.", False),
        ("According to the article, who said his country would keep negotiating?", False),
        ("According to the article, which of these countries are observers of the OTS?", False),
        (
            "Fill in the blank: The mountainous, mostly Muslim country passed the bill in _____.",
            True,
        ),
        ("Fill in the blank: Belarus, the most recent country to join, attended in _____.", False),
        ("Fill in the blank: Chinese troops will not be stationed there, said _____.", True),
        ("Fill in the blank: The first Soviet bomb was tested here in _____.", True),
        (
            "True or false, according to the article? The Central Asian state's decision to cut "
            "gas supplies came in 2017.",
            True,
        ),
        ("Fill in the blank: Two other groups are expected to fly out of _____.", True),
        ("Fill in the blank: The state budget of Kyrgyzstan grew by _____ percent.", False),
        ("Fill in the blank: Uzbek cotton is sold here and in _____.", True),
        ("Fill in the blank: There are _____ member states.", False),
        ("Fill in the blank: Work has gone quickly since then, with _____ km done.", True),
        ("Fill in the blank: A subsequent war in _____ saw Azerbaijan retake the land.", True),
        ("According to the article, in which year did the three countries sign an MoU?", True),
        (
            "Fill in the blank: Baku, Astana and Tashkent said the three countries met in _____.",
            False,
        ),
        (
            "According to the article, Armenia has frozen its participation in which organisation?",
            False,
        ),
        ("According to the article, which country has frozen its membership of the CSTO?", False),
        ("Fill in the blank: A similar move was made by _____ in 2021.", True),
        ("Fill in the blank: _____ welcomed such an unexpected demarche.", True),
        ("Fill in the blank: A prime example is the port of _____.", True),
        ("Fill in the blank: Your trade with _____ keeps growing.", True),
        ("Fill in the blank: Kazakhstan and _____ signed similar deals in 2021.", True),
        (
            "Fill in the blank: Kazakhstan signed a deal on the sale of similar goods to _____.",
            False,
        ),
        ("Fill in the blank: The two leaders said flights would resume in _____.", True),
        ("Fill in the blank: Talks on the border between Kyrgyzstan and _____ went on.", False),
        ("Fill in the blank: Kyrgyzstan and Tajikistan opened the border in _____.", False),
        ("Fill in the blank: At its May meeting, the Central Bank raised rates to _____.", False),
        ("Fill in the blank: In his speech, President Ali Khan said _____ troops left.", False),
        ("Fill in the blank: At its meeting in May, the bank raised rates to _____.", True),
        ("Fill in the blank: In his speech, he said _____ troops left.", True),
        (
            "True or false, according to the article? The first session of the Committee is in "
            "autumn 2022.",
            True,
        ),
        ("According to the article, in which year did the last major confrontation occur?", True),
        ("Fill in the blank: The Japanese company shipped _____ to Baku.", True),
        ("Fill in the blank: Mirziyoyev was re-elected with _____ percent of the vote.", False),
        ("Fill in the blank: The construction of the Rogun dam began in _____.", False),
        (
            "Fill in the blank: The National Bank of Tajikistan cut its rate to _____ percent.",
            False,
        ),
        ("Fill in the blank: The Russian economy is expected to shrink by _____ percent.", False),
        ("Fill in the blank: In addition to _____, we export grain to Iran.", True),
        ("Fill in the blank: Our exports of _____ to Iran grew.", True),
        ("Fill in the blank: “We export grain,” the _____ minister of Kazakhstan said.", False),
        ("Fill in the blank: The US exports _____ to Kazakhstan.", False),
        ("Fill in the blank: _____ Uzbek citizens returned to the country this spring.", False),
        ("Fill in the blank: Mongolia is vast, but the country has _____ million people.", False),
        # "the organisation" after one organisation named in the stem is that one; after two,
        # or none, it could be either.
        (
            "Fill in the blank: The OSCE's decision to make Kazakhstan chair of the organisation "
            "in _____ was a recognition.",
            False,
        ),
        ("Fill in the blank: The SCO and the CSTO met, and the organisation grew by _____.", True),
        ("Fill in the blank: The bloc admitted _____ in 2024.", True),
        ("Fill in the blank: _____ had a lock on most of the country's gas exports.", True),
        ("Fill in the blank: Kazakhstan and Russia said the country would grow by _____%.", True),
        # An opening phrase's possessive points forward to the subject named after it.
        (
            "Fill in the blank (in %): At its meeting on 5 May, the Central Bank of Oman raised "
            "its rate to _____%.",
            False,
        ),
        ("Fill in the blank: In their statement, Peru and Chile agreed to dig _____ wells.", False),
        ("Fill in the blank: At its meeting, it decided to raise the rate to _____%.", True),
        ("Fill in the blank: In its report, the bank said growth reached _____%.", True),
        # The countries a "which countries" stem speaks of are the ones it asks for.
        (
            "According to the article, which countries signed a treaty to link the three "
            "countries by rail?",
            False,
        ),
    ],
)
def test_a_stem_with_an_unresolved_reference_is_recognised(prompt, unresolved):
    assert unresolved_reference(prompt) is unresolved


@pytest.mark.shared_files(SEED_ARTICLE)
def test_choose_keeps_one_question_per_fact_and_prefers_varied_kinds(seed_text):
    same = [
        _candidate(0.9, "border", QuestionType.NUMERIC, prompt=f"Border {i}?") for i in range(3)
    ]
    other = _candidate(0.5, "trade", QuestionType.NUMERIC, prompt="Trade?", sentence=1)
    doc = parse_paragraphs("Kazakhstan borders Russia and trades with China.")
    picked = choose([*same, other], doc, FoundFacts(), count=2, types=None,
                    rng=random.Random(0), dropped=Counter())  # fmt: skip
    assert other in picked and len(picked) == 2
    default = choose([*same, other], doc, FoundFacts(), count=None, types=None,
                     rng=random.Random(0), dropped=Counter())  # fmt: skip
    assert len(default) == 2  # one per fact when no count is asked


def test_a_stem_that_states_another_kept_answer_of_the_same_sentence_is_dropped():
    first = _candidate(0.9, "a", QuestionType.SINGLE_CHOICE, prompt="Which country borders Russia?")
    first.answer_texts = ("Kazakhstan",)
    second = _candidate(0.5, "b", QuestionType.NUMERIC, prompt="How long is Kazakhstan's border?")
    second.answer = 7000
    doc = parse_paragraphs("Russia borders Kazakhstan.")  # about Russia: Kazakhstan may be asked
    dropped: Counter[str] = Counter()
    picked = choose([first, second], doc, FoundFacts(), count=None, types=None,
                    rng=random.Random(0), dropped=dropped)  # fmt: skip
    assert picked == [first]
    assert dropped["stem gives away another answer"] == 1


@pytest.mark.shared_files(SEED_ARTICLE)
def test_every_evidence_quote_is_a_sentence_of_its_cleaned_paragraph(seed_quiz):
    result = seed_quiz
    for question in result.quizset.questions:
        assert question.evidence is not None
        assert question.evidence.quote in result.report.paragraphs[question.evidence.paragraph - 1]


@pytest.mark.shared_files(SEED_ARTICLE)
def test_no_answer_is_among_its_own_wrong_options(seed_quiz):
    for question in seed_quiz.quizset.questions:
        if question.type is QuestionType.SINGLE_CHOICE:
            assert question.choices.count(question.answer) == 1
            folded = [c.casefold() for c in question.choices]
            assert len(set(folded)) == len(folded)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n\n  ", "empty"),
        ("The weather was mild and the market was busy on Sunday morning.", "no questions"),
        ("Free from fear or favour\n\nSign up to our newsletter", "no article text"),
    ],
)
def test_unusable_text_raises_article_error(text, message):
    with pytest.raises(ArticleError, match=message):
        generate_quiz(text)


def test_an_oversized_text_is_refused():
    with pytest.raises(ArticleError, match="larger than 5 MB"):
        generate_quiz("Kazakhstan borders Russia. " * 200_000)


@pytest.mark.shared_files(SEED_ARTICLE)
def test_asking_for_no_questions_is_refused(seed_text):
    with pytest.raises(ArticleError, match="at least 1"):
        generate_quiz(seed_text, count=0)


@pytest.mark.shared_files(SEED_ARTICLE)
def test_the_dict_round_trip_holds_for_every_question(seed_text):
    quizset = generate_quiz(seed_text, seed=3).quizset
    assert parse_quizset(quizset_to_dict(quizset)) == quizset


def test_a_power_is_offered_other_powers_as_wrong_options_not_its_neighbours():
    from quizzes.generate.distractors import wrong_countries

    doc = parse_paragraphs("Georgia and the United States signed a charter in Washington.")
    wrong = wrong_countries(doc, answer="United States", avoid={"Georgia"})
    assert "Canada" not in wrong and "Mexico" not in wrong
    assert {"Russia", "China"} & set(wrong)


def test_a_capital_is_offered_the_capitals_of_powers_before_an_isolated_neighbours():
    from quizzes.generate.distractors import wrong_cities

    doc = parse_paragraphs("South Korea and Mongolia signed a rare metals pact in Seoul.")
    wrong = wrong_cities(doc, answer="Seoul")
    assert "Ulaanbaatar" in wrong  # the article's other country first
    assert "Pyongyang" not in wrong and {"Beijing", "Moscow", "Washington"} & set(wrong)


def test_a_capital_is_offered_the_capitals_of_its_region_before_far_powers():
    from quizzes.generate.distractors import wrong_cities

    doc = parse_paragraphs("The President of Iran arrived in Dushanbe for talks with Tajikistan.")
    wrong = wrong_cities(doc, answer="Dushanbe")
    assert not {"Washington, D.C.", "New Delhi", "Beijing"} & set(wrong)
    assert {"Tashkent", "Bishkek", "Astana"} & set(wrong)


def test_one_of_several_subjects_is_a_giveaway_only_where_the_headline_names_it():
    body = (
        "Pakistan, Afghanistan and Uzbekistan signed a framework agreement for a rail link. "
        "Pakistan's foreign minister Ishaq Dar signed for Pakistan. Afghanistan and Uzbekistan "
        "sent their foreign ministers. Uzbekistan will build 70 km of the line."
    )
    untitled = parse_paragraphs(body)
    assert len(untitled.subjects) >= 2 and "pakistan" not in untitled.giveaway_forms
    titled = parse_titled("Pakistan signs rail deal", body)
    assert "pakistan" in titled.giveaway_forms and "uzbekistan" not in titled.giveaway_forms
    alone = parse_titled(None, "Kazakhstan grew by 5% in 2023. Kazakhstan exports oil.")
    assert alone.giveaway_forms == alone.subject_forms


def test_a_question_the_headline_answers_is_dropped():
    text = (
        "Leaders Gather for the SCO Summit in Astana This Week\n\n"
        "Leaders of the member states arrived for the SCO summit in Astana on Wednesday, and "
        "officials said the talks would focus on trade and security in the region.\n\n"
        "Kazakhstan shares a border of 7,600 km with Russia, the longest land border of the bloc."
    )
    for question in generate_quiz(text).quizset.questions:
        assert "Astana" not in str(question.answer), question.prompt


def test_two_questions_never_share_a_name_as_their_answer():
    first = _candidate(0.9, "a", QuestionType.SINGLE_CHOICE, prompt="Who leads Tajikistan?")
    first.answer = "Emomali Rahmon"
    second = _candidate(0.8, "b", QuestionType.SINGLE_CHOICE, prompt="Who went to Khorog?",
                        sentence=2)  # fmt: skip
    second.answer = "Emomali Rahmon"
    doc = parse_paragraphs("Rahmon went to Khorog.")
    picked = choose([first, second], doc, FoundFacts(), count=None, types=None,
                    rng=random.Random(0), dropped=Counter())  # fmt: skip
    assert picked == [first]


@pytest.mark.parametrize(
    ("answer", "other"),
    [("Rahmon", "Emomali Rahmon"), ("CSTO", "Collective Security Treaty Organization")],
)
def test_a_surname_or_an_acronym_is_the_same_answer_as_the_whole_name(answer, other):
    first = _candidate(0.9, "a", QuestionType.SINGLE_CHOICE, prompt="Who leads Tajikistan?")
    first.answer = other
    second = _candidate(0.8, "b", QuestionType.SINGLE_CHOICE, prompt="Who went to Khorog?",
                        sentence=2)  # fmt: skip
    second.answer = answer
    doc = parse_paragraphs("Rahmon went to Khorog. The CSTO met.")
    picked = choose([first, second], doc, FoundFacts(), count=None, types=None,
                    rng=random.Random(0), dropped=Counter())  # fmt: skip
    assert picked == [first]
    second.answer = "Rahmonov Street"  # a name that merely starts alike is another answer
    picked = choose([first, second], doc, FoundFacts(), count=None, types=None,
                    rng=random.Random(0), dropped=Counter())  # fmt: skip
    assert len(picked) == 2


def test_a_people_plural_names_its_country():
    doc = parse_paragraphs("Kazakhs and Uzbeks voted, but the Kyrgyz did not.")
    countries = {e.name for e in doc.entities("demonym")}
    assert {"Kazakhstan", "Uzbekistan", "Kyrgyzstan"} <= countries


def test_a_vague_noun_inside_a_quotation_is_the_speakers_own():
    assert not unresolved_reference(
        'Fill in the blank: President _____ met officials on "the difficult situation in the '
        'country," the website said.'
    )
    assert unresolved_reference("Fill in the blank: _____ met officials in the country.")


def test_another_holder_of_the_same_office_is_never_a_wrong_option():
    from quizzes.generate.distractors import wrong_people

    doc = parse_paragraphs("Georgia's President Salome Zourabichvili called for new elections.")
    leaders = doc.knowledge.leaders
    answer = "Salome Zourabichvili"
    held = leaders[answer]
    wrong = wrong_people(doc, answer=answer, title=held.title, country=held.country, count=10)
    assert not [p for p in wrong if p in leaders and leaders[p].title == held.title
                and leaders[p].country == held.country]  # fmt: skip


def test_a_person_the_headline_names_by_surname_is_not_asked_for():
    text = (
        "China's Xi Hosts Central Asia Summit in Xian\n\n"
        "Chinese President Xi Jinping is hosting the leaders of five Central Asian states in "
        "Xian for a two-day meeting on trade.\n\n"
        "Kazakhstan shares a border of 1,700 km with China, the longest in the region."
    )
    for question in generate_quiz(text).quizset.questions:
        assert "Xi Jinping" not in str(question.answer), question.prompt


@pytest.mark.parametrize(
    ("prompt", "reason"),
    [
        (
            "Fill in the blank: Astana's plan, called \"Action Plan for _____ is new.",
            "stem breaks a quotation",
        ),
        ("Fill in the blank: Kishida cancelled his visit to _____ this week.", None),
        (
            "Fill in the blank: The State Department said _____' policy is unchanged.",
            "blank gives away the answer",
        ),
        ("Fill in the blank: _____'s policy is unchanged, the State Department said.", None),
        ("Fill in the blank: Bayqongyr) is a spaceport in _____.", "stem breaks a bracket"),
        (
            "Fill in the blank: «The EU recalled a support package worth €_____ million.",
            "stem breaks a quotation",
        ),
        (
            "Fill in the blank: The EU continued its `green and innovative solutions in _____.",
            "stem breaks a quotation",
        ),
        ("Fill in the blank: «The EU gave _____ a package», Kishida said.", None),
        (
            'According to the article, how many "swallowers were arrested with _____ "bullets?',
            "stem breaks a quotation",
        ),
        ('Fill in the blank: Five "swallowers" from _____ were held in "Kazakhstan".', None),
        (
            "Fill in the blank (in %): Coal output in Kazakhstan has decreased by _____%’.",
            "stem breaks a quotation",
        ),
        ("Fill in the blank: Kazakhstan’s coal output fell in _____.", None),
        ("Fill in the blank: South Korea is one of _____’s strategic partners in Asia.", None),
        (
            "Fill in the blank: Under _____, Kazakhstan aims at what he called ‘Universities 3.0’.",
            None,
        ),
        (
            "Fill in the blank: The Court ofGrave Crimes sentenced Kishida in _____.",
            "words run together",
        ),
        (
            "Fill in the blank: Kazakhstan ratified the UN’sInternational Covenant in _____.",
            "words run together",
        ),
        ("Fill in the blank: Kishida and McDonald met in _____ in 2014.", None),
        (
            "True or false, according to the article? Jokes Kishida, a 27-year-old former "
            "resident of Osaka, describing his hasty departure to southern Kazakhstan.",
            "stem breaks off",
        ),
        (
            "According to the article, who is the Secretary of the Committee for Water -?",
            "stem breaks off",
        ),
    ],
)
def test_a_stem_a_teacher_would_rewrite_is_dropped(prompt, reason):
    doc = parse_paragraphs(
        "Kazakhstan borders Russia and trades with China.",
        "Japan’s Prime Minister Kishida spoke to the State Department.",  # names the stems use
    )
    candidate = _candidate(0.6, "a", QuestionType.SINGLE_CHOICE, prompt=prompt)
    assert rejection(candidate, doc) == reason


def test_a_range_of_years_the_stem_cuts_apart_is_dropped():
    doc = parse_paragraphs("Kazakhstan borders Russia and trades with China.")
    quote = "Uzbekistan temporarily returned to the CSTO in 2006-2012."
    source = Origin(Evidence(quote, 1), 0, False, "statement", ("statement",))
    cut = Candidate(QuestionType.SINGLE_CHOICE,
                    "According to the article, which country returned 2012 to the CSTO in 2006?",
                    "Uzbekistan", source, "", "Topic", choices=["Uzbekistan", "Kazakhstan"],
                    answer_texts=("Uzbekistan",))  # fmt: skip
    whole = dataclasses.replace(cut, prompt=f"True or false, according to the article? {quote}")
    assert rejection(cut, doc) == "a range of years cut apart"
    assert rejection(whole, doc) != "a range of years cut apart"


def test_the_year_the_soviet_union_ended_is_not_asked():
    doc = parse_paragraphs("Kazakhstan borders Russia and trades with China.")
    quote = "The dam was halted after the Soviet Union’s collapse in 1991."
    source = Origin(Evidence(quote, 1), 0, False, "statement", ("statement",))
    asked = Candidate(QuestionType.NUMERIC,
                      "According to the article, in which year did the Soviet Union collapse?",
                      1991, source, "", "Topic", answer_texts=("1991",))  # fmt: skip
    other = dataclasses.replace(
        asked,
        prompt="According to the article, in which year was the dam halted?",
        answer=1992,
        answer_texts=("1992",),
    )
    judged = dataclasses.replace(
        asked,
        type=QuestionType.TRUE_FALSE,
        answer=True,
        answer_texts=(quote,),
        prompt=f"True or false, according to the article? {quote}",
    )
    assert rejection(asked, doc) == "a year everyone knows"
    assert rejection(other, doc) != "a year everyone knows"
    assert rejection(judged, doc) != "a year everyone knows"  # the statement is more than it


def test_several_countries_asked_each_named_by_a_city_or_a_leader_are_given_away():
    doc = parse_paragraphs("Kazakhstan borders Russia and trades with China.")
    source = Origin(Evidence("Sentence 0.", 1), 0, False, "participants", ("participants",))

    def asked(prompt: str) -> Candidate:
        return Candidate(QuestionType.MULTIPLE_CHOICE, prompt, ["Turkey", "Armenia"], source, "",
                         "Topic", choices=["Turkey", "Armenia", "Georgia", "Iran"],
                         answer_texts=("Turkey", "Armenia"))  # fmt: skip

    told = "the stem tells every country asked"
    flights = "According to the article, which countries hope to resume flights between Istanbul "
    assert rejection(asked(flights + "and Yerevan?"), doc) == told
    assert rejection(asked("According to the article, which countries met Pashinyan and "
                           "Erdogan in Kars?"), doc) == told  # fmt: skip
    assert rejection(asked(flights + "and Kars?"), doc) != told


def test_an_option_made_of_the_answers_own_words_is_the_same_answer():
    doc = parse_paragraphs("Kazakhstan borders Russia and trades with China.")
    candidate = _candidate(
        0.6, "a", QuestionType.SINGLE_CHOICE, prompt="Who won Turkmenistan's 2022 election?"
    )
    candidate.answer = "Serdar Gurbangulyyevich Berdimuhamedov"
    candidate.choices = [candidate.answer, "Serdar Gurbangulyyevich", "Khydyr Nunnaev"]
    assert rejection(candidate, doc) == "an option is the answer named another way"
    candidate.choices = [candidate.answer, "Agajan Bekmyradov", "Khydyr Nunnaev"]
    assert rejection(candidate, doc) is None


def test_an_answer_with_the_does_not_fill_a_blank_before_a_hyphen():
    doc = parse_paragraphs("Kazakhstan borders Russia and trades with China.")
    prompt = "Fill in the blank: Kazakhstan and Armenia are in the _____-led CSTO, but they clash."
    candidate = _candidate(0.6, "a", QuestionType.SINGLE_CHOICE, prompt=prompt)
    candidate.answer = "the Russia"
    candidate.answer_texts = ("the Russia",)
    candidate.choices = ["the Russia", "India", "China", "Iran"]
    assert rejection(candidate, doc) == "answer does not fit the blank"


def test_a_true_false_statement_of_many_claims_is_dropped():
    doc = parse_paragraphs("Kazakhstan borders Russia and trades with China.")
    long = "True or false, according to the article? " + "Kazakhstan trades oil and gas, " * 8
    assert rejection(_candidate(0.6, "a", QuestionType.TRUE_FALSE, prompt=long), doc) == (
        "statement too long to judge"
    )


def test_a_false_statement_ranks_below_the_same_statement_made_true():
    true = _candidate(0.5, "a", QuestionType.TRUE_FALSE)
    false = _candidate(0.5, "a", QuestionType.TRUE_FALSE)
    false.answer = False
    assert quality(false, 0.5) < quality(true, 0.5)


def test_a_name_is_the_answer_of_one_question_even_as_a_short_answer():
    doc = parse_paragraphs("Kazakhstan borders Russia and trades with China.")
    choice = _candidate(0.9, "a", QuestionType.SINGLE_CHOICE, prompt="Which borders Russia?")
    choice.answer = "Kazakhstan"
    written = _candidate(0.5, "b", QuestionType.SHORT_ANSWER, prompt="Which is the largest?",
                         sentence=1)  # fmt: skip
    written.answer = ["Kazakhstan", "Republic of Kazakhstan"]
    picked = choose([choice, written], doc, FoundFacts(), count=None, types=None,
                    rng=random.Random(0), dropped=Counter())  # fmt: skip
    assert len(picked) == 1


@pytest.mark.parametrize(
    ("statement", "why"),
    [
        ("The CSTO met two days ago.", "relative date in the stem"),
        (
            "Decision to declare Bishkek the digital capital of the OTS in 2025;",
            "statement is not a sentence",
        ),
        (
            "Joining the accords is seen as a major diplomatic achievement.",
            "true/false of an opinion or a forecast",
        ),
    ],
)
def test_a_true_false_a_teacher_could_not_mark_is_dropped(statement, why):
    doc = parse_paragraphs("Kazakhstan borders Russia and trades with China.")
    prompt = f"True or false, according to the article? {statement}"
    assert rejection(_candidate(0.6, "a", QuestionType.TRUE_FALSE, prompt=prompt), doc) == why


def test_a_relative_date_spoils_a_true_false_or_a_date_but_not_a_name():
    doc = parse_paragraphs("Kazakhstan borders Russia and trades with China.")
    statement = _candidate(0.6, "a", QuestionType.TRUE_FALSE,
                           prompt="True or false, according to the article? Kishida visits "
                           "Mongolia this week.")  # fmt: skip
    assert rejection(statement, doc) == "relative date in the stem"
    date = _candidate(
        0.6, "a", QuestionType.SINGLE_CHOICE, prompt="Fill in the blank: Met this week, on _____."
    )
    date.answer_texts = ("12 May 2024",)
    assert rejection(date, doc) == "relative date in the stem"
    figure = _candidate(
        0.6,
        "a",
        QuestionType.NUMERIC,
        prompt="Fill in the blank: On Tuesday Qatar pledged $_____ bn.",
    )
    figure.answer_texts = ("12",)
    assert rejection(figure, doc) is None  # the figure is the same whatever day it was


def test_another_spelling_of_the_answer_is_never_a_wrong_option():
    from quizzes.generate.questions import single_choice

    source = Origin(Evidence("Sentence.", 1), 0, False, "a", ("a",))
    made = single_choice(origin=source, prompt="Who?", answer="Berdimuhamedov",
                         wrong=["Berdimuhamedow", "Mirziyoyev", "Rahmon", "Japarov"],
                         explanation="", topic="Topic")  # fmt: skip
    assert made is not None and "Berdimuhamedow" not in made.choices
    father = single_choice(origin=source, prompt="Who?", answer="Berdimuhamedov",
                           wrong=["Gurbanguly Berdimuhamedow", "Mirziyoyev", "Rahmon", "Japarov"],
                           explanation="", topic="Topic")  # fmt: skip
    assert father is not None and "Gurbanguly Berdimuhamedow" not in father.choices  # he, perhaps
    region = single_choice(origin=source, prompt="Where?", answer="Xinjiang",
                           wrong=["Xinjiang province", "Gansu", "Qinghai", "Tibet"],
                           explanation="", topic="Topic")  # fmt: skip
    assert region is not None and "Xinjiang province" not in region.choices


def test_the_landlocked_nation_is_vague():
    assert unresolved_reference("Fill in the blank: The landlocked Caucasus nation joined _____.")


def test_no_wrong_person_took_office_after_the_article():
    from quizzes.generate.distractors import wrong_people

    doc = parse_paragraphs("In February 2024 Sadyr Japarov met Joe Biden and Vladimir Putin.")
    leaders = doc.knowledge.leaders
    wrong = wrong_people(doc, answer="Vladimir Putin", title="President", count=20)
    assert all((leaders[p].since or 0) <= 2024 for p in wrong if p in leaders)


def test_a_caption_is_asked_only_where_the_body_says_the_answer_and_never_as_true_or_false():
    doc = parse_paragraphs("Sadyr Japarov met Rakhmon in Bishkek and signed the border deal.")
    said = _candidate(0.6, "a", QuestionType.SINGLE_CHOICE, caption=True)
    said.answer_texts = ("Rakhmon",)
    unsaid = _candidate(0.6, "b", QuestionType.SINGLE_CHOICE, caption=True)
    unsaid.answer_texts = ("Tokayev",)
    statement = _candidate(0.6, "c", QuestionType.TRUE_FALSE, caption=True)
    assert rejection(said, doc) is None
    unconfirmed = "caption not confirmed by the body"
    assert rejection(unsaid, doc) == rejection(statement, doc) == unconfirmed


def test_the_last_war_of_a_quiz_titled_after_the_war_is_named_by_the_title():
    prompt = "According to the article, in which year did the last war start?"
    assert unresolved_reference(prompt)
    assert not unresolved_reference(prompt, frozenset({"first", "karabakh", "war"}))


def test_one_figure_said_in_two_sentences_is_asked_once():
    doc = parse_paragraphs(
        "The border was crossed by five trucks. Food and water came on the five trucks."
    )
    first = _candidate(0.9, "a", QuestionType.NUMERIC, prompt="How many trucks crossed?")
    second = _candidate(0.8, "b", QuestionType.NUMERIC, prompt="How many trucks carried food?",
                        sentence=1)  # fmt: skip
    for one in (first, second):
        one.answer, one.unit = 5, "trucks"
    picked = choose([first, second], doc, FoundFacts(), count=None, types=None,
                    rng=random.Random(0), dropped=Counter())  # fmt: skip
    assert picked == [first]


@pytest.mark.parametrize(
    "sentences",
    [
        [
            "President Japarov voted at Polling Station No. 1046 in Bishkek.",
            "The prime minister voted at Polling Station No. 1123.",
        ],
        [
            "Mongolian President Kh. Battulga met Putin.",
            "Foreign Minister Ts. Munkh-Orgil came too.",
            "The voters said No.",  # a word, not an initial
            "The result was clear.",
        ],
    ],
)
def test_a_number_sign_or_a_two_letter_initial_does_not_end_a_sentence(sentences):
    doc = parse_paragraphs(" ".join(sentences))
    assert [s.text for s in doc.sentences] == sentences


def test_an_article_before_a_figure_stays_as_written():
    from quizzes.generate.questions import blank_out

    text = "Kyrgyzstan and Tajikistan share a 970-kilometre border."
    at = text.index("970")
    assert (
        blank_out(text, at, at + 3) == "Kyrgyzstan and Tajikistan share a _____-kilometre border."
    )


def test_a_word_run_into_the_answer_is_set_apart_from_the_blank():
    from quizzes.generate.questions import blank_out

    text = "In 2015, Mongolia exported 200,000tons of copper."
    at = text.index("200,000")
    assert blank_out(text, at, at + len("200,000")) == (
        "In 2015, Mongolia exported _____ tons of copper."
    )
    text = "Mongolia marked the 35th anniversary of its 1990s reforms."
    at = text.index("35")
    assert blank_out(text, at, at + 2) == (
        "Mongolia marked the _____th anniversary of its 1990s reforms."
    )


def test_an_abbreviation_s_stop_is_not_doubled_at_the_end_of_a_stem():
    from quizzes.generate.questions import blank_out

    text = "Mongolia's minister spoke with the management of Centerra Gold Inc.."
    at = text.index("Mongolia")
    assert blank_out(text, at, at + len("Mongolia")) == (
        "_____'s minister spoke with the management of Centerra Gold Inc."
    )
    text = "Mongolia signed the deal..."
    assert blank_out(text, 0, len("Mongolia")) == "_____ signed the deal..."


def test_an_article_before_a_blank_does_not_tell_its_first_letter():
    from quizzes.generate.questions import blank_out

    text = "Kyrgyzstan faces an electricity shortage this winter."
    at = text.index("electricity")
    assert blank_out(text, at, at + len("electricity")) == (
        "Kyrgyzstan faces a(n) _____ shortage this winter."
    )


def test_an_either_article_before_a_blank_is_the_one_the_answer_and_its_options_take():
    from quizzes.generate.questions import Candidate, Origin, indefinite_article, with_its_article

    def asked(answer: str, choices: list[str]) -> Candidate:
        origin = Origin(Evidence("", 1), 0, False, "statement", (answer,))
        prompt = "Fill in the blank: Mongolia signed a(n) _____ railway deal in 2030."
        return Candidate(QuestionType.SINGLE_CHOICE, prompt, answer, origin, "", "Rail",
                         choices=choices, answer_texts=(answer,))  # fmt: skip

    plain = with_its_article(asked("Russian", ["Russian", "Chinese", "Uzbek", "Kazakh", "Tajik"]))
    assert plain.prompt == "Fill in the blank: Mongolia signed a _____ railway deal in 2030."
    assert plain.choices == ["Russian", "Chinese", "Kazakh", "Tajik"]
    mixed = asked("Uzbek", ["Uzbek", "Chinese", "Russian", "Kazakh"])
    assert with_its_article(mixed) == mixed  # one other option takes "an": still a(n)
    assert [indefinite_article(w) for w in ("Uzbek", "European", "Ukrainian", "Afghan", "oil",
                                            "uranium", "8", "80", "11", "110", "18,000")] == [
        "an", "a", "a", "an", "an", "a", "an", "an", "an", "a", "an"]  # fmt: skip


def test_the_acronyms_an_article_defines_are_read_from_its_brackets():
    from quizzes.generate.acronyms import defined_acronyms

    assert defined_acronyms(
        "Officials of the Islamic Emirate of Afghanistan (IEA) met the Bureau of Industry and "
        "Security (BIS) and the Mongolian People's Revolutionary Party (MPRP) in 2024."
    ) == {
        "IEA": "Islamic Emirate of Afghanistan",
        "BIS": "Bureau of Industry and Security",
        "MPRP": "Mongolian People's Revolutionary Party",
    }


def test_a_name_with_a_number_is_no_person():
    doc = parse_paragraphs("Kambarata HPP 1 should become the largest power plant in Kyrgyzstan.")
    assert all(any(c.isdigit() for c in e.text) is False for e in doc.entities("person"))


@pytest.mark.parametrize(
    ("prompt", "half"),
    [
        ("The dam will cost $_____-6 billion.", True),
        ("Chile cut its target to a range of 25,000 to _____ tonnes.", True),
        ("Chile cut its target by _____% to a range of 25,000 to 26,500 tonnes.", False),
        ("Chile's output will be between _____ and 30 million tonnes.", True),
        ("Chile's output rose from 20 million to _____ million tonnes.", False),  # a change
    ],
)
def test_half_of_a_range_is_no_blank(prompt, half):
    doc = parse_paragraphs("The dam will cost $5-6 billion.", "Chile mines copper.")
    candidate = _candidate(0.6, "a", QuestionType.NUMERIC, prompt=f"Fill in the blank: {prompt}")
    assert (rejection(candidate, doc) == "blank is half of a range") is half


@pytest.mark.parametrize(("sentences", "kept"), [(1, MAX_FIGURES), (42, 7)])
def test_no_more_figures_than_the_article_carries_unless_more_are_asked_for(sentences, kept):
    doc = parse_paragraphs(
        " ".join(f"Kazakhstan grew {n} tonnes of wheat." for n in range(sentences))
    )
    figures = []
    for number in range(7):
        prompt = f"How many units of kind {number}?"
        figure = _candidate(0.9 - number / 100, "quantity", QuestionType.NUMERIC, prompt=prompt,
                            sentence=number)  # fmt: skip
        figure.origin = dataclasses.replace(figure.origin, key=(number,))
        figure.answer = 10 + number
        figures.append(figure)
    picked = choose(figures, doc, FoundFacts(), count=None, types=None,
                    rng=random.Random(0), dropped=Counter())  # fmt: skip
    assert len(picked) == kept
    asked = choose(figures, doc, FoundFacts(), count=7, types=None,
                   rng=random.Random(0), dropped=Counter())  # fmt: skip
    assert len(asked) == 7


@pytest.mark.parametrize(
    ("prompt", "why"),
    [
        ("Fill in the blank (in tonnes): year, uranium production exceeded _____ tonnes.",
         "stem breaks off"),
        ("Fill in the blank (a number): As of 4:00 p.m., _____ citizens had voted overseas.",
         "figure of one hour"),
    ],
)  # fmt: skip
def test_a_fragment_and_a_count_of_one_hour_are_rejected(prompt, why):
    doc = parse_paragraphs("Kazakhstan produced uranium.")
    assert rejection(_candidate(0.6, "a", QuestionType.NUMERIC, prompt=prompt), doc) == why


@pytest.mark.parametrize(
    ("stem", "answer", "worked_out"),
    [
        (
            "Chevron owns 50 percent, Exxon _____ percent, KazMunayGas 20 percent and Lukoil 5 "
            "percent.",
            25,
            True,
        ),
        ("Voters backed Uzbekistan's constitution by _____%, with 9.35% against.", 90.21, True),
        (
            "Turnout was _____%, with 7.8 million of 12.2 million voters casting ballots.",
            63.66,
            True,
        ),
        ("Turnout in the 2024 referendum was _____%, against 55% in 2021.", 63.66, False),
        ("Of 12.28 million voters, _____ million took part, a turnout of 63.66%.", 7.82, True),
        ("Of 12.28 million voters, _____ million took part in Kazakhstan.", 7.82, False),
    ],
)
def test_a_figure_the_stems_figures_give_is_not_asked(stem, answer, worked_out):
    doc = parse_paragraphs("Kazakhstan voted.")
    unit = "%" if "_____%" in stem or "_____ percent" in stem else "million"
    candidate = _candidate(0.6, "a", QuestionType.NUMERIC, prompt=f"Fill in the blank: {stem}")
    candidate.answer, candidate.unit = answer, unit
    candidate.tolerance = 0.5 if unit == "%" else 0
    why = rejection(candidate, doc)
    assert (why == "answer follows from the stem's figures") is worked_out, why


def test_the_agreement_signed_between_two_named_countries_is_no_unresolved_stem():
    prompt = (
        "Fill in the blank: The agreement on visa-free travel was signed between Kazakhstan "
        "and China on _____ in Xi’an."
    )
    assert not unresolved_reference(prompt)


def test_a_question_more_or_less_does_not_reshuffle_the_others():
    doc = parse_paragraphs("Kazakhstan borders Russia and trades with China.")
    places = ["Almaty", "Bishkek", "Dushanbe", "Tashkent", "Ashgabat", "Baku", "Tbilisi", "Osh"]
    equal = [
        _candidate(
            0.5,
            place,
            QuestionType.NUMERIC,
            sentence=i,
            prompt=f"How many bridges does {place} have?",
        )
        for i, place in enumerate(places)
    ]
    for number, candidate in enumerate(equal, 2):
        candidate.answer = number
    extra = _candidate(
        0.0, "Aktau", QuestionType.NUMERIC, sentence=9, prompt="How many ferries does Aktau have?"
    )
    extra.answer = 40
    for seed in range(5):
        picked = {
            c.prompt
            for c in choose(
                equal,
                doc,
                FoundFacts(),
                count=3,
                types=None,
                rng=random.Random(seed),
                dropped=Counter(),
            )
        }
        with_extra = {
            c.prompt
            for c in choose(
                [extra, *equal],
                doc,
                FoundFacts(),
                count=3,
                types=None,
                rng=random.Random(seed),
                dropped=Counter(),
            )
        }
        assert with_extra == picked


def test_one_date_written_two_ways_is_one_answer():
    first = _candidate(
        0.9,
        "a",
        QuestionType.SINGLE_CHOICE,
        prompt="According to the article, when will the SCO summit take place?",
    )
    second = _candidate(0.8, "b", QuestionType.SINGLE_CHOICE, sentence=2,
                        prompt="According to the article, when will the summit of the SCO "
                        "take place?")  # fmt: skip
    first.answer, second.answer = "3-4 July", "July 3-4"
    doc = parse_paragraphs("The SCO summit is on 3-4 July. The summit of the SCO is on July 3-4.")
    picked = choose([first, second], doc, FoundFacts(), count=None, types=None,
                    rng=random.Random(0), dropped=Counter())  # fmt: skip
    assert picked == [first]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Mongolia exported 1.2 million tonnes of copper concentrate in 2023, the customs "
         "office in Ulaanbaatar said on Monday.\n\nRemittances from abroad reached $500 million "
         "in the same year, and the central bank expects them to grow by 10 percent in 2024.",
         "Quiz from an article on Mongolia"),
        # A country whose name takes "the".
        ("The U.S. exported 1.2 million tonnes of wheat to Mongolia in 2023, the U.S. embassy in "
         "Ulaanbaatar said on Monday.\n\nU.S. aid to Peru reached $500 million in the same year, "
         "and U.S. officials expect it to grow by 10 percent in 2024.",
         "Quiz from an article on the U.S."),
        # About no one country: the plain title.
        ("Copper prices rose by 12 percent in 2023, traders in London said on Monday.\n\n"
         "Mongolia and Peru exported more copper concentrate than in 2022, and Chile exported "
         "less, the International Copper Study Group said.", "Quiz from an article"),
    ],
)  # fmt: skip
def test_a_set_from_a_page_without_its_headline_is_titled_after_the_country_it_is_about(
    text, title
):
    assert generate_quiz(text, seed=0).quizset.title == title


def test_a_page_without_its_headline_whose_quiz_asks_for_its_country_does_not_name_it():
    text = (
        "Kyrgyzstan has left the Eurasian grain pact, officials in Bishkek said on 3 May 2021.\n\n"
        "Kyrgyzstan had joined the pact in 2015 and grows most of its own wheat.\n\n"
        "Kyrgyzstan will now buy grain from Kazakhstan at market prices."
    )
    result = generate_quiz(text, seed=0)
    asked = [q.answer for q in result.quizset.questions]
    assert "Kyrgyzstan" in asked
    assert result.quizset.title == "Quiz from an article"


@pytest.mark.parametrize(
    ("prompt", "shown"),
    [
        ("How many people have been screened for Hepatitis C.?",
         "How many people have been screened for Hepatitis C?"),
        ("Which company did Centerra Gold Inc.?", "Which company did Centerra Gold Inc.?"),
    ],
)  # fmt: skip
def test_a_sentence_s_stop_after_a_one_letter_name_is_left_out_before_the_question_mark(
    prompt, shown
):
    doc = parse_paragraphs("Georgia screened people for Hepatitis C.")
    asked = _candidate(0.6, "a", QuestionType.NUMERIC, prompt=prompt)
    [picked] = choose([asked], doc, FoundFacts(), count=None, types=None,
                      rng=random.Random(0), dropped=Counter())  # fmt: skip
    assert picked.prompt == shown

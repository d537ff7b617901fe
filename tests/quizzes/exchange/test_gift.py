"""GIFT import and export: every construct, Moodle's own files, malformed input, round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

from quizzes.errors import QuizFileError
from quizzes.exchange.formats.gift import export_gift, read_gift, write_gift
from quizzes.exchange.formats.outcome import question_label
from quizzes.model import Question, QuestionType, QuizSet, parse_quizset, quizset_to_dict
from tests.conftest import MOODLE_EXAMPLES, MOODLE_FIXTURE, quizset_document
from tests.strategies import quizsets

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def constructs():
    return read_gift(DATA / "constructs.gift")


def by_id(result) -> dict[str, Question]:
    return {q.id: q for q in result.quizset.questions}


# ---------------------------------------------------------------- hand-written constructs


def test_single_choice_with_title_and_category(constructs):
    q = by_id(constructs)["sco-newest"]
    assert q.type is QuestionType.SINGLE_CHOICE
    assert q.prompt == "Which country became the newest SCO member in 2024?"
    assert (q.choices, q.answer) == (["Belarus", "Turkey", "Mongolia"], "Belarus")
    assert q.topic == "SCO membership"


def test_positive_weights_without_equals_make_multiple_choice(constructs):
    q = by_id(constructs)["members"]
    assert q.type is QuestionType.MULTIPLE_CHOICE
    assert q.choices == ["India", "Pakistan", "Turkey"]
    assert q.answer == ["India", "Pakistan"]


def test_true_false_forms_and_their_feedback(constructs):
    questions = by_id(constructs)
    assert questions["turkey-member"].answer is False
    assert questions["turkey-member"].explanation == (
        "If answered wrongly: Turkey is a dialogue partner.\nIf answered rightly: Right, it is not."
    )
    assert questions["china-member"].answer is True
    assert questions["russia-member"].answer is True
    assert questions["russia-member"].explanation == "Russia is a founding member."


def test_numerical_value_tolerance_and_range(constructs):
    questions = by_id(constructs)
    border = questions["border"]
    assert (border.type, border.answer, border.tolerance) == (QuestionType.NUMERIC, 7000, 500)
    assert border.topic == "Borders and geography"
    pi = questions["pi"]
    assert pi.answer == pytest.approx(3.1415)
    assert pi.tolerance == pytest.approx(0.0005)


def test_multi_answer_numerical_keeps_the_full_credit_answer_and_reports_the_rest(constructs):
    q = by_id(constructs)["founded"]
    assert (q.answer, q.tolerance) == (2001, 0)
    assert "2001: Exactly." in q.explanation
    assert "Any other answer: Look up the Shanghai summit." in q.explanation
    assert any("'founded'" in w and "2001 ± 2 (50%) not carried" in w for w in constructs.warnings)


def test_short_answer_accepts_every_full_credit_answer(constructs):
    q = by_id(constructs)["capital"]
    assert (q.type, q.answer) == (QuestionType.SHORT_ANSWER, ["Astana", "Nur-Sultan"])
    assert q.explanation == "Nur-Sultan: its name from 2019 to 2022"


def test_matching_reports_the_distractor_it_cannot_carry(constructs):
    q = by_id(constructs)["neighbours"]
    assert q.type is QuestionType.MATCHING
    assert q.answer == [
        ("Almaty", "Kazakhstan"),
        ("Bishkek", "Kyrgyzstan"),
        ("Tashkent", "Uzbekistan"),
    ]
    assert any("distractor 'Mongolia' not carried" in w for w in constructs.warnings)


def test_missing_word_question_gets_a_blank(constructs):
    q = by_id(constructs)["lake"]
    assert q.prompt == "The Aral Sea lies between Kazakhstan and _____ and has shrunk."
    assert q.answer == "Uzbekistan"


def test_escapes_give_literal_characters(constructs):
    q = by_id(constructs)["escapes-symbols"]
    assert q.prompt == "Which of these is written 1:2 {ratio}?"
    assert q.choices == ["one = two ~ #", "a \\ b"]
    assert q.answer == "one = two ~ #"


def test_html_is_reduced_to_plain_text_and_untitled_questions_are_numbered(constructs):
    q = by_id(constructs)["q13"]
    assert q.prompt == "Which river flows into Lake Balkhash?"
    assert q.answer == "Ili"


def test_format_markers_on_answers_are_removed(constructs):
    q = by_id(constructs)["md"]
    assert q.prompt == "Which city hosted the 2024 SCO summit?"
    assert q.choices == ["Astana", "Tashkent", "Samarkand"]


def test_title_and_text_over_several_lines(constructs):
    q = by_id(constructs)["multi-line-title"]
    assert q.prompt == "Line one of the prompt continues here."


def test_general_feedback_comes_first_and_keeps_escaped_line_breaks(constructs):
    q = by_id(constructs)["mixed-feedback"]
    assert q.explanation == "General feedback.\nSecond line.\nRight: Well done.\nWrong: No."


def test_essay_and_description_are_named_in_the_report(constructs):
    assert [(s.number, s.title) for s in constructs.skipped] == [
        (17, "essay"),
        (18, "description"),
    ]
    assert "essay" in constructs.skipped[0].reason
    assert "description" in constructs.skipped[1].reason
    assert len(constructs.quizset.questions) == 16


# ---------------------------------------------------------------- Moodle's own files


@pytest.mark.shared_files(MOODLE_EXAMPLES)
def test_moodle_examples_import_every_question():
    result = read_gift(MOODLE_EXAMPLES)
    questions = result.quizset.questions
    assert len(questions) == 43 and result.skipped == []
    by_prompt_start = {q.id: q for q in questions}
    assert by_prompt_start["q1"].answer == "no one"
    assert by_prompt_start["q2"].prompt == "Grant is _____ in Grant's tomb."
    assert by_prompt_start["q2"].answer == "entombed"
    assert by_prompt_start["q3"].answer is False
    assert by_prompt_start["q4"].answer == ["no one", "nobody"]
    assert (by_prompt_start["q5"].answer, by_prompt_start["q5"].tolerance) == (1822, 1)
    assert by_prompt_start["q15"].answer[-1] == ("India", "New Delhi")
    assert by_prompt_start["q18"].answer == pytest.approx(3.1415)
    assert by_prompt_start["q25"].prompt == "Who's buried in Grant's tomb?"  # [markdown] **
    assert by_prompt_start["q30"].answer == ["Grant", "Grant's wife"]
    assert by_prompt_start["q32"].answer == "= 2 + 3"
    control = by_prompt_start["gift-control-characters"]
    assert control.choices == ["~", "=", "#", "{", "}", "\\"] and control.answer == "\\"
    assert by_prompt_start["jesus-hometown"].answer == "Nazareth"
    assert by_prompt_start["jesus-hometown-2"].answer == ["Nazareth"]
    assert by_prompt_start["kanji-origins"].prompt == (
        "Japanese characters originally came from what country?"
    )
    assert any("'Nazereth' (75%) not carried" in w for w in result.warnings)


@pytest.mark.shared_files(MOODLE_FIXTURE)
def test_moodle_fixture_imports_what_fits_and_names_the_essay():
    result = read_gift(MOODLE_FIXTURE)
    assert [(s.number, s.title) for s in result.skipped] == [(1, "Q8")]
    assert "essay" in result.skipped[0].reason
    questions = {q.id: q for q in result.quizset.questions}
    assert len(questions) == 8
    activities = questions["moodle-activities"]
    assert activities.prompt == "Match the activity to the description."
    assert [right for _, right in activities.answer] == ["Forum", "Choice", "Database", "Wiki"]
    assert questions["q2"].answer == "yellow"
    assert questions["colours"].answer == ["yellow", "off-beige"]
    assert (questions["q5"].answer, questions["q5"].tolerance) == (3, 2)
    assert questions["q5"].prompt == "What is a number from 1 to 5?"  # stray '";' dropped
    assert questions["shortanswer"].answer == ["Frog"]
    tf = questions["q1"]
    assert tf.answer is False
    assert tf.explanation.startswith("This is, of course, a Hitchiker's Guide")
    assert questions["2-08-tsl"].answer is True and questions["2-08-tsl-2"].answer is True
    assert any("distractor 'Chat'" in w for w in result.warnings)
    assert any("wildcard" in w for w in result.warnings)


# ---------------------------------------------------------------- malformed input


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("::a::Fine?{=x ~y}\n\n::b::Broken {=x ~y\n", 3, 13, "never closed"),
        ("Q?{=x ~y}\n\nStray } brace\n", 3, 7, "without an opening"),
        ("Q?{#abc}\n", 1, 5, "not a number"),
        ("Q?{=x ~%half%y}\n", 1, 8, "weight"),
        ("Q?{~only}\n", 1, 3, "at least two"),
        ("::open title {=x ~y}\n", 1, 1, "title"),
        ("Q?{#5..1}\n", 1, 5, "ends below"),
        ("Q?{=a -> b}\n", 1, 3, "at least two pairs"),
    ],
)
def test_malformed_gift_names_line_and_column(text, line, column, words):
    with pytest.raises(QuizFileError) as caught:
        read_gift(text, file="bad.gift")
    err = caught.value
    assert (err.file, err.line, err.column) == ("bad.gift", line, column)
    assert words in str(err)
    assert str(err).startswith(f"bad.gift:{line}:{column}: ")


# ---------------------------------------------------------------- export and round trips


def test_export_writes_titles_categories_and_general_feedback():
    quizset = parse_quizset(quizset_document())
    text = write_gift(quizset)
    assert "$CATEGORY: $course$/top/SCO membership" in text
    assert "::sco-newest::Which country was the newest member" in text
    assert "{=Belarus ~Turkey ~Azerbaijan ~Mongolia####Belarus joined in 2024" in text
    assert "::border-length::How long is Kazakhstan's border with Russia?{#7000:500" in text
    assert "~%33.33333%India ~%33.33333%Iran ~%-100%Turkey ~%33.33333%Pakistan" in text


def test_export_ordering_as_position_matching_and_warns():
    quizset = parse_quizset(quizset_document())
    result = export_gift(quizset)
    assert "{=1 -> Russia =2 -> Kazakhstan =3 -> China####" in str(result.content)
    assert (
        "ordering question 6 'Order from north to south.' written as matching (position -> item)"
        in result.warnings
    )
    assert "GIFT does not carry the unit of question 4" in result.warnings
    assert "GIFT does not carry the difficulty of questions 1, 3, 6, 7" in result.warnings
    back = {q.id: q for q in read_gift(str(result.content)).quizset.questions}
    assert back["neighbours"].type is QuestionType.MATCHING
    assert back["neighbours"].answer == [("1", "Russia"), ("2", "Kazakhstan"), ("3", "China")]


def test_export_skips_and_names_what_gift_would_misread():
    quizset = QuizSet(
        title="t",
        questions=[
            Question("arrow", QuestionType.SHORT_ANSWER, "P?", ["a->b"]),
            Question("star", QuestionType.SHORT_ANSWER, "P?", ["Kaz*"]),
            Question("pairs", QuestionType.MATCHING, "P?", [("a->", "b"), ("c", "d")]),
            Question("ok", QuestionType.TRUE_FALSE, "P?", True),
        ],
    )
    result = export_gift(quizset)
    back = read_gift(str(result.content))
    assert [q.id for q in back.quizset.questions] == ["ok"]
    for number in (1, 2, 3):
        assert any(f"question {number} 'P?':" in w for w in result.warnings)
    assert all("arrow" not in w and "star" not in w for w in result.warnings)  # no internal ids


def _expected_after_gift(question: Question) -> tuple:
    """What GIFT carries of a question: no unit, evidence, difficulty, tags; ordering → matching."""
    qtype, answer = question.type, question.answer
    if qtype is QuestionType.ORDERING:
        qtype = QuestionType.MATCHING
        answer = [(str(i), item) for i, item in enumerate(answer, start=1)]
    tolerance = question.tolerance if qtype is QuestionType.NUMERIC else None
    return (
        question.id,
        qtype,
        question.prompt,
        question.choices,
        answer,
        tolerance,
        question.explanation,
        question.topic,
    )


def _carried(question: Question) -> tuple:
    return (
        question.id,
        question.type,
        question.prompt,
        question.choices,
        question.answer,
        question.tolerance,
        question.explanation,
        question.topic,
    )


def _gift_can_write(question: Question) -> bool:
    texts = question.answer if isinstance(question.answer, list) else []
    flat = [side for item in texts for side in (item if isinstance(item, tuple) else (item,))]
    if question.type is QuestionType.SHORT_ANSWER:
        return not any("->" in t or "*" in t for t in flat)
    if question.type in (QuestionType.MATCHING, QuestionType.ORDERING):
        return not any("->" in t for t in flat)
    return True


@given(quizsets())
def test_gift_round_trip_keeps_what_gift_carries(quizset):
    result = export_gift(quizset)
    back = read_gift(str(result.content))
    assert back.skipped == []
    expected = [_expected_after_gift(q) for q in quizset.questions if _gift_can_write(q)]
    assert [_carried(q) for q in back.quizset.questions] == expected
    for number, question in enumerate(quizset.questions, start=1):
        if not _gift_can_write(question):
            label = question_label(number, question)
            assert any(f"{label}:" in w for w in result.warnings)


@given(quizsets())
def test_generated_sets_are_valid(quizset):
    assert parse_quizset(quizset_to_dict(quizset)) == quizset


def test_a_repeated_title_is_renamed_with_a_warning():
    result = read_gift(
        "::Capital::Astana is the capital.{T}\n\n::Capital::Bishkek is a capital.{T}\n"
    )
    assert [q.id for q in result.quizset.questions] == ["capital", "capital-2"]
    assert "question 2: the id 'capital' is already used; stored as 'capital-2'" in result.warnings


def test_a_matching_question_moodle_would_refuse_is_exported_with_a_warning():
    two = Question("two", QuestionType.MATCHING, "Match them.", [("Astana", "KZ"), ("Baku", "AZ")])
    three = Question(
        "three", QuestionType.MATCHING, "Match all.", [("A", "1"), ("B", "2"), ("C", "3")]
    )
    result = export_gift(QuizSet(title="t", questions=[two, three]))
    assert [w for w in result.warnings if "Moodle" in w] == [
        "matching question 1 'Match them.' has 2 pairs: Moodle refuses a matching question "
        "with fewer than 3 answers; add a pair before importing it"
    ]
    assert len(read_gift(str(result.content)).quizset.questions) == 2  # still written


def test_warnings_name_a_question_by_its_number_and_the_start_of_its_prompt():
    long = Question("x", QuestionType.TRUE_FALSE, "Word " * 30 + "\n end?", True)
    label = question_label(12, long)
    assert label.startswith("question 12 'Word Word ")
    assert label.endswith("…'") and len(label) < 70

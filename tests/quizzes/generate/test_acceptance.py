"""The acceptance model: the features it reads off a question as a teacher sees it, the answer
as the teacher reads it, the shipped weights, and the reasons it names for doubting one."""

from __future__ import annotations

import pytest

from quizzes.generate.acceptance import (
    FAULTS,
    AcceptanceModel,
    Asked,
    answers_of,
    features,
    model_from_dict,
    shipped_model,
)
from quizzes.model import QuestionType

OFFICE = Asked(
    prompt="According to the article, who is the President of Kazakhstan?",
    type="single_choice",
    kind="office",
    answers=("Kassym-Jomart Tokayev",),
    choices=("Kassym-Jomart Tokayev", "Shavkat Mirziyoyev", "Sadyr Japarov"),
    evidence="Kazakhstan's President Kassym-Jomart Tokayev opened the summit in Astana.",
    paragraph=1,
    title="Kazakhstan hosts the SCO summit",
)
ROW_OF_FIGURES = Asked(
    prompt="Fill in the blank (in %): However, taxi fares rose by 13.2%, bus fares by _____%, "
    "rail fares by 8% and air fares by 5.2%, respectively.",
    type="numeric",
    kind="quantity",
    answers=("9.7",),
    choices=(),
    evidence="However, taxi fares rose by 13.2%, bus fares by 9.7%, rail fares by 8% and air "
    "fares by 5.2%, respectively.",
    paragraph=9,
    title="Prices rise in Kazakhstan",
)


def test_a_stem_is_read_for_the_faults_teachers_named():
    found = features(ROW_OF_FIGURES)
    assert found["a row of three or more figures"] == 1.0
    assert found["‘respectively’"] == 1.0
    assert found["an opening connective (‘However’, ‘Also’)"] == 1.0
    assert found["a stem copying the whole sentence"] == 1.0
    assert found["its kind: quantity/numeric"] == 1.0
    assert "a country named in the stem" not in found  # features that are 0 are left out


def test_the_kind_is_named_as_the_quiz_file_names_it():
    dated = Asked(**{**OFFICE.__dict__, "kind": "dated_action", "type": "numeric"})
    assert "its kind: dated-action/numeric" in features(dated)


@pytest.mark.parametrize(
    ("prompt", "feature", "present"),
    [
        ("Fill in the blank: The _____ president arrived on Wednesday night.",
         "a weekday with no year", True),
        ("Fill in the blank: The _____ president arrived on Wednesday, 3 May 2023.",
         "a weekday with no year", False),
        ("Fill in the blank: The two countries signed _____ documents.",
         "‘the two sides’ or ‘bilateral’", True),
        ("Fill in the blank: Ulaanbaatar, Oct 8 (ANI): Mongolia thanked _____.",
         "a colon in the stem", True),
        ("Fill in the blank: _____ joined the bloc in 2023.", "a blank opening the stem", True),
        ("Fill in the blank: Uzbekistan joined the bloc in _____.", "a country named in the stem",
         True),
        ("According to the article, which country joined the bloc in 2023?",
         "a stem that is a question", True),
    ],
)  # fmt: skip
def test_each_feature_reads_its_own_sign(prompt: str, feature: str, present: bool):
    question = Asked(**{**OFFICE.__dict__, "prompt": prompt})
    assert (feature in features(question)) is present


def test_the_answer_is_read_against_the_title_and_the_nationalities():
    shown = Asked(**{**OFFICE.__dict__, "answers": ("Kazakhstan",)})
    assert features(shown)["an answer the title shows"] == 1.0
    assert features(shown)["a country for an answer"] == 1.0
    nationality = Asked(**{**OFFICE.__dict__, "answers": ("Uzbek",)})
    assert features(nationality)["a nationality for an answer"] == 1.0


def test_the_answer_is_read_as_the_teacher_reads_it():
    assert answers_of("Astana") == ("Astana",)
    assert answers_of(1860) == ("1860",)
    assert answers_of(4.5) == ("4.5",)
    assert answers_of(True) == () and answers_of(False) == ()
    assert answers_of(["Iran", "India"]) == ("Iran", "India")
    assert answers_of([("Tokayev", "President"), ("Bektenov", "Prime Minister")]) == (
        "President",
        "Prime Minister",
    )


def test_the_shipped_model_rates_a_clean_question_above_a_faulty_one():
    model = shipped_model()
    assert 0.0 < model.likelihood(ROW_OF_FIGURES) < model.likelihood(OFFICE) < 1.0
    assert all(f"its type: {t.value}" in model.weights for t in QuestionType)
    assert set(model.weights) >= FAULTS  # every fault it can name has a weight


def test_doubts_name_the_worst_visible_faults_first_and_only_those():
    model = AcceptanceModel(
        bias=0.0,
        weights={
            "a row of three or more figures": -0.5,
            "‘respectively’": -0.9,
            "an opening connective (‘However’, ‘Also’)": -0.1,  # too slight to name
            "its kind: quantity/numeric": -2.0,  # not a fault a teacher can mend
            "a stem copying the whole sentence": 0.4,  # raises the chance
        },
    )
    assert model.doubts(ROW_OF_FIGURES) == ["‘respectively’", "a row of three or more figures"]
    assert model.doubts(ROW_OF_FIGURES, limit=1) == ["‘respectively’"]
    assert model.doubts(OFFICE) == []


def test_the_likelihood_is_the_logistic_of_the_weighted_features():
    model = AcceptanceModel(bias=-1.0, weights={"its type: single_choice": 1.0})
    assert model.likelihood(OFFICE) == pytest.approx(0.5)
    assert AcceptanceModel(bias=0.0, weights={}).likelihood(OFFICE) == pytest.approx(0.5)


def test_a_broken_model_file_is_refused_with_what_it_needs():
    with pytest.raises(ValueError, match="bias"):
        model_from_dict({"weights": {}})
    with pytest.raises(ValueError, match="weights"):
        model_from_dict({"bias": 0.1, "weights": [1, 2]})
    model = model_from_dict({"bias": 1, "weights": {"a colon in the stem": -1}})
    assert model == AcceptanceModel(1.0, {"a colon in the stem": -1.0})

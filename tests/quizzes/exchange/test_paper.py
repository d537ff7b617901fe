"""Exam papers as data: numbering, seeded variants, and keys that match each variant."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzes.exchange.formats.paper import build_papers, isolated
from quizzes.model import QuestionType, parse_quizset
from tests.conftest import quizset_document
from tests.strategies import quizsets


@pytest.fixture
def quizset():
    return parse_quizset(quizset_document())


def test_single_paper_without_seed_keeps_the_set_order(quizset):
    [paper] = build_papers(quizset)
    assert paper.variant is None and paper.heading == isolated("SCO basics")
    assert [q.number for q in paper.questions] == [1, 2, 3, 4, 5, 6, 7]
    assert [q.prompt for q in paper.questions] == [q.prompt for q in quizset.questions]
    first = paper.questions[0]
    assert first.options == ["Belarus", "Turkey", "Azerbaijan", "Mongolia"]
    assert paper.key[0].answer == f"A ({isolated('Belarus')})"
    members = ", ".join(map(isolated, ["India", "Iran", "Pakistan"]))
    assert paper.key[1].answer == f"A, B, D ({members})"
    assert paper.key[2].answer == "B (False)"
    assert paper.key[3].answer == f"7000 ± 500 {isolated('km')}"
    assert paper.questions[3].write_in and paper.questions[3].unit == "km"
    assert paper.key[4].answer == f"{isolated('Eurasian Economic Union')} / {isolated('EAEU')}"


def test_variants_are_seeded_shuffles_with_their_own_keys(quizset):
    papers = build_papers(quizset, variants=3, seed=11)
    assert [p.variant for p in papers] == ["A", "B", "C"]
    assert [p.heading for p in papers][1] == f"{isolated('SCO basics')} — variant B"
    orders = [[q.prompt for q in p.questions] for p in papers]
    assert len({tuple(order) for order in orders}) > 1
    assert all(sorted(order) == sorted(q.prompt for q in quizset.questions) for order in orders)
    again = build_papers(quizset, variants=3, seed=11)
    assert again == papers
    assert build_papers(quizset, variants=3, seed=12) != papers


def _key_is_right(paper_question, key_answer, question) -> bool:
    """Decode the key's letters against the printed options and compare with the answer."""
    letters = key_answer.split(" (")[0]  # the texts after the letters are isolated
    if question.type is QuestionType.MATCHING:
        decoded = []
        for part in letters.split(", "):
            number, letter = part.split("–")
            right = paper_question.options[string.ascii_uppercase.index(letter)]
            decoded.append((paper_question.left_items[int(number) - 1], right))
        return decoded == [tuple(pair) for pair in question.answer]
    picked = [paper_question.options[string.ascii_uppercase.index(x)] for x in letters.split(", ")]
    match question.type:
        case QuestionType.SINGLE_CHOICE:
            return picked == [question.answer]
        case QuestionType.MULTIPLE_CHOICE:
            return sorted(picked) == sorted(question.answer)
        case QuestionType.TRUE_FALSE:
            return picked == ["True" if question.answer else "False"]
        case QuestionType.ORDERING:
            return picked == list(question.answer)
    raise AssertionError(question.type)


@given(
    quizsets(
        types=(
            QuestionType.SINGLE_CHOICE,
            QuestionType.MULTIPLE_CHOICE,
            QuestionType.TRUE_FALSE,
            QuestionType.ORDERING,
            QuestionType.MATCHING,
        )
    ),
    st.integers(1, 4),
    st.integers(0, 1000),
)
def test_every_variant_key_matches_its_paper(quizset, variants, seed):
    by_id = {q.id: q for q in quizset.questions}
    for paper in build_papers(quizset, variants, seed):
        assert sorted(q.question_id for q in paper.questions) == sorted(by_id)
        for printed, entry in zip(paper.questions, paper.key, strict=True):
            assert printed.number == entry.number
            question = by_id[printed.question_id]
            assert printed.prompt == question.prompt
            assert _key_is_right(printed, entry.answer, question)


def test_variant_count_is_checked(quizset):
    with pytest.raises(ValueError, match="variants"):
        build_papers(quizset, variants=27)


def test_isolated_text_ends_every_direction_control_it_starts():
    assert isolated("Quiz\u202e") == "\u2068Quiz\u202e\u2069"  # an override: the PDI ends it
    assert isolated("a\u2067b") == "\u2068a\u2067b\u2069\u2069"  # its own isolate closed too
    assert isolated("a\u2069\u202eb") == "\u2068a\u202eb\u2069"  # a PDI closing ours: dropped
    assert isolated("a\u2029b") == "\u2068a\u2028b\u2069"  # a paragraph end would end ours

"""Reviewing generated proposals without a window: decisions, the next proposal to review, the
counts, edits checked like a file, and saving the accepted ones into a real database."""

from __future__ import annotations

import dataclasses

import pytest

from quizzes.authoring.review import (
    NEW_SET_DESCRIPTION,
    Decision,
    ExistingSet,
    NewSet,
    ProposalReview,
    ReviewCounts,
    SavedQuestions,
)
from quizzes.errors import QuizFormatError, SetNotFoundError
from quizzes.generate.report import Doubt
from quizzes.model import QuizSet, parse_quizset
from quizzes.store.repository import Store
from tests.conftest import quizset_document

UNDECIDED, ACCEPTED, REJECTED, SAVED = (
    Decision.UNDECIDED,
    Decision.ACCEPTED,
    Decision.REJECTED,
    Decision.SAVED,
)


@pytest.fixture
def generated() -> QuizSet:
    """Seven proposals of every type, with the article's source, as a generator gives them."""
    return parse_quizset(quizset_document("From the article"))


@pytest.fixture
def review(store: Store, generated: QuizSet) -> ProposalReview:
    return ProposalReview(store, generated.questions, generated.source)


def decisions(review: ProposalReview) -> list[Decision]:
    return [review.decision(row) for row in range(len(review.proposals))]


def test_every_proposal_starts_undecided_and_open(
    review: ProposalReview, generated: QuizSet
) -> None:
    assert review.proposals == generated.questions
    assert decisions(review) == [UNDECIDED] * 7
    assert review.counts() == ReviewCounts(proposed=7, accepted=0, rejected=0, undecided=7, saved=0)
    assert review.accepted_questions() == []
    assert review.has_undecided() and not review.has_unsaved()
    assert [review.is_open(row) for row in (-1, 0, 6, 7)] == [False, True, True, False]


def test_the_review_keeps_its_own_list_of_proposals(
    review: ProposalReview, generated: QuizSet
) -> None:
    given = generated.questions
    given.pop()
    review.proposals.clear()
    assert len(review.proposals) == 7


def test_accept_and_reject_decide_one_proposal_and_can_be_changed(
    review: ProposalReview, generated: QuizSet
) -> None:
    review.accept(0)
    review.reject(1)
    review.accept(2)
    review.reject(2)  # the teacher changes their mind
    assert decisions(review)[:4] == [ACCEPTED, REJECTED, REJECTED, UNDECIDED]
    assert review.accepted_questions() == [generated.questions[0]]
    assert review.counts() == ReviewCounts(proposed=7, accepted=1, rejected=2, undecided=4, saved=0)
    assert review.has_unsaved()


def test_a_row_without_a_proposal_is_refused(review: ProposalReview) -> None:
    for row in (-1, 7):
        with pytest.raises(IndexError):
            review.accept(row)
        with pytest.raises(IndexError):
            review.decision(row)
        with pytest.raises(IndexError):
            review.proposal(row)
    assert decisions(review) == [UNDECIDED] * 7


def test_the_next_undecided_comes_after_the_row_then_wraps_round_to_the_row_itself(
    review: ProposalReview,
) -> None:
    review.accept(0)
    assert review.next_undecided(0) == 1
    for row in (1, 4, 5, 6):
        review.reject(row)
    assert review.next_undecided(1) == 2
    assert review.next_undecided(5) == 2  # past the last row, round to the first ones
    review.accept(2)
    assert review.next_undecided(2) == 3
    assert review.next_undecided(3) == 3  # the row itself comes last
    review.accept(3)
    assert review.next_undecided(3) is None
    assert review.next_undecided(6) is None


def test_an_empty_review_has_nothing_to_decide(store: Store) -> None:
    review = ProposalReview(store)
    assert review.proposals == []
    assert review.counts() == ReviewCounts(proposed=0, accepted=0, rejected=0, undecided=0, saved=0)
    assert review.next_undecided(-1) is None
    assert not review.is_open(0)
    assert not review.has_undecided()
    assert review.save(NewSet("Nothing")) is None
    assert store.list_sets() == []


def test_accept_all_accepts_only_the_undecided(review: ProposalReview, generated: QuizSet) -> None:
    review.reject(1)
    review.accept(2)
    review.accept_all()
    assert decisions(review) == [ACCEPTED, REJECTED] + [ACCEPTED] * 5
    assert review.accepted_questions() == [q for i, q in enumerate(generated.questions) if i != 1]
    assert not review.has_undecided()


def test_an_edit_replaces_the_proposal_and_accepts_it(
    review: ProposalReview, generated: QuizSet
) -> None:
    review.reject(3)
    edited = dataclasses.replace(generated.questions[3], prompt="Reworded by the teacher?")
    review.replace(3, edited)
    assert review.proposal(3).prompt == "Reworded by the teacher?"
    assert review.proposal(3) == edited
    assert review.decision(3) is ACCEPTED
    assert review.accepted_questions() == [edited]


def test_a_broken_edit_is_refused_like_a_broken_file(
    review: ProposalReview, generated: QuizSet
) -> None:
    broken = dataclasses.replace(generated.questions[0], answer="Atlantis")
    with pytest.raises(QuizFormatError, match="answer"):
        review.replace(0, broken)
    assert review.proposal(0) == generated.questions[0]
    assert review.decision(0) is UNDECIDED


def test_saving_into_a_new_set_stores_the_accepted_in_order_and_marks_them_saved(
    review: ProposalReview, store: Store, generated: QuizSet
) -> None:
    review.accept(0)
    review.reject(1)
    review.accept(3)
    reworded = dataclasses.replace(generated.questions[5], prompt="Order them, north first.")
    review.replace(5, reworded)

    saved = review.save(NewSet("  Astana summit, reviewed  "))

    (summary,) = store.list_sets()
    assert saved == SavedQuestions(summary.id, "Astana summit, reviewed", 3)
    stored = store.get_quizset(summary.id)
    assert stored.title == "Astana summit, reviewed"
    assert stored.description == NEW_SET_DESCRIPTION
    assert stored.source == generated.source
    assert [q.id for q in stored.questions] == ["sco-newest", "border-length", "neighbours"]
    assert stored.questions[:2] == [generated.questions[0], generated.questions[3]]
    assert stored.questions[2].prompt == "Order them, north first."
    assert decisions(review) == [SAVED, REJECTED, UNDECIDED, SAVED, UNDECIDED, SAVED, UNDECIDED]
    assert review.counts() == ReviewCounts(proposed=7, accepted=0, rejected=1, undecided=3, saved=3)
    assert review.accepted_questions() == [] and not review.has_unsaved()


def test_saving_into_an_existing_set_appends_after_its_questions(
    review: ProposalReview, store: Store, generated: QuizSet
) -> None:
    existing = store.add_quizset(parse_quizset(quizset_document("Class set")))
    review.accept(1)
    review.accept(6)

    saved = review.save(ExistingSet(existing.id))

    assert saved == SavedQuestions(existing.id, "Class set", 2)
    stored = store.get_quizset(existing.id).questions
    assert len(stored) == 9
    # The set already uses these ids, so the store gives the added questions fresh ones.
    assert [q.id for q in stored[7:]] == ["sco-members-2", "leaders-2"]
    assert [q.prompt for q in stored[7:]] == [generated.questions[i].prompt for i in (1, 6)]
    assert review.decision(1) is SAVED and review.decision(6) is SAVED
    assert len(store.list_sets()) == 1


def test_saved_proposals_are_final_and_saving_again_stores_nothing_twice(
    review: ProposalReview, store: Store
) -> None:
    review.accept(0)
    first = review.save(NewSet("Reviewed"))
    assert first is not None
    assert review.save(NewSet("Reviewed again")) is None
    assert review.save(ExistingSet(first.set_id)) is None
    assert [s.title for s in store.list_sets()] == ["Reviewed"]
    assert len(store.get_quizset(first.set_id).questions) == 1

    original = review.proposal(0)
    review.reject(0)
    review.replace(0, dataclasses.replace(original, prompt="Changed after saving?"))
    review.discard_unsaved()
    assert review.decision(0) is SAVED
    assert review.proposal(0) == original
    assert not review.is_open(0)

    review.accept_all()  # the rest, saved into the same set: only they are added
    second = review.save(ExistingSet(first.set_id))
    assert second == SavedQuestions(first.set_id, "Reviewed", 6)
    assert len(store.get_quizset(first.set_id).questions) == 7
    assert decisions(review) == [SAVED] * 7


def test_a_new_set_never_takes_a_title_already_used(review: ProposalReview, store: Store) -> None:
    review.accept(0)
    assert review.save(NewSet("Reviewed")) is not None
    review.accept(1)
    second = review.save(NewSet("  reviewed "))
    assert second is not None and second.title == "reviewed (2)"
    review.accept(2)
    assert review.save(NewSet("Reviewed")).title == "Reviewed (3)"
    assert sorted(s.title for s in store.list_sets()) == [
        "Reviewed",
        "Reviewed (3)",
        "reviewed (2)",
    ]


def test_a_refused_save_stores_nothing_and_keeps_the_decisions(
    review: ProposalReview, store: Store
) -> None:
    review.accept(0)
    review.accept(2)
    with pytest.raises(QuizFormatError, match="title: must not be empty"):
        review.save(NewSet("   "))
    with pytest.raises(SetNotFoundError):
        review.save(ExistingSet("no-such-set"))
    assert store.list_sets() == []
    assert decisions(review)[:3] == [ACCEPTED, UNDECIDED, ACCEPTED]
    assert review.has_unsaved()


def test_discarding_forgets_only_the_unsaved_acceptances(review: ProposalReview) -> None:
    review.accept(0)
    review.save(NewSet("Kept"))
    review.accept(1)
    review.reject(2)
    review.accept(3)
    review.discard_unsaved()
    assert decisions(review)[:4] == [SAVED, UNDECIDED, REJECTED, UNDECIDED]
    assert not review.has_unsaved()


def test_the_proposals_the_generator_doubts_are_marked_until_the_teacher_edits_them(
    store: Store, generated: QuizSet
) -> None:
    doubts = [
        Doubt(2, generated.questions[1].prompt, 0.3, ("a colon in the stem",)),
        Doubt(9, "a question the quiz does not have", 0.2, ()),
    ]
    review = ProposalReview(store, generated.questions, generated.source, doubts)
    assert [review.doubt(row) for row in range(7)] == [None, doubts[0], *[None] * 5]
    review.reject(1)
    assert review.doubt(1) == doubts[0]  # a decision leaves the reason to check it
    edited = dataclasses.replace(generated.questions[1], prompt="Reworded by the teacher?")
    review.replace(1, edited)
    assert review.doubt(1) is None
    with pytest.raises(IndexError):
        review.doubt(7)

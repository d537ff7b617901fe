"""PDF exam papers drawn with Qt: real files, pages that flow, and an image of a page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from quizzes.exchange.formats.paper import build_papers
from quizzes.model import Question, QuestionType, QuizSet, parse_quizset
from tests.conftest import quizset_document
from ui.teacher.pdf_export import render_exam_images, write_papers


def page_count(pdf: Path) -> int:
    [count] = re.findall(rb"/Count (\d+)", pdf.read_bytes())
    return int(count)


def test_writes_a_paper_and_a_key_per_variant(qapp, tmp_path):
    papers = build_papers(parse_quizset(quizset_document()), variants=2, seed=3)
    written = write_papers(papers, tmp_path / "exam.pdf")
    names = [path.name for path in written]
    assert names == ["exam-A.pdf", "exam-A-key.pdf", "exam-B.pdf", "exam-B-key.pdf"]
    for path in written:
        data = path.read_bytes()
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
        assert page_count(path) >= 1


def test_long_sets_flow_onto_more_pages_and_ink_the_page(qapp, tmp_path):
    questions = [
        Question(f"q{i}", QuestionType.SINGLE_CHOICE, f"Question {i}?", "a", choices=["a", "b"])
        for i in range(40)
    ]
    [paper] = build_papers(QuizSet(title="Long", questions=questions))
    images = render_exam_images(paper, dpi=40)
    assert len(images) >= 3
    first = images[0]
    dark = sum(
        1
        for x in range(0, first.width(), 4)
        for y in range(0, first.height(), 4)
        if first.pixelColor(x, y).lightness() < 128
    )
    assert dark > 100
    key_pages = render_exam_images(paper, dpi=40, key=True)
    assert 1 <= len(key_pages) < len(images)
    [exam, key] = write_papers([paper], tmp_path / "long.pdf")
    assert (page_count(exam), page_count(key)) == (len(images), len(key_pages))


RIGHT_TO_LEFT_OVERRIDE = "\u202e"


def rendered(quizset: QuizSet, variants: int) -> list[QImage]:
    """Every page of the first variant's paper and of its key, at a low resolution."""
    paper = build_papers(quizset, variants=variants, seed=1)[0]
    return render_exam_images(paper, dpi=50) + render_exam_images(paper, dpi=50, key=True)


def choice_set(title: str, answer: str) -> QuizSet:
    question = Question(
        "q", QuestionType.SINGLE_CHOICE, "Which?", answer, choices=[answer, "Other"]
    )
    return QuizSet(title=title, questions=[question])


@pytest.mark.parametrize("variants", [1, 2])
@pytest.mark.parametrize(
    ("title", "drawn_like"),
    [
        ("Quiz" + RIGHT_TO_LEFT_OVERRIDE, "Quiz"),  # an override never ended
        ("Quiz\u202b", "Quiz"),  # a right-to-left embedding never ended
        ("Quiz\u2069" + RIGHT_TO_LEFT_OVERRIDE, "Quiz"),  # a stray PDI before the override
        ("\u05d0\u05d1 \u2067x", "\u05d0\u05d1 \u2067x\u2069"),  # a right-to-left isolate left open
    ],
)
def test_direction_controls_in_a_title_reorder_nothing_printed_after_it(
    qapp, title, drawn_like, variants
):
    # The footer prints the title before the page number, a variant's heading before the
    # variant's letter: both must look exactly as with the controls ended where the title ends.
    assert rendered(choice_set(title, "Belarus"), variants) == rendered(
        choice_set(drawn_like, "Belarus"), variants
    )


@pytest.mark.parametrize(
    ("choice", "drawn_like"),
    [("Belarus" + RIGHT_TO_LEFT_OVERRIDE, "Belarus"), ("Bel\u2029arus\u202e", "Bel\u2028arus")],
)
def test_direction_controls_in_a_choice_reorder_nothing_in_the_key(qapp, choice, drawn_like):
    # The key prints "A (choice)": the closing bracket comes after the choice's own text.
    assert rendered(choice_set("Quiz", choice), 1) == rendered(choice_set("Quiz", drawn_like), 1)


def has_ink(image: QImage, left: int, right: int) -> bool:
    """Whether anything is drawn between columns `left` and `right` (excluded)."""
    strip = image.copy(left, 0, right - left, image.height())
    blank = QImage(strip.size(), strip.format())
    blank.fill(Qt.GlobalColor.white)
    return strip != blank


def test_a_word_of_100000_characters_wraps_onto_many_pages_inside_the_margins(qapp, tmp_path):
    word = "Steppe" * 16_667  # 100,002 characters and not one space
    question = Question("q", QuestionType.SHORT_ANSWER, word, [word[:50]])
    [paper] = build_papers(QuizSet(title=word, questions=[question]))
    dpi = 50
    images = render_exam_images(paper, dpi=dpi)
    # About 90 characters fit on a line and 50 lines on a page: the word fills 20 pages as the
    # heading and 20 more as the question.
    assert len(images) >= 40
    margin = round(18 / 25.4 * dpi)
    width = images[0].width()
    for image in images:
        assert not has_ink(image, 0, margin), "ink in the left margin"
        assert not has_ink(image, width - margin, width), "ink in the right margin"
        assert has_ink(image, width - margin - 8, width - margin), "a line short of the margin"
    [exam, key] = write_papers([paper], tmp_path / "long-word.pdf")
    assert page_count(exam) >= 40 and page_count(key) >= 20

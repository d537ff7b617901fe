"""PDF exam papers drawn with Qt: real files, pages that flow, and an image of a page."""

from __future__ import annotations

import re
from pathlib import Path

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

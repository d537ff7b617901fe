"""Draw an exam paper and its answer key as PDF with Qt's own writer (`QPdfWriter`).

The content comes from `quizzes.exchange.formats.paper`; this module only lays it out on A4 pages:
title, name and date lines, numbered questions, a box before each choice, lines to write on,
page numbers. Texts are drawn with `QPainter.drawText`, which never interprets markup. The same
drawing code renders to images, for a preview and for tests.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from quizzes import APP_NAME
from quizzes.exchange.formats.paper import ExamPaper, PaperQuestion, option_label

PDF_DPI = 300
A4_MM = (210.0, 297.0)
MARGIN_MM = 18.0
_keep_alive: list[QGuiApplication] = []


def ensure_gui_application() -> None:
    """Fonts need a QGuiApplication; on the command line make an offscreen one."""
    if QGuiApplication.instance() is None:
        _keep_alive.append(QGuiApplication([sys.argv[0] or APP_NAME, "-platform", "offscreen"]))


@dataclass(frozen=True)
class _Line:
    """One block of a question: its text, font, left indent and space after (mm)."""

    text: str
    font: QFont
    indent: float
    after: float
    boxed: bool = False


class _Pages:
    """Where drawing goes: a painter, the page size in pixels, and a way to start a new page."""

    def __init__(self, painter: QPainter, dpi: int, next_page: Callable[[], object]) -> None:
        self.painter = painter
        self.dpi = dpi
        self.next_page = next_page


class _PaperDrawer:
    """Flows blocks of text down the page, starting a new page when one does not fit."""

    def __init__(self, pages: _Pages, footer: str) -> None:
        self.pages = pages
        self.footer = footer
        self.page_number = 1
        self.left = self.mm(MARGIN_MM)
        self.width = self.mm(A4_MM[0] - 2 * MARGIN_MM)
        self.bottom = self.mm(A4_MM[1] - MARGIN_MM)
        self.y = self.mm(MARGIN_MM)
        self._draw_footer()

    def mm(self, value: float) -> float:
        return value * self.pages.dpi / 25.4

    def font(self, points: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont("DejaVu Sans")
        font.setPixelSize(max(1, round(points * self.pages.dpi / 72)))
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def height_of(self, text: str, font: QFont, indent: float = 0.0) -> float:
        metrics = QFontMetricsF(font)
        flags = int(Qt.TextFlag.TextWordWrap)
        bounds = QRectF(0, 0, self.width - indent, 1e6)
        return metrics.boundingRect(bounds, flags, text).height()

    def ensure_room(self, height: float) -> None:
        if self.y + height > self.bottom:
            self.pages.next_page()
            self.page_number += 1
            self.y = self.mm(MARGIN_MM)
            self._draw_footer()

    def text(self, text: str, font: QFont, indent: float = 0.0, after: float = 1.5) -> float:
        """Draw wrapped text at the current line; returns the y where it started."""
        height = self.height_of(text, font, indent)
        self.ensure_room(height)
        painter = self.pages.painter
        painter.setFont(font)
        rect = QRectF(self.left + indent, self.y, self.width - indent, height)
        painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), text)
        top = self.y
        self.y += height + self.mm(after)
        return top

    def box(self, x: float, y: float, size: float) -> None:
        painter = self.pages.painter
        painter.setPen(QPen(Qt.GlobalColor.black, max(1.0, self.mm(0.3))))
        painter.drawRect(QRectF(x, y, size, size))

    def _draw_footer(self) -> None:
        painter = self.pages.painter
        painter.setFont(self.font(8))
        rect = QRectF(self.left, self.bottom + self.mm(4), self.width, self.mm(6))
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignHCenter), f"{self.footer} · page {self.page_number}"
        )


def _draw_exam(drawer: _PaperDrawer, paper: ExamPaper) -> None:
    drawer.text(paper.heading, drawer.font(16, bold=True), after=4)
    line = "_" * 34
    drawer.text(f"Name: {line}      Date: {'_' * 16}", drawer.font(11), after=8)
    for question in paper.questions:
        _draw_question(drawer, question)


def _question_lines(drawer: _PaperDrawer, question: PaperQuestion) -> list[_Line]:
    body = drawer.font(11)
    indent = drawer.mm(8)
    lines = [
        _Line(f"{question.number}.  {question.prompt}", drawer.font(11, bold=True), 0, 1),
        _Line(question.instruction, drawer.font(9, italic=True), drawer.mm(6), 2),
    ]
    for position, left in enumerate(question.left_items, start=1):
        lines.append(_Line(f"____   {position}.  {left}", body, indent, 1.5))
    boxed = not question.left_items and not question.write_in
    for index, option in enumerate(question.options):
        label = f"{option_label(index)}   {option}"
        if boxed:
            lines.append(_Line(label, body, indent + drawer.mm(7), 1.5, boxed=True))
        else:
            lines.append(_Line(label, body, indent, 1.5))
    if question.write_in:
        unit = f"  {question.unit}" if question.unit else ""
        lines.append(_Line(f"Answer: {'_' * 40}{unit}", body, indent, 1))
    return lines


def _draw_question(drawer: _PaperDrawer, question: PaperQuestion) -> None:
    lines = _question_lines(drawer, question)
    total = sum(drawer.height_of(ln.text, ln.font, ln.indent) + drawer.mm(ln.after) for ln in lines)
    # Keep a question on one page when it fits on one.
    drawer.ensure_room(min(total, drawer.bottom - drawer.mm(MARGIN_MM)))
    for line in lines:
        if line.boxed:
            drawer.ensure_room(drawer.height_of(line.text, line.font, line.indent))
            size = drawer.mm(3.6)
            drawer.box(drawer.left + line.indent - drawer.mm(7), drawer.y + drawer.mm(0.6), size)
        drawer.text(line.text, line.font, indent=line.indent, after=line.after)
    drawer.y += drawer.mm(5)


def _draw_key(drawer: _PaperDrawer, paper: ExamPaper) -> None:
    drawer.text(f"Answer key: {paper.heading}", drawer.font(16, bold=True), after=6)
    for entry in paper.key:
        drawer.text(f"{entry.number}.  {entry.answer}", drawer.font(11), after=2)


def _write_pdf(path: Path, title: str, draw: Callable[[_PaperDrawer], None], footer: str) -> None:
    ensure_gui_application()
    path.open("wb").close()  # a clear OSError now, rather than a silent empty PDF later
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    painter = QPainter(writer)
    try:
        draw(_PaperDrawer(_Pages(painter, PDF_DPI, writer.newPage), footer))
    finally:
        painter.end()


def write_exam_pdf(paper: ExamPaper, path: Path) -> None:
    _write_pdf(path, paper.heading, lambda d: _draw_exam(d, paper), paper.heading)


def write_key_pdf(paper: ExamPaper, path: Path) -> None:
    title = f"Answer key: {paper.heading}"
    _write_pdf(path, title, lambda d: _draw_key(d, paper), title)


def render_exam_images(paper: ExamPaper, dpi: int = 72, key: bool = False) -> list[QImage]:
    """The same pages as images (white A4), for a preview or a test."""
    ensure_gui_application()
    size = (round(A4_MM[0] / 25.4 * dpi), round(A4_MM[1] / 25.4 * dpi))
    images: list[QImage] = []
    painter = QPainter()

    def next_page() -> None:
        if painter.isActive():
            painter.end()
        image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        images.append(image)
        painter.begin(image)

    next_page()
    heading = f"Answer key: {paper.heading}" if key else paper.heading
    try:
        drawer = _PaperDrawer(_Pages(painter, dpi, next_page), heading)
        (_draw_key if key else _draw_exam)(drawer, paper)
    finally:
        painter.end()
    return images


def write_papers(papers: list[ExamPaper], out: Path) -> list[Path]:
    """Each paper and its key as PDF next to `out` (`exam.pdf`, `exam-key.pdf`; with variants
    `exam-A.pdf`, `exam-A-key.pdf`, ...). Returns the files written."""
    written: list[Path] = []
    stem = out.name.removesuffix(".pdf")
    for paper in papers:
        base = stem if paper.variant is None else f"{stem}-{paper.variant}"
        exam, key = out.with_name(f"{base}.pdf"), out.with_name(f"{base}-key.pdf")
        write_exam_pdf(paper, exam)
        write_key_pdf(paper, key)
        written += [exam, key]
    return written

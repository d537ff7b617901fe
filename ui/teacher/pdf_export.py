"""Draw an exam paper and its answer key as PDF with Qt's own writer (`QPdfWriter`).

The content comes from `quizzes.exchange.formats.paper`; this module only lays it out on A4 pages:
title, name and date lines, numbered questions, a box before each choice, lines to write on,
page numbers. Texts are laid out with `QTextLayout`, which never interprets markup, and drawn line
by line, so a block longer than a page goes on on the next; a word longer than a line is broken
anywhere. Every text from the set is a bidirectional isolate (`paper.isolated`) where it is
printed, so its direction controls reorder nothing after it. The same drawing code renders to
images, for a preview and for tests.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
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
    QTextLayout,
    QTextLine,
    QTextOption,
)

from quizzes import APP_NAME
from quizzes.exchange.formats.paper import ExamPaper, PaperQuestion, isolated, option_label

PDF_DPI = 300
A4_MM = (210.0, 297.0)
MARGIN_MM = 18.0
_keep_alive: list[QGuiApplication] = []


def ensure_gui_application() -> None:
    """Fonts need a QGuiApplication; on the command line make an offscreen one."""
    if QGuiApplication.instance() is None:
        _keep_alive.append(QGuiApplication([sys.argv[0] or APP_NAME, "-platform", "offscreen"]))


# Qt tries a word boundary first on every line of a word longer than a line, which costs the
# square of the word's length (seconds for 400,000 characters); a text holding a word longer than
# this is broken anywhere at once.
LONGEST_WORD_WRAPPED_AT_BOUNDARIES = 500
_LINE_SEPARATOR = "\u2028"


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


def _text_option(text: str) -> QTextOption:
    """Left to right (the paper's own words are English), wrapped at word boundaries, and
    anywhere in a word too long for a line."""
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    longest = max(map(len, text.split()), default=0)
    if longest > LONGEST_WORD_WRAPPED_AT_BOUNDARIES:
        option.setWrapMode(QTextOption.WrapMode.WrapAnywhere)
    else:
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def _height(line: QTextLine) -> float:
    """The line's exact height (`QTextLine.height` rounds it up to a whole pixel)."""
    return line.ascent() + line.descent() + line.leading()


def _block_height(layout: QTextLayout) -> float:
    return sum(_height(layout.lineAt(index)) for index in range(layout.lineCount()))


class _PaperDrawer:
    """Flows blocks of text down the page line by line, starting a new page when a line does
    not fit."""

    def __init__(self, pages: _Pages, footer: str) -> None:
        self.pages = pages
        self.page_number = 1
        self.left = self.mm(MARGIN_MM)
        self.width = self.mm(A4_MM[0] - 2 * MARGIN_MM)
        self.footer = self._footer_heading(footer)
        self.top = self.mm(MARGIN_MM)
        self.bottom = self.mm(A4_MM[1] - MARGIN_MM)
        self.y = self.top
        self._draw_footer()

    def mm(self, value: float) -> float:
        return value * self.pages.dpi / 25.4

    def font(self, points: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont("DejaVu Sans")
        font.setPixelSize(max(1, round(points * self.pages.dpi / 72)))
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def laid_out(self, text: str, font: QFont, indent: float = 0.0) -> QTextLayout:
        """`text` broken into lines as wide as the column less `indent`."""
        layout = QTextLayout(text.replace("\r\n", "\n").replace("\n", _LINE_SEPARATOR), font)
        layout.setTextOption(_text_option(text))
        layout.beginLayout()
        y = 0.0
        while (line := layout.createLine()).isValid():
            line.setLineWidth(self.width - indent)
            line.setPosition(QPointF(0, y))
            y += _height(line)
        layout.endLayout()
        return layout

    def ensure_room(self, height: float) -> None:
        """Start a new page unless `height` fits below (or the page is still empty)."""
        if self.y + height > self.bottom and self.y > self.top:
            self.pages.next_page()
            self.page_number += 1
            self.y = self.top
            self._draw_footer()

    def text(self, text: str, font: QFont, indent: float = 0.0, after: float = 1.5) -> None:
        """Draw wrapped text from the current line, going on on new pages as needed."""
        self.draw(self.laid_out(text, font, indent), indent, after)

    def draw(self, layout: QTextLayout, indent: float, after: float) -> None:
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            self.ensure_room(_height(line))
            line.draw(self.pages.painter, QPointF(self.left + indent, self.y - line.y()))
            self.y += _height(line)
        self.y += self.mm(after)

    def box(self, x: float, y: float, size: float) -> None:
        painter = self.pages.painter
        painter.setPen(QPen(Qt.GlobalColor.black, max(1.0, self.mm(0.3))))
        painter.drawRect(QRectF(x, y, size, size))

    def _footer_heading(self, heading: str) -> str:
        """The heading on one line, shortened in the middle to leave room for a page number."""
        metrics = QFontMetricsF(self.font(8))
        room = self.width - metrics.horizontalAdvance(" · page 00000")
        one_line = " ".join(heading.split())
        return isolated(metrics.elidedText(one_line, Qt.TextElideMode.ElideMiddle, room))

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
        _Line(f"{question.number}.  {isolated(question.prompt)}", drawer.font(11, bold=True), 0, 1),
        _Line(question.instruction, drawer.font(9, italic=True), drawer.mm(6), 2),
    ]
    for position, left in enumerate(question.left_items, start=1):
        lines.append(_Line(f"____   {position}.  {isolated(left)}", body, indent, 1.5))
    boxed = not question.left_items and not question.write_in
    for index, option in enumerate(question.options):
        label = f"{option_label(index)}   {isolated(option)}"
        if boxed:
            lines.append(_Line(label, body, indent + drawer.mm(7), 1.5, boxed=True))
        else:
            lines.append(_Line(label, body, indent, 1.5))
    if question.write_in:
        unit = f"  {isolated(question.unit)}" if question.unit else ""
        lines.append(_Line(f"Answer: {'_' * 40}{unit}", body, indent, 1))
    return lines


def _draw_question(drawer: _PaperDrawer, question: PaperQuestion) -> None:
    lines = _question_lines(drawer, question)
    layouts = [drawer.laid_out(line.text, line.font, line.indent) for line in lines]
    total = sum(
        _block_height(layout) + drawer.mm(line.after)
        for line, layout in zip(lines, layouts, strict=True)
    )
    # Keep a question on one page when it fits on one.
    drawer.ensure_room(total)
    for line, layout in zip(lines, layouts, strict=True):
        if line.boxed:
            drawer.ensure_room(_height(layout.lineAt(0)))
            size = drawer.mm(3.6)
            drawer.box(drawer.left + line.indent - drawer.mm(7), drawer.y + drawer.mm(0.6), size)
        drawer.draw(layout, line.indent, line.after)
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

"""`GenerateReviewWindow`: from an article to a reviewed set.

The teacher opens a `.txt`, `.md` or `.html` file or pastes text and chooses, as on the command
line, how many questions, which types and which seed; the generator runs off the GUI thread (with
a busy bar and a Cancel that really cancels). Each proposed question is then shown beside its
evidence, highlighted in the cleaned article, with the conflicts the generator flagged and its
report. The teacher accepts, edits or rejects each one (or accepts all) and saves the accepted
ones into a new set or an existing one. An article the generator refuses is explained in a
dialog, and the text and options stay for another try.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizzes.authoring.review import Decision, ExistingSet, NewSet, ProposalReview, SaveTarget
from quizzes.errors import SteppeQuizError
from quizzes.model import QuestionType
from quizzes.practice.scoring import answer_key_text
from quizzes.progress import Progress
from quizzes.wording import count_of
from ui.common.background import BackgroundRunner, JobFailure
from ui.common.folders import in_documents
from ui.common.labels import plain_label, plain_tooltip
from ui.common.messages import ask, open_information, show_error
from ui.common.theme import StatusColours, status_colours
from ui.common.window_memory import place_window, remember_window
from ui.teacher.editor.close_guard import ParentCloseGuard
from ui.teacher.editor.question_dialog import QuestionDialog

if TYPE_CHECKING:
    from quizzes.generate import GenerationResult
    from quizzes.store.repository import Store

_MARKS = {
    Decision.UNDECIDED: "•",
    Decision.ACCEPTED: "✓",
    Decision.REJECTED: "✗",
    Decision.SAVED: "✓",
}


def decision_colour(decision: Decision, colours: StatusColours) -> str:
    return {
        Decision.UNDECIDED: colours.undecided,
        Decision.ACCEPTED: colours.accepted,
        Decision.REJECTED: colours.rejected,
        Decision.SAVED: colours.saved,
    }[decision]


CHECK_FIRST_MARK = "(check first) "  # before a proposal teachers would likely send back

_DECISION_TEXTS = {
    Decision.UNDECIDED: "not reviewed yet",
    Decision.ACCEPTED: "accepted",
    Decision.REJECTED: "rejected",
    Decision.SAVED: "saved",
}


MAX_QUESTIONS = 999
MAX_SEED = 99_999
# Mnemonic letters already used in this window (Questions, Seed; Accept, Edit, Reject, report).
_TAKEN_MNEMONICS = set("qsaerp")


@dataclasses.dataclass(frozen=True)
class GenerationOptions:
    """What the teacher asks of the generator: the command line's --seed, --count and --types.
    `count` None means every question the article gives; `types` None means every type."""

    seed: int = 0
    count: int | None = None
    types: frozenset[QuestionType] | None = None


Generate = Callable[[str, GenerationOptions, Progress], "GenerationResult"]


def generate_from_text(
    text: str, options: GenerationOptions, progress: Progress | None = None
) -> GenerationResult:
    """The real generator (imported here: it is heavy and only needed once asked for); it stops
    when `progress` is cancelled."""
    from quizzes.generate import generate_quiz

    types = set(options.types) if options.types is not None else None
    return generate_quiz(
        text, seed=options.seed, count=options.count, types=types, progress=progress
    )


def read_article_file(path: Path) -> str:
    from quizzes.generate.reader import read_article

    return read_article(path)


def _with_mnemonic(label: str, taken: set[str]) -> str:
    """`label` with an ampersand before a letter no other control uses (a word's first letter
    if possible); records the letter in `taken`. Unchanged if every letter is taken."""
    initials = [i for i, c in enumerate(label) if c.isalpha() and (i == 0 or label[i - 1] == " ")]
    others = [i for i, c in enumerate(label) if c.isalpha() and i not in initials]
    for i in initials + others:
        if label[i].lower() not in taken:
            taken.add(label[i].lower())
            return label[:i] + "&" + label[i:]
    return label


def shortfall_note(asked: int | None, given: int) -> str:
    """A line for the review page when fewer questions came back than were asked for."""
    if asked is None or given >= asked:
        return ""
    return f"Asked for {count_of(asked, 'question')}; the article gave {given}."


class ArticleView(QTextEdit):
    """The cleaned article as plain text, paragraphs numbered, with evidence highlighted."""

    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setAccessibleName("Article")
        self._starts: dict[int, tuple[int, str]] = {}

    def show_paragraphs(self, paragraphs: list[str]) -> None:
        parts: list[str] = []
        offset = 0
        self._starts.clear()
        for number, text in enumerate(paragraphs, 1):
            label = f"[{number}] "
            self._starts[number] = (offset + len(label), text)
            parts.append(label + text)
            offset += len(label) + len(text) + 2  # the paragraph and the blank line after it
        self.setPlainText("\n\n".join(parts))
        self.setExtraSelections([])

    def highlight(self, quotes: list[tuple[str, int]], conflict: bool = False) -> None:
        """Highlight each quote in its paragraph (the whole paragraph if the quote is not found
        word for word) and scroll to the first; a conflict's quotes in the conflict colours."""
        colours = status_colours(self.palette())
        back, text = (
            (colours.conflict_back, colours.conflict_text)
            if conflict
            else (colours.highlight_back, colours.highlight_text)
        )
        selections: list[QTextEdit.ExtraSelection] = []
        for quote, paragraph in quotes:
            span = self._span(quote, paragraph)
            if span is None:
                continue
            cursor = QTextCursor(self.document())
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            char_format = QTextCharFormat()
            char_format.setBackground(QColor(back))
            char_format.setForeground(QColor(text))
            selection.format = char_format
            selections.append(selection)
        self.setExtraSelections(selections)
        if selections:
            end = QTextCursor(self.document())
            end.setPosition(selections[0].cursor.selectionEnd())
            self.setTextCursor(end)
            start = QTextCursor(self.document())
            start.setPosition(selections[0].cursor.selectionStart())
            self.setTextCursor(start)
            self._scroll_to_cursor()
            # The layout of a freshly filled document may still be pending: scroll again after.
            QTimer.singleShot(0, self._scroll_to_cursor)

    @Slot()
    def _scroll_to_cursor(self) -> None:
        """Bring the highlighted quote to the upper part of the view, with context above it."""
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect().top() - self.viewport().height() // 4)

    def highlighted_texts(self) -> list[str]:
        return [s.cursor.selectedText() for s in self.extraSelections()]

    def _span(self, quote: str, paragraph: int) -> tuple[int, int] | None:
        if paragraph not in self._starts:
            return None
        start, text = self._starts[paragraph]
        found = text.find(quote.strip())
        if found < 0:
            return start, start + len(text)
        return start + found, start + found + len(quote.strip())


class GenerateReviewWindow(QMainWindow):
    """`generate(text, options, progress)` is injectable so tests can hold the worker or feed a
    result."""

    sets_changed = Signal()
    generation_finished = Signal()

    def __init__(
        self, store: Store, parent: QWidget | None = None, generate: Generate | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._generate = generate or generate_from_text
        self.setWindowTitle("New set from an article")
        self.runner = BackgroundRunner(self)
        self.runner.succeeded.connect(self._generated)
        self.runner.failed.connect(self._generation_failed)
        self.review = ProposalReview(store)
        self._file_title: str | None = None
        self.last_saved_set_id: str | None = None
        self._file_text: tuple[str, str] | None = None
        self._asked = GenerationOptions()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_input_page())
        self.pages.addWidget(self._build_review_page())
        self.setCentralWidget(self.pages)
        # Close, on both pages (Ctrl+W too); unsaved accepted questions are asked about first.
        self.close_button = QPushButton("Close")
        self.close_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.close_button.clicked.connect(self.close)
        self.statusBar().addPermanentWidget(self.close_button)
        if parent is not None:
            ParentCloseGuard(self, parent, self._may_close)
        place_window(self, "article", QSize(1180, 720))  # once the layout sets its minimum

    # ------------------------------------------------------------ input page

    def _build_input_page(self) -> QWidget:
        intro = plain_label(
            "Open an article (.txt, .md or .html) or paste its text below, then press Generate. "
            "Every proposed question is shown with its evidence for you to accept, edit or reject.",
            wrap=True,
        )
        self.open_button = QPushButton("Open file…")
        self.open_button.clicked.connect(self.ask_open_file)
        self.file_label = plain_label(wrap=True)
        self.article_edit = QPlainTextEdit()
        self.article_edit.setAccessibleName("Article text")
        self.article_edit.setPlaceholderText("Paste the article here…")
        self.article_edit.textChanged.connect(self._update_input_actions)
        options_box = self._build_options_box()
        self.generate_button = QPushButton("Generate")
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.start_generation)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)  # busy: the generator reports no steps
        self.progress_bar.setAccessibleName("Generating")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.cancel_generation)
        self.status_label = plain_label(wrap=True)
        self.status_label.setObjectName("generateStatus")

        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.file_label, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.generate_button)
        bottom.addWidget(self.progress_bar, 1)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout()
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.article_edit, 1)
        layout.addWidget(options_box)
        layout.addLayout(bottom)
        layout.addWidget(self.status_label)
        page = QWidget()
        page.setLayout(layout)
        self._set_busy(False)
        return page

    def _build_options_box(self) -> QGroupBox:
        self.count_spin = QSpinBox()
        self.count_spin.setRange(0, MAX_QUESTIONS)
        self.count_spin.setSpecialValueText("All")
        self.count_spin.setValue(0)
        self.count_spin.setAccessibleName("Number of questions")
        self.count_spin.setToolTip(
            "Keep only this many of the best questions. All keeps every question the article gives."
        )
        count_label = plain_label("&Questions:", wrap=True)
        count_label.setBuddy(self.count_spin)

        self.type_boxes: dict[QuestionType, QCheckBox] = {}
        types_grid = QGridLayout()
        taken = set(_TAKEN_MNEMONICS)
        for index, question_type in enumerate(QuestionType):
            type_box = QCheckBox(_with_mnemonic(question_type.label, taken))
            type_box.setChecked(True)
            type_box.toggled.connect(self._update_input_actions)
            self.type_boxes[question_type] = type_box
            types_grid.addWidget(type_box, index // 4, index % 4, Qt.AlignmentFlag.AlignLeft)
        types_grid.setColumnStretch(4, 1)
        self.types_hint = plain_label("Tick at least one question type to generate.", wrap=True)
        self.types_hint.setObjectName("typesHint")
        keep_room = self.types_hint.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)  # the page does not jump as the hint comes and goes
        self.types_hint.setSizePolicy(keep_room)
        self.types_hint.setVisible(False)
        types_grid.addWidget(self.types_hint, 2, 0, 1, 5)

        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, MAX_SEED)
        self.seed_spin.setValue(0)
        self.seed_spin.setAccessibleName("Seed")
        self.seed_spin.setToolTip(
            "The same article and seed always give the same quiz; another seed picks and orders "
            "the questions differently."
        )
        seed_label = plain_label("&Seed:", wrap=True)
        seed_label.setBuddy(self.seed_spin)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(count_label, self.count_spin)
        form.addRow(plain_label("Question types:", wrap=True), types_grid)
        form.addRow(seed_label, self.seed_spin)
        box = QGroupBox("Options")
        box.setLayout(form)
        return box

    def options(self) -> GenerationOptions:
        """The options as the input page shows them now."""
        checked = frozenset(t for t, box in self.type_boxes.items() if box.isChecked())
        count = self.count_spin.value()
        return GenerationOptions(
            seed=self.seed_spin.value(),
            count=count or None,
            types=None if len(checked) == len(self.type_boxes) else checked,
        )

    def _set_options_enabled(self, enabled: bool) -> None:
        for widget in (self.count_spin, self.seed_spin, *self.type_boxes.values()):
            widget.setEnabled(enabled)

    @Slot()
    def ask_open_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            "Open an article",
            in_documents(),
            "Articles (*.txt *.md *.html *.htm);;All files (*)",
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> bool:
        try:
            text = read_article_file(path)
        except SteppeQuizError as err:
            show_error(self, "Cannot open the article", str(err))
            return False
        self.article_edit.setPlainText(text)
        # The text box normalises some characters (no-break spaces, for one): generate from the
        # file's own text unless the teacher changes what is shown.
        self._file_text = (text, self.article_edit.toPlainText())
        self.file_label.setText(path.name)
        self._file_title = path.stem
        return True

    @Slot()
    def start_generation(self) -> None:
        text = self.article_edit.toPlainText()
        if self._file_text is not None and self._file_text[1] == text:
            text = self._file_text[0]
        options = self.options()
        if not text.strip() or options.types == frozenset() or self.runner.is_running():
            return
        self.status_label.setText("Reading the article and writing questions…")
        generate = self._generate
        self._asked = options
        self.runner.start_with_progress(lambda progress: generate(text, options, progress))
        self._set_busy(True)

    @Slot()
    def cancel_generation(self) -> None:
        self.runner.cancel()
        self._set_busy(False)
        self.status_label.setText("Cancelled. Nothing was generated.")

    def is_busy(self) -> bool:
        return self.runner.is_running()

    def _set_busy(self, busy: bool) -> None:
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.article_edit.setReadOnly(busy)
        self.open_button.setEnabled(not busy)
        self._set_options_enabled(not busy)
        self._update_input_actions()

    @Slot()
    def _update_input_actions(self) -> None:
        has_text = bool(self.article_edit.toPlainText().strip())
        has_type = any(box.isChecked() for box in self.type_boxes.values())
        self.types_hint.setVisible(not has_type)
        self.generate_button.setEnabled(has_text and has_type and not self.runner.is_running())

    @Slot(object)
    def _generation_failed(self, failure: JobFailure) -> None:
        """The generator refused the article: the whole explanation goes into a dialog, the
        teacher's text and options stay on the input page for another try. A bug in the
        generator: the error hook shows it; this page only says so."""
        self._set_busy(False)
        if failure.unexpected:
            self.status_label.setText(
                f"No questions: the generator failed unexpectedly: {failure.message}"
            )
            self.generation_finished.emit()
            return
        message = failure.message
        first_line = message.strip().splitlines()[0] if message.strip() else ""
        self.status_label.setText(f"No questions: {first_line}")
        open_information(
            self, "No questions from this article", message, object_name="generationRefusedBox"
        )
        self.generation_finished.emit()

    @Slot(object)
    def _generated(self, result: GenerationResult) -> None:
        self._set_busy(False)
        self.status_label.setText("")
        self.show_result(result, asked=self._asked.count)
        self.generation_finished.emit()

    # ------------------------------------------------------------ review page

    def _build_review_page(self) -> QWidget:
        self.counts_label = plain_label(wrap=True)
        self.shortfall_label = plain_label(wrap=True)
        self.shortfall_label.setObjectName("shortfallNote")
        self.shortfall_label.setVisible(False)
        self.proposal_list = QListWidget()
        self.proposal_list.setAccessibleName("Proposed questions")
        self.proposal_list.setWordWrap(True)
        self.proposal_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.proposal_list.currentRowChanged.connect(self._proposal_chosen)
        self.accept_all_button = QPushButton("Accept all")
        self.accept_all_button.clicked.connect(self.accept_all)
        self.start_over_button = QPushButton("Start over")
        self.start_over_button.clicked.connect(self.start_over)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.accept_all_button)
        left_buttons.addWidget(self.start_over_button)
        left = QVBoxLayout()
        left.addWidget(self.counts_label)
        left.addWidget(self.shortfall_label)
        left.addWidget(self.proposal_list, 1)
        left.addWidget(self._build_report_toggle())
        left.addWidget(self.report_view)
        left.addLayout(left_buttons)
        left_pane = QWidget()
        left_pane.setLayout(left)

        self.detail_meta = plain_label(wrap=True)
        self.detail_doubt = plain_label(wrap=True)
        self.detail_doubt.setObjectName("checkFirstNote")
        self.detail_doubt.setVisible(False)
        self.detail_prompt = plain_label(wrap=True)
        font = self.detail_prompt.font()
        font.setBold(True)
        self.detail_prompt.setFont(font)
        self.detail_answer = plain_label(wrap=True)
        self.detail_explanation = plain_label(wrap=True)
        self.detail_evidence = plain_label(wrap=True)
        self.accept_button = QPushButton("&Accept")
        self.edit_button = QPushButton("&Edit…")
        self.reject_button = QPushButton("&Reject")
        self.accept_button.clicked.connect(self.accept_current)
        self.edit_button.clicked.connect(self.edit_current)
        self.reject_button.clicked.connect(self.reject_current)
        decision = QHBoxLayout()
        for button in (self.accept_button, self.edit_button, self.reject_button):
            decision.addWidget(button)
        detail = QVBoxLayout()
        for widget in (self.detail_meta, self.detail_doubt, self.detail_prompt, self.detail_answer):
            detail.addWidget(widget)
        detail.addWidget(self.detail_explanation)
        detail.addWidget(self.detail_evidence)
        detail.addLayout(decision)
        detail.addStretch(1)
        detail_box = QGroupBox("Proposed question")
        detail_box.setLayout(detail)

        self.conflict_list = QListWidget()
        self.conflict_list.setAccessibleName("Conflicts found by the generator")
        self.conflict_list.setWordWrap(True)
        self.conflict_list.currentRowChanged.connect(self._conflict_chosen)
        self.conflict_list.setMaximumHeight(self.conflict_list.fontMetrics().lineSpacing() * 4)
        self.skipped_label = plain_label(wrap=True)
        conflicts = QVBoxLayout()
        conflicts.addWidget(self.conflict_list)
        conflicts.addWidget(self.skipped_label)
        self.conflict_box = QGroupBox("Conflicts flagged (not asked)")
        self.conflict_box.setLayout(conflicts)

        middle = QVBoxLayout()
        middle.addWidget(detail_box, 1)
        middle.addWidget(self.conflict_box)
        middle.addWidget(self._build_save_box())
        middle_pane = QWidget()
        middle_pane.setLayout(middle)

        self.article_view = ArticleView()
        article = QVBoxLayout()
        article.addWidget(plain_label("Article (cleaned; evidence highlighted)", wrap=True))
        article.addWidget(self.article_view, 1)
        article_pane = QWidget()
        article_pane.setLayout(article)

        splitter = QSplitter()
        for pane in (left_pane, middle_pane, article_pane):
            splitter.addWidget(pane)
        splitter.setSizes([300, 420, 460])
        splitter.setChildrenCollapsible(False)
        left_pane.setMinimumWidth(220)
        middle_pane.setMinimumWidth(330)
        article_pane.setMinimumWidth(260)
        return splitter

    def _build_report_toggle(self) -> QToolButton:
        """The generator's report in a read-only box the teacher can fold away."""
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.setAccessibleName("Generator report")
        self.report_view.setMaximumHeight(self.report_view.fontMetrics().lineSpacing() * 9)
        self.report_toggle = QToolButton()
        self.report_toggle.setText("Generator re&port")
        self.report_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.report_toggle.setAutoRaise(True)
        self.report_toggle.setCheckable(True)
        self.report_toggle.setChecked(True)
        self.report_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.report_toggle.toggled.connect(self._show_report)
        return self.report_toggle

    @Slot(bool)
    def _show_report(self, shown: bool) -> None:
        self.report_view.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.report_toggle.setArrowType(arrow)

    def _build_save_box(self) -> QGroupBox:
        self.new_set_radio = QRadioButton("A new set:")
        self.existing_set_radio = QRadioButton("Add to:")
        group = QButtonGroup(self)
        group.addButton(self.new_set_radio)
        group.addButton(self.existing_set_radio)
        self.new_set_radio.setChecked(True)
        self.new_title_edit = QLineEdit()
        self.new_title_edit.setAccessibleName("Title of the new set")
        self.existing_set_combo = QComboBox()
        self.existing_set_combo.setAccessibleName("Existing set")
        self.existing_set_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.existing_set_combo.setMinimumContentsLength(12)
        self.save_button = QPushButton("Save accepted questions")
        self.save_button.clicked.connect(self.save_accepted)
        group.buttonToggled.connect(lambda *_: self._update_review_actions())
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_set_radio)
        new_row.addWidget(self.new_title_edit, 1)
        existing_row = QHBoxLayout()
        existing_row.addWidget(self.existing_set_radio)
        existing_row.addWidget(self.existing_set_combo, 1)
        layout = QVBoxLayout()
        layout.addLayout(new_row)
        layout.addLayout(existing_row)
        layout.addWidget(self.save_button)
        box = QGroupBox("Save into")
        box.setLayout(layout)
        return box

    def show_result(self, result: GenerationResult, asked: int | None = None) -> None:
        """Fill the review page with a generator's proposals and report; `asked` is the number
        of questions the teacher asked for (None: all)."""
        report = result.report
        self.review = ProposalReview(
            self.store, result.quizset.questions, result.quizset.source, report.to_check_first
        )
        proposed = len(self.review.proposals)
        note = shortfall_note(asked, proposed)
        self.shortfall_label.setText(note)
        self.shortfall_label.setVisible(bool(note))
        self.report_view.setPlainText(report.summary().rstrip("\n"))
        self.new_title_edit.setText(result.quizset.title or self._file_title or "")
        self.new_title_edit.setCursorPosition(0)
        self.article_view.show_paragraphs(report.paragraphs)
        self.conflict_list.clear()
        for conflict in report.conflicts:
            where = ", ".join(str(e.paragraph) for e in conflict.evidence)
            statements = " vs ".join(conflict.statements)
            item = QListWidgetItem(f"{conflict.topic}: {statements} (paragraphs {where})")
            item.setData(
                Qt.ItemDataRole.UserRole, [(e.quote, e.paragraph) for e in conflict.evidence]
            )
            self.conflict_list.addItem(item)
        self.conflict_box.setTitle(f"Conflicts flagged (not asked): {len(report.conflicts)}")
        self.skipped_label.setText(
            "Left out of the article as page furniture or teasers: "
            f"{count_of(len(report.skipped), 'block')}."
        )
        self._fill_existing_sets()
        self.proposal_list.clear()
        for row in range(proposed):
            self.proposal_list.addItem(QListWidgetItem())
            self._refresh_item(row)
        self.pages.setCurrentIndex(1)
        self.proposal_list.setCurrentRow(0 if proposed else -1)
        self._update_review_actions()

    def _fill_existing_sets(self) -> None:
        self.existing_set_combo.clear()
        for summary in self.store.list_sets():
            self.existing_set_combo.addItem(summary.title, summary.id)
        self.existing_set_radio.setEnabled(self.existing_set_combo.count() > 0)

    def _refresh_item(self, row: int) -> None:
        question = self.review.proposal(row)
        decision = self.review.decision(row)
        item = self.proposal_list.item(row)
        prompt = " ".join(question.prompt.split())
        check = CHECK_FIRST_MARK if self.review.doubt(row) else ""
        item.setText(f"{_MARKS[decision]} {row + 1}. {check}{prompt}")
        item.setToolTip(plain_tooltip(question.prompt))
        item.setForeground(QColor(decision_colour(decision, status_colours(self.palette()))))

    def current_row(self) -> int:
        return self.proposal_list.currentRow()

    @Slot(int)
    def _proposal_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.review.proposals):
            for label in (self.detail_meta, self.detail_prompt, self.detail_answer):
                label.setText("")
            self.detail_doubt.setVisible(False)
            self._update_review_actions()
            return
        question = self.review.proposal(row)
        decision = _DECISION_TEXTS[self.review.decision(row)]
        self.detail_meta.setText(
            f"{question.type.label} · {question.topic} · difficulty {question.difficulty} · "
            f"{decision}"
        )
        doubt = self.review.doubt(row)
        self.detail_doubt.setText(f"Check first: {doubt.note}." if doubt else "")
        self.detail_doubt.setVisible(doubt is not None)
        self.detail_prompt.setText(question.prompt)
        self.detail_answer.setText(answer_key_text(question))
        self.detail_explanation.setText(question.explanation)
        evidence = question.evidence
        if evidence is None:
            self.detail_evidence.setText("No evidence given.")
            self.article_view.highlight([])
        else:
            self.detail_evidence.setText(f"Evidence: paragraph {evidence.paragraph}")
            self.article_view.highlight([(evidence.quote, evidence.paragraph)])
        self._update_review_actions()

    @Slot(int)
    def _conflict_chosen(self, row: int) -> None:
        item = self.conflict_list.item(row)
        if item is not None:
            self.article_view.highlight(item.data(Qt.ItemDataRole.UserRole), conflict=True)

    def _show_decisions(self) -> None:
        """Bring every row's mark and the buttons and counts up to date with the review."""
        for row in range(self.proposal_list.count()):
            self._refresh_item(row)
        self._update_review_actions()

    def _go_to_next_undecided(self, after: int) -> None:
        row = self.review.next_undecided(after)
        if row is None:
            self._proposal_chosen(after)
        else:
            self.proposal_list.setCurrentRow(row)

    @Slot()
    def accept_current(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.review.accept(row)
            self._show_decisions()
            self._go_to_next_undecided(row)

    @Slot()
    def reject_current(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.review.reject(row)
            self._show_decisions()
            self._go_to_next_undecided(row)

    @Slot()
    def accept_all(self) -> None:
        self.review.accept_all()
        self._show_decisions()

    @Slot()
    def edit_current(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        dialog = QuestionDialog(self.review.proposal(row), self)
        if dialog.exec() != QuestionDialog.DialogCode.Accepted:
            return
        edited = dialog.question()
        if edited is not None:
            self.review.replace(row, edited)
            self._show_decisions()
            self._proposal_chosen(row)

    def _update_review_actions(self) -> None:
        open_row = self.review.is_open(self.current_row())
        for button in (self.accept_button, self.edit_button, self.reject_button):
            button.setEnabled(open_row)
        self.accept_all_button.setEnabled(self.review.has_undecided())
        counts = self.review.counts()
        accepted = counts.accepted
        target_ok = self.new_set_radio.isChecked() or self.existing_set_combo.count() > 0
        self.save_button.setEnabled(accepted > 0 and target_ok)
        self.save_button.setText(f"Save {count_of(accepted, 'accepted question')}")
        self.counts_label.setText(
            f"{counts.proposed} proposed: {accepted} accepted, {counts.rejected} rejected, "
            f"{counts.undecided} to review" + (f", {counts.saved} saved" if counts.saved else "")
        )

    @Slot()
    def save_accepted(self) -> bool:
        if self.new_set_radio.isChecked():
            target: SaveTarget = NewSet(self.new_title_edit.text())
        else:
            target = ExistingSet(self.existing_set_combo.currentData())
        try:
            saved = self.review.save(target)
        except SteppeQuizError as err:
            show_error(self, "The questions were not saved", str(err))
            return False
        if saved is None:
            return False
        self._show_decisions()
        self.last_saved_set_id = saved.set_id
        self._fill_existing_sets()
        # What is accepted next goes into the set just saved, not into a second new set.
        self.existing_set_combo.setCurrentIndex(self.existing_set_combo.findData(saved.set_id))
        self.existing_set_radio.setChecked(True)
        self.statusBar().showMessage(
            f"Saved {count_of(saved.count, 'question')} into “{saved.title}”.", 8000
        )
        self.sets_changed.emit()
        return True

    @Slot()
    def start_over(self) -> None:
        if self.review.has_unsaved() and not self._confirm_discard():
            return
        self.review = ProposalReview(self.store)
        self.proposal_list.clear()
        self.pages.setCurrentIndex(0)

    # ------------------------------------------------------------ closing

    def discard_changes(self) -> None:
        """Forget the accepted questions not saved yet (closing without asking again)."""
        self.review.discard_unsaved()

    def _confirm_discard(self) -> bool:
        count = self.review.counts().accepted
        answer = ask(
            self,
            "Accepted questions not saved",
            f"{count} accepted questions are not saved yet. Discard them?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            default=QMessageBox.StandardButton.Cancel,
            object_name="unsavedReviewBox",
        )
        return answer == QMessageBox.StandardButton.Discard

    def _may_close(self) -> bool:
        if self.review.has_unsaved() and not self._confirm_discard():
            return False
        self.discard_changes()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._may_close():
            event.ignore()
            return
        remember_window(self, "article")
        self.runner.cancel()
        event.accept()

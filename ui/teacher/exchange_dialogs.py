"""Import and export of question sets in other formats, on screen.

`ImportFlow` reads a file (GIFT, Aiken, CSV or `.quiz.json`) and stores it off the GUI thread,
showing its progress ("Reading… 40,000 of 100,000 questions", then "Storing…") with a Cancel that
stops the work and stores nothing. It asks before storing questions that are already stored, and
shows the import report: every question that could not come in, by number and title, and every
detail that was converted or dropped. `ExportDialog` writes a set in any format, PDF exam
papers included (their answer keys need the teacher PIN, as does an exam set in any format),
and shows what the format could not carry. All file text is shown as plain text.

The main window's Teacher menu opens both.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quizzes.errors import SteppeQuizError
from quizzes.progress import Progress
from quizzes.wording import count_of
from ui.common.background import BackgroundRunner, JobFailure
from ui.common.folders import in_documents
from ui.common.icons import IconName, action_icon
from ui.common.labels import plain_label
from ui.common.messages import ask, show_error

if TYPE_CHECKING:
    from quizzes.exchange.formats.outcome import ImportResult
    from quizzes.exchange.service import DuplicateSetError
    from quizzes.store.repository import SetSummary, Store

IMPORT_FILTER = (
    "Question files (*.gift *.txt *.csv *.json);;GIFT (*.gift *.txt);;Aiken (*.txt);;"
    "CSV (*.csv);;Steppe Quiz (*.quiz.json *.json);;All files (*)"
)
EXPORT_CHOICES = (
    ("gift", "Moodle GIFT (.gift)", ".gift"),
    ("aiken", "Aiken (.txt)", ".txt"),
    ("csv", "Spreadsheet CSV (.csv)", ".csv"),
    ("apkg", "Anki deck (.apkg)", ".apkg"),
    ("pdf", "Exam paper + answer key (.pdf)", ".pdf"),
    ("json", "Steppe Quiz (.quiz.json)", ".quiz.json"),
)


def report_text(summary: SetSummary, result: ImportResult) -> str:
    """What an import did, for a person: what was stored, then what was not and why."""
    lines = [f"Stored {count_of(summary.question_count, 'question')} as {summary.title!r}."]
    if result.skipped:
        lines += ["", f"Not imported ({len(result.skipped)}):"]
        lines += [f"  • {skipped.describe()}" for skipped in result.skipped]
    if result.warnings:
        lines += ["", f"Converted or dropped ({len(result.warnings)}):"]
        lines += [f"  • {warning}" for warning in result.warnings]
    return "\n".join(lines)


class ImportReportDialog(QDialog):
    """What an import stored, with the new set's title ready to be changed at once: it is
    selected in a field; Enter (or Rename, or Close with a changed title) renames the set, and a
    title another set has is refused in a line below it, the dialog staying open."""

    renamed = Signal(object)  # the SetSummary after renaming

    def __init__(
        self,
        text: str,
        title: str,
        rename: Callable[[str], SetSummary],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import report")
        self.resize(640, 420)
        self._rename = rename
        self._title = title
        self.title_edit = QLineEdit(title)
        self.title_edit.setAccessibleName("Title of the imported set")
        self.title_edit.selectAll()
        self.rename_button = QPushButton("&Rename")
        self.rename_button.setIcon(action_icon(IconName.RENAME))
        self.rename_button.setDefault(True)
        self.rename_button.clicked.connect(self.apply_title)
        self.title_message = plain_label(wrap=True, object_name="renameMessage")
        title_label = QLabel("&Title of the new set:")
        title_label.setBuddy(self.title_edit)
        title_row = QHBoxLayout()
        title_row.addWidget(title_label)
        title_row.addWidget(self.title_edit, 1)
        title_row.addWidget(self.rename_button)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setPlainText(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(self.title_message)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.title_edit.setFocus()

    @Slot()
    def apply_title(self) -> bool:
        """Rename the set to the title typed; whether the set has that title now."""
        wanted = self.title_edit.text().strip()
        if wanted == self._title:
            return True
        try:
            summary = self._rename(wanted)
        except SteppeQuizError as err:
            self.title_message.setText(str(err))
            self.title_edit.setFocus()
            self.title_edit.selectAll()
            return False
        self._title = summary.title
        self.title_edit.setText(summary.title)
        self.title_message.setText(f"Renamed to {summary.title!r}.")
        self.renamed.emit(summary)
        return True

    def reject(self) -> None:
        """Close keeps a title that was typed but not applied yet (or stays, saying why not)."""
        if self.apply_title():
            super().reject()


def _ask_import_again(parent: QWidget | None, question: str) -> bool:
    """Yes stores a duplicate set, so Enter (the default) means No."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    answer = ask(
        parent, "Import again?", question, yes | no, default=no, icon=QMessageBox.Icon.Question
    )
    return answer == yes


def _show_import_error(parent: QWidget | None, message: str) -> None:
    show_error(parent, "Cannot import", message)


class ImportProgressDialog(QDialog):
    """How far an import is, and a Cancel (or Escape, or closing it) that asks it to stop."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Importing questions")
        self.setMinimumWidth(420)
        self.label = plain_label(wrap=True)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName("Import progress")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)

    def start(self, file_name: str) -> None:
        self.label.setText(f"Reading {file_name}…")
        self.bar.setRange(0, 0)  # busy until the first count arrives
        self.cancel_button.setEnabled(True)
        self.open()  # window-modal: the window behind keeps drawing but takes no input

    @Slot(int, int, str)
    def show_progress(self, done: int, total: int, doing: str) -> None:
        if not self.cancel_button.isEnabled():
            return  # "Cancelling…" stays until the work has stopped
        self.label.setText(f"{doing.capitalize()}… {done:,} of {total:,} questions")
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def reject(self) -> None:
        """Cancel asks the import to stop; the dialog closes once it has (`finish`)."""
        if self.cancel_button.isEnabled():
            self.cancel_button.setEnabled(False)
            self.label.setText("Cancelling…")
            self.cancel_requested.emit()

    def finish(self) -> None:
        self.done(QDialog.DialogCode.Accepted)


class ImportFlow(QObject):
    """One import at a time: file → read → (ask about duplicates) → store → report. Reading and
    storing run in the background with the progress dialog; Cancel stops them and nothing is
    stored. Dialog calls are injected so tests can answer them without a modal loop."""

    imported = Signal(object)  # the SetSummary stored
    finished = Signal()  # the import ended: stored, refused, declined or cancelled
    set_renamed = Signal(object)  # the SetSummary, renamed from the import report

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        ask: Callable[[QWidget | None, str], bool] = _ask_import_again,
        show_error: Callable[[QWidget | None, str], None] = _show_import_error,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.window = parent
        self.ask = ask
        self.show_error = show_error
        self.report_dialog: ImportReportDialog | None = None
        self._cancel_requested = False
        self.progress_dialog = ImportProgressDialog(parent)
        self.progress_dialog.cancel_requested.connect(self.cancel)
        self.runner = BackgroundRunner(self)
        self.runner.progressed.connect(self.progress_dialog.show_progress)
        self.runner.succeeded.connect(self._step_done)
        self.runner.failed.connect(self._failed)
        self._then: Callable[[Any], None] = lambda _value: None

    def choose_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Import questions", in_documents(), IMPORT_FILTER
        )
        if path:
            self.import_path(Path(path))

    def is_running(self) -> bool:
        return self.runner.is_running()

    def import_path(self, path: Path, fmt: str | None = None) -> None:
        """Start importing `path`; `finished` tells when it is over (`imported` if stored)."""
        from quizzes.exchange.service import read_import

        if self.is_running():
            return
        self._cancel_requested = False
        self.progress_dialog.start(path.name)
        self._start(
            lambda progress: read_import(path, fmt, progress),
            lambda result: self._store(path, result, as_new=False),
        )

    @Slot()
    def cancel(self) -> None:
        """Stop the import at its next check point; it then ends as cancelled, storing nothing
        (or as stored, if storing had already finished)."""
        self._cancel_requested = True
        self.runner.cancel(forget=False)

    def stop_and_wait(self) -> None:
        """Stop the import and wait until its work has ended (before the database closes)."""
        self.runner.cancel()
        self.runner.wait()
        self.progress_dialog.finish()

    def _start(self, work: Callable[[Progress], object], then: Callable[[Any], None]) -> None:
        """Run one step in the background; `then` gets its result on the GUI thread."""
        self._then = then
        self.runner.start_with_progress(work)

    def _store(self, path: Path, result: ImportResult, as_new: bool) -> None:
        if self._cancel_requested:  # reading ended before the Cancel reached it: store nothing
            self.progress_dialog.finish()
            self.finished.emit()
            return
        store = self.store
        self._start(
            lambda progress: _store_or_duplicate(store, path, result, as_new, progress),
            lambda outcome: self._stored(path, result, outcome),
        )

    def _stored(
        self, path: Path, result: ImportResult, outcome: SetSummary | DuplicateSetError
    ) -> None:
        from quizzes.exchange.service import DuplicateSetError

        if isinstance(outcome, DuplicateSetError):
            self.progress_dialog.finish()
            question = (
                f"The questions in {path.name} are already stored as "
                f"{outcome.existing.title!r}. Store another copy?"
            )
            if not self.ask(self.window, question):
                self.finished.emit()
                return
            self.progress_dialog.start(path.name)
            self._store(path, result, as_new=True)
            return
        self.progress_dialog.finish()
        store = self.store
        self.report_dialog = ImportReportDialog(
            report_text(outcome, result),
            outcome.title,
            lambda title: store.rename_set(outcome.id, title),
            self.window,
        )
        self.report_dialog.renamed.connect(self.set_renamed)
        self.report_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report_dialog.open()
        self.imported.emit(outcome)
        self.finished.emit()

    @Slot(object)
    def _step_done(self, value: object) -> None:
        self._then(value)

    @Slot(object)
    def _failed(self, failure: JobFailure) -> None:
        """Cancelled: nothing to say, the teacher asked. A bug: the error hook has shown it."""
        self.progress_dialog.finish()
        if not failure.cancelled and not failure.unexpected:
            self.show_error(self.window, failure.message)
        self.finished.emit()


def _store_or_duplicate(
    store: Store, path: Path, result: ImportResult, as_new: bool, progress: Progress
) -> SetSummary | DuplicateSetError:
    """Store the import, or hand back (not raise) the refusal to store a second copy, so the
    GUI thread can ask the teacher."""
    from quizzes.exchange.service import DuplicateSetError, store_import

    try:
        return store_import(store, path, result, as_new, progress)
    except DuplicateSetError as duplicate:
        return duplicate


class ExportDialog(QDialog):
    """Choose a set, a format and a file; Export writes it and shows the format's warnings."""

    exported = Signal(list)  # the files written

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        require_teacher: Callable[[QWidget | None, Store, str], bool] | None = None,
        selected_set_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._require_teacher = require_teacher
        self.setWindowTitle("Export a question set")
        self.set_combo = QComboBox(self)
        sets = store.list_sets()
        for summary in sets:
            self.set_combo.addItem(summary.title, summary.id)
        self._exam_ids = {summary.id for summary in sets if summary.is_exam}
        self.format_combo = QComboBox(self)
        for fmt, label, _ in EXPORT_CHOICES:
            self.format_combo.addItem(label, fmt)
        self.variants = QSpinBox(self)
        self.variants.setRange(1, 26)
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 999_999)
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText("File to write")
        browse = QPushButton("Browse…", self)
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit)
        path_row.addWidget(browse)
        self.status = plain_label(wrap=True)
        form = QFormLayout()
        form.addRow("Set", self.set_combo)
        form.addRow("Format", self.format_combo)
        form.addRow("Paper variants", self.variants)
        form.addRow("Shuffle seed", self.seed)
        form.addRow("File", path_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton("Export", QDialogButtonBox.ButtonRole.ApplyRole)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        if selected_set_id is not None:  # the set selected on Home
            self.set_combo.setCurrentIndex(max(0, self.set_combo.findData(selected_set_id)))
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self._format_changed()
        # A "Written: ..." line describes the last export only: any new choice clears it.
        self.set_combo.currentIndexChanged.connect(self.status.clear)
        self.format_combo.currentIndexChanged.connect(self.status.clear)
        self.path_edit.textEdited.connect(self.status.clear)
        if self.set_combo.count() == 0:
            self.export_button.setEnabled(False)
            self.status.setText("There is no set to export yet.")

    @property
    def chosen_format(self) -> str:
        return str(self.format_combo.currentData())

    @Slot()
    def _format_changed(self) -> None:
        is_pdf = self.chosen_format == "pdf"
        self.variants.setEnabled(is_pdf)
        self.seed.setEnabled(is_pdf)

    @Slot()
    def browse(self) -> None:
        suffix = next(s for fmt, _, s in EXPORT_CHOICES if fmt == self.chosen_format)
        suggested = f"{self.set_combo.currentText() or 'questions'}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, "Export to", in_documents(suggested))
        if path:
            self.path_edit.setText(path)

    @Slot()
    def export(self) -> None:
        set_id = self.set_combo.currentData()
        path_text = self.path_edit.text().strip()
        if set_id is None or not path_text:
            self.status.setText("Choose a set and a file first.")
            return
        try:
            written, warnings = self._write(str(set_id), Path(path_text))
        except SteppeQuizError as err:
            self.status.setText(f"Not exported: {err}")
            return
        lines = ["Written: " + ", ".join(path.name for path in written)]
        lines += [f"• {warning}" for warning in warnings]
        self.status.setText("\n".join(lines))
        self.exported.emit(written)

    def _write(self, set_id: str, path: Path) -> tuple[list[Path], list[str]]:
        if set_id in self._exam_ids and not self._teacher_allows("export an exam set"):
            raise SteppeQuizError("an exam set is exported only with the teacher PIN")
        if self.chosen_format != "pdf":
            from quizzes.exchange.service import export_to_file

            return [path], export_to_file(self.store, set_id, self.chosen_format, path)
        from quizzes.exchange.formats.paper import build_papers
        from ui.teacher.pdf_export import write_papers

        if set_id not in self._exam_ids and not self._teacher_allows("print answer keys"):
            raise SteppeQuizError("answer keys need the teacher PIN")
        # Seed 0 on a single paper keeps the set's order; any other choice shuffles.
        papers = build_papers(
            self.store.get_quizset(set_id), self.variants.value(), self.seed.value() or None
        )
        try:
            return write_papers(papers, path), []
        except OSError as err:
            raise SteppeQuizError(f"{path}: cannot write: {err.strerror}") from None

    def _teacher_allows(self, purpose: str) -> bool:
        if self._require_teacher is not None:
            return self._require_teacher(self, self.store, purpose)
        from ui.teacher.teacher_lock_dialog import require_teacher

        return require_teacher(self, self.store, purpose)

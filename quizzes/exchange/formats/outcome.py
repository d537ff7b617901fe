"""What an import or export hands back besides the data: skipped questions and warnings.

Formats from other tools can say things our model cannot (an essay, a partial-credit answer).
Importers never drop such things silently: a question that cannot come in at all becomes a
`SkippedQuestion` (numbered as in the file, with its title), and a detail that is lost or
converted becomes a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quizzes.model import Question, QuizSet

_LABEL_PROMPT_LENGTH = 50


def question_label(number: int, question: Question) -> str:
    """How a warning names a question: its number in the set and the start of its prompt, as a
    teacher sees it (never the internal id): question 4 'How long is the border...'."""
    prompt = " ".join(question.prompt.split())
    if len(prompt) > _LABEL_PROMPT_LENGTH:
        prompt = prompt[: _LABEL_PROMPT_LENGTH - 1].rstrip() + "…"
    return f"question {number} {prompt!r}"


@dataclass(frozen=True)
class SkippedQuestion:
    """A question of the file that was not imported; `number` counts questions from 1."""

    number: int
    title: str
    reason: str
    line: int | None = None

    def describe(self) -> str:
        where = f" (line {self.line})" if self.line is not None else ""
        title = f" {self.title!r}" if self.title else ""
        return f"question {self.number}{title}{where}: {self.reason}"


@dataclass
class ImportResult:
    quizset: QuizSet
    skipped: list[SkippedQuestion] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def report_lines(self) -> list[str]:
        """One line per skipped question, then one per warning, for a person to read."""
        lines = [f"skipped {s.describe()}" for s in self.skipped]
        lines += [f"warning: {w}" for w in self.warnings]
        return lines


@dataclass
class ExportResult:
    content: str | bytes
    warnings: list[str] = field(default_factory=list)

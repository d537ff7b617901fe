"""A printable exam paper as data: numbered questions, shuffled variants and their answer keys.

Pure layout content, no drawing: `ui/teacher/pdf_export.py` turns an `ExamPaper` into PDF pages.
Variants A, B, ... hold the same questions in a different order, with choices shuffled too;
each has its own key. Shuffling uses `random.Random` seeded from the seed and the variant's
letter, so the same `--seed` always prints the same papers. Items to order and the right-hand
column of a matching question are always shuffled, or the paper would give the answer away.

Text from the set is untrusted: wherever it is printed beside other text (the heading's variant,
the key's letters, the footer's page number) it is a bidirectional isolate (`isolated`), so an
unterminated right-to-left override (U+202E) in a title or choice cannot reverse what follows.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field

from quizzes.model import Question, QuestionType, QuizSet, answer_pairs, answer_texts

MAX_VARIANTS = 26
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
_ISOLATE_STARTS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
_PARAGRAPH_SEPARATOR, _LINE_SEPARATOR = "\u2029", "\u2028"


@dataclass(frozen=True)
class PaperQuestion:
    """One question as printed. `options` get a box each (labelled A, B, ...); `left_items`
    (matching only) are numbered and answered with an option's letter; `write_in` asks for a
    written answer on a line, followed by `unit` when there is one."""

    number: int
    question_id: str
    prompt: str
    instruction: str
    options: list[str] = field(default_factory=list)
    left_items: list[str] = field(default_factory=list)
    write_in: bool = False
    unit: str | None = None


@dataclass(frozen=True)
class KeyEntry:
    number: int
    answer: str


@dataclass(frozen=True)
class ExamPaper:
    title: str
    variant: str | None
    questions: list[PaperQuestion]
    key: list[KeyEntry]

    @property
    def heading(self) -> str:
        title = isolated(self.title)
        return title if self.variant is None else f"{title} — variant {self.variant}"


def isolated(text: str) -> str:
    """`text` between FSI and PDI, so its direction controls end where it ends: the isolates it
    opens are closed, a PDI of its own that would close ours early is dropped, and a paragraph
    separator (which would end every isolate) is printed as a line separator."""
    depth = 0
    kept: list[str] = []
    for char in text.replace(_PARAGRAPH_SEPARATOR, _LINE_SEPARATOR):
        if char in _ISOLATE_STARTS:
            depth += 1
        elif char == POP_DIRECTIONAL_ISOLATE:
            if not depth:
                continue
            depth -= 1
        kept.append(char)
    return f"{FIRST_STRONG_ISOLATE}{''.join(kept)}{POP_DIRECTIONAL_ISOLATE * (depth + 1)}"


def build_papers(quizset: QuizSet, variants: int = 1, seed: int | None = None) -> list[ExamPaper]:
    """One paper per variant. A single paper without a seed keeps the set's order."""
    if not 1 <= variants <= MAX_VARIANTS:
        raise ValueError(f"variants must be 1 to {MAX_VARIANTS}, not {variants}")
    shuffle = variants > 1 or seed is not None
    papers = []
    for index in range(variants):
        label = string.ascii_uppercase[index] if variants > 1 else None
        rng = random.Random(f"{seed or 0}/{label or 'paper'}")
        questions = list(quizset.questions)
        if shuffle:
            rng.shuffle(questions)
        printed, key = [], []
        for number, question in enumerate(questions, start=1):
            paper_question, answer = _layout(question, number, rng, shuffle)
            printed.append(paper_question)
            key.append(KeyEntry(number, answer))
        papers.append(ExamPaper(quizset.title, label, printed, key))
    return papers


def _shuffled(items: list[str], rng: random.Random) -> list[str]:
    copy = list(items)
    rng.shuffle(copy)
    return copy


def option_label(index: int) -> str:
    """A, B, ... Z, then 27, 28, ... (a question rarely has more than 26 options)."""
    return string.ascii_uppercase[index] if index < 26 else str(index + 1)


def _letters(indices: list[int]) -> str:
    return ", ".join(option_label(i) for i in indices)


def _layout(
    question: Question, number: int, rng: random.Random, shuffle: bool
) -> tuple[PaperQuestion, str]:
    answer = question.answer
    match question.type:
        case QuestionType.SINGLE_CHOICE | QuestionType.MULTIPLE_CHOICE:
            options = _shuffled(question.choices, rng) if shuffle else list(question.choices)
            correct = [answer] if isinstance(answer, str) else answer_texts(answer)
            picked = sorted(options.index(choice) for choice in correct)
            single = question.type is QuestionType.SINGLE_CHOICE
            instruction = "Tick one box." if single else "Tick every correct box."
            texts = ", ".join(isolated(options[i]) for i in picked)
            return (
                PaperQuestion(number, question.id, question.prompt, instruction, options=options),
                f"{_letters(picked)} ({texts})",
            )
        case QuestionType.TRUE_FALSE:
            return (
                PaperQuestion(
                    number, question.id, question.prompt, "Tick one box.", options=["True", "False"]
                ),
                "A (True)" if answer else "B (False)",
            )
        case QuestionType.NUMERIC:
            shown = f"{answer}" + (f" ± {question.tolerance}" if question.tolerance else "")
            unit = f" {isolated(question.unit)}" if question.unit else ""
            paper = PaperQuestion(
                number,
                question.id,
                question.prompt,
                "Write a number.",
                write_in=True,
                unit=question.unit,
            )
            return paper, shown + unit
        case QuestionType.SHORT_ANSWER:
            assert isinstance(answer, list)
            paper = PaperQuestion(
                number, question.id, question.prompt, "Write your answer.", write_in=True
            )
            return paper, " / ".join(isolated(str(item)) for item in answer)
        case QuestionType.ORDERING:
            assert isinstance(answer, list)
            items = _shuffled([str(item) for item in answer], rng)
            order = [items.index(str(item)) for item in answer]
            instruction = "Write the letters in the right order."
            paper = PaperQuestion(
                number, question.id, question.prompt, instruction, options=items, write_in=True
            )
            return paper, f"{_letters(order)} ({', '.join(isolated(str(i)) for i in answer)})"
        case QuestionType.MATCHING:
            matched = answer_pairs(answer)
            lefts = [left for left, _ in matched]
            rights = _shuffled([right for _, right in matched], rng)
            instruction = "Write the letter of the matching item next to each number."
            paper = PaperQuestion(
                number, question.id, question.prompt, instruction, options=rights, left_items=lefts
            )
            used: list[int] = []
            pairs = []
            for position, (_, right) in enumerate(matched, start=1):
                # Equal right-hand texts: each left item takes the next unused one.
                index = next(
                    i for i, text in enumerate(rights) if text == str(right) and i not in used
                )
                used.append(index)
                pairs.append(f"{position}–{option_label(index)}")
            return paper, ", ".join(pairs)
    raise ValueError(f"unknown question type {question.type}")

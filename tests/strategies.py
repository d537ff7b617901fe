"""Hypothesis strategies for valid quiz sets, for property tests of formats and storage.

Texts are drawn from an alphabet that mixes Latin and Kazakh/Cyrillic letters, digits, spaces,
punctuation and the control characters of the exchange formats (GIFT's `~ = # { } : \\`,
CSV's `| ; , "` and quotes), so escaping is exercised. Texts never start or end with
whitespace, since every exchange format trims; prompts and explanations may contain line breaks.
"""

from __future__ import annotations

import functools

from hypothesis import strategies as st

from quizzes.model import Evidence, Question, QuestionType, QuizSet

LETTERS = "abcxyzABCXYZ" + "аәбқңөұүһіАӘҚҢӨҰҮІ" + "ёЁ"
SYMBOLS = "0123456789 .,?!'\"()-~=#{}:\\|;%*[]<>&@+_"
WORD_ALPHABET = LETTERS + "0123456789"


def _trimmed(text: str) -> str:
    return text.strip()


# Strategies are built once and reused: Hypothesis checks a new strategy object on its first
# draw, which costs more than the draw itself (the data drawn is the same either way).
@functools.cache
def plain_text(min_size: int = 1, max_size: int = 30, multiline: bool = False) -> st.SearchStrategy:
    alphabet = LETTERS + SYMBOLS + ("\n" if multiline else "")
    return (
        st.text(alphabet=alphabet, min_size=min_size, max_size=max_size)
        .map(_trimmed)
        .filter(lambda text: len(text) >= min_size)
    )


def _fold(text: str) -> str:
    """The model's notion of 'the same text' (case and spacing ignored)."""
    return " ".join(text.casefold().split())


@functools.cache
def distinct_texts(min_size: int, max_size: int) -> st.SearchStrategy:
    return st.lists(plain_text(max_size=20), min_size=min_size, max_size=max_size, unique_by=_fold)


words = st.text(alphabet=WORD_ALPHABET, min_size=1, max_size=8)
topics = st.lists(words, min_size=1, max_size=3).map(" ".join)
question_ids = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=6),
    min_size=1,
    max_size=3,
).map("-".join)
numbers = st.one_of(
    st.integers(min_value=-(10**9), max_value=10**9),
    st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False),
)
tolerances = st.one_of(
    st.integers(min_value=0, max_value=10**6),
    st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False),
)


@functools.cache
def text_lists(size: int) -> st.SearchStrategy:
    return st.lists(plain_text(max_size=20), min_size=size, max_size=size)


units = st.one_of(st.none(), words)
evidences = st.one_of(
    st.none(), st.builds(Evidence, quote=plain_text(), paragraph=st.integers(1, 60))
)
prompts = plain_text(max_size=60, multiline=True)
explanations = st.one_of(st.just(""), plain_text(max_size=60, multiline=True))
difficulties = st.integers(1, 3)
tag_lists = st.lists(words, max_size=3)
descriptions = st.one_of(st.just(""), plain_text())


@st.composite
def answers_for(draw: st.DrawFn, qtype: QuestionType) -> dict:
    """The type-specific fields of a question: choices, answer, tolerance, unit."""
    match qtype:
        case QuestionType.SINGLE_CHOICE:
            choices = draw(distinct_texts(2, 6))
            return {"choices": choices, "answer": draw(st.sampled_from(choices))}
        case QuestionType.MULTIPLE_CHOICE:
            choices = draw(distinct_texts(2, 6))
            picked = draw(st.lists(st.sampled_from(choices), min_size=1, unique=True))
            return {"choices": choices, "answer": [c for c in choices if c in picked]}
        case QuestionType.TRUE_FALSE:
            return {"answer": draw(st.booleans())}
        case QuestionType.NUMERIC:
            unit = draw(units)
            return {"answer": draw(numbers), "tolerance": draw(tolerances), "unit": unit}
        case QuestionType.SHORT_ANSWER:
            return {"answer": draw(distinct_texts(1, 4))}
        case QuestionType.ORDERING:
            return {"answer": draw(distinct_texts(2, 5))}
        case QuestionType.MATCHING:
            lefts = draw(distinct_texts(2, 5))
            rights = draw(text_lists(len(lefts)))
            return {"answer": list(zip(lefts, rights, strict=True))}


@st.composite
def questions(
    draw: st.DrawFn, qid: str, types: tuple[QuestionType, ...] = tuple(QuestionType)
) -> Question:
    qtype = draw(st.sampled_from(types))
    evidence = draw(evidences)
    return Question(
        id=qid,
        type=qtype,
        prompt=draw(prompts),
        explanation=draw(explanations),
        evidence=evidence,
        topic=draw(topics),
        difficulty=draw(difficulties),
        tags=draw(tag_lists),
        **draw(answers_for(qtype)),
    )


@st.composite
def quizsets(
    draw: st.DrawFn,
    types: tuple[QuestionType, ...] = tuple(QuestionType),
    min_questions: int = 1,
    max_questions: int = 6,
) -> QuizSet:
    """A valid `QuizSet` (it passes `parse_quizset` after `quizset_to_dict`)."""
    ids = draw(st.lists(question_ids, min_size=min_questions, max_size=max_questions, unique=True))
    return QuizSet(
        title=draw(plain_text(max_size=30)),
        description=draw(descriptions),
        questions=[draw(questions(qid, types)) for qid in ids],
    )

"""Hypothesis strategies for valid quiz sets, for property tests of formats and storage.

Texts are drawn from an alphabet that mixes Latin and Kazakh/Cyrillic letters, digits, spaces,
punctuation and the control characters of the exchange formats (GIFT's `~ = # { } : \\`,
CSV's `| ; , "` and quotes), so escaping is exercised. Texts never start or end with
whitespace, since every exchange format trims; prompts and explanations may contain line breaks.
"""

from __future__ import annotations

from hypothesis import strategies as st

from quizzes.model import Evidence, Question, QuestionType, QuizSet

LETTERS = "abcxyzABCXYZ" + "аәбқңөұүһіАӘҚҢӨҰҮІ" + "ёЁ"
SYMBOLS = "0123456789 .,?!'\"()-~=#{}:\\|;%*[]<>&@+_"
WORD_ALPHABET = LETTERS + "0123456789"


def _trimmed(text: str) -> str:
    return text.strip()


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
            unit = draw(st.one_of(st.none(), words))
            return {"answer": draw(numbers), "tolerance": draw(tolerances), "unit": unit}
        case QuestionType.SHORT_ANSWER:
            return {"answer": draw(distinct_texts(1, 4))}
        case QuestionType.ORDERING:
            return {"answer": draw(distinct_texts(2, 5))}
        case QuestionType.MATCHING:
            lefts = draw(distinct_texts(2, 5))
            rights = draw(
                st.lists(plain_text(max_size=20), min_size=len(lefts), max_size=len(lefts))
            )
            return {"answer": list(zip(lefts, rights, strict=True))}


@st.composite
def questions(
    draw: st.DrawFn, qid: str, types: tuple[QuestionType, ...] = tuple(QuestionType)
) -> Question:
    qtype = draw(st.sampled_from(types))
    evidence = draw(
        st.one_of(
            st.none(),
            st.builds(Evidence, quote=plain_text(), paragraph=st.integers(1, 60)),
        )
    )
    return Question(
        id=qid,
        type=qtype,
        prompt=draw(plain_text(max_size=60, multiline=True)),
        explanation=draw(st.one_of(st.just(""), plain_text(max_size=60, multiline=True))),
        evidence=evidence,
        topic=draw(topics),
        difficulty=draw(st.integers(1, 3)),
        tags=draw(st.lists(words, max_size=3)),
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
        description=draw(st.one_of(st.just(""), plain_text())),
        questions=[draw(questions(qid, types)) for qid in ids],
    )

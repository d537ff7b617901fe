"""Whatever text arrives, importers either import or raise `QuizFileError`: never crash."""

from __future__ import annotations

import contextlib
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from quizzes.errors import QuizFileError
from quizzes.exchange.formats.aiken import read_aiken
from quizzes.exchange.formats.csvformat import read_csv
from quizzes.exchange.formats.gift import read_gift
from quizzes.exchange.formats.quizjson import loads_quizset
from quizzes.exchange.formats.registry import export_quizset
from tests.strategies import quizsets

DATA = Path(__file__).parent / "data"
GIFTISH = st.text(alphabet="ab =~#{}:\\%->.\n[]T/$CATEGORY\t1", max_size=80)
AIKENISH = st.text(alphabet="AB).: ANSWERxy\n", max_size=80)
CSVISH = st.text(alphabet='type,prompt;answer"|->\nab1true_choicenumeric', max_size=120)


@given(GIFTISH)
def test_gift_reader_never_crashes(text):
    with contextlib.suppress(QuizFileError):
        read_gift(text)


@given(AIKENISH)
def test_aiken_reader_never_crashes(text):
    with contextlib.suppress(QuizFileError):
        read_aiken(text)


@given(CSVISH)
def test_csv_reader_never_crashes(text):
    with contextlib.suppress(QuizFileError):
        read_csv(text)


def test_windows_line_endings_read_the_same():
    text = (DATA / "constructs.gift").read_text(encoding="utf-8")
    unix = read_gift(text)
    windows = read_gift(text.replace("\n", "\r\n"))
    assert windows.quizset.questions == unix.quizset.questions
    assert windows.skipped == unix.skipped


@given(quizsets())
def test_json_round_trip(quizset):
    back = loads_quizset(str(export_quizset(quizset, "json").content))
    assert back == quizset

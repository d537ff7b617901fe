"""Every file we export can be imported again: an export that would be larger than an import
reads is refused with nothing written, and the largest set that does fit comes back the same.
The import limit is lowered here so the files stay small; the real size is timed in bench/."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzes.errors import QuizFileError
from quizzes.exchange.formats import textfile
from quizzes.exchange.formats.aiken import export_aiken
from quizzes.exchange.formats.csvformat import export_csv
from quizzes.exchange.formats.gift import export_gift
from quizzes.exchange.formats.quizjson import dumps_quizset
from quizzes.exchange.formats.registry import ExportTooLargeError, export_quizset
from quizzes.exchange.service import export_to_file, read_import
from quizzes.model import QuizSet, quizset_to_dict
from tests.big_sets import SUFFIXES, many_questions
from tests.strategies import quizsets

LIMIT = 60_000
# Each format's own writer, which knows nothing of the limit.
WRITERS: dict[str, Callable[[QuizSet], str]] = {
    "json": dumps_quizset,
    "gift": lambda quizset: str(export_gift(quizset).content),
    "csv": lambda quizset: str(export_csv(quizset).content),
    "aiken": lambda quizset: str(export_aiken(quizset).content),
}


@pytest.fixture(autouse=True)
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textfile, "MAX_FILE_BYTES", LIMIT)


def exported_size(fmt: str, count: int) -> int:
    return len(WRITERS[fmt](many_questions(count)).encode("utf-8"))


def largest_that_fits(fmt: str) -> int:
    """The most sample questions whose file in `fmt` is within the limit."""
    fits, too_many = 1, 2
    while exported_size(fmt, too_many) <= LIMIT:
        fits, too_many = too_many, too_many * 2
    while too_many - fits > 1:
        middle = (fits + too_many) // 2
        if exported_size(fmt, middle) <= LIMIT:
            fits = middle
        else:
            too_many = middle
    return fits


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_the_largest_set_import_accepts_comes_back_and_one_more_question_is_refused(
    fmt, store, tmp_path
):
    count = largest_that_fits(fmt)
    largest = store.add_quizset(many_questions(count))
    path = tmp_path / f"largest{SUFFIXES[fmt]}"
    export_to_file(store, largest.id, fmt, path)
    read_back = read_import(path).quizset
    back, sent = read_back.questions, store.get_quizset(largest.id).questions
    if fmt in ("json", "csv"):  # they carry every field
        assert back == sent
        again = export_quizset(read_back, fmt).content
        assert again == path.read_bytes().decode("utf-8")  # and export the same file again
    else:
        assert [q.prompt for q in back] == [
            q.prompt for q in sent if fmt == "gift" or q.type == "single_choice"
        ]

    too_large = store.add_quizset(many_questions(count + 1))
    refused = tmp_path / f"refused{SUFFIXES[fmt]}"
    with pytest.raises(ExportTooLargeError, match=f"MB {fmt} file, larger than the 0.0572205 MB"):
        export_to_file(store, too_large.id, fmt, refused)
    assert not refused.exists()
    refused.write_text(WRITERS[fmt](store.get_quizset(too_large.id)), encoding="utf-8")
    with pytest.raises(QuizFileError, match="file is larger than"):
        read_import(refused)  # so refusing the export was right


@pytest.mark.parametrize("with_defaults", [True, False], ids=["every field", "defaults left out"])
def test_a_compact_file_near_the_limit_exports_to_a_file_that_imports(
    tmp_path: Path, with_defaults: bool
) -> None:
    """A compact `.quiz.json` at 90% of the limit, with every field or (as other tools write it)
    without the ones at their default: the export used to indent every field of every question
    and write every default, and came out half again as large or more, too large to read."""
    count = 1
    while len(compact(bare_questions(count + 10), with_defaults)) <= 0.9 * LIMIT:
        count += 10
    original = tmp_path / "compact.quiz.json"
    original.write_text(compact(bare_questions(count), with_defaults), encoding="utf-8")
    imported = read_import(original).quizset
    again = tmp_path / "again.quiz.json"
    again.write_text(str(export_quizset(imported, "json").content), encoding="utf-8")
    assert read_import(again).quizset == imported


def bare_questions(count: int) -> QuizSet:
    """Questions with nothing but what they ask: no explanation, evidence, tags or difficulty."""
    quizset = many_questions(count)
    quizset.questions = [
        dataclasses.replace(q, explanation="", evidence=None, tags=[], difficulty=2)
        for q in quizset.questions
    ]
    return quizset


def compact(quizset: QuizSet, with_defaults: bool) -> str:
    document = quizset_to_dict(quizset)
    if not with_defaults:
        for question in document["questions"]:
            for key in ("explanation", "evidence", "tags", "difficulty"):
                del question[key]
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


@given(quizset=quizsets(max_questions=40), fmt=st.sampled_from(["json", "csv"]))
def test_an_export_is_refused_exactly_when_import_would_refuse_its_file(
    quizset: QuizSet, fmt: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("export") / f"set{SUFFIXES[fmt]}"
    text = WRITERS[fmt](quizset)
    fits = len(text.encode("utf-8")) <= LIMIT
    try:
        exported = export_quizset(quizset, fmt)
    except ExportTooLargeError:
        assert not fits
        return
    assert fits
    path.write_text(str(exported.content), encoding="utf-8")
    assert read_import(path).quizset.questions == quizset.questions


def test_the_command_line_refuses_a_too_large_export_in_one_line(store, db_url, cli, tmp_path):
    too_large = store.add_quizset(many_questions(2000))
    out = tmp_path / "big.gift"
    done = cli("export", too_large.id, "--format", "gift", "--out", str(out), db=db_url)
    assert (done.returncode, done.stdout) == (2, "")
    assert re.fullmatch(
        r"steppe-quiz: error: the set would make a 0\.\d\d MB gift file, larger than the "
        r"0\.0572205 MB an import reads, so it could not be imported again; nothing written "
        r"\(split the set into smaller ones\)\n",
        done.stderr,
    )
    assert not out.exists()

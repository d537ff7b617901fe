"""The results file format: a round trip keeps everything; bad files are refused precisely."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime

import pytest

from quizzes.classroom.results_file import (
    ResultsAttempt,
    ResultsFile,
    ResultsFileError,
    ResultsProfile,
    ResultsResponse,
    ResultsSet,
    dumps_results,
    loads_results,
    read_results_file,
    results_to_dict,
    write_results_file,
)

SET_ID = "11111111-2222-4333-8444-555555555555"
PROFILE = ResultsProfile("22222222-2222-4333-8444-555555555555", "Aigerim")
WHEN = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def sample() -> ResultsFile:
    response = ResultsResponse(
        id="33333333-2222-4333-8444-555555555555",
        question_id="44444444-2222-4333-8444-555555555555",
        question_external_id="sco-newest",
        answer="Belarus",
        correct=True,
        score=1.0,
        seconds=4.5,
        answered_at=WHEN,
        position=0,
    )
    attempt = ResultsAttempt(
        id="55555555-2222-4333-8444-555555555555",
        profile=PROFILE,
        set_id=SET_ID,
        mode="exam",
        config={"seed": 3, "order": ["sco-newest"]},
        started_at=WHEN,
        finished_at=WHEN,
        score=1.0,
        responses=[response],
        elapsed_seconds=12.0,
    )
    return ResultsFile(
        exported_at=WHEN,
        machine="laptop-3",
        profiles=[PROFILE],
        sets=[ResultsSet(SET_ID, "SCO basics", "ab" * 32)],
        attempts=[attempt],
    )


def document() -> dict:
    return json.loads(dumps_results(sample()))


def test_a_written_file_reads_back_identical(tmp_path):
    path = tmp_path / "class.results.json"
    write_results_file(sample(), path)
    assert read_results_file(path) == sample()
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "steppe-quiz/results"


def test_optional_fields_default_to_zero():
    doc = document()
    del doc["attempts"][0]["elapsed_seconds"]
    del doc["attempts"][0]["responses"][0]["position"]
    parsed = loads_results(json.dumps(doc), "f.json")
    assert parsed.attempts[0].elapsed_seconds == 0.0
    assert parsed.attempts[0].responses[0].position == 0


def _broken(change) -> str:
    doc = copy.deepcopy(document())
    change(doc)
    with pytest.raises(ResultsFileError) as caught:
        loads_results(json.dumps(doc), "laptop3.json")
    return str(caught.value)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(format="steppe-quiz/quizset"), "laptop3.json: $.format: expected"),
        (lambda d: d.update(version=2), "$.version: version 2 was written by a newer"),
        (lambda d: d.pop("attempts"), "$: missing field 'attempts'"),
        (lambda d: d.update(extra=1), "$.extra: unknown field"),
        (
            lambda d: d["attempts"][0]["responses"][0].update(score=1.5),
            "$.attempts[0].responses[0].score: must be from 0 to 1, got 1.5",
        ),
        (
            lambda d: d["attempts"][0]["responses"][0].update(correct=1),
            "$.attempts[0].responses[0].correct: must be true or false",
        ),
        (
            lambda d: d["attempts"][0].update(started_at="2026-03-02T09:00:00"),
            "$.attempts[0].started_at: needs a UTC offset",
        ),
        (lambda d: d["attempts"][0].update(id="not-a-uuid"), "$.attempts[0].id: not a UUID"),
        (
            lambda d: d["attempts"][0].update(set_id="66666666-2222-4333-8444-555555555555"),
            "$.attempts[0].set_id: set 66666666-2222-4333-8444-555555555555 is not listed",
        ),
        (
            lambda d: d["attempts"][0]["profile"].update(name="Someone else"),
            "$.attempts[0].profile: profile",
        ),
        (lambda d: d["attempts"].append(d["attempts"][0]), "$.attempts: attempt id"),
        (lambda d: d["sets"][0].update(fingerprint="xyz"), "$.sets[0].fingerprint: must be"),
        (lambda d: d["profiles"][0].update(name="  "), "$.profiles[0].name: must be non-empty"),
        (
            lambda d: d["attempts"][0]["responses"][0].update(seconds=True),
            "$.attempts[0].responses[0].seconds: must be a number",
        ),
    ],
)
def test_a_bad_field_is_named_by_its_json_path(change, expected):
    assert expected in _broken(change)


def test_not_a_number_is_refused():
    text = dumps_results(sample()).replace('"seconds": 4.5', '"seconds": NaN')
    with pytest.raises(ResultsFileError, match="NaN is not allowed"):
        loads_results(text, "f.json")


def test_broken_json_names_line_and_column(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"format":\n  oops}', encoding="utf-8")
    with pytest.raises(ResultsFileError) as caught:
        read_results_file(path)
    assert f"{path}: not valid JSON at line 2, column 3" in str(caught.value)


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ResultsFileError, match="cannot read"):
        read_results_file(tmp_path / "nope.json")


def test_the_dict_form_lists_every_documented_field():
    doc = results_to_dict(sample())
    assert set(doc) == {
        "format",
        "version",
        "exported_at",
        "machine",
        "profiles",
        "sets",
        "attempts",
    }
    assert set(doc["attempts"][0]) == {
        "id",
        "profile",
        "set_id",
        "mode",
        "config",
        "started_at",
        "finished_at",
        "score",
        "elapsed_seconds",
        "responses",
    }


def test_absurdly_deep_nesting_is_a_clear_error():
    with pytest.raises(ResultsFileError, match="nested too deeply"):
        loads_results("[" * 100_000 + "]" * 100_000, "deep.json")

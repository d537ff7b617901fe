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
    with pytest.raises(ResultsFileError, match=r"nope\.json: no such file"):
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


def _first_response(doc: dict) -> dict:
    return doc["attempts"][0]["responses"][0]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: _first_response(d).update(correct=True, score=0),
            "$.attempts[0].responses[0].correct: true with a score of 0.0; only full marks "
            "(1) are correct",
        ),
        (
            lambda d: _first_response(d).update(correct=False, score=1),
            "$.attempts[0].responses[0].correct: false with full marks",
        ),
        (
            lambda d: d["attempts"][0]["responses"].extend(
                {**_first_response(d), "id": f"77777777-2222-4333-8444-{n:012d}"}
                for n in range(499)
            ),
            "$.attempts[0].responses[3]: question 'sco-newest' answered 4 times in one attempt; "
            "a quiz asks a question at most 3 times",
        ),
        (
            lambda d: d["attempts"][0].update(finished_at="2026-03-02T08:59:59+00:00"),
            "$.attempts[0].finished_at: before the attempt started (2026-03-02 09:00:00+00:00)",
        ),
        (
            lambda d: d["attempts"][0].update(mode="bogus"),
            "$.attempts[0].mode: unknown mode 'bogus' (known: practice, exam, review, spaced)",
        ),
        (
            lambda d: d["attempts"][0]["config"].update(mode="practice"),
            "$.attempts[0].config.mode: 'practice', but the attempt's mode is 'exam'",
        ),
        (
            lambda d: d["attempts"][0]["config"].update(seed="three"),
            "$.attempts[0].config: not a quiz configuration",
        ),
        (
            lambda d: d["attempts"][0].update(started_at="0001-01-01T00:00:00+05:00"),
            "$.attempts[0].started_at: year 1 is outside 2000 to 2099",
        ),
        (
            lambda d: d["attempts"][0].update(finished_at="9999-12-31T23:59:59-05:00"),
            "$.attempts[0].finished_at: year 9999 is outside 2000 to 2099",
        ),
        (
            lambda d: d.update(exported_at="9999-12-31T23:59:59+00:00"),
            "$.exported_at: year 9999 is outside 2000 to 2099",
        ),
        (
            lambda d: _first_response(d).update(position=2**64),
            "$.attempts[0].responses[0].position: at most 100000",
        ),
        (
            lambda d: _first_response(d).update(score=10**400),
            "$.attempts[0].responses[0].score: must be a number",
        ),
        (
            lambda d: d["attempts"][0].update(elapsed_seconds=-(10**400)),
            "$.attempts[0].elapsed_seconds: must be a number",
        ),
    ],
)
def test_an_impossible_record_is_refused_with_its_field_named(change, expected):
    assert f"laptop3.json: {expected}" in _broken(change)


def test_a_score_of_1e400_is_refused_not_read_as_infinity():
    text = dumps_results(sample()).replace('"score": 1.0', '"score": 1e400', 1)
    assert "1e400" in text
    with pytest.raises(
        ResultsFileError, match=r"f.json: \$\.attempts\[0\]\.score: must be a number"
    ):
        loads_results(text, "f.json")


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ('"name": "Aigerim"', "$.profiles[0].name: a lone surrogate"),
        ('"answer": "Belarus"', "$.attempts[0].responses[0].answer: a lone surrogate"),
        ('"seed": 3', "$.attempts[0].config.seed: a lone surrogate"),
    ],
)
def test_a_lone_surrogate_anywhere_is_refused(field, expected):
    key = field.split(": ")[0]
    text = dumps_results(sample()).replace(field, f'{key}: "x\\ud800"', 1)
    assert text != dumps_results(sample())
    with pytest.raises(ResultsFileError) as caught:
        loads_results(text, "f.json")
    assert f"f.json: {expected}" in str(caught.value)

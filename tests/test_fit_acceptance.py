"""Fitting the acceptance model (scripts/fit_acceptance.py): it learns which features go with
the teachers' rejects, ranks held-out questions by them, and refuses a broken judgements file
with its line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizzes.generate.acceptance import Asked, load_model
from scripts.fit_acceptance import Judged, fit, main, ranking_area, read_judgements


def _asked(prompt: str) -> Asked:
    return Asked(prompt=prompt, type="single_choice", kind="statement", answers=("Iran",),
                 choices=("Iran", "Iraq", "Oman"), evidence=prompt, paragraph=3,
                 title="A railway opens")  # fmt: skip


CLEAN = _asked("Fill in the blank: A railway links Kazakhstan with _____ since 2014.")
COLON = _asked("Fill in the blank: ASTANA, May 3 (ANI): A railway links Kazakhstan with _____.")


def _judged(question: Asked, accepted: int, group: str = "1") -> Judged:
    return Judged(question, accepted=accepted, votes=2, group=group)


def test_the_fit_learns_that_teachers_reject_the_colon_stems():
    judged = [_judged(CLEAN, 2)] * 30 + [_judged(COLON, 0)] * 25 + [_judged(COLON, 1)] * 5
    model = fit(judged)
    assert model.weights["a colon in the stem"] < -1.0
    assert model.likelihood(CLEAN) > 0.8 > 0.3 > model.likelihood(COLON)
    assert ranking_area(model, judged) > 0.9


def test_the_ranking_area_counts_votes_and_halves_ties():
    model = fit([_judged(CLEAN, 2)] * 10 + [_judged(COLON, 0)] * 10)
    assert ranking_area(model, [_judged(CLEAN, 2), _judged(COLON, 0)]) == 1.0
    assert ranking_area(model, [_judged(COLON, 2), _judged(CLEAN, 0)]) == 0.0
    assert ranking_area(model, [_judged(CLEAN, 1)]) == 0.5  # one accept, one reject: a tie


def _line(question: Asked, accepted: int, group: str) -> str:
    return json.dumps({**question.__dict__, "answers": list(question.answers),
                       "choices": list(question.choices), "accepted": accepted, "votes": 2,
                       "group": group})  # fmt: skip


def test_the_command_fits_writes_the_model_and_reports_the_held_out_round(tmp_path, capsys):
    lines = [_line(CLEAN, 2, "a")] * 20 + [_line(COLON, 0, "a")] * 20
    lines += [_line(CLEAN, 2, "b"), _line(COLON, 0, "b")]
    source = tmp_path / "judged.jsonl"
    source.write_text("\n".join(lines) + "\n")
    out = tmp_path / "model.json"
    assert main([str(source), "--hold-out", "b", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "held out: 2 questions, 2/4 votes accepted (50.0%), ranking area 1.000" in printed
    model = load_model(out)
    assert model.likelihood(CLEAN) > model.likelihood(COLON)
    assert json.loads(out.read_text())["fit_on"] == "80 verdicts on 40 questions"


def test_a_broken_line_is_refused_with_the_file_and_line(tmp_path: Path):
    source = tmp_path / "judged.jsonl"
    source.write_text(_line(CLEAN, 2, "a") + "\n" + '{"prompt": "no type"}\n')
    with pytest.raises(SystemExit, match=r"judged\.jsonl, line 2: not a judged question"):
        read_judgements(source)

"""The blind-review tooling (scripts/review_packet.py) keeps its count honest: a question both
versions ask is one item of the packet and a vote for both, each version's share counts only
its own questions, a reviewer's line written twice counts once, and a refusal is tallied
apart."""

from __future__ import annotations

import json
from pathlib import Path

from scripts.review_packet import Tally, judgements, main, packet, tally, union, verdicts


def _question(prompt: str, answer: str, kind: str = "statement") -> dict[str, object]:
    return {"type": "single_choice", "prompt": prompt, "choices": [answer, "Peru", "Chile"],
            "answer": answer, "tolerance": None, "unit": None, "kind": kind,
            "quote": prompt, "paragraph": 1}  # fmt: skip


SHARED = _question("Which country exports copper?", "Chile")
BASE_ONLY = _question("Which country hosts the summit?", "Peru", kind="place")
NEW_ONLY = _question("Which country joined the bloc?", "Bolivia", kind="membership")
BASE = {"01": {"refusal": None, "title": "Copper", "questions": [SHARED, BASE_ONLY]},
        "02": {"refusal": "no usable facts", "questions": []}}  # fmt: skip
NEW = {"01": {"refusal": None, "title": "Copper", "questions": [SHARED, NEW_ONLY]},
       "02": {"refusal": "no usable facts", "questions": []}}  # fmt: skip


def test_a_question_both_versions_ask_is_one_item_marked_for_both():
    mixed = union(BASE, NEW)
    assert sorted(q["prompt"] for q in mixed["01"]) == sorted(
        [SHARED["prompt"], BASE_ONLY["prompt"], NEW_ONLY["prompt"]]
    )
    versions = {q["prompt"]: q["versions"] for q in mixed["01"]}
    assert versions[SHARED["prompt"]] == ["a", "b"]
    assert versions[BASE_ONLY["prompt"]] == ["a"] and versions[NEW_ONLY["prompt"]] == ["b"]
    assert union(BASE, NEW) == mixed  # the order is the seed's, the same every run


def test_votes_are_counted_per_version_and_a_refusal_apart(tmp_path: Path):
    packet(tmp_path / "articles", BASE, NEW, tmp_path)
    where = json.loads((tmp_path / "map.json").read_text())
    item = {info.get("kind"): name for name, info in where.items()}
    text = (tmp_path / "packet.md").read_text()
    assert "01-R" not in text and "02-R: the program refused" in text
    assert "Quiz title the students see above the questions: “Copper”" in text
    reviewer = "\n".join([
        f"{item['statement']} | ACCEPT",
        f"{item['place']} | REJECT | trivial | a side detail",
        f"{item['membership']} | ACCEPT",
        f"{item['membership']} | REJECT | wrong | written twice: the first counts",
        "02-R | UNFAIR | names a joining",
        "01-KEY | Chile exports copper | 01-1",
    ])  # fmt: skip
    result = Tally()
    tally(where, verdicts(reviewer), result)
    assert (result.accepted["a"], result.votes["a"]) == (1, 2)
    assert (result.accepted["b"], result.votes["b"]) == (2, 2)
    assert result.reasons["a"] == {"trivial": 1} and "b" not in result.reasons
    assert result.refusals == {"a UNFAIR": 1, "b UNFAIR": 1}


def test_a_command_it_does_not_know_prints_the_usage_and_fails(capsys):
    assert main(["judge"]) == 2
    assert "review_packet.py tally" in capsys.readouterr().out


def test_judgements_give_each_judged_question_its_votes_and_the_title(tmp_path: Path):
    out = tmp_path / "packet"
    packet(tmp_path, BASE, NEW, out)
    where = json.loads((out / "map.json").read_text())
    shared = next(item for item, info in where.items() if info.get("question") == SHARED)
    (out / "verdicts_J1.txt").write_text(f"{shared} | ACCEPT\n01-R | UNFAIR | names a fact\n")
    (out / "verdicts_J2.txt").write_text(f"{shared} | REJECT | trivial | a side detail\n")
    (judged,) = judgements(out)  # the other questions have no verdict yet
    assert judged == {
        "group": "packet", "prompt": SHARED["prompt"], "type": "single_choice",
        "kind": "statement", "answers": ["Chile"], "choices": ["Chile", "Peru", "Chile"],
        "evidence": SHARED["quote"], "paragraph": 1, "title": "Copper",
        "false_statement": False, "accepted": 1, "votes": 2,
    }  # fmt: skip

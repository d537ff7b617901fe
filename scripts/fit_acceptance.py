"""Fit the acceptance model (`quizzes/generate/acceptance.py`) on teachers' verdicts.

    python scripts/fit_acceptance.py JUDGEMENTS.jsonl [--hold-out GROUP ...] [--out FILE]

JUDGEMENTS.jsonl has one generated question per line, as `review_packet.py judgements` writes
it: the fields of `acceptance.Asked` (prompt, type, kind, answers, choices, evidence, paragraph,
title, false_statement), `accepted` and `votes` (how many reviewers accepted it of how many
judged it) and `group` (the review round). The model is a logistic regression with an L2
penalty, fit by Newton's method on the share of votes that accepted each question.

With `--hold-out`, the rounds named are left out of the fit and the script prints how well the
model ranks their questions (the area under the ROC curve, by votes) and the acceptance left
after holding back the questions below each threshold; without `--out` nothing is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizzes.generate.acceptance import AcceptanceModel, Asked, features  # noqa: E402

PENALTY = 1.0  # L2 penalty on every weight but the bias
BANDS = ((0.0, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01))


@dataclass(frozen=True)
class Judged:
    question: Asked
    accepted: int
    votes: int
    group: str


def read_judgements(path: Path) -> list[Judged]:
    judged = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item: dict[str, Any] = json.loads(line)
            question = Asked(
                prompt=str(item["prompt"]), type=str(item["type"]), kind=str(item["kind"]),
                answers=tuple(map(str, item["answers"])), choices=tuple(map(str, item["choices"])),
                evidence=str(item["evidence"]), paragraph=int(item["paragraph"]),
                title=str(item["title"]), false_statement=bool(item.get("false_statement")),
            )  # fmt: skip
            judged.append(
                Judged(question, int(item["accepted"]), int(item["votes"]), str(item["group"]))
            )
        except (ValueError, KeyError, TypeError) as err:
            raise SystemExit(f"{path}, line {number}: not a judged question ({err})") from None
    return [j for j in judged if j.votes > 0]


def fit(judged: Sequence[Judged], penalty: float = PENALTY) -> AcceptanceModel:
    """The weights that best explain the share of votes each question got."""
    names = sorted({name for j in judged for name in features(j.question)})
    column = {name: i + 1 for i, name in enumerate(names)}  # column 0 is the bias
    x = np.zeros((len(judged), len(names) + 1))
    x[:, 0] = 1.0
    for row, j in enumerate(judged):
        for name, value in features(j.question).items():
            x[row, column[name]] = value
    share = np.array([j.accepted / j.votes for j in judged])
    votes = np.array([float(j.votes) for j in judged])
    ridge = np.full(len(names) + 1, penalty)
    ridge[0] = 0.0
    beta = np.zeros(len(names) + 1)
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ beta)))
        gradient = x.T @ (votes * (p - share)) + ridge * beta
        hessian = (x * (votes * p * (1.0 - p))[:, None]).T @ x + np.diag(ridge + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    weights = {name: round(float(beta[column[name]]), 4) for name in names}
    return AcceptanceModel(round(float(beta[0]), 4), weights)


def ranking_area(model: AcceptanceModel, judged: Sequence[Judged]) -> float:
    """The chance that an accepting vote's question scores above a rejecting vote's (ties
    count half): the area under the ROC curve, by votes."""
    scored = sorted(
        (model.likelihood(j.question), j.accepted, j.votes - j.accepted) for j in judged
    )
    below = wins = 0.0
    total_rejects = sum(r for _, _, r in scored)
    index = 0
    while index < len(scored):
        end = index
        while end < len(scored) and scored[end][0] == scored[index][0]:
            end += 1
        accepts = sum(a for _, a, _ in scored[index:end])
        rejects = sum(r for _, _, r in scored[index:end])
        wins += accepts * (below + rejects / 2)
        below += rejects
        index = end
    total_accepts = sum(a for _, a, _ in scored)
    return wins / (total_accepts * total_rejects) if total_accepts and total_rejects else 0.5


def report_held_out(model: AcceptanceModel, judged: Sequence[Judged]) -> None:
    """How well the model ranks questions it was not fit on, and how its chances compare with
    the share of votes that accepted the questions in each band of chance."""
    accepted = sum(j.accepted for j in judged)
    votes = sum(j.votes for j in judged)
    area = ranking_area(model, judged)
    print(f"held out: {len(judged)} questions, {accepted}/{votes} votes accepted "
          f"({100 * accepted / votes:.1f}%), ranking area {area:.3f}")  # fmt: skip
    for low, high in BANDS:
        band = [j for j in judged if low <= model.likelihood(j.question) < high]
        a, v = sum(j.accepted for j in band), sum(j.votes for j in band)
        print(f"  chance {low:.1f}–{min(high, 1.0):.1f}: {len(band)} questions, "
              f"{a}/{v} votes accepted ({100 * a / max(v, 1):.1f}%)")  # fmt: skip


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("judgements", type=Path)
    parser.add_argument("--hold-out", nargs="*", default=[], metavar="GROUP")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    judged = read_judgements(args.judgements)
    held = set(args.hold_out)
    model = fit([j for j in judged if j.group not in held])
    if held:
        report_held_out(model, [j for j in judged if j.group in held])
    strongest = sorted(model.weights.items(), key=lambda item: -abs(item[1]))[:12]
    print("strongest weights: " + ", ".join(f"{n} {w:+.2f}" for n, w in strongest))
    if args.out:
        about = {
            "about": "How likely a teacher is to accept a generated question unchanged: "
            "logistic weights over `quizzes.generate.acceptance.features`, fit by "
            "scripts/fit_acceptance.py.",
            "fit_on": f"{sum(j.votes for j in judged if j.group not in held)} verdicts on "
            f"{sum(j.group not in held for j in judged)} questions",
        }
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(model.to_dict(**about), indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Blind review of the generator on articles it was not tuned on: quizzes, a packet for
teachers, and the tally of their verdicts.

    python scripts/review_packet.py generate ARTICLES OUT
        quiz every ARTICLES/*.txt with this checkout; writes OUT/results.json
    python scripts/review_packet.py packet ARTICLES RESULTS_A RESULTS_B OUT
        one packet of both versions' questions, mixed per article (a version's own order and
        the other's questions give nothing away); writes OUT/packet.md and OUT/map.json
    python scripts/review_packet.py tally OUT [OUT ...]
        acceptance per version (a, b), by kind of question, and the reasons for rejects
    python scripts/review_packet.py judgements OUT [OUT ...] > JUDGEMENTS.jsonl
        every judged question with its votes, one JSON object a line, for
        `scripts/fit_acceptance.py` (the file quotes the articles: keep it out of the repo)

To compare two commits, run `generate` from a worktree of each. Each reviewer writes
OUT/verdicts_<name>.txt, one line per item of the packet:

    01-3 | ACCEPT
    01-4 | REJECT | trivial | asks the photographer's name
    01-R | UNFAIR | names the new prime minister and the date      (a refused article)
    01-KEY | the new cabinet has 20 ministers | 01-3                 (a key fact, and its items)

Reasons: wrong, several-right, ungrammatical, not-self-contained, gives-away, trivial,
implausible-distractors, other.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizzes.errors import ArticleError  # noqa: E402
from quizzes.generate.acceptance import answers_of  # noqa: E402

Result = dict[str, Any]  # an article's quiz as `generate` writes it
_ITEM = re.compile(r"^(\d+)-(\d+|R|KEY)$")
SHUFFLE_SEED = 7


def generate(articles: Path, out: Path) -> None:
    from quizzes.generate import generate_from_file

    results: dict[str, Result] = {}
    for path in sorted(articles.glob("*.txt")):
        try:
            quiz = generate_from_file(path).quizset
        except ArticleError as err:
            reason = getattr(err, "reason", None) or str(err)
            results[path.stem] = {"refusal": reason.splitlines()[0], "questions": []}
            continue
        questions = [
            {"type": q.type.value, "prompt": q.prompt, "choices": q.choices, "answer": q.answer,
             "tolerance": q.tolerance, "unit": q.unit, "kind": q.tags[-1],
             "quote": q.evidence.quote if q.evidence else "",
             "paragraph": q.evidence.paragraph if q.evidence else 0}
            for q in quiz.questions
        ]  # fmt: skip
        results[path.stem] = {"refusal": None, "title": quiz.title, "questions": questions}
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False))


def question_key(question: Result) -> str:
    """One question as both versions would write it: the same stem, answer and options."""
    fields = [question["type"], question["prompt"], question["answer"]]
    return json.dumps([*fields, sorted(map(str, question["choices"]))], ensure_ascii=False)


def union(first: dict[str, Result], second: dict[str, Result]) -> dict[str, list[Result]]:
    """Per article, every question either version asks, once, in an order fixed by the seed."""
    rng = random.Random(SHUFFLE_SEED)
    mixed: dict[str, list[Result]] = {}
    for article in sorted(set(first) | set(second)):
        items: dict[str, Result] = {}
        for version, results in (("a", first), ("b", second)):
            for question in results.get(article, {}).get("questions", []):
                item = items.setdefault(question_key(question), {**question, "versions": []})
                item["versions"].append(version)
        ordered = list(items.values())
        rng.shuffle(ordered)
        mixed[article] = ordered
    return mixed


def render(question: Result) -> list[str]:
    """The question as a teacher reads it, with its answer and evidence."""
    kind, lines = question["type"], [question["prompt"]]
    answer = question["answer"]
    if kind == "true_false":
        lines.append(f"   Correct answer: {'True' if answer else 'False'}")
    elif kind == "numeric":
        lines[0] += f"  (unit: {question['unit']})" if question["unit"] else ""
        lines.append(f"   Correct answer: {answer} (accepted within ± {question['tolerance']})")
    elif kind == "short_answer":
        lines.append(f"   Accepted answers: {' / '.join(answer)}")
    elif kind == "matching":
        lines.append("   Correct pairs: " + "; ".join(f"{a} -> {b}" for a, b in answer))
    elif kind == "ordering":
        lines.append("   Items (shown shuffled): " + "; ".join(sorted(answer)))
        lines.append("   Correct order: " + " > ".join(answer))
    else:
        lines += [f"   {'ABCDEFGH'[i]}) {choice}" for i, choice in enumerate(question["choices"])]
        lines.append(
            "   Correct answer: " + "; ".join(answer if isinstance(answer, list) else [answer])
        )
    lines.append(f'   (Evidence, paragraph {question["paragraph"]}: "{question["quote"]}")')
    return lines


def packet(articles: Path, first: dict[str, Result], second: dict[str, Result], out: Path) -> None:
    lines = ["# Review packet", ""]
    where: dict[str, dict[str, Any]] = {}
    for article, questions in union(first, second).items():
        lines += [f"## Article {article}  (file: {articles / (article + '.txt')})", ""]
        titles = {
            str(r[article]["title"]) for r in (first, second) if r.get(article, {}).get("title")
        }
        shown_title = min(titles, default="")
        if titles:
            shown = " / ".join(f"“{t}”" for t in sorted(titles))
            lines += [f"Quiz title the students see above the questions: {shown}", ""]
        refused = {v: r[article]["refusal"] for v, r in (("a", first), ("b", second))
                   if r.get(article, {}).get("refusal")}  # fmt: skip
        if refused:
            lines += [f"{article}-R: the program refused this article, saying: "
                      f"\"{next(iter(refused.values()))}\"", ""]  # fmt: skip
            where[f"{article}-R"] = {"versions": sorted(refused)}
        for number, question in enumerate(questions, 1):
            item = f"{article}-{number}"
            asked = {k: v for k, v in question.items() if k != "versions"}
            where[item] = {"versions": question["versions"], "kind": question["kind"],
                           "type": question["type"], "title": shown_title,
                           "question": asked}  # fmt: skip
            lines += [f"{item}. " + "\n".join(render(question)), ""]
    out.mkdir(parents=True, exist_ok=True)
    (out / "packet.md").write_text("\n".join(lines))
    (out / "map.json").write_text(json.dumps(where, indent=1))


@dataclass
class Tally:
    accepted: Counter[str] = field(default_factory=Counter)  # by version
    votes: Counter[str] = field(default_factory=Counter)
    by_kind: dict[str, Counter[str]] = field(default_factory=dict)  # "b quantity/numeric"
    reasons: dict[str, Counter[str]] = field(default_factory=dict)
    refusals: Counter[str] = field(default_factory=Counter)  # "b UNFAIR"


def verdicts(text: str) -> dict[str, list[list[str]]]:
    """One reviewer's verdict on each item: [[verdict, reason, …]] (key facts are left out)."""
    found: dict[str, list[list[str]]] = {}
    for line in text.splitlines():
        parts = [part.strip() for part in line.split("|")]
        if len(parts) >= 2 and _ITEM.match(parts[0]) and not parts[0].endswith("-KEY"):
            found.setdefault(parts[0], [parts[1:]])  # a line written twice counts once
    return found


def tally(where: dict[str, Result], votes: dict[str, list[list[str]]], into: Tally) -> None:
    for item, info in where.items():
        for version in info["versions"]:
            for verdict in votes.get(item, []):
                word = verdict[0].upper()
                if item.endswith("-R"):
                    into.refusals[f"{version} {word}"] += 1
                    continue
                accepted = word == "ACCEPT"
                into.votes[version] += 1
                into.accepted[version] += accepted
                kind = into.by_kind.setdefault(
                    f"{version} {info['kind']}/{info['type']}", Counter()
                )
                kind["votes"] += 1
                kind["accepted"] += accepted
                if not accepted and len(verdict) > 1:
                    into.reasons.setdefault(version, Counter())[verdict[1].lower()] += 1


def judgements(folder: Path) -> Iterator[dict[str, Any]]:
    """Each judged question of a packet folder as `fit_acceptance.py` reads it."""
    where = json.loads((folder / "map.json").read_text())
    votes = folder_votes(folder)
    for item, info in where.items():
        question, verdicts_given = info.get("question"), votes.get(item, [])
        if question is None or not verdicts_given:
            continue
        answer = question["answer"]
        if isinstance(answer, list):  # JSON keeps a matching answer's pairs as lists
            answer = [tuple(a) if isinstance(a, list) else a for a in answer]
        yield {
            "group": folder.name, "prompt": question["prompt"], "type": question["type"],
            "kind": question["kind"], "answers": list(answers_of(answer)),
            "choices": question["choices"], "evidence": question["quote"],
            "paragraph": question["paragraph"], "title": info.get("title", ""),
            "false_statement": answer is False,
            "accepted": sum(v[0].upper() == "ACCEPT" for v in verdicts_given),
            "votes": len(verdicts_given),
        }  # fmt: skip


def folder_votes(folder: Path) -> dict[str, list[list[str]]]:
    """Every reviewer's verdicts on the items of a packet folder."""
    votes: dict[str, list[list[str]]] = {}
    for file in sorted(folder.glob("verdicts_*.txt")):
        for item, found in verdicts(file.read_text()).items():
            votes.setdefault(item, []).extend(found)
    return votes


def print_tally(result: Tally) -> None:
    for version in sorted(result.votes):
        ok, n = result.accepted[version], result.votes[version]
        print(f"== version {version}: {ok}/{n} votes accepted ({100 * ok / n:.1f} %)")
        kinds = {k: c for k, c in result.by_kind.items() if k.startswith(f"{version} ")}
        for kind, counts in sorted(kinds.items(), key=lambda kv: -kv[1]["votes"]):
            print(f"   {kind[2:]:40s} {counts['accepted']:4d}/{counts['votes']:4d}")
        print("   reasons:", dict(result.reasons.get(version, Counter()).most_common()))
        refused = {k[2:]: n for k, n in result.refusals.items() if k.startswith(f"{version} ")}
        print("   refusals:", refused or "none")


def main(argv: list[str]) -> int:
    command, *args = argv or ["help"]
    if command == "generate" and len(args) == 2:
        generate(Path(args[0]), Path(args[1]))
    elif command == "packet" and len(args) == 4:
        first, second = (json.loads(Path(p).read_text()) for p in args[1:3])
        packet(Path(args[0]), first, second, Path(args[3]))
    elif command == "tally" and args:
        result = Tally()
        for folder in map(Path, args):
            tally(json.loads((folder / "map.json").read_text()), folder_votes(folder), result)
        print_tally(result)
    elif command == "judgements" and args:
        for folder in map(Path, args):
            for judged in judgements(folder):
                print(json.dumps(judged, ensure_ascii=False))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

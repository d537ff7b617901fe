"""Generator quality on the article development set, the held-out articles and the seed article.

For each article: the questions made by type, how many gold facts (and core facts) the quiz
covers, a refusal with the first line of its reason, and the automatic checks (valid structure,
evidence quoted verbatim, nothing from page chrome or teasers, no repeated prompt, no stem opening
with an unresolved pronoun, no footnote marker). Then totals per group. Figures are printed, never
asserted; `tests/quizzes/generate/test_dev_set.py` holds the floors. Run with `make quality`.

usage: python scripts/quality.py [-v]     (-v also lists the missed gold facts and each problem)
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import SEED_ARTICLE  # noqa: E402
from tests.quizzes.generate.devset import (  # noqa: E402
    CHECKS,
    Article,
    ArticleRun,
    Coverage,
    dev_articles,
    heldout_articles,
    median_questions,
    run_article,
    seed_article,
)


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "n/a"


def print_run(run: ArticleRun, verbose: bool) -> None:
    cov = run.coverage
    print(f"[{run.article.label}] {run.article.slug}")
    if run.refusal is not None:
        print(f"  REFUSED: {run.refusal}")
    else:
        by_type = sorted(run.result.report.questions_by_type.items()) if run.result else []
        per_type = ", ".join(f"{n} {t}" for t, n in by_type)
        print(f"  questions: {len(run.questions)} ({per_type})")
    print(f"  gold coverage: {cov.covered}/{cov.total}, core {cov.core_covered}/{cov.core_total}")
    if verbose:
        for fact in cov.missed:
            print(f"    missed{' (core)' if fact.core else ''}: {fact.fact}")
    checks = run.checks
    failed = {name: problems for name, problems in checks.items() if problems}
    if run.refusal is not None:
        print("  checks: (no quiz)")
    elif not failed:
        print(f"  checks: all {len(CHECKS)} passed")
    else:
        summary = ", ".join(f"{name} ({len(p)})" for name, p in failed.items())
        print(f"  checks FAILED: {summary}")
        if verbose:
            for name, problems in failed.items():
                for problem in problems:
                    print(f"    {name}: {problem}")


def print_totals(label: str, runs: Sequence[ArticleRun]) -> None:
    if not runs:
        return
    total = sum((r.coverage for r in runs), Coverage(0, 0, 0, 0))
    refusals = sum(r.refusal is not None for r in runs)
    failures = {name: sum(len(r.checks[name]) for r in runs) for name in CHECKS}
    failed_articles = sum(any(r.checks.values()) for r in runs)
    failing = ", ".join(f"{name} {n}" for name, n in failures.items() if n) or "none"
    print(f"== {label}: {len(runs)} articles")
    print(f"  median questions per article: {median_questions(runs):g}")
    print(
        f"  gold coverage: {total.covered}/{total.total} ({percent(total.covered, total.total)}),"
        f" core {total.core_covered}/{total.core_total}"
        f" ({percent(total.core_covered, total.core_total)})"
    )
    print(f"  refusals: {refusals}")
    print(f"  check failures: {failing} (articles with a failure: {failed_articles})")


def main(argv: Sequence[str]) -> int:
    verbose = "-v" in argv
    groups: list[tuple[str, list[Article]]] = [
        ("development set", dev_articles()),
        ("held-out articles", heldout_articles()),
    ]
    seed = seed_article(SEED_ARTICLE)
    for label, articles in groups:
        runs = [run_article(article) for article in articles]
        for run in runs:
            print_run(run, verbose)
        print_totals(label, runs)
        print()
    if seed is None:
        print("Seed article not found (tests.conftest.SEED_ARTICLE); skipped.")
        return 0
    run = run_article(seed)
    print_run(run, verbose)
    print_totals("seed article", [run])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

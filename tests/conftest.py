"""Shared fixtures: a throwaway database per test and small, valid quiz-set documents."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# Shared, noisy machines: no per-example deadline, and the one-off cost of Hypothesis building
# its Unicode tables on a fresh machine is not a slow test.
settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("default")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED_ARTICLE = SHARED / "seeds" / "000_932a714b30df5b71.txt"

SAMPLE_QUESTIONS: list[dict[str, Any]] = [
    {
        "id": "sco-newest",
        "type": "single_choice",
        "prompt": "Which country was the newest member of the SCO at the 2024 summit?",
        "choices": ["Belarus", "Turkey", "Azerbaijan", "Mongolia"],
        "answer": "Belarus",
        "explanation": "Belarus joined in 2024, the organisation's most recent member.",
        "evidence": {"quote": "Belarus joined as the newest member.", "paragraph": 12},
        "topic": "SCO membership",
        "difficulty": 1,
        "tags": ["sco", "2024"],
    },
    {
        "id": "sco-members",
        "type": "multiple_choice",
        "prompt": "Which of these attended as SCO members?",
        "choices": ["India", "Iran", "Turkey", "Pakistan"],
        "answer": ["India", "Iran", "Pakistan"],
        "explanation": "Turkey is a dialogue partner, not a member.",
        "evidence": None,
        "topic": "SCO membership",
        "difficulty": 2,
        "tags": [],
    },
    {
        "id": "turkey-member",
        "type": "true_false",
        "prompt": "Turkey is a full member of the SCO.",
        "answer": False,
        "explanation": "Turkey is a dialogue partner.",
        "evidence": None,
        "topic": "SCO membership",
        "difficulty": 1,
        "tags": [],
    },
    {
        "id": "border-length",
        "type": "numeric",
        "prompt": "How long is Kazakhstan's border with Russia?",
        "answer": 7000,
        "tolerance": 500,
        "unit": "km",
        "explanation": "About 7,000 km.",
        "evidence": {"quote": "a border of about 7,000 km", "paragraph": 14},
        "topic": "Borders and geography",
        "difficulty": 2,
        "tags": ["geography"],
    },
    {
        "id": "eaeu",
        "type": "short_answer",
        "prompt": "Name the Russian-led economic bloc Kazakhstan belongs to.",
        "answer": ["Eurasian Economic Union", "EAEU"],
        "explanation": "The EAEU.",
        "evidence": None,
        "topic": "Organisations",
        "difficulty": 2,
        "tags": [],
    },
    {
        "id": "neighbours",
        "type": "ordering",
        "prompt": "Order from north to south.",
        "answer": ["Russia", "Kazakhstan", "China"],
        "explanation": "Russia lies to the north, China to the south.",
        "evidence": None,
        "topic": "Borders and geography",
        "difficulty": 3,
        "tags": [],
    },
    {
        "id": "leaders",
        "type": "matching",
        "prompt": "Match each leader to their country.",
        "answer": [["Tokayev", "Kazakhstan"], ["Xi Jinping", "China"], ["Putin", "Russia"]],
        "explanation": "Presidents at the 2024 summit.",
        "evidence": None,
        "topic": "Leaders",
        "difficulty": 1,
        "tags": [],
    },
]


def quizset_document(title: str = "SCO basics", questions: list[dict] | None = None) -> dict:
    """A valid `.quiz.json` document (a fresh copy each call, safe to mutate)."""
    return {
        "format": "steppe-quiz/quizset",
        "version": 1,
        "title": title,
        "description": "Test set",
        "source": {"title": "An article", "publisher": "A paper", "url": None, "sha256": None},
        "questions": copy.deepcopy(SAMPLE_QUESTIONS if questions is None else questions),
    }


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"

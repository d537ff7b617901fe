"""Counting words in messages: "1 question", "2 questions", "1,200 questions"."""

from __future__ import annotations


def count_of(count: int, noun: str, plural: str | None = None) -> str:
    """`count` and `noun`, plural unless the count is exactly one; thousands grouped."""
    word = noun if count == 1 else (plural or f"{noun}s")
    return f"{count:,} {word}"

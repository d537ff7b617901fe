"""The built-in question bank: the `.quiz.json` files in `seeds/bank/`, loaded into a database.

Each bank file gets a fixed set id derived from its file name, so the built-in set has the same
id (and the same question ids) on every machine, and loading is idempotent.
"""

from __future__ import annotations

import contextlib
import uuid
from pathlib import Path

from quizzes.app.resources import resource_path
from quizzes.exchange.formats.quizjson import read_quizset
from quizzes.store.repository import SetAlreadyStoredError, SetSummary, Store

BANK_NAMESPACE = uuid.UUID("0f3c1a52-7d1e-4c5b-9a60-5e2f6b1d8c47")


def bank_files() -> list[Path]:
    return sorted(resource_path("seeds", "bank").glob("*.quiz.json"))


def builtin_set_id(bank_file: Path) -> str:
    name = bank_file.name.removesuffix(".quiz.json")
    return str(uuid.uuid5(BANK_NAMESPACE, name))


def install_builtin_bank(store: Store) -> list[SetSummary]:
    """Add every bank set the database does not have yet; returns the sets added."""
    present = {s.id for s in store.list_sets()}
    added = []
    for path in bank_files():
        set_id = builtin_set_id(path)
        if set_id in present:
            continue
        # Another start-up on this database may add it at the same moment: it is there then.
        with contextlib.suppress(SetAlreadyStoredError):
            added.append(store.add_quizset(read_quizset(path), builtin=True, set_id=set_id))
    return added


def open_database(url: str) -> Store:
    """Open and migrate the database, then make sure the built-in bank is in it (app start-up)."""
    store = Store.open(url)
    try:
        install_builtin_bank(store)
    except BaseException:
        store.close()
        raise
    return store

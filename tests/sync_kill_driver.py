"""Kill-mid-sync driver: runs one sync of a laptop with its configured school server, printing
each step as it is reached; at STEP it prints `waiting` and waits to be killed with SIGKILL.

Usage: python -m tests.sync_kill_driver LAPTOP_DB_URL STEP PASSWORD
"""

from __future__ import annotations

import sys
import time

from quizzes.ids import utc_now
from quizzes.store.repository import Store
from quizzes.sync.run import sync_once
from quizzes.sync.settings import load_sync_settings


def main(laptop_url: str, stop_at: str, password: str) -> None:
    store = Store.open(laptop_url)
    settings = load_sync_settings(store)
    assert settings is not None, "the laptop has no school server set up"

    def checkpoint(step: str) -> None:
        print(step, flush=True)
        if step == stop_at:
            print("waiting", flush=True)
            time.sleep(600)

    sync_once(store, settings, password, utc_now(), checkpoint)


if __name__ == "__main__":
    main(*sys.argv[1:])

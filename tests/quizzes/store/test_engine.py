"""Engine set-up that is neither SQLite's nor a server's own."""

from __future__ import annotations

import logging

import quizzes.store.engine  # noqa: F401  (installs the driver's log filter)


def test_the_second_error_of_a_failed_insert_batch_stays_off_the_screen(caplog):
    """psycopg logs this while unwinding a batch whose first error the import handles."""
    driver = logging.getLogger("psycopg")
    driver.warning("error ignored terminating %r: %s", "<psycopg.Pipeline>", "pipeline aborted")
    driver.warning("a warning worth seeing")
    assert caplog.messages == ["a warning worth seeing"]

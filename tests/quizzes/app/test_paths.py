"""How the app names its database to a person: a file and its folder, never a raw URL."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizzes.app.paths import database_place, server_url

HOME = Path("/home/aigerim")


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            "sqlite:////home/aigerim/.local/share/SteppeQuiz/steppe-quiz.db",
            "steppe-quiz.db in ~/.local/share/SteppeQuiz",
        ),
        ("sqlite:////srv/quiz/class.db?timeout=5", "class.db in /srv/quiz"),
        ("sqlite:///:memory:", "an in-memory database"),
        ("sqlite://", "an in-memory database"),
        (
            "postgresql+psycopg://teacher:s3cret@db.school.kz/quiz",
            "a postgresql server database on db.school.kz",
        ),
    ],
)
def test_the_database_is_named_by_its_file_and_folder(url, shown):
    assert database_place(url, home=HOME) == shown


def test_a_server_password_is_never_shown():
    assert "s3cret" not in database_place("postgresql://teacher:s3cret@db/quiz", home=HOME)


@pytest.mark.parametrize(
    ("server", "expected"),
    [
        ("school-server", "postgresql+psycopg://aigerim:p%40ss%2Fw%3Ard@school-server/steppe_quiz"),
        (
            "10.0.0.5:6543",
            "postgresql+psycopg://aigerim:p%40ss%2Fw%3Ard@10.0.0.5:6543/steppe_quiz",
        ),
    ],
)
def test_a_school_servers_url_quotes_the_login_and_password(server, expected):
    assert server_url(server, "steppe_quiz", "aigerim", "p@ss/w:rd") == expected


def test_a_server_with_a_bad_port_is_refused_in_words():
    with pytest.raises(ValueError, match="'school:abc': the port after ':' must be a number"):
        server_url("school:abc", "steppe_quiz", "aigerim", "pw")

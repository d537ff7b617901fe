"""Only regular files are read, and never past the cap: /dev/zero and a named pipe end at once
with a sentence naming the file, whatever their reported size."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quizzes.classroom.results_file import ResultsFileError, read_results_file
from quizzes.errors import ArticleError, QuizFileError
from quizzes.exchange.formats.textfile import read_text_file
from quizzes.files import UnreadableFileError, read_capped
from quizzes.generate.reader import read_article

DEV_ZERO = Path("/dev/zero")


@pytest.fixture
def pipe(tmp_path: Path) -> Path:
    """A named pipe nobody writes to: opening it for reading would wait forever."""
    path = tmp_path / "questions.gift"
    os.mkfifo(path)
    return path


def test_a_regular_file_is_read_up_to_its_cap(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 10)
    assert read_capped(path, 10) == b"x" * 10
    with pytest.raises(UnreadableFileError, match="larger than"):
        read_capped(path, 9)


def test_devices_pipes_folders_and_missing_files_are_refused_before_reading(tmp_path, pipe):
    not_regular = "is not a regular file"
    for path, reason in [
        (DEV_ZERO, not_regular),
        (pipe, not_regular),
        (tmp_path, "is a folder"),
        (tmp_path / "gone.txt", "no such file"),
    ]:
        with pytest.raises(UnreadableFileError, match=reason):
            read_capped(path, 1024)


def test_every_reader_refuses_a_pipe_and_dev_zero_naming_the_file(pipe):
    readers = [
        (read_text_file, QuizFileError),
        (read_article, ArticleError),
        (read_results_file, ResultsFileError),
    ]
    for read, error in readers:
        for path in (pipe, DEV_ZERO):
            with pytest.raises(error, match="is not a regular file") as raised:
                read(path)
            assert str(path) in str(raised.value)


def test_the_command_line_refuses_a_pipe_with_exit_2(cli, pipe, db_url):
    done = cli("import", str(pipe), db=db_url)
    assert done.returncode == 2
    assert f"{pipe}: is not a regular file" in done.stderr
    assert "Traceback" not in done.stderr

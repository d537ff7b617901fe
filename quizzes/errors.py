"""Errors a user can cause. The CLI turns them into exit code 2, the GUI into a dialog."""


class SteppeQuizError(Exception):
    """Base of every expected, user-caused failure; its message is shown as it is."""


class QuizFormatError(SteppeQuizError):
    """A quiz set that breaks the `.quiz.json` rules; `path` is the JSON path of the field."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.message = message


class QuizFileError(SteppeQuizError):
    """A file that could not be read as a quiz set: names the file and, where known, the line."""

    def __init__(
        self, file: str, message: str, line: int | None = None, column: int | None = None
    ) -> None:
        where = (
            file if line is None else f"{file}:{line}" + ("" if column is None else f":{column}")
        )
        super().__init__(f"{where}: {message}")
        self.file = file
        self.line = line
        self.column = column


class ArticleError(SteppeQuizError):
    """An article that cannot become a quiz: unreadable, empty, binary, too big, or no facts."""


class SetNotFoundError(SteppeQuizError):
    """No question set, or more than one, matches what the user typed."""


class DatabaseError(SteppeQuizError):
    """The database cannot be opened or used as it is: damaged, read-only, full, busy, from a
    newer version, or of a kind this build cannot reach. The message says which, and what to do."""


class DatabaseTooNewError(DatabaseError):
    """The database was written by a later version of the app; it is never downgraded."""


class DatabaseDamagedError(DatabaseError):
    """The database file is damaged or was changed outside the app (its pages, a table, a stored
    value): restoring a backup is the cure, and the damaged file is left as it is."""


class AnswerNotSavedError(SteppeQuizError):
    """An answer the database could not store (locked, disk full, read-only, I/O error).

    Nothing moved on: the quiz is still at that question, so submitting again retries.
    """

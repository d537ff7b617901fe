"""Rules the store's modules share: how a question row's id is derived, what a profile may be
called. `repository` and `history` both import them from here (neither imports the other)."""

from __future__ import annotations

import functools
import uuid

from quizzes.errors import SteppeQuizError

MAX_PROFILE_NAME = 60


class ProfileNameError(SteppeQuizError):
    """A profile name that is empty or already taken."""


def question_uuid(set_id: str, external_id: str) -> str:
    """Questions get ids derived from their set's id, so the same set has the same question ids
    on every machine (results from several laptops can then be merged)."""
    return str(uuid.uuid5(_namespace(set_id), external_id))


@functools.lru_cache(maxsize=16)
def _namespace(set_id: str) -> uuid.UUID:
    """A set's id as a UUID, parsed once for all its questions."""
    return uuid.UUID(set_id)


def clean_profile_name(name: str) -> str:
    """`name` with its spaces tidied; `ProfileNameError` if that leaves nothing or too much."""
    clean = " ".join(name.split())
    if "\x00" in clean:  # PostgreSQL keeps no NUL in text; SQLite would, so refuse it on both
        raise ProfileNameError("a profile name cannot hold a NUL character")
    if not clean:
        raise ProfileNameError("a profile needs a name")
    if len(clean) > MAX_PROFILE_NAME:
        raise ProfileNameError(f"a profile name can be at most {MAX_PROFILE_NAME} characters")
    return clean


def name_taken(clean: str) -> ProfileNameError:
    """The error for a name another profile already has."""
    return ProfileNameError(f"there is already a profile called {clean!r}")

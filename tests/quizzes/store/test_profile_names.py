"""One rule for profile names, whether a profile is created or renamed; store modules that share
rules import them from `quizzes.store.rules`, so `history` and `repository` form no cycle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quizzes.store.rules import MAX_PROFILE_NAME, ProfileNameError

pytestmark = pytest.mark.both_engines

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "needs a name"),
        (" \t\n ", "needs a name"),
        ("x" * (MAX_PROFILE_NAME + 1), f"at most {MAX_PROFILE_NAME} characters"),
        ("Asel\x00", "a profile name cannot hold a NUL character"),
    ],
)
def test_creating_and_renaming_refuse_the_same_names(store, typed, message):
    kept = store.create_profile("Aigerim")
    with pytest.raises(ProfileNameError, match=message):
        store.create_profile(typed)
    with pytest.raises(ProfileNameError, match=message):
        store.history.rename_profile(kept.id, typed)
    assert [p.name for p in store.list_profiles()] == ["Aigerim"]


def test_creating_and_renaming_tidy_spaces_and_allow_the_longest_name(store):
    longest = "y" * MAX_PROFILE_NAME
    created = store.create_profile(f"  {longest}\t")
    assert created.name == longest
    other = store.create_profile("Bolat")
    assert store.history.rename_profile(other.id, "  Bolat \n  K. ") == "Bolat K."
    assert [p.name for p in store.list_profiles()] == ["Bolat K.", longest]


def test_a_name_taken_is_refused_with_the_same_words_either_way(store):
    store.create_profile("Daniyar")
    other = store.create_profile("Asel")
    with pytest.raises(ProfileNameError) as on_create:
        store.create_profile(" Daniyar ")
    with pytest.raises(ProfileNameError) as on_rename:
        store.history.rename_profile(other.id, "Daniyar")
    assert str(on_create.value) == str(on_rename.value)
    assert str(on_create.value) == "there is already a profile called 'Daniyar'"


@pytest.mark.parametrize(
    ("module", "must_not_load"),
    [
        ("quizzes.store.history", "quizzes.store.repository"),
        ("quizzes.store.rules", "quizzes.store.tables"),
    ],
)
def test_store_modules_import_without_a_cycle(module, must_not_load):
    probe = f"import sys, {module}; print({must_not_load!r} in sys.modules)"
    loaded = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == "False"

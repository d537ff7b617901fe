"""The storage facade on a real SQLite file: round trips, profiles, look-ups, settings."""

from __future__ import annotations

from datetime import UTC

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizzes.errors import DatabaseDamagedError, DatabaseError, SetNotFoundError
from quizzes.model import is_blank, parse_quizset
from quizzes.store.repository import SetAlreadyStoredError, Store, question_uuid
from quizzes.store.rules import ProfileNameError
from tests.conftest import quizset_document
from tests.raw_sql import count_rows, run_sql

pytestmark = pytest.mark.both_engines


def test_a_stored_set_reads_back_equal(store):
    quizset = parse_quizset(quizset_document())
    summary = store.add_quizset(quizset)
    assert store.get_quizset(summary.id) == quizset


def test_the_list_gives_counts_topics_and_source(store):
    store.add_quizset(parse_quizset(quizset_document("Zeta")))
    store.add_quizset(parse_quizset(quizset_document("alpha", questions=[])))
    alpha, zeta = store.list_sets()
    assert (alpha.title, alpha.question_count, alpha.topics) == ("alpha", 0, [])
    assert (zeta.title, zeta.question_count) == ("Zeta", 7)
    assert zeta.topics == ["SCO membership", "Borders and geography", "Organisations", "Leaders"]
    assert zeta.source_label == "An article — A paper"
    assert zeta.created_at.tzinfo is UTC


def test_built_in_sets_are_listed_first(store):
    store.add_quizset(parse_quizset(quizset_document("Aaa")))
    store.add_quizset(parse_quizset(quizset_document("Zzz")), builtin=True)
    assert [s.title for s in store.list_sets()] == ["Zzz", "Aaa"]


def _question_ids(url: str) -> list[str]:
    return [row[0] for row in run_sql(url, "select id from question order by position")]


def test_the_same_set_gets_the_same_question_ids_on_another_machine(store, db_url, new_db_url):
    set_id = "5b0cc9bf-1d6b-4c2e-9a43-0a6b0e0b6a11"
    store.add_quizset(parse_quizset(quizset_document()), set_id=set_id)
    other_url = new_db_url("other.db")
    other = Store.open(other_url)
    other.add_quizset(parse_quizset(quizset_document()), set_id=set_id)
    other.close()
    ids = _question_ids(db_url)
    assert ids == _question_ids(other_url)
    assert len(set(ids)) == 7
    assert ids[4] == question_uuid(set_id, "eaeu")


def test_a_set_is_found_by_id_prefix_or_title(store):
    summary = store.add_quizset(parse_quizset(quizset_document("Borders of Kazakhstan")))
    assert store.find_set(summary.id).id == summary.id
    assert store.find_set(summary.id[:8]).id == summary.id
    assert store.find_set("borders of kazakhstan").id == summary.id
    with pytest.raises(SetNotFoundError, match="no question set"):
        store.find_set("Trade")


def test_an_ambiguous_title_asks_for_an_id(store):
    store.add_quizset(parse_quizset(quizset_document("Same")))
    store.add_quizset(parse_quizset(quizset_document("Same")))
    with pytest.raises(SetNotFoundError, match="2 sets match 'Same'; use an id"):
        store.find_set("Same")


def test_the_same_questions_are_recognised(store):
    quizset = parse_quizset(quizset_document())
    assert store.sets_with_same_questions(quizset) == []
    summary = store.add_quizset(quizset)
    assert [s.id for s in store.sets_with_same_questions(quizset)] == [summary.id]


def test_a_failed_import_stores_nothing(store):
    quizset = parse_quizset(quizset_document())
    summary = store.add_quizset(quizset)
    with pytest.raises(SetAlreadyStoredError) as raised:  # the same set id is taken
        store.add_quizset(quizset, set_id=summary.id)
    assert raised.value.existing == summary
    assert [s.question_count for s in store.list_sets()] == [7]


def test_deleting_a_set_deletes_its_questions(store, db_url):
    summary = store.add_quizset(parse_quizset(quizset_document()))
    store.delete_set(summary.id)
    assert store.list_sets() == []
    assert count_rows(db_url, "question") == 0


def test_profiles_are_created_listed_and_names_kept_unique(store):
    store.create_profile("  Aigerim   S. ")
    store.create_profile("Daniyar")
    assert [p.name for p in store.list_profiles()] == ["Aigerim S.", "Daniyar"]
    with pytest.raises(ProfileNameError, match="already a profile called 'Daniyar'"):
        store.create_profile("Daniyar")
    with pytest.raises(ProfileNameError, match="needs a name"):
        store.create_profile("   ")


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path):
    store = Store.open(f"sqlite:///{tmp_path / 'wal.db'}")
    try:
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        store.close()


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(DatabaseDamagedError) as refused:
        Store.open(f"sqlite:///{path}")
    assert str(refused.value).startswith(
        f"The database {path} is damaged (file is not a database). Restore a backup"
    )
    assert path.read_text().startswith("these are my notes")


def test_a_nonsense_url_is_refused():
    with pytest.raises(DatabaseError, match="not a database URL"):
        Store.open("no such thing")


def test_the_database_folder_is_created(tmp_path):
    store = Store.open(f"sqlite:///{tmp_path / 'a' / 'b' / 'quiz.db'}")
    store.close()
    assert (tmp_path / "a" / "b" / "quiz.db").exists()


# Any text the model calls valid: no lone surrogates, no NUL, something visible.
titles = st.text(
    st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), min_size=1, max_size=40
).filter(lambda text: not is_blank(text))


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    title=titles,
    prompt=titles,
    choices=st.lists(
        titles, min_size=2, max_size=5, unique_by=lambda s: " ".join(s.casefold().split())
    ),
)
def test_any_valid_text_survives_the_database(store, title, prompt, choices):
    question = {
        "id": "q",
        "type": "single_choice",
        "prompt": prompt,
        "choices": choices,
        "answer": choices[-1],
    }
    quizset = parse_quizset(quizset_document(title, questions=[question]))
    assert store.get_quizset(store.add_quizset(quizset).id) == quizset

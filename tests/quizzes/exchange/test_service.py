"""The exchange service's steps, as the CLI and the GUI use them: read (no database), store
(refusing a duplicate unless asked), export to text or to a file."""

from __future__ import annotations

import json

import pytest

from quizzes.exchange.service import (
    DuplicateSetError,
    NothingToImportError,
    export_set,
    export_to_file,
    import_into_store,
    read_import,
    store_import,
)
from quizzes.store.repository import Store
from tests.conftest import quizset_document


@pytest.fixture
def quiz_file(tmp_path):
    path = tmp_path / "sco.quiz.json"
    path.write_text(json.dumps(quizset_document("SCO service")), encoding="utf-8")
    return path


def test_reading_a_file_with_nothing_importable_raises_with_the_report(tmp_path):
    path = tmp_path / "essays.gift"
    path.write_text("::Essay one::Discuss.{}\n\n::Essay two::Discuss more.{}\n", encoding="utf-8")
    with pytest.raises(NothingToImportError, match="nothing stored") as raised:
        read_import(path)
    assert [line.split(":")[0] for line in raised.value.result.report_lines()] == [
        "skipped question 1 'Essay one' (line 1)",
        "skipped question 2 'Essay two' (line 3)",
    ]


def test_storing_the_same_questions_twice_needs_as_new(store, quiz_file):
    result = read_import(quiz_file)
    first = store_import(store, quiz_file, result)
    with pytest.raises(DuplicateSetError) as raised:
        store_import(store, quiz_file, result)
    assert raised.value.existing.id == first.id
    assert f"already stored as set {first.id}" in str(raised.value)
    second = store_import(store, quiz_file, result, as_new=True)
    assert second.id != first.id
    assert [s.title for s in store.list_sets()] == ["SCO service", "SCO service"]


def test_import_into_store_is_reading_then_storing(store, quiz_file):
    summary, result = import_into_store(store, quiz_file)
    assert (summary.title, summary.question_count) == ("SCO service", 7)
    assert store.get_quizset(summary.id).questions == result.quizset.questions


def test_exporting_gives_the_text_with_warnings_and_the_file_gets_the_same(
    store, quiz_file, tmp_path
):
    summary, _ = import_into_store(store, quiz_file)
    exported = export_set(store, summary.id, "gift")
    assert "::sco-newest::" in str(exported.content)
    assert any("written as matching" in warning for warning in exported.warnings)
    path = tmp_path / "sco.gift"
    assert export_to_file(store, summary.id, "gift", path) == exported.warnings
    assert path.read_text(encoding="utf-8") == exported.content


def test_an_import_that_looked_before_another_one_committed_is_still_refused(
    db_url, quiz_file, monkeypatch
):
    first_store, second_store = Store.open(db_url), Store.open(db_url)
    try:
        result = read_import(quiz_file)
        # The second import looked for the same questions before the first one was committed.
        monkeypatch.setattr(second_store, "sets_with_same_questions", lambda quizset: [])
        first = store_import(first_store, quiz_file, result)
        with pytest.raises(DuplicateSetError) as raised:
            store_import(second_store, quiz_file, result)
        assert raised.value.existing.id == first.id
        assert f"already stored as set {first.id}" in str(raised.value)
        assert [s.id for s in first_store.list_sets()] == [first.id]
        assert store_import(second_store, quiz_file, result, as_new=True).id != first.id
    finally:
        first_store.close()
        second_store.close()


def test_a_set_edited_after_its_import_lets_the_file_be_imported_again(store, quiz_file):
    result = read_import(quiz_file)
    first = store_import(store, quiz_file, result)
    store.replace_questions(first.id, result.quizset.questions[:-1])
    again = store_import(store, quiz_file, read_import(quiz_file))
    assert again.id != first.id and again.question_count == 7

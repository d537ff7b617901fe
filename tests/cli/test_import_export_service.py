"""`import` and `export` go through the exchange service the GUI uses: same checks, same
content, and the CLI's own order of messages (report lines, then the one error line)."""

from __future__ import annotations

import json

from cli.commands import EXIT_OK, EXIT_USAGE
from quizzes.exchange.service import export_to_file
from quizzes.store.repository import Store
from tests.conftest import quizset_document


def test_a_file_with_nothing_importable_reports_then_fails_without_opening_the_database(
    tmp_path, cli
):
    database = tmp_path / "never.db"
    path = tmp_path / "essays.gift"
    path.write_text("::Essay one::Discuss.{}\n\n::Essay two::Discuss more.{}\n", encoding="utf-8")
    done = cli("import", str(path), db=f"sqlite:///{database}")
    assert (done.returncode, done.stdout) == (EXIT_USAGE, "")
    lines = done.stderr.splitlines()
    assert [line.startswith(f"{path}: skipped question") for line in lines] == [True, True, False]
    assert lines[-1] == f"steppe-quiz: error: {path}: no question could be imported; nothing stored"
    assert not database.exists()


def test_a_duplicate_is_refused_with_the_service_message(tmp_path, db_url, cli):
    path = tmp_path / "sco.quiz.json"
    path.write_text(json.dumps(quizset_document("SCO cli")), encoding="utf-8")
    first = cli("import", str(path), db=db_url)
    assert first.returncode == EXIT_OK
    set_id = first.stdout.strip().rsplit(" ", 1)[-1]
    again = cli("import", str(path), db=db_url)
    assert (again.returncode, again.stdout) == (EXIT_USAGE, "")
    assert again.stderr == (
        f"steppe-quiz: error: {path}: these questions are already stored as set {set_id} "
        "('SCO cli'); nothing imported. Use --as-new to store another copy.\n"
    )


def test_export_writes_what_the_gui_export_writes(tmp_path, db_url, cli):
    source = tmp_path / "sco.quiz.json"
    source.write_text(json.dumps(quizset_document("SCO cli")), encoding="utf-8")
    assert cli("import", str(source), db=db_url).returncode == EXIT_OK
    by_cli = tmp_path / "cli.gift"
    done = cli("export", "SCO cli", "--format", "gift", "--out", str(by_cli), db=db_url)
    assert (done.returncode, done.stdout) == (
        EXIT_OK,
        f"Exported 'SCO cli' (7 questions) to {by_cli}\n",
    )
    store = Store.open(db_url)
    try:
        by_gui = tmp_path / "gui.gift"
        warnings = export_to_file(store, store.find_set("SCO cli").id, "gift", by_gui)
    finally:
        store.close()
    assert by_cli.read_bytes() == by_gui.read_bytes()
    assert done.stderr == "".join(f"steppe-quiz: warning: {w}\n" for w in warnings) and warnings

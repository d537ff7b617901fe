"""`import` and `export` go through the exchange service the GUI uses: same checks, same
content, and the CLI's own order of messages (report lines, then the one error line)."""

from __future__ import annotations

import io
import json

from cli.commands import EXIT_OK, EXIT_USAGE, build_parser, run_command
from quizzes.exchange.service import export_to_file
from quizzes.store.repository import Store
from tests.conftest import quizset_document


def run_in_process(db_url: str, *argv: str) -> tuple[int, str]:
    """Exit code and standard output of one command, run in this process."""
    out = io.StringIO()
    code = run_command(build_parser().parse_args(list(argv)), db_url, out)
    return code, out.getvalue()


def test_a_file_with_nothing_importable_reports_then_fails_without_opening_the_database(
    tmp_path, capsys
):
    database = tmp_path / "never.db"
    path = tmp_path / "essays.gift"
    path.write_text("::Essay one::Discuss.{}\n\n::Essay two::Discuss more.{}\n", encoding="utf-8")
    code, printed = run_in_process(f"sqlite:///{database}", "import", str(path))
    assert (code, printed) == (EXIT_USAGE, "")
    lines = capsys.readouterr().err.splitlines()
    assert [line.startswith(f"{path}: skipped question") for line in lines] == [True, True, False]
    assert lines[-1] == f"steppe-quiz: error: {path}: no question could be imported; nothing stored"
    assert not database.exists()


def test_a_duplicate_is_refused_with_the_service_message(tmp_path, db_url, capsys):
    path = tmp_path / "sco.quiz.json"
    path.write_text(json.dumps(quizset_document("SCO cli")), encoding="utf-8")
    code, printed = run_in_process(db_url, "import", str(path))
    assert code == EXIT_OK
    set_id = printed.strip().rsplit(" ", 1)[-1]
    assert run_in_process(db_url, "import", str(path)) == (EXIT_USAGE, "")
    assert capsys.readouterr().err == (
        f"steppe-quiz: error: {path}: these questions are already stored as set {set_id} "
        "('SCO cli'); nothing imported. Use --as-new to store another copy.\n"
    )


def test_export_writes_what_the_gui_export_writes(tmp_path, db_url, capsys):
    source = tmp_path / "sco.quiz.json"
    source.write_text(json.dumps(quizset_document("SCO cli")), encoding="utf-8")
    assert run_in_process(db_url, "import", str(source))[0] == EXIT_OK
    by_cli = tmp_path / "cli.gift"
    code, printed = run_in_process(
        db_url, "export", "SCO cli", "--format", "gift", "--out", str(by_cli)
    )
    assert (code, printed) == (EXIT_OK, f"Exported 'SCO cli' (7 questions) to {by_cli}\n")
    warned = capsys.readouterr().err
    store = Store.open(db_url)
    try:
        by_gui = tmp_path / "gui.gift"
        warnings = export_to_file(store, store.find_set("SCO cli").id, "gift", by_gui)
    finally:
        store.close()
    assert by_cli.read_bytes() == by_gui.read_bytes()
    assert warned == "".join(f"steppe-quiz: warning: {w}\n" for w in warnings) and warnings

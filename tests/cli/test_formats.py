"""`import` and `export` in every exchange format, run as a user runs them (the pdf export also
as a subprocess: drawing needs the Qt wiring in main.py)."""

from __future__ import annotations

import json
import zipfile

import pytest

from tests.cli.test_commands import run_script
from tests.conftest import MOODLE_FIXTURE, CommandLine, quizset_document

pytestmark = pytest.mark.both_engines


def stored_titles(cli: CommandLine, db_url: str) -> list[str]:
    return [row["title"] for row in json.loads(cli("sets", "--json", db=db_url).stdout)]


@pytest.mark.shared_files(MOODLE_FIXTURE)
def test_import_moodle_gift_reports_skipped_questions_and_refuses_a_duplicate(cli, db_url):
    first = cli("import", str(MOODLE_FIXTURE), db=db_url)
    assert first.returncode == 0, first.stderr
    assert "Imported 'moodle-gift-fixture-questions': 8 questions" in first.stdout
    assert "skipped question 1 'Q8' (line 2): an essay" in first.stderr
    assert "distractor 'Chat' not carried" in first.stderr
    again = cli("import", str(MOODLE_FIXTURE), db=db_url)
    assert again.returncode == 2 and "already stored" in again.stderr
    forced = cli("import", str(MOODLE_FIXTURE), "--as-new", db=db_url)
    assert forced.returncode == 0, forced.stderr
    assert stored_titles(cli, db_url).count("moodle-gift-fixture-questions") == 2


def test_malformed_file_stores_nothing_and_names_line_and_column(cli, tmp_path, db_url):
    path = tmp_path / "broken.gift"
    path.write_text("::ok::Fine?{T}\n\n::bad::Which? {=x ~y\n", encoding="utf-8")
    result = cli("import", str(path), db=db_url)
    assert result.returncode == 2
    assert f"{path}:3:15: the answer block opened here is never closed" in result.stderr
    assert "Traceback" not in result.stderr
    assert "broken" not in stored_titles(cli, db_url)


def test_round_trip_through_gift_csv_and_aiken_on_the_command_line(cli, tmp_path, db_url):
    source = tmp_path / "sco.quiz.json"
    source.write_text(json.dumps(quizset_document("SCO formats")), encoding="utf-8")
    assert cli("import", str(source), db=db_url).returncode == 0

    gift = cli("export", "SCO formats", "--format", "gift", db=db_url)
    assert gift.returncode == 0
    assert "::sco-newest::" in gift.stdout
    assert "ordering question 6 'Order from north to south.' written as matching" in gift.stderr

    out_csv = tmp_path / "sco.csv"
    exported = cli("export", "SCO formats", "--format", "csv", "--out", str(out_csv), db=db_url)
    assert exported.returncode == 0, exported.stderr
    assert out_csv.read_bytes().startswith(b"\xef\xbb\xbfid,type,prompt")
    back = cli("import", str(out_csv), "--as-new", db=db_url)
    assert back.returncode == 0, back.stderr
    assert "Imported 'sco': 7 questions" in back.stdout

    out_aiken = tmp_path / "sco.txt"
    aiken = cli("export", "SCO formats", "--format", "aiken", "--out", str(out_aiken), db=db_url)
    assert "skipped question 2 'Which of these attended as SCO members?'" in aiken.stderr
    imported = cli("import", str(out_aiken), "--format", "aiken", db=db_url)
    assert "Imported 'sco': 1 question (" in imported.stdout, imported.stderr


def test_anki_export_needs_out_and_writes_a_package(cli, tmp_path, db_url):
    source = tmp_path / "sco.quiz.json"
    source.write_text(json.dumps(quizset_document("SCO anki")), encoding="utf-8")
    cli("import", str(source), db=db_url)
    refused = cli("export", "SCO anki", "--format", "apkg", db=db_url)
    assert refused.returncode == 2 and "give --out FILE" in refused.stderr
    deck = tmp_path / "sco.apkg"
    written = cli("export", "SCO anki", "--format", "apkg", "--out", str(deck), db=db_url)
    assert written.returncode == 0, written.stderr
    with zipfile.ZipFile(deck) as archive:
        assert "collection.anki2" in archive.namelist()


@pytest.mark.e2e
def test_pdf_export_writes_variants_and_keys(cli, tmp_path, db_url):
    source = tmp_path / "sco.quiz.json"
    source.write_text(json.dumps(quizset_document("SCO exam")), encoding="utf-8")
    cli("import", str(source), db=db_url)
    out = tmp_path / "exam.pdf"
    args = ("export", "SCO exam", "--format", "pdf", "--out", str(out), "--variants", "2")
    result = run_script(*args, "--seed", "5", db=db_url)
    assert result.returncode == 0, result.stderr
    for name in ("exam-A.pdf", "exam-A-key.pdf", "exam-B.pdf", "exam-B-key.pdf"):
        assert (tmp_path / name).read_bytes().startswith(b"%PDF-")
    bad = cli(
        "export", "SCO exam", "--format", "pdf", "--out", str(out), "--variants", "0", db=db_url
    )
    assert bad.returncode == 2 and "--variants must be 1 to 26" in bad.stderr


def test_pdf_keys_need_the_teacher_pin_once_one_is_set(cli, qapp, tmp_path, db_url):
    from quizzes.store.repository import Store

    source = tmp_path / "sco.quiz.json"
    source.write_text(json.dumps(quizset_document("SCO exam")), encoding="utf-8")
    cli("import", str(source), db=db_url)
    store = Store.open(db_url)
    store.teacher_lock().set_pin("2468")
    store.close()
    out = tmp_path / "exam.pdf"
    refused = cli("export", "SCO exam", "--format", "pdf", "--out", str(out), db=db_url)
    assert refused.returncode == 2 and "a teacher PIN is set" in refused.stderr
    assert not out.exists() and not (tmp_path / "exam-key.pdf").exists()
    wrong = cli("export", "SCO exam", "--format", "pdf", "--out", str(out), "--pin", "1", db=db_url)
    assert wrong.returncode == 2 and not out.exists()
    right = cli(
        "export", "SCO exam", "--format", "pdf", "--out", str(out), "--pin", "2468", db=db_url
    )
    assert right.returncode == 0, right.stderr
    assert (tmp_path / "exam-key.pdf").read_bytes().startswith(b"%PDF-")
    json_export = cli("export", "SCO exam", "--format", "json", db=db_url)
    assert json_export.returncode == 0  # only the printed keys are guarded


def test_a_file_with_nothing_importable_stores_nothing(cli, tmp_path, db_url):
    path = tmp_path / "essays.gift"
    path.write_text("::Essay one::Discuss.{}\n\n::Essay two::Discuss more.{}\n", encoding="utf-8")
    result = cli("import", str(path), db=db_url)
    assert result.returncode == 2
    assert "skipped question 2 'Essay two' (line 3)" in result.stderr
    assert "no question could be imported; nothing stored" in result.stderr
    assert "essays" not in stored_titles(cli, db_url)

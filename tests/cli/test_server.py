"""`server init|upgrade|teacher add|students create|password` and `sets publish|unpublish` on a
real PostgreSQL: what each prints, that running init again changes nothing, and how each
refusal ends (one line on stderr, exit code 2)."""

from __future__ import annotations

import io
import secrets

import pytest
from sqlalchemy.engine import make_url

from quizzes.app.bank import bank_files
from quizzes.store import migrate
from quizzes.store.repository import Store
from tests.raw_sql import run_sql

pytestmark = pytest.mark.postgresql_only

HEAD = migrate.head_revision()


def _policies(url: str) -> list[tuple]:
    return run_sql(url, "select tablename, policyname from pg_policies order by 1, 2")


def test_init_sets_up_a_new_database_and_a_second_run_changes_nothing(cli, empty_db_url):
    first = cli("server", "init", empty_db_url)
    assert first.returncode == 0, first.stderr
    lines = first.stdout.splitlines()
    assert lines[0] == f"Schema: created at revision {HEAD}."
    assert lines[3] == "Owner postgres: already a member of steppe_teacher." or lines[3] == (
        "Owner postgres: made a member of steppe_teacher."
    )
    assert lines[4].startswith("Permissions and row-level security: set up (")
    assert lines[5] == "Function steppe_withdraw_exam_answer (changing an exam's answer): created."
    assert lines[6].startswith("Built-in sets: ") and "added" in lines[6]
    policies = _policies(empty_db_url)
    again = cli("server", "init", empty_db_url)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines() == [
        f"Schema: already at revision {HEAD}, the newest this version knows.",
        "Role steppe_teacher: already set up.",
        "Role steppe_student: already set up.",
        "Owner postgres: already a member of steppe_teacher.",
        "Permissions and row-level security: already set up.",
        "Function steppe_withdraw_exam_answer (changing an exam's answer): already set up.",
        "Built-in sets: already there and published.",
    ]
    assert _policies(empty_db_url) == policies


def test_init_refuses_a_url_that_is_not_a_server(cli, tmp_path):
    result = cli("server", "init", f"sqlite:///{tmp_path / 'quiz.db'}")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"steppe-quiz: error: sqlite:///{tmp_path / 'quiz.db'} is not a PostgreSQL server: "
        "give its URL, such as postgresql+psycopg://owner:password@server/steppe_quiz\n"
    )


def test_a_server_written_by_a_newer_version_is_refused_and_left_alone(cli, db_url):
    run_sql(db_url, "update alembic_version set version_num = '9999_future'")
    for command in ("init", "upgrade"):
        result = cli("server", command, db_url)
        assert result.returncode == 2
        assert "newer version of Steppe Quiz (schema revision '9999_future')" in result.stderr
    assert run_sql(db_url, "select version_num from alembic_version") == [("9999_future",)]


def test_upgrade_migrates_an_older_server(cli, empty_db_url):
    engine = Store.open(empty_db_url).engine  # the newest schema, then back to 0006
    engine.dispose()
    from alembic import command

    from quizzes.store.engine import make_engine

    engine = make_engine(empty_db_url)
    with engine.begin() as connection:
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
    engine.dispose()
    result = cli("server", "upgrade", empty_db_url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"Schema: upgraded from revision 0006 to {HEAD}."


def test_upgrade_refuses_a_database_never_set_up(cli, empty_db_url):
    result = cli("server", "upgrade", empty_db_url)
    assert (result.returncode, result.stdout) == (2, "")
    shown = make_url(empty_db_url).render_as_string(hide_password=True)
    assert result.stderr == (
        f"steppe-quiz: error: {shown} has not been set up yet: run `steppe-quiz server init "
        "URL` first\n"
    )
    assert run_sql(empty_db_url, "select count(*) from pg_tables where schemaname = 'public'") == [
        (0,)
    ]


def _student_url(owner_url: str, login: str, password: str) -> str:
    return (
        make_url(owner_url)
        .set(username=login, password=password)
        .render_as_string(hide_password=False)
    )


def test_students_get_a_login_each_once_and_can_change_their_password(cli, db_url, monkeypatch):
    assert cli("server", "init", db_url).returncode == 0
    made = cli("server", "students", "create", "Zarina Ospan", "Émile Durand", db=db_url)
    assert made.returncode == 0, made.stderr
    header, columns, *rows = made.stdout.splitlines()
    assert header == (
        "2 student logins created. The passwords are shown only now: hand each student their line."
    )
    assert columns == "student\tlogin\tpassword"
    logins = {name: (login, password) for name, login, password in (r.split("\t") for r in rows)}
    assert sorted(logins) == ["Zarina Ospan", "Émile Durand"]
    assert logins["Zarina Ospan"][0].startswith("zarina_ospan")
    assert logins["Émile Durand"][0].startswith("emile_durand")
    again = cli("server", "students", "create", db=db_url)
    assert again.stdout == "Every student on the roster already has a login: nothing to create.\n"

    login, password = logins["Zarina Ospan"]
    student_url = _student_url(db_url, login, password)
    monkeypatch.setattr("sys.stdin", io.StringIO("my-own-secret\n"))
    changed = cli("server", "password", db=student_url)
    assert changed.returncode == 0, changed.stderr
    assert changed.stdout == f"The password of {login} is changed; use the new one from now on.\n"
    old = cli("sets", db=student_url)
    assert old.returncode == 2
    assert f"refused the login '{login}': the user name or password is wrong." in old.stderr
    assert "my-own-secret" not in old.stderr and password not in old.stderr
    assert cli("sets", db=_student_url(db_url, login, "my-own-secret")).returncode == 0


def test_a_student_cannot_create_logins_or_publish(cli, db_url, monkeypatch):
    assert cli("server", "init", db_url).returncode == 0
    made = cli("server", "students", "create", "Dana", db=db_url)
    _, _, row = made.stdout.splitlines()
    _, login, password = row.split("\t")
    student_url = _student_url(db_url, login, password)
    refused = cli("server", "students", "create", "Eve", db=student_url)
    assert refused.returncode == 2
    assert f"does not allow the login '{login}' to do this" in refused.stderr
    owner = Store.open(db_url)
    [builtin, *_] = owner.list_sets()
    owner.close()
    refused = cli("sets", "unpublish", builtin.id, db=student_url)
    assert refused.returncode == 2
    assert f"does not allow the login '{login}' to do this" in refused.stderr
    assert "UPDATE" not in refused.stderr


def test_a_teacher_login_is_made_once(cli, db_url):
    assert cli("server", "init", db_url).returncode == 0
    made = cli("server", "teacher", "add", "aliyeva_m", db=db_url)
    assert made.returncode == 0, made.stderr
    password = made.stdout.split("shown only now: ")[1].split("\n")[0]
    teacher_url = _student_url(db_url, "aliyeva_m", password)
    assert cli("sets", db=teacher_url).returncode == 0
    again = cli("server", "teacher", "add", "aliyeva_m", db=db_url)
    assert again.returncode == 2
    assert again.stderr == (
        "steppe-quiz: error: there is already a login called 'aliyeva_m' on this server\n"
    )
    bad = cli("server", "teacher", "add", "Robert'); DROP TABLE--", db=db_url)
    assert bad.returncode == 2
    assert "cannot be a login name" in bad.stderr


def test_publishing_a_set_shows_it_to_students(cli, db_url):
    assert cli("server", "init", db_url).returncode == 0
    store = Store.open(db_url)
    from quizzes.model import parse_quizset
    from tests.conftest import quizset_document

    draft = store.add_quizset(parse_quizset(quizset_document("Draft")))
    store.close()
    made = cli("server", "students", "create", "Dana", db=db_url)
    _, _, row = made.stdout.splitlines()
    _, login, password = row.split("\t")
    student_url = _student_url(db_url, login, password)
    assert "Draft" not in cli("sets", db=student_url).stdout
    published = cli("sets", "publish", "Draft", db=db_url)
    assert published.stdout == "'Draft' is published: students of the school server can read it.\n"
    assert f"{draft.id}\tDraft" in cli("sets", db=student_url).stdout
    hidden = cli("sets", "unpublish", draft.id, db=db_url)
    assert hidden.stdout == "'Draft' is not published: only teachers can read it.\n"
    assert "Draft" not in cli("sets", db=student_url).stdout


def test_the_readme_flow_with_an_owner_that_is_not_a_superuser(
    cli, postgres, postgres_databases, tmp_path
):
    owner = f"owner_{secrets.token_hex(4)}"
    run_sql(postgres.url("postgres"), f"create role {owner} login createrole password 'o-secret-1'")
    database = postgres_databases.create("readme").rsplit("/", 1)[1]
    run_sql(postgres.url("postgres"), f"alter database {database} owner to {owner}")
    owner_url = postgres.url(database, owner, "o-secret-1")

    init = cli("server", "init", owner_url)
    assert init.returncode == 0, init.stderr
    assert f"Owner {owner}: made a member of steppe_teacher." in init.stdout.splitlines()
    teacher = cli("server", "teacher", "add", f"t_{owner}", db=owner_url)
    assert teacher.returncode == 0, teacher.stderr
    logins = tmp_path / "class-7b.csv"
    made = cli(
        "server", "students", "create", "Aigerim Sadykova", "--out", str(logins), db=owner_url
    )
    assert made.stdout == f"1 student login created; their passwords are in {logins}.\n"
    assert logins.stat().st_mode & 0o777 == 0o600
    header, row = logins.read_text(encoding="utf-8").splitlines()
    assert header == "student,login,password"
    name, login, password = row.split(",")
    assert name == "Aigerim Sadykova" and login.startswith("aigerim_sadykova")

    student = cli("sets", db=postgres.url(database, login, password))
    assert student.returncode == 0, student.stderr
    assert len(student.stdout.splitlines()) == len(bank_files())  # the published built-in sets
    owner_store = Store.open(owner_url)  # forced row-level security: the owner is a teacher
    try:
        assert [p.name for p in owner_store.list_profiles()] == ["Aigerim Sadykova"]
    finally:
        owner_store.close()

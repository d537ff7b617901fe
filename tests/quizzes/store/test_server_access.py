"""What a student's own login may do on a school server, enforced by PostgreSQL (grants and
row-level security), tried through a connection of the student's own: every forbidden action
is refused by the engine (permission denied) or sees no rows, every allowed one succeeds, and
the app itself works for the student through the same login."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError

from quizzes.model import parse_quizset
from quizzes.store.history import StoredResponse
from quizzes.store.repository import Store
from quizzes.store.server.access import set_up_access
from quizzes.store.server.logins import add_teacher, create_student_logins
from tests.conftest import quizset_document

pytestmark = pytest.mark.postgresql_only

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
INSUFFICIENT_PRIVILEGE = "42501"


@dataclass
class School:
    """A set-up server database: a published and an unpublished set, two students with a login
    each and an attempt each (with one answer), made by the owner."""

    owner: Store
    url_for: dict[str, str]  # profile name → the student's own URL
    profiles: dict[str, str]  # profile name → profile id
    attempts: dict[str, str]  # profile name → attempt id
    published: str
    unpublished: str
    database: str


@pytest.fixture
def school(postgres, postgres_databases, new_db_url):
    url = new_db_url("school")
    owner = Store.open(url)
    with owner.engine.begin() as connection:
        set_up_access(connection)
    published = owner.add_quizset(parse_quizset(quizset_document("Published"))).id
    unpublished = owner.add_quizset(parse_quizset(quizset_document("Draft"))).id
    owner.publish_set(published, True)
    profiles = {name: owner.create_profile(name).id for name in ("Asel", "Bolat")}
    logins = {made.profile_name: made for made in create_student_logins(owner.engine)}
    database = postgres_databases.names[-1]
    url_for = {
        name: postgres.url(database, made.login, made.password) for name, made in logins.items()
    }
    attempts = {}
    for name, profile_id in profiles.items():
        attempts[name] = owner.history.start_attempt(profile_id, published, "practice", {}, NOW)
        _answer(owner, attempts[name], profile_id, published, "eaeu")
    yield School(owner, url_for, profiles, attempts, published, unpublished, database)
    owner.close()


def _answer(store: Store, attempt_id: str, profile_id: str, set_id: str, question: str) -> None:
    response = StoredResponse(question, "EAEU", True, 1.0, 4.0, 0)
    store.history.record_answer(
        attempt_id, profile_id, set_id, response, NOW, 4.0, lambda _state: ({}, NOW)
    )


@pytest.fixture
def asel(school) -> Engine:
    """Asel's own connection to the server, as her lab PC makes it."""
    engine = create_engine(school.url_for["Asel"])
    yield engine
    engine.dispose()


def _rows(engine: Engine, statement: str, **params) -> list[tuple]:
    with engine.begin() as connection:
        result = connection.execute(text(statement), params)
        return [tuple(row) for row in result] if result.returns_rows else []


def _refused(engine: Engine, statement: str, **params) -> str:
    """The SQLSTATE with which the engine refuses `statement`."""
    with pytest.raises(DBAPIError) as refused:
        _rows(engine, statement, **params)
    return refused.value.orig.sqlstate


def test_a_student_reads_no_other_students_attempts_or_answers(school, asel):
    bolat = school.profiles["Bolat"]
    assert _rows(asel, "select id from attempt where profile_id = :p", p=bolat) == []
    assert (
        _rows(asel, "select id from response where attempt_id = :a", a=school.attempts["Bolat"])
        == []
    )
    assert [row[0] for row in _rows(asel, "select id from attempt")] == [school.attempts["Asel"]]
    assert len(_rows(asel, "select id from response")) == 1
    assert _rows(asel, "select name from profile") == [("Asel",)]


def test_a_student_cannot_answer_in_another_students_attempt(school, asel):
    state = _refused(
        asel,
        "insert into response (id, attempt_id, question_id, answer, correct, score, seconds,"
        " answered_at, position) select 'forged', :a, id, 'null', true, 1, 1, now(), 0"
        " from question limit 1",
        a=school.attempts["Bolat"],
    )
    assert state == INSUFFICIENT_PRIVILEGE


@pytest.mark.parametrize(
    "statement",
    [
        "update response set score = 1, correct = true",
        "delete from response",
        "delete from attempt",
        "update attempt set mode = 'exam'",
        "insert into question_set (id, title, description, is_builtin, created_at, updated_at,"
        " is_exam, published) values ('x', 'Mine', '', false, now(), now(), false, true)",
        "update question_set set published = true",
        "delete from question",
        "insert into profile (id, name, preferences, created_at) values ('p', 'Eve', '{}', now())",
        "update profile set name = 'Someone else'",
        "delete from profile",
        "select * from app_setting",
        "select * from app_counter",
        "update app_counter set count = 0",
        "delete from review_card",
    ],
)
def test_each_forbidden_statement_is_refused_by_the_engine(school, asel, statement):
    assert _refused(asel, statement) == INSUFFICIENT_PRIVILEGE


def test_a_student_cannot_change_another_login_s_password(school, asel):
    bolat_login = school.url_for["Bolat"].split("//")[1].split(":")[0]
    state = _refused(asel, f"alter role {bolat_login} password 'taken-over-1'")
    assert state == INSUFFICIENT_PRIVILEGE


def test_an_unpublished_set_and_its_questions_are_invisible(school, asel):
    assert _rows(asel, "select title from question_set") == [("Published",)]
    assert _rows(asel, "select id from question where set_id = :s", s=school.unpublished) == []
    assert len(_rows(asel, "select id from question where set_id = :s", s=school.published)) == 7


def test_finishing_another_students_attempt_changes_no_row(school, asel):
    with asel.begin() as connection:
        changed = connection.execute(
            text("update attempt set score = 1, finished_at = now() where id = :a"),
            {"a": school.attempts["Bolat"]},
        ).rowcount
    assert changed == 0
    assert school.owner.history.attempt(school.attempts["Bolat"]).finished_at is None


def _finish_own_attempt(school: School) -> str:
    """Asel's practice attempt, finished through her own login as the app finishes it."""
    student = Store.open(school.url_for["Asel"])
    try:
        attempt = school.attempts["Asel"]
        student.history.finish_attempt(attempt, 1.0, NOW, 10.0)
    finally:
        student.close()
    return attempt


def test_a_student_cannot_add_answers_to_their_own_finished_attempt(school, asel):
    finished = _finish_own_attempt(school)
    state = _refused(
        asel,
        "insert into response (id, attempt_id, question_id, answer, correct, score, seconds,"
        " answered_at, position) select 'late', :a, id, 'null', true, 1, 1, now(), 1"
        " from question limit 1",
        a=finished,
    )
    assert state == INSUFFICIENT_PRIVILEGE
    assert len(school.owner.history.responses(finished)) == 1


def test_a_student_cannot_insert_an_attempt_already_finished_and_scored(school, asel):
    state = _refused(
        asel,
        "insert into attempt (id, profile_id, set_id, mode, config, started_at, finished_at,"
        " score, elapsed_seconds) values ('done', :p, :s, 'practice', '{}', now(), now(), 1, 0)",
        p=school.profiles["Asel"],
        s=school.published,
    )
    assert state == INSUFFICIENT_PRIVILEGE


@pytest.mark.parametrize(
    "change", ["finished_at = null", "score = 0.5", "elapsed_seconds = 1", "flagged = '[]'"]
)
def test_a_student_cannot_reopen_or_rescore_their_own_finished_attempt(school, asel, change):
    finished = _finish_own_attempt(school)
    with asel.begin() as connection:
        changed = connection.execute(
            text(f"update attempt set {change} where id = :a"), {"a": finished}
        ).rowcount
    assert changed == 0
    stored = school.owner.history.attempt(finished)
    assert (stored.finished_at, stored.score, stored.elapsed_seconds) == (NOW, 1.0, 10.0)


def test_a_server_set_up_by_an_earlier_version_gets_todays_rules(school, asel):
    with school.owner.engine.begin() as connection:
        connection.execute(
            text(
                "alter policy student_insert on response with check"
                " (attempt_id in (select id from attempt))"
            )
        )
    with school.owner.engine.begin() as connection:
        lines = set_up_access(connection)
    assert "Permissions and row-level security: 1 policy brought up to date." in lines
    with school.owner.engine.begin() as connection:
        assert "Permissions and row-level security: already set up." in set_up_access(connection)
    test_a_student_cannot_add_answers_to_their_own_finished_attempt(school, asel)


def test_a_student_cannot_start_an_attempt_on_an_unpublished_set(school, asel):
    state = _refused(
        asel,
        "insert into attempt (id, profile_id, set_id, mode, config, started_at,"
        " elapsed_seconds) values ('a2', :p, :s, 'practice', '{}', now(), 0)",
        p=school.profiles["Asel"],
        s=school.unpublished,
    )
    assert state == INSUFFICIENT_PRIVILEGE


def test_the_app_works_for_a_student_through_their_own_login(school):
    student = Store.open(school.url_for["Asel"])
    try:
        assert [s.title for s in student.list_sets()] == ["Published"]
        assert [p.name for p in student.list_profiles()] == ["Asel"]
        asel = school.profiles["Asel"]
        attempt = student.history.start_attempt(asel, school.published, "practice", {}, NOW)
        _answer(student, attempt, asel, school.published, "eaeu")
        _answer(student, attempt, asel, school.published, "eaeu")  # its review card is updated
        student.history.save_elapsed(attempt, 9.0)
        student.history.finish_attempt(attempt, 1.0, NOW, 10.0)
        finished = student.history.finished_attempts(asel)
        assert [(a.id, a.score) for a in finished] == [(attempt, 1.0)]
    finally:
        student.close()
    assert school.owner.history.attempt(attempt).finished_at == NOW


def test_a_student_flags_questions_of_their_own_exam(school):
    student = Store.open(school.url_for["Asel"])
    try:
        asel = school.profiles["Asel"]
        attempt = student.history.start_attempt(asel, school.published, "exam", {}, NOW)
        student.history.save_flags(attempt, ["eaeu"])
        assert student.history.attempt(attempt).flagged == ["eaeu"]
    finally:
        student.close()


def test_a_student_changes_an_answer_of_their_own_exam_until_submitting(school, asel):
    from quizzes.store.history import StoredResponse

    student = Store.open(school.url_for["Asel"])
    try:
        me = school.profiles["Asel"]
        exam = student.history.start_attempt(me, school.published, "exam", {}, NOW)
        for given in ("NATO", "EAEU"):
            response = StoredResponse("eaeu", given, given == "EAEU", float(given == "EAEU"), 5, 0)
            student.history.save_exam_answer(exam, school.published, "eaeu", response, NOW, 5)
        assert [r.answer for r in student.history.responses(exam)] == ["EAEU"]
        student.history.finish_attempt(exam, 1.0, NOW, 10.0)
    finally:
        student.close()
    question = _rows(asel, "select question_id from response where attempt_id = :a", a=exam)[0][0]
    withdraw = "select steppe_withdraw_exam_answer(:a, :q)"
    _rows(asel, withdraw, a=exam, q=question)  # a submitted exam keeps its answers
    _rows(asel, withdraw, a=school.attempts["Bolat"], q=question)  # another's: untouched
    _rows(asel, withdraw, a=school.attempts["Asel"], q=question)  # practice: untouched
    owner = school.owner.engine
    with owner.connect() as connection:
        counts = connection.execute(
            text("select attempt_id, count(*) from response group by attempt_id")
        ).all()
    assert dict(counts) == {exam: 1, school.attempts["Asel"]: 1, school.attempts["Bolat"]: 1}


def test_a_student_keeps_their_own_preferences_and_nothing_else_of_their_profile(school, asel):
    student = Store.open(school.url_for["Asel"])
    try:
        me = school.profiles["Asel"]
        student.history.update_preferences(me, theme="dark", font_size=14)
        assert student.history.preferences(me) == {"theme": "dark", "font_size": 14}
    finally:
        student.close()
    assert _refused(asel, "update profile set name = 'Someone else'") == INSUFFICIENT_PRIVILEGE
    bolat = school.profiles["Bolat"]
    school.owner.history.update_preferences(bolat, theme="light")
    _rows(asel, "update profile set preferences = '{}' where id = :p", p=bolat)  # not visible
    assert school.owner.history.preferences(bolat) == {"theme": "light"}


def test_a_teacher_login_reads_everything_and_publishes(school, postgres):
    add_teacher(school.owner.engine, "teacher_aliyeva", "a-long-secret")
    teacher = Store.open(postgres.url(school.database, "teacher_aliyeva", "a-long-secret"))
    try:
        assert sorted(s.title for s in teacher.list_sets()) == ["Draft", "Published"]
        assert [p.name for p in teacher.list_profiles()] == ["Asel", "Bolat"]
        teacher.publish_set(school.unpublished, True)
        assert len(teacher.class_results.class_rows()) == 2
    finally:
        teacher.close()
    student = Store.open(school.url_for["Bolat"])
    try:
        assert sorted(s.title for s in student.list_sets()) == ["Draft", "Published"]
    finally:
        student.close()

"""The domain knowledge the generator ships: names it can tell apart."""

from __future__ import annotations

from quizzes.generate.knowledge import load_knowledge


def test_a_surname_two_leaders_share_is_no_one_s_alias():
    # "Berdimuhamedov" alone is the father in an article of 2015 and the son in one of 2023:
    # read as either, it names the wrong president in half the articles.
    leaders = load_knowledge().leaders
    surnames: dict[str, set[str]] = {}
    for leader in leaders.values():
        for name in (leader.name, *leader.aliases):
            if len(name.split()) > 1:
                surnames.setdefault(name.split()[-1].casefold(), set()).add(leader.name)
    shared = {word for word, people in surnames.items() if len(people) > 1}
    bare = {(alias, leader.name) for leader in leaders.values() for alias in leader.aliases
            if len(alias.split()) == 1 and alias.casefold() in shared}  # fmt: skip
    assert bare == set()


def test_a_country_s_name_as_a_sentence_writes_it():
    from quizzes.generate.knowledge import country_as_written

    written = [country_as_written(name) for name in ("Laos", "Maldives", "Honduras", "Chile")]
    assert written == ["Laos", "the Maldives", "Honduras", "Chile"]

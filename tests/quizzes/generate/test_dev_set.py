"""The generator on the article development set: properties every quiz must have, the coverage
rule on hand-made questions, well-formed gold lists, and floors under the figures.

Floors (dev set, default options, seed 0), set a little under what the generator achieved when
they were last raised (`make quality` prints the current figures):
    gold coverage 50/103 (49%)  → floor 46%      core coverage 32/46 (70%) → floor 62%
    median questions 6          → floor 6        refusals 0 of 12          → at most 1
    seed article 10/12 (83%), core 4/4 → floors 80% and all core facts
    chrome, duplicate, pronoun and footnote check failures 0 → at most 0, 0, 1 and 0
Raise them as the generator improves; never lower one to make a change pass without saying why.
"""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from quizzes.generate import generate_from_file
from quizzes.model import (
    Evidence,
    Question,
    QuestionType,
    QuizSet,
    parse_question,
    quizset_to_dict,
)
from tests.conftest import SEED_ARTICLE
from tests.quizzes.generate.devset import (
    SEED_GOLD,
    ArticleRun,
    Coverage,
    GoldFact,
    about_in_prompt,
    answer_matches,
    asks,
    check_quiz,
    contains_words,
    coverage,
    dev_articles,
    heldout_articles,
    leading_pronoun,
    load_gold,
    median_questions,
    normalise,
    number_of,
    run_article,
    seed_article,
    words,
)
from tests.quizzes.generate.gold import MA, ORD, SA, TF, M, N, S

DEV = dev_articles()
SLUGS = [a.slug for a in DEV]

# 0.50 until a cloze on a list fragment ("$_____ million in ... programs;"), true/false
# statements built on a misread name and a fourth figure of one article stopped counting:
# reviewers reject them (precision was bought with recall here). 0.47 until "the latter half of
# 2007" stopped being a share (a period): the question that took its place asks a fact of no gold.
COVERAGE_FLOOR = 0.46
CORE_COVERAGE_FLOOR = 0.62
# 7 until a map caption's fragment ("The cities and villages inside _____ before 1988.")
# stopped being a stem: the median fell from 7 to 6.5 with nothing else lost. 6.5 until the
# headline "U.S. Relations With Turkmenistan" was seen to give away "with which country does the
# Government of Turkmenistan engage in many areas?": reviewers rejected every question whose
# answer the headline names beside a country of the stem (0 of 8 votes on unseen articles).
# Gold and core coverage did not move.
MEDIAN_QUESTIONS_FLOOR = 6
SEED_COVERAGE_FLOOR = 0.80
MAX_REFUSALS = 1
MAX_CHECK_FAILURES = {"chrome": 0, "duplicates": 0, "pronouns": 1, "footnotes": 0}


@pytest.fixture(scope="module")
def runs() -> dict[str, ArticleRun]:
    """Each dev-set article generated once (seed 0); a refusal is recorded, a crash fails here."""
    return {article.slug: run_article(article) for article in DEV}


def quiz_questions(runs: dict[str, ArticleRun], slug: str) -> list[Question]:
    return runs[slug].questions


# ---------------------------------------------------------------- properties on every article


def test_the_dev_set_has_twelve_articles_and_the_heldout_four():
    assert len(DEV) == 12
    assert len(heldout_articles()) == 4


@pytest.mark.parametrize("slug", SLUGS)
def test_every_article_gives_a_quiz_or_a_reasoned_refusal(runs, slug):
    run = runs[slug]
    if run.result is None:
        assert run.refusal and run.refusal.strip()
    else:
        assert run.questions


@pytest.mark.parametrize("slug", SLUGS)
def test_every_question_is_valid(runs, slug):
    run = runs[slug]
    for i, question in enumerate(run.questions):
        document = json.loads(json.dumps(quizset_to_dict(run.result.quizset)["questions"][i]))
        assert parse_question(document, f"questions[{i}]") == question
    if run.result is not None:
        assert check_quiz(run.result)["structure"] == []


@pytest.mark.parametrize("slug", SLUGS)
def test_no_answer_is_among_the_distractors(runs, slug):
    for q in quiz_questions(runs, slug):
        if not q.type.has_choices:
            continue
        answers = [q.answer] if isinstance(q.answer, str) else list(q.answer)
        for answer in answers:
            assert q.choices.count(answer) == 1, q.prompt
        folded = {str(a).casefold() for a in answers}
        wrong = [c for c in q.choices if c not in answers]
        assert wrong, q.prompt
        assert not [c for c in wrong if c.casefold() in folded], q.prompt


@pytest.mark.parametrize("slug", SLUGS)
def test_evidence_is_quoted_verbatim_from_the_cleaned_text(runs, slug):
    run = runs[slug]
    for q in run.questions:
        assert q.evidence is not None, q.prompt
        paragraphs = run.result.report.paragraphs
        assert 1 <= q.evidence.paragraph <= len(paragraphs), q.prompt
        assert q.evidence.quote in paragraphs[q.evidence.paragraph - 1], q.prompt


@pytest.mark.parametrize("slug", SLUGS)
def test_the_same_seed_gives_the_same_quiz(runs, slug):
    first = runs[slug]
    if first.result is None:
        return
    again = generate_from_file(first.article.path, seed=0)
    assert json.dumps(quizset_to_dict(again.quizset)) == json.dumps(
        quizset_to_dict(first.result.quizset)
    )


# ---------------------------------------------------------------- floors over the whole set


def test_gold_coverage_holds_its_floors(runs):
    total = sum((r.coverage for r in runs.values()), Coverage(0, 0, 0, 0))
    missed = [f.fact for f in total.missed]
    assert total.share >= COVERAGE_FLOOR, (total.covered, total.total, missed)
    assert total.core_share >= CORE_COVERAGE_FLOOR, (total.core_covered, total.core_total)


def test_enough_questions_and_few_refusals(runs):
    refused = {slug: r.refusal for slug, r in runs.items() if r.refusal is not None}
    assert len(refused) <= MAX_REFUSALS, refused
    assert median_questions(list(runs.values())) >= MEDIAN_QUESTIONS_FLOOR


def test_the_automatic_checks_hold_their_ceilings(runs):
    problems = {
        name: [p for r in runs.values() for p in r.checks[name]] for name in MAX_CHECK_FAILURES
    }
    for name, ceiling in MAX_CHECK_FAILURES.items():
        assert len(problems[name]) <= ceiling, problems[name]
    assert all(r.checks["duplicates"] == [] for r in runs.values())


# ---------------------------------------------------------------- the coverage rule


def q(qtype: QuestionType, prompt: str, answer: object, choices: list[str] | None = None):
    return Question(
        id="q",
        type=qtype,
        prompt=prompt,
        answer=answer,  # type: ignore[arg-type]
        choices=choices or [],
        evidence=Evidence(quote=prompt, paragraph=1),
    )


def fact(*answers: object, about: tuple[str, ...] = (), core: bool = False) -> GoldFact:
    return GoldFact("a fact", core, tuple(answers), about)  # type: ignore[arg-type]


BORDER = fact("7,000", about=("border",))


def test_normalise_drops_case_punctuation_quotes_and_thousands_commas():
    assert normalise("The “Multi-Vector” policy, 7,000 km; 10.65 bn.") == (
        "the multi vector policy 7000 km 10.65 bn"
    )
    assert words("U.S.–Russian") == ["u", "s", "russian"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("7,000", 7000), ("7000", 7000), ("$41 billion", 41), ("17%", 17), ("7,000 km", 7000),
     ("10.65", 10.65), (350, 350), ("September 26, 2015", None), ("January 2022", None),
     ("Belarus", None)],
)  # fmt: skip
def test_number_of_reads_an_answer_that_is_one_number(text, value):
    assert number_of(text) == value


def test_numbers_match_however_they_are_written():
    for written in ("7,000", "7000", 7000, "7,000 km"):
        assert answer_matches(7000, written)
        assert answer_matches("7,000", written)
    assert answer_matches(41, "$41 billion")
    assert answer_matches(41.0, "41")
    assert answer_matches(2015, "September 26, 2015")  # the year of a gold date
    assert not answer_matches(2016, "September 26, 2015")
    assert not answer_matches("January 2022", "2022")
    assert not answer_matches(True, "1")


def test_a_single_choice_covers_a_fact_with_its_answer_and_about_words():
    assert asks(BORDER, q(S, "How long is the border with Russia, in km?", "7,000", ["7,000", "5"]))
    assert asks(BORDER, q(N, "How long is Kazakhstan's border with Russia?", 7000))
    assert not asks(BORDER, q(N, "How long is the railway?", 7000))
    assert not asks(BORDER, q(N, "How long is the border?", 6000))


def test_text_answers_ignore_case_punctuation_and_curly_quotes():
    policy = fact("multi-vector", about=("foreign policy",))
    assert asks(policy, q(S, "Kazakhstan's foreign policy is called?", "“Multi-Vector”", ["a"]))
    assert not asks(policy, q(S, "Kazakhstan's foreign policy is called?", "vector", ["a"]))


def test_about_words_match_as_word_prefixes_and_in_order():
    assert about_in_prompt("join", "Which country joined the SCO?")
    assert about_in_prompt("joined", "In which year did Iran join the SCO?")
    assert about_in_prompt("recognized", "When did the United States recognize it?")
    assert not about_in_prompt("joined", "Which country left the SCO?")
    assert not about_in_prompt("oin", "Which country joined the SCO?")
    assert about_in_prompt("every year", "a summit held every year since _____")
    assert not about_in_prompt("every year", "a summit every other year")
    assert about_in_prompt("c5+1", "The C5+1 format began in _____.")
    assert about_in_prompt("decision-making", "its supreme decision making body")


def test_every_about_word_is_needed():
    started = fact("28 April 2021", about=("2021", "started"))
    assert asks(started, q(S, "When in 2021 was it started?", "28 April 2021", ["x"]))
    assert not asks(started, q(S, "When did a border conflict take place?", "28 April 2021"))


def test_a_cloze_prompt_counts_every_word_of_its_sentence():
    kerry = fact("John Kerry", "Kerry", about=("secretary of state",))
    cloze = q(S, "Fill in the blank: then-U.S. Secretary of State _____ met his counterparts.",
              "John Kerry", ["John Kerry", "James Baker"])  # fmt: skip
    assert asks(kerry, cloze)


def test_multiple_choice_and_short_answer_match_any_accepted_answer():
    members = fact("India", "Pakistan", about=("expanded",))
    assert asks(members, q(M, "Which states expanded the SCO in 2017?", ["Pakistan", "India"]))
    assert asks(fact("Istanbul", about=("secretariat",)),
                q(SA, "Where is the secretariat?", ["İstanbul", "Istanbul"]))  # fmt: skip
    assert not asks(members, q(M, "Which states expanded the SCO?", ["Iran"]))


def test_matching_and_ordering_match_any_side_or_item():
    pm = fact("Oljas Bektenov", about=("prime minister",))
    pairs = [("Oljas Bektenov", "Prime Minister"), ("Xi Jinping", "President of China")]
    assert asks(pm, q(MA, "Match each person to the office: prime minister or president?", pairs))
    assert asks(
        fact("China", about=("order",)), q(ORD, "Order north to south", ["Russia", "China"])
    )
    assert not asks(pm, q(MA, "Match each person to the prime minister's office", pairs[1:] * 2))


def test_a_true_false_covers_only_a_true_statement_containing_the_answer():
    border = fact("7,000", about=("border",))
    true = q(TF, "True or false? Kazakhstan shares a 7,000-km border with Russia.", True)
    assert asks(border, true)
    assert not asks(border, q(TF, true.prompt, False))
    assert not asks(fact("Iran", about=("border",)), q(TF, "An Iranian border post.", True))


def test_coverage_counts_covered_and_core_facts():
    core = fact("7,000", about=("border",), core=True)
    other = fact("Belarus", about=("newest",))
    result = coverage([core, other], [q(N, "How long is the border?", 7000)])
    assert (result.covered, result.total, result.core_covered, result.core_total) == (1, 2, 1, 1)
    assert result.missed == [other]
    assert coverage([], []).share == 0.0


def test_the_automatic_checks_find_each_kind_of_problem():
    paragraphs = ["Kazakhstan shares a 7,000-km border with Russia [3]. It is large."]
    skipped = [
        SimpleNamespace(reason="site chrome", text="Share"),
        SimpleNamespace(reason="teaser for another article", text="Some 700,000 people fled."),
    ]

    def problems(*questions: Question) -> dict[str, list[str]]:
        result = SimpleNamespace(
            quizset=QuizSet(title="t", questions=list(questions)),
            report=SimpleNamespace(paragraphs=paragraphs, skipped=skipped),
        )
        return {name: p for name, p in check_quiz(result).items() if p}

    good = q(N, "How long is the border, in km? Share your guess.", 7000)
    good.evidence = Evidence("a 7,000-km border", 1)
    assert problems(good) == {}
    bad = q(TF, "True or false, according to the article? It is large [3].", True)
    bad.evidence = Evidence("It is huge.", 1)
    teaser = q(N, "How many of some 700,000 people fled?", 700000)
    teaser.evidence = Evidence("It is large.", 1)
    assert set(problems(bad, teaser, teaser)) == {
        "evidence", "pronouns", "footnotes", "chrome", "duplicates", "structure",
    }  # fmt: skip


def test_the_pronoun_check_looks_past_the_lead_in():
    assert leading_pronoun("True or false, according to the article? It was founded in 2001.")
    assert leading_pronoun("Fill in the blank: They met in _____.") == "They"
    assert leading_pronoun("According to the article, which country joined?") is None
    assert leading_pronoun("Fill in the blank: Italy joined in _____.") is None


# ---------------------------------------------------------------- the gold lists


GOLD_ARTICLES = DEV + heldout_articles()


@pytest.mark.parametrize("article", GOLD_ARTICLES, ids=[a.slug for a in GOLD_ARTICLES])
def test_the_gold_files_are_well_formed(article):
    check_gold(article.gold_path, article.text, sizes=range(6, 11))


@pytest.mark.shared_files(SEED_ARTICLE)
def test_the_seed_gold_list_is_well_formed():
    title, facts = load_gold(SEED_GOLD)
    assert title
    assert len(facts) in range(10, 13)
    assert sum(f.core for f in facts) in (3, 4)
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    check_gold(SEED_GOLD, text, sizes=range(10, 13))
    for f in facts:  # our own list: every accepted answer is in the article
        assert all(contains_words(text, str(a)) for a in f.answers), f.fact


@pytest.mark.shared_files(SEED_ARTICLE)
def test_the_seed_gold_facts_are_written_in_our_own_words():
    article = f" {normalise(SEED_ARTICLE.read_text(encoding='utf-8'))} "
    _, facts = load_gold(SEED_GOLD)
    for f in facts:
        fact_words = words(f.fact)
        for i in range(len(fact_words) - 5):
            run = " ".join(fact_words[i : i + 6])
            assert f" {run} " not in article, (f.fact, run)


def check_gold(path, text: str, sizes: range) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(data) == {"title", "source", "facts"}
    assert data["title"] and isinstance(data["source"], dict)
    facts = data["facts"]
    assert len(facts) in sizes
    assert sum(f["core"] for f in facts) in (3, 4)
    flat = normalise(text)
    for f in facts:
        assert set(f) == {"fact", "core", "answer", "about"}, f
        assert isinstance(f["core"], bool) and f["fact"].strip()
        assert f["answer"] and f["about"], f["fact"]
        for answer in f["answer"]:
            assert isinstance(answer, str | int | float) and not isinstance(answer, bool)
        # The short answer is stated in the article; the others may be accepted variants of it
        # ("70th" for "seventieth", "6" for "six"), as the set's README describes.
        assert contains_words(text, str(f["answer"][0])), f["fact"]
        for about in f["about"]:
            assert about == about.lower(), about
            assert normalise(about) in flat, (f["fact"], about)


def test_a_question_on_another_part_of_the_same_fact_covers_it():
    moldova = GoldFact(
        "On April 14, 2017, Moldova became the first observer member.", True, ("Moldova",),
        ("observer",),
    )  # fmt: skip
    year = q(N, "In which year did Moldova become the first observer member?", 2017)
    assert asks(moldova, year)
    assert not asks(moldova, q(N, "In which year did Moldova become an observer?", 2019))
    assert not asks(moldova, q(N, "In which year did Armenia become an observer?", 2017))


def test_a_year_question_covers_a_gold_date_of_that_year():
    escalation = fact("14 September 2022", about=("escalate",))
    assert asks(escalation, q(N, "In which year did the clashes escalate?", 2022))
    assert not asks(escalation, q(N, "In which year did the clashes escalate?", 2021))


@pytest.mark.shared_files(SEED_ARTICLE)
def test_the_seed_article_keeps_its_gold_facts():
    seed = seed_article(SEED_ARTICLE)
    assert seed is not None
    coverage = run_article(seed).coverage
    assert coverage.share >= SEED_COVERAGE_FLOOR, [f.fact for f in coverage.missed]
    assert coverage.core_covered == coverage.core_total, [f.fact for f in coverage.missed]

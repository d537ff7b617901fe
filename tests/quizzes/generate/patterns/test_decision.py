"""Decisions: who decided what, asked with options the article does not give to the actors."""

from __future__ import annotations

from quizzes.generate.ask import Ask
from quizzes.generate.facts import find_facts
from quizzes.generate.knowledge import takes_the
from quizzes.generate.patterns import decision
from quizzes.generate.patterns.decision import DecisionFact
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import found_by, made_by, parse_paragraphs


def parse_titled(title: str, *paragraphs: str):
    return parse_paragraphs(*paragraphs, title=title)


def test_phrasings_are_found(parse):
    doc = parse(
        "Leaders of the SCO adopted the Tashkent Declaration in Tashkent.",
        "Armenia and Georgia signed an agreement on cross-border trade.",
        "Uzbekistan ratified the treaty on water sharing in 2019.",
        "Mongolia and China agreed to build a new bridge.",
        "The EU approved a loan of $50 million to Moldova.",
    )
    facts = found_by(decision, doc)
    found = {(tuple(a.name for a in f.actors), f.verb, f.what) for f in facts}
    assert (("Shanghai Cooperation Organisation",), "adopted", "the Tashkent Declaration") in found
    assert (("Armenia", "Georgia"), "signed", "an agreement on cross-border trade") in found
    assert (("Uzbekistan",), "ratified", "the treaty on water sharing") in found
    assert (("Mongolia", "China"), "agreed", "to build a new bridge") in found
    assert (("European Union",), "approved", "a loan of $50 million") in found
    declaration = next(f for f in facts if f.verb == "adopted")
    assert declaration.place == "Tashkent" and declaration.head == "Leaders"
    ratified = next(f for f in facts if f.verb == "ratified")
    assert ratified.date == "2019" and ratified.date_phrase() == "in 2019"


def test_the_object_is_cut_before_a_relative_clause(parse):
    doc = parse("Georgia signed a memorandum on tourism, which critics called weak.")
    [fact] = found_by(decision, doc)
    assert fact.what == "a memorandum on tourism"


def test_near_misses(parse):
    doc = parse(
        "Mongolia adopted democracy in 1990.",
        "Georgia did not sign the agreement on tourism.",
        "The ministers signed an agreement on tourism.",
        "Armenia signed the treaty.",
    )
    assert found_by(decision, doc) == []


def test_which_document_uses_other_documents_of_the_article(ask):
    context = ask(
        "The SCO leaders adopted the Tashkent Declaration in Tashkent.",
        "Armenia and Georgia signed an agreement on cross-border trade.",
        "Iran and Turkey signed a memorandum on energy.",
    )
    fact = next(f for f in context.facts_of(decision.DecisionFact) if f.verb == "adopted")
    made = made_by(decision, fact, context)
    document = next(c for c in made if "which document" in c.prompt)
    assert document.prompt == (
        "According to the article, which document did the SCO leaders adopt in Tashkent?"
    )
    assert document.answer == "The Tashkent Declaration"
    assert set(document.choices) == {
        "The Tashkent Declaration",
        "An agreement on cross-border trade",
        "A memorandum on energy",
    }


def test_no_document_question_with_too_few_other_documents(ask):
    context = ask("Armenia and Georgia signed an agreement on cross-border trade.")
    [fact] = context.facts_of(decision.DecisionFact)
    assert not any("which document" in c.prompt for c in made_by(decision, fact, context))


def test_who_and_the_swap_never_use_an_actor_of_the_sentence(ask):
    context = ask("Armenia and Georgia signed an agreement on cross-border trade.")
    [fact] = context.facts_of(decision.DecisionFact)
    made = made_by(decision, fact, context)
    who = next(c for c in made if c.type is QuestionType.SINGLE_CHOICE)
    assert who.prompt == (
        "According to the article, which country, along with Georgia, signed "
        "an agreement on cross-border trade?"
    )
    assert who.answer == "Armenia" and "Georgia" not in who.choices and len(who.choices) == 4
    assert who.last_resort  # asked only where the article gives nothing else
    swap = next(c for c in made if c.type is QuestionType.TRUE_FALSE)
    assert swap.answer is False and swap.last_resort
    assert "Armenia" not in swap.prompt and "and Georgia signed" in swap.prompt


def test_the_swap_drops_the_article_of_a_name_that_took_one(ask):
    context = ask(
        "Mongolia and the Kyrgyz Republic signed an agreement on cross-border trade.",
        "Bolivia and Ecuador watched the talks.",
    )
    [fact] = context.facts_of(decision.DecisionFact)
    swaps = [c for c in made_by(decision, fact, context) if c.type is QuestionType.TRUE_FALSE]
    assert swaps
    for swap in swaps:
        statement = swap.prompt.split("? ", 1)[1]
        for name in context.doc.knowledge.countries:
            if f"the {name}" in statement:
                assert takes_the(name), statement


def test_a_treaty_open_to_many_is_not_asked_about_who(ask):
    context = ask(
        "Armenia signed the Convention on Cluster Munitions in May 2010.",
        "Georgia ratified the Treaty on Open Skies.",
        "Georgia ratified the treaty on water sharing in May 2011.",
    )
    facts = context.facts_of(decision.DecisionFact)
    assert len(facts) == 3
    asked = [
        any("which document" not in c.prompt for c in made_by(decision, fact, context))
        for fact in facts
    ]
    assert asked == [False, False, True]


def test_the_partner_of_the_country_the_article_is_about_is_asked(ask):
    context = ask(
        "Iranian media said Iran would send more gas to Iraq this winter.",
        "Iran and Turkmenistan have signed a gas exchange agreement in Tehran on 3 July 2024.",
    )
    [fact] = context.facts_of(DecisionFact)
    [who] = [c for c in decision.questions(fact, context)
             if c is not None and c.type is QuestionType.SINGLE_CHOICE]  # fmt: skip
    assert who.answer == "Turkmenistan"
    assert "which country, along with Iran, has signed a gas exchange agreement" in who.prompt


def test_actors_named_around_the_subject_and_a_bare_document_is_not_asked(parse):
    doc = parse(
        "Kyrgyzstan and Tajikistan ended a week of fighting on their border.",
        "The two countries agreed to open four checkpoints on the border in March 2025.",
        "Officials from Afghanistan's transport ministry and Kazakhstan's foreign ministry signed "
        "a memorandum to build a 115 km railway to Herat.",
        "The Uzbek and Kyrgyz presidents have signed an agreement on the Kempir-Abad reservoir.",
        "Kazakhstan and Afghanistan signed an MoU on Friday.",
        "Kazakhstan and China have signed a long-term deal in Astana.",
    )
    found = {f.sentence: f for f in found_by(decision, doc)}
    assert {a.name for a in found[1].actors} == {"Kyrgyzstan", "Tajikistan"}
    assert {a.name for a in found[2].actors} == {"Afghanistan", "Kazakhstan"}
    assert {a.name for a in found[3].actors} == {"Uzbekistan", "Kyrgyzstan"}
    assert 4 not in found  # "an MoU": nothing said of what was agreed
    assert 5 not in found  # "a long-term deal": to do what?


def test_a_weekday_is_not_the_date_of_a_decision_in_a_question(ask):
    context = ask(
        "Seoul's industry ministry spoke of rare metals on Thursday.",
        "South Korea and Mongolia agreed Wednesday to work together on supplies of tin, nickel "
        "and other rare metals.",
    )
    [fact] = context.facts_of(DecisionFact)
    assert fact.date_phrase() == ""
    assert all("Wednesday" not in c.prompt for c in decision.questions(fact, context) if c)


def test_a_unit_or_a_news_outlet_is_no_option_for_an_organisation():
    assert decision._a_name("European Commission") and decision._a_name("OSCE")
    assert not any(decision._a_name(t) for t in ("MW", "GW", "Azernews", "Pro-", "Kabar News"))


def test_a_swapped_surname_is_a_surname(ask):
    context = ask(
        "Uzbek President Shavkat Mirziyoyev hosted Tajik President Emomali Rahmon in Tashkent.",
        "Mirziyoyev and Rahmon then approved a Joint Statement of the Heads of State.",
    )
    statements = [
        c.prompt
        for f in context.facts_of(DecisionFact)
        for c in made_by(decision, f, context)
        if c.type is QuestionType.TRUE_FALSE
    ]
    assert statements
    for prompt in statements:
        actors = prompt.split("? ", 1)[1].split(" approved")[0].split(" and ")
        assert all(len(actor.split()) == 1 for actor in actors), prompt


def test_who_signed_never_offers_a_leader_the_headline_says_signed_too(parse):
    doc = parse_titled(
        "Presidents of Armenia and Azerbaijan Sign Border Bill",
        "President Vahagn Khachaturyan signed the ratification bill on Thursday.",
        "Ilham Aliyev met Nikol Pashinyan in Kazan.",
    )
    context = Ask(doc, find_facts(doc).facts)
    [fact] = [f for f in found_by(decision, doc) if f.verb_lemma == "sign"]
    [who] = [c for c in made_by(decision, fact, context) if c.prompt.startswith("According")]
    assert who.answer == "Vahagn Khachaturyan"
    assert "Ilham Aliyev" not in who.choices


def test_a_swapped_statement_still_naming_the_true_actor_is_not_made(ask):
    context = ask(
        "Pakistan, Afghanistan and Uzbekistan signed a framework agreement for the "
        "Uzbekistan-Afghanistan-Pakistan railway project.",
    )
    facts = [f for f in context.facts if isinstance(f, DecisionFact)]
    made = [c for f in facts for c in made_by(decision, f, context)]
    assert facts
    assert not [c for c in made if c.type is QuestionType.TRUE_FALSE and c.answer is False]


def test_a_named_document_keeps_what_it_is_on(parse):
    doc = parse(
        "Kazakhstan, Kyrgyzstan and Uzbekistan on Monday signed the Framework Agreement on the "
        "Joint Study for the Osh–Andijan road under the Ferghana Transport Corridor.",
    )
    [fact] = found_by(decision, doc)
    # "the Framework Agreement" alone names no agreement; a deeper "under ..." is left out
    assert fact.what == "the Framework Agreement on the Joint Study for the Osh–Andijan road"


def test_an_organisation_and_its_acronym_are_one_body_never_a_wrong_option(ask):
    context = ask(
        "Georgia's Central Voting Board (CVB) met in Tbilisi on Friday to count the votes.",
        "The Civic Union won 68 seats, and the Green Alliance won 42 seats in parliament.",
        "The CVB has approved a resolution confirming 150 candidates as members of parliament.",
    )
    [fact] = context.facts_of(DecisionFact)
    made = made_by(decision, fact, context)
    assert made  # who approved it, with the article's other organisations
    for question in made:
        assert "Central Voting Board" not in question.choices  # the CVB itself
        assert "Central Voting Board" not in question.prompt  # "... approved": true, not false


def test_whose_leaders_decided_is_not_asked_of_leaders_of_one_actor_and_someone_else(ask):
    context = ask(
        "The SCO leaders adopted a plan to fight drug trafficking.",
        "The EU and Central Asia leaders agreed to deepen ties between the two regions.",
    )
    prompts = [c.prompt for f in context.facts_of(DecisionFact)
               for c in made_by(decision, f, context)]  # fmt: skip
    assert (
        "According to the article, the leaders of which organisation adopted a plan to fight "
        "drug trafficking?" in prompts
    )
    assert not [p for p in prompts if "leaders of which organisation agreed" in p], prompts

"""Membership: statuses, joinings and departures found however the sentence puts them, and
asked with wrong options the knowledge data says have no relation to the organisation."""

from __future__ import annotations

from collections.abc import Callable

from quizzes.generate.ask import Ask
from quizzes.generate.document import ArticleDoc
from quizzes.generate.patterns import membership
from quizzes.generate.patterns.membership import MembershipFact
from quizzes.generate.questions import Candidate
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import found_by

SCO = "Shanghai Cooperation Organisation"
CSTO = "Collective Security Treaty Organization"


def facts_of(doc: ArticleDoc) -> list[MembershipFact]:
    return found_by(membership, doc)


def one_fact(parse: Callable[..., ArticleDoc], *paragraphs: str) -> MembershipFact:
    facts = facts_of(parse(*paragraphs))
    assert len(facts) == 1, [f.describe() for f in facts]
    return facts[0]


def made(context: Ask) -> list[Candidate]:
    candidates = []
    for fact in context.facts_of(MembershipFact):
        candidates += [c for c in membership.questions(fact, context) if c is not None]
    return candidates


# --- finding ---------------------------------------------------------------------------------


def test_a_member_of_an_organisation_named_by_its_acronym(parse):
    fact = one_fact(parse, "Kyrgyzstan is a member of the CSTO.")
    assert (fact.countries, fact.organisation, fact.relation) == (("Kyrgyzstan",), CSTO, "member")


def test_an_appositive_names_the_member(parse):
    fact = one_fact(parse, "Erdogan flew to Baku to meet Azerbaijan, a member of the OTS.")
    assert (fact.country, fact.organisation) == ("Azerbaijan", "Organization of Turkic States")


def test_not_a_member_but_a_dialogue_partner(parse):
    fact = one_fact(parse, "Egypt is not a member, but a dialogue partner of the SCO.")
    assert (fact.country, fact.relation, fact.denied) == ("Egypt", "dialogue partner", "member")


def test_an_observer_in_the_organisation(parse):
    fact = one_fact(parse, "Mongolia is an observer in the SCO.")
    assert (fact.country, fact.organisation, fact.relation) == ("Mongolia", SCO, "observer")


def test_joining_with_a_month_and_year(parse):
    fact = one_fact(parse, "Iran joined the SCO in July 2023.")
    assert (fact.country, fact.relation, fact.year, fact.date) == ("Iran", "joined", 2023,
                                                                   "July 2023")  # fmt: skip


def test_becoming_the_tenth_member_is_a_joining_with_its_qualifier(parse):
    fact = one_fact(parse, "Belarus became the SCO's tenth member in 2024.")
    assert (fact.country, fact.relation, fact.year, fact.qualifier) == ("Belarus", "joined", 2024,
                                                                        "tenth")  # fmt: skip


def test_acceding_to_a_union(parse):
    fact = one_fact(parse, "Armenia acceded to the EAEU on 2 January 2015.")
    assert (fact.country, fact.organisation, fact.year) == ("Armenia", "Eurasian Economic Union",
                                                            2015)  # fmt: skip


def test_a_status_without_its_organisation_is_of_the_one_the_article_is_about(parse):
    doc = parse("The SCO summit ended in Astana on Thursday.",
                "The bloc has 14 dialogue partners, including Türkiye and Egypt.")  # fmt: skip
    [fact] = facts_of(doc)
    assert (fact.countries, fact.organisation, fact.relation) == (("Turkey", "Egypt"), SCO,
                                                                  "dialogue partner")  # fmt: skip


def test_the_group_that_was_joined_comes_from_the_sentence_before(parse):
    doc = parse("The SCO grew quickly after 2001. Pakistan joined the group in 2017.")
    [fact] = facts_of(doc)
    assert (fact.country, fact.organisation, fact.year) == ("Pakistan", SCO, 2017)


def test_freezing_participation_and_withdrawing(parse):
    frozen = one_fact(parse, "Armenia froze its participation in the CSTO in 2024.")
    assert (frozen.relation, frozen.action, frozen.year) == (
        "suspended", "froze its participation in", 2024)  # fmt: skip
    left = one_fact(parse, "Uzbekistan withdrew from the CSTO in 2012.")
    assert (left.country, left.relation, left.year) == ("Uzbekistan", "left", 2012)


def test_a_verb_in_scare_quotes_and_an_admission_into_the_organisation_the_article_is_about(
    parse,
):
    frozen = one_fact(parse, "Armenia has “frozen” its participation in the CSTO, he said.")
    assert (frozen.country, frozen.organisation, frozen.relation) == ("Armenia", CSTO, "suspended")
    doc = parse("The SCO summit ended in Astana. During the summit, Belarus was admitted as a "
                "full member.")  # fmt: skip
    [admitted] = facts_of(doc)
    assert (admitted.country, admitted.organisation, admitted.relation) == ("Belarus", SCO,
                                                                            "joined")  # fmt: skip


def test_a_suspension_asks_which_organisation_with_ones_the_country_has_no_relation_to(ask):
    context = ask("Armenia has frozen its participation in the CSTO.")
    [which] = [c for c in made(context) if c.answer == CSTO]
    assert which.prompt == (
        "According to the article, Armenia has frozen its participation in which organisation?"
    )
    wrong = set(which.choices) - {CSTO}
    assert len(wrong) == 3
    assert all(context.knowledge.membership(o, "Armenia") == "none" for o in wrong)
    # Organisations Armenia's neighbours belong to (GUAM: Georgia, Azerbaijan), not ASEAN.
    assert "GUAM Organization for Democracy and Economic Development" in wrong
    assert "Association of Southeast Asian Nations" not in wrong


def test_a_list_after_a_colon_and_a_list_after_such_as(parse):
    listed = one_fact(parse, "The SCO has ten members: China, India, Iran and Pakistan.")
    assert listed.countries == ("China", "India", "Iran", "Pakistan")
    such = one_fact(parse, "CSTO member states such as Armenia and Tajikistan met in Minsk.")
    assert (such.countries, such.organisation) == (("Armenia", "Tajikistan"), CSTO)


def test_only_the_country_called_a_member_counts_in_a_list_of_leaders(parse):
    fact = one_fact(
        parse,
        "Leaders of China, Russia and India, as well as Belarus – the SCO's newest member – "
        "came to discuss trade.",
    )
    assert (fact.countries, fact.qualifier) == (("Belarus",), "newest")


def test_a_member_named_before_the_country(parse):
    fact = one_fact(parse, "Erdogan invited Putin to visit NATO-member Turkey.")
    assert (fact.country, fact.organisation) == ("Turkey", "North Atlantic Treaty Organization")


def test_it_is_the_country_the_sentence_before_was_about(parse):
    doc = parse("Kazakhstan is larger than Mongolia. It is also a member of the CSTO.")
    assert [(f.countries, f.organisation) for f in facts_of(doc)] == [(("Kazakhstan",), CSTO)]


def test_it_after_an_organisation_is_not_a_country(parse):
    doc = parse("Kyrgyzstan hosted the CSTO in May. The CSTO was founded in 1992. "
                "It is a member of the UN.")  # fmt: skip
    assert facts_of(doc) == []


def test_near_misses_state_no_membership(parse):
    doc = parse(
        "Iran joined into a free trade agreement with the EAEU in 2018.",
        "Azerbaijan wants to join the SCO.",
        "Turkey is not a member of the SCO.",
        "Leaders of China, Russia and India came to the SCO summit.",
        "Uzbekistan could become a member of the EAEU.",
        "Uzbekistan had been a member of the CSTO.",
    )
    assert facts_of(doc) == []


def test_northern_cyprus_is_not_cyprus(parse):
    doc = parse("The OTS has observers: Hungary and Northern Cyprus.")
    assert [f.countries for f in facts_of(doc)] == [("Hungary",)]


# --- questions -------------------------------------------------------------------------------


def test_which_country_offers_only_countries_with_no_relation_at_all(ask):
    context = ask("Egypt is not a member, but a dialogue partner of the SCO.")
    choice = next(
        c for c in made(context)
        if c.type is QuestionType.SINGLE_CHOICE and c.prompt.endswith("Organisation?")
    )  # fmt: skip
    assert choice.answer == "Egypt"
    assert "Egypt" not in choice.prompt
    for wrong in set(choice.choices) - {"Egypt"}:
        assert context.knowledge.membership(SCO, wrong) == "none"


def test_which_organisation_offers_organisations_the_country_is_not_in(ask):
    context = ask("Armenia is a member of the CSTO.")
    choice = next(c for c in made(context) if c.prompt.endswith("which organisation?"))
    assert choice.answer == CSTO
    assert CSTO not in choice.prompt
    for wrong in set(choice.choices) - {CSTO}:
        assert context.knowledge.membership(wrong, "Armenia") == "none"


def test_a_false_statement_swaps_the_status_the_article_denies(ask):
    context = ask("Egypt is not a member, but a dialogue partner of the SCO.")
    statements = {c.prompt: c.answer for c in made(context) if c.type is QuestionType.TRUE_FALSE}
    assert statements == {
        "True or false, according to the article? Egypt is a dialogue partner of the "
        "Shanghai Cooperation Organisation.": True,
        "True or false, according to the article? Egypt is a member of the Shanghai "
        "Cooperation Organisation.": False,
    }


def test_a_status_several_share_takes_a_and_one_that_singles_out_takes_the(ask):
    full = ask("Kazakhstan is also a full member of the Eurasian Economic Union.")
    prompts = {c.prompt for c in made(full) if c.type is QuestionType.SINGLE_CHOICE}
    assert "According to the article, which country is a full member of the Eurasian Economic " \
        "Union?" in prompts  # fmt: skip
    newest = ask("Belarus became the newest member of the SCO in July 2024.")
    assert any("the newest member" in c.prompt for c in made(newest))


def test_a_list_makes_a_multiple_choice_with_known_non_members(ask):
    context = ask("The SCO has ten members: China, India, Iran and Pakistan.")
    [choice] = [c for c in made(context) if c.type is QuestionType.MULTIPLE_CHOICE]
    assert isinstance(choice.answer, list) and set(choice.answer) <= {"China", "India", "Iran",
                                                                      "Pakistan"}  # fmt: skip
    wrong = set(choice.choices) - set(choice.answer)
    assert wrong and all(context.knowledge.membership(SCO, w) == "none" for w in wrong)


def test_a_dated_joining_asks_the_year_and_the_country(ask):
    context = ask("Iran joined the SCO in July 2023.")
    candidates = made(context)
    year = next(c for c in candidates if c.type is QuestionType.NUMERIC)
    assert (year.answer, year.tolerance) == (2023, 0)
    assert "2023" not in year.prompt
    who = next(c for c in candidates if c.prompt.endswith("in July 2023?") and
               c.prompt.startswith("According to the article, which country"))  # fmt: skip
    assert who.answer == "Iran" and len(who.choices) == 4
    assert all(context.knowledge.membership(SCO, w) == "none" for w in who.choices[1:])


def test_leaving_is_asked_without_options(ask):
    context = ask("Uzbekistan withdrew from the CSTO in 2012.")
    types = {c.type for c in made(context)}
    assert QuestionType.SINGLE_CHOICE not in types
    assert {QuestionType.SHORT_ANSWER, QuestionType.NUMERIC} <= types


def test_three_dated_joinings_make_an_ordering_question(ask):
    context = ask(
        "Pakistan joined the SCO in 2017.",
        "Iran joined the SCO in July 2023.",
        "Belarus became a member of the SCO in 2024.",
    )
    facts = context.facts_of(MembershipFact)
    [order] = [c for c in membership.combined(facts, context) if c is not None]
    assert order.type is QuestionType.ORDERING
    assert order.answer == ["Pakistan", "Iran", "Belarus"]


def test_two_joinings_make_no_ordering_question(ask):
    context = ask("Pakistan joined the SCO in 2017.", "Iran joined the SCO in July 2023.")
    facts = context.facts_of(MembershipFact)
    assert [c for c in membership.combined(facts, context) if c is not None] == []


def test_a_membership_inside_someones_words_is_not_a_fact(parse):
    doc = parse(
        "“Anyone who claims the premier announced that Armenia is withdrawing from the CSTO is "
        "wrong,” the foreign minister told reporters."
    )
    assert found_by(membership, doc) == []


def test_of_which_is_the_organisation_just_before_it(parse):
    doc = parse(
        "The EU welcomed the vote in Yerevan.",
        "In the meantime, Moscow has said that Armenia’s turn towards EU accession talks points "
        "to a possible exit from the Eurasian Economic Union (EAEU), of which Yerevan became a "
        "full member in 2015.",
    )
    found = {(f.countries, f.organisation) for s in doc.sentences
             for f in membership.find(s, doc)}  # fmt: skip
    assert found == {(("Armenia",), "Eurasian Economic Union")}


def test_a_country_granted_member_status_joins(parse):
    fact = one_fact(
        parse,
        "The summit approved a decision granting Belarus the status of an SCO member state.",
    )
    assert (fact.countries, fact.organisation, fact.relation) == (("Belarus",), SCO, "joined")


def test_a_country_given_observer_status_gains_that_role(parse):
    fact = one_fact(parse, "In 2004 Mongolia was granted observer status in the SCO.")
    assert (fact.country, fact.relation, fact.role, fact.year) == (
        "Mongolia",
        "joined",
        "observer",
        2004,
    )


def test_a_status_only_proposed_is_not_granted(parse):
    assert facts_of(parse("Russia may grant Iran the status of a CSTO member state.")) == []


def test_which_organisation_is_not_asked_among_bodies_no_neighbour_belongs_to(ask):
    context = ask("Kazakhstan, a member of the CSTO, asked its allies for help in 2022.")
    assert not [c for c in made(context) if c.answer == CSTO and c.choices]
    wrong = membership.no_relation_orgs(context, "Kazakhstan", CSTO, count=9)
    assert "North Atlantic Treaty Organization" in wrong  # an alliance, as the CSTO is
    assert not {"Association of Southeast Asian Nations", "European Union"} & set(wrong)


def test_a_membership_under_a_condition_is_no_fact(parse):
    doc = parse(
        "The minister said that in case Peru became a member of the EU this law would no longer "
        "be needed.",
        "If Bolivia joined the European Union, its farmers would gain.",
    )
    assert facts_of(doc) == []


def test_the_only_member_of_a_kind_is_no_status(parse):
    # "the only dissenting member" is not "the only member"
    doc = parse(
        "Most SCO members backed the plan. Tajikistan is the only dissenting member of the SCO."
    )
    assert facts_of(doc) == []

"""Characterisations: the label, whose it is, and wrong labels the article never uses."""

from __future__ import annotations

from quizzes.generate.patterns import characterisation
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import found_by, made_by


def test_phrasings_are_found(parse):
    doc = parse(
        "Mongolia is known for its “third neighbour” foreign policy.",
        "Georgia wants to present itself as a “small state” in the region.",
        "Erdogan praised Turkey's “strategic partnership” with Azerbaijan.",
        "In these talks Armenia plays the role of a mediator.",
        "Azerbaijan is often described as “the gateway to Central Asia”.",
    )
    found = {(f.who, f.label, f.category) for f in found_by(characterisation, doc)}
    assert ("Mongolia", "third neighbour", "policy_labels") in found
    assert ("Georgia", "small state", "standing_labels") in found
    assert ("Turkey", "strategic partnership", "relationship_labels") in found
    assert ("Armenia", "mediator", "partner_roles") in found
    assert ("Azerbaijan", "the gateway to Central Asia", "") in found


def test_it_is_resolved_from_the_sentence_before(parse):
    doc = parse("Mongolia hosted the forum.", "It sought to position itself as a “middle power”.")
    [fact] = found_by(characterisation, doc)
    assert (fact.who, fact.label, fact.predicate) == (
        "Mongolia",
        "middle power",
        "sought to position itself as {}",
    )


def test_near_misses(parse):
    doc = parse(
        "He said it would happen “after the vote”.",
        "The minister called the talks “useful and frank, as always”.",
        "Critics see the plan as a risk.",
    )
    assert found_by(characterisation, doc) == []


def test_policy_question_uses_only_labels_the_article_never_uses(ask):
    context = ask(
        "Mongolia is known for its “third neighbour” foreign policy.",
        "Critics call the country isolationist at times.",
    )
    [fact] = context.facts_of(characterisation.CharacterisationFact)
    made = made_by(characterisation, fact, context)
    choice = next(c for c in made if c.prompt.startswith("How does the article"))
    assert choice.prompt == "How does the article describe Mongolia's foreign policy?"
    assert choice.answer == "third neighbour"
    policy_labels = set(context.knowledge.terms["policy_labels"])
    wrong = set(choice.choices) - {"third neighbour"}
    assert len(wrong) >= 2 and wrong <= policy_labels and "isolationist" not in wrong


def test_a_label_in_another_form_is_not_offered_as_wrong(ask):
    context = ask(
        "Russia and China are rivals as well as friends without limits.",
        "Putin hailed Russia's “fully fledged partnership” with China.",
    )
    [fact] = context.facts_of(characterisation.CharacterisationFact)
    choice = next(
        c for c in made_by(characterisation, fact, context) if c.type is QuestionType.SINGLE_CHOICE
    )
    assert choice.prompt == "How does the article describe Russia's relationship with China?"
    assert "rivalry" not in choice.choices
    assert "friendship without limits" not in choice.choices


def test_fill_in_the_blank_and_which_country(ask):
    context = ask("Mongolia hosted the forum.", "It sought to position itself as a “middle power”.")
    [fact] = context.facts_of(characterisation.CharacterisationFact)
    made = made_by(characterisation, fact, context)
    blank = next(c for c in made if c.prompt.startswith("Fill in the blank"))
    assert blank.prompt == (
        "Fill in the blank: according to the article, Mongolia sought to position itself as ____."
    )
    assert blank.answer == "a middle power"
    assert all(c.startswith(("a ", "an ")) for c in blank.choices)
    who = next(c for c in made if c.answer == "Mongolia")
    assert who.prompt == (
        "According to the article, which country sought to position itself as a “middle power”?"
    )
    assert "Mongolia" not in who.prompt and len(who.choices) == 4


def test_no_label_question_without_a_list(ask):
    context = ask("Azerbaijan is often described as “the gateway to Central Asia”.")
    [fact] = context.facts_of(characterisation.CharacterisationFact)
    made = made_by(characterisation, fact, context)
    assert made and all(c.answer == "Azerbaijan" for c in made)


def test_the_labels_own_words_do_not_rule_out_its_wrong_options(ask):
    context = ask(
        "Kazakhstan hosted the summit of regional leaders in Astana.",
        "It sought to position itself as a “middle power” between Russia and China.",
    )
    [fact] = context.facts_of(characterisation.CharacterisationFact)
    wrong = characterisation.safe_wrong_labels(fact, context.doc)
    assert "great power" in wrong  # "power" is the label's own word
    assert len(wrong) >= 2


def test_a_modifier_of_the_described_noun_keeps_its_own_words(parse):
    doc = parse(
        "Boric added that Chile will consistently implement its long-term development policy "
        "of the “Vision 2050”, based on the plans of its two neighbours."
    )
    [fact] = found_by(characterisation, doc)
    assert fact.describes == "long-term development policy"

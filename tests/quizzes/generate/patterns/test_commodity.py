"""Commodities: asked with goods of the same kind the article never names."""

from __future__ import annotations

import pytest

from quizzes.generate.patterns import commodity
from quizzes.model import QuestionType
from tests.quizzes.generate.patterns.conftest import found_by, made_by


def test_a_commodity_in_a_trade_sentence_is_asked_with_goods_of_its_kind(ask):
    context = ask(
        "French President Emmanuel Macron visited Astana to expand uranium imports from "
        "Kazakhstan in 2023.",
        "Kazakhstan also sells oil to Europe through the Caspian pipeline.",
    )
    [fact] = [f for f in context.facts_of(commodity.CommodityFact) if f.commodity == "uranium"]
    [question] = made_by(commodity, fact, context)
    assert question.type is QuestionType.SINGLE_CHOICE
    assert question.prompt.startswith("Fill in the blank: French President Emmanuel Macron")
    assert "expand _____ imports" in question.prompt
    wrong = set(question.choices) - {"uranium"}
    assert len(wrong) == 3 and "oil" not in wrong  # the article names oil: never a wrong option
    assert wrong <= {"gas", "natural gas", "coal", "electricity", "hydropower", "gasoline",
                     "diesel"}  # fmt: skip


def test_a_commodity_beside_another_or_without_a_trader_is_not_asked(parse):
    doc = parse(
        "Kazakhstan is ready to increase the transit of Russian oil and gas through its territory.",
        "Fry the onions for ten minutes, then add the rice and the carrots and serve.",
        "Today Afghanistan has to buy food abroad (including wheat, vegetables and fruit) that "
        "its farmers could produce.",
    )
    assert found_by(commodity, doc) == []


def test_gas_rules_out_natural_gas(ask):
    context = ask(
        "China buys most of the gas that Turkmenistan exports by rail and road to Xinjiang.",
        "Uzbekistan remains one of the largest cotton exporters in the world, officials said.",
    )
    facts = context.facts_of(commodity.CommodityFact)
    made = [q for f in facts for q in made_by(commodity, f, context)]
    assert any(q.answer == "gas" for q in made)
    for question in made:
        assert "natural gas" not in question.choices


def test_a_commodity_naming_a_sector_is_not_asked(parse):
    doc = parse("Uzbekistan expressed interest in investing in Afghanistan’s mining and energy "
                "sectors and in the gas industry of Turkmenistan.")  # fmt: skip
    assert found_by(commodity, doc) == []


def test_a_medal_of_a_metal_is_no_commodity(parse):
    doc = parse(
        "Peru's silver medals were won by Ana Soto (judo) and Luis Rojas (boxing) in Paris."
    )
    assert found_by(commodity, doc) == []


def test_a_commodity_before_pipeline_or_deal_is_not_asked(parse):
    pipeline = parse("The EU wants Turkmenistan to build a gas pipeline across the Caspian Sea.")
    assert found_by(commodity, pipeline) == []  # a coal or uranium pipeline is no option
    deal = parse("The gas deal underlines Turkey's efforts to normalise relations with Syria.")
    assert found_by(commodity, deal) == []  # which deal?
    carried = parse(
        "Berdymukhamedov said the TAPI pipeline would carry Turkmenistan's gas to Afghanistan, "
        "Pakistan and India."
    )
    assert found_by(commodity, carried) == []  # nothing but oil or gas flows in a pipeline


def test_gas_and_natural_gas_are_never_two_options(ask):
    context = ask("Mongolia exported 41 million tonnes of coal to China by the end of November.")
    facts = context.facts_of(commodity.CommodityFact)
    made = [q for f in facts for q in made_by(commodity, f, context)]
    assert made
    for question in made:
        assert not {"gas", "natural gas"} <= set(question.choices)


def test_electricity_beside_power_words_is_not_asked(parse):
    doc = parse("Tajikistan's power company Barqi Tojik sold electricity worth $50 million to "
                "Afghanistan in 2024.")  # fmt: skip
    assert found_by(commodity, doc) == []


def test_the_commodity_the_article_is_about_is_not_asked(parse):
    doc = parse(
        "Oxiana will start producing gas at its largest field next month, officials said.",
        "China has become the main buyer of Oxiana's gas in recent years.",
        "The field had been set to produce its first gas by June, the Oxiana ministry said.",
        "Uzbekistan also sells cotton to Russia and Turkey every year.",
    )
    assert {f.commodity for f in found_by(commodity, doc)} == {"cotton"}


def test_a_commodity_naming_a_kind_of_terminal_is_not_asked(parse):
    doc = parse(
        "The Aktau port in Kazakhstan, with three dry cargo and three oil terminals, is the "
        "largest port on the Caspian Sea."
    )
    assert found_by(commodity, doc) == []


def test_a_commodity_whose_unit_the_sentence_gives_is_not_asked(parse):
    doc = parse(
        "Turkmenistan, whose annual gas exports to Russia have dropped to 10 bcm, plans to raise "
        "its supplies to China.",
        "Kazakhstan, whose oil output reached 1.8 million barrels a day, plans to export more "
        "to Europe.",
    )
    assert found_by(commodity, doc) == []  # "10 bcm", "barrels": nothing else is measured so


def test_the_commodity_the_headline_names_is_not_asked(parse):
    sentence = "The exported wheat of Kazakhstan is mainly grown in the Akmola and Kostanai areas."
    assert found_by(commodity, parse(sentence, title="Kazakhstan's trade grows"))
    assert found_by(commodity, parse(sentence, title="Kazakhstan Exports More Wheat")) == []


def test_a_commodity_after_a_grade_of_it_only_is_blanked_with_its_grade(ask):
    context = ask(
        "Mongolia's coking coal miners hope that the new government in Ulaanbaatar will "
        "attract more investment.",
        "Crude oil is the largest import of the United States from Azerbaijan, officials said.",
    )
    facts = context.facts_of(commodity.CommodityFact)
    assert sorted(f.commodity for f in facts) == ["Crude oil", "coking coal"]
    made = [q for f in facts for q in made_by(commodity, f, context)]
    prompts = {q.answer: q.prompt for q in made}
    assert "Mongolia's _____ miners" in prompts["coking coal"]  # not "coking _____"
    assert prompts["Crude oil"].startswith("Fill in the blank: _____ is the largest import")
    for question in made:
        assert not {"coal", "Coal", "oil", "Oil"} & set(question.choices)  # the answer again


def test_a_blank_before_miners_or_a_mine_offers_only_goods_that_are_mined(ask):
    context = ask(
        "Mongolia's coking coal miners hope that the new government in Ulaanbaatar will "
        "attract more investment.",
    )
    [fact] = context.facts_of(commodity.CommodityFact)
    [question] = made_by(commodity, fact, context)
    wrong = set(question.choices) - {"coking coal"}
    assert len(wrong) == 3
    assert not wrong & {"oil", "gas", "natural gas", "electricity", "gasoline", "diesel"}


def test_electricity_under_a_headline_about_power_is_not_asked(parse):
    sentence = "The city of Osh is among those slated to receive Tajik electricity next winter."
    assert found_by(commodity, parse(sentence, title="Kyrgyzstan and Tajikistan sign trade deal"))
    assert (
        found_by(commodity, parse(sentence, title="Kyrgyzstan to get power from Tajikistan")) == []
    )


def test_a_commodity_the_article_names_in_a_compound_is_no_wrong_option(ask):
    context = ask(
        "Rio Tinto will start underground work at Mongolia's Khan Uul copper mine next year.",
        "The copper-gold project is the country's largest foreign investment.",
    )
    [fact] = context.facts_of(commodity.CommodityFact)
    [question] = made_by(commodity, fact, context)
    assert question.answer == "copper" and "gold" not in question.choices


def test_the_commodity_spoken_of_before_is_not_asked(parse):
    doc = parse(
        "Turkmenistan sells natural gas to China and Russia.",
        "The gas is piped first to Russia, which then resells it.",
    )
    assert [f.sentence for f in found_by(commodity, doc)] == [0]


def test_a_fuel_burnt_is_never_offered_uranium(ask):
    context = ask(
        "Kazakhstan sells wheat to Afghanistan and Iran.",
        "In winter, villagers in Uzbekistan burn coal to heat their homes.",
    )
    made = [q for f in context.facts_of(commodity.CommodityFact)
            for q in made_by(commodity, f, context) if "heat their homes" in q.prompt]  # fmt: skip
    assert made and all("uranium" not in q.choices for q in made)


def test_uranium_is_offered_only_where_it_is_mined_traded_or_put_in_a_reactor(ask):
    context = ask(
        "Kazakhstan sells wheat to Afghanistan and Iran.",
        "Thousands of households in Bishkek have been hit by chronic gas shortages this winter.",
        "Mongolia exports coal to China by truck and by rail.",
    )
    offered = {q.prompt: q.choices for f in context.facts_of(commodity.CommodityFact)
               for q in made_by(commodity, f, context)}  # fmt: skip
    households = [c for p, c in offered.items() if "households" in p]
    assert households and all("uranium" not in c for c in households)
    exports = [c for p, c in offered.items() if "exports" in p]
    assert exports and any("uranium" in c for c in exports)


def test_wheat_is_never_offered_grain_nor_grain_wheat(ask):
    context = ask("Kazakhstan sells wheat to Afghanistan and Iran by rail and by road.")
    made = [q for f in context.facts_of(commodity.CommodityFact)
            for q in made_by(commodity, f, context)]  # fmt: skip
    assert made and all("grain" not in q.choices for q in made)


def test_what_lies_in_the_ground_is_never_offered_what_is_made_from_it(ask):
    context = ask(
        "Kazakhstan sells coal to Afghanistan and Iran.",
        "Turkmenistan holds the world's fourth-largest reserves of natural gas, a ministry said.",
    )
    made = [q for f in context.facts_of(commodity.CommodityFact)
            for q in made_by(commodity, f, context) if "reserves" in q.prompt]  # fmt: skip
    assert made and all(not {"electricity", "gasoline", "diesel"} & set(q.choices) for q in made)


def test_a_commodity_the_stem_or_headline_hints_at_is_not_asked(ask):
    hinted = ask(
        "Gazprom bought Mongolia's gas network and pledged to upgrade the pipes, officials said.",
        "Peru buys most of the copper Chile mines and sells gas to Bolivia, traders said.",
    )
    network, elsewhere = (
        [f for f in hinted.facts_of(commodity.CommodityFact) if f.sentence == index]
        for index in (0, 1)
    )
    assert network and all(made_by(commodity, f, hinted) == [] for f in network)
    assert any(made_by(commodity, f, hinted) for f in elsewhere)  # no clue beside "sells gas"
    sentence = "Peru buys most of the gas that Bolivia exports by rail and road, officials said."
    for title, asked in (("Peru and Bolivia sign a deal", True),
                         ("Gazprom to build a line to Bolivia", False)):  # fmt: skip
        headline = ask(sentence, title=title)
        [fact] = headline.facts_of(commodity.CommodityFact)
        assert bool(made_by(commodity, fact, headline)) is asked, title


def test_the_metal_of_a_medal_is_no_commodity(parse):
    doc = parse(
        "At the European Games in Baku, Britain came third with a total of 47 medals (18 of "
        "them gold)."
    )
    assert found_by(commodity, doc) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Black Sea submarine cable will supply electricity from Azerbaijan to Hungary and "
        "further to Romania.",
        "Combining nuclear and renewable sources will help Uzbekistan meet its growing "
        "electricity needs, Russia's ambassador said.",
    ],
)
def test_electricity_beside_a_cable_or_a_power_source_is_not_asked(parse, sentence):
    assert found_by(commodity, parse(sentence)) == []


def test_fruit_is_offered_other_foods_not_crops(ask):
    context = ask("Tajikistan intends to increase fresh fruit exports to Russia and China.")
    made = [q for f in context.facts_of(commodity.CommodityFact)
            for q in made_by(commodity, f, context)]  # fmt: skip
    assert made and all(set(q.choices) == {"fruit", "meat", "dairy products"} for q in made)


def test_a_fuel_listed_beside_jet_fuel_is_not_asked(parse):
    doc = parse(
        "Kazakhstan's refinery will increase production of high-octane gasoline, jet fuel and "
        "diesel for export to Uzbekistan, the company said."
    )
    assert found_by(commodity, doc) == []

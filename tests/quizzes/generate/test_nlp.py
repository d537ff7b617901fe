"""The generator's spaCy pipeline: what it loads, since loading is most of a first quiz's wait."""

from __future__ import annotations

import gc

from quizzes.generate import nlp
from quizzes.generate.nlp import pipeline


def test_the_pipeline_loads_only_the_components_it_runs():
    """A component the model package ships disabled (its sentence recogniser: the parser
    already splits sentences) is never run, so it is not loaded either."""
    nlp = pipeline()
    assert nlp.component_names == nlp.pipe_names
    assert nlp.disabled == []


def test_the_entity_ruler_labels_a_known_name_before_the_statistical_recogniser():
    doc = pipeline()("Kazakh officials met in Astana.")
    assert [(ent.text, ent.label_, ent.ent_id_) for ent in doc.ents] == [
        ("Kazakh", "NORP", "demonym:Kazakhstan"),
        ("Astana", "GPE", "city:Astana"),
    ]


def test_a_states_own_institution_and_a_leaders_full_name_are_known_names():
    doc = pipeline()(
        "On January 6, the Akorda press service said that Mullah Mohammad Hassan Akhund arrived."
    )
    assert ("Akorda", "ORG", "other:Akorda") in [(e.text, e.label_, e.ent_id_) for e in doc.ents]
    assert ("Mullah Mohammad Hassan Akhund", "person:Mohammad Hasan Akhund") in [
        (e.text, e.ent_id_) for e in doc.ents
    ]


def test_loading_runs_no_garbage_collection_and_leaves_the_loaded_objects_out_of_later_ones(
    monkeypatch,
):
    """Loading builds some hundred thousand lasting objects and no garbage: Python's collector
    scanning them again and again took about a tenth of a first quiz's wait."""
    collections: list[int] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    thresholds = gc.get_threshold()
    monkeypatch.setattr(nlp, "_pipeline", None)
    gc.callbacks.append(note)
    try:
        loaded = nlp.pipeline()
    finally:
        gc.callbacks.remove(note)
    assert "entity_ruler" in loaded.pipe_names
    assert collections == []
    assert gc.get_freeze_count() > 100_000
    assert gc.isenabled()
    assert gc.get_threshold() == thresholds


def test_an_entity_the_model_ran_on_into_a_preposition_ends_at_its_name():
    from tests.quizzes.generate.patterns.conftest import parse_paragraphs

    doc = parse_paragraphs(
        "Saudi Arabia and Kazakhstan signed five memoranda during the Kazakh President’s visit "
        "to the Kingdom on Sunday."
    )
    assert not any(e.text.endswith((" on", " of", " the")) for e in doc.entities())


def test_a_given_name_spelt_another_way_before_a_known_surname_is_that_person():
    from tests.quizzes.generate.patterns.conftest import parse_paragraphs

    doc = parse_paragraphs("President Kasym-Zhomart Tokayev opened a new airport in Turkistan.")
    people = [(e.text, e.name, e.known) for e in doc.entities() if e.kind == "person"]
    assert people == [("Kasym-Zhomart Tokayev", "Kassym-Jomart Tokayev", True)]


def test_another_given_name_before_a_known_surname_is_another_person():
    from tests.quizzes.generate.patterns.conftest import parse_paragraphs

    doc = parse_paragraphs(
        "Another migrant, Yusuf Karimov, 42, worked in Lima. Karimov has an old passport."
    )
    people = [(e.text, e.name, e.known) for e in doc.entities() if e.kind == "person"]
    assert people == [
        ("Yusuf Karimov", "Yusuf Karimov", False),
        ("Karimov", "Yusuf Karimov", False),
    ]


def test_a_given_name_the_model_left_out_before_a_known_surname_is_part_of_the_name():
    """ "President Roza Otunbaeva": the ruler knows the surname in this spelling; the given
    name before it, outside every entity or taken for a nationality, is hers too."""
    from tests.quizzes.generate.patterns.conftest import parse_paragraphs

    doc = parse_paragraphs(
        "During the two-day visit, the Turkish leader met with his Kyrgyz counterpart Almazbek "
        "Atambaev and President Roza Otunbaeva."
    )
    people = [(e.text, e.name) for e in doc.entities() if e.kind == "person"]
    assert people == [
        ("Almazbek Atambaev", "Almazbek Atambayev"),
        ("Roza Otunbaeva", "Roza Otunbayeva"),
    ]


def test_no_name_starts_with_a_patronymic():
    from tests.quizzes.generate.patterns.conftest import parse_paragraphs

    doc = parse_paragraphs(
        "The deal will pave the way for growth, Shukhrat Shavkatovich Yadgarov, Deputy Chairman "
        "of Uzbekistan Airways, told reporters. Yadgarov said more jets would follow."
    )
    people = [(e.text, e.name) for e in doc.entities() if e.kind == "person"]
    assert people == [
        ("Shukhrat Shavkatovich Yadgarov", "Shukhrat Shavkatovich Yadgarov"),
        ("Yadgarov", "Shukhrat Shavkatovich Yadgarov"),
    ]


def test_a_known_person_in_a_spelling_the_data_lacks_is_that_person():
    from tests.quizzes.generate.patterns.conftest import parse_paragraphs

    doc = parse_paragraphs(
        "Chile's president met President Serdar Berdymukhammedov in Ashgabat on Friday. "
        "Berdymukhammedov called the visit historic."
    )
    people = {(e.text, e.name, e.known) for e in doc.entities() if e.kind == "person"}
    assert people == {
        ("Serdar Berdymukhammedov", "Serdar Berdimuhamedov", True),
        ("Berdymukhammedov", "Serdar Berdimuhamedov", True),
    }


def test_a_scale_written_against_its_figure_stays_with_it():
    from tests.quizzes.generate.patterns.conftest import parse_paragraphs

    doc = parse_paragraphs("The US$200m project will be built in the Gobi district of Mongolia.")
    assert [e.text for e in doc.entities() if e.label == "MONEY"] == ["US$200m"]
    assert "m" not in [t.text for t in doc.sentences[0].span]


def test_a_blank_before_a_scale_written_against_it_keeps_it():
    from quizzes.generate.questions import blank_out

    text = "The US$200m cement project will be built in Mongolia by 2031."
    at = text.index("200")
    assert (
        blank_out(text, at, at + 3)
        == "The US$_____m cement project will be built in Mongolia by 2031."
    )


def test_no_sentence_starts_right_after_a_word():
    text = (
        "Kazakhstan's President Kassym-Jomart Tokayev met his Kyrgyz counterpart Sadyr Japarov "
        "at the summit in Astana. The talks begin on Monday."
    )
    sentences = [s.text for s in pipeline()(text).sents]
    assert len(sentences) == 2, sentences


def test_a_site_s_name_with_its_domain_ends_no_sentence():
    text = (
        "The opposition obtained 10.17% and secured 16 seats, Caliber.Az reports via Russian "
        "media. The ruling party won 89 seats."
    )
    sentences = [s.text for s in pipeline()(text).sents]
    assert len(sentences) == 2, sentences


def test_no_sentence_starts_with_a_small_letter_after_a_shortened_word():
    text = (
        "Aircraft flying time increased to 10.9 hrs. per day from 8.1 hrs. in 2017 because of "
        "maintenance at Moscow airports. The number of weekly flights reached 36."
    )
    sentences = [s.text for s in pipeline()(text).sents]
    assert len(sentences) == 2, sentences


def test_a_known_name_is_known_with_either_apostrophe():
    """ "the People’s Republic of China" is China, not "Republic of China" (Taiwan) after an
    unknown word."""
    for apostrophe in ("'", "’"):
        doc = pipeline()(f"Rahmon met the President of the People{apostrophe}s Republic of China.")
        assert [e.ent_id_ for e in doc.ents if e.label_ == "GPE"] == ["country:China"]


def test_a_big_company_of_the_region_is_a_known_organisation_not_a_person():
    doc = pipeline()(
        "Kazatomprom cut its 2025 guidance, and Kazatomprom said acid supplies stayed short."
    )
    assert [(e.text, e.label_) for e in doc.ents if e.text == "Kazatomprom"] == [
        ("Kazatomprom", "ORG"),
        ("Kazatomprom", "ORG"),
    ]
    guards = pipeline()("The FSB withdrew its border guards from the Armenian border.")
    assert ("FSB", "ORG", "other:FSB") in [(e.text, e.label_, e.ent_id_) for e in guards.ents]

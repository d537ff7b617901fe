"""What "it", "the country" or "the Central Asian nation" stands for, from the sentences before.

Countries are resolved when the words say enough: a region adjective ("the Central Asian
nation") or a tag from the knowledge data ("the former Soviet republic") narrows the choice to
countries the article has just named. A subject pronoun ("It", "In 2017, it ...") stands for the
previous sentence's named subject, or for the article's own subject when the sentence before
spoke of it too; "the bloc" in an article about one organisation is that organisation. A pattern
that cannot resolve a referent makes no fact from it, and a stem that still holds one is dropped
by `rank`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizzes.generate.back_reference import short_form, the_story_s_own
from quizzes.generate.clause import nouns_missing_an_article, why_not_a_clause
from quizzes.generate.document import (
    CLOCK_TIME,
    COUNTRY_NOUNS,
    NAMEABLE_THINGS,
    NAMING_KINDS,
    THING_ABBREVIATIONS,
    name_start,
    thing_noun,
)
from quizzes.generate.knowledge import CITY, COUNTRY, DEMONYM, ORG, PERSON, country_as_written
from quizzes.generate.relative_year import MONTHS
from quizzes.generate.slips import source_slips
from quizzes.generate.whole_words import whole_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from quizzes.generate.document import ArticleDoc, Entity, Sentence

PRONOUNS = frozenset({"it", "its"})
LOOK_BACK = 4  # sentences


def country_of(token: Token, sentence: Sentence, doc: ArticleDoc) -> str | None:
    """The country a token names or refers to, or None."""
    entity = sentence.entity_at(token.i)
    if entity is not None:
        return _country_of_entity(entity.kind, entity.name, doc)
    lowered = token.lower_
    if lowered in PRONOUNS:
        # "It is bordered by ..." after "It is the size of Japan": "it" is what the sentence
        # before was about, not the last country it named.
        before = _previous_subject_entity(sentence, doc, across_paragraphs=True)
        if before is not None:
            return _country_of_entity(before.kind, before.name, doc)
        if _continued_subject(sentence, doc, pronoun=lowered) is not None:
            return _country_of_entity(doc.subjects[0].kind, doc.subjects[0].name, doc)
        return _recent_country(sentence, doc, region=None, tag=None, subjects_only=True)
    if lowered in COUNTRY_NOUNS and any(c.lower_ in ("the", "this") for c in token.children):
        words = " ".join(t.text for t in token.subtree if t.i < token.i)
        region, tag = _qualifiers(words, doc)
        if region is None and tag is None and token.lower_ != "country":
            return None
        named_before = {name for e in sentence.entities
                        if e.end <= token.idx - sentence.span.start_char
                        and (name := _country_of_entity(e.kind, e.name, doc))}  # fmt: skip
        if len(named_before) > 1 and region is None and tag is None:
            return None  # "Japan has supported Mongolia since the country ...": which?
        if len(named_before) == 1 and region is None and tag is None:
            return next(iter(named_before))  # "Ashgabat, the capital, … the country's border"
        return _recent_country(sentence, doc, region=region, tag=tag)
    return None


def _country_of_entity(kind: str, name: str, doc: ArticleDoc) -> str | None:
    if kind in (COUNTRY, DEMONYM):
        return name
    if kind == CITY:
        city = doc.knowledge.cities.get(name)
        return city.country if city and city.is_capital else None
    return None


def _qualifiers(words: str, doc: ArticleDoc) -> tuple[str | None, str | None]:
    lowered = words.lower()
    regions = {c.region for c in doc.knowledge.countries.values() if c.region}
    region = next((r for r in regions if r.lower().replace(" asia", " asian") in lowered
                   or r.lower() in lowered), None)  # fmt: skip
    tags = {t for c in doc.knowledge.countries.values() for t in c.tags}
    tag = next((t for t in tags if t.lower() in lowered), None)
    return region, tag


def _recent_country(
    sentence: Sentence, doc: ArticleDoc, *, region: str | None, tag: str | None,
    subjects_only: bool = False,
) -> str | None:  # fmt: skip
    """The country named most recently before the sentence that fits the qualifiers (with
    `subjects_only`, one named as a sentence's subject: what "it" can stand for)."""
    start = max(0, sentence.index - LOOK_BACK)
    for earlier in reversed(doc.sentences[start : sentence.index + 1]):
        entities = earlier.entities if earlier is not sentence else []
        if subjects_only:
            doc_tokens = earlier.span.doc
            entities = [e for e in entities
                        if doc_tokens[e.last_token].dep_ in ("nsubj", "nsubjpass")]  # fmt: skip
        for entity in reversed(entities):
            name = _country_of_entity(entity.kind, entity.name, doc)
            country = doc.knowledge.countries.get(name or "")
            if name is None or country is None:
                continue
            if region and country.region != region:
                continue
            if tag and tag not in country.tags:
                continue
            return name
    return None


_PERSONAL = frozenset({"he", "she", "him", "his", "her"})
_TIME_AFTER_BEFORE = re.compile(
    r"^(?:The|That) (?:next|following|previous|same) (?:day|week|month|year)\b|^(?:Later|Then|"
    r"Afterwards|Earlier(?! [a-z]+s\b)|By then|By that time|At that time|At the time|Nor|"
    r"(?:Shortly|Soon|Immediately) (?:after|afterwards|before)(?:wards)?)\b"
    r"|^(?:If so|If not|In that case|Otherwise),"  # "If so, the average salary will rise": if what?
    r"|^(?:Yet )?[Aa]nother\b"  # "Another $120 million in handouts": besides which?
    r"|^(?:A|An|One|Two|Three|Four|Five|Several|A few) (?:days?|weeks?|months?|years?) "
    r"(?:later|earlier|before|after)\b"
)
# Connectives that tie a sentence to the one before; a stem reads better without them.
CONNECTIVE = re.compile(
    r"^(?:However|Meanwhile|Moreover|Furthermore|In addition|Also|Still|Thus|Indeed|Nonetheless|"
    r"Nevertheless|Instead|Besides|Likewise|Similarly|Consequently|As a result|After all|"
    r"First|Second|Third|Finally|In particular|In fact|Additionally|Notably|Importantly|Further|"
    r"For example|For instance|As an example|By contrast|In contrast|On the other hand|Overall|"
    r"Of course|"
    r"In short|Hence|Therefore|In the meantime|Meantime|Particularly|In comparison|"
    r"By comparison|At the same time|Actually|"
    r"In this (?:context|regard|respect)|"
    r"At the risk of [\w -]{1,40}|Simply put|Put simply|To put it (?:simply|briefly)|"  # the writer
    # A time that means nothing outside the day of writing: "Last month, Putin was in ..."
    r"(?:(?:Earlier|Later) )?(?:[Ll]ast|[Tt]his|[Nn]ext) (?:week|month|year|spring|summer|"
    r"autumn|fall|winter)|"
    r"Yesterday|Today|To note|Of note|To remind|To recall|Recall|Remember|In other words|That is|"
    r"Since then|"  # "Since then, the canal has been ...": true without it
    r"For (?:its|his|her|their|our|my) part|"  # set against what others did, said before
    r"Even so|Even then|That said|All the same|"  # a concession to what came before
    r"For (?:information|reference|the record)|(?:Almost |Nearly )?[Ss]imultaneously|"
    r"Accordingly|"  # a press release's
    r"More important(?:ly)?|Most important(?:ly)?|Again|"
    r"On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)),\s+"
    r"|^(?:And|But|So),?\s+(?!far\b)"  # "So far, ..." keeps its "So"
    # an interview's dash before an answer ("— In order to improve …"), a list's bullet
    r"|^[—–•-]\s+(?=[A-Z])"
)
# The same set between commas after the subject: "Kyrgyzstan, for its part, will present ...".
_CONNECTIVE_ASIDE = re.compile(
    r",\s(?:for (?:its|his|her|their) part|however|in turn|meanwhile|though|nevertheless|"
    r"nonetheless|moreover|furthermore|in addition|therefore|in the meantime|on the other hand|"
    r"for example|for instance|in contrast|by contrast)(?=,\s)"
)
_AN_EXAMPLE = re.compile(r",\s(?:for example|for instance)")
_THINGS = frozenset({"it", "its", "they", "them", "their"})
_DEMONSTRATIVE_SUBJECTS = frozenset({"this", "these", "that", "those", "such"})


def leans_on_previous_sentence(
    sentence: Sentence, *, start: int = 0, end: int | None = None,
    named: frozenset[str] = frozenset(),
) -> bool:  # fmt: skip
    """The sentence (up to character `end`) needs the one before to be understood: a pronoun
    with no name before it ("it sees", "he also met"), or a demonstrative subject ("This shows
    ...") or determiner ("this summit"), unless it points at a kind of thing the article named
    one of opening the sentence (`named`: "This pipeline" where the article names the TAPI
    pipeline only). Words before character `start` (a frame the stem leaves out) do not count."""
    rest = sentence.text[start:]
    if _TIME_AFTER_BEFORE.match(rest[:1].upper() + rest[1:]):
        return True  # "The next day, ...": which day? ("More important, nor does …": nor what?)
    if _counted_from_an_unnamed_moment(sentence, end=end):
        return True  # "Russia joined one month later": later than what?
    if _WENT_ON.search(sentence.text[:end]):
        return True  # "Lukashenko went on saying ...": after saying what?
    if _compared_with_nothing(sentence):
        return True  # "The actual number may be much higher": higher than what?
    if _elliptical(sentence, end=end):
        return True  # "The lowest was in Tashkent", "X followed with 7 seats": of what, whom?
    names_before: set[str] = set()
    stop = sentence.span.start_char + (len(sentence.text) if end is None else end)
    for token in sentence.span:
        if token.idx >= stop:
            break
        if token.idx < sentence.span.start_char + start:
            continue
        entity = sentence.entity_at(token.i)
        if entity is not None:
            names_before.add(entity.kind)
            continue
        lowered = token.lower_
        relative = token.tag_ == "WDT"  # "reforms that promote ..."
        demonstrative = lowered in _DEMONSTRATIVE_SUBJECTS and not relative
        if token.dep_ in ("nsubj", "nsubjpass") and demonstrative:
            return True
        if token.dep_ in ("dobj", "pobj") and demonstrative and _bare_object(token):
            return True  # "the deals have delivered that": delivered what?
        if token.dep_ == "det" and _demonstrative_says_which(token, sentence, named):
            continue  # "this pipeline": the one the article named; "this Middle Corridor route"
        if _THIS_TIME_A_YEAR_AGO.match(sentence.text, token.idx - sentence.span.start_char):
            continue  # "more than at this time last year": the article's own date, a year ago
        if token.dep_ == "det" and lowered in ("this", "these", "those", "that"):
            # "this summit", "these nations": which ones? Unless the sentence said it before:
            # "the Fulbright program ... under that program".
            said = {t.lemma_.lower() for t in sentence.span if t.i < token.i}
            if token.head.lemma_.lower() not in said and not _named_before(token, sentence):
                return True
        if lowered == "same" and any(c.lower_ == "the" for c in token.head.children):
            measured = token.head.lemma_.lower() in _AMOUNT_NOUNS and bool(names_before & _FIGURES)
            if not measured and not _dated(token.head, sentence):
                return True  # "the same countries"; not "about the same amount" after a figure,
                # nor "the same period in 2021"
        if token.pos_ != "PRON" or token.dep_ == "expl":
            continue
        main_subject = token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT"
        if main_subject and lowered in _PERSONAL | _THINGS and not _is_cleft(token):
            if not _opening_clause_subject(token, sentence, lowered):
                return True
            continue  # "Although Mongolia regards ..., it has also committed ..."
        if _points_forward(token, sentence) or _said_by_a_named_subject(token, sentence):
            continue  # "At its meeting, the Central Bank …", "Kazatomprom said that it …"
        if lowered in _PERSONAL and "person" not in names_before and not _titled_before(token):
            return True
        named_thing = names_before & {"country", "demonym", "org", "place", "city", "group"}
        if lowered == "their" and _plural_subject_before(token, sentence):
            continue  # "the amount that migrant workers send to their homeland"
        if lowered in _THINGS and not named_thing and not (lowered == "it" and _is_cleft(token)):
            return True
    return False


# "one month later", "two years earlier", "since then": counted from a moment the sentence
# before gave.
_RELATIVE_TIME = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|several|a few|some) (?:days?|weeks?|months?|"
    r"years?|decades?) (?:later|earlier)\b(?! than)|(?<=\s)since then\b)"
)


def _compared_with_nothing(sentence: Sentence) -> bool:
    """The sentence says something is higher or lower ("may be much higher", "are lower, at
    $400 a month") with no "than" or "compared to": the comparison is with the sentence before.
    Something that grew larger is compared with itself before."""
    compared = any(
        t.tag_ in ("JJR", "RBR") and t.dep_ == "acomp" and t.head.lemma_ == "be"
        for t in sentence.span
    )
    return compared and not any(t.lower_ in ("than", "compared") for t in sentence.span)


def _dated(noun: Token, sentence: Sentence) -> bool:
    """ "the same period in 2021": a date after the noun says which."""
    return any(
        child.dep_ == "prep"
        and any(
            (e := sentence.entity_at(t.i)) is not None and e.kind == "date" for t in child.subtree
        )
        for child in noun.children
    )


def _plural_subject_before(pronoun: Token, sentence: Sentence) -> bool:
    """A plural noun before "their" in the sentence is a subject it can stand for ("migrant
    workers send to their homeland")."""
    return any(
        t.tag_ == "NNS" and t.dep_ in ("nsubj", "nsubjpass")
        for t in sentence.span
        if t.i < pronoun.i
    )


def _counted_from_an_unnamed_moment(sentence: Sentence, *, end: int | None) -> bool:
    """A time counted from a moment (" one month later", "since then") with no date before it
    in the sentence to count from ("signed in May 1992 and Russia joined one month later" has
    one)."""
    match = _RELATIVE_TIME.search(sentence.text[:end])
    if match is None:
        return False
    return not any(e.kind == "date" and e.end <= match.start() for e in sentence.entities)


_THIS_TIME_A_YEAR_AGO = re.compile(r"this time (?:last year|a year ago)\b", re.IGNORECASE)
_WENT_ON = re.compile(
    r"\bwent on (?:saying|to say|to add)\b|\b(?:further|also) added\b"
    r"|\b(?:have|has|had) since\b"  # "prices have since risen": since when?
)
_FIGURES = frozenset({"quantity", "money", "cardinal", "percent"})
_AMOUNT_NOUNS = frozenset({"amount", "number", "area", "size", "sum", "volume", "level"})
# Words of a title before a name: "President", "Foreign Minister", "Mr".
TITLE_WORDS = frozenset({"president", "minister", "leader", "premier", "chancellor", "king",
                         "queen", "spokesperson", "spokesman", "spokeswoman", "secretary",
                         "ambassador", "envoy", "chairman", "head", "general", "speaker",
                         "governor", "mr", "mrs", "ms", "dr", "sir"})  # fmt: skip


def _demonstrative_says_which(determiner: Token, sentence: Sentence, named: frozenset[str]) -> bool:
    """ "this pipeline" where the article named one pipeline (the stem names it), "this Middle
    Corridor route" (the name says which; the stem says "the")."""
    if determiner.lower_ not in ("this", "that", "these", "those"):
        return False
    if determiner.lower_ in ("this", "that") and thing_noun(determiner.head.lower_) in named:
        return True
    return _named_noun(determiner.head, sentence)


def _named_noun(noun: Token, sentence: Sentence) -> bool:
    """A noun a name before it says which of ("Middle Corridor route"; not "Kazakh city")."""
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in ("compound", "nmod") or child.pos_ != "PROPN":
            continue
        entity = sentence.entity_at(child.i)
        if entity is None or entity.kind not in (COUNTRY, DEMONYM):
            return True
    return False


def _bare_object(token: Token) -> bool:
    """A demonstrative object with nothing after it to say what it is: "delivered that,"
    (not "among those jailed", nor "note that Kazakhstan borders China")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return not list(token.children) and (following is None or following.is_punct)


def _named_before(determiner: Token, sentence: Sentence) -> bool:
    """ "trade from Azerbaijan, Georgia and Kazakhstan ... between these three countries": the
    sentence has named them."""
    noun = determiner.head
    if noun.lemma_.lower() not in ("country", "nation", "state") or noun.tag_ != "NNS":
        return False
    named = {
        e.name for e in sentence.entities if e.kind == "country" and e.last_token < determiner.i
    }
    return len(named) >= 2


def _titled_before(token: Token) -> bool:
    """ "The Kazakh president said ... his country": a title names the person "his" means."""
    start = token.sent.start
    return any(t.lower_ in TITLE_WORDS for t in token.doc[start : token.i])


def _opening_clause_subject(token: Token, sentence: Sentence, lowered: str) -> bool:
    """The main subject pronoun stands for the named subject of a clause opening the sentence:
    "Although Mongolia regards ..., it has also committed ..."."""
    kinds = {"person"} if lowered in _PERSONAL else {COUNTRY, "org", "place", CITY}
    for clause in token.head.children:
        if clause.dep_ != "advcl" or clause.i > token.i:
            continue
        for child in clause.children:
            entity = sentence.entity_at(child.i)
            if child.dep_ in ("nsubj", "nsubjpass") and entity and entity.kind in kinds:
                return True
    return False


def _points_forward(pronoun: Token, sentence: Sentence) -> bool:
    """A possessive in a phrase opening a clause stands for that clause's named subject, which
    follows it: "At its meeting on 12 March, the Central Bank decided ...", "In his address,
    President Ali Khan said ..." ("In his address, the minister said" names no one)."""
    if pronoun.dep_ != "poss" or pronoun.lower_ not in ("its", "his", "her", "their"):
        return False
    phrase = pronoun
    while phrase.head.i != phrase.i and phrase.head.pos_ not in ("VERB", "AUX"):
        phrase = phrase.head
    verb = phrase.head
    if verb.i == phrase.i:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].left_edge.i <= phrase.right_edge.i:
        return False
    entity = sentence.entity_at(subjects[0].i)
    if pronoun.lower_ in ("his", "her"):
        return (entity is not None and entity.kind == PERSON) or _titled_by_country(
            subjects[0], sentence
        )
    return entity is not None and entity.kind in _NAMED - {PERSON}


def _titled_by_country(person: Token, sentence: Sentence) -> bool:
    """ "the Russian leader", "the Kazakh foreign minister": an office that one person of the
    named country holds says who, as a name would."""
    if person.lemma_.lower() not in TITLE_WORDS:
        return False
    return any(
        (entity := sentence.entity_at(child.i)) is not None and entity.kind in (COUNTRY, DEMONYM)
        for child in person.children
        if child.dep_ in ("amod", "compound", "nmod", "poss")
    )


# Verbs that only say a thing was told: "It was reported that …", "It is worth noting that …".
_REPORTING_VERBS = frozenset({
    "report", "note", "say", "state", "clarify", "announce", "mention", "add", "stress",
    "emphasize", "emphasise", "inform", "recall", "know", "learn", "point", "tell",
})  # fmt: skip
_FRAME_WORDS = frozenset({"aux", "auxpass", "advmod", "acomp", "xcomp", "prt", "ROOT"})


# Bodies and documents that report what the stem says: "The statement noted that …".
_SOURCES = frozenset({
    "statement", "report", "study", "survey", "document", "data", "media", "ministry",
    "commission", "committee", "bank", "agency", "service", "office", "figure", "information",
})  # fmt: skip
# "According to it," "According to the document,": a source the sentence before named.
_ACCORDING_TO_SOURCE = re.compile(
    r"^According to (?:it|them|the (?:statement|report|study|survey|document|data)),\s+"
)


def _reporting_frame_end(sentence: Sentence) -> int | None:
    """Where the reported clause begins after an opening "It was (previously) reported that",
    "It should be noted that", "It is worth noting that", or after a body or document that
    reports it without a name ("It said that", "The statement noted that", "Media reported
    that", "According to it,"): a frame that says only that the clause was told. None for any
    other opening ("It is expected that …" is a forecast; "He said that …" is a person's
    word, and who said it matters)."""
    according = _ACCORDING_TO_SOURCE.match(sentence.text)
    if according is not None:
        return according.end()
    span = sentence.span
    subject = _reporting_subject(span)
    if subject is None:
        return None
    for token in span[subject.i - span.start + 1 :]:
        if token.lower_ == "that" and token.dep_ == "mark" and token.head.dep_ == "ccomp":
            frame = span[subject.i - span.start + 1 : token.i - span.start]
            verbs = [t for t in frame if t.lemma_.lower() in _REPORTING_VERBS]
            if not verbs or any(t.dep_ not in _FRAME_WORDS for t in frame):
                return None
            return token.idx + len(token.text) + 1 - span.start_char
        if token.dep_ not in _FRAME_WORDS:
            return None
    return None


def _reporting_subject(span: Span) -> Token | None:
    """The subject opening the sentence that can report a clause: "It", or a body or document
    the sentence does not name ("The statement", "Media")."""
    for token in span:
        if token.dep_ in ("nsubj", "nsubjpass", "expl"):
            opening = token.i > span.start and token.doc[token.i - 1].text == ","
            if token.lower_ == "it" and (token.i == span.start or opening):
                return token  # "It was announced that …", "During the meeting, it was …"
            common = token.tag_ in ("NN", "NNS")  # "Media"; not "Interfax"
            source = common and (token.lower_ in _SOURCES or token.lemma_.lower() in _SOURCES)
            unnamed = all(_points_back(t) for t in span[: token.i - span.start])
            return token if source and unnamed and token.head.dep_ == "ROOT" else None
    return None


def _points_back(word: Token) -> bool:
    """A word before a source that names none: "the", "this", an adjective ("the latest
    report"); not "a December UN report" (a source of its own)."""
    if word.dep_ == "det":
        return word.lower_ in ("the", "this", "these")
    return word.dep_ == "amod" and word.pos_ == "ADJ" and not word.ent_type_


def _without_reporting_frame(stem: Stem, sentence: Sentence) -> Stem:
    """The stem without an opening "It was reported that" (`_reporting_frame_end`)."""
    end = _reporting_frame_end(sentence)
    # an opening phrase a connective rule took out already ("During the meeting, it was …")
    start = max((e for s, e, length in stem.edits if s == 0 and length == 0), default=0)
    trimmed = None if end is None or start >= end else _removed(stem, start, end)
    if trimmed is None or not trimmed.text:
        return stem
    return Stem(trimmed.text[:1].upper() + trimmed.text[1:], trimmed.edits)


def _said_by_a_named_subject(pronoun: Token, sentence: Sentence) -> bool:
    """ "Kazatomprom said that it produced …", "Aslov said that his country …": a pronoun in
    what a named subject said stands for that subject (a person for "he"/"his", anything but a
    person for "it"/"its")."""
    clause = pronoun.head
    while clause.dep_ != "ccomp" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return False
    speakers = [c for c in clause.head.children
                if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i < pronoun.i]  # fmt: skip
    if not speakers:
        return False
    entity = sentence.entity_at(speakers[0].i)
    kind = entity.kind if entity is not None else None
    if pronoun.lower_ in _PERSONAL:
        return kind not in (COUNTRY, DEMONYM, CITY, "place")
    return pronoun.lower_ in ("it", "its") and kind != PERSON


def _be_with_a_that_clause(head: Token) -> bool:
    """ "is unsurprising that …" where the parse made the adjective a verb with "is" as its
    auxiliary."""
    copula = any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)
    return copula and any(c.dep_ == "ccomp" and c.left_edge.lower_ == "that" for c in head.children)


def _is_cleft(token: Token) -> bool:
    """ "It is geography that forced ...", "it was obvious that ...", "it is important to":
    no referent needed. ("It is the world's largest organisation" has one.)"""
    head = token.head
    if token.dep_ == "nsubjpass" and any(c.dep_ == "ccomp" for c in head.children):
        return True  # "It is expected that ...", "it was reported that ..."
    if (
        token.dep_ == "nsubjpass"
        and head.lemma_.lower() in _BELIEVING
        and not any(c.dep_ == "xcomp" for c in head.children)
    ):
        return True  # "It is believed between 70 and 80 per cent of …": "that" left out
    if _be_with_a_that_clause(head):
        return True  # "it is unsurprising that …", the adjective parsed as a verb
    if head.lemma_ != "be":
        return False
    if any(c.lower_ == "worth" for c in head.children):
        return True  # "It is worth noting that …"
    if any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in head.children):
        return True
    if any(t.lower_ == "that" and t.dep_ == "mark" and t.head.dep_ in ("acl", "ccomp")
           for t in head.subtree):  # fmt: skip
        return True  # "It is not by chance that …": the clause hangs on "chance"
    return any(
        c.dep_ == "attr" and any(g.dep_ == "relcl" and g.i > c.i and g.left_edge.lower_ in
                                 ("that", "who") for g in c.children)
        for c in head.children
    )  # fmt: skip


# "It is believed …": the passive of a verb of thinking or telling, whose "it" is no thing
# ("It is expected to open in 2025", with its "to", has one).
_BELIEVING = frozenset({"believe", "think", "estimate", "expect", "say", "report", "know",
                        "understand", "assume", "fear", "hope", "allege", "claim", "suppose",
                        "rumour", "rumor"})  # fmt: skip
_NAMED = frozenset({COUNTRY, DEMONYM, CITY, "org", "person", "place", "group"})
_COUNTRY_KINDS = frozenset({COUNTRY, DEMONYM})
_LEADING_PRONOUNS = {"it": "", "they": "", "its": "’s", "their": "’s", "he": "", "she": "",
                     "his": "’s"}  # fmt: skip
_PERSONAL_PRONOUNS = frozenset({"he", "she", "his"})


def previous_subject(sentence: Sentence, doc: ArticleDoc, *, thing: bool = False) -> str | None:
    """What "it"/"they" opening a sentence stands for: the named subject of the sentence just
    before, in the same paragraph, written as that sentence wrote it ("the SCO"); else None.
    With `thing`, never a person ("it was founded in 2015" after "Blinken met …")."""
    entity = _previous_subject_entity(sentence, doc)
    if entity is None or (thing and entity.kind == PERSON):
        return None
    before = doc.sentences[sentence.index - 1]
    article = before.text[max(0, entity.start - 4) : entity.start].lower()
    return f"the {entity.text}" if article == "the " else entity.text


def _main_subject(sentence: Sentence) -> Token | None:
    """The subject of the sentence's main verb (the first, where the parse gives two)."""
    return next((t for t in sentence.span if t.dep_ in ("nsubj", "nsubjpass")
                 and t.head.dep_ == "ROOT"), None)  # fmt: skip


def _subject_before(
    sentence: Sentence, doc: ArticleDoc, *, across_paragraphs: bool
) -> tuple[Sentence, Token] | None:
    """The sentence just before (in the same paragraph, unless `across_paragraphs`) and the
    subject of its main verb, where it has one."""
    if sentence.index == 0:
        return None
    before = doc.sentences[sentence.index - 1]
    if before.paragraph.number != sentence.paragraph.number and not across_paragraphs:
        return None
    token = _main_subject(before)
    if token is None or _reports_what_follows(token):
        return None  # "AP reported that a blackout hit Baku. It was the worst …": not AP
    return before, token


def _reports_what_follows(subject: Token) -> bool:
    """The subject only reports what the clause its verb takes is about: "The Associated Press
    reported that a blackout hit …"; not "KazAtomProm said that it produced …", where the clause
    is about the subject itself."""
    verb = subject.head
    if verb.lemma_ not in _REPORTING_VERBS:
        return False
    reported = [c for c in verb.children if c.dep_ == "ccomp"]
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"
        for clause in reported
        for c in clause.children
    )


def _previous_subject_entity(
    sentence: Sentence, doc: ArticleDoc, *, across_paragraphs: bool = False
) -> Entity | None:
    """The named main subject of the sentence just before (in the same paragraph, unless
    `across_paragraphs`)."""
    found = _subject_before(sentence, doc, across_paragraphs=across_paragraphs)
    if found is None:
        return None
    before, token = found
    entity = before.entity_at(token.i)
    if entity is None or entity.kind not in (COUNTRY, "org", "place", "person", CITY):
        return None
    return entity


def _names_another_country(subject: Entity, doc: ArticleDoc) -> bool:
    """The sentence `subject` opens names a country other than the subject's."""
    sentence = next(s for s in doc.sentences if subject in s.entities)
    return any(
        e.name != subject.name
        and _country_of_entity(e.kind, e.name, doc) not in (None, subject.name)
        for e in sentence.entities
    )


@dataclass(frozen=True)
class Stem:
    """A sentence made fit to stand alone, and where its words moved: each edit replaced the
    original characters start–end with `length` new ones."""

    text: str
    edits: tuple[tuple[int, int, int], ...] = ()

    def place(self, start: int, end: int) -> tuple[int, int] | None:
        """Where original characters start–end stand in the stem (None if an edit touched them)."""
        shift = 0
        for edit_start, edit_end, length in self.edits:
            if end <= edit_start:
                break
            if start < edit_end:
                return None
            shift += length - (edit_end - edit_start)
        return start + shift, end + shift

    @property
    def only_trimmed(self) -> bool:
        """Nothing was put in, only a connective taken out."""
        return all(length == 0 for _, _, length in self.edits)


def standalone_text(
    sentence: Sentence, doc: ArticleDoc, *, keep: tuple[int, int] | None = None
) -> Stem | None:
    """The sentence as a stem can use it, or None.

    A sentence that stands alone is kept as it is, without an opening connective ("However,").
    One whose subject is "It", "Its", "They" or "Their" (opening it, or after an opening phrase),
    or that opens with "The country", gets the previous sentence's named subject in its place
    ("The SCO is ..."), or the article's subject when the sentence before spoke of it too; "He",
    "She" or "His" gets the previous sentence's subject when that is a person.
    "The country" in an article about one country becomes that country's name, "the bloc" in
    one about an organisation that organisation's. A closing ", he said." is left out (the
    evidence keeps it). One that leans on the sentence before in any other way gives None, and
    so does one that speaks of a thing the article named before and the stem does not ("the
    raid", "the discussions", "another truce", "in response").
    """
    if _fragment(sentence) or _cut_at_a_title(sentence, doc):
        return None  # "Miad Salehi and the Head of … a month ago.": a piece the splitter cut off
    ownerless = _ownerless_subject(sentence)
    subject = ownerless or _bare_subject(sentence)
    said_before = _owner_said_before(subject, sentence, doc) if subject is not None else None
    if said_before is not None:
        ownerless = None  # "The dam’s construction …. Construction started …": the dam's
    owner = _unsaid_owner(ownerless, sentence, doc) if ownerless is not None else None
    if ownerless is not None and owner is None:
        return None  # "Live storage capacity is 2.87 million cubic metres": of what?
    if why_not_a_clause(sentence, doc) is not None:
        return None  # "2.039m tonnes of lead; and …", "abolishes quotas since January 1"
    attribution = _ATTRIBUTION.search(sentence.text)
    end = attribution.start() if attribution else _closing_report(sentence)
    end = min(end, _closing_comment(sentence))
    if list_opener := _LIST_OPENER.search(sentence.text):
        end = min(end, list_opener.start())  # "… in assistance, including:" and a list below
    stem: Stem | None
    named = frozenset(doc.named_things)
    connective = CONNECTIVE.match(sentence.text)
    start = connective.end() if connective else 0
    frame = _reporting_frame_end(sentence)
    company = _company_named(sentence, doc)
    if company is not None:
        stem = company
    elif not leans_on_previous_sentence(sentence, start=start, end=end, named=named):
        stem = _without_reporting_frame(_without_connective(sentence.text, doc), sentence)
    else:
        stem = _opening_replaced(sentence, doc)
        if (
            stem is None
            and frame
            and not leans_on_previous_sentence(sentence, start=frame, end=end, named=named)
        ):
            stem = _without_reporting_frame(Stem(sentence.text), sentence)  # "It said that …"
    if stem is None:
        return None
    stem = _demonstratives_named(_subject_nouns_named(stem, sentence, doc), sentence, doc)
    if stem is None or _speaks_of_something_unnamed(sentence, stem, doc, end=end):
        return None
    stem = _verb_agreeing(stem, sentence)
    stem = _article_put_in(stem, sentence, doc)
    if stem is None:
        return None
    stem = _without_time_of_day(stem, sentence)
    stem = _without_day_of_writing(stem, sentence)
    stem = _without_conversions(stem, sentence)
    stem = _without_doubled_words(stem, sentence)
    stem = _without_connective_aside(stem, sentence)
    stem = _comma_splice_mended(stem, sentence)
    for slip_start, slip_end, repair in source_slips(sentence, doc):
        stem = _replaced(stem, slip_start, slip_end, repair) or stem
    if end < len(sentence.text):
        stem = _cut(stem, end, len(sentence.text))
    if stem is not None and len(sentence.text.split()) > LONG_SENTENCE_WORDS:
        stem = _shortened(stem, sentence, end=end, keep=keep)
    if stem is not None and ownerless is not None and owner is not None:
        stem = _owner_named(stem, ownerless, sentence, owner)
    elif stem is not None and subject is not None and said_before is not None:
        stem = _owner_from_before(stem, subject, said_before, sentence, doc)
    return stem


def _owner_from_before(
    stem: Stem, subject: Token, owner: Token, sentence: Sentence, doc: ArticleDoc
) -> Stem | None:
    """ "The dam’s construction has had a troubled history. Construction started in 1976 …": a
    bare subject the sentence before gave an owner is that owner's; the stem names it ("The
    Rogun Dam’s construction started …") where the article names one thing of its kind, and
    is no stem where it cannot say of what ("its construction")."""
    name = doc.named_things.get(thing_noun(owner.lower_))
    entity = doc.sentences[sentence.index - 1].entity_at(owner.i)
    if entity is not None and entity.kind in NAMING_KINDS:
        the = entity.first_token > 0 and owner.doc[entity.first_token - 1].lower_ == "the"
        name = f"the {entity.text}" if the else entity.text  # "the World Bank’s"
    elif name is None:
        return None  # "its construction", "the project’s construction": of what?
    else:
        name = f"the {name}"
    start = subject.idx - sentence.span.start_char
    opening = subject.i == sentence.span.start
    written = f"{name[:1].upper() + name[1:] if opening else name}’s {subject.lower_}"
    return _replaced(stem, start, start + len(subject.text), written)


def _bare_subject(sentence: Sentence) -> Token | None:
    """The main clause's subject, where it is a singular common noun with no word before or
    after it to say whose ("Construction started in 1976")."""
    root = sentence.span.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].tag_ != "NN" or any(subjects[0].children):
        return None
    return subjects[0]


def _owner_said_before(subject: Token, sentence: Sentence, doc: ArticleDoc) -> Token | None:
    """Whose the sentence before says the subject's noun is ("the dam’s construction")."""
    if sentence.index == 0:
        return None
    before = doc.sentences[sentence.index - 1].span
    owners = (_owner_of(t) for t in before if t.lemma_.lower() == subject.lemma_.lower())
    return next((owner for owner in owners if owner is not None), None)


def _owner_of(noun: Token) -> Token | None:
    """Whose the noun is: "the dam’s construction", "construction of the dam"."""
    for child in noun.children:
        if child.dep_ in ("poss", "nmod") and child.pos_ in ("NOUN", "PROPN", "PRON"):
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


LONG_SENTENCE_WORDS = 30
MIN_ASIDE_WORDS = 3


def _shortened(stem: Stem, sentence: Sentence, *, end: int, keep: tuple[int, int] | None) -> Stem:
    """A long sentence without its asides: a person's title after the name ("According to
    Kasym Tlepov, deputy head of the Transport Committee at …, Astana aims …") and a relative
    clause set off by commas (", which the opposition is boycotting."). What is left says the
    same, shorter. An aside with a figure or date in it stays unless `keep`, what is asked, lies
    outside it (", which has a capacity of 30 bcm a year," when the pipeline's length is
    asked), and so does one inside the sentence with a name in it when nothing is said to be
    asked; one that holds an asked name cannot be placed, and that question is not asked from
    the stem."""
    span = sentence.span
    offset = span.start_char
    closing = None
    for token in span:
        if token.idx - offset >= end:
            break
        first, last = token.left_edge, token.right_edge
        before = span.doc[first.i - 1] if first.i > span.start else None
        after = span.doc[last.i + 1] if last.i + 1 < span.end else None
        if before is None or before.text != "," or after is None:
            continue
        aside = (first.idx - offset, last.idx + len(last.text) - offset)
        asked = keep is None or aside[0] <= keep[0] < aside[1]
        if _holds_a_figure(token, sentence) and asked:
            continue  # "…, which will see nearly 200 countries take part": a figure to ask
        if _title_after_a_name(token, sentence) and after.text == ",":
            # "Janet Smith, EBRD Director, said" → "Janet Smith said"; "According to Janet
            # Smith, EBRD Director, the bank …" keeps the comma that ends the opening phrase.
            subject = token.head.dep_ in ("nsubj", "nsubjpass") or _verb_or_and_after(after)
            cut = after.idx + len(after.text) if subject else after.idx
            stem = _removed(stem, before.idx - offset, cut - offset) or stem
        closes = after.i == span.end - 1 or after.idx - offset >= end
        relative = token.dep_ == "relcl" and first.lower_ in ("which", "who")
        according = token.lower_ == "according" and token.dep_ == "prep"
        if (relative or according) and closes:
            closing = before.idx - offset  # ", according to Tavantolgoi Railway, the …."
        elif relative and after.text == "," and (keep is not None or not _names(token, sentence)):
            # "The link, which has …, could" → "The link could"
            stem = _removed(stem, before.idx - offset, after.idx + 1 - offset) or stem
    stem = _without_bracketed_asides(stem, sentence, keep=keep)
    if closing is not None:
        return _cut(stem, closing, end) or stem
    return stem


_BRACKETS = re.compile(r" \(([^()]{1,300})\)")


def _without_bracketed_asides(
    stem: Stem, sentence: Sentence, *, keep: tuple[int, int] | None
) -> Stem:
    """ "on Western companies (primarily Chevron and ExxonMobil) for …" → "on Western companies
    for …": an aside of three words or more in brackets, unless it holds what is asked, or a
    figure that may be asked when that is not said. An acronym's brackets ("(TCP)") stay."""
    offset = sentence.span.start_char
    for match in _BRACKETS.finditer(sentence.text):
        if len(match.group(1).split()) < MIN_ASIDE_WORDS:
            continue
        if keep is not None and match.start() <= keep[0] < match.end():
            continue
        inside = [t for t in sentence.span if match.start() <= t.idx - offset < match.end()]
        if keep is None and any(t.like_num for t in inside):
            continue  # "(for the same period in 2021, the growth reached 5.2%)": may be asked
        stem = _removed(stem, match.start(), match.end()) or stem
    return stem


def _closing_report(sentence: Sentence) -> int:
    """Where a closing report of what the sentence says begins ("…, Georgia's Economy and
    Sustainable Development Ministry said in a statement on Monday."): the main verb is one of
    saying, the clause it reports opens the sentence and has a subject of its own, and only the
    speaker and when or where it was said follow the comma. The sentence's length if none."""
    span = sentence.span
    root = span.root
    whole = len(sentence.text)
    said = _opening_reported_clause(span)
    if said is None:
        return _inverted_closing_report(sentence)
    commas = [t for t in span if t.text == "," and said.i < t.i < root.i]
    if not commas:
        return whole
    comma = commas[-1]
    speaker = span.doc[comma.i + 1 : root.i]
    after = span.doc[root.i + 1 : span.end]
    if any(t.pos_ in ("VERB", "AUX") for t in speaker) or not speaker:
        return whole
    if any(t.dep_ not in _WHEN_OR_WHERE_SAID and not _told_whom(t, root) for t in after):
        return whole
    return comma.idx - span.start_char


# What may follow a closing report's verb: when, where or how it was said ("in an interview on
# June 11").
_WHEN_OR_WHERE_SAID = frozenset({"prep", "pobj", "det", "amod", "compound", "punct", "nummod"})


def _told_whom(token: Token, verb: Token) -> bool:
    """ "RIA Novosti" of "…, Zamir Kabulov told RIA Novosti": the outlet a speaker told."""
    return verb.lemma_ == "tell" and token.dep_ == "dobj" and token.pos_ == "PROPN"


_SPEAKER_WORDS = frozenset({"det", "compound", "amod", "nsubj", "dobj", "appos", "prep", "pobj",
                            "poss", "punct"})  # fmt: skip


def _inverted_closing_report(sentence: Sentence) -> int:
    """Where a closing report with its verb first begins ("…, announced the State Counselor
    Erlan Karin in his post on Telegram."): a verb of saying right after a comma, followed only
    by its named speaker and where it was said. The sentence's length if none."""
    span = sentence.span
    verbs = [
        t
        for t in span
        if t.lemma_.lower() in _REPORTING_VERBS
        and t.i > span.start
        and span.doc[t.i - 1].text == ","
        and t.dep_ in ("conj", "ROOT", "parataxis")
    ]
    if not verbs:
        return len(sentence.text)
    verb = verbs[-1]
    after = span.doc[verb.i + 1 : span.end]
    speaker = next((t for t in after if t.dep_ in ("nsubj", "dobj")), None)
    named = speaker is not None and (
        speaker.pos_ == "PROPN" or sentence.entity_at(speaker.i) is not None
    )
    if not named or any(t.dep_ not in _SPEAKER_WORDS for t in after):
        return len(sentence.text)
    return span.doc[verb.i - 1].idx - span.start_char


def _closing_comment(sentence: Sentence) -> int:
    """Where a closing comment in a participle begins (", exacerbating the impact.", ",
    underscoring its importance."): a clause after a comma that ends the sentence and names and
    counts nothing, so nothing is asked of it. The sentence's length if none."""
    span = sentence.span
    last = span[-1] if span[-1].is_punct else None
    for token in span:
        if token.dep_ != "advcl" or token.tag_ != "VBG" or token.left_edge.i != token.i:
            continue
        if token.i == span.start or span.doc[token.i - 1].text != ",":
            continue
        if token.right_edge.i != (last.i - 1 if last is not None else span.end - 1):
            continue
        clause = span.doc[token.i : token.right_edge.i + 1]
        if any(t.like_num or t.pos_ == "PROPN" or sentence.entity_at(t.i) for t in clause):
            continue
        return span.doc[token.i - 1].idx - span.start_char
    return len(sentence.text)


def _opening_reported_clause(span: Span) -> Token | None:
    """The head of the clause with a subject of its own that opens a sentence whose main verb
    is one of saying ("Coal consumption reached …, the minister noted"), or None."""
    root = span.root
    if root.lemma_.lower() not in _REPORTING_VERBS:
        return None
    said = [c for c in root.children if c.dep_ == "ccomp" and c.left_edge.i == span.start]
    if not said or not any(c.dep_ in ("nsubj", "nsubjpass") for c in said[0].children):
        return None
    return said[0]


_RUNNING_COUNT = frozenset({"as", "by", "until", "till"})


def _without_time_of_day(stem: Stem, sentence: Sentence) -> Stem:
    """The stem without a time of day set off by commas ("At 10 a.m., the president signed the
    decree", "The decree, at 18:00, reached parliament"): an aside the fact is true without (the
    evidence keeps it). A time the sentence is about ("Polls closed at 20:00") stays, and so
    does one a count runs to ("As of 6 p.m., turnout was 37%": not the final turnout)."""
    span = sentence.span
    offset = span.start_char
    for token in span:
        if token.dep_ not in ("prep", "npadvmod"):
            continue
        first, last = token.left_edge, token.right_edge
        if first.lower_ in _RUNNING_COUNT or not CLOCK_TIME.search(
            span.doc[first.i : last.i + 1].text
        ):
            continue  # "As of 6 p.m., turnout was 37%": without it, a final figure it is not
        before = span.doc[first.i - 1] if first.i > span.start else None
        after = span.doc[last.i + 1] if last.i + 1 < span.end else None
        if after is None or after.text != "," or (before is not None and before.text != ","):
            continue
        if before is None:  # "As of 6.00 p.m., turnout …" → "Turnout …"
            trimmed = _removed(stem, 0, after.idx + len(after.text) + 1 - offset)
            if trimmed is not None:
                return Stem(trimmed.text[:1].upper() + trimmed.text[1:], trimmed.edits)
        else:  # "Turnout, at 18:00, reached …" → "Turnout reached …"
            trimmed = _removed(stem, before.idx - offset, after.idx + len(after.text) - offset)
            if trimmed is not None:
                return trimmed
    return stem


def _week_or_month_of_writing(token: Token) -> bool:
    """ "earlier this month", "last week" beside the verb: a time only the article's date
    places."""
    return (
        token.lower_ in ("week", "month")
        and token.dep_ == "npadvmod"
        and any(c.lower_ in ("this", "last") for c in token.children)
        and all(w.lower_ in _OF_WRITING_WORDS for w in token.subtree)
    )


_OF_WRITING_WORDS = frozenset({"this", "last", "earlier", "later", "week", "month"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"})  # fmt: skip
_DAYS_OF_WRITING = frozenset({"today", "yesterday", "tonight", *_WEEKDAYS})
_VERBS = frozenset({"VERB", "AUX"})


def _without_day_of_writing(stem: Stem, sentence: Sentence) -> Stem:
    """The stem without a day only the article's date places, said on its own beside the verb:
    "Turkey on Monday opened a plant" → "Turkey opened a plant", "announced today it was
    leaving" → "announced it was leaving", "officials said Saturday" → "officials said",
    "detained him earlier this month" → "detained him". The
    fact is as true without it (the evidence keeps it); a day in a phrase that says more ("on
    Tuesday evening", "on the same day") stays, and so does a stem that then needs it."""
    text, offset = sentence.text, sentence.span.start_char
    for token in sentence.span:
        if token.head.pos_ not in _VERBS:
            continue
        if _week_or_month_of_writing(token):  # "detained Akayev earlier this month"
            words = sorted(token.subtree, key=lambda word: word.i)
            first, last = words[0], words[-1]
        elif any(token.children) and token.lower_ != "on":
            continue
        elif token.lower_ in _DAYS_OF_WRITING and token.dep_ in ("npadvmod", "advmod"):
            if token.lower_ in _WEEKDAYS and token.head.dep_ in ("relcl", "acl"):
                continue  # "…, which began Tuesday, is …": "which began, is" is no English
            first, last = token, token
            if token.head.lower_ in _STARTING and token.head.i == token.i - 1:
                first = token.head  # "Starting today, the region …": all of it, not "Starting,"
        elif token.lower_ == "on" and token.dep_ == "prep":
            objects = list(token.children)
            if len(objects) != 1 or objects[0].lower_ not in _WEEKDAYS or any(objects[0].children):
                continue
            if token.head.dep_ == "acl" and token.head.i == token.i - 1:
                continue  # "in elections held on Sunday": "in elections held" is no English
            first, last = token, objects[0]
            before = sentence.span.doc[token.i - 1]
            if before.lower_ in ("late", "early") and token.i > sentence.span.start:
                first = before  # "made clear late on Thursday that": not "made clear late that"
        else:
            continue
        start, end = first.idx - offset, last.idx + len(last.text) - offset
        if start == 0:  # "Today, Russia launched …" → "Russia launched …"
            end += len(text[end:]) - len(text[end:].lstrip(", "))
        elif text[start - 1] == " ":
            start -= 1
            if text[end : end + 1] == "," and _AFTER_A_LINK.search(text[:start]):
                end += 1  # "and on Tuesday, he plans" → "and he plans", not "and, he plans"
            elif text[end : end + 1] in (".", ";") and text[start - 1 : start] == ",":
                start -= 1  # "at the Forum, on Tuesday." → "at the Forum.", not "Forum,."
        trimmed = _removed(stem, start, end)
        if trimmed is not None:
            stem = trimmed
    return Stem(stem.text[:1].upper() + stem.text[1:], stem.edits)


_STARTING = frozenset({"starting", "beginning", "effective"})
_AFTER_A_LINK = re.compile(r"(?:,|\b(?:and|but|so|while|yet))$")


# "(483-mile)", "(R127.6bn)", "(about 12 miles)": a figure with a unit, nothing else.
_CONVERSION = re.compile(
    r" \((?:about |some |around |roughly |approximately |~)?[A-Z$€£]{0,3}\d[\d.,]*"
    r"(?:\s?-?[a-zA-Z]+\.?){1,2}\)"
)
_ESTIMATE = re.compile(r"\b(?:est|estimate)\.?\)$")


def _without_conversions(stem: Stem, sentence: Sentence) -> Stem:
    """ "The 773-kilometre (483-mile) East-West link" → "The 773-kilometre East-West link": a
    figure given again in another unit in brackets right after it says nothing new, and left in
    a stem it gives the asked figure away (the evidence keeps it). A share after a count ("5.56
    million people (71.12%)") is another fact and stays."""
    figures_end = [e.end for e in sentence.entities if e.kind in _FIGURE_KINDS]
    for match in _CONVERSION.finditer(sentence.text):
        after_a_figure = any(
            _UNIT_WORD.fullmatch(sentence.text, end, match.start()) for end in figures_end
        )  # "194.3 billion tenge (US$547.96 million)": the model's figure may leave its unit out
        if (
            after_a_figure
            and not _ESTIMATE.search(match.group())
            and not _SHARE.search(match.group())
        ):
            stem = _removed(stem, match.start(), match.end()) or stem
    return stem


_FIGURE_KINDS = frozenset({"quantity", "money", "cardinal"})
_UNIT_WORD = re.compile(r"(?: [a-z]+)?")
_SHARE = re.compile(r"\bper ?cent\b|%")


def _names(token: Token, sentence: Sentence) -> bool:
    """The phrase holds a name or figure (which a question may ask)."""
    return any(sentence.entity_at(t.i) is not None for t in token.subtree)


def _holds_a_figure(token: Token, sentence: Sentence) -> bool:
    return any(
        (entity := sentence.entity_at(t.i)) is not None and entity.kind in _FIGURES | {"date"}
        for t in token.subtree
    )


def _verb_or_and_after(comma: Token) -> bool:
    """ "Sanzhar Zharkeshov, head of QazaqGaz, and Alexey Miller, head of Gazprom, signed":
    the comma closing a title goes with it where "and", the verb or the phrase's own
    preposition follows ("the visit of Abdulla Aripov, his Uzbek counterpart, to Tbilisi")."""
    following = comma.nbor(1) if comma.i + 1 < len(comma.doc) else None
    return following is not None and (following.dep_ in ("cc", "prep") or following.pos_ in _VERBS)


def _title_after_a_name(token: Token, sentence: Sentence) -> bool:
    """ "Kasym Tlepov, deputy head of the Transport Committee at …,": a person's title; not
    one that names another person ("… of Mongolian President, Ukhnaagiin Khurelsukh, the Head
    of Foreign Policy Department …, Muratbek Azymbakiev, said": the speaker's)."""
    person = sentence.entity_at(token.head.i)
    words = token.right_edge.i - token.left_edge.i + 1
    named = person is not None and person.kind == PERSON
    another = any(
        (other := sentence.entity_at(t.i)) is not None and other.kind == PERSON
        for t in token.subtree
    )
    return token.dep_ == "appos" and named and words >= MIN_ASIDE_WORDS and not another


def _removed(stem: Stem, start: int, end: int) -> Stem | None:
    """The stem without the original characters start–end."""
    placed = stem.place(start, end)
    if placed is None:
        return None
    text = stem.text[: placed[0]] + stem.text[placed[1] :]
    return Stem(text, tuple(sorted((*stem.edits, (start, end, 0)))))


def _without_doubled_words(stem: Stem, sentence: Sentence) -> Stem:
    """ "the country is is considering": a word the writer typed twice is said once, as a
    teacher would correct it (the evidence keeps the article's words). "had had" and "that
    that" can be meant."""
    for match in _DOUBLED_WORD.finditer(sentence.text):
        if match.group(1).lower() not in _MEANT_TWICE:
            stem = _removed(stem, match.start(2), match.end(2)) or stem
    return stem


def _without_connective_aside(stem: Stem, sentence: Sentence) -> Stem:
    """ "Kyrgyzstan, for its part, will present ...": a connective set between commas right
    after the subject ties the sentence to the one before; the stem reads "Kyrgyzstan will
    present ...". "For example" goes wherever it stands ("In March 2015, for example, dozens
    of cars were held"): the example is the fact."""
    for match in _CONNECTIVE_ASIDE.finditer(sentence.text):
        if _ends_a_subject(sentence, match.start()):
            end = match.end() + 1  # with the closing comma
            stem = _removed(stem, match.start(), end) or stem
        elif _AN_EXAMPLE.match(match.group()):  # "In March 2015, for example, dozens …"
            stem = _removed(stem, match.start(), match.end()) or stem
    return stem


def _ends_a_subject(sentence: Sentence, at: int) -> bool:
    """The word before character `at` ends the subject of a verb after it ("Kyrgyzstan, for
    its part, will", not "in such a project and, therefore, the emergence")."""
    before = next((t for t in sentence.span if t.idx + len(t.text) - sentence.span.start_char
                   == at), None)  # fmt: skip
    if before is None or before.dep_ in ("cc", "punct"):
        return False
    subject = next((t for t in before.ancestors if t.dep_ in ("nsubj", "nsubjpass")), before)
    return (
        subject.dep_ in ("nsubj", "nsubjpass")
        and subject.right_edge.i == before.i
        and subject.head.i > before.i
    )


def _comma_splice_mended(stem: Stem, sentence: Sentence) -> Stem:
    """ "Five regions remain in the flood zone, local councils have declared 20 emergencies":
    two sentences the writer joined by a comma are joined by a semicolon, as a teacher would
    correct it. A clause before a verb of saying or thinking ("…, the minister believes") is
    what is said, not a second sentence; nor is a relative clause the parser took for one ("…
    aid agreements, the provisions of which were revoked")."""
    span = sentence.span
    root = span.root
    if root.pos_ != "VERB" or root.lemma_.lower() in _TAKES_A_CLAUSE:
        return stem
    subject = next((c for c in root.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    comma = span.doc[subject.left_edge.i - 1] if subject is not None else None
    if subject is None or comma is None or comma.text != "," or comma.head != root:
        return stem
    if any(t.tag_ in ("WDT", "WP", "WP$") for t in subject.subtree):
        return stem  # "the provisions of which", "most of whom"
    first = next((c for c in root.lefts if c.dep_ in _JOINED_CLAUSES), None)
    if first is None or first.left_edge.i != span.start or first.right_edge.i != comma.i - 1:
        return stem
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children):
        return stem
    at = comma.idx - span.start_char
    return _replaced(stem, at, at + 1, ";") or stem


_JOINED_CLAUSES = frozenset({"ccomp", "parataxis", "conj"})
_TAKES_A_CLAUSE = _REPORTING_VERBS | {
    "tell", "believe", "think", "expect", "hope", "fear", "warn", "claim", "insist", "argue",
    "estimate", "predict", "suggest", "write", "explain", "confirm", "admit", "agree", "show",
    "mean", "seem", "appear", "say", "feel", "assume", "reckon", "acknowledge", "deny",
}  # fmt: skip


_DOUBLED_WORD = re.compile(r"\b([A-Za-z]+)(\s+\1)\b", re.IGNORECASE)
_MEANT_TWICE = frozenset({"had", "that"})


_SINGULAR_VERBS = {"have": "has", "are": "is", "were": "was"}
# Nouns some writers use with a plural verb ("the government have"): not an error to put right.
_COLLECTIVE = frozenset({
    "government", "staff", "team", "public", "majority", "family", "committee", "council", "crew",
    "party", "opposition", "audience", "couple", "number", "range", "variety", "host", "rest",
    "group",
})  # fmt: skip


def _verb_agreeing(stem: Stem, sentence: Sentence) -> Stem:
    """The main verb made to agree with a singular subject the article gave a plural one ("The
    glaciation area ... have reduced" → "has reduced"): a copied error a teacher would fix."""
    root = sentence.span.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return stem
    subject = subjects[0]
    singular = subject.tag_ == "NN" and subject.lower_ not in _COLLECTIVE
    if not singular or any(t.lower_ in ("and", "&") for t in subject.subtree):
        return stem  # "The ambassador, ... and other figures are": a list is plural
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subject.children):
        return stem
    verbs = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i > subject.i]
    verb = verbs[0] if verbs else root
    right = _SINGULAR_VERBS.get(verb.lower_)
    if right is None or verb.tag_ not in ("VBP", "VBD") or verb.i < subject.i:
        return stem
    start = verb.idx - sentence.span.start_char
    placed = stem.place(start, start + len(verb.text))
    if placed is None:
        return stem
    text = stem.text[: placed[0]] + right + stem.text[placed[1] :]
    edits = tuple(sorted((*stem.edits, (start, start + len(verb.text), len(right)))))
    return Stem(text, edits)


def _article_put_in(stem: Stem, sentence: Sentence, doc: ArticleDoc) -> Stem | None:
    """ "the" before a singular count noun the article copied without one ("in the eastern
    part of Central Asian country" → "of the Central Asian country"), as a teacher would put
    it right; None when more than one is missing or the place was edited (too many slips to
    hand out)."""
    nouns = nouns_missing_an_article(sentence, doc)
    if not nouns:
        return stem
    if len(nouns) > 1:
        return None
    start = nouns[0].left_edge.idx - sentence.span.start_char
    placed = stem.place(start, start)
    if placed is None:
        return None
    at = placed[0]
    if at > 0:
        text = stem.text[:at] + "the " + stem.text[at:]
        return Stem(text, tuple(sorted((*stem.edits, (start, start, len("the "))))))
    first = nouns[0].left_edge  # "Working quota made …" → "The working quota made …"
    word = first.text if first.tag_ in ("NNP", "NNPS") else first.text[:1].lower() + first.text[1:]
    text = "The " + word + stem.text[len(first.text) :]
    edit = (start, start + len(first.text), len("The ") + len(word))
    return Stem(text, tuple(sorted((*stem.edits, edit))))


# A title shortened with a full stop, which a sentence splitter may take for a sentence's end.
_SHORT_TITLE_END = re.compile(
    r"\b(?:Pres|Gen|Sen|Rep|Gov|Amb|Lt|Col|Maj|Capt|Adm|Dr|Mr|Mrs|Ms|Prof|Sec|Min)\.$"
)


def _cut_at_a_title(sentence: Sentence, doc: ArticleDoc) -> bool:
    """ "… but for Pres." / "Sadyr Japarov, who seized power …": the two pieces of one sentence
    the splitter cut after a shortened title; neither says what the sentence says."""
    if _SHORT_TITLE_END.search(sentence.text):
        return True
    if sentence.index == 0:
        return False
    before = doc.sentences[sentence.index - 1]
    same_paragraph = before.paragraph.number == sentence.paragraph.number
    return same_paragraph and bool(_SHORT_TITLE_END.search(before.text))


def _ownerless_subject(sentence: Sentence) -> Token | None:
    """ "Live storage capacity is 2.87 million cubic metres.", "Inflation reached 8%.": the main
    subject, where it is a bare singular noun of something the sentence does not name, and the
    sentence names nothing else (a plural, "Glaciers cover 4% of Kyrgyzstan", speaks of all of
    them). Where a speaker reports the sentence after a comma ("…, the minister of energy
    noted."), the subject of the clause reported, unless the speaker's words name a country
    ("…, the Kazakh minister said": perhaps the figure is that country's). Such a reported
    figure, or a count ("the number of dead animals"), needs its date in the sentence too."""
    reported = len(sentence.text)
    root = sentence.span.root
    if (end := _closing_report(sentence)) < reported:
        reported, root = end, _opening_reported_clause(sentence.span) or root
    for entity in sentence.entities:
        if entity.kind in _NAMED and (entity.start < reported or entity.kind in _COUNTRY_KINDS):
            return None
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].tag_ != "NN":
        return None
    subject = subjects[0]
    if any(c.dep_ in ("det", "poss", "nummod") and not _counted(c) for c in subject.children):
        return None
    if any(t.pos_ in ("PROPN", "NUM", "PRON") or sentence.entity_at(t.i) for t in subject.subtree):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in subject.children):
        return None  # "Trade between the countries": between whom says whose
    reported_or_counted = reported < len(sentence.text) or any(map(_counted, subject.children))
    dated = any(e.kind == "date" and e.start < reported for e in sentence.entities)
    if reported_or_counted and not dated:
        return None  # "Gas consumption reached …, the minister noted": on which day? Left as is
    return subject


def _counted(determiner: Token) -> bool:
    """ "the" of "the number of dead animals": an amount of something the sentence names,
    which a country can own ("… in Mongolia")."""
    amount = determiner.head
    return (
        determiner.lower_ == "the"
        and amount.lemma_.lower() in _AMOUNT_NOUNS
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in amount.children)
    )


_POINTING_BACK = frozenset({"the", "this", "these", "that", "those", "its", "their"})


def _unsaid_owner(subject: Token, sentence: Sentence, doc: ArticleDoc) -> str | None:
    """The country a bare subject belongs to ("Inflation remained in double digits" in an
    article about Kazakhstan): the article's one country, unless the sentence points back to a
    thing named before ("Cost of these permits", "Once the gas starts flowing, money …") or the
    sentence before names another place, body or thing (after "The Kambarata-1 dam will …",
    "Live storage capacity" is the dam's), or other countries without this one."""
    country = doc.home_country
    if country is None:
        return None
    for token in sentence.span.doc[sentence.span.start : subject.right_edge.i + 1]:
        date = sentence.entity_at(token.i)
        own_count = token.head == subject and _counted(token)  # "the number of …" it owns
        if (
            token.lower_ in _POINTING_BACK
            and (date is None or date.kind != "date")
            and not own_count
        ):
            return None
    if sentence.index == 0:
        return country
    before = doc.sentences[sentence.index - 1]
    named = [e for e in before.entities if e.kind in NAMING_KINDS and e.kind != PERSON]
    if any(e.country is None for e in named) or any(
        thing_noun(token.lower_) in doc.named_things for token in (*before.span, *sentence.span)
    ):
        return None  # "Development is planned …, after which the Zuuvch-Ovoo mine will …"
    if subject.lemma_.lower() in _PROPERTIES_OF_A_THING and _a_thing_named_earlier_in_the_paragraph(
        sentence, doc
    ):
        return None  # "the Sergeyev Water Reservoir is full. … Water level has decreased"
    if _about_a_business(before):
        return None  # "The company generated $7.4 billion … Operating profit reached $4 billion"
    return country if not named or any(e.country == country for e in named) else None


# What a thing has, not a country: "Water level has decreased", "Capacity is 2.87 million".
_PROPERTIES_OF_A_THING = frozenset({"level", "capacity", "depth", "height", "flow", "width",
                                    "temperature", "speed"})  # fmt: skip


def _about_a_business(sentence: Sentence) -> bool:
    """The sentence's subject is a company or a works it points back to ("The company generated
    $7.4 billion in revenue"): a bare figure after it is that business's, not its country's."""
    return any(
        subject.dep_ in ("nsubj", "nsubjpass")
        and subject.lemma_.lower() in _BUSINESSES
        and any(c.dep_ in ("det", "poss") and c.lower_ in _POINTING_BACK for c in subject.children)
        for subject in sentence.span.root.children
    )


_BUSINESSES = frozenset({"company", "firm", "bank", "lender", "corporation", "group", "operator",
                         "producer", "carrier", "enterprise", "holding", "mine", "plant",
                         "refinery", "fund", "venture", "airline"})  # fmt: skip


def _a_thing_named_earlier_in_the_paragraph(sentence: Sentence, doc: ArticleDoc) -> bool:
    """A sentence of the paragraph before the one just before names a place, body or thing."""
    for earlier in doc.sentences[: max(0, sentence.index - 1)]:
        if earlier.paragraph.number != sentence.paragraph.number:
            continue
        if any(e.kind in NAMING_KINDS and e.kind != PERSON and e.country is None
               for e in earlier.entities):  # fmt: skip
            return True
        if any(t.pos_ == "PROPN" and earlier.entity_at(t.i) is None for t in earlier.span):
            return True  # a name the model did not tag: "the Sergeyev Water Reservoir"
    return False


def _owner_named(stem: Stem, subject: Token, sentence: Sentence, country: str) -> Stem | None:
    """ "Inflation remained …" → "Kazakhstan’s inflation remained …", "the number of dead
    animals reached …" → "the number of dead animals in Mongolia reached …"; a stem that names
    the country already ("Mining makes up a quarter of Mongolia’s GDP") stays as it is."""
    written = country_as_written(country)
    if whole_words(country).search(stem.text) or whole_words(written).search(stem.text):
        return stem
    if any(c.dep_ == "det" for c in subject.children):
        end = subject.right_edge.idx + len(subject.right_edge.text) - sentence.span.start_char
        return _replaced(stem, end, end, f" in {written}")
    first = subject.left_edge
    start = first.idx - sentence.span.start_char
    opening = first.i == sentence.span.start
    letter = sentence.text[start]
    if opening and first.pos_ != "PROPN" and not first.text.isupper():
        letter = letter.lower()
    owner = written[:1].upper() + written[1:] if opening else written
    owner += "’" if owner.endswith("s") else "’s"
    return _replaced(stem, start, start + 1, f"{owner} {letter}")


def _fragment(sentence: Sentence) -> bool:
    """A name or a noun heads the sentence, no verb heads a clause of it, and nothing is its
    subject: a piece of a longer sentence the splitter or the page cut off ("Miad Salehi and the
    Head of … a month ago.", "Soviet republic since the death of its leader …"; "state-run" is
    no clause; "Putin’s trip aimed to …", parsed as a noun with a participle, is one)."""
    if _OPENS_MID_SENTENCE.match(sentence.text):
        return True  # "(freedom) and demanded the withdrawal …": the splitter cut it
    if ":" in sentence.text:
        return False  # "Population Growth Rate: 1.32% (2006 est.)": a fact sheet's line
    span = sentence.span
    clause_verb = any(t.pos_ in ("VERB", "AUX") and t.dep_ not in _DESCRIBING for t in span)
    subject = any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ not in _DESCRIBING
                  for t in span)  # fmt: skip
    return span.root.pos_ in ("PROPN", "NOUN") and not clause_verb and not subject


_OPENS_MID_SENTENCE = re.compile(r"\([^()]{1,40}\)\s+(?:and|or|but|which|who)\b")


# A verb inside a noun phrase, no clause of the sentence's own: "republic … leader X, who
# died in 2016", "state-run".
_DESCRIBING = frozenset({"amod", "relcl"})


def _speaks_of_something_unnamed(
    sentence: Sentence, stem: Stem, doc: ArticleDoc, *, end: int
) -> bool:
    """ "The raid was condemned", "the discussions focused on trade", "another truce", "In
    response, ...": an event or document the reader of the whole article knows, the reader of
    one stem does not. "The" says which one only with a name, a number or a named thing beside
    it ("the Astana summit", "the 2022 referendum", "the talks between Baku and Yerevan"), a
    clause of its own ("the deal signed in May"), or a superlative ("the first meeting"); and
    the one thing of its kind the story opens with and keeps speaking of needs no name."""
    if _IN_RESPONSE.match(sentence.text):
        return True
    for match in _NATIONAL_THING.finditer(sentence.text[:end]):
        if match.group(2) and _bare(match.start(), sentence) and stem.place(*match.span()):
            return True  # "Parliament" of which country?
    for token in sentence.span:
        if token.idx - sentence.span.start_char >= end:
            break
        if token.dep_ != "det" or token.lower_ not in ("the", "another"):
            continue
        noun = token.head
        if noun.pos_ != "NOUN" or noun.i < token.i:
            continue
        if token.lower_ == "another" and any(c.dep_ == "nummod" for c in noun.children):
            continue  # "by another 25 basis points": more of them, not one named before
        if token.lower_ == "the" and (
            not (_refers_back(noun.lemma_.lower(), doc) or _named_elsewhere(noun, sentence, doc))
            or _says_which(noun, sentence, doc)
        ):
            continue
        if token.lower_ == "the" and the_story_s_own(noun.lemma_.lower(), doc):
            continue  # "the ceremony" in a story that opens with the one ceremony it is about
        start = token.idx - sentence.span.start_char
        if stem.place(start, noun.idx + len(noun.text) - sentence.span.start_char) is None:
            continue  # named in the stem ("the summit" → "the SCO summit")
        return True
    return False


def _refers_back(lemma: str, doc: ArticleDoc) -> bool:
    if lemma in _BACK_REFERRING_UNLESS_TITLED:
        return lemma not in doc.title_words
    return lemma in _BACK_REFERRING


def _named_elsewhere(noun: Token, sentence: Sentence, doc: ArticleDoc) -> bool:
    """ "the lake" where the article names "Lake Baikal", but neither this sentence nor the
    headline does ("the rehabilitation" of a story headlined "… Nurek Rehabilitation
    Project" is the headline's); "the world" is never one of many."""
    lemma = noun.lemma_.lower()
    if lemma not in doc.kinds_in_names or lemma in doc.title_words or lemma == "world":
        return False
    if thing_noun(lemma) in doc.named_things:
        return False  # "the corridor" the question will name: "the North–South corridor"
    return not any(t.pos_ == "PROPN" and t.lemma_.lower() == lemma for t in sentence.span)


def _says_which(noun: Token, sentence: Sentence, doc: ArticleDoc) -> bool:
    if sentence.entity_at(noun.i):
        return True  # "the Astana Declaration"
    lemma = noun.lemma_.lower()
    countries = {e.name for e in sentence.entities_of(COUNTRY, DEMONYM)}
    if lemma in _OF_A_COUNTRY and len(countries) == 1:
        return True  # "… the Kyrgyz Republic, … the independence of the state"
    if lemma in _BETWEEN_PARTIES and BETWEEN_TWO.search(sentence.text):
        return True  # "The agreement ... was signed between Kazakhstan and China"
    if lemma in _PEOPLE:
        return not _only_a_nationality(noun, sentence)
    if lemma in _ONE_PER_COUNTRY:  # "the Kazakh president" says who; "the former president" not
        return any(c.dep_ not in ("det", "punct") and c.lower_ not in _ANY_ONE
                   for c in noun.children)  # fmt: skip
    for child in noun.children:
        if lemma == "war" and child.dep_ != "appos":
            named = any(
                t.pos_ == "PROPN" or t.shape_ == "dddd" or _naming_entity(t, sentence, kinds=_NAMES)
                for t in child.subtree  # "the Karabakh war", "the 2020 war"; not "the 44-day war"
            )
        else:
            named = any(
                t.pos_ in ("PROPN", "NUM") or _naming_entity(t, sentence) for t in child.subtree
            )
        if child.dep_ == "prep" and lemma in _SPOTS:
            continue  # "the location in Tajikistan": where in Tajikistan?
        if child.dep_ == "prep" and child.lower_ == "of" and lemma in _LISTS:
            return True  # "the list of enemies" says which list; "the electoral lists" not
        if child.dep_ in ("compound", "amod", "nmod", "poss", "nummod", "appos", "prep") and named:
            return True  # "the Astana summit", "the 2022 vote", "the talks between A and B"
        if child.dep_ in ("relcl", "acl"):
            return True  # "the agreement signed in Baku", "the talks that began in May"
        superlative = child.tag_ == "JJS" or child.lower_ in ("first", "last", "only", "next")
        if superlative and lemma not in _PARTS_OF_A_WHOLE:
            return True  # "the largest deal", "the first meeting"; "the next phase" of what?
    return False


def _only_a_nationality(person: Token, sentence: Sentence) -> bool:
    """ "the Tajik official", "a senior Russian diplomat": one of many, unnamed. "The Kyrgyz
    foreign minister", "the official Ali Khan", "officials of the CSTO" say who."""
    for child in person.children:
        if child.dep_ in ("det", "punct") or child.lower_ in _ANY_ONE:
            continue
        entity = sentence.entity_at(child.i)
        if entity is None or entity.kind not in (COUNTRY, DEMONYM):
            return False
    return True


_SPOTS = frozenset({"location", "point", "site", "spot"})
_ANY_ONE = frozenset({"senior", "top", "high", "high-ranking", "local", "former", "unnamed",
                      "other", "another", "one"})  # fmt: skip


def _naming_entity(
    token: Token, sentence: Sentence, *, kinds: tuple[str, ...] | None = None
) -> bool:
    """Part of a name or figure (of one of `kinds`); "second" in "the second stage" says
    nothing of which thing, "Tajik" in "the Tajik official" nothing of which person."""
    entity = sentence.entity_at(token.i)
    if entity is None:
        return False
    return entity.kind in kinds if kinds is not None else entity.kind != "ordinal"


_IN_RESPONSE = re.compile(r"^(?:In response|In return|In turn|Because of this|In a separate)\b")
# What a list holds says which list it is.
_LISTS = frozenset({"list"})
# A part of something larger: an ordinal says which part, not of what ("the next phase").
_PARTS_OF_A_WHOLE = frozenset({"phase", "stage"})
# Events and documents a news story names once and then calls "the raid", "the resolution".
_BACK_REFERRING = frozenset({
    "raid", "search", "arrest", "operation", "rift", "decision", "move", "recall", "truce",
    "discussion", "meeting", "talk", "invitation", "resolution", "document", "announcement",
    "arrangement", "deal", "agreement", "accord", "treaty", "visit", "report", "statement",
    "bill", "project", "plan", "attack", "incident", "crisis", "dispute", "clash", "protest",
    "ceremony", "event", "proposal", "initiative", "measure", "letter", "declaration",
    "framework", "mechanism", "investigation", "probe", "contract", "loan", "ship",
    "estimate", "expansion", "construction", "offensive", "ceasefire", "memorandum", "session",
    "stage", "phase", "breakwater", "bridge", "cable", "route", "line", "talks",
    "base", "plant", "mine", "factory", "company", "firm", "publication", "outlet",
    "newspaper", "embassy", "party", "war", "state", "economy", "government", "opposition",
    "official", "minister", "diplomat", "spokesman", "source", "forum", "council", "exercise",
    "process", "sanction", "department", "venture", "opening", "chief", "site",
    "drill", "location", "point", "canal", "delegation", "comment", "remark", "pair",
    "reservoir", "fuel", "metal", "run", "shipment", "trip", "tour", "list",
    "spokesperson", "envoy", "businessman", "lawmaker", "ambassador", "president", "premier",
    "leader",
})  # fmt: skip
# More such nouns, which a quiz titled after one ("A pipeline to Herat") says which of; without
# that title, questions that spoke of them unnamed got 26 of 90 votes ("The village’s name
# means …", "the regulator’s ruling", "the pipeline").
_BACK_REFERRING_UNLESS_TITLED = frozenset({
    "village", "town", "city", "disaster", "regulator", "ruling", "condition", "subsidiary",
    "bazaar", "pipeline", "privilege", "nation", "republic", "tunnel", "dam", "road", "highway",
    "railway", "resort", "study", "survey", "verdict", "trial", "referendum", "campaign",
    "programme", "program", "strategy", "reform", "tender", "scheme", "tournament",
    "competition", "festival", "conference", "congress", "exhibition",
})  # fmt: skip
# Nouns that only a name says which of: "the 44-day war", "the Tajik official" (a country has
# one president, but many officials).
_PEOPLE = frozenset({
    "official", "minister", "diplomat", "spokesman", "spokesperson", "envoy", "businessman",
    "lawmaker",
})  # fmt: skip
_BETWEEN_PARTIES = frozenset({"agreement", "deal", "treaty", "accord", "memorandum", "talk"})
# "between Kazakhstan and China": the two parties of an agreement or talks, named.
BETWEEN_TWO = re.compile(r"\bbetween\s+(?:the\s+)?[A-Z][\w’'-]+\s+and\s+(?:the\s+)?[A-Z]")
_ONE_PER_COUNTRY = frozenset({"president", "premier", "leader"})
_OF_A_COUNTRY = frozenset({"state", "economy", "government", "opposition", "parliament"})
_NAMES = (COUNTRY, DEMONYM, ORG, PERSON, CITY, "place", "event")


# ", he said.", ", she told reporters.", ", an Interfax correspondent reported on Thursday.",
# ", the Tajik presidential press service said.", ", Turkmen officials said on Saturday.",
_TITLE_WORDS = (
    r"(?:board|chairman|chairwoman|chair|minister|deputy|spokesman|spokeswoman|spokesperson|"
    r"head|chief|director|president|secretary|ambassador|envoy|adviser|advisor|governor|mayor)"
)
# ", Interfax cited the bank as saying.", ", as reported by Knews." closing a sentence of
# reported speech.
_ATTRIBUTION = re.compile(
    r"[,;]\s+(?:(?:he|she|they|(?:the|an?)\s+[\w’'-]+(?:\s+[\w’'-]+){0,4}|"
    # "KEGOC board chairman Bakhytzhan Kazhiyev": a name, and the words of a title before it
    rf"[A-Z][\w’'/-]*(?:\.[A-Za-z]{{2,4}})?(?:\s+(?:[A-Z][\w’'-]*|{_TITLE_WORDS})){{0,5}}"
    r"|(?:[A-Z][\w’'-]*\s+)?"
    r"(?:officials|analysts|experts|sources|diplomats|journalists|reporters|correspondents|"
    r"witnesses)(?:\s+[\w’'-]+){0,3})\s+"
    r"(?:said|says|added|noted|stressed|explained|reported|reports|writes|wrote|witnessed|"
    r"told\s+\w+"
    r"|cited\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}\s+as\s+saying)"
    r"|as\s+(?:reported|cited)\s+by\s+[A-Z][\w’'/.-]*(?:\s+[A-Z][\w’'-]*){0,3}"
    # the verb first: ", reported the Akorda press service.", ", said Foreign Minister Ana Soto."
    r"|(?:reported|reports|said|says|wrote|writes)\s+(?:the\s+(?:[\w’'-]+\s+){0,4}"
    r"(?:service|agency|ministry|office|department|spokes(?:man|woman|person)|minister|"
    r"embassy|newspaper|website|channel)|[A-Z][\w’'/.-]*(?:\s+[\w’'/.-]+){0,5})"
    r"|reported|reports)"  # ", reported.": the agency's name was a link the page lost
    r"(?:\s+in\s+a\s+statement)?"
    r"(?:\s+via\s+[\w’'-]+(?:\s+[\w’'-]+){0,2})?"  # "Caliber.Az reports via Russian media"
    r"(?:\s+on\s+\w+(?:\s+\d{1,2})?(?:\s+(?:morning|afternoon|evening|night))?)?"
    # "during a Tuesday press conference in Astana", "at a briefing"
    r"(?:\s+(?:during|at)\s+an?\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?(?:\s+in\s+[A-Z][\w’'-]*)?)?"
    r"(?:,?\s+(?:citing|quoting)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'-]*){0,5})?"
    r"\.$"
)


# A sentence ending on a colon that opens a list below it: the stem ends before the list's
# lead-in ("provided $43.54 million in assistance, including:").
_LIST_OPENER = re.compile(
    r"(?:,?\s+(?:including|such as|namely|as follows|among them|in particular|the following)"
    r"(?:\s+\w+){0,2})?\s*:\s*$",
    re.IGNORECASE,
)


def _cut(stem: Stem, start: int, end: int) -> Stem | None:
    """The stem without the original characters start–end (to its end), closed by a full stop
    (a quotation's closing comma becomes one: "“… of voters,”" → "“… of voters.”")."""
    placed = stem.place(start, start)
    if placed is None:
        return None
    kept = stem.text[: placed[0]]
    if kept.endswith((",”", ',"')):
        edits = (*stem.edits, (start - 2, start - 1, 1), (start, end, 0))
        return Stem(kept[:-2] + "." + kept[-1], tuple(sorted(edits)))
    return Stem(kept + ".", tuple(sorted((*stem.edits, (start, end, 1)))))


# An occasion the sentence before named: "Following the talks, 11 agreements were signed".
_OCCASION_OPENING = re.compile(
    r"^(?:Following|After|During|Ahead of|On the sidelines of|At the end of) (?:the|these|this) "
    r"(talks|meeting|negotiations|visit|summit|event|ceremony|session|forum|discussions?),\s+"
)


def _without_connective(text: str, doc: ArticleDoc) -> Stem:
    """The sentence without an opening connective ("However,"), or an opening occasion the
    stem cannot name ("Following the talks,"; "During the summit," where the article names
    one summit is named instead)."""
    connective = CONNECTIVE.match(text)
    occasion = _OCCASION_OPENING.match(text)
    if occasion is not None and thing_noun(occasion.group(1)) not in doc.named_things:
        connective = occasion
    if connective is None:
        return Stem(text)
    rest = text[connective.end() :]
    return Stem(rest[:1].upper() + rest[1:], ((0, connective.end(), 0),))


def _opening_replaced(sentence: Sentence, doc: ArticleDoc) -> Stem | None:
    according = _ACCORDING_TO_PERSON.match(sentence.text)
    if according is not None:
        person = _one_person_before(sentence, doc) or _one_unnamed_person_before(sentence, doc)
        if person is None:
            return None
        text = f"According to {person}" + sentence.text[according.end() :]
        if leans_on_previous_sentence_text(text):
            return None
        return Stem(text, ((0, according.end(), len(person) + len("According to ")),))
    first = sentence.span[0]
    second = sentence.span[1] if len(sentence.span) > 1 else None
    if first.lower_ == "the" and second is not None and second.lower_ in COUNTRY_NOUNS:
        name = previous_subject(sentence, doc)
        if name is None or name not in doc.knowledge.countries:
            return None
        opening = sentence.span[:2].text  # "The country"
        text = name + sentence.text[len(opening) :]
        if leans_on_previous_sentence_text(text):
            return None
        return Stem(text, ((0, len(opening), len(name)),))
    pronoun = _subject_pronoun(sentence)
    if pronoun is None or _inside_a_quotation(pronoun, sentence):
        return None  # “In five hours they only let 50 people across”: the speaker's "they"
    if _is_cleft(pronoun):
        return None  # "It was he who came up with the idea": "he" is who, not "it"
    personal = pronoun.lower_ in _PERSONAL_PRONOUNS
    before = _previous_subject_entity(sentence, doc)
    if before is not None and not personal and pronoun.lower_ in ("they", "their", "them"):
        return None  # "Kyrgyzstan had 9,957 glaciers. Their total area …": the glaciers'
    if personal and _after_a_quotation(sentence, doc):
        name = _one_person_before(sentence, doc)  # its speaker, not a name it quotes
    elif before is not None and (before.kind == PERSON) == personal:
        if not personal and _another_thing_before(before, sentence, doc):
            return None  # "ADB gives a grant for the Nurek plant. It regulates …": which?
        name = previous_subject(sentence, doc)  # "he" for a person, "it" for a thing
    elif personal:
        name = _one_person_before(sentence, doc)
        after = pronoun.idx - sentence.span.start_char + len(pronoun.text)
        if name is None and not leans_on_previous_sentence(sentence, start=after):
            name = _speaker_further_back(sentence, doc)  # not "He said that they have …"
    else:
        name = (
            _continued_subject(sentence, doc, pronoun=pronoun.lower_)
            or _previous_named_thing(sentence, doc)
            or (_previous_untagged_name(sentence, doc) if pronoun.lower_ in ("it", "its") else None)
        )  # an untagged name may be a person's: "they" never stands for one
    if name is None:
        return None
    at = pronoun.idx - sentence.span.start_char
    if personal and whole_words(name.split()[-1]).search(sentence.text[:at]):
        return None  # "To this end, Krasnov said, he had …": he is Krasnov; "this end" is not said
    if at == 0:
        name = name[:1].upper() + name[1:]
    replacement = name + _LEADING_PRONOUNS[pronoun.lower_]
    text = sentence.text[:at] + replacement + sentence.text[at + len(pronoun.text) :]
    if leans_on_previous_sentence_text(text):
        return None
    return Stem(text, ((at, at + len(pronoun.text), len(replacement)),))


def _company_named(sentence: Sentence, doc: ArticleDoc) -> Stem | None:
    """The sentence with "The Kazakh company" opening it named as the company the sentence
    before was about ("Kazatomprom, the world's largest uranium producer, has cut …"). The
    model may tag a company it does not know as a place; a known place is no company."""
    subject = next((t for t in sentence.span if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"),
                   None)  # fmt: skip
    if subject is None or subject.lemma_.lower() not in _COMPANY_NOUNS:
        return None
    words = list(sentence.span.doc[sentence.span.start : subject.i + 1])
    if words[0].lower_ != "the" or any(t.pos_ not in ("ADJ", "PROPN") for t in words[1:-1]):
        return None
    name = _previous_company(sentence, doc)
    if name is None:
        return None
    opening = sentence.span.doc[words[0].i : subject.i + 1].text
    text = name + sentence.text[len(opening) :]
    if not sentence.text.startswith(opening) or leans_on_previous_sentence_text(text):
        return None
    return Stem(text, ((0, len(opening), len(name)),))


def _previous_company(sentence: Sentence, doc: ArticleDoc) -> str | None:
    """The name of the sentence before's main subject where it may be a company: a name the
    model tagged as an organisation, as a place it does not know, or not at all."""
    found = _subject_before(sentence, doc, across_paragraphs=True)
    if found is None:
        return None
    before, token = found
    entity = before.entity_at(token.i)
    if entity is not None:
        unknown_place = entity.kind == "place" and not entity.known
        return entity.text if entity.kind == ORG or unknown_place else None
    words = [t for t in token.subtree if t.i <= token.i]
    return " ".join(t.text for t in words) if all(t.pos_ == "PROPN" for t in words) else None


_COMPANY_NOUNS = frozenset({"company", "firm", "producer", "operator", "corporation", "miner",
                            "lender", "carrier", "giant", "concern"})  # fmt: skip


def _another_thing_before(subject: Entity, sentence: Sentence, doc: ArticleDoc) -> bool:
    """The sentence before names, after its subject, another thing "it" could be: a named
    plant, pipeline, dam … ("the Nurek hydroelectric power plant") or another organisation."""
    before = doc.sentences[sentence.index - 1]
    for token in before.span:
        if before.span.start_char + subject.end > token.idx:
            continue
        entity = before.entity_at(token.i)
        if entity is not None and entity.kind == "org" and entity.name != subject.name:
            return True
        if (
            thing_noun(token.lower_) in NAMEABLE_THINGS
            and token.pos_ in ("NOUN", "PROPN")
            and name_start(token, before.span.start) < token.i
        ):
            return True
    return False


def _inside_a_quotation(token: Token, sentence: Sentence) -> bool:
    before = sentence.text[: token.idx - sentence.span.start_char]
    straight = before.count('"') % 2 == 1
    return straight or before.count("“") > before.count("”")


_ACCORDING_TO_PERSON = re.compile(r"^According to (?:him|her)(?=,)")
# Words that speak of a person without naming one: "the Kazakh president", "an official".
_PERSON_WORDS = TITLE_WORDS | {
    "official", "diplomat", "lawmaker", "businessman", "expert", "analyst", "spokesperson",
    "counterpart", "man", "woman",
}  # fmt: skip


def _one_person_before(sentence: Sentence, doc: ArticleDoc) -> str | None:
    """The one person the sentence just before names, by the whole name, when it speaks of no
    other person, named or not ("the Kazakh president"): who "he", "she" or "according to him"
    is, in its paragraph or opening the next (a quotation often has a paragraph of its own).
    None where two could be meant."""
    if sentence.index == 0:
        return None
    before = doc.sentences[sentence.index - 1]
    attribution = _attribution(before)
    if attribution is not None:
        return _speaker(attribution, before, doc)
    people = before.entities_of(PERSON)
    if len({e.name for e in people}) != 1:
        return None
    named = range(people[0].first_token, people[-1].last_token + 1)
    for token in before.span:
        if token.lemma_.lower() in _PERSON_WORDS and not _title_of(token, named):
            return None  # "... was received by Sadyr Japarov": and "the Kazakh president"?
        if token.pos_ == "PRON" and token.lower_ in _PERSONAL | {"they", "them", "their"}:
            return None  # a person of a sentence further back
    person = people[0]
    return person.name if " " in person.name else person.text


SPEAKER_LOOKBACK = 3  # sentences


def _speaker_further_back(sentence: Sentence, doc: ArticleDoc) -> str | None:
    """ "He also stated that …" after a quotation or another "he" sentence: the one person the
    nearest sentence naming people names, a few sentences back, where those between speak of
    no one else (no name, no "the minister", no "they") — a news story's speaker, still
    talking."""
    for back in range(sentence.index - 1, max(-1, sentence.index - 1 - SPEAKER_LOOKBACK), -1):
        before = doc.sentences[back]
        if before.entities_of(PERSON) or _attribution(before) is not None:
            if back == sentence.index - 1:
                return None  # the sentence just before is `_one_person_before`'s to read
            return _one_person_before(doc.sentences[back + 1], doc)
        if not _still_talking(before):
            return None  # "Yoon will travel to Astana.": someone the model did not tag
        for token in before.span:
            if token.lemma_.lower() in _PERSON_WORDS or token.lower_ in ("they", "them", "their"):
                return None
    return None


def _still_talking(sentence: Sentence) -> bool:
    """A sentence of a speaker still talking: a quotation, or "he"/"she" its subject."""
    if any(mark in sentence.text for mark in ('"', "“", "”", "«", "»")):
        return True
    subject = _main_subject(sentence)
    return subject is not None and subject.lower_ in ("he", "she")


# Verbs that attribute a quotation: "…,” Japarov said.", "…,” said the Kazakh President."
_ATTRIBUTING_VERBS = _REPORTING_VERBS | {
    "write", "tell", "explain", "underline", "emphasize", "stress", "declare", "insist",
    "conclude", "remark", "comment", "continue", "assert",
}  # fmt: skip
MAX_ATTRIBUTION_TOKENS = 12
_SPEAKER_TITLES = TITLE_WORDS - {"mr", "mrs", "ms", "dr", "sir", "general", "head"}


def _after_a_quotation(sentence: Sentence, doc: ArticleDoc) -> bool:
    return sentence.index > 0 and _attribution(doc.sentences[sentence.index - 1]) is not None


def _attribution(sentence: Sentence) -> Span | None:
    """The words outside a quotation that say who spoke it: after it ("…,” Japarov said.",
    "…,” said the Kazakh President.") or, where the quotation ends the sentence, before it
    ("Japarov said: “…”"). None for a sentence that quotes nobody so."""
    text = sentence.text
    straight = text.rfind('"')
    if text.count('"') == 1 and text[straight - 1 : straight] not in (",", ".", "!", "?"):
        straight = -1  # a quotation opening here, running on into the next sentence
    closing = max(text.rfind("”"), text.rfind("»"), straight)
    if closing < 0:
        return None
    span = sentence.span
    start = span.start_char
    if text[closing + 1 :].strip(" .") == "":
        opening = min((i for i in (text.find("“"), text.find("«"), text.find('"')) if i >= 0),
                      default=-1)  # fmt: skip
        words = [t for t in span if t.idx - start < opening]
    else:
        words = [t for t in span if t.idx - start > closing]
    words = [t for t in words if not t.is_punct]
    if not words or len(words) > MAX_ATTRIBUTION_TOKENS:
        return None
    if not any(t.lemma_.lower() in _ATTRIBUTING_VERBS for t in words):
        return None
    return span.doc[words[0].i : words[-1].i + 1]


def _speaker(attribution: Span, sentence: Sentence, doc: ArticleDoc) -> str | None:
    """Who the attribution of a quotation names: the one person named in it, by the whole
    name; a title that says which country's ("the Kazakh President"); or, for "he said",
    the speaker before. None where it does not say."""
    start, end = attribution.start_char, attribution.end_char
    offset = sentence.span.start_char
    people = {e.name: e for e in sentence.entities_of(PERSON)
              if start <= e.start + offset and e.end + offset <= end}  # fmt: skip
    if len(people) == 1:
        person = next(iter(people.values()))
        return person.name if " " in person.name else person.text
    if people:
        return None
    subjects = [t for t in attribution if t.dep_ == "nsubj"
                or (t.dep_ == "dobj" and t.head.lemma_.lower() in _ATTRIBUTING_VERBS)]  # fmt: skip
    if any(t.lower_ in ("he", "she") for t in subjects):
        return _one_person_before(sentence, doc)
    names = [t for t in subjects if t.pos_ == "PROPN" and t.lower_ not in TITLE_WORDS
             and _unknown_or_a_person(t, sentence)]  # fmt: skip
    if len(names) == 1:  # a speaker the model tags as nothing or a body ("Japarov said")
        name = names[0]
        return name.doc[name.left_edge.i : name.i + 1].text
    for title in attribution:
        if title.lemma_.lower() not in _SPEAKER_TITLES or title.dep_ not in ("nsubj", "dobj"):
            continue
        phrase = title.doc[title.left_edge.i : title.i + 1]
        if any(t.ent_type_ in ("NORP", "GPE") for t in phrase):
            return phrase.text
    return None


def _unknown_or_a_person(token: Token, sentence: Sentence) -> bool:
    entity = sentence.entity_at(token.i)
    return entity is None or entity.kind == PERSON or not (entity.known or entity.kind != "org")


def _one_unnamed_person_before(sentence: Sentence, doc: ArticleDoc) -> str | None:
    """ "... the official said. According to him, ...": the one person the sentence just before
    speaks of, named nowhere in it, as one of a kind ("an official", "a senior diplomat"). None
    where it names someone or speaks of more than one person."""
    if sentence.index == 0:
        return None
    before = doc.sentences[sentence.index - 1]
    if before.entities_of(PERSON):
        return None
    people = [t for t in before.span if t.lemma_.lower() in _PERSON_WORDS and t.pos_ == "NOUN"]
    if len(people) != 1 or people[0].tag_ != "NN":
        return None
    person = people[0]
    words = list(person.doc[person.left_edge.i : person.i + 1])
    if any(w.dep_ == "poss" or w.pos_ == "PRON" for w in words):
        return None  # "his spokesman": whose?
    phrase = " ".join(w.text for w in words if w.dep_ != "det")
    return ("an " if phrase[:1].lower() in "aeiou" else "a ") + phrase


def _title_of(word: Token, named: range) -> bool:
    """The word is part of a title or description of the named person: "Deputy Prime Minister
    Shahin Mustafayev", "Sadyr Japarov, the Kyrgyz president", "President of the Russian
    Federation Vladimir Putin" (a title whose phrase holds the name)."""
    if word.lemma_.lower() in TITLE_WORDS and any(t.i in named for t in word.subtree):
        return True
    while word.dep_ in ("compound", "appos", "amod", "nmod") and word.head.i != word.i:
        word = word.head
        if word.i in named:
            return True
    return word.i in named


def _subject_pronoun(sentence: Sentence) -> Token | None:
    """ "It"/"They"/"He" (or "Its"/"Their"/"His") opening the sentence or its main clause after
    an opening phrase ("In June 2017, it expanded ..."), with no name before it."""
    named = False
    for token in sentence.span:
        entity = sentence.entity_at(token.i)
        if entity is not None:
            named = named or entity.kind in _NAMED
            continue
        if token.lower_ in _LEADING_PRONOUNS:
            main = token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ROOT"
            # "As of 2021, its combined GDP was ...": the main subject's owner.
            owner = (
                token.dep_ == "poss"
                and token.head.dep_ in ("nsubj", "nsubjpass")
                and (token.head.head.dep_ == "ROOT")
            )
            opening = token.i == sentence.span.start and token.dep_ in (
                "nsubj", "nsubjpass", "poss",
            )  # fmt: skip
            # "First proposed by Nazarbayev in 2006, it was founded ...": names in an opening
            # phrase do not stand for the main subject.
            return token if main or opening or (owner and not named) else None
        if token.pos_ == "PRON":
            return None
    return None


def _previous_named_thing(sentence: Sentence, doc: ArticleDoc) -> str | None:
    """What "it" stands for after a sentence (a news paragraph is often one sentence: in the
    paragraph before too) whose main subject is the one thing of its kind the article names
    ("The Kazakh Central Election Commission announced … It said that …"), where the parser
    found no name there: "the Kazakh Central Election Commission"."""
    found = _subject_before(sentence, doc, across_paragraphs=True)
    if found is None:
        return None
    before, token = found
    name = doc.named_things.get(thing_noun(token.lower_))
    written = token.doc[name_start(token, before.span.start) : token.i + 1].text
    return f"the {name}" if name is not None and written == name else None


def _previous_untagged_name(sentence: Sentence, doc: ArticleDoc) -> str | None:
    """What "it" stands for after a sentence (in the same paragraph) whose main subject is a
    name the parser knew for one but gave no kind ("KazAtomProm said …. It plans …"): that
    name. A person's name has a kind, and "it" is never a person."""
    found = _subject_before(sentence, doc, across_paragraphs=False)
    if found is None:
        return None
    before, token = found
    words = [t for t in token.subtree if t.i <= token.i]
    untagged = all(t.pos_ == "PROPN" and not t.ent_type_ for t in words)
    known = before.entity_at(token.i) is not None
    return " ".join(t.text for t in words) if untagged and not known else None


def _continued_subject(sentence: Sentence, doc: ArticleDoc, *, pronoun: str) -> str | None:
    """What "it"/"its" stands for: the article's one subject, when the sentence before (in the
    same paragraph) also spoke of it: named it as its subject, or used "it" for it ("The SCO
    ... It ... It ..."). "They" never stands for one country or organisation."""
    subject = doc.subject_reference
    found = _subject_before(sentence, doc, across_paragraphs=False)
    if subject is None or found is None or pronoun not in ("it", "its"):
        return None
    before, token = found
    names = {s.name for s in doc.subjects}
    entity = before.entity_at(token.i)
    if entity is not None:
        return subject if entity.name in names else None
    # "It ...", "Its overarching aim ...", or "The leaders ..." (which "it" cannot be); not
    # the "It" of "It should be noted that the BAKAD is …", which stands for nothing.
    said_it = token.lower_ == "it" and _reporting_frame_end(before) is None
    if said_it and any(
        e.name not in names
        and e.kind in NAMING_KINDS
        and e.kind != PERSON
        and e.start < token.idx - before.span.start_char
        for e in before.entities
    ):
        return (
            None  # "Since the creation of the current Nursultan in 1830, it has had …": the city's
        )
    if said_it and _continued_subject(before, doc, pronoun="it") is None:
        return None  # "In 2005 it won two seats. In 2015 it failed …": the "it" before is not it
    owned = any(c.dep_ == "poss" and c.lower_ == "its" for c in token.children)
    # "The leaders of Kazakhstan met ... It ...": not the leaders; but after "The current
    # celebrations mark the first stage of the city. It consists of ..." "it" is the stage, a
    # thing the sentence names without the subject.
    plural = token.tag_ in ("NNS", "NNPS") and any(e.name in names for e in before.entities)
    return subject if said_it or owned or plural else None


def subject_named(phrase: str, sentence: Sentence, doc: ArticleDoc) -> str:
    """A noun phrase that is only a stand-in for the article's subject, named: "the
    organisation" → "the SCO" in an article about the SCO; any other phrase as it is (and so
    where the sentence names another thing of its kind: "Japan has supported Mongolia since the
    country ..." in an article about Mongolia)."""
    whole = rf"^(?:{_ORGANISATION_NOUN.pattern}|{_COUNTRY_NOUN.pattern})$"
    if not re.match(whole, phrase) or phrase.endswith(("’s", "'s")):
        return phrase
    subject = doc.subjects[0] if len(doc.subjects) == 1 else None
    wanted = "org" if _ORGANISATION_NOUN.match(phrase) else COUNTRY
    if subject is None or subject.kind != wanted:
        return phrase
    kinds = ("org",) if wanted == "org" else (COUNTRY, DEMONYM)
    if any(e.name != subject.name for e in sentence.entities_of(*kinds)):
        return phrase
    return doc.subject_reference or phrase


_TWO_OF_A_KIND = re.compile(
    r"\b(?:[Bb]oth|[Tt]he two) (?:countries|nations|states|republics|sides|neighbou?rs)\b(?![-’'])"
)
_PROVINCE = re.compile(r"\b[Tt]he (?:province|enclave)\b(?!-)")


def phrase_named(phrase: str, sentence: Sentence, doc: ArticleDoc) -> str | None:
    """A phrase taken from the sentence with its group and place words named: "both republics"
    or "the two countries" → "Armenia and Azerbaijan" (the two the sentence names before it, or
    else the two the sentence before names), "the province" → the one region the sentence named
    before it, "the consortium" → the one the article names. None where one of them could be
    more than one, or none: a question about "both republics" is not asked."""
    unresolved = False

    def named(match: re.Match[str], name: str | None) -> str:
        nonlocal unresolved
        unresolved = unresolved or name is None
        return name or match.group()

    at = max(0, sentence.text.lower().find(phrase.lower()))
    text = _TWO_OF_A_KIND.sub(
        lambda m: named(m, _two_countries(sentence, doc, end=at + m.start())), phrase
    )
    text = _PROVINCE.sub(lambda m: named(m, _one_region(sentence, end=at + m.start())), text)
    for start, end, name in _thing_mentions(sentence, doc):
        written = sentence.text[start:end]
        owned = name + ("’s" if written.endswith(("’s", "'s")) else "")  # "The plant's reactor"
        text = re.sub(rf"\b{re.escape(written)}(?![\w-])", owned, text, flags=re.IGNORECASE)
    return None if unresolved else text


def _two_countries(sentence: Sentence, doc: ArticleDoc, *, end: int) -> str | None:
    named = _countries_named(sentence, doc, end=end)
    if not named and sentence.index > 0:
        before = doc.sentences[sentence.index - 1]
        if before.paragraph.number == sentence.paragraph.number:
            named = _countries_named(before, doc, end=len(before.text))
    return " and ".join(country_as_written(n) for n in named) if len(named) == 2 else None


def _countries_named(sentence: Sentence, doc: ArticleDoc, *, end: int) -> list[str]:
    """The countries a sentence names before character `end`, once each, in order."""
    named = [country for e in sentence.entities if e.end <= end
             and (country := _country_of_entity(e.kind, e.name, doc))]  # fmt: skip
    return list(dict.fromkeys(named))


def _one_region(sentence: Sentence, *, end: int) -> str | None:
    """The one place the sentence names before character `end` that is not a country."""
    regions = {e.name for e in sentence.entities if e.end <= end and e.kind in ("place", ORG)
               and not e.known}  # fmt: skip
    return regions.pop() if len(regions) == 1 else None


# "the Central Asian nation of Uzbekistan" names its country: nothing to put in for it.
_NAMED_AFTER = r"(?!\s+of\s+(?:the\s+)?[A-Z])"
# How a text describes a country it has named: "the ex-Soviet nation", "the mountainous
# Central Asian republic", "the resource-rich state".
_COUNTRY_DESCRIPTION = (
    r"(?:[A-Z][\w-]*|ex-Soviet|former Soviet|post-Soviet|mountainous|landlocked|impoverished|"
    r"[a-z]+-rich|[A-Z][a-z]+-majority|predominantly Muslim|reclusive|secretive|isolated|"
    r"tiny|small|vast|poor)"
)
_COUNTRY_NOUN = re.compile(
    rf"\b[Tt]he (?:{_COUNTRY_DESCRIPTION},? ){{0,4}}(?:country|nation|republic)(?:[’']s)?\b"
    rf"{_NAMED_AFTER}"
    rf"|\b[Tt]he (?:{_COUNTRY_DESCRIPTION},? ){{1,3}}state(?:[’']s)?\b{_NAMED_AFTER}"
)
_BOTH_COUNTRIES = re.compile(
    r"\b(?:[Bb]oth|[Tt]he two) (countries|sides|leaders|presidents)\b(?![-’'])"
    r"|\b[Tt]he (border)\b(?!\s+(?:between|with|of|in|along)\b)(?![-’'])"
)
_ORGANISATION_NOUN = re.compile(
    r"\b[Tt]he (?:organi[sz]ation|bloc|group|grouping|alliance|union)(?:[’']s)?\b"
)


def _place_noun(name: str) -> re.Pattern[str] | None:
    """ "the sea" for the "Northern Aral Sea", "the valley" for the "Fergana Valley": the kind of
    place a name ends with, as a text calls the place once it has named it."""
    words = name.split()
    if len(words) < 2 or not words[-1].isalpha() or not words[-1][:1].isupper():
        return None
    return re.compile(rf"\b[Tt]he {words[-1].lower()}\b(?![-’'])")


_QUOTATION = re.compile(r"“[^”]{0,400}”|\"[^\"]{0,400}\"")


def _demonstratives_named(stem: Stem, sentence: Sentence, doc: ArticleDoc) -> Stem | None:
    """ "this Middle Corridor route" → "the Middle Corridor route" (the name says which); None
    when "this pipeline" of the one pipeline the article named is still in the stem unnamed."""
    named = frozenset(doc.named_things)
    offset = sentence.span.start_char
    for token in sentence.span:
        if token.dep_ != "det" or not _demonstrative_says_which(token, sentence, named):
            continue
        start = token.idx - offset
        placed = stem.place(start, start + len(token.text))
        if placed is None:
            continue  # named already: "the Atyrau pipeline"
        said = {t.lemma_.lower() for t in sentence.span if t.i < token.i}
        if token.head.lemma_.lower() in said:
            continue  # "the Fulbright program ... under that program"
        if not _named_noun(token.head, sentence):
            named_stem = _thing_named(stem, token.head, sentence, doc)
            if named_stem is None:
                return None
            stem = named_stem
        word = "The" if placed[0] == 0 else "the"
        stem = _replaced(stem, start, start + len(token.text), word) or stem
    return stem


def _thing_named(stem: Stem, noun: Token, sentence: Sentence, doc: ArticleDoc) -> Stem | None:
    """ "This 1,500-kilometre-long pipeline" → "… Atyrau pipeline": the noun replaced by the
    name of the one thing of its kind the article named (which ends in that kind of noun)."""
    name = doc.named_things.get(thing_noun(noun.lower_))
    if name is None or thing_noun(name.split()[-1]) != thing_noun(noun.lower_):
        return None
    first = noun
    named_words = set(name.lower().split())
    while (
        first.i > sentence.span.start
        and (before := first.nbor(-1)).dep_ in ("compound", "amod")
        and before.lower_ in named_words
    ):
        first = before  # "This trade route" → "the Middle Corridor trade route", not "the trade …"
    offset = sentence.span.start_char
    return _replaced(stem, first.idx - offset, noun.idx - offset + len(noun.text), name)


def _replaced(stem: Stem, start: int, end: int, text: str) -> Stem | None:
    """The stem with the original characters start–end written as `text` (None if an edit
    touched them)."""
    placed = stem.place(start, end)
    if placed is None:
        return None
    edits = tuple(sorted((*stem.edits, (start, end, len(text)))))
    return Stem(stem.text[: placed[0]] + text + stem.text[placed[1] :], edits)


def _subject_nouns_named(stem: Stem, sentence: Sentence, doc: ArticleDoc) -> Stem:
    """ "the Central Asian country's government" → "Kazakhstan's government" in an article about
    Kazakhstan, "the bloc" → "the EAEU" in one about the EAEU, "both countries" → "Kyrgyzstan
    and Tajikistan" in one about those two, where no other thing of that kind is named in the
    sentence before it (a country in a title, "the United States Secretary of State", is not
    one); never inside a quotation. And "the summit" → "the SCO summit" where the article has
    named one summit only (`ArticleDoc.named_things`)."""
    if stem.edits and not stem.only_trimmed:
        return stem
    quoted = [m.span() for m in _QUOTATION.finditer(sentence.text)]
    replacements = [
        (start, end, name)
        for start, end, name in [
            *_counted_countries_mentions(sentence, doc),
            *_subject_mentions(sentence, doc),
            *_thing_mentions(sentence, doc),
            *_described_thing_mentions(sentence, doc),
            *_project_mentions(sentence, doc),
            *_people_mentions(sentence),
            *_head_of_state_mentions(sentence, doc),
            *_acronym_mentions(sentence, doc),
            *_short_name_mentions(sentence, doc),
            *_commodity_mentions(sentence, doc),
            *_region_mentions(sentence, doc),
        ]
        if not any(a <= start < b for a, b in quoted) and stem.place(start, end) is not None
    ]
    if not replacements:
        return stem
    edits = list(stem.edits)
    pieces: list[str] = []
    put_in: set[str] = set()
    last = 0
    for start, end, name in sorted(replacements, key=lambda found: found[0]):
        if start < last:  # two names for one place: the first source given wins
            continue
        if name in put_in:
            continue  # "For Kyrgyzstan’s elections to the country’s parliament": named once
        put_in.add(name)
        written = name + ("’s" if sentence.text[start:end].endswith(("’s", "'s")) else "")
        if start == 0:
            written = written[:1].upper() + written[1:]
        pieces += [sentence.text[last:start], written]
        edits.append((start, end, len(written)))
        last = end
    text = "".join(pieces) + sentence.text[last:]
    edits.sort()
    trimmed = Stem(text, tuple(edits))
    for _, end, length in stem.edits:  # re-apply the connective cut on the renamed text
        if length == 0:
            rest = text[end:]
            trimmed = Stem(rest[:1].upper() + rest[1:], tuple(edits))
    return trimmed


def _subject_mentions(sentence: Sentence, doc: ArticleDoc) -> Iterator[tuple[int, int, str]]:
    """Where the sentence calls the article's subject "the country", "the bloc", "both
    countries", and the name to put there."""
    country = doc.subject_country
    subject = doc.subjects[0] if len(doc.subjects) == 1 else None
    pair = [s.name for s in doc.subjects if s.kind == COUNTRY]
    if len(pair) == 2 == len(doc.subjects):
        both = " and ".join(pair)
        named = {e.name for e in sentence.entities_of(COUNTRY, DEMONYM)}
        if named - set(pair) or named == set(pair):
            return  # "the border" may be a third country's, or the sentence says whose
        for match in _BOTH_COUNTRIES.finditer(sentence.text):
            noun = match.group(1) or match.group(2)
            if noun == "sides" and sentence.text[: match.start()].endswith("on "):
                continue  # "casualties on both sides": an idiom, not the two countries' names
            if noun in ("countries", "sides"):
                yield match.start(), match.end(), both
            elif noun == "border":
                if _modifies_a_noun(match.end(2), sentence):
                    continue  # "the border villages of Tavush": not "the border between …"
                yield match.start(), match.end(), f"the border between {both}"
            else:
                yield match.start(), match.end(), f"the {noun} of {both}"
            return  # once is enough: "the leaders of A and B said ... the border"
    kinds: tuple[str, ...]
    # one-sentence paragraphs are the news style: the sentence before may open another
    before = _previous_subject_entity(sentence, doc, across_paragraphs=True)
    if before is not None and before.kind == COUNTRY and _names_another_country(before, doc):
        before = None  # "Russia has lent money to Kyrgyzstan. The country's debt …": whose?
    if before is not None and before.kind == COUNTRY and before.name != country:
        # "Mongolia is landlocked. Geographically, the country borders …": the country the
        # sentence before speaks of, whatever the article's own subject
        yield from _country_mentions(sentence, before.name, doc)
        return
    just_named = before is not None and before.name == country  # the sentence before says
    if country is not None and _rivalled(country, doc) and not just_named:
        return  # "China … Tajikistan … the country's debt", each named as often: whose?
    named_before = _countries_named_just_before(sentence, doc)
    if country is not None and not just_named and named_before and country not in named_before:
        # "… investment in Uzbekistan. … joint ventures operate in the country": not China
        if len(named_before) == 1:
            yield from _country_mentions(sentence, named_before.pop(), doc)
        return
    if country is not None:
        pattern, kinds, name = _COUNTRY_NOUN, (COUNTRY, DEMONYM), country
    elif subject is not None and subject.kind == "org":
        pattern, kinds, name = _ORGANISATION_NOUN, ("org",), doc.subject_reference or ""
    elif subject is not None and subject.kind == "place" and (noun := _place_noun(subject.name)):
        pattern, kinds, name = noun, ("place",), f"the {subject.name}"  # "the sea"
    else:
        return
    meant = country if country is not None else subject.name if subject is not None else ""
    if before is not None and before.kind in kinds and before.name != meant:
        return  # "the bloc" after a sentence on another organisation
    for match in pattern.finditer(sentence.text):
        others = [e for e in sentence.entities if e.kind in kinds and e.start < match.end()
                  and e.name not in (country, subject and subject.name)
                  and not _in_a_title(sentence.span.doc[e.last_token])]  # fmt: skip
        nearest = _nearest_country_before(sentence, match.start(), doc)
        if others or (country is not None and nearest not in (None, country)):
            continue  # "193,000 Uzbekistan citizens returned to the country": Uzbekistan
        if country is not None and _described_place_before(match.start(), country, sentence, doc):
            continue  # "In Batken, the country's poorest region": Batken's country
        if not _stands_for_a_country(match, sentence):
            continue
        if country is not None and not _in_its_region(match.group(), country, doc):
            continue  # "the Central Asian country" in a story on Russia: Kyrgyzstan
        yield match.start(), match.end(), name


def _countries_named_just_before(sentence: Sentence, doc: ArticleDoc) -> set[str]:
    """The countries the sentence before names, when it is in the same paragraph."""
    if sentence.index == 0:
        return set()
    before = doc.sentences[sentence.index - 1]
    if before.paragraph is not sentence.paragraph:
        return set()
    return {e.name for e in before.entities_of(COUNTRY)}


def _described_place_before(at: int, country: str, sentence: Sentence, doc: ArticleDoc) -> bool:
    """ "In Batken, the country's poorest region": the phrase describes a place named just
    before it, which the knowledge does not place in `country`."""
    before = sentence.text[:at].rstrip()
    if not before.endswith(","):
        return False
    place = _entity_at_char(sentence, len(before.rstrip(",")) - 1)
    if place is None or place.kind not in ("place", CITY):
        return False
    return _country_of_entity(place.kind, place.name, doc) != country


def _country_mentions(
    sentence: Sentence, country: str, doc: ArticleDoc
) -> Iterator[tuple[int, int, str]]:
    """Where the sentence calls `country` "the country" (or "the ex-Soviet republic"): each
    such phrase that no other country's name comes before, in the sentence or inside it."""
    for match in _COUNTRY_NOUN.finditer(sentence.text):
        named = {e.name for e in sentence.entities_of(COUNTRY, DEMONYM) if e.start < match.end()
                 and not _in_a_title(sentence.span.doc[e.last_token])}  # fmt: skip
        if named - {country}:
            return
        if not _stands_for_a_country(match, sentence) or not _in_its_region(
            match.group(), country, doc
        ):
            continue
        yield match.start(), match.end(), country_as_written(country)


def _in_its_region(phrase: str, country: str, doc: ArticleDoc) -> bool:
    """ "the Central Asian country" may be Kyrgyzstan, never Russia; a phrase naming no region
    fits any country."""
    said = [region for word, region in _REGIONS.items() if word in phrase.casefold()]
    known = doc.knowledge.countries.get(country)
    return not said or (known is not None and known.region in said)


def _stands_for_a_country(match: re.Match[str], sentence: Sentence) -> bool:
    """ "the country" as a name for the country; not "the Kazakh state oil company" (a
    company), "told the nation" (its people), nor "the country and ally of Russia" (a name
    there would leave "Kazakhstan and ally of Russia")."""
    if _modifies_a_noun(match.end(), sentence) or re.match(
        r" and [a-z]", sentence.text[match.end() :]
    ):
        return False
    before = sentence.text[: match.start()]
    if _DESCRIBED_AS.search(before) and not match.group().endswith(("’s", "'s")):
        return False  # "identified as the country with the most leaks": a description
    if _picked_out_after(match.end(), sentence):
        return False  # "the country farthest from Kazakhstan", "the country that sent most"
    return not re.search(r"\b(?:told|addressed)\s*$", before)


def _picked_out_after(end: int, sentence: Sentence) -> bool:
    """The noun ending at character `end` is picked out by words after it: a superlative or a
    clause that is no aside ("the country farthest from …", "the country that sent …")."""
    offset = sentence.span.start_char
    noun = next((t for t in sentence.span if t.idx - offset + len(t) == end), None)
    if noun is None:
        return False
    return any(
        child.i > noun.i
        and (child.tag_ in ("JJS", "RBS") or child.dep_ in ("relcl", "acl", "amod"))
        and sentence.span.doc[child.left_edge.i - 1].text != ","
        for child in noun.children
    )


_DESCRIBED_AS = re.compile(
    r"\b(?:as|is|was|are|were|remains|remained|becomes|became|become)\s*$", re.IGNORECASE
)


def _rivalled(country: str, doc: ArticleDoc) -> bool:
    """Another country the article names as often as its subject country (taken from the lede,
    the headline not naming it), or more often (under "Exports to China grew sharply", a story
    of Turkmenistan's): "the country" or "the government" may be either."""
    named = Counter(e.name for e in doc.entities(COUNTRY, DEMONYM))
    if doc.title and country.casefold() in doc.title.casefold():
        return any(n > named[country] for name, n in named.items() if name != country)
    return any(n >= named[country] for name, n in named.items() if name != country)


def _in_a_title(name: Token) -> bool:
    """ "the United States Secretary of State": a country's name that is part of a title says
    nothing of which country "the country" is; "the Tajik government" does."""
    return name.dep_ in ("compound", "nmod", "amod") and (
        name.head.lower_ in TITLE_WORDS or name.head.pos_ == "PROPN"
    )


_COUNTED_COUNTRIES = re.compile(
    r"\b(?:[Tt]he (?P<count>two|three|four|five) (?P<words>(?:[\w-]+ ){0,2}?)"
    r"|(?<=\bbetween )the (?P<between>))"  # "trade between the countries": two of them
    r"(?:countries|nations|states|republics|neighbou?rs)\b(?![-’'])"
)
_CHOOSING = frozenset({"other", "remaining", "first", "last", "next", "largest", "smallest"})


def _only_describing(sentence: Sentence, start: int, end: int) -> bool:
    """The words between `start` and `end` (characters of the sentence) only describe the noun
    after them ("Central Asian", "neighbouring"), not choose among more ("other", "largest")
    nor are they the noun's head themselves."""
    offset = sentence.span.start_char
    words = [t for t in sentence.span if start <= t.idx - offset < end]
    return all(t.dep_ in ("amod", "compound") and t.lower_ not in _CHOOSING for t in words)


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}


def _counted_countries_mentions(
    sentence: Sentence, doc: ArticleDoc
) -> Iterator[tuple[int, int, str]]:
    """ "the three countries" → "Kazakhstan, Uzbekistan and Kyrgyzstan": the countries the
    sentence before (in the same paragraph) names when it names that many, or else the
    article's subjects when they are that many countries; never where this sentence names a
    country before the phrase (it may be one of them). "Between the countries" counts two,
    unless a region follows ("between the countries of Central Asia")."""
    for match in _COUNTED_COUNTRIES.finditer(sentence.text):
        if _countries_named(sentence, doc, end=match.start()):
            continue
        if not _only_describing(sentence, match.start("words"), match.end("words")):
            continue  # "the two other countries": which two is not the sentence before's
        between = match.group("between") is not None
        if between and re.match(r"\s+(?:of|in)\b", sentence.text[match.end() :]):
            continue
        wanted = 2 if between else _COUNTS[match.group("count")]
        named: list[str] = []
        if sentence.index > 0:
            before = doc.sentences[sentence.index - 1]
            if before.paragraph.number == sentence.paragraph.number:
                named = _countries_named(before, doc, end=len(before.text))
        if len(named) != wanted:
            subjects = [_country_of_entity(s.kind, s.name, doc) for s in doc.subjects]
            named = [n for n in dict.fromkeys(subjects) if n] if all(subjects) else []
        if len(named) != wanted:
            named = _last_countries_of_a_count(sentence, doc, wanted)
        if len(named) == wanted:
            written = [country_as_written(n) for n in named]
            yield match.start(), match.end(), ", ".join(written[:-1]) + " and " + written[-1]


def _last_countries_of_a_count(sentence: Sentence, doc: ArticleDoc, wanted: int) -> list[str]:
    """The countries of the nearest sentence before that names exactly `wanted` of them: "the
    two countries" paragraphs after a lede about talks between Turkmenistan and Afghanistan (a
    sentence naming four on the way, "a Turkmenistan-Afghanistan-Pakistan-India pipeline", is
    passed over). No sentence before names so many: none."""
    for before in reversed(doc.sentences[: sentence.index]):
        named = _countries_named(before, doc, end=len(before.text))
        if len(named) == wanted:
            return named
    return []


def _nearest_country_before(sentence: Sentence, end: int, doc: ArticleDoc) -> str | None:
    """The country named last before character `end`, by its name, people or capital."""
    named = [country for e in sentence.entities if e.end <= end
             and (country := _country_of_entity(e.kind, e.name, doc))]  # fmt: skip
    return named[-1] if named else None


def _acronym_mentions(sentence: Sentence, doc: ArticleDoc) -> Iterator[tuple[int, int, str]]:
    """ "the MPRP" in a sentence after the article defined it: "the Mongolian People's
    Revolutionary Party" (an acronym the knowledge data knows, "the SCO", stays)."""
    for match in _ACRONYM.finditer(sentence.text):
        name = doc.acronyms.get(match.group())
        entity = _entity_at_char(sentence, match.start())
        if name is None or (entity is not None and entity.known) or name in sentence.text:
            continue
        if match.group() in _EVERYDAY_ACRONYMS:  # "GDP" needs no spelling out
            continue
        if _in_brackets(sentence.text, match.start()):
            continue  # the definition itself: "… Party (MPRP)"
        if (
            "-"
            in sentence.text[match.start() - 1 : match.start()] + sentence.text[match.end() :][:1]
        ):
            continue  # "the Central Asia-GCC summit": part of a compound name
        if sentence.text[match.end() :].startswith(" ("):
            continue  # "TAPI (Turkmenistan, Afghanistan, …)": the sentence spells it out
        yield match.start(), match.end(), _with_its_the(name, sentence, match.start())


# The last words of bodies' names that take "the" when spelled out: "ADB has supported …" is
# "The Asian Development Bank has supported …" ("ACWA Power Company" takes none).
_INSTITUTIONS = frozenset({
    "Bank", "Party", "Fund", "Union", "Organization", "Organisation", "Council", "Commission",
    "Committee", "Agency", "Service", "Forum", "Programme", "Program", "Initiative",
    "Association", "Court", "Ministry", "Movement", "Front", "Alliance", "Office", "Institute",
})  # fmt: skip


def _body_takes_the(name: str) -> bool:
    """ "Asian Development Bank", "Office for Democratic Institutions and Human Rights"."""
    words = name.split()
    of_a_body = len(words) > 2 and words[0] in _INSTITUTIONS and words[1] in ("of", "for")
    return words[-1] in _INSTITUTIONS or of_a_body


def _with_its_the(name: str, sentence: Sentence, at: int) -> str:
    """An acronym's full name with the "the" it takes where the acronym had none: none after a
    word that already determines or describes it ("an ICC arrest warrant", "the ruling MPP")."""
    text = sentence.text
    before = text[:at].rstrip().split(" ")[-1].casefold() if text[:at].strip() else ""
    if before == "the" or not _body_takes_the(name) or name.startswith("the "):
        return name
    if _determined_or_described(sentence, at):
        return name
    return ("The " if at == 0 else "the ") + name


def _determined_or_described(sentence: Sentence, at: int) -> bool:
    offset = sentence.span.start_char
    previous = [t for t in sentence.span if t.idx - offset < at]
    if not previous:
        return False
    word = previous[-1]
    return word.pos_ in ("DET", "ADJ", "NUM") or word.tag_ in ("PRP$", "VBG", "VBN")


# A body called by the last word of its name: "The Bank said …" after "the National Bank of
# Kazakhstan".
_SHORT_NAME = re.compile(
    r"\b[Tt]he (Bank|Commission|Fund|Ministry|Committee|Council|Agency|Court)\b"
    r"(?!\s+(?:of|for)\b)(?![-’'])"
)


def _short_name_mentions(sentence: Sentence, doc: ArticleDoc) -> Iterator[tuple[int, int, str]]:
    """ "The Bank" → "the National Bank of Kazakhstan": the one body the article names whose
    name holds that word ("the Asian Development Bank" beside it, and "the Bank" is not
    named)."""
    for match in _SHORT_NAME.finditer(sentence.text):
        names = _full_names(match.group(1), doc)
        if len(names) == 1 and names[0] not in sentence.text:
            yield match.start(), match.end(), f"the {names[0]}"


def _full_names(word: str, doc: ArticleDoc) -> list[str]:
    """The names the article writes that end in `word` or in `word` and what it is of: "National
    Bank of Kazakhstan", "Asian Development Bank"."""
    pattern = re.compile(
        rf"\b((?:[A-Z][\w’'-]*\s+){{1,4}}{word}"
        r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?)"
    )
    found = {re.sub(r"^The\s+", "", m.group(1)) for s in doc.sentences
             for m in pattern.finditer(s.text)}  # fmt: skip
    return sorted(name for name in found if name != word)


def _in_brackets(text: str, at: int) -> bool:
    return text.rfind("(", 0, at) > text.rfind(")", 0, at)


def _entity_at_char(sentence: Sentence, at: int) -> Entity | None:
    return next((e for e in sentence.entities if e.start <= at < e.end), None)


_ACRONYM = re.compile(r"\b[A-Z][A-Z&]{1,6}\b")
_EVERYDAY_ACRONYMS = frozenset({
    "GDP", "LNG", "CEO", "MW", "GW", "KW", "AI", "IT", "TV", "US", "USA", "UK", "UAE", "EU",
    "UN", "USSR", "COVID", "OK", "AM", "PM", "CO", "NGO", "NGOS", "ID", "VAT", "FDI", "IMF",
    "HPP", "NPP", "BRI", "WTO", "MOU", "II", "III", "IV", "VI", "USG", "EST",
})  # fmt: skip


# What "the fuel" or "the metal" can stand for (the longer name first: "natural gas", not "gas").
_COMMODITIES = {
    "fuel": ("natural gas", "crude oil", "oil", "gas", "coal", "LNG"),
    "metal": ("gold", "copper", "aluminium", "aluminum", "silver", "zinc", "uranium"),
}
_COMMODITY_NOUN = re.compile(rf"\bthe ({'|'.join(_COMMODITIES)})\b(?![-’'])")


def _commodity_mentions(sentence: Sentence, doc: ArticleDoc) -> Iterator[tuple[int, int, str]]:
    """ "reserves of the fuel" after a sentence (in the same paragraph) that names one fuel,
    natural gas: "reserves of natural gas"."""
    if sentence.index == 0:
        return
    before = doc.sentences[sentence.index - 1]
    if before.paragraph.number != sentence.paragraph.number:
        return
    for match in _COMMODITY_NOUN.finditer(sentence.text):
        named = _one_named(_COMMODITIES[match.group(1)], before.text)
        if named is not None:
            yield match.start(), match.end(), named


_THE_REGION = re.compile(r"\b[Tt]he region\b(?!\s+of\b)(?![-’'])|\b[Tt]he region(?=[’']s\b)")
_NAMED_REGION = re.compile(r"\b(?!The\b)[A-Z][\w-]+ (?:[Rr]egion|[Oo]blast|[Pp]rovince)\b")


def _region_mentions(sentence: Sentence, doc: ArticleDoc) -> Iterator[tuple[int, int, str]]:
    """ "The region is sandwiched between …" in an article whose headline and text name one
    region of the world, Central Asia, and no province ("the Batken region"): "Central Asia is
    sandwiched between …"."""
    if not _THE_REGION.search(sentence.text):
        return
    text = " ".join([doc.title or "", *(s.text for s in doc.sentences)])
    if _NAMED_REGION.search(text):
        return  # "the region" may be the province
    regions = {c.region for c in doc.knowledge.countries.values() if c.region}
    named = [r for r in sorted(regions) if re.search(rf"\b{re.escape(r)}\b", text)]
    if len(named) != 1 or named[0] not in (doc.title or ""):
        return
    for match in _THE_REGION.finditer(sentence.text):
        yield match.start(), match.end(), named[0]


def _one_named(names: tuple[str, ...], text: str) -> str | None:
    """The one of `names` the text names (a longer name hides a shorter one inside it)."""
    found: list[str] = []
    for name in names:
        if re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE) and not any(
            name in longer for longer in found
        ):
            found.append(name)
    return found[0] if len(found) == 1 else None


def _people_mentions(sentence: Sentence) -> Iterator[tuple[int, int, str]]:
    """ "Uali noted that ...": a person the knowledge data does not know, called by surname
    after the article gave the whole name, gets the whole name ("Berik Uali") once."""
    for entity in sentence.entities_of(PERSON):
        if entity.known or " " in entity.text or " " not in entity.name:
            continue
        if any(other.name == entity.name and other.start < entity.start
               for other in sentence.entities_of(PERSON)):  # fmt: skip
            continue
        yield entity.start, entity.end, entity.name
        return


# "the head of state", as official news calls the president it has named.
_HEAD_OF_STATE = re.compile(r"\b[Tt]he head of (?:the )?state\b(?!s| of\b)")


def _head_of_state_mentions(sentence: Sentence, doc: ArticleDoc) -> Iterator[tuple[int, int, str]]:
    """ "the head of state noted …": the president the article has named up to here, when it
    has named one president only ("President Shavkat Mirziyoyev")."""
    match = _HEAD_OF_STATE.search(sentence.text)
    if match is None:
        return
    presidents = {
        entity.name
        for earlier in doc.sentences[: sentence.index + 1]
        for entity in earlier.entities_of(PERSON)
        if entity.known and _a_president(entity.name, doc)
    }
    if len(presidents) == 1 and not any(e.known for e in sentence.entities_of(PERSON)):
        yield match.start(), match.end(), f"President {presidents.pop()}"


def _a_president(name: str, doc: ArticleDoc) -> bool:
    leader = doc.knowledge.leaders.get(name)
    return leader is not None and leader.title == "President"


def _thing_mentions(sentence: Sentence, doc: ArticleDoc) -> Iterator[tuple[int, int, str]]:
    """ "the summit" where the article has named one summit only, "the SCO summit"; "the
    parliamentary elections" in an article about one country, "Mongolia's parliamentary
    elections" (when the sentence names no other country)."""
    for match in _THING.finditer(sentence.text):
        name = doc.named_things.get(thing_noun(match.group(1)))
        if name is None or re.match(r"\s+(?:of|between)\s", sentence.text[match.end() :]):
            continue
        if (place := _PLACE_AFTER.match(sentence.text, match.end())) and place.group(1) in name:
            continue  # "the war in Ukraine" is the "Ukraine war" already
        if _another_name_before(match.start(), name, sentence):
            continue  # "Tengiz’s cash flows ...; cash flow from the field": Tengiz, not Korolev
        if _shortened_before(match.start(), name, sentence):
            continue  # "Kazakh Invest organized a visit of the company’s team": another company
        if _modifies_a_noun(match.end(1), sentence):
            continue  # "in proportion to the party vote": a vote, not the party
        if _another_introduced_first(match.group(1), name, sentence, doc):
            continue  # "a mine" of a joint venture, before "the Upper Kumargh gold mine"
        yield match.start(), match.end(), f"the {name}"
    said = False
    for match in _NATIONAL_THING.finditer(sentence.text):
        if match.group(2) and not _bare(match.start(), sentence):
            continue  # "the Georgian Parliament", "the European Parliament"
        if _NAME_AFTER.match(sentence.text, match.end()):
            continue  # "the President, Ilham Aliyev,": the name says whose
        phrase = re.sub(r"[’']s$", "", match.group())
        named = country_thing(phrase, sentence, doc)
        if named != phrase:  # the country once; "the president's veto" after it is clear
            yield match.start(), match.end(), phrase if said else named
            said = True
    for match in _REGIONAL_COUNTRY.finditer(sentence.text):
        region = _REGIONS[match.group(1).lower()]
        before = {e.name for e in sentence.entities_of(COUNTRY, DEMONYM) if e.end <= match.start()}
        fits = [c for c in before if c in doc.knowledge.countries
                and doc.knowledge.countries[c].region == region]  # fmt: skip
        if len(fits) == 1:  # "Qatar ... to Uzbekistan ... the Central Asian country"
            yield match.start(), match.end(), country_as_written(fits[0])


def _another_introduced_first(noun: str, name: str, sentence: Sentence, doc: ArticleDoc) -> bool:
    """Before the name is written, the article (up to this sentence) brings in a thing of the
    kind without it ("a ground-breaking ceremony for a mine"): "the mine" is that one, not the
    one it names further on."""
    if name.casefold() in (doc.title or "").casefold():
        return False  # the headline names it first: "Armenian parliament approves EU … bill"
    kind = thing_noun(noun)
    introduced = re.compile(rf"\b(?:an?|another) (?:[\w-]+ ){{0,3}}{re.escape(noun)}\b", re.I)
    for earlier in doc.sentences[: sentence.index + 1]:
        if name.casefold() in earlier.text.casefold():
            return False
        words = (m.group().split()[-1] for m in introduced.finditer(earlier.text))
        if any(thing_noun(word) == kind for word in words):
            return True
    return False


_DESCRIBED_THING = re.compile(
    rf"\b[Tt]he ((?:[a-z-]+ ){{1,2}}({'|'.join(sorted(NAMEABLE_THINGS))}))(?:[’']s)?\b(?![-’'])"
)


def _described_thing_mentions(
    sentence: Sentence, doc: ArticleDoc
) -> Iterator[tuple[int, int, str]]:
    """ "the railway project" → "the Trans-Afghan Railway project": the one thing of its kind
    the article named, where its name ends in the words the sentence describes it by."""
    for match in _DESCRIBED_THING.finditer(sentence.text):
        name = doc.named_things.get(thing_noun(match.group(2)))
        if name is None or not name.casefold().endswith(" " + match.group(1).casefold()):
            continue
        if re.match(r"\s+(?:of|between)\s", sentence.text[match.end() :]):
            continue  # "the gas field of Galkynysh" says which itself
        yield match.start(), match.start() + len("the ") + len(match.group(1)), f"the {name}"


# Things built: the one the article names is what "the project" builds.
_BUILT = ("plant", "pipeline", "railway", "canal", "dam", "line", "corridor", "bridge", "port",
          "terminal", "mine", "station", "reservoir")  # fmt: skip
# Things worked rather than built: a project about one of them may build no named thing.
_WORKED = ("field", "deposit")
_THE_PROJECT = re.compile(r"\b[Tt]he project\b(?![-])")
# Words after "the project" that say which one it is.
_PROJECT_SAID = re.compile(r"\s+(?:of|on|for|to|in|between)\s|,?\s+(?:known as|called|named)\s")


def _project_mentions(sentence: Sentence, doc: ArticleDoc) -> Iterator[tuple[int, int, str]]:
    """ "the project" → "the Kambarata-1 HPP project" where the article names no project but
    one thing built (a plant, a pipeline, a railway ...) and nothing else of those kinds."""
    if not _THE_PROJECT.search(sentence.text):
        return
    if "project" in doc.named_things or _a_project_named(doc):
        return  # "the CASA-1000 project", "the CASA 1000 project": several names, but one
    built = [doc.named_things[kind] for kind in _BUILT if kind in doc.named_things]
    if len(built) != 1 or any(kind in doc.named_things for kind in _WORKED):
        return  # "the project" of an article about the Karachaganak field is the field's
    if not any(built[0] in earlier.text for earlier in doc.sentences[: sentence.index + 1]):
        return  # a plant the article names only later is not yet what "the project" is
    for match in _THE_PROJECT.finditer(sentence.text):
        if _PROJECT_SAID.match(sentence.text, match.end()):
            continue  # "the project on construction of a dam", "the project, known as Sarzha"
        yield match.start(), match.end(), f"the {built[0]} project"


def _a_project_named(doc: ArticleDoc) -> bool:
    """The article names a project, in any spelling ("the CASA 1000 project")."""
    return any(
        match.group(1) not in _DETERMINERS
        for sentence in doc.sentences
        for match in _NAMED_PROJECT.finditer(sentence.text)
    )


_NAMED_PROJECT = re.compile(r"\b([A-Z][\w-]*(?:\s\d[\w-]*)?)\s+project\b")
_DETERMINERS = frozenset({"The", "This", "That", "A", "An", "Its", "Their"})


def _another_name_before(at: int, name: str, sentence: Sentence) -> bool:
    """A place or body the sentence names before `at` that the named thing is not part of."""
    return any(
        e.end <= at and e.kind in ("place", ORG, "other") and e.text not in name
        for e in sentence.entities
    )


def _shortened_before(at: int, name: str, sentence: Sentence) -> bool:
    """The sentence names the body before `at` by a shorter form of its name ("Kazakh Invest"
    of "Kazakh Invest National Company"): had the writer meant it again, "its" would do, so
    "the company" after it is another one."""
    short = short_form(name)
    return short is not None and whole_words(short).search(sentence.text[:at]) is not None


_PLACE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?([A-Z][\w-]+)")


def _modifies_a_noun(end: int, sentence: Sentence) -> bool:
    """The word ending at character `end` modifies the noun after it ("the party vote")."""
    word = next(
        (t for t in sentence.span if t.idx - sentence.span.start_char + len(t) == end), None
    )
    return word is not None and word.dep_ in ("compound", "nmod", "amod") and word.head.i > word.i


_NAME_AFTER = re.compile(r",?\s+[A-Z]")


def _bare(start: int, sentence: Sentence) -> bool:
    """No name or article before the word at `start`: "Parliament passed", "…, Parliament";
    not "the previous Parliament" (an article, then an adjective)."""
    before = sentence.text[:start].split()
    if not before:
        return True
    if before[-1][:1].isupper() or before[-1].lower() in _ARTICLES:
        return False
    return not (len(before) >= 2 and before[-1].islower() and before[-2].lower() in _ARTICLES)


_ARTICLES = frozenset({"the", "a", "an", "its", "their", "this", "that"})


def country_thing(phrase: str, sentence: Sentence, doc: ArticleDoc) -> str:
    """ "the parliamentary elections" → "Mongolia's parliamentary elections" in an article about
    Mongolia where the sentence names no country; any other phrase as it is ("the referendum
    ended in Kazakhstan" says whose)."""
    match = _NATIONAL_THING.fullmatch(phrase)
    country = doc.subject_country
    if match is None or country is None or _rivalled(country, doc):
        return phrase
    if any(e.name != country for e in sentence.entities_of(COUNTRY, DEMONYM)):
        return phrase
    if sentence.entities_of(COUNTRY):
        return phrase  # "the referendum ended in Kazakhstan" (a "Georgian" party says nothing)
    if _THE_COUNTRY.search(sentence.text):
        return phrase  # "the election across the country": that phrase will name the country
    thing = match.group(1) or match.group(2)
    if thing == "party":
        return phrase  # "the party": which of the country's parties?
    return f"{country_as_written(country)}’s {thing}"


_REGIONS = {
    "central asian": "Central Asia",
    "south caucasus": "South Caucasus",
    "caucasus": "South Caucasus",
    "gulf": "Middle East",
    "middle eastern": "Middle East",
    "south asian": "South Asia",
    "east asian": "East Asia",
    "baltic": "Northern Europe",
}
_REGIONAL_COUNTRY = re.compile(
    rf"\b[Tt]he ({'|'.join(_REGIONS)}|{'|'.join(r.title() for r in _REGIONS)}) "
    rf"(?:country|nation|state|republic)\b(?![-’']){_NAMED_AFTER}"
)
_THE_COUNTRY = re.compile(rf"\bthe (?:country|nation)\b(?![-’']){_NAMED_AFTER}")
_NATIONAL_THING = re.compile(
    r"\b[Tt]he ((?:(?:parliamentary|presidential|general|snap|early|local|national|domestic|"
    r"ruling)\s+)?(?:elections?|referendum|[Pp]arliament|constitution|economy|[Gg]overnment|"
    r"opposition|party|[Pp]resident))(?:[’']s)?\b(?!\s+(?:of|in)\s+[A-Z])(?![-’'])"
    r"|(?<![\w’'-])(Parliament|Government)(?:[’']s)?\b(?!\s+(?:of|in)\s+[A-Z])(?![-’'])"
)


_THING = re.compile(
    rf"(?:^(?:This|That)|\b[Tt]he|\bthis) (?:(?:future|planned|proposed)\s+)?"
    rf"({'|'.join(sorted(NAMEABLE_THINGS))}|{'|'.join(THING_ABBREVIATIONS)})(?:[’']s)?\b(?![-’'])"
)


_DAY_WITHOUT_MONTH = re.compile(
    rf"[Oo]n the \d{{1,2}}(?:st|nd|rd|th)\b(?! (?:of )?(?:{'|'.join(sorted(MONTHS))})\b)"
    r"(?! (?!(?:the|a|an|and|he|she|it|they|we)\b)[a-z]+)"  # "on the 66th birthday": a noun's
)


def _elliptical(sentence: Sentence, *, end: int | None) -> bool:
    """A sentence that leaves out what it speaks of, said in the sentence before: a superlative
    for a subject ("The lowest was in Tashkent"), "followed" with no one followed ("The
    Agrarian Party followed with 7 seats"), "the latest deal", "ten others" or "on the 13th"."""
    stop = sentence.span.start_char + (len(sentence.text) if end is None else end)
    for token in sentence.span:
        if token.idx >= stop:
            break
        subject = token.dep_ in ("nsubj", "nsubjpass")
        if subject and token.tag_ == "JJS":
            return True
        if subject and token.lower_ == "others" and any(c.like_num for c in token.children):
            return True  # "Ten others had their sentences reduced": other than whom?
        if _DAY_WITHOUT_MONTH.match(sentence.text, token.idx - sentence.span.start_char):
            return True  # "Subsequently, on the 13th …": of which month?
        followed = token.dep_ == "ROOT" and token.lemma_ == "follow"
        if followed and not any(c.dep_ == "dobj" for c in token.children):
            return True
        if token.lower_ == "latest" and token.dep_ == "amod" and token.head.dep_ == "nsubj":
            words = list(token.head.children)
            the = any(c.lower_ == "the" for c in words)
            if the and not any(c.pos_ == "PROPN" for c in words):
                return True
    return False


def leans_on_previous_sentence_text(text: str) -> bool:
    """A cheap second look after a replacement: a pronoun still opens the sentence."""
    return text.split(" ", 1)[0].lower() in _PERSONAL | _THINGS


_CLAUSE_MARKS = frozenset({"while", "whereas"})
_CLAUSE_JOINS = frozenset({"and", "but"})
MIN_CLAUSE_WORDS = 6


def clause_stems(sentence: Sentence, stem: Stem) -> list[tuple[int, Stem]]:
    """The stem split at a trailing clause with a subject of its own (", while all other
    leaders were met by ...", ", and Russia signed ..."), so each part can be asked on its own
    without giving the other's answer away: (where the part starts in the sentence, its stem).
    A sentence without such a clause, or whose main clause a replacement changed, stays whole;
    one whose trailing clause a replacement changed keeps the whole stem for that clause."""
    whole = [(0, stem)]
    split = _trailing_clause(sentence) or _trailing_as_clause(sentence)
    if split is None:
        return whole
    cut, body = split  # where the main clause ends, where the trailing clause's words begin
    written = [edit for edit in stem.edits if edit[2] != 0]  # words a replacement put in
    if any(start < cut for start, _, _ in written):
        return whole
    text = sentence.text
    main_end = stem.place(cut, cut)
    if main_end is None:
        return whole
    main_text = stem.text[: main_end[0]].rstrip(" ,;–—-") + "."
    rest = text[body:]
    # A trailing clause a replacement changed ("Georgia’s election threshold") is asked in the
    # whole stem, which keeps the replacement.
    clause = stem if written else Stem(rest[:1].upper() + rest[1:], ((0, body, 0),))
    kept = tuple(edit for edit in stem.edits if edit[0] < cut)
    main = Stem(main_text, (*kept, (cut, len(text), 1)))
    if min(len(main_text.split()), len(rest.split())) < MIN_CLAUSE_WORDS:
        return whole
    return [(0, main), (body, clause)]


# What completes a verb, so that a clause hung on it can go: "decided to set up a group".
_COMPLETING = frozenset({"dobj", "xcomp", "ccomp", "prep", "attr", "acomp", "agent", "dative",
                         "prt", "oprd", "npadvmod", "advmod"})  # fmt: skip


def _trailing_as_clause(sentence: Sentence) -> tuple[int, int] | None:
    """ "… decided to set up a working group on Afghanistan as Modi stressed that …": a clause
    opened by "as" (or "while") with a subject of its own, hung on a verb of the main clause
    (its root, or a verb joined to or completing it) and running to the sentence's end; with or
    without a comma before it. The clause must say something whole: its subject owes nothing
    to the main clause ("as their ministers …") and its verb has its object or its own clause
    ("as X had planned" leaves what was planned to the main clause)."""
    span = sentence.span
    doc = span.doc
    for clause in span:
        mark = clause.left_edge
        if clause.dep_ != "advcl" or mark.dep_ != "mark" or mark.head.i != clause.i:
            continue
        if mark.lower_ not in _CLAUSE_MARKS | {"as"} or not _in_the_main_clause(clause.head):
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(t.tag_ in ("PRP", "PRP$") for t in subjects[0].subtree):
            continue  # "as their ministers …"; a relative "that" owes nothing to the main clause
        complete = any(
            c.dep_ in ("dobj", "ccomp", "attr", "acomp") or (c.dep_ == "npadvmod" and _figure(c))
            for c in clause.children
        )  # "while the opposition's share totals 37.78%": the parser may take it for an adverb
        if not complete or clause.right_edge.i < span.end - 2:
            continue
        if not any(c.dep_ in _COMPLETING for c in clause.head.children if c.i != clause.i):
            continue  # "The trip … comes as reports suggest …": the clause is what it says
        before = doc[mark.i - 1] if mark.i > span.start else mark
        cut = (before if before.text in (",", ";") else mark).idx - span.start_char
        return cut, mark.idx + len(mark.text) + 1 - span.start_char
    return None


def _in_the_main_clause(verb: Token) -> bool:
    """The root, or a verb the root's clause joins or completes ("held … and decided to set"),
    or what the root shows ("results show the party winning …"; not what someone says, which
    is theirs to the end)."""
    while verb.dep_ in ("conj", "xcomp"):
        verb = verb.head
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SHOWING_VERBS:
        return True
    return verb.dep_ == "ROOT"


_SHOWING_VERBS = frozenset({"show", "indicate", "suggest", "reveal", "confirm"})


def _figure(token: Token) -> bool:
    return any(word.like_num for word in token.subtree)


def _trailing_clause(sentence: Sentence) -> tuple[int, int] | None:
    span = sentence.span
    root = span.root
    doc = span.doc
    for child in root.children:
        if child.i < root.i or child.dep_ not in ("conj", "advcl") or child.pos_ not in (
            "VERB", "AUX",
        ):  # fmt: skip
            continue
        subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].pos_ == "PRON":
            return None
        first = child.left_edge
        if child.dep_ == "advcl":
            if first.lower_ not in _CLAUSE_MARKS:
                return None
            joint = first
        else:
            joint = doc[first.i - 1] if first.i > span.start else first
            if joint.lower_ not in _CLAUSE_JOINS or joint.head.i != root.i:
                return None
        before = doc[joint.i - 1] if joint.i > span.start else joint
        if before.text not in (",", ";"):
            return None
        if child.right_edge.i < span.end - 2:
            return None  # the clause does not run to the end of the sentence
        cut = before.idx - span.start_char
        body = joint.idx + len(joint.text) + 1 - span.start_char
        return cut, body
    return None

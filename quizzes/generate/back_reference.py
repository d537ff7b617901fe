"""Definite noun phrases in a copied stem that point back to something the article named before.

A reader of the whole article knows which "the canal" is; a student reading one stem does not.
The rule rests on the parse of the sentence the stem was copied from: "the" + a common noun
(title-cased common words, "the Framework Agreement", included) is a back reference when

- nothing in the phrase says which: no name or year beside the noun ("the Qosh Tepa canal",
  "the 2022 vote"), no possessor ("Russia's pipeline"), no "of"/"between" complement ("the
  border between A and B", "the price of gas"), no restrictive relative clause ("the deal
  signed in May"), no superlative or ordinal ("the largest field", "the first time");
- the article used that noun (or its lemma) in an earlier sentence, so the phrase means that
  earlier thing; a "the" whose noun the article has not used before refers to nothing earlier
  ("87 percent of the vote" in the lede, "the world's largest"), unless the noun names an
  occasion, a deal or a document ("the document" of a declaration, "during the protests"):
  that is the story's own, called otherwise before, or one a student cannot tell;
- it is not a share of a whole ("percent of the vote") and a headline that is a name (the
  quiz's title) does not use the noun ("the war" in a quiz titled "First Karabakh War"), unless
  the article speaks of several such things; a headline that is a sentence ("Erdogan opens new
  pipeline") does not say which pipeline a stem's "the pipeline" is.

`name_back` writes the earlier named mention in its place when exactly one fits ("the canal"
→ "the Qosh Tepa canal"). Where none does, the one thing of its kind the story opens with and
keeps speaking of ("the boycott" in a story on the lifting of one boycott) is clear to a student
who read it; anything else left unnamed makes the stem not self-contained.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizzes.generate.document import countries_named, name_start, numbered_by
from quizzes.generate.nlp import english_words
from quizzes.generate.whole_words import whole_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from quizzes.generate.document import ArticleDoc, Sentence

# Nouns naming a part of a whole: "87 percent of the vote", "a majority of the seats".
_SHARES = frozenset({"percent", "%", "per cent", "percentage", "share", "majority", "half",
                     "third", "quarter", "proportion"})  # fmt: skip
# Kinds of entity the parser may make of title-cased common words ("the Framework Agreement").
_UNKNOWN_KINDS = frozenset({"other", "law", "org"})
_ORDINAL = "ORDINAL"
_ORDINALS = frozenset({"first", "second", "third", "last", "next", "only", "same", "final",
                       "previous", "former", "outgoing", "incoming"})  # fmt: skip
# Complements that say which one: "the border between A and B", "the price of gas".
_WHICH_PREPOSITIONS = frozenset({"of", "between"})
# A bare count says how many, not which: "the six members".
_COUNTS = frozenset({"CARDINAL"})
# What a clause of the stem is about: its subject, its object, a possessor. A phrase deeper in
# an adjunct ("along the coast", "at the border") is background a student can pass over.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "attr"})
# Named places a thing can stand in: "a port in Anaklia".
_PLACES = frozenset({"GPE", "LOC", "FAC"})
# Nouns of which there is one only, whatever the article said before ("the world's largest"),
# and words that make a thing the world's ("the global wheat harvest": not Kazakhstan's).
_ONE_ONLY = frozenset({"world", "globe", "planet"})
_CURRENCIES = frozenset({"manat", "tenge", "som", "somoni", "sum", "rouble", "ruble", "lari",
                         "dram", "tugrik", "yuan", "renminbi", "lira", "rupee", "afghani",
                         "hryvnia", "rial"})  # fmt: skip
_THE_WORLD_S = frozenset({"global", "worldwide", "world"})
# Nouns of one occasion, deal or document: "the summit", "the deal", "the protests". Where the
# phrase does not say which, it means the one the story is about, however the article called
# it before ("the document" of a declaration), or one of several: a student reading the stem
# alone cannot tell (teachers passed 12 of 56 votes on such stems, against 831 of 1,332).
_OCCASIONS = frozenset({"agreement", "deal", "document", "declaration", "memorandum", "mou",
                        "treaty", "contract", "project", "pipeline", "system", "report",
                        "roundtable", "meeting", "talks", "summit", "visit", "trip", "conference",
                        "session", "ceremony", "protest", "accident", "crash", "attack",
                        "fighting", "acquisition", "reduction", "announcement", "decision",
                        "exercise", "incident", "operation", "investigation", "event", "forum",
                        "negotiation", "victim", "detainee", "participant"})  # fmt: skip
# "The country", "the bloc", "the two sides" have their own rule (`rank.unresolved_reference`).
_OWN_RULE = frozenset({"country", "nation", "republic", "organisation", "organization",
                       "bloc", "side", "latter", "former"})  # fmt: skip


@dataclass(frozen=True)
class BackReference:
    """ "the canal" in a stem, and the earlier named mention that says which (if one does).
    An `occasion` is "the summit" of an article that called it otherwise before ("the 18th
    Meeting of the Council of Heads of State"), or never: most likely the story's own."""

    phrase: str
    named: str | None
    occasion: bool = False


def back_references(sentence: Sentence, doc: ArticleDoc, stem: str) -> list[BackReference]:
    """The definite noun phrases `stem` copies from `sentence` that do not say which thing they
    mean: one the article spoke of before, an event of the sentence before ("The development
    came two weeks after ..."), or one whose complement the stem left out ("signed the
    Framework Agreement?" of "the Framework Agreement on the Joint Feasibility Study")."""
    found = []
    for token in sentence.span:
        if token.dep_ != "det" or token.lower_ != "the":
            continue
        noun = token.head
        phrase = _as_in(stem, token.doc[token.i : noun.i + 1].text)
        if noun.i <= token.i or phrase is None:
            continue
        lemma = noun.lemma_.lower()
        if not _common_noun(noun, sentence, doc) or lemma in _ONE_ONLY or lemma in _OWN_RULE:
            continue
        if lemma in _CURRENCIES:
            continue  # "Turkmenistan devalued the manat": a country has one
        if any(c.lower_ in _THE_WORLD_S for c in noun.lefts if c.dep_ in ("amod", "compound")):
            continue  # "the global wheat harvest" after "the harvest in Kazakhstan": another one
        if _share_of_a_whole(noun) or _says_which(noun, sentence, stem):
            continue
        if _placed_by_the_stem(stem, phrase):
            continue  # a question's own words: "the referendum in Kazakhstan"
        if lemma in _BORDERS and len(countries_named(stem, doc.knowledge)) >= 2:
            continue  # "Uzbekistan ... an Afghan plane ... crossed the border": theirs
        titled = lemma in doc.title_words or noun.lower_ in doc.title_words
        if titled and doc.titled_by_a_name and not _several_spoken_of(lemma, doc):
            continue  # a title that is a name says which: "the war" of "First Karabakh War"
        if _uses(sentence.span[: token.i - sentence.span.start], lemma):
            continue  # the stem itself says which: "the water limit ... the established limit"
        earlier = [s.span for s in doc.sentences if s.index < sentence.index]
        if _described_as_before(noun, earlier):
            continue  # "the dry port" after "A dry port near the border": that one, not another
        spoken_of = _said_which_in_the_sentence(noun, sentence) or (
            noun.dep_ in _ARGUMENTS
            and (any(_uses(span, lemma) for span in earlier) or _bare_subject(noun, sentence))
        )
        if spoken_of or (lemma in _OCCASIONS and not titled):
            plural = noun.tag_ in ("NNS", "NNPS")
            named = (
                _one_name_before(lemma, earlier, plural=plural)
                or _defined_as(lemma, doc)
                or _one_name_before(lemma, earlier, plural=plural, by_place=True)
            )
            if named is None and the_story_s_own(lemma, doc):
                continue  # "the boycott" in a story that opens with the one boycott it is about
            if _of_another_kind(noun, named, earlier):
                continue  # "the state language" after "the Russian language": another one
            found.append(BackReference(phrase, named, occasion=not spoken_of))
    return found


_BORDERS = frozenset({"border", "frontier", "boundary"})


def _of_another_kind(noun: Token, named: str | None, earlier: list[Span]) -> bool:
    """A noun before the noun says what kind of it this is ("the state language"), and no
    earlier mention of the noun is of that kind: it is not one spoken of before."""
    kinds = {c.lower_ for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"}
    if not kinds:
        return False
    if named is not None and kinds <= {w.casefold() for w in named.split()}:
        return False
    return not any(
        t.lemma_.lower() == noun.lemma_.lower()
        and kinds <= {c.lower_ for c in t.children if c.dep_ == "compound"}
        for span in earlier
        for t in span
    )


def _described_as_before(noun: Token, earlier: list[Span]) -> bool:
    """The noun's own describing words ("the dry port") are those the article introduced an
    unnamed thing with ("A dry port is becoming a hub"): the phrase says which thing it is."""
    described = _describing_words(noun)
    return bool(described) and any(
        token.lemma_.lower() == noun.lemma_.lower() and _describing_words(token) == described
        for span in earlier
        for token in span
        if token.pos_ == "NOUN"
    )


def _describing_words(noun: Token) -> frozenset[str]:
    return frozenset(t.lower_ for t in noun.lefts if t.dep_ == "amod" and t.pos_ == "ADJ")


def _common_noun(noun: Token, sentence: Sentence, doc: ArticleDoc) -> bool:
    """A common noun in lower case, or title-cased common words that no name stands behind
    and whose noun the article also writes in lower case ("the Framework Agreement" where it
    says "the agreement"; not "the CSTO", "the Caspian Sea", "the Kremlin")."""
    entity = sentence.entity_at(noun.i)
    if noun.pos_ not in ("NOUN", "PROPN") or (
        entity is not None and (entity.known or entity.kind not in _UNKNOWN_KINDS)
    ):
        return False
    if noun.is_lower:
        return noun.pos_ == "NOUN"
    if entity is not None and entity.text in doc.acronyms.values():
        return False  # "the North Caspian Operation Company (NCOC)": a name with its acronym
    if entity is not None and entity.label == "ORG" and noun.lemma_.lower() in _PARTY_WORDS:
        return False  # "the Hun Party", "the Green Party": parties are named by common words
    words = [t for t in noun.lefts if t.dep_ == "compound"] + [noun]
    lemma = noun.lemma_.lower()
    return all(_title_cased_common(t) for t in words) and any(
        t.is_lower and t.lemma_ == lemma for s in doc.sentences for t in s.span
    )


_PARTY_WORDS = frozenset({"party", "movement", "front", "alliance", "coalition", "bloc"})


def _title_cased_common(word: Token) -> bool:
    return word.is_title and word.lemma_.lower() in common_nouns()


def common_nouns() -> frozenset[str]:
    """The English common nouns the pipeline's lemmatizer knows ("agreement", "framework"; not
    "Kharlachi")."""
    return english_words("noun")


def _says_which(noun: Token, sentence: Sentence, stem: str | None = None) -> bool:
    """Something beside the noun tells which one it is (in `stem`, when given: a complement
    the stem left out says nothing there)."""
    for child in noun.children:
        if stem is not None and child.i > noun.i and not _kept(stem, noun, child):
            continue
        if child.dep_ in ("det", "punct", "cc", "conj"):
            continue
        if child.dep_ == "appos" and child.left_edge.i > noun.i + 2:
            continue  # "The ceremony was held in Jalalabad — the third-largest city …": the
            # parse hung the city's description on a noun words away
        if child.tag_ in ("JJS", "RBS") or child.lower_ in _ORDINALS or child.ent_type_ == _ORDINAL:
            return True  # "the largest field", "the first meeting"
        if child.dep_ == "poss":
            return True  # "Russia's pipeline", "its capital"
        if child.dep_ == "prep" and (
            child.lower_ in _WHICH_PREPOSITIONS or any(_names(t, sentence) for t in child.subtree)
        ):
            return True  # "the border between ...", "the price of gas", "the line to China"
        if child.dep_ in ("relcl", "acl") and not _after_a_comma(child):
            return True  # "the deal signed in May", "the talks that began in May"
        if child.dep_ in ("compound", "amod", "nmod", "nummod", "appos") and any(
            _names(t, sentence) for t in child.subtree
        ):
            return True  # "the Qosh Tepa canal", "the Russian proposal", "the 2022 vote"
    return False


def _said_which_in_the_sentence(noun: Token, sentence: Sentence) -> bool:
    """The sentence says which with words after the noun that the stem left out."""
    return _says_which(noun, sentence) and any(c.i > noun.i for c in noun.children)


def _placed_by_the_stem(stem: str, phrase: str) -> bool:
    """Every time the stem writes the phrase, it says where or whose the thing is ("the
    referendum in Kazakhstan", "the summit of the SCO"), as a question in its own words does."""
    after = [stem[m.end() :] for m in re.finditer(re.escape(phrase), stem)]
    return bool(after) and all(_PLACED.match(rest) for rest in after)


_PLACED = re.compile(r" (?:in|of) (?:the )?[A-Z]")


def _as_in(stem: str, phrase: str) -> str | None:
    """The phrase as the stem writes it ("The canal" opening a sentence, "the canal" inside
    one), or None if the stem does not copy it."""
    lowered = phrase[:1].lower() + phrase[1:]
    return next((p for p in (phrase, lowered) if p in stem), None)


def _kept(stem: str, noun: Token, complement: Token) -> bool:
    """The stem keeps the complement: the phrase up to its first word ("the heads of", "the
    deal signed"; the rest may hold the blank), or its first two words ("from Turkmenistan",
    where a blank stands between)."""
    first = min(t.i for t in noun.subtree)
    return any(
        _as_in(stem, noun.doc[start : end + 1].text) is not None
        for start, end in ((first, complement.i), (complement.i, complement.i + 1))
    )


def _bare_subject(noun: Token, sentence: Sentence) -> bool:
    """ "The development came ...", "the project expanded ...": "the" and a noun alone as the
    subject of a sentence after the first name something the article introduced in other
    words ("a $2.5-billion gas pipeline", "the Caspian Pipeline Consortium")."""
    bare = all(c.dep_ in ("det", "punct") for c in noun.children)
    return bare and noun.dep_ in ("nsubj", "nsubjpass") and sentence.index > 0


def _after_a_comma(clause: Token) -> bool:
    first = clause.left_edge
    return first.i > 0 and first.nbor(-1).text == ","


def _names(token: Token, sentence: Sentence) -> bool:
    """A name or a year: what tells one thing of its kind from another."""
    if token.shape_ == "dddd":
        return True
    entity = sentence.entity_at(token.i)
    if entity is not None and entity.label not in _COUNTS:
        return entity.known or entity.kind not in _UNKNOWN_KINDS or not _title_cased_common(token)
    return token.pos_ == "PROPN" and not _title_cased_common(token)  # "Framework Agreement"


def _share_of_a_whole(noun: Token) -> bool:
    """ "87 percent of the vote": the whole a share is taken of, not a thing named before."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ != "of":
        return False
    share = preposition.head
    return share.lower_ in _SHARES or share.like_num or share.text.endswith("%")


def _uses(span: Span, lemma: str) -> bool:
    return any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() == lemma for t in span)


STORY_MENTIONS = 3  # sentences that speak of the thing a story opens with and is about


def the_story_s_own(lemma: str, doc: ArticleDoc) -> bool:
    """The thing the whole story is about: its first sentence speaks of it, as do others, and
    of no other of its kind."""
    lede = next((s for s in doc.sentences if not s.from_caption), None)
    if lede is None or _several_spoken_of(lemma, doc):
        return False
    introduced = any(t.lemma_.lower() == lemma and (t.pos_ == "PROPN" or any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in t.children))
        for t in lede.span)  # fmt: skip
    if not introduced:  # "the initial stage of work on ...": no one thing
        return False
    names = {t.lower_ for s in doc.sentences for t in s.span
             if t.lemma_.lower() == lemma and t.pos_ == "PROPN"}  # fmt: skip
    commons = any(t.lemma_.lower() == lemma and t.pos_ == "NOUN"
                  for s in doc.sentences for t in s.span)  # fmt: skip
    if names and commons:  # "a dry port" and "the Altynkol Port": which port?
        return False
    return sum(_uses(s.span, lemma) for s in doc.sentences) >= STORY_MENTIONS


def _several_spoken_of(lemma: str, doc: ArticleDoc) -> bool:
    """The article speaks of more than one of the headline's kind of thing ("Two other Black Sea
    ports in Georgia" beside the port of the headline): the headline no longer says which."""
    words = (t for sentence in doc.sentences for t in sentence.span)
    return any(t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() == lemma for t in words)


def _one_name_before(
    lemma: str, earlier: list[Span], *, plural: bool = False, by_place: bool = False
) -> str | None:
    """The one name the article gave the thing before ("Qosh Tepa canal"), or with `by_place`
    the one place it said the thing stands in ("a deep-sea port in Anaklia" → "the port in
    Anaklia"), if exactly one. A single thing is named by a mention of one only ("Two other
    Black Sea ports" are not it). None where the article also brought in an unnamed one ("A dry
    port near the border ... 15 km from the Khorgos Port"): "the inland port" may be that, or
    one a name owns ("Uzbekistan's IT park" beside "the Tajik IT park")."""
    names = set()
    unnamed_one = owned = False
    for span in earlier:
        for token in span:
            if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() != lemma:
                continue
            if not plural and token.tag_ in ("NNS", "NNPS"):
                continue
            if _inside_a_longer_name(token):
                continue  # "Election" of "Central Election Commission" names no election
            start = name_start(token, span.start)
            words = token.doc[start : token.i]
            named = any(w.lemma_.lower() not in common_nouns() or w.ent_type_ for w in words)
            if not (named or by_place) and _named_owner(token) is not None:
                owned = True  # "Uzbekistan's IT park": another one than "the Tajik IT park"
            elif not (named or by_place) and (numbered := numbered_by(token)):
                names.add(f"the {numbered} {token.text}")  # "the 44-day war"
            elif named and not by_place:
                names.add("the " + token.doc[start : token.i + 1].text)  # "Framework Agreement" no
            elif by_place and not named and (place := _place_it_stands_in(token)) is not None:
                names.add(f"the {token.text} in {place}")
            elif not by_place and not named and (whose := _named_by_its_of(token)) is not None:
                names.add(whose)  # "the commencement ceremony of the China-… railway"
            unnamed_one = unnamed_one or (not named and _brought_in(token))
    if (unnamed_one or owned) and not by_place:
        return None
    return names.pop() if len(names) == 1 else None


def _named_owner(noun: Token) -> Token | None:
    """The name a thing is owned by: "Uzbekistan" of "Uzbekistan's IT park" (one of its kind
    beside any other the article names; not "its park")."""
    return next(
        (c for c in noun.children if c.dep_ == "poss" and c.ent_type_ in _OWNERS),
        None,
    )


# Names that own a thing: "Uzbekistan's IT park", "Gazprom's pipeline" (not "Friday's attack").
_OWNERS = frozenset({"GPE", "ORG", "PERSON", "LOC", "FAC", "NORP"})


def _inside_a_longer_name(token: Token) -> bool:
    """ "Election" of "Central Election Commission"; not "President" of "President Japarov"."""
    return (
        token.pos_ == "PROPN"
        and token.dep_ == "compound"
        and token.head.i > token.i
        and token.head.pos_ == "PROPN"
        and token.head.ent_type_ != "PERSON"
    )


def _named_by_its_of(noun: Token) -> str | None:
    """ "the commencement ceremony of the China-Kyrgyzstan-Uzbekistan railway": the noun, its
    describing words and an "of" complement that holds a name, as one short phrase."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or not any(t.ent_type_ or t.pos_ == "PROPN" for t in of.subtree):
        return None
    first = noun
    while first.i > 0 and first.nbor(-1).dep_ in ("compound", "amod") and first.nbor(-1).is_lower:
        first = first.nbor(-1)
    words = noun.doc[first.i : of.right_edge.i + 1]
    clauses = any(t.dep_ in ("relcl", "acl", "appos", "cc") for t in words)
    if len(words.text.split()) > _LONGEST_NAME or clauses:
        return None
    return f"the {words.text}"


_LONGEST_NAME = 9  # words


def _brought_in(noun: Token) -> bool:
    """ "A dry port": a thing the article brings in with "a"/"an"."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _place_it_stands_in(noun: Token) -> str | None:
    """ "a port in Anaklia": the named place after "in" that says which one."""
    for child in noun.children:
        if child.dep_ != "prep" or child.lower_ != "in":
            continue
        places = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ in _PLACES]
        if places:
            place = places[0]
            return noun.doc[place.left_edge.i : place.i + 1].text
    return None


def _defined_as(lemma: str, doc: ArticleDoc) -> str | None:
    """The article's title, where its opening defines the title's thing as one: "Baikonur
    Cosmodrome (…) is a spaceport …" makes "the spaceport" Baikonur Cosmodrome."""
    if not doc.title or not doc.sentences:
        return None
    opening = doc.sentences[0].paragraph.text
    defines = re.compile(rf"\b(?:is|was) (?:an?|the) (?:[\w-]+ ){{0,3}}{re.escape(lemma)}\b")
    return doc.title if opening.startswith(doc.title) and defines.search(opening) else None


@dataclass(frozen=True)
class NamedBack:
    """A stem with its back references named where the article named them, and whether one is
    left unnamed: a thing spoken of before (`unnamed`), or only an occasion (`occasion`)."""

    stem: str
    unnamed: bool
    occasion: bool = False


def named_back(stem: str, sentence: Sentence, doc: ArticleDoc) -> NamedBack:
    """The stem with each back reference it copies named where the article named it once
    before ("the canal" → "the Qosh Tepa canal"), and whether one is left unnamed."""
    unnamed = occasion = False
    for reference in back_references(sentence, doc, stem):
        if reference.named is not None and _named_in(stem, reference.named):
            continue  # the stem names it before: "in Kostanai region ... of the region"
        place = re.search(r" in (.+)$", reference.named or "")
        if place and whole_words(place.group(1)).search(stem):
            continue  # "came to Astana for the summit": the stem says where it was
        if place and _placed_elsewhere(sentence, place.group(1)):
            unnamed = True  # "last year the meeting was held in Bishkek": not the one in Dushanbe
            continue
        if reference.named is None:
            occasion = occasion or reference.occasion
            unnamed = unnamed or not reference.occasion
            continue
        written = reference.named
        if reference.phrase[:1].isupper():
            written = written[:1].upper() + written[1:]
        stem = stem.replace(reference.phrase, written, 1)
    return NamedBack(stem, unnamed, occasion)


def _placed_elsewhere(sentence: Sentence, place: str) -> bool:
    """The sentence names a place other than the one an earlier mention put the thing in."""
    return any(e.label in _PLACES and e.text != place for e in sentence.entities)


def _named_in(stem: str, named: str) -> bool:
    """The stem writes the name, or its short form ("Kazakh Invest" of "the Kazakh Invest
    National Company")."""
    bare = _bare_name(named)
    short = short_form(bare)
    return bare in stem.casefold() or (short is not None and short in stem.casefold())


def short_form(name: str) -> str | None:
    """The first two words a longer name is often shortened to ("Kazakh Invest" of "Kazakh
    Invest National Company"); None for a name of two words or fewer."""
    words = name.split()
    return " ".join(words[:2]) if len(words) > 2 else None


def _bare_name(named: str) -> str:
    return re.sub(r"^the ", "", named.casefold())

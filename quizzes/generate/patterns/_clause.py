"""A clause said again in the generator's own words: the parts of a parsed clause a question
may keep, and the tests that the clause states a fact a question may ask.

A question built from a clause keeps its verb group, its objects and its setting ("in Osh",
"after the attack"), and leaves out what hangs on it: asides, lists ("including ..."), who says
it ("according to ..."), a time only the article's date places ("on Monday") and every word
that points back ("this", "they"). Shared by the patterns that ask of a clause: counts ("how
many people were injured in Nukus?") and doers ("which country resumed gas deliveries to
China?").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizzes.generate.nlp import english_words
from quizzes.generate.patterns.event_date import MONTHS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quizzes.generate.document import Sentence

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# How a clause may hang on the sentence and still state a fact: the main clause, one joined to
# it ("…; 18 people died"), or what someone said.
_CLAUSE_LINKS = frozenset({"ROOT", "conj", "ccomp", "parataxis"})
_OBJECT_OF = frozenset({"pobj", "pcomp", "prep"})  # "in Osh", "as of May 2"
# A count in a span of time: "every day", "a year", "annually" (never left out of its question).
_EVERY = frozenset({"every", "each", "per", "a", "an"})
RATES = frozenset({"annually", "yearly", "daily", "weekly", "monthly", "hourly"})
OBJECTS = frozenset({"dobj", "dative", "prt", "acomp", "oprd"})
# The phrases of a clause a question keeps after its verb: objects and settings, not adverbs
# ("also", "reportedly"), clauses hung on it or its punctuation.
KEPT = frozenset({"dobj", "dative", "prep", "agent", "npadvmod", "prt", "acomp", "oprd"})
# Words that make a figure no fact: a hedge, a plan, a forecast, a denial or a condition,
# wherever they govern it.
_HEDGES = frozenset({"may", "might", "could", "can", "should", "must", "will", "would", "shall",
                     "expect", "plan", "aim", "intend", "hope", "forecast", "predict", "project",
                     "estimate", "believe", "claim", "allege", "fear", "suggest", "likely",
                     "possibly", "reportedly", "allegedly", "deny", "dispute", "doubt",
                     "rumor", "rumour", "if", "whether", "unless"})  # fmt: skip
# A negation, or a complement without which the verb says nothing a question may ask ("has
# become a home country for ...", "were forced to leave").
_UNFINISHED = frozenset({"neg", "attr", "xcomp"})
_REFERRING = frozenset({"PRP", "PRP$", "WP", "WP$", "WDT", "EX"})
_POINTING = frozenset({"this", "that", "these", "those", "such", "same", "former", "latter",
                       "there", "here", "then"})  # fmt: skip
_NAMED_ENTITIES = frozenset({"GPE", "LOC", "FAC", "EVENT", "NORP", "ORG", "PERSON"})
_BASE_AUX = {"VBD": "did", "VBZ": "does", "VBP": "do"}


def states_a_fact(verb: Token) -> bool:
    """A finite verb in the past or present (or a helper's), said as a fact: not negated, not
    hedged, planned or forecast by anything above it, and whole without a complement."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    finite = verb.tag_ in _FINITE or any(h.tag_ in _FINITE for h in helpers)
    if verb.pos_ != "VERB" or not finite:
        return False
    if verb.dep_ not in _CLAUSE_LINKS and not said_of_its_antecedent(verb):
        return False
    if any(c.dep_ in _UNFINISHED for c in verb.children) or _does_more(verb):
        return False
    # A relative clause says its own fact, whatever the clause its noun stands in says of it.
    governing = [verb] if verb.dep_ == "relcl" else [verb, *verb.ancestors]
    words = {w.lemma_.lower() for v in governing for w in (v, *v.children) if w.dep_ != "conj"}
    return not words & _HEDGES


def said_of_its_antecedent(verb: Token) -> bool:
    """A relative clause whose subject is its relative pronoun ("the attack in Moscow that
    killed 150 people"): what it says, it says of the noun it hangs on. Not one set off by a
    comma ("the floods in Osh, which destroyed ..."): the parse often hangs it on the wrong
    noun."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ != "relcl" or subject is None or subject.tag_ not in ("WDT", "WP"):
        return False
    if verb.head.ent_type_ in ("DATE", "TIME"):
        return False  # "an uprising in April 2010 which left …": hung on the date, not the event
    if verb.head.dep_ == "conj" or any(c.dep_ == "conj" for c in verb.head.children):
        return False  # "attacks against a police station and an arsenal that killed 26": whose?
    return verb.doc[subject.i - 1].text != ","  # ", which ...": an aside, hung anywhere


def _does_more(verb: Token) -> bool:
    """The clause's subject goes on to do something to something else ("three states pursued
    integration and founded the Customs Union"): a question on the first verb leaves that
    news out. A second verb without an object ("were arrested and detained for two months")
    adds a detail."""
    return any(
        c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ in SUBJECTS for g in c.children)
        and any(g.dep_ == "dobj" for g in c.children)
        for c in verb.children
    )  # fmt: skip


def setting_of(
    phrase: Token, drop: frozenset[int] | set[int] = frozenset(), *, owned: bool = False
) -> list[Token]:
    """A phrase of the clause's setting as a question keeps it: whole, without the clauses and
    lists hung inside it ("including ...", "when armed men ..."); [] for one that refers back,
    that only the article's date places, or that the parse leaves in pieces. With `owned`, an
    "its" or "his" stays: it is the subject's, which the question asks ("which country opened
    a factory for its drones?")."""
    tokens = words_of(phrase, drop)
    if phrase.dep_ == "prep" and not any(c.dep_ in _OBJECT_OF for c in phrase.children):
        return []  # a preposition the parse left without its object
    if phrase.dep_ == "prep" and _set_phrase(phrase):
        return []
    pointing = [t for t in tokens if not (owned and t.lower_ in _OWNERS)]
    if not tokens or refers_back(pointing) or _dated_only(tokens) or not stands_whole(tokens):
        return []
    return tokens


_OWNERS = frozenset({"its", "his", "her"})


def across_a_break(verb: Token, phrase: Token) -> bool:
    """A colon or semicolon stands between the verb and the phrase: the phrase belongs to a
    list or another clause the parse hung on the verb ("including Russia: in Moscow")."""
    low, high = sorted((verb.i, phrase.i))
    return any(t.text in (":", ";") for t in verb.doc[low:high])


def stands_whole(tokens: list[Token]) -> bool:
    """The words stand together in the sentence, with no mark of a list or an aside in them."""
    return tokens[-1].i - tokens[0].i + 1 == len(tokens) and not any(
        t.text in (",", ":", ";", "(", ")", "—", "–") and not _glued(t) for t in tokens
    )


def _glued(dash: Token) -> bool:
    """A dash written without spaces ("Russia–Central Asia"): it joins, it sets nothing off."""
    return dash.i >= 1 and not dash.whitespace_ and not dash.doc[dash.i - 1].whitespace_


def words_of(head: Token, drop: frozenset[int] | set[int] = frozenset()) -> list[Token]:
    """The head's words, without the figure and the clauses, lists, asides and other counts
    hung anywhere inside it ("including ...", ", which ...", "when ...", "Khorgos, known as
    ..., connects", "and 11 European cities"); a participle naming or placing a thing stays
    ("a group called the Defense Committee"), and so do the other things of a pair ("at
    colleges and universities")."""
    doc = head.doc
    left_out = {t.i for index in drop for t in doc[index].subtree}
    for token in head.subtree:
        inside = token.i != head.i
        hung = inside and (token.dep_ in _HUNG or token.lower_ in LISTING or _another_count(token))
        hung = hung and not _joined_by_a_dash(token)
        if hung:
            left_out |= {t.i for t in token.subtree}
        if _set_off(token):  # with its commas
            after = token.right_edge.i + 1
            closing = after < len(doc) and doc[after].text == ","
            left_out |= {t.i for t in token.subtree} | {token.left_edge.i - 1}
            left_out |= {after} if closing else set()
    tokens = [t for t in head.subtree if t.i not in left_out]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    return tokens


def _another_count(token: Token) -> bool:
    """The second of a pair counted on its own ("27 Chinese cities and 11 European cities"),
    or the "and" before it; "students and teachers" are counted together and stay."""
    pair = [c for c in token.head.children if c.dep_ == "conj"] if token.dep_ == "cc" else [token]
    return any(
        second.dep_ == "conj" and any(c.dep_ == "nummod" for c in second.children)
        for second in pair
    )


def _set_phrase(phrase: Token) -> bool:
    """ "in addition", "in total", "for example": a preposition and a bare singular noun,
    a link between sentences rather than where or when."""
    objects = [c for c in phrase.children if c.dep_ == "pobj"]
    return (
        len(objects) == 1
        and objects[0].tag_ == "NN"
        and not objects[0].ent_type_
        and not any(objects[0].children)
    )


def _joined_by_a_dash(token: Token) -> bool:
    """ "Russia–Central Asia summit": a name the parse split at a dash written without spaces,
    one name and not an aside; and "the Central Asia – European Union Summit", names either
    side of a spaced dash that end in the name of a gathering."""
    dash = token.left_edge.i - 1
    if dash < 1 or token.doc[dash].text not in ("–", "—", "-"):
        return False
    if _glued(token.doc[dash]):
        return True
    names = token.doc[dash - 1].pos_ == "PROPN" and token.left_edge.pos_ == "PROPN"
    return names and token.lemma_.lower() in _GATHERINGS


_GATHERINGS = frozenset({"summit", "forum", "dialogue", "meeting", "conference", "council",
                         "format", "platform"})  # fmt: skip


def _set_off(token: Token) -> bool:
    """A participle's phrase set off by a comma: an aside ("Khorgos, known as ...,")."""
    before = token.left_edge.i - 1
    return token.dep_ == "acl" and before >= 0 and token.doc[before].text == ","


_HUNG = frozenset({"relcl", "appos", "advcl", "parataxis"})
# "including ...": a list inside the count; "according to ...": who says it, not where.
LISTING = frozenset({"including", "includes", "such", "according"})


def _dated_only(tokens: list[Token]) -> bool:
    """ "on Monday", "last week", "currently": a time only the article's date places, left
    out of a question read without it ("in 2023", "in May", "as of March 28" stay, and so does
    a rate: "every day", "a year")."""
    if any(t.lower_ in _EVERY or t.lower_ in RATES or t.text in MONTHS for t in tokens):
        return False
    words = [t for t in tokens if t.pos_ in ("NOUN", "PROPN", "NUM", "ADV")]
    return (
        bool(words)
        and all(t.ent_type_ in ("DATE", "TIME") for t in words)
        and not any(t.like_num for t in tokens)
    )


def opening_of(sentence: Sentence, verb: Token) -> list[Token]:
    """The phrase opening the sentence before a comma ("As a result of riots in Nukus, ..."),
    which frames each of its clauses; [] when the clause itself opens the sentence."""
    first = sentence.span[0]
    if first.dep_ != "prep" or first.head.i == verb.i:
        return []
    phrase = setting_of(first)
    end = first.right_edge.i + 1
    set_off = end < sentence.span.end and sentence.span.doc[end].text == ","
    return phrase if set_off else []


def places_it(tokens: list[Token]) -> bool:
    """The phrase says where, to what or in what the count stands: a name, or a thing it
    points to ("in Bishkek", "in connection with the attack", "the dry port"); not a bare noun
    ("in hospitals": which?) nor a time."""
    return names_something(tokens) or any(
        t.pos_ == "NOUN"
        and t.ent_type_ not in ("DATE", "TIME")
        and any(c.dep_ in ("det", "poss") for c in t.children)
        for t in tokens
    )


def names_something(tokens: list[Token]) -> bool:
    return any(t.pos_ == "PROPN" or t.ent_type_ in _NAMED_ENTITIES for t in tokens)


def refers_back(tokens: list[Token]) -> bool:
    return any(t.tag_ in _REFERRING or t.lower_ in _POINTING for t in tokens)


def _opens_its_sentence(token: Token) -> bool:
    """The sentence's first word, after an opening quotation mark if there is one."""
    if token.is_sent_start is True:
        return True
    before = token.nbor(-1) if token.i > 0 else None
    return before is not None and before.is_sent_start is True and before.text in _OPENING_QUOTES


_OPENING_QUOTES = frozenset({'"', "“", "‘", "'", "«"})


def as_written(tokens: list[Token], *, opening: bool = False) -> str:
    """The words as written; a sentence's first word lower-cased unless it is a name, and an
    opening "The" of a name too, moved inside a question ("did the National Revival Party
    win")."""
    text = "".join(t.text_with_ws for t in tokens).strip()
    first = tokens[0] if tokens else None
    named = first is not None and is_a_name(first)
    if first is not None and (_opens_its_sentence(first) or opening) and not named:
        text = text[:1].lower() + text[1:]
    elif first is not None and opening and first.text == "The" and first.pos_ == "DET":
        text = "the" + text[3:]
    return text


def is_a_name(word: Token) -> bool:
    """Whether a word keeps its capital inside a question: a name's word, not an adjective the
    tagger took for one because it opened the sentence ("Neighboring Tajikistan")."""
    if word.ent_type_ in _NAME_TYPES:
        return True
    return word.pos_ == "PROPN" and word.lower_ not in english_words("adj")


# Entities that are names; "Dozens" (a number) or "Last year" (a date) opening a sentence are
# not, and are lower-cased inside a question.
_NAME_TYPES = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT",
                         "WORK_OF_ART", "LAW", "LANGUAGE"})  # fmt: skip


def verb_group_of(verb: Token) -> str:
    """ "were injured", "have been detained", "died"."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return " ".join([*(h.text for h in helpers), verb.text])


def has_tense(verb: Token) -> bool:
    """The verb, or a helper before it, is finite: "ships", "will ship", not a headline's "to
    ship" (a question on its subject would have no verb: "which country to ship gas?")."""
    helpers = [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return bool((_FINITE | {"MD"}) & {verb.tag_, *helpers})


def asked_of_an_object(verb: Token, doer: str) -> str | None:
    """ "did Russian police detain", "have the authorities detained", "were police holding";
    None for a verb whose base form the parse does not give."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if helpers:
        first, *more = helpers
        return " ".join([first.text.lower(), doer, *(h.text for h in more), verb.text])
    base = verb.lemma_.lower()
    if verb.tag_ not in _BASE_AUX or not base.isalpha():
        return None
    return f"{_BASE_AUX[verb.tag_]} {doer} {base}"


# Verbs whose object is what someone said: "who said ...?" asks for a speaker, not a deed.
_SAYING = frozenset({"say", "tell", "add", "note", "state", "explain", "report", "stress",
                     "emphasize", "emphasise", "underline", "recall", "point", "describe",
                     "call", "warn", "write", "quote", "claim", "insist", "argue"})  # fmt: skip
# Prepositions a question may move to its front with the asked name: "to which country ...".
_FRONTED = frozenset({"to", "in", "with", "from", "into", "for", "on", "at"})
MAX_QUESTION_WORDS = 32
_TIMES = frozenset({"DATE", "TIME"})


def kept_phrases(
    verb: Token,
    asked: Token,
    *,
    drop: frozenset[int] = frozenset(),
    owned: bool = False,
    with_rates: bool = False,
    after: Token | None = None,
) -> list[list[Token]] | None:
    """The phrases a question keeps of the verb's clause besides the `asked` one: its objects
    first, then its setting, each whole (`setting_of`); with `with_rates`, a rate ("annually")
    too; with `after`, none set off by a comma before that word (the frame "Under a deal
    that runs to 2040, China pays ..."). None when an object points back ("signed it") or the
    parse leaves it in pieces, or the verb's object is a clause the question cannot keep
    ("ordered that the hotels be put in order": "who ordered at a meeting?" asks nothing)."""
    if any(c.dep_ == "ccomp" and c.i != asked.i and c.i > verb.i for c in verb.children):
        return None
    kept = [
        c for c in verb.children
        if (c.dep_ in KEPT or (with_rates and c.lower_ in RATES)) and c.i != asked.i
        and c.lower_ not in LISTING and not across_a_break(verb, c)
        and not (after is not None and _set_off_before(c, after))
    ]  # fmt: skip
    if any(_an_aside_after(verb, c) and c.dep_ in OBJECTS for c in kept):
        return None  # "supplanted Russia as … from Turkmenistan, Central Asia’s top producer,"
    kept = [c for c in kept if not _an_aside_after(verb, c)]
    kept.sort(key=lambda c: (c.dep_ not in OBJECTS, c.i))
    objects = [setting_of(c, drop=drop, owned=owned) for c in kept if c.dep_ in OBJECTS]
    if not all(objects):
        return None
    others = [(c, setting_of(c, owned=owned)) for c in kept if c.dep_ not in OBJECTS]
    if any(not phrase and c.lower_ == "with" for c, phrase in others):
        return None  # "met with the President, X and the Prime Minister, Y": "who met?"
    return [*objects, *(phrase for _, phrase in others if phrase)]


def _an_aside_after(verb: Token, phrase: Token) -> bool:
    """A noun phrase after the verb set off by a comma ("for China, the world's largest energy
    consumer,"): an aside on the word before, which the parse hung on the verb."""
    start = phrase.left_edge.i
    return (
        phrase.i > verb.i
        and phrase.pos_ in ("NOUN", "PROPN")
        and start > verb.i + 1
        and phrase.doc[start - 1].text == ","
    )


def _set_off_before(phrase: Token, word: Token) -> bool:
    """A phrase opening the sentence before `word`, set off by a comma."""
    after = phrase.right_edge.i + 1
    return phrase.i < word.i and after < len(phrase.doc) and phrase.doc[after].text == ","


# Participles that are never a past tense, which a headline uses without "was".
_PARTICIPLES_ONLY = frozenset({"sworn", "taken", "given", "chosen", "shown", "known", "drawn",
                               "written", "driven", "spoken", "broken", "stolen", "frozen",
                               "seen", "done", "gone", "begun", "beaten", "born", "thrown",
                               "grown", "flown", "hidden", "fallen", "forgiven"})  # fmt: skip


def asked_of(key: Token, wh: str) -> str | None:
    """A question, in the clause's own words, whose answer is the name `key` heads, asked with
    `wh` ("which country"): of the subject, "which country resumed gas deliveries via a new
    pipeline" ("On Monday Turkmenistan resumed gas deliveries via a new pipeline, passing
    through Uzbekistan"); of the object, "which country did Russia invade in 2022"; after a
    preposition on the verb or its object, "in which city did the presidents sign the treaty",
    "to which country did Kazakhstan open a trade mission". None when the
    clause states no fact (a hedge, a plan, a negation), is what someone said, names no doer
    or nothing specific, keeps a word that points back, or the parse leaves it in pieces."""
    role, verb = key.dep_, key.head
    fronted, inside = "", frozenset[int]()
    if role == "pobj" and key.head.lower_ in _FRONTED and key.head.dep_ == "prep":
        fronted, verb, role = key.head.lower_, key.head.head, "prep"
        if verb.dep_ == "dobj" and verb.pos_ == "NOUN":  # "raised wheat exports to ___"
            inside, verb = frozenset({key.head.i}), verb.head
    if role not in ("nsubj", "dobj", "prep") or verb.pos_ != "VERB" or not states_a_fact(verb):
        return None
    if verb.lemma_.lower() in _SAYING or any(c.dep_ in ("conj", "cc") for c in key.children):
        return None  # a speaker, or one of a pair ("Kazakhstan and Uzbekistan signed ...")
    asked = key if role != "prep" else key.head
    # "which country opened a plant for its drones": the subject's own "its" stays
    parts = kept_phrases(verb, asked, drop=inside, owned=role == "nsubj")
    if parts is None:
        return None
    if role == "nsubj":
        helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        if "VBP" in {verb.tag_, *(h.tag_ for h in helpers)} or not any(map(places_it, parts)):
            return None  # "have signed" agrees with a plural; "has grown rapidly" says nothing
        participle = verb.tag_ == "VBN" or verb.lower_ in _PARTICIPLES_ONLY
        if participle and not helpers:
            return None  # a headline's "Kavelashvili sworn in as president": "who sworn in?"
        words = [wh, verb_group_of(verb)]
    else:
        doer = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        doer_words = words_of(doer) if doer is not None else []
        if not doer_words or refers_back(doer_words) or not stands_whole(doer_words):
            return None
        if not names_something(doer_words) or any(t.ent_type_ in _TIMES for t in doer_words):
            return None  # "the deal was signed in ___": which deal? "Monday Japarov": a slip
        group = asked_of_an_object(verb, as_written(doer_words, opening=True))
        if group is None:
            return None
        if fronted and wh == "who":
            wh = "whom"  # "with whom did Scholz meet", not "with who"
        words = [fronted, wh, group] if fronted else [wh, group]
    text = " ".join([*words, *(as_written(p) for p in parts)])
    return text if len(text.split()) <= MAX_QUESTION_WORDS else None

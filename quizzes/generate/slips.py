"""A careless source's slips, as a copy-editor would put them right in a stem.

A stem copies the article's sentence; where the writer slipped, the stem should not. Each repair
is one the words and the parse make safe: a unit or a place said twice ("81% percent" → "81%",
"lived outside the country abroad" → "outside the country"), "the" before a country's possessive
name ("the Russia's Federal Migration Service" → "Russia's …"), a noun used as a verb that is
two words as a verb ("the government shutdown the project" → "shut down"), a particle the verb
already says ("peaking up at" → "peaking at"), a chatty opener ending in a colon ("Just few
words about remittances: since 2009, …" → "Since 2009, …"), a verb that has no passive put in
the active ("the visit was resulted in" → "resulted in"), a country's name that lost its last
letter ("the United State" → "the United States"), a plural verb after a country's name
("Azerbaijan joined … and were equated" → "was"), a comma between a subject and its verb ("The
fisheries which were idle, now …") and an aside after the subject left without its closing comma
("The bank, which opened in 1993 has …"), a unit word in capitals ("73 Percent" → "73 percent"),
a measure that "made" a figure ("growth made 5%" → "was 5%") or changed "with" its size
("devalued with 35%" → "by 35%") and a count opened by a bare "Total" ("Total nine candidates" →
"A total of nine candidates"), a gerund after an infinitive's "to" ("an agreement to jointly
managing" → "to jointly manage"), a place of a superlative before its noun ("the largest on the
planet sea" → "the largest sea on the planet") and a word that lost a letter ("undergound" →
"underground", "Presidental" → "Presidential") or had two swapped ("Azerbajian" → "Azerbaijan",
"Atabmayev" → "Atambayev"), a compound's hyphen cut from its word ("Kremlin- led" →
"Kremlin-led"), "a" before a vowel ("a unidentified" → "an unidentified") and "an" before a
consonant ("an protest rally" → "a protest rally"), "heads of states" → "heads of state" and a
present perfect of one past day or year in the simple past ("On 29 June 2020, the President has
approved" → "approved", "has taken place on 7 July" → "took place") and "the" before a state's,
a body's or a summit's name ("along with Kyrgyz Republic" → "along with the Kyrgyz Republic")
and before a superlative after "one of" ("one of biggest investors" → "one of the biggest"). The
evidence keeps the article's words. Each repair is an edit of the sentence text: the characters
start–end written as the replacement.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from quizzes.generate.document import NAMING_KINDS
from quizzes.generate.knowledge import CITY, COUNTRY, PERSON, takes_the
from quizzes.generate.nlp import english_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from quizzes.generate.document import ArticleDoc, Entity, Sentence
    from quizzes.generate.knowledge import Knowledge
    from quizzes.generate.questions import Candidate

Edit = tuple[int, int, str]

# "81% percent", "$5 billion dollars": the sign says the unit the word says again.
_UNIT_SAID_TWICE = re.compile(
    r"\d%(?P<word>\s+per ?cent)\b"
    r"|\$\s?\d[\d.,]*(?:\s+(?:thousand|million|billion|trillion))?(?P<dollars>\s+dollars)\b",
    re.IGNORECASE,
)
# "lived outside the country abroad": the place said twice.
_ABROAD_SAID_TWICE = re.compile(
    r"\boutside (?:the|their|his|her|its) (?:home )?country(?P<again>,? (?:abroad|overseas))\b",
    re.IGNORECASE,
)
# Nouns written as one word that are two as a verb, whose verb is the same in the present and
# the past: "shutdown" → "shut down".
_TWO_WORD_VERBS = {"shutdown": "shut down", "setup": "set up", "cutoff": "cut off"}
_POSSESSIVE = ("'s", "’s", "'", "’")
# Verbs that say the direction themselves: "peaking up at" → "peaking at", "returned back
# home" → "returned home".
_NEEDLESS_PARTICLE = {"peak": "up", "return": "back", "revert": "back"}
# Verbs with no passive that a writer puts in one: "was resulted in", "were happened".
_NO_PASSIVE = frozenset({"result", "happen", "occur", "emerge", "exist", "consist"})
# A name whose last letter went missing: "the United State was ..." (never "a united state").
_CLIPPED_NAMES = re.compile(r"\b(?P<name>United State|United Arab Emirate)(?![\w-])")
_BEFORE_A_VERB = frozenset({"advmod", "aux", "auxpass", "neg"})
_PLURAL_TO_SINGULAR = {"were": "was", "are": "is", "have": "has"}
# A country written by the kind of state it is takes "the": "the Kyrgyz Republic's".
_STATE_WORDS = frozenset({"republic", "federation", "kingdom", "emirates", "states", "union"})


def source_slips(sentence: Sentence, doc: ArticleDoc) -> list[Edit]:
    """The repairs the sentence needs, in order of where they stand."""
    edits = [*_said_twice(sentence), *_the_before_possessive_country(sentence)]
    edits += _the_before_a_person(sentence)
    edits += [*_nouns_used_as_verbs(sentence), *_needless_particles(sentence)]
    edits += _opener_before_a_colon(sentence, doc)
    edits += [*_passives_of_verbs_without_one(sentence), *_clipped_country_names(sentence)]
    edits += [*_plural_verbs_after_a_country(sentence), *_commas_before_the_verb(sentence)]
    edits += _asides_left_open(sentence)
    edits += [*_capitalised_units(sentence), *_bare_total(sentence), *_figures_made(sentence)]
    edits += _words_run_into_figures(sentence)
    edits += _changed_with_a_share(sentence)
    edits += [*_gerunds_after_to(sentence), *_superlatives_placed_before_their_noun(sentence)]
    edits += [*_words_missing_a_letter(sentence, doc), *_names_missing_a_letter(sentence, doc)]
    edits += _countries_with_two_letters_swapped(sentence, doc)
    edits += _names_run_into_a_word(sentence, doc)
    edits += [*_hyphens_cut_from_their_word(sentence), *_articles_before_a_vowel(sentence)]
    edits += _plural_state_in_heads_of_state(sentence)
    edits += _perfects_of_a_past_date(sentence)
    edits += _the_before_a_body(sentence)
    edits += _the_after_one_of(sentence)
    edits += _on_before_an_opening_date(sentence)
    return sorted(edits)


_OPENING_DATE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{1,2}(?:, \d{4})?,? (?=[A-Z])"
)


def _on_before_an_opening_date(sentence: Sentence) -> list[Edit]:
    """ "December 26, 2022 Abdusattor Pirmukhamadzoda was sentenced …" → "On December 26,
    2022 …": a date that opens the sentence as its time, not its subject, takes "On"."""
    if _OPENING_DATE.match(sentence.text) is None or sentence.span[0].dep_ != "npadvmod":
        return []
    return [(0, 0, "On ")]


# "one of biggest investors": a superlative after "one of" takes "the".
_ONE_OF_A_SUPERLATIVE = re.compile(r"\b[Oo]ne of (?=(?:\w+est|most|least|best|worst)\b)")


def _the_after_one_of(sentence: Sentence) -> list[Edit]:
    """ "one of biggest investors" → "one of the biggest investors"."""
    return [(m.end(), m.end(), "the ") for m in _ONE_OF_A_SUPERLATIVE.finditer(sentence.text)]


# Names of states, unions, bodies and summits, which English writes with "the": "the Kyrgyz
# Republic", "the Eurasian Economic Union", "the Baku Summit", "the Republic of Uzbekistan".
_BODY_WORDS = frozenset({
    "Republic", "Federation", "Kingdom", "Emirates", "Union", "Organization", "Organisation",
    "Summit", "Nations", "Council", "Commission", "Committee", "Assembly",
})  # fmt: skip
_FIRM_NAMES = frozenset({"Western", "Credit"})  # "Western Union": a firm's name takes none
_NAME_TAGS = frozenset({"NNP", "NNPS"})
_DETERMINED_BY = frozenset({"DT", "WDT", "PDT", "PRP$", "WP$", "CD", "POS", "JJ", "NNP", "NNPS",
                            "VBN", "HYPH"})  # fmt: skip
_NAME_GOES_ON = frozenset({"and", "&", "(", "-", "‑", "–"})


def _the_before_a_body(sentence: Sentence) -> list[Edit]:
    """ "along with Kyrgyz Republic" → "along with the Kyrgyz Republic", "during Baku Summit"
    → "during the Baku Summit", "Summit of the Fund was held" → "The Summit of …": a name
    ending in a body's word, or opening with one before "of", with nothing before it doing an
    article's work. A title before a person's name keeps its style ("European Council
    President Charles Michel")."""
    tokens = sentence.span.doc
    span = sentence.span
    edits = []
    for word in span:
        if word.text not in _BODY_WORDS:
            continue
        first = word
        while first.i > span.start and tokens[first.i - 1].tag_ in _NAME_TAGS \
                and tokens[first.i - 1].is_title:  # fmt: skip
            first = tokens[first.i - 1]
        following = tokens[word.i + 1] if word.i + 1 < span.end else None
        of_follows = following is not None and following.lower_ == "of"
        if first.i == word.i and not of_follows:
            continue  # "Union" alone: a word, not a name
        if word.tag_ not in _NAME_TAGS and not (of_follows and word.i == span.start):
            continue
        if first.text in _FIRM_NAMES or (following is not None and following.text in "-‑–"):
            continue
        head = _phrase_head(word)
        if head.ent_type_ == "PERSON" or _names_a_person_next(word, span):
            continue  # "European Council President Charles Michel": a title, no article
        if any(c.dep_ in ("det", "poss") for c in head.children):
            continue  # "the Russian-led Collective Security Treaty Organisation"
        before = tokens[first.i - 1] if first.i > span.start else None
        if before is not None and (
            before.tag_ in _DETERMINED_BY or before.dep_ in ("det", "poss") or before.is_quote
        ):
            continue  # "the Kyrgyz Republic", "Russia's Federation Council", "Russian-led"
        if before is not None and before.text in _NAME_GOES_ON:
            continue  # "the State Tourism and Sport Committee", "the EAEU (Eurasian … Union)"
        start = first.idx - span.start_char
        edits.append((start, start, "the " if before is not None else "The "))
    return edits


def _names_a_person_next(word: Token, span: Span) -> bool:
    """ "Commission (CEC) Chairman Nurlan Abdirov": the names after the word, past an acronym
    in brackets, end in a person's."""
    tokens = word.doc
    at = word.i + 1
    if at < span.end and tokens[at].text == "(":
        at = next((t.i + 1 for t in tokens[at : span.end] if t.text == ")"), span.end)
    while at < span.end and tokens[at].tag_ in _NAME_TAGS:
        if tokens[at].ent_type_ == "PERSON":
            return True
        at += 1
    return False


def _phrase_head(word: Token) -> Token:
    """The noun a name's word describes, or the word ("Security" → "Organisation", "Council"
    → "Michel" in "European Council President Charles Michel")."""
    while word.dep_ in ("compound", "nmod") and word.head.i > word.i:
        word = word.head
    return word


# "the Kremlin- led bloc", "60- year-old": a compound's hyphen left before a space, as where a
# line broke ("pre- and post-war" keeps its space).
_HYPHEN_CUT = re.compile(r"(?<=[A-Za-z0-9])-(?P<space> )(?=[a-z]+)(?!and\b|or\b|to\b)")


def _hyphens_cut_from_their_word(sentence: Sentence) -> list[Edit]:
    """ "Kremlin- led" → "Kremlin-led"."""
    return [(m.start("space"), m.end("space"), "") for m in _HYPHEN_CUT.finditer(sentence.text)]


# "a unidentified source", "a 11-member team": the article "a" before a vowel sound ("a union",
# "a one-off", "a European", "a euphemism" keep theirs: their first sound is a consonant's;
# so does "a 110-km road").
_VOWEL_SOUND = re.compile(
    r"(?:[ai]|e(?!u|w)|o(?!ne\b|nce\b|ne-)|un(?!i)|uni[dmn])[a-z]|8[\d,.]*$|1[18](?:,\d{3})*$"
)


def _articles_before_a_vowel(sentence: Sentence) -> list[Edit]:
    """ "a unidentified" → "an unidentified"; and "an protest rally" → "a protest rally"."""
    edits = []
    tokens = sentence.span.doc
    for token in sentence.span:
        following = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
        if token.lower_ not in ("a", "an") or token.dep_ != "det" or following is None:
            continue
        start = token.idx - sentence.span.start_char
        spaced = following.idx == token.idx + len(token.text) + 1
        if token.lower_ == "a" and spaced and _VOWEL_SOUND.match(following.text):
            edits.append((start, start + 1, token.text + "n"))
        elif token.lower_ == "an" and spaced and _CONSONANT_SOUND.match(following.text):
            edits.append((start, start + 2, token.text[0]))
    return edits


# A lower-case word that opens with a consonant's sound ("an protest" → "a protest"); never an
# "h" ("an historic", "an hour") nor a figure or an acronym.
_CONSONANT_SOUND = re.compile(r"[bcdfgjklmnpqrstvwxz][a-z]|y[aeiou]")


# Participles whose simple past is another word ("has taken place on 7 July" → "took place");
# a regular "-ed" participle and one not listed here ("held", "met", "signed") is its own past.
_PAST_OF_PARTICIPLE = {
    "taken": "took", "undertaken": "undertook", "written": "wrote", "given": "gave",
    "begun": "began", "seen": "saw", "done": "did", "gone": "went", "become": "became",
    "chosen": "chose", "grown": "grew", "known": "knew", "risen": "rose", "spoken": "spoke",
    "driven": "drove", "fallen": "fell", "broken": "broke", "drawn": "drew", "withdrawn":
    "withdrew", "flown": "flew", "come": "came", "shown": "showed", "forgiven": "forgave",
}  # fmt: skip
_SAME_PAST = frozenset({
    "held", "made", "met", "sent", "built", "paid", "said", "led", "left", "won", "sold",
    "brought", "found", "hit", "cut", "set", "put", "spent", "lost", "told", "bought", "sought",
    "taught", "kept", "heard", "stood", "struck", "laid", "read", "opened", "launched",
})  # fmt: skip
_A_DAY_OR_A_YEAR = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\b|\d{1,2} (?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b|\b(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December) \d{1,2}\b"
)
# A period up to now goes with "has": "has grown since 2019", "so far in 2023", "in the past
# year", "over 2020-2023".
_UP_TO_NOW = re.compile(r"\b(?:since|so far|already|yet)\b", re.IGNORECASE)
_A_PERIOD_UP_TO_NOW = frozenset({"since", "for", "over", "during", "until", "by", "through"})
_NOW_WORDS = re.compile(r"\b(?:past|last|this|recent|ago|current)\b", re.IGNORECASE)


def _perfects_of_a_past_date(sentence: Sentence) -> list[Edit]:
    """ "On 29 June 2020, the President has approved the decree", "the run-off has taken place
    on 7 July": a verb of one past day or year is in the simple past ("approved", "took
    place"); "has been approved" on a day → "was approved"."""
    span = sentence.span
    if _UP_TO_NOW.search(sentence.text):
        return []
    dated = {
        t.i
        for e in sentence.entities
        if e.label == "DATE" and _A_DAY_OR_A_YEAR.search(e.text) and not _NOW_WORDS.search(e.text)
        and span.doc[e.first_token].head.lower_ not in _A_PERIOD_UP_TO_NOW
        for t in span.doc[e.first_token : e.last_token + 1]
    }  # fmt: skip
    edits = []
    for verb in span:
        if verb.tag_ != "VBN" or not any(_verb_of(span.doc[i]) == verb for i in dated):
            continue
        helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        have = next((h for h in helpers if h.lower_ in ("has", "have") and h.dep_ == "aux"), None)
        if have is None or have.i > verb.i:
            continue
        been = next((h for h in helpers if h.lower_ == "been"), None)
        past = _PAST_OF_PARTICIPLE.get(verb.lower_)
        if been is None and not (verb.lower_.endswith("ed") or verb.lower_ in _SAME_PAST or past):
            continue
        start = have.idx - span.start_char  # "has even written": "even" stays
        if been is not None:
            edits.append((start, start + len(have.text), "was" if have.lower_ == "has" else "were"))
            edits.append(_word_cut(been, span.start_char))
            continue
        edits.append(_word_cut(have, span.start_char))
        if past:
            at = verb.idx - span.start_char
            edits.append((at, at + len(verb.text), past))
    return edits


def _verb_of(word: Token) -> Token | None:
    """The nearest verb a word hangs from ("7" in "on July 7" hangs from "taken")."""
    head = word.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _word_cut(word: Token, sentence_start: int) -> Edit:
    """The word and the space after it, cut."""
    start = word.idx - sentence_start
    return (start, start + len(word.text_with_ws), "")


_HEADS_OF_STATES = re.compile(r"\b[Hh]eads of (?P<states>states)\b")


def _plural_state_in_heads_of_state(sentence: Sentence) -> list[Edit]:
    """ "EEU heads of states said" → "heads of state"."""
    return [(m.start("states"), m.end("states"), "state")
            for m in _HEADS_OF_STATES.finditer(sentence.text)]  # fmt: skip


# "gained a 73 Percent vote": a unit word written with a capital inside a sentence.
_CAPITALISED_UNIT = re.compile(r"(?<=\d )(?:Percent|Per Cent|Percentage Points?)\b")


# "over 500,000Kyrgyz nationals": a figure run into the word after it; "850 million cubic
# meters water": a measure of a good without its "of".
_FIGURE_RUN_INTO_A_NAME = re.compile(r"(?<=\d)(?=[A-Z][a-z]{2,})")
_MEASURE_WITHOUT_OF = re.compile(
    r"\d (?:(?:thousand|million|billion) )?(?:cubic (?:metres|meters)|tonnes|tons|barrels|litres|"
    r"liters)(?= (?:water|gas|oil|grain|wheat|coal|cargo|cotton|meat|fuel|flour|sugar)\b)"
)


def _words_run_into_figures(sentence: Sentence) -> list[Edit]:
    """ "500,000Kyrgyz" → "500,000 Kyrgyz"; "850 million cubic meters water" → "… meters of
    water"."""
    text = sentence.text
    return sorted(
        [(m.start(), m.start(), " ") for m in _FIGURE_RUN_INTO_A_NAME.finditer(text)]
        + [(m.end(), m.end(), " of") for m in _MEASURE_WITHOUT_OF.finditer(text)]
    )


def _capitalised_units(sentence: Sentence) -> list[Edit]:
    """ "a 73 Percent vote" → "a 73 percent vote"."""
    return [
        (m.start(), m.end(), m.group().lower()) for m in _CAPITALISED_UNIT.finditer(sentence.text)
    ]


def _figures_made(sentence: Sentence) -> list[Edit]:
    """ "GDP growth made 5%" → "was 5%", "trade turnover makes $1.2 billion" → "is": a measure
    that "makes" a figure, as a translation writes it."""
    edits = []
    for verb in sentence.span:
        if verb.lemma_ != "make" or verb.tag_ not in _MADE:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        figure = next((c for c in verb.children if c.dep_ in ("dobj", "attr")), None)
        if subject is None or figure is None or subject.lemma_.lower() not in _MEASURES:
            continue
        if not any(t.like_num for t in figure.subtree):
            continue
        if any(c.dep_ in ("prt", "dative", "ccomp", "xcomp") for c in verb.children):
            continue  # "made up 5%", "made it 5%": another verb
        start = verb.idx - sentence.span.start_char
        plural = subject.tag_ == "NNS"
        edits.append((start, start + len(verb.text), _MADE[verb.tag_][plural]))
    return edits


_MADE = {"VBD": ("was", "were"), "VBZ": ("is", "are"), "VBP": ("is", "are")}


def _changed_with_a_share(sentence: Sentence) -> list[Edit]:
    """ "devalued its currency with 35%" → "by 35%": a change said "with" its size."""
    edits = []
    for word in sentence.span:
        if word.lower_ != "with" or word.head.lemma_.lower() not in _CHANGES:
            continue
        size = next((c for c in word.children if c.dep_ == "pobj"), None)
        if size is not None and (size.text == "%" or size.lower_ in ("percent", "per")):
            start = word.idx - sentence.span.start_char
            edits.append((start, start + len(word.text), "by"))
    return edits


_CHANGES = frozenset({"devalue", "increase", "decrease", "grow", "rise", "fall", "drop",
                      "decline", "reduce", "cut", "raise", "shrink", "expand",
                      "contract"})  # fmt: skip
_MEASURES = frozenset({"growth", "increase", "decrease", "decline", "rise", "fall", "share",
                       "inflation", "rate", "volume", "turnover", "turnout", "output", "production",
                       "export", "exports", "import", "imports", "gdp", "investment", "deficit",
                       "surplus", "debt", "income", "revenue", "revenues", "cost", "price",
                       "amount", "number", "total", "figure", "index"})  # fmt: skip


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_MIN_TYPO_LENGTH = 6  # shorter words have too many neighbours one letter away
_MIN_MISSPELT_COUNTRY = 5  # "Kazak": among countries' names only, few neighbours
_CONTENT_WORDS = ("NOUN", "VERB", "ADJ", "ADV")


def _words_missing_a_letter(sentence: Sentence, doc: ArticleDoc) -> list[Edit]:
    """ "undergound" → "underground": a content word English does not know (nor its lemma)
    that is, with one letter put in, one word the article writes elsewhere, and only one."""
    known = _known_words()
    written = doc.written_words
    edits = []
    for token in sentence.span:
        word = token.lower_
        if token.pos_ not in _CONTENT_WORDS or not token.is_alpha or len(word) < _MIN_TYPO_LENGTH:
            continue
        if word in known or token.lemma_.lower() in known:
            continue
        found = {w for i in range(len(word) + 1) for c in _LETTERS
                 if (w := word[:i] + c + word[i:]) in known and w in written}  # fmt: skip
        if len(found) != 1:
            continue
        right = found.pop()
        if token.text[0].isupper():
            right = right[0].upper() + right[1:]
        start = token.idx - sentence.span.start_char
        edits.append((start, start + len(token.text), right))
    return edits


def _names_missing_a_letter(sentence: Sentence, doc: ArticleDoc) -> list[Edit]:
    """ "Serdar Berdimuhamedo" → "Serdar Berdimuhamedov": a name the article writes more often
    with one letter more."""
    edits = []
    for token in sentence.span:
        right = full_name_of(token.text, doc) if token.pos_ in ("PROPN", "NOUN") else None
        if right is not None:
            start = token.idx - sentence.span.start_char
            edits.append((start, start + len(token.text), right))
    return edits


def full_name_of(word: str, doc: ArticleDoc) -> str | None:
    """The one word of people's names the article writes more often than `word`, a word of a
    person's name, that is `word` with one letter put in ("Berdimuhamedov" for
    "Berdimuhamedo"; never "Russian" for "Russia", nor the feminine "Karimova" for
    "Karimov")."""
    if not word.isalpha() or not word[:1].isupper() or len(word) < _MIN_TYPO_LENGTH:
        return None
    counts = doc.person_name_words
    found = {w for w in _with_two_letters_swapped(word) if counts[w] > counts[word]}
    if not counts[word] and not found:
        return None  # (a name with two letters swapped may be no person's to the parser)
    found |= {w for i in range(1, len(word) + 1) for c in _LETTERS
              if counts[w := word[:i] + c + word[i:]] > counts[word]}  # fmt: skip
    found.discard(word + "a")  # "Karimova" is Karimov's daughter, not his name mended
    return found.pop() if len(found) == 1 else None


def _with_two_letters_swapped(word: str) -> set[str]:
    """ "Atabmayev" → {"Atbamayev", "Atambayev", …}: each neighbouring pair swapped (never the
    capital)."""
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)}


def misspelt_country(word: str, knowledge: Knowledge) -> bool:
    """ "Turkenistan", "Kazak": a word that is not, but with a letter put in or two swapped
    would be, a country's name or demonym (a slip, or a spelling of old that a typed answer
    would hold against a student who writes today's)."""
    forms = {form for country in knowledge.countries.values() for form in country.forms}
    if word in forms or not word[:1].isupper() or len(word) < _MIN_MISSPELT_COUNTRY:
        return False
    return bool((_with_two_letters_swapped(word) | _with_a_letter_put_in(word)) & forms)


def _with_a_letter_put_in(word: str) -> set[str]:
    """ "Kygyzstan" → {"Kyrgyzstan", …}: each letter put in at each place (never before the
    capital)."""
    return {word[:i] + c + word[i:] for i in range(1, len(word) + 1) for c in _LETTERS}


def _countries_with_two_letters_swapped(sentence: Sentence, doc: ArticleDoc) -> list[Edit]:
    """ "Azerbajian" → "Azerbaijan", "Kazahkstan" → "Kazakhstan", "Kygyzstan" → "Kyrgyzstan":
    a name no one has that is a country's name with two neighbouring letters swapped or one
    letter left out; and "Tajikistans", a "-stan"
    country's possessive without its apostrophe."""
    countries = doc.knowledge.countries
    edits = []
    for token in sentence.span:
        word = token.text
        if not word.isalpha() or not word[:1].isupper() or len(word) < _MIN_TYPO_LENGTH:
            continue
        if word in countries or token.lower_ in _known_words():
            continue
        right = sorted(w for w in _with_two_letters_swapped(word) | _with_a_letter_put_in(word)
                       if w in countries)  # fmt: skip
        if word.endswith("s") and word[:-1] in countries and word[:-1].endswith("stan"):
            right = [f"{word[:-1]}’s"]  # "Tajikistans total land area": the apostrophe lost
        if len(right) == 1:
            start = token.idx - sentence.span.start_char
            edits.append((start, start + len(word), right[0]))
    return edits


def _names_run_into_a_word(sentence: Sentence, doc: ArticleDoc) -> list[Edit]:
    """ "Yoon and Mirziyoyevalso went" → "Mirziyoyev also": a word no one writes that is a
    name the article gives a person, then a small word of the sentence run into it."""
    names = doc.person_name_words
    edits = []
    for token in sentence.span:
        word = token.text
        if (
            not word.isalpha()
            or not word[:1].isupper()
            or names[word]
            or token.lower_ in _known_words()
        ):
            continue
        splits = [i for i in range(_MIN_TYPO_LENGTH - 1, len(word) - 1)
                  if names[word[:i]] and word[i:] in _RUN_IN_WORDS]  # fmt: skip
        if len(splits) == 1:
            start = token.idx - sentence.span.start_char
            at = splits[0]
            edits.append((start, start + len(word), f"{word[:at]} {word[at:]}"))
    return edits


# Small words a careless writer runs into the name before them.
_RUN_IN_WORDS = frozenset({"also", "and", "said", "says", "has", "had", "was", "is", "will",
                           "met", "noted", "added", "stressed", "told"})  # fmt: skip


def names_written_in_full(candidate: Candidate, doc: ArticleDoc) -> Candidate:
    """The candidate with each name its answer and options clip of a letter written as the
    article writes it more often ("Serdar Berdimuhamedo" → "Serdar Berdimuhamedov")."""

    def mended(text: str) -> str:
        return " ".join(full_name_of(word, doc) or word for word in text.split(" "))

    answer = candidate.answer
    if isinstance(answer, str):
        answer = mended(answer)
    elif isinstance(answer, list) and all(isinstance(a, str) for a in answer):
        answer = [mended(str(a)) for a in answer]
    return replace(
        candidate,
        answer=answer,
        answer_texts=tuple(mended(a) for a in candidate.answer_texts),
        choices=[mended(c) for c in candidate.choices],
    )


@cache
def _known_words() -> frozenset[str]:
    return frozenset().union(*(english_words(part) for part in ("noun", "verb", "adj", "adv")))


def _gerunds_after_to(sentence: Sentence) -> list[Edit]:
    """ "an agreement to jointly managing the reservoir" → "to jointly manage": a gerund the
    parse gives an infinitive's "to", describing a noun, is the plain verb."""
    edits = []
    for verb in sentence.span:
        if verb.tag_ != "VBG" or verb.dep_ != "acl" or verb.head.pos_ != "NOUN":
            continue
        between = verb.doc[verb.head.i + 1 : verb.i]
        if not between or between[0].tag_ != "TO" or between[0].dep_ != "aux":
            continue
        if any(t.pos_ != "ADV" for t in between[1:]) or not verb.lemma_.isalpha():
            continue
        start = verb.idx - sentence.span.start_char
        edits.append((start, start + len(verb.text), verb.lemma_.lower()))
    return edits


# "the largest on the planet sea": the superlative's place written before its noun.
_PLACE_BEFORE_NOUN = re.compile(
    r"\b(?P<best>\w+est|most \w+) (?P<place>on the planet|in the world|on Earth) (?P<noun>\w+)\b"
)


def _superlatives_placed_before_their_noun(sentence: Sentence) -> list[Edit]:
    """ "the largest on the planet sea" → "the largest sea on the planet"."""
    edits = []
    for match in _PLACE_BEFORE_NOUN.finditer(sentence.text):
        noun = sentence.span.char_span(match.start("noun"), match.end("noun"))
        if noun is None or noun[0].tag_ != "NN" or noun[0].dep_ == "npadvmod":  # "… today"
            continue
        moved = f"{match['best']} {match['noun']} {match['place']}"
        edits.append((match.start(), match.end(), moved))
    return edits


def _bare_total(sentence: Sentence) -> list[Edit]:
    """ "Total nine candidates competed" → "A total of nine candidates competed"."""
    span = sentence.span
    if len(span) < 3 or span[0].text != "Total" or not span[1].like_num:
        return []
    return [(0, span[1].idx - span.start_char, "A total of ")]


def _said_twice(sentence: Sentence) -> list[Edit]:
    """A unit or a place the sentence says twice over, said once."""
    edits = []
    for match in _UNIT_SAID_TWICE.finditer(sentence.text):
        group = "word" if match.group("word") else "dollars"
        edits.append((match.start(group), match.end(group), ""))
    for match in _ABROAD_SAID_TWICE.finditer(sentence.text):
        edits.append((match.start("again"), match.end("again"), ""))
    return edits


_AFTER_A_PHRASE = frozenset({"PUNCT", "ADP", "CCONJ", "SCONJ", "VERB", "AUX", "PART"})


def _the_before_possessive_country(sentence: Sentence) -> list[Edit]:
    """ "the Russia's", "returned to the Kazakhstan": a country whose name takes no "the" does
    not get one ("the Kyrgyz Republic's", "the Philippines'" keep theirs, and so does "the
    Kazakhstan side", where the country describes a noun)."""
    tokens = sentence.span.doc
    edits = []
    for entity in sentence.entities:
        before = entity.first_token - 1
        after = entity.last_token + 1
        if entity.kind != COUNTRY or takes_the(entity.text) or _titled_as_a_state(entity.text):
            continue
        if before < sentence.span.start or after >= sentence.span.end:
            continue
        if tokens[before].lower_ != "the":
            continue
        follower = tokens[after]
        ends_its_phrase = follower.pos_ in _AFTER_A_PHRASE and follower.text not in "-‑–"
        if follower.text not in _POSSESSIVE and not ends_its_phrase:
            continue  # "the Kazakhstan side", "the China-bound pipeline": a noun's describer
        start = tokens[before].idx - sentence.span.start_char
        edits.append((start, entity.start, ""))
    return edits


def _the_before_a_person(sentence: Sentence) -> list[Edit]:
    """ "congratulated the Serdar Berdimuhamedov": no "the" before a person's full name."""
    tokens = sentence.span.doc
    edits = []
    for entity in sentence.entities:
        before = entity.first_token - 1
        if entity.kind != PERSON or len(entity.text.split()) < 2 or before < sentence.span.start:
            continue
        if tokens[before].lower_ == "the" and tokens[before].head.i >= entity.first_token:
            start = tokens[before].idx - sentence.span.start_char
            edits.append((start, entity.start, ""))
    return edits


def _titled_as_a_state(name: str) -> bool:
    return any(word.lower() in _STATE_WORDS for word in name.split())


def _nouns_used_as_verbs(sentence: Sentence) -> list[Edit]:
    """ "The government shutdown the project": the parse reads a verb with a subject, or a
    noun heading the sentence with an object; either way the verb is two words."""
    edits = []
    for token in sentence.span:
        words = _TWO_WORD_VERBS.get(token.lower_)
        if words is None or not (_has_subject(token) or _noun_with_an_object(token)):
            continue
        start = token.idx - sentence.span.start_char
        edits.append((start, start + len(token.text), words))
    return edits


def _needless_particles(sentence: Sentence) -> list[Edit]:
    edits = []
    for verb, following in zip(sentence.span, sentence.span[1:], strict=False):
        particle = _NEEDLESS_PARTICLE.get(verb.lemma_.lower())
        if verb.pos_ == "VERB" and following.lower_ == particle:
            start = verb.idx + len(verb.text) - sentence.span.start_char
            edits.append(
                (start, following.idx + len(following.text) - sentence.span.start_char, "")
            )
    return edits


def _noun_with_an_object(token: Token) -> bool:
    return token.dep_ == "ROOT" and any(child.dep_ == "dobj" for child in token.children)


def _has_subject(verb: Token) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)


def _opener_before_a_colon(sentence: Sentence, doc: ArticleDoc) -> list[Edit]:
    """ "Just a few words about cotton in Turkmenistan: since 2005, exports have …": an opener
    with no verb before a colon that a whole sentence follows is left out, when everything it
    names the rest names too or is what the article is about. Where it names one place "in"
    that the rest does not, the place stays as the setting: "In Turkmenistan, since 2005, …"."""
    span = sentence.span
    colon = next((t for t in span if t.text == ":"), None)
    if colon is None or colon.i + 1 >= span.end or colon.i == span.start:
        return []
    if any(t.pos_ in ("VERB", "AUX") for t in span.doc[span.start : colon.i]):
        return []
    root = span.root
    if root.i < colon.i or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > colon.i for c in root.children
    ):
        return []
    cut = colon.idx - span.start_char
    known = {e.name for e in sentence.entities if e.start > cut} | {e.name for e in doc.subjects}
    unnamed = [e for e in sentence.entities
               if e.start < cut and e.kind in NAMING_KINDS and e.name not in known]  # fmt: skip
    first = span.doc[colon.i + 1]
    start = first.idx - span.start_char
    if not unnamed:
        return [(0, start + 1, first.text[0].upper())]
    if len(unnamed) == 1 and _place_in(unnamed[0], span.doc):
        return [(0, start, f"In {unnamed[0].text}, ")]
    return []


def _place_in(entity: Entity, tokens: Doc) -> bool:
    """ "remittances in Uzbekistan": a place the opener sets things in."""
    head = tokens[entity.last_token].head
    return entity.kind in (COUNTRY, CITY, "place") and head.lower_ == "in"


def _passives_of_verbs_without_one(sentence: Sentence) -> list[Edit]:
    """ "A visit to Washington was resulted in closer ties": the "was" left out."""
    edits = []
    for verb in sentence.span:
        if verb.tag_ != "VBN" or verb.lemma_.lower() not in _NO_PASSIVE:
            continue
        helper = verb.doc[verb.i - 1] if verb.i > sentence.span.start else None
        if helper is not None and helper.dep_ == "auxpass" and helper.lower_ in ("was", "were"):
            start = helper.idx - sentence.span.start_char
            edits.append((start, verb.idx - sentence.span.start_char, ""))
    return edits


def _clipped_country_names(sentence: Sentence) -> list[Edit]:
    return [(m.end("name"), m.end("name"), "s") for m in _CLIPPED_NAMES.finditer(sentence.text)]


def _plural_verbs_after_a_country(sentence: Sentence) -> list[Edit]:
    """ "Azerbaijan joined the list and were equated with Turks": a country is one; the helper
    of its verb (or of a verb joined to it that has no subject of its own) agrees."""
    tokens = sentence.span.doc
    edits = []
    for entity in sentence.entities:
        subject = tokens[entity.last_token]
        if entity.kind != COUNTRY or subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if any(c.dep_ == "conj" for c in subject.children):
            continue  # "Kazakhstan and Uzbekistan were": two
        if takes_the(entity.text) or entity.text.endswith("s"):
            continue  # "the Philippines", "the Netherlands", "the United States"
        for verb in _verbs_of(subject):
            for helper in verb.children:
                right = _PLURAL_TO_SINGULAR.get(helper.lower_)
                if helper.dep_ in ("aux", "auxpass") and right and helper.i > subject.i:
                    start = helper.idx - sentence.span.start_char
                    edits.append((start, start + len(helper.text), right))
    return edits


def _verbs_of(subject: Token) -> list[Token]:
    """The subject's verb and the verbs joined to it that have no subject of their own."""
    verb = subject.head
    joined = [c for c in verb.children if c.dep_ == "conj"
              and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]  # fmt: skip
    return [verb, *joined]


def _commas_before_the_verb(sentence: Sentence) -> list[Edit]:
    """ "The fisheries which were idle in town, now teem with fish": one comma between a
    subject and its verb, with no comma in the subject to pair it ("The port, once idle, now
    …" keeps its commas), left out."""
    span = sentence.span
    root = span.root
    subject = next((c for c in root.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i != span.start:
        return []
    after = subject.right_edge.i + 1
    if after >= root.i or span.doc[after].text != ",":
        return []
    if any(t.text == "," for t in span.doc[span.start : after]):
        return []
    comma = span.doc[after]
    if comma.head != root or any(
        t.head != root or t.dep_ not in _BEFORE_A_VERB for t in span.doc[after + 1 : root.i]
    ):
        return []  # "The minister, however, said", "Leaders of China, Russia and India met"
    start = comma.idx - span.start_char
    return [(start, start + 1, "")]


_ASIDES = frozenset({"relcl", "appos"})


def _asides_left_open(sentence: Sentence) -> list[Edit]:
    """ "The bank, which was founded in 1993 has branches in nine countries": an aside after
    the subject opened with a comma and run into the verb with none to close it gets its
    closing comma."""
    span = sentence.span
    root = span.root
    subject = next((c for c in root.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return []
    aside = next((c for c in subject.rights if c.dep_ in _ASIDES), None)
    if aside is None or aside.right_edge != subject.right_edge:
        return []
    if subject.left_edge.i > span.start and span.doc[subject.left_edge.i - 1].text == ",":
        return []  # "In Almaty, Kazakhstan’s biggest city, Republic Square was closed": the
        # "subject" is the place's description, its "aside" the real subject
    if any(c.dep_ in ("cc", "conj") for c in (*aside.children, *subject.children)):
        return []  # "The former ambassador, a lawmaker and other figures are": a list
    opening = aside.left_edge.i - 1
    if span.doc[opening].text != "," or span.doc[opening].head != subject:
        return []
    closing = subject.right_edge
    if closing.text == "," or (closing.i + 1 < span.end and span.doc[closing.i + 1].text == ","):
        return []  # closed already: "Uzbekistan, whose … Kyrgyzstan, uses …"
    after = subject.right_edge.i + 1
    if after > root.i or any(
        t.head != root or t.dep_ not in _BEFORE_A_VERB for t in span.doc[after : root.i]
    ):
        return []  # "The port of Aktau, once idle in 2005, now handles grain"
    end = subject.right_edge.idx + len(subject.right_edge) - span.start_char
    return [(end, end, ",")]

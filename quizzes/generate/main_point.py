"""What a sentence is mainly about, read from its parse.

A sentence says one main thing and hangs side details on it: "Kazakhstan produces 20,000 tonnes
of uranium, contributing over 40 percent of world exports" reports the tonnes; "Chevron owns 50
percent of the venture, with Exxon at 25 percent" reports Chevron's share. The main point lies on
the main clause; a side detail sits in a clause or a "with" phrase hung on it, and who says it
("According to the World Bank, ...") is beside what is said. Of a change and the level it
reached, the level is the point: "raised its rate by 75 basis points to 11.25 percent" and
"climbed to 9.4 percent from 6.1 percent" report the new rate, while the change ("by") and the
earlier level ("from") are details. When two questions of one sentence give each other away, a
teacher keeps the one about the main point.

Some figures are never the point: a small count of the things that did what the clause reports
("seven drones attacked the station": what was attacked is the news), a figure in a description
set beside the subject ("Turkmenistan, a nation of 5.5 million, holds ...": what it holds is the
news) and one in an aside opened by "with ... being" ("30 tunnels of 90 km in all, with the
longest being a 12 km tunnel under the pass"). Nor is a name that only labels a thing the sentence
names by its kind ("the construction of the Qosh Tepa canal is affecting ...") where the article
is about that thing: what is said of it is the news.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizzes.generate.amounts import word_number
from quizzes.generate.document import COUNTRY_NOUNS, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Token

# Clauses hung on a sentence as a side detail ("..., contributing over 40 percent", "..., which
# ...", "... and accounts for 10 percent"); "aims to raise" (xcomp) and "said that ..." (ccomp)
# carry the main point on.
_SIDE_CLAUSES = frozenset({"advcl", "acl", "relcl", "parataxis", "conj"})
_ADJUNCTS = frozenset({"prep", "npadvmod", "advmod", "agent"})
_LEVEL_REACHED = "to"
_CHANGE_OR_EARLIER = frozenset({"by", "from"})
_PERIOD_START = "from"
_PERIOD_ENDS = frozenset({"to", "until", "till", "through"})
# Up to a dozen doers are counted as colour; beyond that the count is the scale of the news.
SMALL_COUNT = 12
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _answer_tokens(sentence: Sentence, answer: str) -> list[Token]:
    """The tokens of the answer's words in the sentence (none when it does not state them)."""
    span = sentence.span
    start = span.text.find(answer) if answer else -1
    if start < 0:
        return []
    first, last = span.start_char + start, span.start_char + start + len(answer)
    return [t for t in span if first <= t.idx < last]


def _answer_head(sentence: Sentence, answer: str) -> Token | None:
    """The token that heads the answer's words in the sentence, if the sentence states them."""
    tokens = _answer_tokens(sentence, answer)
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    return heads[0] if heads else None


_SAYING = frozenset({"say", "tell", "add", "note", "state", "announce", "explain", "report"})


def holder_of_figure(sentence: Sentence, answer: str) -> Token | None:
    """The subject of the clause that states a figure: whose figure it is ("Omarov got 3.4
    percent": Omarov); None when the answer is no figure the sentence states."""
    head = _answer_head(sentence, answer)
    if head is None or not head.like_num:
        return None
    verb = next((t for t in head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() in _SAYING:
        return None  # "as the minister told reporters, out of 10,000 visitors ...": not his
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects else None


# Sources whose year of coming out dates the source, not what it found.
_SOURCES = frozenset({"study", "report", "survey", "paper", "review", "analysis", "assessment",
                      "poll", "book", "research"})  # fmt: skip
_COMING_OUT = frozenset({"release", "publish", "issue"})


def dates_a_source(sentence: Sentence, year: str) -> bool:
    """The year is when a study or report came out ("A UN study released in 2019
    found ..."): bibliography beside what the source found."""
    verb = _verb_of_year(sentence, year)
    if verb is None or verb.lemma_.lower() not in _COMING_OUT:
        return False
    if verb.dep_ == "acl":
        source = verb.head  # "a study released in 2018"
    else:
        source = next((c for c in verb.children if c.dep_ == "nsubjpass"), verb)
    return source.lemma_.lower() in _SOURCES


# Words for headway that name no thing: "progress was made" says nothing until it says in what.
_HEADWAY = frozenset({"progress", "headway", "advance", "improvement", "step", "stride"})


def dates_vague_headway(sentence: Sentence, year: str) -> bool:
    """The year is when unnamed headway was made ("significant progress was made in 2017"),
    not headway in something ("progress on the Kambarata dam was made in 2021")."""
    verb = _verb_of_year(sentence, year)
    if verb is None:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        s.lemma_.lower() in _HEADWAY and not any(c.dep_ == "prep" for c in s.children)
        for s in [*subjects, _word_before_verb_group(sentence, verb)]
    )


def _word_before_verb_group(sentence: Sentence, verb: Token) -> Token:
    """The word before a verb and its auxiliaries: its subject, where the parser hung the
    verb elsewhere ("... for the government and significant progress was made")."""
    i = verb.i - 1
    while i > sentence.span.start and verb.doc[i].dep_ in ("aux", "auxpass", "advmod", "neg"):
        i -= 1
    return verb.doc[max(i, sentence.span.start)]


def _verb_of_year(sentence: Sentence, year: str) -> Token | None:
    """The verb a year dates through "in" ("released in 2018", "was made in 2018")."""
    token = _answer_head(sentence, year)
    if token is None or token.dep_ != "pobj" or token.head.lower_ != "in":
        return None
    return token.head.head


def opens_a_period(sentence: Sentence, answer: str) -> bool:
    """The answer only opens a period the sentence states ("from 1961 to 2012", "delay ...
    from the originally planned 2005 until well into the next decade"): the period, or where
    it ended, is the point, not the year it began."""
    tokens = _answer_tokens(sentence, answer)
    head = _answer_head(sentence, answer)
    if head is None or tokens[-1].i + 1 >= sentence.span.end:
        return False
    after = sentence.span.doc[tokens[-1].i + 1]
    return after.lower_ in _PERIOD_ENDS and any(
        ancestor.lower_ == _PERIOD_START and ancestor.dep_ == "prep"
        for ancestor in list(head.ancestors)[:2]
    )


def centrality(sentence: Sentence, answer: str) -> float:
    """How much the answer is the sentence's main point: 1 for a subject or object of the main
    clause, less for each place, time or manner phrase and each side detail between it and the
    main verb; 0 when the sentence does not state it."""
    token = _answer_head(sentence, answer)
    if token is None:
        return 0.0
    side = int(_after_a_closing_with(sentence, token)) + int(_the_whole_of_a_part(token))
    adjuncts = 0
    for link in _links(sentence, token):
        if _is_side_clause(link) or _change_beside_a_level(link) or _attribution(link):
            side += 1
        elif _level_after_a_change(link):
            continue  # "to 11.25 percent" after "by 75 basis points": the verb's result
        elif link.dep_ in _ADJUNCTS:
            adjuncts += 1
    return 1.0 / (1.0 + side + 0.5 * adjuncts)


def _the_whole_of_a_part(token: Token) -> bool:
    """ "votes from 59 of the 101 MPs", "61 of 66 members": the total beside the part it
    counts; the part is the point."""
    if not token.like_num:
        return False
    before = token.doc[max(0, token.i - 3) : token.i]
    words = [t.lower_ for t in before]
    return "of" in words and any(t.like_num for t in before[: words.index("of")])


def _links(sentence: Sentence, token: Token) -> list[Token]:
    """The tokens from the answer's head up to (not including) the sentence's main verb."""
    chain = []
    while token.head.i != token.i and token.i != sentence.span.root.i:
        chain.append(token)
        token = token.head
    return chain


def _attribution(link: Token) -> bool:
    """ "According to the World Bank, ...": who says it, beside what is said."""
    return link.dep_ == "prep" and link.lower_ == "according"


def _is_side_clause(token: Token) -> bool:
    if token.dep_ not in _SIDE_CLAUSES:
        return False
    # Two names joined by "and" are one list, not a clause: only a verb's "and ..." is a side.
    return token.dep_ != "conj" or token.pos_ in ("VERB", "AUX")


def _change_beside_a_level(link: Token) -> bool:
    """ "by 75 basis points" or "from 6.1 percent" beside the figure the verb reached ("to
    11.25 percent", "hit 8.7 percent")."""
    return (
        link.dep_ == "prep"
        and link.lower_ in _CHANGE_OR_EARLIER
        and _has_figure(link)
        and any(
            other is not link
            and _has_figure(other)
            and (other.dep_ == "dobj" or (other.dep_ == "prep" and other.lower_ == _LEVEL_REACHED))
            for other in link.head.children
        )
    )


def _level_after_a_change(link: Token) -> bool:
    """ "to 11.25 percent" beside "by 75 basis points" or "from 6.1 percent"."""
    return (
        link.dep_ == "prep"
        and link.lower_ == _LEVEL_REACHED
        and _has_figure(link)
        and any(
            other.dep_ == "prep" and other.lower_ in _CHANGE_OR_EARLIER and _has_figure(other)
            for other in link.head.children
        )
    )


def _has_figure(token: Token) -> bool:
    return any(word.like_num for word in token.subtree)


def _after_a_closing_with(sentence: Sentence, token: Token) -> bool:
    """A ", with" that opens a closing detail of the main clause comes before the answer
    ("Chevron owns 50 percent, with Exxon at 25 percent")."""
    return any(
        word.lower_ == "with"
        and word.dep_ == "prep"
        and word.i > sentence.span.start
        and word.doc[word.i - 1].text == ","
        and not any(_is_side_clause(link) for link in _links(sentence, word))
        for word in sentence.span[: token.i - sentence.span.start]
    )


def counts_the_doers(sentence: Sentence, answer: str) -> bool:
    """The figure only counts the things that did what the clause reports to something it names
    ("seven drones attacked the pumping station", "three firms won the tender"): what they did,
    and to what, is the point. Not a count of those something was done to ("three people were
    killed": the toll is the news), nor of countries ("six states founded the union": its
    members), nor a measure ("5 tonnes"), nor a count beyond a dozen."""
    head = _figure_head(sentence, answer)
    if head is None or head.dep_ != "nummod":
        return False
    value = word_number(head.text)
    things, verb = head.head, head.head.head
    return (
        value is not None
        and value <= SMALL_COUNT
        and things.dep_ == "nsubj"
        and things.tag_ == "NNS"
        and things.lemma_.lower() not in COUNTRY_NOUNS  # "six states created ...": members
        and verb.pos_ == "VERB"
        and any(child.dep_ == "dobj" for child in verb.children)
    )


def describes_the_subject(sentence: Sentence, answer: str) -> bool:
    """The figure sits in a description set beside the main clause's subject ("Turkmenistan, a
    nation of 5.5 million, holds the fourth-largest gas reserves"): what the sentence says of
    the subject is the point, the description is background."""
    head = _figure_head(sentence, answer)
    if head is None:
        return False
    root = sentence.span.root
    return any(
        link.dep_ == "appos"
        and link.head.dep_ in _SUBJECTS
        and link.head.head.i == root.i
        and _set_off_after(link, link.head)
        for link in _links(sentence, head)
    )


def in_a_with_aside(sentence: Sentence, answer: str) -> bool:
    """The figure sits in an aside opened by "with" and a verb ("30 tunnels of 90 km in all,
    with the longest being a 12 km tunnel under the pass", "with most of them coming from Osh"):
    a detail hung on what the sentence says. Not the trade of a partnership the sentence
    reports ("became its biggest trading partner, with two-way trade topping $41 billion"): that
    is its measure."""
    head = _figure_head(sentence, answer)
    if head is None:
        return False
    return any(
        link.dep_ == "pcomp" and link.head.lower_ == "with" and link.pos_ in ("VERB", "AUX")
        and not any(c.dep_ == "nsubj" and c.lemma_.lower() in TRADE_NOUNS for c in link.children)
        for link in _links(sentence, head)
    )  # fmt: skip


# What trade between two sides is measured as.
TRADE_NOUNS = frozenset({"trade", "turnover"})


def _set_off_after(description: Token, name: Token) -> bool:
    """The description opens with a comma right after the name it describes ("Turkmenistan, a
    nation of ..."), not somewhere later in the sentence."""
    start = description.left_edge.i
    return start - 2 == name.i and description.doc[start - 1].text == ","


def _figure_head(sentence: Sentence, answer: str) -> Token | None:
    """The number token of a figure the sentence states, written as the answer is ("5.5") or
    in words ("seven" for "7")."""
    head = _answer_head(sentence, answer)
    if head is not None:
        return head if head.like_num else None
    value = word_number(answer)
    if value is None:
        return None
    return next((t for t in sentence.span if t.like_num and word_number(t.text) == value), None)


def labels_a_thing(sentence: Sentence, answer: str) -> bool:
    """The answer is a name put before a common noun the sentence names a thing by ("the Qosh
    Tepa canal", "the Rogun Dam project"), not the thing the clause is about ("production at
    Galkynysh, the gas field")."""
    head = _answer_head(sentence, answer)
    if head is None or head.dep_ != "compound" or head.pos_ != "PROPN":
        return False  # "the Kumtor gold mine": what it mines is no label
    while head.dep_ == "compound":  # "the Qosh Tepa Canal project": the project
        head = head.head
    return head.pos_ == "NOUN"

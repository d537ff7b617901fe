"""Results of an election: the seats a named party won ("The MPP won a total of 68 seats", "the
Democratic Party secured 42 seats", "the party won 68 of the 126 seats") and the share of the
vote a named party or candidate won ("Mirziyoyev was re-elected with 87.05 percent of the vote",
"the SDPK came first with 27.56 percent of the votes", "X has taken 72.97% of the votes").

And the turnout ("the turnout amounted to 61.56%", "Turnout stood at 45 percent") of the one
vote the article reports: an article about one country that speaks of one kind of vote (a
referendum or an election, in the singular) names it ("the referendum in Kazakhstan"). Of its
one referendum, also the share in favour ("the count showed 78.2% in favour versus 13.4%
against", "91 percent of voters voted in favour of the amendments") and its outcome ("the
referendum on the new constitution passed", "the referendum was recognized as valid"), asked
with outcomes that cannot be true beside it as wrong options ("What was the outcome of the
referendum in Kyrgyzstan?").

The fact: who (a person or an organisation the sentence names), what they won, and the figure;
for a turnout or a share in favour, the vote it was of. Only results already in (the verb in
the past); a forecast ("is expected to win most seats") is not one. Questions ask the figure by
the winner's name: "How many seats did the Mongolian People's Party win?", "What share of the
vote did Shavkat Mirziyoyev win, in %?", and by the vote: "What share of voters took part in
the referendum in Kazakhstan, in %?", "What share of the vote in the referendum in Kyrgyzstan
was in favour, in %?" (not where the article gives the vote two turnouts, or two shares).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizzes.generate.amounts import Amount, read_amount, word_number
from quizzes.generate.ask import TOPIC_EVENTS, TOPIC_FIGURES, Ask, origin
from quizzes.generate.document import ArticleDoc, Entity, Sentence, name_start
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import COUNTRY, ORG, PERSON, country_as_written
from quizzes.generate.patterns.quantity import qualifier_note
from quizzes.generate.questions import (
    Candidate,
    numeric,
    single_choice,
    with_the_before_a_body,
)
from quizzes.generate.whole_words import whole_words

if TYPE_CHECKING:
    from spacy.tokens import Token

KIND = "election"
NEAR_SHARE_POINTS = 10  # percentage points
SEATS = "seats"
VOTE = "vote"
TURNOUT = "turnout"
IN_FAVOUR = "in favour"
_REFERENDUM = "referendum"
_FAVOUR = frozenset({"favour", "favor"})
# Nouns that say a sentence is about a popular vote's result.
_BALLOT_NOUNS = frozenset({_REFERENDUM, "vote", "voter", "ballot", "count", "tally", "result"})
_PERCENT_WORDS = frozenset({"%", "percent", "cent"})
_TURNOUT_VERBS = frozenset({"be", "amount", "stand", "reach", "total"})
_VOTE_KINDS = frozenset({_REFERENDUM, "election"})
_WINNING_VERBS = frozenset({"win", "secure", "obtain", "take", "gain", "receive", "get",
                            "capture", "garner", "collect", "elect", "re-elect", "reelect",
                            "come", "finish", "lead"})  # fmt: skip
_VOTE_NOUNS = frozenset({"vote", "votes", "ballot", "ballots"})
_PAST_TAGS = frozenset({"VBD", "VBN"})
APPROVED, REJECTED = "It was approved", "It was rejected"
VALID, INVALID = "It was declared valid", "It was declared invalid"
POSTPONED, CANCELLED = "It was postponed", "It was cancelled"
# Each outcome with outcomes that cannot be true beside it ("declared valid" says nothing of
# whether it was approved).
_WRONG_OUTCOMES = {
    APPROVED: (REJECTED, INVALID, POSTPONED),
    REJECTED: (APPROVED, INVALID, POSTPONED),
    VALID: (INVALID, POSTPONED, CANCELLED),
}
# What a referendum did ("passed"), or what was done to it ("was approved", "voters rejected it");
# not "failed", which may mean too few voters came.
_REFERENDUM_DID = {"pass": APPROVED}
_DONE_TO_A_REFERENDUM = {"approve": APPROVED, "endorse": APPROVED, "back": APPROVED,
                         "support": APPROVED, "reject": REJECTED, "defeat": REJECTED}  # fmt: skip
_RULED = frozenset({"recognize", "recognise", "declare", "deem", "rule"})  # "... valid"
_OTHER_OUTCOMES = re.compile(r"\b(?:invalid|postpon\w*|annul\w*|cancel\w*|repeat\w*)\b", re.I)
_RESULT_NOUNS = frozenset({"result", "count", "tally"})


@dataclass(frozen=True)
class ReferendumOutcomeFact(Fact):
    vote: str  # "the referendum in Kyrgyzstan"
    outcome: str  # APPROVED, REJECTED or VALID

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.vote.lower(), self.outcome)

    def describe(self) -> str:
        return f"{self.vote}: {self.outcome.lower()}"


@dataclass(frozen=True)
class ElectionResultFact(Fact):
    winner: str  # as the sentence names them: "the Mongolian People's Party", "Mirziyoyev";
    # for a turnout or a share in favour, the vote: "the referendum in Kazakhstan"
    what: str  # SEATS, VOTE, TURNOUT or IN_FAVOUR
    amount: Amount

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.winner.lower(), self.what, self.amount.value)

    def describe(self) -> str:
        if self.what == TURNOUT:
            return f"the turnout in {self.winner} was {self.amount.text}"
        if self.what == IN_FAVOUR:
            return f"{self.amount.text} of the vote in {self.winner} was in favour"
        won = "seats" if self.what == SEATS else "of the vote"
        return f"{self.winner} won {self.amount.text} {won}"


def find(
    sentence: Sentence, doc: ArticleDoc
) -> Iterator[ElectionResultFact | ReferendumOutcomeFact]:
    for token in sentence.span:
        if token.lemma_.lower() == _REFERENDUM and token.tag_ == "NN":
            outcome = _outcome(token, sentence, doc)
            if outcome is not None:
                yield outcome
            continue
        if token.lower_ == "turnout":
            turnout = _turnout(token, sentence, doc)
            if turnout is not None:
                yield turnout
            continue
        if token.lower_ in _PERCENT_WORDS:
            favour = _in_favour(token, sentence, doc)
            if favour is not None:
                yield favour
            continue
        if token.lower_ == "seats":
            found = _seats(token)
        elif token.lower_ in _VOTE_NOUNS and token.head.lower_ == "of":
            found = _vote_share(token, sentence)
        else:
            continue
        if found is None:
            continue
        verb, amount, what = found
        winner = _winner(verb, sentence, doc)
        if winner is not None and amount.value > 0:
            yield ElectionResultFact(sentence.evidence, sentence.index, sentence.from_caption,
                                     winner, what, amount)  # fmt: skip


def _seats(seats: Token) -> tuple[Token, Amount, str] | None:
    """ "won 42 seats", "won a total of 68 seats", "won 68 of the 126 seats"."""
    number = next((c for c in seats.children if c.dep_ == "nummod"), None)
    head = seats
    if seats.dep_ == "pobj" and seats.head.lower_ == "of":
        whole = seats.head.head  # "68 of the 126 seats": the part is the number before "of"
        if whole.pos_ == "NUM":
            number, head = whole, whole
        elif whole.lower_ == "total":
            head = whole
    if number is None or head.dep_ != "dobj":
        return None
    value = word_number(number.text)
    if value is None or not value.is_integer():
        return None
    return head.head, Amount(value, SEATS, "", number.text, number.text), SEATS


def _vote_share(vote: Token, sentence: Sentence) -> tuple[Token, Amount, str] | None:
    """ "won 87.05 percent of the vote", "came first with 27.56 percent of the votes"."""
    share = vote.head.head  # "percent", "%"
    entity = sentence.entity_at(share.i)
    if entity is None or entity.label != "PERCENT":
        return None
    amount = read_amount(entity.text, entity.label)
    if amount is None or amount.unit != "%":
        return None
    if share.dep_ == "dobj":
        return share.head, amount, VOTE
    if share.dep_ == "pobj" and share.head.lower_ == "with":
        return share.head.head, amount, VOTE
    return None


def _winner(verb: Token, sentence: Sentence, doc: ArticleDoc) -> str | None:
    """The party or person who won, named by the sentence, of a result already in."""
    if verb.lemma_.lower() not in _WINNING_VERBS or not _result_in(verb):
        return None
    # "Mirziyoyev was re-elected": the parser may hang the subject on the auxiliary
    heads = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    subjects = [c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return None
    subject = subjects[0]
    named = _named(subject, sentence)
    if named is None:  # "the main opposition Democratic Party": the name in apposition
        appositive = next((c for c in subject.children if c.dep_ == "appos"), None)
        named = _named(appositive, sentence) if appositive is not None else None
    if named is None:
        return _party_named_before_its_noun(subject)
    # "the Hun Party", "the main opposition Democratic Party", "Batbold's MPP": a party named
    # with an article or an owner is "the" party
    before = subject.doc[named.first_token - 1].lower_ if named.first_token else ""
    determined = before in ("the", "’s", "'s") or any(
        c.dep_ == "poss" or c.lower_ == "the" for c in subject.children
    )
    spelled = doc.acronyms.get(named.text)  # "the MPP": the Mongolian People's Party
    if spelled is not None:
        return spelled if spelled.lower().startswith("the ") else f"the {spelled}"
    return ("the " if named.kind == ORG and determined else "") + named.text


def _result_in(verb: Token) -> bool:
    """A result already in: the verb in the past ("won"), or the results show it ("official
    results show the party winning"); not a forecast ("polls show the party winning")."""
    if verb.tag_ in _PAST_TAGS:
        return True
    shown = verb.tag_ == "VBG" and verb.dep_ == "ccomp" and verb.head.lemma_ == "show"
    return shown and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _RESULT_NOUNS for c in verb.head.children
    )


def _turnout(noun: Token, sentence: Sentence, doc: ArticleDoc) -> ElectionResultFact | None:
    """ "the turnout amounted to 61.56%", "Turnout stood at 45 percent", "The turnout was 80
    percent", "… cast their ballots, with the turnout reaching 85%": a share already in, of the
    article's one vote."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ not in _TURNOUT_VERBS:
        return None
    if any(_of_a_part(c) for c in noun.children):
        return None  # "the turnout abroad", "the turnout in Almaty", "youth turnout": a part
    if verb.tag_ not in _PAST_TAGS and not _with_a_past_clause(verb):
        return None
    if _PART_OF_THE_DAY.search(sentence.text) or sentence.entities_of("time"):
        return None  # "34.31% an hour before the end of voting", "as of 10:00": not the final
    shares = [c for c in verb.children if c.dep_ in ("attr", "dobj")]
    shares += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "at")
               for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    entities = [e for t in shares if (e := sentence.entity_at(t.i)) is not None]
    if len(entities) != 1 or entities[0].label != "PERCENT":
        return None
    amount = read_amount(entities[0].text, entities[0].label)
    vote = _the_vote(doc)
    if amount is None or amount.unit != "%" or vote is None:
        return None
    return ElectionResultFact(sentence.evidence, sentence.index, sentence.from_caption, vote,
                              TURNOUT, amount)  # fmt: skip


# A turnout counted while voting went on: "an hour before the end of voting", "by noon".
_PART_OF_THE_DAY = re.compile(
    r"\bbefore (?:the )?(?:end|close) of (?:voting|the vote|polling)|\bby (?:noon|midday)\b"
    r"|\bas of \d",
    re.IGNORECASE,
)
_WHOLE_TURNOUT = frozenset({"voter", "overall", "total", "final", "national", "nationwide",
                            "preliminary", "official", "general"})  # fmt: skip


def _of_a_part(word: Token) -> bool:
    """A word saying the turnout is of some voters only: "abroad", "in Almaty", "youth"."""
    if word.dep_ == "prep" and word.lower_ == "of":  # "the turnout of the voters in Yerevan"
        return any(_of_a_part(c) for o in word.children for c in o.children)
    if word.dep_ in ("advmod", "prep"):
        return True
    return word.dep_ in ("amod", "compound") and word.lemma_.lower() not in _WHOLE_TURNOUT


def _with_a_past_clause(verb: Token) -> bool:
    """ "… voters cast their ballots, with the turnout reaching 85%": the -ing of a "with" hung
    on a verb in the past."""
    with_ = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and with_.lower_ == "with"
        and with_.head.tag_ in _PAST_TAGS
    )


def _in_favour(share: Token, sentence: Sentence, doc: ArticleDoc) -> ElectionResultFact | None:
    """ "The count showed 78.2% in favour versus 13.4% against", "91 percent of voters voted in
    favour of the amendments": the one share a verb in the past puts in favour, in a sentence
    about the vote (not "62% of lawmakers voted in favour of the bill"), of the article's one
    vote, a referendum."""
    verb = share.head
    if share.dep_ not in ("dobj", "nsubj") or verb.tag_ not in _PAST_TAGS:
        return None
    if not any(t.pos_ == "NOUN" and t.lemma_.lower() in _BALLOT_NOUNS for t in sentence.span):
        return None
    if not any(_is_in_favour(c) for c in (*share.children, *verb.children)):
        return None
    shares = [c for c in verb.children if c.dep_ in ("dobj", "nsubj") and _is_share(c, sentence)]
    entity = sentence.entity_at(share.i)
    if shares != [share] or entity is None:
        return None
    amount = read_amount(entity.text, entity.label)
    vote = _the_vote(doc, frozenset({_REFERENDUM}))
    if amount is None or amount.unit != "%" or vote is None:
        return None
    return ElectionResultFact(sentence.evidence, sentence.index, sentence.from_caption, vote,
                              IN_FAVOUR, amount)  # fmt: skip


def _is_share(token: Token, sentence: Sentence) -> bool:
    entity = sentence.entity_at(token.i)
    return entity is not None and entity.label == "PERCENT"


def _is_in_favour(token: Token) -> bool:
    return (
        token.dep_ == "prep"
        and token.lower_ == "in"
        and any(c.dep_ == "pobj" and c.lower_ in _FAVOUR for c in token.children)
    )


def _outcome(
    referendum: Token, sentence: Sentence, doc: ArticleDoc
) -> ReferendumOutcomeFact | None:
    """ "The referendum on the new constitution passed", "the referendum was approved", "voters
    rejected the referendum", "the referendum was recognized as valid": the outcome, already in
    and not denied, of the article's one referendum."""
    verb = referendum.head
    lemma = verb.lemma_.lower()
    if referendum.dep_ == "nsubj":
        outcome = _REFERENDUM_DID.get(lemma)
    elif referendum.dep_ == "nsubjpass" or (
        referendum.dep_ == "dobj"
        and any(c.dep_ == "nsubj" and c.lemma_.lower() == "voter" for c in verb.children)
    ):
        outcome = _DONE_TO_A_REFERENDUM.get(lemma) or (VALID if _ruled_valid(verb) else None)
    else:
        return None
    denied = any(c.dep_ == "neg" for c in verb.children)
    if outcome is None or denied or verb.tag_ not in _PAST_TAGS:
        return None
    vote = _the_vote(doc, frozenset({_REFERENDUM}))
    if vote is None or _OTHER_OUTCOMES.search(doc.text):
        return None
    return ReferendumOutcomeFact(sentence.evidence, sentence.index, sentence.from_caption, vote,
                                 outcome)  # fmt: skip


def _ruled_valid(verb: Token) -> bool:
    """ "was recognized as valid", "was declared valid"."""
    if verb.lemma_.lower() not in _RULED:
        return False
    ruled = [*verb.children, *(o for p in verb.children if p.lower_ == "as" for o in p.children)]
    return any(word.lower_ == "valid" for word in ruled)


def _the_vote(doc: ArticleDoc, of: frozenset[str] = _VOTE_KINDS) -> str | None:
    """The vote a turnout is of, as a question can name it: "the referendum in Kazakhstan", with
    the year and the kind the article gives it where it gives one of each ("the 2021
    presidential election in Kyrgyzstan"); None unless the article speaks of one kind of vote
    `of` these, in the singular (not within a name: "the Central Election Commission"), and is
    about one country (its subject, or the only country it names)."""
    nouns = [
        t
        for s in doc.sentences
        for t in s.span
        if t.tag_ == "NN" and t.lemma_.lower() in of and s.entity_at(t.i) is None
    ]
    spoken_of = {t.lemma_.lower() for s in doc.sentences for t in s.span
                 if t.tag_ == "NNS" and t.lemma_.lower() in _VOTE_KINDS
                 and s.entity_at(t.i) is None}  # fmt: skip
    # "the presidential elections" beside "the referendum on the Constitution": which?
    kinds = {t.lemma_.lower() for t in nouns} | (spoken_of & of)
    # "in Uzbekistan", not "in Republic of Uzbekistan" as the subject may be written
    countries = [country_as_written(e.name) for e in doc.subjects if e.kind == COUNTRY]
    if not countries and doc.home_country is not None:
        countries = [country_as_written(doc.home_country)]  # "Tajikistan's election commission"
    if len(kinds) != 1 or len(countries) != 1:
        return None
    words = [c for t in nouns for c in t.children if c.i < t.i]
    years = {c.text for c in words if _YEAR.fullmatch(c.text)} or _year_of_the_vote(nouns, doc)
    sorts = {c.lower_ for c in words if c.lower_ in _SORTS_OF_VOTE}
    said = [*(years if len(years) == 1 else ()), *(sorts if len(sorts) == 1 else ())]
    return " ".join(["the", *said, kinds.pop(), "in", countries[0]])


def _year_of_the_vote(nouns: list[Token], doc: ArticleDoc) -> set[str]:
    """The year the sentences naming the vote date it to ("the election held on June 9,
    2019"), else the year the page was published: "Tokayev won … in the election" has no year
    a student can tell, and a president wins more than one."""
    dated = {
        year
        for s in doc.sentences
        if any(s.span.start <= t.i < s.span.end and t.doc is s.span.doc for t in nouns)
        for e in s.entities_of("date")
        for year in _YEAR.findall(e.text)
    }
    if dated:
        return dated
    return {str(doc.published.year)} if doc.published is not None else set()


_YEAR = re.compile(r"(?:19|20)\d\d")
_SORTS_OF_VOTE = frozenset({"presidential", "parliamentary", "local", "municipal", "snap",
                            "early", "constitutional", "legislative"})  # fmt: skip


_PARTY_NOUNS = frozenset({"party", "bloc", "coalition", "movement", "alliance"})


def _party_named_before_its_noun(subject: Token) -> str | None:
    """ "the ruling Georgian Dream party": a party the model tagged no name for, named by the
    proper nouns before "party"."""
    if subject.lemma_.lower() not in _PARTY_NOUNS:
        return None
    start = name_start(subject, subject.sent.start)
    if start == subject.i:
        return None
    return "the " + subject.doc[start : subject.i + 1].text


def _named(token: Token, sentence: Sentence) -> Entity | None:
    entity = sentence.entity_at(token.i)
    return entity if entity is not None and entity.kind in (ORG, PERSON) else None


def questions(
    fact: ElectionResultFact | ReferendumOutcomeFact, ask: Ask
) -> Iterator[Candidate | None]:
    if isinstance(fact, ReferendumOutcomeFact):
        yield _outcome_question(fact)
        return
    if fact.what == TURNOUT:
        yield _turnout_question(fact, ask)
        return
    if fact.what == IN_FAVOUR:
        yield _in_favour_question(fact, ask)
        return
    if fact.what == VOTE and _another_share_given(fact, ask.doc):
        return  # an exit poll's 93.9% beside the commission's 92.3%: which did he win?
    vote = _the_vote(ask.doc)
    in_the_vote = f" in {vote}" if vote is not None else ""  # "… in the 2020 election in Peru"
    if fact.what == SEATS:
        prompt = f"According to the article, how many seats did {fact.winner} win{in_the_vote}?"
        prompt = with_the_before_a_body(prompt)
        unit = None
        explanation = f"The article says {fact.winner} won {fact.amount.text} seats."
    else:
        prompt = with_the_before_a_body(f"According to the article, what share of the vote did "
                                         f"{fact.winner} win{in_the_vote}, in %?"
                                         f"{qualifier_note(fact.amount)}")  # fmt: skip
        unit = "%"
        explanation = f"The article says {fact.winner} won {fact.amount.text} of the vote."
    yield numeric(
        origin=origin(fact),
        prompt=prompt,
        value=fact.amount.value,
        unit=unit,
        explanation=explanation,
        topic=TOPIC_FIGURES,
        score=0.75,
        answer_text=fact.amount.number_text,
    )


def _another_share_given(fact: ElectionResultFact, doc: ArticleDoc) -> bool:
    """Another sentence gives the winner another share of the votes near this one (a rival's
    small share beside the winner's name is another's)."""
    surname = whole_words(fact.winner.split()[-1])
    for sentence in doc.sentences:
        if sentence.index == fact.sentence or not surname.search(sentence.text):
            continue
        if "vote" not in sentence.text.casefold():
            continue
        for entity in sentence.entities_of("percent"):
            amount = read_amount(entity.text, entity.label)
            if amount is None or amount.value == fact.amount.value:
                continue
            if abs(amount.value - fact.amount.value) < NEAR_SHARE_POINTS:
                return True
    return False


def _turnout_question(fact: ElectionResultFact, ask: Ask) -> Candidate | None:
    return _share_of_the_one_vote(
        fact, ask, asked=f"what share of voters took part in {fact.winner}"
    )


def _in_favour_question(fact: ElectionResultFact, ask: Ask) -> Candidate | None:
    return _share_of_the_one_vote(
        fact, ask, asked=f"what share of the vote in {fact.winner} was in favour"
    )


def _share_of_the_one_vote(fact: ElectionResultFact, ask: Ask, *, asked: str) -> Candidate | None:
    """A turnout or a share in favour, asked by the vote; not where the article gives that vote
    two such shares (which one is meant is not said)."""
    shares = {f.amount.value for f in ask.facts_of(ElectionResultFact) if f.what == fact.what}
    if len(shares) > 1:
        return None
    return numeric(
        origin=origin(fact),
        prompt=f"According to the article, {asked}, in %?{qualifier_note(fact.amount)}",
        value=fact.amount.value,
        unit="%",
        explanation=f"The article says {fact.describe()}.",
        topic=TOPIC_FIGURES,
        score=0.75,
        answer_text=fact.amount.number_text,
    )


def _outcome_question(fact: ReferendumOutcomeFact) -> Candidate | None:
    return single_choice(
        origin=origin(fact),
        prompt=f"According to the article, what was the outcome of {fact.vote}?",
        answer=fact.outcome,
        wrong=list(_WRONG_OUTCOMES[fact.outcome]),
        explanation=f"The article says {fact.vote} {fact.outcome.removeprefix('It ')}.",
        topic=TOPIC_EVENTS,
        score=0.7,
    )

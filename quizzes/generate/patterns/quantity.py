"""Quantities: money, volumes, populations, percentages and counts, with their unit and what
they measure ("two-way trade topping $41 billion", "a population of nearly 7 million",
"55 billion cubic metres of gas", "10,000 people came to Astana", "up 12.5%"); of spans of
time, only how long someone held power ("resigned after 30 years in office").

The fact keeps the amount as the article writes it (value in the article's scale, unit,
qualifier) and the noun phrase it measures, read from the parse. Questions: a numeric answer
with the unit and a tolerance fitting the figure's precision, and a choice of figures of the same
order and unit on the sentence itself.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from quizzes.generate.amounts import (
    QUALIFIERS,
    SCALES,
    Amount,
    read_amount,
    same_unit,
    word_number,
)
from quizzes.generate.ask import TOPIC_ECONOMY, TOPIC_FIGURES, Ask, origin
from quizzes.generate.distractors import number_label, wrong_numbers
from quizzes.generate.document import UNIT_SIGNS, ArticleDoc, Entity, Sentence
from quizzes.generate.facts import Fact
from quizzes.generate.knowledge import COUNTRY, country_as_written
from quizzes.generate.main_point import TRADE_NOUNS
from quizzes.generate.questions import (
    Candidate,
    Origin,
    cloze_prompt,
    numeric,
    ordering,
    precision_tolerance,
    single_choice,
)
from quizzes.generate.referents import Stem, clause_stems, standalone_text
from quizzes.generate.relative_year import (
    MONTHS,
    RELATIVE_YEAR,
    dated,
    dates_itself_relatively,
    own_relative_year,
    year_meant,
)
from quizzes.generate.whole_words import whole_words
from quizzes.numbers import parse_number

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

KIND = "quantity"
AMOUNT_KINDS = ("money", "percent", "quantity", "cardinal", "date")
_CLAUSE_DEPS = frozenset({"relcl", "acl", "appos", "punct", "advcl"})
_ARTICLES = frozenset({"a", "an", "the", "its", "their", "his", "her"})
_MEASURE_DEPS = frozenset({"nsubj", "nsubjpass"})
_VAGUE = frozenset({"it", "they", "this", "that", "which", "who", "whose", "whom", "where",
                    "these", "those", "its", "their"})  # fmt: skip
# What a figure can be the figure *for*: "the population", "two-way trade", "the death toll".
MEASURE_NOUNS = frozenset({"population", "area", "trade", "turnover", "gdp", "exports",
                           "imports", "investment", "investments", "budget", "debt", "aid",
                           "assistance", "loan", "toll", "output", "production", "reserves",
                           "length", "capacity", "deaths", "casualties", "growth", "share",
                           "spending", "revenue", "remittances", "inflation", "unemployment",
                           "volume", "supply", "deliveries", "price", "cost", "value",
                           "income", "grant", "funding", "loss", "losses", "profit", "assets",
                           "fine", "damages", "revenues", "deficit", "surplus"})  # fmt: skip
# Wholes a per cent is a share or a change of, never the figure of: "the population of
# Tajikistan is 98 percent Muslim", "the value of the tenge fell 20%".
_WHOLES = frozenset({"population", "value", "area", "budget", "trade", "turnover", "exports",
                     "imports", "gdp", "output", "production", "volume"})  # fmt: skip
_COUNTED = frozenset({"people", "persons", "troops", "soldiers", "members", "countries",
                      "states", "workers", "migrants", "refugees", "residents", "citizens",
                      "students", "delegates", "visitors", "tourists"})  # fmt: skip
_COUNTED_NOUNS = _COUNTED | {"items", "groups", "elections", "summits", "projects"}
_TIME_NOUNS = frozenset({"years", "months", "weeks", "days", "hours", "decades", "centuries",
                         "times", "minutes"})  # fmt: skip
# Holding power: "years in office", "in power for 31 years", "ruled for 26 years".
_POWER = frozenset({"office", "power"})
_RULING_VERBS = frozenset({"rule", "govern", "lead", "head", "reign"})
# What may stand between a number and the noun it counts: "1,300 Mongolian students", not
# "200,000 fewer than half a year earlier" (a comparison, which counts no years).
_NOUN_PHRASE_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM", "PUNCT"})
_LENGTH_UNITS = frozenset({"km", "kilometres", "kilometers", "miles"})
_MONEY_WORDS = frozenset({"trade", "investment", "investments", "loan", "loans", "debt", "aid",
                          "budget", "exports", "imports", "turnover", "gdp", "revenue", "cost",
                          "worth", "value", "funding", "assistance"})  # fmt: skip


@dataclass(frozen=True)
class QuantityFact(Fact):
    amount: Amount
    measure: str  # "two-way trade", "population", "" when the parse does not say
    start: int  # the amount's character offsets in the sentence
    end: int

    kind = KIND

    def key(self) -> tuple[object, ...]:
        return (self.amount.value, self.amount.unit, self.measure)

    def describe(self) -> str:
        return f"{self.measure or 'a figure'}: {self.amount.text}"


_QUALIFIER_BEFORE = re.compile(
    rf"\b({'|'.join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True))})\s+$",
    re.IGNORECASE,
)


def _qualifier_before(text: str) -> str:
    """ "building over 20 reactors" where the model's entity is "20": the qualifier it left out
    (not the "over" of "handed over 16 vehicles")."""
    match = _QUALIFIER_BEFORE.search(text)
    if match is None or _HANDED_OVER.search(text[: match.end()]):
        return ""
    return match.group(1).lower()


_WHOLE = 100.0
_HANDED_OVER = re.compile(r"\b(?:hand|hands|handed|handing|turned|took|taken|passed)\s+over\s+$")


def find(sentence: Sentence, doc: ArticleDoc) -> Iterator[QuantityFact]:
    span = sentence.span
    for entity in sentence.entities_of(*AMOUNT_KINDS):
        last = span.doc[entity.last_token]
        following = _next_word(span, entity)
        if not following and entity.label == "PERCENT" and last.i + 1 < span.end:
            following = span.doc[last.i + 1].text  # "22,200 Uzbeks": a name, no per cent
        start = entity.start
        thousands = _THOUSANDS_BEFORE.search(sentence.text, 0, start)
        if thousands and _GROUP_OF_THREE.match(entity.text):
            start = thousands.start()  # "7 600 tonnes", of which the model took "600 tonnes"
        before = sentence.text[start - 1 : start] if start else ""
        written = sentence.text[start : entity.start] + entity.text
        # The model sometimes leaves the currency sign outside the entity: "$" + "926mn".
        written = before + written if before in ("$", "€", "£", "¥", "₸", "₽") else written
        amount = read_amount(written, entity.label, following) or _count(entity, sentence)
        if amount and not amount.qualifier:
            amount = replace(amount, qualifier=_qualifier_before(sentence.text[:start]))
        if amount and amount.unit is None and following.lower() in MEASUREMENT_WORDS:
            amount = replace(amount, unit=following)  # "1,860 MW": a unit in capitals
        if amount and amount.unit is None:
            amount = replace(amount, unit=_whole_counted(last))  # "68 of the 126 seats"
        measure = _measure(last, span)
        counted = measure.split()[-1].lower() if measure else ""
        if amount and amount.unit is None and counted in _COUNTED_NOUNS:
            amount = replace(amount, unit=counted)  # "1300 Mongolian students"
        tenure = amount is not None and _is_tenure(last)
        if (
            entity.kind == "date"
            and not tenure
            and (amount is None or amount.unit not in _COUNTED_NOUNS)
        ):
            continue  # "over 1300 students" the model took for a date
        if amount is None or _is_year_like(amount, entity) or _in_brackets(sentence, entity):
            continue
        if _TIMES.match(sentence.text, entity.end) or _top_of_a_range(sentence.text[:start]):
            continue  # "80 times more heat" compares; "5 to 6 million": the range is the fact
        if sentence.text[entity.end : entity.end + 1] == "/" or _model_number(entity, sentence):
            continue  # "120 km/h" is a rate; "Embraer 190" a name
        if amount.unit and re.search(r"^[:.]|\d", amount.unit):
            continue  # "from 5:30", "19 million 722 thousand 809": part of a time or a figure
        if _SPLIT_FIGURE.match(sentence.text[entity.end :]) or _FIGURE_BEFORE.search(
            sentence.text[:start]
        ):
            continue  # "1 million 27 thousand hectares": the model read half of one figure
        amount = _unit_without_noun(amount)
        if amount.unit and amount.unit.split()[-1] in MEASURE_NOUNS:
            # "2 million population": the population is what is measured, not the unit
            amount = replace(amount, unit=" ".join(amount.unit.split()[:-1]) or None)
        if (
            entity.kind in ("cardinal", "date")
            and not tenure
            and (amount.unit is None or not _worth_counting(amount, entity, sentence))
            and (_measure_noun(measure) not in MEASURE_NOUNS)
        ):
            continue  # a bare count ("two countries") measures nothing a student should learn
        if "border" in measure.split() and amount.unit in _LENGTH_UNITS:
            continue  # the border pattern asks this
        if _a_kind_not_an_amount(entity, sentence, amount):
            continue  # "a six-time flier", "5-star hotels", "12 oil and gas-producing regions"
        if amount.unit == "%" and amount.value == _WHOLE:
            continue  # "guarantee 100% fulfilment of tasks": a word of exhortation, no figure
        if _TOP_BEFORE.search(sentence.text[:start]):
            continue  # "among the top five trade partners": a rank, not an amount
        if amount.unit == "%" and _FROM_ONE_FIGURE_TO_ANOTHER.search(sentence.text[entity.end :]):
            continue  # "dropping by 41.7%, from $14.7 bn to $8.58 bn": the stem would give it
        yield QuantityFact(sentence.evidence, sentence.index, sentence.from_caption, amount,
                           measure, start, entity.end)  # fmt: skip


def _a_kind_not_an_amount(entity: Entity, sentence: Sentence, amount: Amount) -> bool:
    """The figure is part of a word that says what kind a thing is ("a six-time flier",
    "5-star hotels"; not "a 300-km road" or "the 44-day war", which measure), or it counts a noun
    further on and the word after it is only half of a pair describing that noun ("12 oil and
    gas-producing regions")."""
    number_at = sentence.text.find(amount.number_text, entity.start)
    joined = _HYPHENED_WORD.match(sentence.text, number_at + len(amount.number_text))
    if joined is not None:
        word = joined.group(1).lower()
        return word not in MEASUREMENT_WORDS and word not in _DURATIONS
    number = sentence.span.doc[entity.last_token]
    after = number.i + 1
    return (
        number.dep_ == "nummod"
        and number.head.i > after + 1
        and after + 1 < sentence.span.end
        and sentence.span.doc[after + 1].pos_ == "CCONJ"
    )


_HYPHENED_WORD = re.compile(r"-([A-Za-z]+)\b")
_DURATIONS = frozenset({"year", "month", "week", "day", "hour", "minute", "decade", "century"})


def _top_of_a_range(before: str) -> bool:
    """The figure ends a range the model split: "5 to [6 million cubic meters]" (not a change,
    "from 4,210 to [8,100 soms]")."""
    low = _RANGE_LOW_BEFORE.search(before)
    return low is not None and (low.group(1) or "").lower() != "from"


_TIMES = re.compile(r"\s+times\b")
_TOP_BEFORE = re.compile(r"\btop\s+$", re.IGNORECASE)
_FROM_ONE_FIGURE_TO_ANOTHER = re.compile(r"^[^.;]{0,40}?\bfrom\s+\S*\d[^.;]{0,20}?\bto\s+\S*\d")
_A_WAY_FROM = re.compile(
    r"(?:\s*\([^)]*\))?\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern|wards?)?"
    r"|away|from|outside|off)\b",
    re.IGNORECASE,
)
_RANGE_LOW_BEFORE = re.compile(r"(?:(\w+)\s+)?\d[\d.,]*\s*(?:to|–|—|-)\s*$")
_THOUSANDS_BEFORE = re.compile(r"(?<![\d.,])\d{1,3} $")
_GROUP_OF_THREE = re.compile(r"\d{3}(?![\d,.])")


def _is_tenure(noun: Token) -> bool:
    """ "resigned after nearly 30 years in office", "has been in power for 31 years", "ruled the
    country for 26 years", "served as prime minister for 13 years": how long someone held
    power, which the news of their going or staying turns on (unlike most spans of time:
    "talks lasted three hours")."""
    if noun.lower_ not in _TIME_NOUNS or noun.dep_ != "pobj":
        return False
    verb = noun.head.head
    lemma = verb.lemma_.lower()
    serving = lemma == "serve" and any(c.lower_ == "as" for c in verb.children)  # "as minister"
    if noun.head.lower_ == "for" and (lemma in _RULING_VERBS or serving):
        return True
    holding = [*noun.children, *(verb.children if noun.head.lower_ == "for" else ())]
    return any(
        p.dep_ == "prep" and p.lower_ == "in" and any(o.lower_ in _POWER for o in p.children)
        for p in holding
    )


def _whole_counted(number: Token) -> str | None:
    """ "68 of the 126 seats", "12 out of 15 crossings": the part counts the noun its whole
    counts ("seats"), wherever the parser hangs the "of"."""
    doc = number.doc
    ofs = [p for p in number.children if p.dep_ == "prep" and p.lower_ == "of"]
    if number.i + 2 < len(doc) and doc[number.i + 1].lower_ == "out":
        ofs += [doc[number.i + 2]] if doc[number.i + 2].lower_ == "of" else []
    for prep in ofs:
        for noun in prep.children:
            counts = [c for c in noun.children if c.dep_ == "nummod" and c.like_num]
            if noun.dep_ == "pobj" and noun.tag_ == "NNS" and counts:
                return noun.lower_
    return None


def _model_number(entity: Entity, sentence: Sentence) -> bool:
    """ "the Embraer 190 aircraft", "Sputnik 1": a number that is part of a name; so is one
    with a capital letter run into it ("4D format", "5G networks")."""
    if _LETTER_RUN_IN.fullmatch(entity.text):
        return True
    first = sentence.span.doc[entity.first_token]
    before = sentence.span.doc[first.i - 1] if first.i > sentence.span.start else None
    return before is not None and before.pos_ == "PROPN" and sentence.entity_at(before.i) is None


_LETTER_RUN_IN = re.compile(r"\d+[A-Z]")


def _unit_without_noun(amount: Amount) -> Amount:
    """ "260 km section": the unit is "km"; the section is what is measured."""
    words = (amount.unit or "").split()
    if len(words) < 2 or words[0].lower() not in MEASUREMENT_WORDS:
        return amount
    kept: list[str] = []
    for word in words:
        if word.lower() not in MEASUREMENT_WORDS and kept:
            break
        kept.append(word)
    return replace(amount, unit=" ".join(kept))


def _count(entity: Entity, sentence: Sentence) -> Amount | None:
    """ "four bilateral working groups", "six presidential elections": a number word counting
    the noun it modifies."""
    value = word_number(entity.text)
    token = sentence.span.doc[entity.last_token]
    if value is None or token.dep_ != "nummod" or token.head.pos_ != "NOUN":
        return None
    counted = _hyphenated(token.head, sentence.span).lower()
    return Amount(value, counted, "", entity.text, entity.text)


def _worth_counting(amount: Amount, entity: Entity, sentence: Sentence) -> bool:
    """A count a student should learn: three or more of something, said as news ("four working
    groups", "over 1,300 students"), not a known group ("the five Central Asian states", "its
    two neighbours") nor a span of time."""
    scale = SCALES.get((amount.unit or "").split(" ")[0], 1)  # "1.5 million people"
    if amount.value * scale < 3 or amount.unit in _TIME_NOUNS:
        return False
    if len(re.findall(rf"\b{re.escape(entity.text)}\b", sentence.text)) > 1:
        return False  # "six presidential and six legislative elections": one gives the other
    token = sentence.span.doc[entity.first_token]
    before = sentence.span.doc[token.i - 1] if token.i > sentence.span.start else None
    return before is None or before.lower_ not in _ARTICLES | {"these", "those", "all", "both"}


def _in_brackets(sentence: Sentence, entity: Entity) -> bool:
    """ "200 kilometres (124 mi)", "(in 2021 the growth reached 5.2%)": a figure in brackets is
    a conversion or an aside about another time or place, not the sentence's fact."""
    before = sentence.text[: entity.start]
    return before.count("(") > before.count(")")


_SHAPES = frozenset({"cubic", "square", "cu", "sq"})
_SPLIT_FIGURE = re.compile(r"\s+\d[\d.,]*\s+(?:thousand|hundred|million)\b")
_FIGURE_BEFORE = re.compile(r"\b\d[\d.,]*\s+(?:billion|million|thousand)\s+$")


def _next_word(span: Span, entity: Entity) -> str:
    last = span.doc[entity.last_token]
    after = span.doc[last.i + 1] if last.i + 1 < span.end else None
    if after is not None and after.text in UNIT_SIGNS:
        return after.text  # "a 100 MW capacity battery storage system": megawatts, not systems
    between = span.doc[last.i + 1 : last.head.i] if last.head.i > last.i else None
    if (
        last.dep_ == "nummod"
        and last.head.pos_ == "NOUN"
        and between is not None
        and all(token.pos_ in _NOUN_PHRASE_POS for token in between)
    ):
        shape = [t.text for t in between if t.lower_ in _SHAPES]  # "million cubic meters"
        return " ".join([*shape, last.head.text])  # "five member states": the states counted
    index = entity.last_token + 1
    if index < span.end:
        token = span.doc[index]
        if token.pos_ == "NOUN" and token.lower_ not in MEASURE_NOUNS:
            return _hyphenated(token, span)  # "10,000 people"; not "7 million population"
        if token.lower_ in MEASUREMENT_WORDS and token.is_alpha and not token.is_lower:
            return token.text  # "1,860 MW", maybe tagged a name; "83.55m" is no metres
    return ""


def _is_year_like(amount: Amount, entity: Entity) -> bool:
    """ "1992", "2024 marks a milestone": four digits of a year and no unit of measurement."""
    year = re.fullmatch(r"(?:18|19|20)\d\d", amount.number_text) is not None
    return year and not (amount.unit and _is_measurement(amount.unit))


def _measure(token: Token, span: Span) -> str:
    """The noun phrase an amount measures, from the parse; "" when unclear."""
    head = token.head
    if token.dep_ in ("nummod", "compound", "amod", "quantmod") and head.pos_ == "NOUN":
        return _phrase(head, span, number=token)
    if head.dep_ == "prep" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return _phrase(head.head, span, number=token)
    verb = head if head.pos_ in ("VERB", "AUX") else None
    if verb is not None:
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":  # "trade topping $41 billion"
            return _phrase(verb.head, span, number=token)
        for child in verb.children:
            if child.dep_ in _MEASURE_DEPS and child.pos_ in ("NOUN", "PROPN"):
                return _phrase(child, span, number=token)
    return ""


_FINITE_VERBS = frozenset({"VBD", "VBP", "VBZ", "MD"})


def _had_by_a_thing(noun: Token) -> bool:
    """ "glaciers with a total area of ...": the parse hangs "with" on the noun, or on the verb
    whose object the noun is ("had 8,166 glaciers with ...")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return False
    owner = noun.head.head
    if owner.pos_ == "NOUN":
        return True
    return owner.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < noun.i for c in owner.children
    )


def _a_stretch_of_land(noun: Token) -> bool:
    """ "exploration work across an area of 60,000 km²": some area, where a thing is done."""
    return noun.lemma_.lower() == "area" and noun.dep_ == "pobj" and noun.head.lower_ in _ACROSS


_ACROSS = frozenset({"across", "over", "on", "in", "within", "throughout"})


def _phrase(noun: Token, span: Span, *, number: Token) -> str:
    """The noun with its left modifiers and prepositional right modifiers, without the amount
    itself and without clauses hanging on the noun ("who came ...", ", which ..."). "" when the
    measure is plainly someone else's: "their total area" (a plural owner is never the
    article's country), a noun inside a relative clause ("glaciers, which lie on an area of
    8,100 km²": the glaciers' area) or one a thing has ("8,166 glaciers with a total area of")."""
    if (
        _had_by_a_thing(noun)
        or _a_stretch_of_land(noun)
        or any(a.dep_ == "relcl" for a in noun.ancestors)
        or any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)
    ):
        return ""
    left_out: set[int] = set()
    for child in noun.children:
        holds_number = child.i == number.i or any(a.i == child.i for a in number.ancestors)
        clause = child.i > noun.i and child.dep_ in _CLAUSE_DEPS
        article = child.i < noun.i and child.dep_ in ("det", "poss") and child.lower_ in _ARTICLES
        symbol = child.pos_ == "SYM" or child.text in ("$", "€", "£")
        if holds_number or clause or article or symbol:
            left_out |= {t.i for t in child.subtree}
    tokens = [t for t in noun.subtree if t.i not in left_out and span.start <= t.i < span.end]
    if any(t.pos_ == "SCONJ" or t.tag_ in _FINITE_VERBS for t in tokens):
        return ""  # "while the plan foresees exports": a clause, not a name for the figure
    words = [  # a word whose neighbour was left out stands apart: "seats, … presidents"
        t.text_with_ws if after is None or after.i == t.i + 1 else t.text + " "
        for t, after in zip(tokens, [*tokens[1:], None], strict=True)
    ]
    opening = tokens[0] if tokens and tokens[0].i == span.start else None
    if opening is not None and opening.pos_ != "PROPN" and not opening.ent_type_:
        words[0] = words[0][:1].lower() + words[0][1:]  # "Trade between ..." opened the sentence
        # ("Chinese aid", a nationality, keeps its capital)
    phrase = "".join(words).strip(" ,.;:")
    vague = any(w.lower() in _VAGUE for w in phrase.split())
    numbered = any(c.isdigit() for c in phrase) or any(
        t.dep_ == "nummod" and t.doc[t.i + 1 :].text[:1] != "-"  # "eight committees"
        for t in tokens
    )
    if not phrase or vague or len(phrase) > 80 or numbered:
        return ""
    return phrase


def questions(fact: QuantityFact, ask: Ask) -> Iterator[Candidate | None]:
    if _tail_of_a_tally(fact, ask) or count_beside_a_measure(fact, ask):
        return
    if _distance_travelled(fact, ask.doc.sentences[fact.sentence]):
        return
    if _before_a_change(fact):
        return  # "lowered its key rate from 16 percent to 14.5 percent": the 14.5 is the news
    sentence = ask.doc.sentences[fact.sentence]
    undated = ask.doc.published is None and dates_itself_relatively(sentence.text)
    if undated and not (_of_last_year(sentence) and _trading_pair(fact.measure, sentence)):
        return  # "$5 billion by the end of this year" in an article that does not say when
    source = origin(fact)
    amount = fact.amount
    unit = amount.unit or ""
    topic = TOPIC_ECONOMY if _is_economic(fact) else TOPIC_FIGURES
    explanation = f"The article gives {amount.text}" + (
        f" for {fact.measure}." if fact.measure else "."
    )
    others = {
        f.amount.value for f in ask.facts_of(QuantityFact) if same_unit(f.amount.unit, amount.unit)
    }
    precise = 0.8 if amount.is_exact else 0.65
    measure = _named_measure(fact.measure, ask, sentence)
    year = _figure_year(fact, sentence, ask.doc)
    away = unit in _LENGTH_UNITS and _A_WAY_FROM.match(sentence.text[fact.end :]) is not None
    if (
        measure
        and not away  # "The area … is 140 km northwest of Tbilisi": no measure of the area
        and measure.split(" ")[0] not in UNIT_SIGNS  # "the MW capacity battery … system"
        and _measure_noun(measure) in MEASURE_NOUNS
        and not (unit == "%" and _measure_noun(measure) in _WHOLES)
        and _only_figure_for(fact, ask)
        and (year is not None or not _measured_in_other_sentences(fact, ask))
    ):
        in_unit = f", {in_units(unit)}?" if unit else "?"
        says = qualifier_note(amount)
        when = f" in {year}" if year is not None and str(year) not in measure else ""
        yield numeric(
            origin=source,
            prompt=f"What figure does the article give for {_with_the(measure)}{when}{in_unit}"
            f"{says}",
            value=amount.value,
            unit=unit or None,
            explanation=explanation,
            topic=topic,
            score=precise,
            answer_text=amount.number_text,
        )
    if undated:
        return  # "Last year, trade topped $41 billion": a stem cannot say which year that was
    if not _states_something(sentence):
        return  # "Labor Party 0.75%.": a line of a table, not a sentence to complete
    number = _number_span(fact.evidence.quote, fact)
    standalone = standalone_text(sentence, ask.doc, keep=number)
    if standalone is None:
        return
    standalone = _clause_of_a_long_sentence(standalone, sentence, number)
    text = standalone.text
    placed = standalone.place(*number)
    if placed is None:
        return
    start, end = placed
    if _RANGE.search(amount.text):
        changed = _change_asked(fact, standalone, sentence, unit=unit, topic=topic, score=precise)
        if changed is not None:
            yield changed  # "raised the retirement age from 58 to _____ years": the new value
            return
        # "_____ to 40 percent": one end of a range is no fact of its own; the whole is asked
        yield _range_asked(fact, standalone, sentence, ask.doc, topic=topic, score=precise - 0.1)
        return
    text, start, end = _dated_around(_without_conversion(text, end), start, end, sentence, ask.doc)
    if _near_figure_said(text, start, end, amount.value):
        return  # "The turnout was _____% (84.54% was reported earlier)"
    hint = in_units(unit) if _is_measurement(unit) else ("a number" if unit else "")
    wrong = wrong_numbers(amount.value, avoid=others, unit=amount.unit,
                          whole=counts_things(amount))  # fmt: skip
    figure = single_choice(
        origin=source,
        prompt=cloze_prompt(text, start, end, hint="a figure"),
        answer=_as_written(amount.value, fact),
        wrong=[_as_written(value, fact) for value in wrong],
        explanation=explanation,
        topic=topic,
        score=precise - 0.1,
    )
    # A figure with no unit to type it in, picked among others like it (13 of 46 votes): asked
    # only where nothing else is.
    yield replace(figure, last_resort=True) if figure is not None else None
    if hint or unit == "%":
        yield numeric(
            origin=source,
            prompt=cloze_prompt(text, start, end, hint=hint if unit != "%" else "in %"),
            value=amount.value,
            unit=unit,
            tolerance=_within_the_step(
                recall_tolerance(amount.value, unit, exact=amount.is_exact), text, unit
            ),
            explanation=explanation,
            topic=topic,
            score=precise - 0.05,
            answer_text=amount.number_text,
        )


def _within_the_step(tolerance: float, stem: str, unit: str) -> float:
    """A tolerance under half the change the stem gives ("raised its base rate by 25 basis
    points to _____ percent": 9.25 ± 0.1, so the rate before, 9, is no right answer)."""
    step = _CHANGE_BY.search(stem) if unit == "%" else None
    if step is None:
        return tolerance
    size = float(step["size"]) / (100 if step["points"].lower().startswith("basis") else 1)
    return min(tolerance, round(size * _SHARE_OF_THE_STEP, 4))


_CHANGE_BY = re.compile(
    r"\bby (?P<size>\d+(?:\.\d+)?) (?P<points>basis points?|percentage points?|points?)\b",
    re.IGNORECASE,
)
_SHARE_OF_THE_STEP = 0.4  # under half a step: the figure before the change is wrong


def _clause_of_a_long_sentence(stem: Stem, sentence: Sentence, number: tuple[int, int]) -> Stem:
    """A stem too long to read as a question, cut to the clause with its own subject that holds
    the figure ("... show the party winning with 53.92% of the vote, while the opposition's
    share totals 37.78%": the first clause for 53.92)."""
    if len(stem.text) <= LONG_STEM:
        return stem
    return next(part for at, part in reversed(clause_stems(sentence, stem)) if number[0] >= at)


# Characters: a longer stem is cut to its figure's clause (a question stem reads in one go).
LONG_STEM = 280
FEW = 10  # things: "three plants" beside their capacity is a detail; 8,166 glaciers are not
# A figure under this share of the largest of its kind is the end of a list, not its news.
TAIL_SHARE = 0.25
_ADDED_AFTER = re.compile(r"\s+(?:more|additional|further|extra)\b")
_ADDED_BEFORE = re.compile(r"\b(?:[Aa]nother|[Aa]n additional|[Aa] further)\s+$")
_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion"})


def _tail_of_a_tally(fact: QuantityFact, ask: Ask) -> bool:
    """A figure under a quarter of the largest of its kind the article gives ("the Hun Party
    won 8 seats" beside "the People's Party won 68 seats"; "11% to Uzbekistan" after "48% of
    exports go to Russia"): the tail of a list of results, not what the article reports.
    Figures of one unit are of one kind when they count the same things (seats, people) that
    did or underwent the same ("won", "died") anywhere in the article, or stand in one
    sentence (shares of one whole). A measure (a
    length, a sum of money) is often a part or a difference of a larger one ("153 km, of
    which 14 km is built", "$11 billion over the estimate"), and a figure added to another
    ("40 more tunnels", "another 12 schools") continues the news, not its tail."""
    unit = fact.amount.unit
    said = fact.evidence.quote
    if (
        unit is None
        or _is_measurement(unit)
        or _ADDED_AFTER.match(said, fact.end)
        or _ADDED_BEFORE.search(said, 0, fact.start)
    ):
        return False
    counted = unit.isalpha() and unit not in _SCALES
    done = _what_befell(fact, ask) if counted else ""
    largest = max(
        other.amount.value
        for other in ask.facts_of(QuantityFact)
        if other.amount.unit == unit
        and (_what_befell(other, ask) == done if counted else other.sentence == fact.sentence)
    )
    return fact.amount.value < TAIL_SHARE * largest


def _what_befell(fact: QuantityFact, ask: Ask) -> str:
    """The verb a count's things did or underwent ("won", "died", "were detained"), as its
    lemma: counts of one unit under different verbs are not one tally ("243 people were injured
    ...; 18 people died": the deaths are no tail of the injuries)."""
    sentence = ask.doc.sentences[fact.sentence]
    offset = sentence.span.start_char
    token = next((t for t in sentence.span if t.idx - offset >= fact.start), None)
    while token is not None and token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token.lemma_.lower() if token is not None and token.pos_ in ("VERB", "AUX") else ""


def count_beside_a_measure(fact: QuantityFact, ask: Ask) -> bool:
    """A handful of things in a sentence that measures them ("three gas processing plants with
    a combined capacity of 30 bcm"): the measure is the news, the number of plants a detail.
    (A large count is a measure of its own: "8,166 glaciers with a total area of ...".)"""
    unit = fact.amount.unit
    if fact.amount.value >= FEW or unit is None or not unit.isalpha() or unit in _SCALES:
        return False
    return any(
        other.sentence == fact.sentence and other.amount.unit and _is_measurement(other.amount.unit)
        for other in ask.facts_of(QuantityFact)
    )


def _only_figure_for(fact: QuantityFact, ask: Ask) -> bool:
    """Whether the article gives one figure for what the fact measures, so "what figure does
    the article give for it?" has one answer: not a range ("7.5 to 8.5 percent"), and no other
    figure in the same unit in a sentence naming the same measure ("food inflation reached
    11.4%" beside "bring food inflation down to 8%")."""
    if _RANGE.search(fact.amount.text):
        return False
    measure = _OWNER.sub("", fact.measure).casefold()  # "food inflation", whose ever it is
    return not any(
        same_unit(other.amount.unit, fact.amount.unit) and other.amount.value != fact.amount.value
        and whole_words(measure).search(ask.doc.sentences[other.sentence].text.casefold())
        for other in ask.facts_of(QuantityFact)
    )  # fmt: skip


_RANGE = re.compile(r"\d\s*(?:%|percent|per cent)?\s*(?:-|–|to|and)\s*[$€£]?\d")
_OWNER = re.compile(r"^\S+['’]s\s+")


def _figure_year(fact: QuantityFact, sentence: Sentence, doc: ArticleDoc) -> int | None:
    """The one year the figure's sentence gives it ("inflation was 8.8% in 2023"; "last year"
    in an article dated 2024), None when it gives none or several, or gives a running total
    ("since 2009", "as of May 2013"). A year the figure is compared with ("6% compared to the
    level of 2022", "up from 2021") is not its year."""
    years: set[int] = set()
    for entity in sentence.entities_of("date"):
        first = sentence.span.doc[entity.first_token]
        if any(a.lower_ in _RUNNING_TOTAL for a in first.ancestors):
            return None  # "almost 50 bcm since 2009, as of the end of May 2013": no year's figure
        if _compared_with(first):
            continue
        if _PART_OF_A_YEAR.search(_WHOLE_YEAR.sub("", entity.text)):
            return None  # "1.24% in December 2023": a month's figure, not the year's
        relative = RELATIVE_YEAR.search(entity.text)
        if relative is not None:
            if doc.published is None:
                return None  # "last year" in an undated article: which?
            years.add(year_meant(relative, doc.published))
        years |= {int(year) for year in _YEAR.findall(entity.text)}
    if not years:
        return _year_in_headline(fact, doc)
    return years.pop() if len(years) == 1 else None


def _year_in_headline(fact: QuantityFact, doc: ArticleDoc) -> int | None:
    """The year of a headline that gives the same figure ("Uzbekistan's economic growth in
    2023 amounted to 6%" over "The growth of the Uzbek economy has reached 6%")."""
    title = doc.title or ""
    figure = rf"(?<![\d.,]){re.escape(fact.amount.number_text)}(?![\d]|[.,]\d)"
    years = {int(year) for year in _YEAR.findall(title)}
    said = re.search(figure, _YEAR.sub(" ", title)) is not None
    return years.pop() if said and len(years) == 1 else None


def _compared_with(token: Token) -> bool:
    return any(a.lemma_.lower() in _BASE_OF_COMPARISON for a in (token, *token.ancestors))


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A date within a year: a month, a quarter, a half, some months or weeks of it.
_PART_OF_A_YEAR = re.compile(
    rf"\b(?:{'|'.join(sorted(MONTHS))}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|quarter|half|"
    r"months?|weeks?|Q[1-4]|H[12])\b",
    re.IGNORECASE,
)
_WHOLE_YEAR = re.compile(r"\bJanuary\s*[-–]\s*December\b|\b12 months\b", re.IGNORECASE)
_BASE_OF_COMPARISON = frozenset({"compare", "than", "from", "against", "over"})
_RUNNING_TOTAL = frozenset({"since", "as", "until", "till", "through"})


def _measured_in_other_sentences(fact: QuantityFact, ask: Ask) -> bool:
    """Whether another sentence gives a figure in the fact's unit for what it measures, named
    or said by its verb ("the growth of the economy reached 6%" beside "the economy grew by 7
    percent in 2021"): a figure without its year is then not the article's one figure."""
    *before, noun = _measure_words(fact.measure) or [""]
    said_as = {noun, _VERB_OF_MEASURE.get(noun, noun)}
    nouns = {t.lower_ for t in ask.doc.sentences[fact.sentence].span if t.pos_ == "NOUN"}
    kind = {word for word in before if word in nouns}  # "gas", "food"; not "lowest", "annual"
    for other in ask.facts_of(QuantityFact):
        sentence = ask.doc.sentences[other.sentence]
        lemmas = {t.lemma_.lower() for t in sentence.span} | {t.lower_ for t in sentence.span}
        if (
            other.sentence != fact.sentence
            and same_unit(other.amount.unit, fact.amount.unit)
            and other.amount.value != fact.amount.value
            and lemmas & said_as
            and lemmas.issuperset(kind)  # "oil production" is no figure for gas production
            and not _aims_or_forecasts(sentence)
        ):
            return True
    return False


def _of_last_year(sentence: Sentence) -> bool:
    """ "Last year, trade topped $41 billion": a figure measured in the year before the writing,
    which a question may ask as the trade of a pair of countries the article gives (no year
    beside it), not a target ("by the end of this year")."""
    return not _aims_or_forecasts(sentence) and all(
        phrase["which"].lower() in ("last", "the previous", "the past")
        for phrase in RELATIVE_YEAR.finditer(sentence.text)
    )


def _aims_or_forecasts(sentence: Sentence) -> bool:
    """ "By 2030, Kazakhstan aims to increase the sea's volume to 27 bcm", "growth is expected
    to slow to 3.6%": a target or a forecast, which no reader takes for the measure itself."""
    return any(
        t.lemma_.lower() in _FUTURE_WORDS and t.pos_ in ("VERB", "AUX") for t in sentence.span
    )


_FUTURE_WORDS = frozenset({"will", "would", "aim", "plan", "expect", "forecast", "target",
                           "intend", "project", "predict"})  # fmt: skip


# A measure said by its verb: "the economy grew", "exports rose" is no measure noun.
_VERB_OF_MEASURE = {"growth": "grow", "production": "produce", "output": "produce",
                    "spending": "spend", "investment": "invest", "exports": "export",
                    "imports": "import", "deaths": "die", "losses": "lose",
                    "loss": "lose"}  # fmt: skip


def _dated_around(
    text: str, start: int, end: int, sentence: Sentence, doc: ArticleDoc
) -> tuple[str, int, int]:
    """The stem with its relative years named ("by the end of 2022"), and where the blank's
    digits now stand. A relative year the stem left out of its opening ("Last year, inflation
    was 8.8%" → "Inflation was …") comes back named: "In 2023, inflation was …". (A sentence
    with a relative year in an article that does not date itself is not asked.)"""
    digits = text[start:end]
    marked = f"{text[:start]}\x00{text[end:]}"
    named = dated(marked, doc.published) or marked
    relative = own_relative_year(sentence.text)
    if doc.published is not None and relative and not RELATIVE_YEAR.search(text):
        first = named.split(" ", 1)[0]
        said_lower = f"{first[:1].lower()}{first[1:]}" in sentence.text.split()
        lead = f"In {year_meant(relative, doc.published)}, "
        named = lead + (named[:1].lower() if said_lower else named[:1]) + named[1:]
    at = named.index("\x00")
    return f"{named[:at]}{digits}{named[at + 1 :]}", at, at + len(digits)


def _hyphenated(token: Token, span: Span) -> str:
    """The word with the words hyphened to it: "vice-presidents", not "vice"."""
    end = token.i
    while (
        end + 2 < span.end
        and span.doc[end + 1].text == "-"
        and not span.doc[end].whitespace_
        and not span.doc[end + 1].whitespace_
    ):
        end += 2
    return span.doc[token.i : end + 1].text


def _range_asked(
    fact: QuantityFact,
    stem: Stem,
    sentence: Sentence,
    doc: ArticleDoc,
    *,
    topic: str,
    score: float,
) -> Candidate | None:
    """A range asked as a whole ("Surveys indicate that _____ percent of households …": "30 to
    40"), among ranges as wide beside it that do not overlap it; None when a unit stands
    inside the range ("30 percent to 40 percent") or the stem cannot place it."""
    said = _RANGE_ENDS.search(fact.evidence.quote, fact.start, fact.end)
    placed = stem.place(said.start(), said.end()) if said else None
    low, high = (parse_number(said["low"]), parse_number(said["high"])) if said else (None, None)
    if said is None or placed is None or low is None or high is None or high <= low:
        return None
    text, start, end = _dated_around(stem.text, *placed, sentence, doc)
    if _a_figure_within(text[:start] + text[end:], low, high):
        return None  # "inflation rose to 6.1 percent and will remain within _____ percent"
    width = high - low
    wrong = [
        (low + k * width, high + k * width)
        for k in _RANGE_SHIFTS
        if low + k * width > 0 and (fact.amount.unit != "%" or high + k * width <= 100)
    ]
    link = "-" if said["link"] in "-–" else f" {said['link']} "
    written = [f"{_written_like(a, said['low'])}{link}{_written_like(b, said['high'])}"
               for a, b in [(low, high), *wrong[:3]]]  # fmt: skip
    return single_choice(
        origin=origin(fact),
        prompt=cloze_prompt(text, start, end, hint="a range"),
        answer=written[0],
        wrong=written[1:],
        explanation=f"The article gives {fact.amount.text}.",
        topic=topic,
        score=score,
    )


_STEM_FIGURE = re.compile(r"(?<![\w.,])\d+(?:\.\d+)?(?![\w.,]\d)")


def _a_figure_within(text: str, low: float, high: float) -> bool:
    """The stem's words outside the blank give a figure inside the range (not a year)."""
    values = [float(f) for f in _STEM_FIGURE.findall(text)]
    return any(low <= v <= high for v in values if not (v.is_integer() and 1800 <= v <= 2100))


def _change_asked(
    fact: QuantityFact, stem: Stem, sentence: Sentence, *, unit: str, topic: str, score: float
) -> Candidate | None:
    """A change from one value to another ("raised the retirement age for women from 58 to 63
    years", "cut the profit tax from 20% to 9%"): no range but a before and an after, and the
    after is the news. None unless a verb of change governs the "from … to …"."""
    said = _CHANGE_ENDS.search(fact.evidence.quote, fact.start, fact.end)
    if said is None or not fact.evidence.quote[: said.start()].rstrip().endswith("from"):
        return None
    token = next((t for t in sentence.span
                  if t.idx - sentence.span.start_char == said.start()), None)  # fmt: skip
    verb = token
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb is None or verb.lemma_.lower() not in _CHANGE_VERBS:
        return None
    before, after = parse_number(said["low"]), parse_number(said["high"])
    placed = stem.place(said.start("high"), said.end("high"))
    if before is None or after is None or before == after or placed is None:
        return None
    hint = in_units(unit) if _is_measurement(unit) else "in %" if unit == "%" else "a number"
    return numeric(
        origin=origin(fact),
        prompt=cloze_prompt(stem.text, *placed, hint=hint),
        value=after,
        unit=unit or None,
        tolerance=recall_tolerance(after, unit, exact=True),
        explanation=f"The article says it changed from {said['low']} to {said['high']}.",
        topic=topic,
        score=score,
        answer_text=said["high"],
    )


_CHANGE_ENDS = re.compile(
    r"[$€£]?(?P<low>\d[\d,]*(?:\.\d+)?)\s*(?:%|percent|per cent)?\s*to\s*[$€£]?"
    r"(?P<high>\d[\d,]*(?:\.\d+)?)"
)


def _before_a_change(fact: QuantityFact) -> bool:
    """The figure a value changed from, written apart from the one it changed to ("from 16
    percent to 14.5 percent")."""
    quote = fact.evidence.quote
    return quote[: fact.start].rstrip().endswith("from") and bool(
        _TO_A_FIGURE.match(quote, fact.end)
    )


_TO_A_FIGURE = re.compile(r"\s*to\s+(?:about\s+|around\s+)?[$€£]?\d")
# Verbs that take a value from one figure to another ("raised … from 58 to 63").
_CHANGE_VERBS = frozenset({
    "raise", "increase", "cut", "reduce", "lower", "lift", "extend", "boost", "hike", "decrease",
    "shorten", "expand", "rise", "grow", "fall", "drop", "decline", "climb", "jump", "change",
})  # fmt: skip


_RANGE_ENDS = re.compile(
    r"(?P<low>\d[\d,]*(?:\.\d+)?)\s*(?P<link>-|–|to|and)\s*(?P<high>\d[\d,]*(?:\.\d+)?)"
)
_RANGE_SHIFTS = (1, -1, 2, -2, 3)


def _written_like(value: float, written: str) -> str:
    """A number written as the article wrote another: "4.0", "75,000"."""
    decimals = len(written.split(".")[1]) if "." in written else 0
    return f"{value:{',' if ',' in written else ''}.{decimals}f}"


def _states_something(sentence: Sentence) -> bool:
    """Not a short line of a table without a verb ("Labor Party 0.75%.")."""
    if len(sentence.text.split()) > TABLE_LINE_WORDS or ":" in sentence.text:
        return True
    return any(t.pos_ in ("VERB", "AUX") for t in sentence.span)


TABLE_LINE_WORDS = 5


def _without_conversion(text: str, end: int) -> str:
    """ "some _____ kilometers (12 miles) outside": the same figure in another unit, right after
    the blank, is left out of the stem (the evidence keeps it)."""
    after = _CONVERSION.match(text, end)
    if after is None:
        return text
    return text[: after.start(1)] + text[after.end(1) :]


_CONVERSION = re.compile(
    r"[^()\d.,;]{0,25}?(\s\((?:about |some |around |~)?(?![12]\d{3}\b)[$€£]?\d[\d.,]*\s?"
    r"(?:[a-zA-Z]+\.?(?: [a-zA-Z]+)?|%)\))"  # "(12 miles)", "(11 million euros)"; not "(2005 est.)"
)


def _near_figure_said(text: str, start: int, end: int, value: float) -> bool:
    """Another figure in the stem within 2% of the answer gives it away."""
    rest = _DAYS_OF_A_MONTH.sub(" ", text[:start] + " " + text[end:])  # "on Dec. 14-15"
    for match in re.finditer(r"\d[\d,]*(?:\.\d+)?", rest):
        other = float(match.group().replace(",", ""))
        if other != 0 and abs(other - value) <= abs(value) * 0.02:
            return True
    return False


_DAYS_OF_A_MONTH = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
    r"(?:\s*[-–]\s*\d{1,2})?\b"
    r"|\b\d{1,2}(?:\s*[-–]\s*\d{1,2})? (?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b"
)


def recall_tolerance(value: float, unit: str | None, *, exact: bool = False) -> float:
    """What a student who read the figure should still be credited with: its precision, but
    up to half a point of a percentage given to decimals (61.56% ± 0.5, 0.44% ± 0.02) and 1% of
    a count in the thousands (7,358 ± 73); a count of things below that, stated exactly ("30
    constituencies"), exactly; a measure (a distance, an energy, a sum of money) 1% of itself
    to its last digit (153 km ± 1, 21.6 million kWh ± 0.2): nobody recalls a length to the
    kilometre."""
    tolerance = precision_tolerance(value)
    if unit and _is_measurement(unit):
        tolerance = max(tolerance, _one_percent(value))
    if unit == "%" and not float(value).is_integer():
        return max(tolerance, round(min(0.5, abs(value) * 0.05), 3))
    if float(value).is_integer() and abs(value) >= 1000:
        return max(tolerance, float(int(abs(value) * 0.01)))
    if exact and float(value).is_integer() and not (unit and _is_measurement(unit)):
        return 0.0
    return tolerance


def _one_percent(value: float) -> float:
    """1% of a figure, rounded down to its last digit (0 when that is less than one digit)."""
    decimals = len(f"{abs(value):.6f}".rstrip("0").split(".")[1])
    digit = 10.0**-decimals
    return round(math.floor(abs(value) * 0.01 / digit) * digit, decimals)


MEASUREMENT_WORDS = frozenset({"km", "kilometres", "kilometers", "kilometre", "kilometer",
                               "miles", "mi", "metres", "meters", "metre", "meter", "m",
                               "tonnes", "tons", "t",
                               "barrels", "hectares", "ha", "sq", "square", "cubic", "cu",
                               "litres", "liters", "megawatts", "mw", "gigawatts", "gw",
                               "teu", "teus", "feet", "ft", "kg", "kilograms", "kwh", "gwh", "twh",
                               "bcm", "dollars", "euros", "pounds", "yuan", "roubles", "tenge",
                               "soms", "manat"})  # fmt: skip


def qualifier_note(amount: Amount) -> str:
    """ " (The article says “nearly …”.)" after a question on a figure the article qualifies;
    "" for one it gives plainly."""
    return f" (The article says “{amount.qualifier.lower()} …”.)" if amount.qualifier else ""


def in_units(unit: str) -> str:
    """ "in millions", "in kilometres", "in billion US dollars", "in km": a unit of one whole
    word is said in the plural, and so is the last word of "square meter"; an abbreviation as
    it is written ("in MW"), a currency whose plural is its singular as it is ("in tenge")."""
    written = _ABBREVIATIONS.get(unit, unit)
    *before, last = written.split() or [written]
    if before and last in _PLURALS:
        return f"in {' '.join(before)} {_PLURALS[last]}"
    plural = len(written) > 3 and not written.endswith("s") and written not in _SAME_IN_PLURAL
    if written.isalpha() and written.islower() and plural:
        return f"in {written}s"
    return f"in {written}"


# The amounts reader lowercases a unit; these are written in capitals.
_ABBREVIATIONS = {"mw": "MW", "gw": "GW", "kw": "kW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh",
                  "twh": "TWh", "teu": "TEU", "teus": "TEUs"}  # fmt: skip
_PLURALS = {"meter": "meters", "metre": "metres", "kilometer": "kilometers",
            "kilometre": "kilometres", "mile": "miles"}  # fmt: skip
_SAME_IN_PLURAL = frozenset({"tenge", "manat", "somoni", "yuan", "renminbi", "lari", "tugrik"})


def counts_things(amount: Amount) -> bool:
    """ "five people", "12 states": a whole number of things, not a measure or a scaled sum
    ("2.5 km", "1.5 million people")."""
    unit = amount.unit or ""
    words = set(unit.lower().split())
    return (
        float(amount.value).is_integer()
        and unit not in ("", "%")
        and not _is_measurement(unit)
        and not words & _SCALES
    )


def _is_measurement(unit: str) -> bool:
    """ "billion US dollars", "km", "cubic metres" are units; "people", "partners" are counted."""
    words = unit.lower().replace("/", " ").split()
    return unit != "%" and any(w in MEASUREMENT_WORDS for w in words)


def _named_measure(measure: str, ask: Ask, sentence: Sentence) -> str:
    """The measure as a question can name it: with a name in it ("trade between Uzbekistan and
    Turkey", "Tajikistan’s share of the trade"), or as the one country's the article is about
    ("Mongolia’s population") when its sentence names no other country (in "China overtook
    Russia as Kazakhstan's biggest partner, with two-way trade topping $41 billion" the trade
    is no one country's); "" for "the annual supply" or "the joint investment fund": of
    whom? And "" for a share of nothing said ("the share of Kyrgyzstan": in what?)."""
    if _measure_noun(measure) in _PARTS and not _says_of_what(measure):
        return ""
    if any(word[:1].isupper() for word in measure.split()) or " of the " in measure:
        return measure  # "the estimated death toll of the entire war" in an article about it
    pair = _trading_pair(measure, sentence)
    if pair is not None:
        return f"{measure} between {pair[0]} and {pair[1]}"
    country = ask.doc.subject_country
    if country is None or not measure or measure.lower().startswith(("the ", "a ", "an ")):
        return ""
    if _measure_noun(measure) not in _NATIONAL_MEASURES:
        return ""  # "a link with a capacity of 30 bcm": the link's capacity, not the country's
    if _said_back(measure, sentence):
        return ""  # "For the first half of 2023, the growth was 77 percent": of the traffic
    if any(e.name != country for e in sentence.entities_of(COUNTRY)):
        return ""  # another country's, or a pair's
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PRON" for t in sentence.span):
        return ""  # "It will be built …, covering a total area of …": the thing's area
    if any(
        t.dep_ == "poss" and t.pos_ == "PRON" and t.head.lower_ == _measure_noun(measure)
        and any(s.pos_ == "NOUN" and s.dep_ in ("nsubj", "nsubjpass") and s.i < t.i
                for s in sentence.span)
        for t in sentence.span
    ):  # fmt: skip
        return ""  # "The main building … and its total area will be …": the building's
    return f"{country_as_written(country)}’s {measure}"


def _said_back(measure: str, sentence: Sentence) -> bool:
    """The measure is a bare noun the sentence says with "the" alone ("the growth"): the growth
    of what the sentence before spoke of."""
    return " " not in measure and any(
        t.lower_ == measure.lower() and [c.lower_ for c in t.children] == ["the"]
        for t in sentence.span
    )


_MUTUAL = re.compile(r"\b(?:bilateral|two-way|mutual)\b", re.IGNORECASE)


def _trading_pair(measure: str, sentence: Sentence) -> tuple[str, str] | None:
    """The two sides of the trade a sentence gives, as written. Beside a partnership ("Chile
    overtook Peru to become Bolivia's biggest trading partner, with two-way trade of …"), the
    country and its partner, said so as not to give the partner away ("Bolivia", "its biggest
    trading partner"); for trade said to be mutual ("bilateral trade"), else, the sentence's
    only two countries. None for a measure of anything but trade."""
    if _measure_noun(measure) not in TRADE_NOUNS:
        return None
    for token in sentence.span:
        if token.lemma_.lower() != "partner":
            continue
        owner = next((sentence.entity_at(c.i) for c in token.children if c.dep_ == "poss"), None)
        verb = token.head
        while verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "overtook Russia to become … partner"
        subject = next((sentence.entity_at(c.i) for c in verb.children if c.dep_ == "nsubj"),
                       None)  # fmt: skip
        if (
            owner is not None and subject is not None
            and owner.kind == subject.kind == COUNTRY and owner.name != subject.name
        ):  # fmt: skip
            partner = " ".join([t.text for t in token.lefts if t.dep_ in ("amod", "compound")]
                               + [token.text])  # fmt: skip
            return (country_as_written(owner.name), f"its {partner}")
    names = list(dict.fromkeys(e.name for e in sentence.entities_of(COUNTRY)))
    if len(names) == 2 and _MUTUAL.search(measure):
        return (country_as_written(names[0]), country_as_written(names[1]))
    return None


# What a country itself has: "Mongolia’s population"; a "capacity" or a "length" is a thing's.
_NATIONAL_MEASURES = frozenset({"population", "area", "trade", "turnover", "gdp", "exports",
                                "imports", "budget", "debt", "reserves", "spending", "revenue",
                                "remittances", "inflation", "unemployment", "deficit", "surplus",
                                "revenues", "output", "production", "growth"})  # fmt: skip


_PARTS = frozenset({"share", "stake", "proportion", "portion"})


def _says_of_what(measure: str) -> bool:
    """ "share of the market", "stake in the company", "share of Kazakhstan's trade"; not "the
    share of Kyrgyzstan"."""
    whole = re.split(r"\s+(?:of|in)\s+", measure, maxsplit=1)[1:]
    return bool(whole) and any(
        w.islower() and w not in ("the", "its", "their", "a", "an") for w in whole[0].split()
    )


def _measure_noun(measure: str) -> str:
    """The word naming what is measured: "two-way trade" → "trade", "area of Eurasia" → "area",
    "loss on the change of control" → "loss"; "" when none of its first words is a measure."""
    words = re.split(r"\s+(?:of|on|in|for|from|to)\s+", measure.lower())[0].split()
    return next((w for w in reversed(words) if w in MEASURE_NOUNS), "")


def _measure_words(measure: str) -> list[str]:
    """The words naming the kind of measure, ending with its noun: "output cutback at Tengiz"
    → output, cutback (the cutback is measured); "Uzbekistan's gas production" → gas,
    production (whose it is aside); "growth of the Uzbek economy" → growth."""
    words = re.split(r"\s+(?:of|on|in|for|from|to|at|between)\s+", measure.lower())[0].split()
    return [w for w in words if not w.endswith(("'s", "’s")) and w not in _ARTICLES]


def _with_the(measure: str) -> str:
    """ "the trade", "Tajikistan’s share" (a name's possessive takes no "the")."""
    first = measure.split(" ", 1)[0]
    if measure.lower().startswith(("the ", "a ", "an ")) or (
        first[:1].isupper() and first.endswith(("’s", "'s"))
    ):
        return measure
    return f"the {measure}"


def _number_span(text: str, fact: QuantityFact) -> tuple[int, int]:
    """Where the digits stand in the sentence (the blank keeps "$" and "billion" around it)."""
    digits = fact.amount.number_text
    at = text.find(digits, fact.start, fact.end + 1)
    return (at, at + len(digits)) if at >= 0 else (fact.start, fact.end)


def _as_written(value: float, fact: QuantityFact) -> str:
    """A figure as the blank needs it: digits only, like the article's ("7,000", "12.5")."""
    label = number_label(value, None)
    if "," in fact.amount.number_text and "." not in fact.amount.number_text:
        return label
    return label.replace(",", "")


def _is_economic(fact: QuantityFact) -> bool:
    unit = fact.amount.unit or ""
    words = set(fact.measure.lower().split())
    return any(c in unit for c in ("dollars", "euros", "roubles", "yuan", "tenge")) or bool(
        words & _MONEY_WORDS
    )


MAX_SIZES = 4


def combined(facts: list[QuantityFact], ask: Ask) -> Iterator[Candidate | None]:
    """Figures of one unit for different named measures, put in order of size, largest first
    ("the population", "two-way trade"): only exact figures, far enough apart to tell."""
    by_unit: dict[str, list[QuantityFact]] = {}
    for fact in facts:
        noun = _measure_noun(fact.measure)
        if fact.amount.unit and noun and fact.amount.is_exact and not fact.from_caption:
            by_unit.setdefault(fact.amount.unit, []).append(fact)
    for unit, same in sorted(by_unit.items()):
        measures: dict[str, QuantityFact] = {}
        for fact in sorted(same, key=lambda f: -f.amount.value):
            label = _with_the(fact.measure)
            values = [m.amount.value for m in measures.values()]
            if label.lower() not in (m.lower() for m in measures) and all(
                abs(fact.amount.value - v) > 0.1 * max(v, fact.amount.value) for v in values
            ):
                measures[label] = fact
        if len(measures) < 3:
            continue
        chosen = list(measures.items())[:MAX_SIZES]
        first = chosen[0][1]
        key = ("order", unit, *(f.amount.value for _, f in chosen))
        yield ordering(
            origin=Origin(first.evidence, first.sentence, False, KIND, key),
            prompt=f"According to the article, put these in order of size ({unit}), largest first.",
            in_order=[label[:1].upper() + label[1:] for label, _ in chosen],
            explanation="; ".join(f"{label}: {f.amount.text}" for label, f in chosen) + ".",
            topic=TOPIC_FIGURES,
            score=0.65,
        )


# Verbs of someone going somewhere: how far they went is a scene's detail, not the news.
_JOURNEY_VERBS = frozenset({"drive", "travel", "walk", "fly", "flee", "march", "ride", "take",
                            "move", "trek", "hike", "sail", "escort", "transfer"})  # fmt: skip


def _distance_travelled(fact: QuantityFact, sentence: Sentence) -> bool:
    """ "detained after driving almost 400 kilometres", "detainees were taken 200 km to the
    regional centre": a distance someone went, not the length of a thing the article reports."""
    if (fact.amount.unit or "").split(" ")[-1] not in _LENGTH_UNITS:
        return False
    span = sentence.span
    offset = span.start_char + fact.start
    number = next((t for t in span if t.idx >= offset and t.like_num), None)
    unit = number.head if number is not None and number.dep_ == "nummod" else number
    return (
        unit is not None
        and unit.dep_ in ("dobj", "npadvmod", "pobj")
        and unit.head.pos_ == "VERB"
        and unit.head.lemma_.lower() in _JOURNEY_VERBS
    )

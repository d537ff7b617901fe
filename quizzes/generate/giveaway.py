"""Stems that give their answer away, repaired where a cut is enough.

"The CSTO consists of _____ states: Russia, Belarus, Kazakhstan, Kyrgyzstan, Armenia and
Tajikistan" lets a student count the answer; the stem ends before the list instead. A figure
the stem's other figures add up to ("846 km in all: 504 km ..., 263 km ... and _____ km"), and
a country a place's own name gives ("the Xinjiang Uyghur Autonomous Region of _____"), a name
the stem gives with another compass word ("the Northern Aral Sea ... towards the _____ Sea":
Southern Aral), an organisation a word of its own name in the stem gives ("the President of
the European Council": the EU, among the UN, the OSCE and the WTO) and a bygone state a set
phrase gives ("the former _____": the Soviet Union) cannot be repaired by a cut: they are not
asked.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import combinations, permutations

from quizzes.generate.amounts import word_number
from quizzes.generate.distractors import NameForms
from quizzes.generate.questions import BLANK, Candidate
from quizzes.generate.whole_words import whole_words
from quizzes.model import QuestionType

_ITEM_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_LONGEST_ITEM = 5  # words: "the United Arab Emirates"
_LONGEST_COUNT = 20


def without_counted_list(candidate: Candidate) -> Candidate:
    """The candidate, its stem cut before a list of as many names as its figure answer: after a
    colon ("_____ states: Russia, Belarus ...") or "namely", in brackets ("the _____ founders
    (Kazakhstan, Russia and Belarus)") or between dashes ("_____ parties – the Democratic
    Party, the Socialist Party and … – failed"), or "including" all of them at the end
    ("_____ villages were flooded, including Zhenis, Firdousi and Dostyk"). Any other
    candidate is returned as it is."""
    count = _small_count(candidate.answer)
    if count is None or BLANK not in candidate.prompt:
        return candidate
    before, after = candidate.prompt.split(BLANK, 1)
    for listed, kept in _lists_in(after):
        if _names_listed(listed) == count:
            return replace(candidate, prompt=before + BLANK + kept)
    return candidate


def _lists_in(text: str) -> Iterator[tuple[str, str]]:
    """Each list the text after a blank may hold, and the text without it: (list, rest)."""
    colon, opening = text.find(":"), text.find("(")
    if colon >= 0 and (opening < 0 or colon < opening):
        yield text[colon + 1 :], text[:colon].rstrip() + "."
    elif opening >= 0 and (closing := text.find(")", opening)) >= 0:
        yield text[opening + 1 : closing], text[:opening].rstrip() + text[closing + 1 :]
    if namely := _NAMELY.search(text):
        yield text[namely.end() :], text[: namely.start()].rstrip() + "."
    if including := _INCLUDING_TO_THE_END.search(text):  # "…, including Zhenis and Dostyk."
        yield including.group(1), text[: including.start()].rstrip() + "."
    if dash := _DASH.search(text):
        closing_dash = _DASH.search(text, dash.end())
        if closing_dash is None:
            yield text[dash.end() :], text[: dash.start()].rstrip() + "."
        else:
            rest = text[closing_dash.end() :]
            yield text[dash.end() : closing_dash.start()], text[: dash.start()] + " " + rest


_INCLUDING_TO_THE_END = re.compile(r",\s+including\s+([^,;:()]+(?:,[^,;:()]+)*)\.?$")
_NAMELY = re.compile(r",?\s+namely,?\s+")
_DASH = re.compile(r"\s+(?:[–—-]|--)\s+")
_ASIDE = re.compile(r"\s*\([^()]*\)")
_QUOTES = "\"“”«»'‘’"


def counted_in_the_stem(candidate: Candidate) -> bool:
    """ "will operate _____ routes, including three transferred from Air Astana, two shared
    routes and one new route": the counts a list after the blank gives add up to the answer."""
    count = _small_count(candidate.answer)
    if count is None or BLANK not in candidate.prompt:
        return False
    after = candidate.prompt.split(BLANK, 1)[1]
    opener = _LIST_OPENER.search(after)
    if opener is None:
        return False
    parts = [word_number(word) for word in re.findall(r"[\w-]+", after[opener.end() :])]
    counts = [part for part in parts if part is not None and part == int(part)]
    return len(counts) >= 2 and sum(counts) == count


_LIST_OPENER = re.compile(r"\bincluding\b|:|\s[–—-]\s")


def _small_count(answer: object) -> int | None:
    text = str(answer)
    if not text.isdigit():
        return None
    value = int(text)
    return value if 2 <= value <= _LONGEST_COUNT else None


def _names_listed(text: str) -> int:
    """How many names `text` lists ("Russia, Belarus and Armenia." is 3); 0 unless every item
    is a short capitalised name."""
    text = _ASIDE.sub("", text)  # "Coalition for Change" ("Akhali")
    listed = _ITEM_SEPARATOR.split(text.strip().rstrip(".").strip())
    items = [item.strip().strip(_QUOTES) for item in listed]
    named = all(
        item
        and (item[0].isupper() or item.startswith("the "))
        and len(item.split()) <= _LONGEST_ITEM
        for item in items
    )
    return len(items) if named else 0


_FIGURE = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(%|[^\W\d_]+)")
_UNIT_AFTER_BLANK = re.compile(r"^[\s-]*(%|[^\W\d_]+)")
_PERCENT = frozenset({"%", "percent", "per cent"})
_MOST_FIGURES = 10  # more figures than this in one stem: not a sum a student works out


def computed_from_the_stem(candidate: Candidate) -> bool:
    """Whether the stem's other figures give the answer by a sum or a share a student can work
    out: the parts of a total asked ("35 km and 25 km make _____ km"), the rest of a total
    ("846 km in all: 504 km ..., 263 km ... and _____ km"; "818 out of a total 1,581 shut,
    leaving _____ open"), the count before "a fourth" ("_____ exercises in October, with a
    fourth in November"), the last share of a hundred per
    cent ("62%, 27% and _____%", "holds _____% and another 60%"), or a share of a figure ("of
    the 12.28 million voters, _____ million voted, a turnout of 63.66%") and the share
    itself."""
    answer = _answer_value(candidate)
    if answer is None or BLANK not in candidate.prompt:
        return False
    before, after = candidate.prompt.split(BLANK, 1)
    if _NEXT_ONE.get(answer) and re.search(rf"\b(?:a|the) {_NEXT_ONE[answer]}\b", after):
        return True  # "_____ more exercises in October, with a fourth in November": three
    if any(
        _equal(float(total.replace(",", "")) - float(part.replace(",", "")), answer)
        for part, total in _OUT_OF.findall(candidate.prompt)
    ):
        return True  # "818 out of a total 1,581 were shut, leaving _____ operating"
    if _CHANGE_BETWEEN_GIVEN.search(candidate.prompt) or _changed_by_a_share(answer, candidate):
        return True  # "shrank by $_____ billion from $64.9 billion to $64.4 billion"
    unit = _unit(candidate.unit or "") or _unit(after)
    if not unit:
        return False
    stated = [
        (float(number.replace(",", "")), _unit(following))
        for text in (before, after)
        for number, following in _FIGURE.findall(text)
    ]
    if len(stated) > _MOST_FIGURES:
        return False
    alike = [value for value, its_unit in stated if its_unit == unit]
    if _multiplied(answer, alike, candidate.prompt):
        return True
    if _parts_listed_after(answer, after):
        return True
    split = unit == "%" and len(alike) == 1 and _equal(answer + alike[0], 100.0)
    if split and _THE_REST.search(candidate.prompt):
        return True  # "holds _____ percent and Zijin another 60 percent": the rest of it
    return _summed(answer, alike, unit=unit) or _share_of(answer, stated, unit=unit)


# The ordinal of the one after a count: "two ... and a third".
_NEXT_ONE = {1.0: "second", 2.0: "third", 3.0: "fourth", 4.0: "fifth", 5.0: "sixth",
             6.0: "seventh", 7.0: "eighth", 8.0: "ninth", 9.0: "tenth"}  # fmt: skip


def one_by_its_noun(candidate: Candidate) -> bool:
    """ "aims to produce _____ tonne of gold": a noun in the singular after the blank says 1."""
    answer = _answer_value(candidate)
    if answer != 1 or BLANK not in candidate.prompt:
        return False
    after = candidate.prompt.split(BLANK, 1)[1]
    word = re.match(r"\s*([a-z]+)\b", after)
    return word is not None and not word.group(1).endswith("s") and word.group(1) not in _SCALES


_SCALES = frozenset({"million", "billion", "trillion", "thousand", "hundred", "percent", "per",
                     "times", "of", "and", "or", "to", "in"})  # fmt: skip
# The size of a change asked, with both ends of it given.
_CHANGE_BETWEEN_GIVEN = re.compile(
    rf"\bby\s+\S*{BLANK}[^.;]{{0,40}}?\bfrom\s+\S*\d[^.;]{{0,30}}?\bto\s+\S*\d"
)
# "decreased by 43% — to _____ million people from 2.9 million", "a 75% surge, from 246,000
# tons to _____ tons", "increased by 17%, from _____ tons to 355,000 tons": one end of a change
# from the other; "$426.8 million, up by _____ percent compared to $366.5 million": the change
# from both ends.
_A_SHARE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?) ?(?:%|per ?cent)")
_COMPARED_WITH = re.compile(r"\bcompared (?:to|with)\b([^.;]{0,60})")
_A_SUM = re.compile(r"\$\s?(\d[\d,]*(?:\.\d+)?)")


def _changed_by_a_share(answer: float, candidate: Candidate) -> bool:
    prompt = candidate.prompt
    shares = [float(share) for share in _A_SHARE.findall(prompt)]
    compared = " ".join(_COMPARED_WITH.findall(prompt))  # "compared to 2022 ($366.5 million)"
    starts = _figures_after("from", prompt) + [
        float(start.replace(",", "")) for start in _PART.findall(compared)
    ]
    ends = _figures_after("to", prompt)
    factors = [1 + sign * share / 100 for share in shares for sign in (-1, 1)]
    if any(_near_enough(start * factor, answer) for start in starts for factor in factors):
        return True
    if any(_near_enough(end / factor, answer) for end in ends for factor in factors if factor):
        return True
    if candidate.unit != "%":
        return False
    sums = [float(figure.replace(",", "")) for figure in _A_SUM.findall(prompt)]
    return any(
        _near_enough(abs(one / other - 1) * 100, answer)
        for one in sums
        for other in sums
        if one != other and other
    )


def _figures_after(word: str, text: str) -> list[float]:
    """The figures right after `word` ("from $2.9 million", "to 355,000 tons")."""
    after = re.findall(rf"\b{word} \D{{0,4}}?(\d[\d,]*(?:\.\d+)?)", text)
    return [float(figure.replace(",", "")) for figure in after]


_OUT_OF = re.compile(r"(\d[\d,]*) out of (?:a total (?:of )?|the )?(\d[\d,]*)")
_THE_REST = re.compile(r"\b(?:another|the rest|the remaining|the other)\b", re.IGNORECASE)
# "doubling it ... from 83 million tons to _____ million tons": twice 83, near enough.
_TIMES = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0, "halv": 0.5}
_NEAR = 0.05


def _multiplied(answer: float, figures: list[float], prompt: str) -> bool:
    """The stem says the figure doubles (triples, halves) another it gives, or is what another
    it gives doubles ("to quadruple it from $_____ million to $100 million")."""
    factors = [f for stem, f in _TIMES.items() if re.search(rf"\b{stem}(?:e|es|ed|ing)\b", prompt)]
    return any(
        abs(answer - factor * figure) <= _NEAR * answer
        or abs(answer * factor - figure) <= _NEAR * figure
        for factor in factors
        for figure in figures
    )


def _summed(answer: float, figures: list[float], *, unit: str) -> bool:
    if unit == "%" and len(figures) >= 2 and _equal(answer + sum(figures), 100.0):
        return True
    for size in range(1, len(figures) + 1):
        for chosen in combinations(range(len(figures)), size):
            parts = sum(figures[i] for i in chosen)
            if size >= 2 and _equal(parts, answer):
                return True
            if any(
                _equal(total - parts, answer) for i, total in enumerate(figures) if i not in chosen
            ):
                return True
    return False


# A figure with or without a word after it ("and 215 - in Afghanistan"), not a per cent.
_PART = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d,.]?\d)(?!\s*(?:%|per ?cent))"
)


def _parts_listed_after(answer: float, after: str) -> bool:
    """ "_____ nationals, including 57 men, 220 women and 547 children": the parts the stem
    lists next add up to the answer, whatever each is counted in."""
    parts = [float(number.replace(",", "")) for number in _PART.findall(after)]
    return any(
        abs(sum(parts[:end]) - answer) <= _ROUNDED_PARTS * answer
        for end in range(2, len(parts) + 1)
    )


def _share_of(answer: float, stated: list[tuple[float, str]], *, unit: str) -> bool:
    """Whether the answer is a stated percentage of a stated figure in its unit (or its scale:
    62% of "1.346 million" doses is "_____ thousand" of them) or, asked as a percentage, one
    stated figure's share of a larger one in the same unit."""
    shares = [value for value, its_unit in stated if its_unit == "%"]
    if unit != "%":
        wholes = [value for value, its_unit in stated if its_unit == unit]
        if unit in _SCALE_OF:
            wholes += [value * _SCALE_OF[its_unit] / _SCALE_OF[unit] for value, its_unit in stated
                       if its_unit in _SCALE_OF and its_unit != unit]  # fmt: skip
        return any(_near_enough(whole * share / 100, answer)
                   for whole in wholes for share in shares)  # fmt: skip
    by_unit: dict[str, list[float]] = {}
    for value, its_unit in stated:
        if its_unit != "%":
            by_unit.setdefault(its_unit, []).append(value)
    return any(
        _rounds_to(part / whole * 100, answer)
        for values in by_unit.values()
        for part, whole in permutations(values, 2)
        if 0 < part < whole
    )


_SCALE_OF = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_ROUNDED_PARTS = 0.001  # "27.12 km, 8.65 km and 24.25 km" of a "60-kilometer" road
_ROUNDED_SHARE = 0.01  # a share rounded to a whole per cent leaves the figure 1% out


def _near_enough(computed: float, answer: float) -> bool:
    """A figure worked out from a share: the answer, or within the share's rounding of it."""
    return _rounds_to(computed, answer) or abs(computed - answer) <= _ROUNDED_SHARE * answer


def _rounds_to(computed: float, answer: float) -> bool:
    """Whether a figure worked out from rounded ones is the answer as written (to its last
    digit, or within a thousandth of it)."""
    decimals = len(f"{answer:.6f}".rstrip("0").split(".")[1])
    return abs(computed - answer) <= max(0.5 * 10**-decimals, abs(answer) * 0.001)


def _answer_value(candidate: Candidate) -> float | None:
    if candidate.type is QuestionType.NUMERIC and isinstance(candidate.answer, int | float):
        return float(candidate.answer)
    if candidate.type is not QuestionType.SINGLE_CHOICE:
        return None
    found = re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", str(candidate.answer).strip())
    return float(found.group().replace(",", "")) if found else None


def _unit(text: str) -> str:
    found = _UNIT_AFTER_BLANK.match(text)
    unit = found.group(1).casefold() if found else ""
    unit = _SAME_UNIT.get(unit, unit)  # "the _____-kilometre road" with "27.12 km" beside it
    return "%" if unit in _PERCENT or unit == "per" else unit


_SAME_UNIT = {"kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km"}


def _equal(one: float, other: float) -> bool:
    return math.isclose(one, other, rel_tol=1e-9, abs_tol=1e-9)


# "the Xinjiang Uyghur Autonomous Region of _____", "the Nakhchivan Autonomous Republic of _____"
_PLACE_WORDS = frozenset(
    {"region", "province", "oblast", "republic", "territory", "prefecture", "governorate",
     "district", "autonomous", "okrug", "krai", "county"}
)  # fmt: skip
_NAME_WORDS = r"(?:[A-Z][\w’'-]*\s+)"
_NAME_BEFORE_OF = re.compile(rf"({_NAME_WORDS}+)of\s+(?:the\s+)?$")
_NAME_AND_COUNTRY_AFTER = re.compile(rf"^\s+({_NAME_WORDS}+)of\s+(?:the\s+)?[A-Z]")


def given_by_a_place_name(candidate: Candidate, forms: NameForms) -> bool:
    """Whether the blank is part of the proper name of a place inside a country, so the rest
    of that name tells every student the answer: the country at its end ("the Xinjiang Uyghur
    Autonomous Region of _____", where "the United States" is absurd) or the place's own word
    before its country ("the _____ Uyghur Autonomous Region of China")."""
    if BLANK not in candidate.prompt:
        return False
    before, after = candidate.prompt.split(BLANK, 1)
    answer = candidate.answer_texts[0] if candidate.answer_texts else str(candidate.answer)
    if forms.country(answer) is not None:
        found = _NAME_BEFORE_OF.search(before)
    else:
        found = _NAME_AND_COUNTRY_AFTER.match(after + " ")
    return found is not None and _names_a_place(found.group(1))


def given_by_a_national_firm(candidate: Candidate, forms: NameForms) -> bool:
    """Whether the stem names a state firm or agency whose name is built on the answer
    country's ("_____'s national oil company, KazMunayGas": Kazakhstan; "led by _____ state
    corporation Rosatom": Russian): none of 12 votes passed such a question."""
    answer = candidate.answer_texts[0] if candidate.answer_texts else str(candidate.answer)
    country = forms.country(answer)
    if country is None or not country.firm_prefixes:
        return False
    own = tuple(form.casefold() for form in country.forms)
    words = _CAPITALISED.findall(candidate.prompt.replace(BLANK, " "))
    return any(
        word.startswith(prefix)
        and len(word) > len(prefix) + 1
        and not word.casefold().startswith(own)
        and forms.city_name(word) is None  # "Kazan" is Russia's, "Rostov" a city of its own
        for word in words
        for prefix in country.firm_prefixes
    )


_CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][\w-]+")


def _names_a_place(name: str) -> bool:
    """Whether `name` ("Xinjiang Uyghur Autonomous Region", "Uyghur Autonomous Region") is a
    place's title with a word of its own: a word such as Region or Republic and another one
    (the "Autonomous Republic" of "the _____ Autonomous Republic of Azerbaijan" names no place
    by itself)."""
    words = [w.casefold() for w in name.split()]
    own = [w for w in words if w not in _PLACE_WORDS and w != "the"]
    return any(w in _PLACE_WORDS for w in words) and bool(own)


_COMPASS = r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower)"
_COMPASS_NAME = re.compile(rf"^{_COMPASS}\s+(\S.*)$")


def given_by_its_sibling(candidate: Candidate) -> bool:
    """Whether the answer is a name the stem gives with another compass word: "the Northern
    Aral Sea was choppy ... a channel leading towards the _____ Sea" leaves only "Southern"
    to guess."""
    if BLANK not in candidate.prompt:
        return False
    stem = candidate.prompt.replace(BLANK, " ")
    for answer in candidate.answer_texts:
        named = _COMPASS_NAME.match(answer)
        if named and re.search(rf"\b{_COMPASS}\s+{re.escape(named.group(1))}\b", stem):
            return True
    return False


_INSTRUCTION = re.compile(r"^(?:Fill in the blank[^:]*:|True or false, according to the article\?)")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]{2,}\b")


def written_beside_the_blank(candidate: Candidate) -> bool:
    """Whether the stem writes the name its blank hides ("The Speaker of Parliament of
    Kyrgyzstan emphasized _____’s interest": Kyrgyzstan)."""
    if BLANK not in candidate.prompt or candidate.type is QuestionType.NUMERIC:
        return False
    answer = str(candidate.answer)
    if len(answer) < _SHORTEST_NAME or not answer[:1].isupper():
        return False
    return whole_words(answer).search(candidate.prompt.replace(BLANK, " ")) is not None


_SHORTEST_NAME = 4  # "Iran"; shorter answers are abbreviations a stem may write as a word


def named_by_its_own_word(candidate: Candidate, forms: NameForms) -> bool:
    """Whether the stem holds a word of the organisation's own name that no wrong option's name
    holds ("the President of the European Council" for the European Union, among the UN, the
    OSCE and the WTO): that word alone tells which it is."""
    if candidate.type is not QuestionType.SINGLE_CHOICE:
        return False
    answer = str(candidate.answer)
    if forms.knowledge.organisation(answer) is None:
        return False
    stem = _INSTRUCTION.sub("", candidate.prompt)
    stem_words = set(_CAPITALISED_WORD.findall(stem))
    others = set().union(*(_name_words(str(c), forms) for c in candidate.choices if c != answer))
    return bool((_name_words(answer, forms) - others) & stem_words)


# Words naming a kind of body, not which one: "Union" in "the Soviet Union" says nothing of
# the Eurasian Economic Union.
_KIND_WORDS = frozenset({"Union", "Organisation", "Organization", "Council", "Community",
                         "Commonwealth", "Cooperation", "Security", "Treaty", "Bank",
                         "Development", "Nations", "States", "Group", "Forum", "Conference",
                         "Economic", "Fund", "Association", "International", "World", "Trade",
                         "Investment", "Partnership", "Initiative", "Programme",
                         "Program"})  # fmt: skip


def _name_words(option: str, forms: NameForms) -> set[str]:
    """The capitalised words of every name of what an option names, but for words of kind."""
    org = forms.knowledge.organisation(option)
    names = (org.name, *org.aliases) if org else (option,)
    words = {word for name in names for word in _CAPITALISED_WORD.findall(name)}
    return words - _KIND_WORDS


_AFTER_FORMER = re.compile(r"\bformer\s+$", re.IGNORECASE)


def a_bygone_state_after_former(candidate: Candidate, forms: NameForms) -> bool:
    """Whether the blank is a whole place after "former" and the answer no country of today:
    "a Russian outpost in the former _____" can only be the set phrase "the former Soviet
    Union", whatever the article says."""
    if BLANK not in candidate.prompt:
        return False
    before, after = candidate.prompt.split(BLANK, 1)
    answer = candidate.answer_texts[0] if candidate.answer_texts else str(candidate.answer)
    return (
        _AFTER_FORMER.search(before) is not None
        and not after.lstrip()[:1].isalpha()
        and answer[:1].isupper()
        and forms.country(answer) is None
        and forms.leader(answer) is None
        and forms.knowledge.organisation(answer) is None
    )


_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\w.,])\d+(?:\.\d+)?(?![\d.])")


def figures_in(text: str) -> list[float]:
    """Every figure written in `text` ("7,000", "8.3"), as a number."""
    return [float(number.replace(",", "")) for number in _NUMBER.findall(text)]


def clear_of_the_others(candidate: Candidate, text: str | None = None) -> Candidate:
    """A numeric answer whose tolerance would credit another figure its sentence, or the
    article's `text`, gives ("won 29 seats, … 21 seats, … 20 seats": 20 ± 1 takes 21; a turnout
    of 80.4% ± 0.5 takes the winner's 80.1% of the vote): the tolerance narrowed to stop short
    of the nearest one."""
    answer = _answer_value(candidate)
    if candidate.type is not QuestionType.NUMERIC or answer is None or not candidate.tolerance:
        return candidate
    written = candidate.evidence.quote if text is None else text
    others = figures_in(written)
    near = [
        abs(o - answer)
        for o in others
        if o != answer and abs(o - answer) <= candidate.tolerance and not _rounded(o, answer)
    ]
    if not near:
        return candidate
    decimals = _decimals(answer)
    narrowed = round(min(near) - 10**-decimals, decimals)  # 8.3 - 8.2 - 0.1 is 1.4e-15, not 0
    return replace(candidate, tolerance=max(0.0, narrowed))


def crediting_the_headline(candidate: Candidate, title: str | None) -> Candidate:
    """A figure the headline rounds ("Tajikistan opens $4bn dam" over "a $3.9 billion
    project"): the quiz bears the headline as its title, so a student who answers with the
    headline's figure is credited, the tolerance widened to take it."""
    answer = _answer_value(candidate)
    if candidate.type is not QuestionType.NUMERIC or answer is None or not title:
        return candidate
    scale = _scale_of(candidate.unit or "")
    reach = [
        abs(figure - answer)
        for found in _FIGURE_AND_SCALE.finditer(title)
        if (figure := float(found["figure"].replace(",", ""))) != answer
        and _rounded(figure, answer)
        and _scale_of(found["scale"] or "", abbreviated=True) == scale
        and (scale or _unit_follows(found, candidate.unit))
    ]
    if not reach:
        return candidate
    widened = round(max(reach), _decimals(answer))
    return replace(candidate, tolerance=max(candidate.tolerance or 0.0, widened))


_FIGURE_AND_SCALE = re.compile(
    r"(?<![\w.,])(?P<figure>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d])"
    r"\s?(?P<scale>bn\b|billion\b|b\b|mn\b|mln\b|million\b|m\b|tn\b|trillion\b|%|per ?cent\b)?",
    re.IGNORECASE,
)


def _scale_of(words: str, *, abbreviated: bool = False) -> str | None:
    """ "billion US dollars" → "billion", "%" → "%"; a headline's "bn", "4m" abbreviated."""
    first = words.split()[0].casefold() if words.split() else ""
    return (_SHORT_SCALE_WORDS if abbreviated else _SCALE_WORDS).get(first)


_SCALE_WORDS = {"billion": "billion", "million": "million", "trillion": "trillion", "%": "%",
                "percent": "%", "per": "%"}  # fmt: skip
_SHORT_SCALE_WORDS = {**_SCALE_WORDS, "bn": "billion", "b": "billion", "mn": "million",
                      "mln": "million", "m": "million", "tn": "trillion"}  # fmt: skip


def _unit_follows(found: re.Match[str], unit: str | None) -> bool:
    """A plain figure of the headline is the answer's where the answer's unit follows it."""
    if not unit:
        return False
    after = found.string[found.end() :].lstrip(" -").casefold()
    return after.startswith(unit.split()[0].casefold())


def _decimals(value: float) -> int:
    return 0 if float(value).is_integer() else len(str(value).split(".")[1])


def _rounded(one: float, other: float) -> bool:
    """One figure is the other rounded: "72.97%" and "nearly 73%" are one share."""
    return round(one, _decimals(other)) == other or round(other, _decimals(one)) == one

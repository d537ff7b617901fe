"""The precision gate: a question that fails one of these checks is dropped, not kept as filler.

Two teachers reviewed generated quizzes on real articles and said why they would not hand a
question out unchanged. These checks turn the reasons that recur into rules that do not depend
on one article's wording:

- a gap-fill statement that leans on what came before it: its answer is the subject of "also"
  (others did the same: "_____ is also interested ..."), or the sentence opens with or carries a
  connective ("As a result,", ", however,", ", in turn,", "Meanwhile,", "even invited");
- a true/false statement that adds to something ("... also exports ..."): true of others too,
  or that claims a tally of papers ("16 documents were signed during the visit");
- a date blank that another year of the stem leaves alone on its side (the wrong options all
  fall before a year the answer follows), or after "for" (a period, not an event: "the plan
  for _____");
- a stem that opens with a dateline ("TERMEZ, Uzbekistan —") or states a time of day (an
  interim figure or a timetable: "Voting will end at 20:00 _____ time");
- a statement of protocol around the news: who received the guests, led a delegation, attended
  a ceremony or was "among the dignitaries in attendance";
- a figure the stem gives again in another unit ("_____-mile (1,000-kilometer)", "25,578 voters
  or _____ percent"), a tally of papers beside what they say ("signing _____ documents,
  including a declaration ..."), a count of
  the names the stem lists ("_____ countries: A, B, C") or of a group less its exceptions
  ("_____ countries, except X"), a distance from a landmark ("_____ km from the border",
  "_____ km northwest of Dushanbe"), an election's logistics (polling stations, deposits paid,
  not ore deposits), or one day's statistic (a weekday named);
- the date a plan gives itself ("will be completed by the end of _____", "in which year will
  …"): when something is meant to happen, not when it did;
- a city whose wrong options are neither of its country nor of its region ("Astana" among
  Washington and New Delhi: only one is plausible), a person whose wrong options the knowledge
  data does not know as office-holders (a surname guessed from the page), a nationality before
  an institution of that nation ("top _____ officials": the story says whose).
"""

from __future__ import annotations

import re

from quizzes.generate.document import CLOCK_TIME, ArticleDoc, Sentence
from quizzes.generate.questions import BLANK, Candidate
from quizzes.generate.whole_words import whole_words
from quizzes.model import QuestionType

LEANS_ON_WHAT_CAME_BEFORE = "statement leans on what came before"
DATE_OF_A_PLAN = "date of a plan or deadline, not of an event"
_STATEMENT = "statement"
_BLANK_CLOCK = re.compile(rf"{BLANK}\s?(?:local time|GMT|UTC|[ap]\.?m\.?(?!\w))", re.IGNORECASE)
_FIGURES = "quantity"
_COUNTS = "count"
_DATED_ACTION = "dated_action"
_ALSO_AFTER = re.compile(r"^[^,.;:()—–]{0,30}?\balso\b")
_CONNECTIVE = re.compile(
    r"^(?:As a result|In turn|Meanwhile|However|Instead|Therefore|Thus|In response|"
    r"In particular|Nevertheless|Nonetheless|Likewise|Similarly)\b"
    r"|,\s*(?:however|in turn|meanwhile|though|too|in response),"
    r"|\beven\s+\w+ed\b"
)
_ALSO = re.compile(
    r"(?<!\bbut )\balso\b(?!\s+(?:known|called|named|spelled|written)\b)", re.IGNORECASE
)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_YEAR_OR_MONTH = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\b|\b(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b"
)
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")
# "The plant will be completed by the end of _____", "is expected to open in _____": when a plan
# says it will be done, not when something happened.
_PLANNED = re.compile(
    rf"\b(?:will|shall|plans?\s+to|planned\s+to|planning\s+to|by\s+the\s+end\s+of|"
    rf"(?:is|are|was|were)\s+(?:expected|scheduled|due|set|slated)\s+to|by\s+(?:the\s+)?{BLANK})",
    re.IGNORECASE,
)
_PERIOD_BEFORE = re.compile(r"\bfor\s+$")
_DATELINE = re.compile(
    r"^(?:(?:Fill in the blank[^:]*|True or false, according to the article\?)[:]?\s)?"
    r"(?:[A-Z][A-Z.'-]+|_____)(?: [A-Z][A-Za-z.'-]+)*, [A-Z][\w.' -]+?(?: \([A-Z]+\))?\s+[—–-]\s"
)
_OTHER_UNIT = re.compile(
    rf"{BLANK}[^()]{{0,25}}\(\s*(?:USD|US\$|\$|€|£|about|some|around|roughly)?\s*"
    r"(?!(?:1[89]|20)\d\d\b)\d[\d,.]*(?!\s*est)"
)
# "25,578 voters or _____ percent", "_____ percent or 25,578 voters": one figure said two ways.
_OR_ANOTHER_UNIT = re.compile(
    rf"\d[\d,.]*\s?(?:%|[a-z]+\b)\s+or\s+\$?{BLANK}|{BLANK}\s?(?:%|[a-z]+\b)\s+or\s+\$?\d"
)
# "signing _____ documents, including a declaration on ...": the stem names what the papers
# say, which is the point, and asks only how many there were.
_PAPERS = r"(?:[a-z-]+\s+)?(?:documents|agreements|memorand(?:a|ums)|resolutions|protocols)\b"
_PAPERS_COUNTED = re.compile(rf"{BLANK}\s+{_PAPERS}[^.;]{{0,60}}?,\s+including\b")
# "16 documents were signed during the visit": a statement whose claim is the tally.
_PAPERS_TALLIED = re.compile(rf"\b(?!(?:19|20)\d\d\b)\d[\d,]*\s+{_PAPERS}")
_EXCEPT = re.compile(rf"{BLANK}[^.;]{{0,40}}\b(?:except|excluding|other than|apart from)\b")
_LISTED_AFTER_COLON = re.compile(r":\s*([^.;:]+)")
# "Kazakhstan, Azerbaijan and Georgia are _____ key nodes": the names before the count.
_NAME = r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*"
_LISTED_BEFORE = re.compile(
    rf"^((?:{_NAME}, )*{_NAME},? and {_NAME}) (?:are|were|have|had|became)\s"
    rf"[^.;]{{0,15}}?{BLANK}"
)
_ACRONYM_IN_BRACKETS = re.compile(r"\s*\([A-Z]{2,8}\)")
# "_____ schools", "_____ new schools", "_____ ex-Soviet states"
_THINGS_COUNTED = re.compile(r" (?:[A-Za-z-]+ )?[a-z]+s\b")
# "Bishkek, Batken, and Karakol", "gratitude, delight and hope": three things or more.
_ITEM = r"(?!(?:and|or)\b)[\w’'-]+(?: (?!(?:and|or)\b)[\w’'-]+){0,2}"
_LISTED = re.compile(
    rf"(?<![\w-])({_ITEM}(?:, {_ITEM})+,? (?:and|or) {_ITEM}|{_ITEM}(?:, {_ITEM}){{2,}})"
)
_COMPASS = r"(?:(?:north|south)[- ]?(?:east|west)?|east|west)(?:ern)?"
_FROM_A_LANDMARK = re.compile(
    rf"{BLANK}\s?-?\s?(?:km|kilomet(?:er|re)s?|miles?)\s+(?:from|away|{_COMPASS}\s+of)\b",
    re.IGNORECASE,
)
_LOGISTICS = re.compile(
    r"\bpolling (?:stations?|places?|booths?)\b|\bballot box(?:es)?\b|\bdeposit\b|"
    r"\bhotline\b|\bphone number\b|\byears? old\b|\baged \d",
    re.IGNORECASE,
)
# "a copper deposit", "deposits of gold": ore in the ground, not a sum a candidate pays.
_MINED = r"(?:ore|mineral|copper|gold|silver|gas|oil|coal|uranium|iron|zinc|lithium)"
_ORE_DEPOSIT = re.compile(
    rf"\b{_MINED}(?:\s+\w+)?\s+deposits?\b|\bdeposits?\s+of\s+{_MINED}\b", re.I
)
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# "re-elected with _____ percent of the vote on Sunday": an election's result, not a day's tally.
_SHARE_OF_THE_VOTE = re.compile(r"(?:%|\bper\s?cent)\s+of\s+(?:the\s+)?(?:\w+\s+)?votes?\b", re.I)
# "a loan of $1,000 billion" to a microfinance firm, "US$2607 billion" of remittances: money in
# thousands of billions is a slip for millions or a lost decimal point; no sum in this region's
# news comes near it, and any question on the sentence spreads the slip.
_A_THOUSAND_BILLION = re.compile(
    r"(?:[$€£]|\b(?:USD|EUR))\s?(?:\d{1,3}(?:,\d{3})+|\d{4,})(?:\.\d+)?\s?(?:billion|bn)\b"
)
MISTYPED_SUM = "a sum of a thousand billion or more: the source mistyped it"
_MONEY_UNITS = ("dollar", "euro", "yen", "rouble", "ruble", "yuan", "pound", "tenge", "som")
_INSTITUTION_AFTER = re.compile(
    rf"{BLANK}\s+(?:[A-Z]\w+\s+)?(?:officials|authorities|armed forces|Foreign Ministry|"
    r"Ministry|government|media|broadcaster)\b"
)
# "the Kyrgyz _____ Som": a currency's name says whose it is; no other people has a som.
_CURRENCIES = (
    r"(?:som|sum|tenge|manat|somoni|rouble|ruble|dram|lari|t[oö]gr[oö]g|tugrik|lira|yuan|rupee|"
    r"hryvnia)s?"
)
# "one Manat of _____" too.
_CURRENCY_AFTER = re.compile(
    rf"{BLANK}\s+{_CURRENCIES}\b|\b{_CURRENCIES}\s+of\s+{BLANK}", re.IGNORECASE
)
# The same answer also spelled out in the stem: which wrong options a place needs.
_DELEGATION = "delegation"
_CEREMONY = "ceremony"
MIN_PLAUSIBLE_WRONG = 2
_TALLY_OF_PAPERS = "a tally of papers signed (what they say is the point)"
SMALL_COUNT = 12


def unreliable(candidate: Candidate, doc: ArticleDoc) -> str | None:
    """Why a teacher would not accept this question unchanged, or None (module docstring)."""
    prompt = candidate.prompt
    if _DATELINE.match(prompt):
        return "stem opens with a dateline"
    if CLOCK_TIME.search(prompt) or _BLANK_CLOCK.search(prompt):
        return "time of day in the stem"  # "at 10:30", "around _____ local time"
    if _A_THOUSAND_BILLION.search(candidate.evidence.quote):
        return MISTYPED_SUM
    if _asks_a_date(candidate) and _PLANNED.search(prompt):
        return DATE_OF_A_PLAN
    if candidate.origin.kind == _STATEMENT:
        return _unreliable_statement(candidate, doc)
    if candidate.origin.kind == _FIGURES:
        return _unreliable_figure(candidate)
    if candidate.origin.kind == _COUNTS and _LOGISTICS.search(prompt):
        return "incidental figure (logistics)"  # "how many polling stations were arranged …"
    return None


def _asks_a_date(candidate: Candidate) -> bool:
    """The answer is when something happened: a year in the program's words, or a date a
    copied sentence leaves blank."""
    if candidate.origin.kind == _DATED_ACTION:
        return candidate.type is not QuestionType.ORDERING
    return (
        candidate.origin.kind == _STATEMENT
        and candidate.type is not QuestionType.TRUE_FALSE
        and _YEAR_OR_MONTH.search(str(candidate.answer)) is not None
    )


def _unreliable_statement(candidate: Candidate, doc: ArticleDoc) -> str | None:
    quote = candidate.evidence.quote
    answer = str(candidate.answer)
    at = quote.find(answer)
    if at >= 0 and _ALSO_AFTER.match(quote[at + len(answer) :]):
        return "others did the same (“also”)"
    if _CONNECTIVE.search(quote) or _ALSO.search(_QUOTED.sub(" ", candidate.prompt)):
        return LEANS_ON_WHAT_CAME_BEFORE
    if 0 <= candidate.origin.sentence < len(doc.sentences) and _protocol(
        doc.sentences[candidate.origin.sentence], candidate.prompt
    ):
        return "a protocol detail (who received, led or attended)"
    if candidate.type is QuestionType.TRUE_FALSE:
        if _PAPERS_TALLIED.search(candidate.prompt):
            return _TALLY_OF_PAPERS
        return None
    stem = candidate.prompt.split(": ", 1)[-1]
    blank = stem.find(BLANK)
    if _YEAR_OR_MONTH.search(answer) and blank >= 0:
        if _alone_on_its_side(answer, candidate.choices, stem):
            return "another date in the stem gives the date away"
        if _PERIOD_BEFORE.search(stem[:blank]):
            return "date of a period, not an event"
    if blank >= 0 and _INSTITUTION_AFTER.search(stem) and _is_demonym(answer, doc):
        return "nationality of an institution the story names"
    if (
        blank >= 0
        and _CURRENCY_AFTER.search(stem)
        and (_is_demonym(answer, doc) or answer in doc.knowledge.countries)
    ):
        return "nationality of a currency (its name gives it)"
    wrong = [c for c in candidate.choices if c != answer]
    if wrong and _city(answer, doc) is not None and not _plausible_places(answer, wrong, doc):
        return "wrong places too far from the answer"
    people = _known_people(doc)
    if wrong and answer in people and not all(w in people for w in wrong):
        return "wrong people unknown as office-holders"
    return None


def _unreliable_figure(candidate: Candidate) -> str | None:
    prompt = candidate.prompt
    if _OTHER_UNIT.search(prompt) or _OR_ANOTHER_UNIT.search(prompt):
        return "figure given again in another unit"
    if _LOGISTICS.search(_ORE_DEPOSIT.sub(" ", prompt)):
        return "incidental figure (logistics)"
    if _FROM_A_LANDMARK.search(prompt):
        return "incidental figure (distance from a landmark)"
    if _PAPERS_COUNTED.search(prompt):
        return _TALLY_OF_PAPERS
    unit = (candidate.unit or "").casefold()
    if (
        _WEEKDAY.search(prompt)
        and not any(money in unit for money in _MONEY_UNITS)
        and not _SHARE_OF_THE_VOTE.search(prompt)
    ):
        return "one day's statistic"
    value = _small_count(candidate)
    if value is not None:
        if _EXCEPT.search(prompt):
            return "count the stem works out (a group less its exceptions)"
        stem = prompt.split(": ", 1)[-1]
        listed = _LISTED_AFTER_COLON.search(stem) or _LISTED_BEFORE.match(stem)
        items = re.split(r",\s*(?:and\s+)?|\s+and\s+", listed.group(1)) if listed else []
        if sum(1 for item in items if item[:1].isupper()) >= value - 1:
            return "count of the names the stem lists"
        if _things_listed_after(stem) == value:
            return "count of the names the stem lists"  # "_____ words: gratitude, … and hope"
    return None


def _things_listed_after(stem: str) -> int | None:
    """How many things the stem lists one by one after the blank and the noun it counts ("The
    first _____ schools situated in Bishkek, Batken, and Karakol": 3; "_____ parties – the
    Democratic Party (DPT), … and the Socialist Party (SPT)"), if it lists any."""
    after = re.split(r"[.;]\s", stem.partition(BLANK)[2], maxsplit=1)[0]
    after = _ACRONYM_IN_BRACKETS.sub("", after)  # "the Democratic Party (DPT), …"
    counted = _THINGS_COUNTED.match(after)  # "_____ schools", not "a _____% tariff"
    listed = _LISTED.search(after[counted.end() :]) if counted else None
    if listed is None:
        return None
    return len(re.split(r",\s*(?:(?:and|or) )?|\s(?:and|or)\s", listed.group(1)))


def _protocol(sentence: Sentence, prompt: str) -> bool:
    """The clause the stem copies tells who received guests, led a delegation or attended a
    ceremony ("the heads of government were received by the President", "Uzbekistan's
    delegation was led by the governor", "was among the dignitaries in attendance", "attended
    the inauguration ceremony"): protocol around the news, not the news."""
    if "in attendance" in prompt:
        return True
    for verb in sentence.span:
        if verb.pos_ != "VERB" or not whole_words(verb.text).search(prompt):
            continue
        roles = {child.dep_: child.lemma_.casefold() for child in verb.children}
        if verb.lemma_ == "receive" and "nsubjpass" in roles:
            return True
        if verb.lemma_ == "lead" and _DELEGATION in (roles.get("nsubjpass"), roles.get("dobj")):
            return True
        if verb.lemma_ == "attend" and roles.get("dobj") == _CEREMONY:
            return True
    return False


def _alone_on_its_side(answer: str, choices: list[str], stem: str) -> bool:
    """Another year of the stem leaves the answer the only option after it (or before it):
    "In _____, X was replaced by a body set up in December 2021" among 2017, 2020 and 2022."""
    answer_year = _year(answer)
    wrong_years = [y for y in (_year(c) for c in choices if c != answer) if y is not None]
    if answer_year is None or not wrong_years:
        return False
    for other in (int(y) for y in _YEAR.findall(stem)):
        if answer_year > other and all(y <= other for y in wrong_years):
            return True
        if answer_year < other and all(y >= other for y in wrong_years):
            return True
    return False


def _year(text: str) -> int | None:
    found = _YEAR.findall(text)
    return int(found[-1]) if found else None


def _small_count(candidate: Candidate) -> int | None:
    answer = candidate.answer
    if isinstance(answer, str) and answer.isdigit():
        answer = int(answer)  # a figure asked with options: "3" among "2", "4", "5"
    if isinstance(answer, bool) or not isinstance(answer, (int, float)):
        return None
    if float(answer).is_integer() and 2 <= answer <= SMALL_COUNT:
        return int(answer)
    return None


def _is_demonym(text: str, doc: ArticleDoc) -> bool:
    return any(text in country.demonyms for country in doc.knowledge.countries.values())


def _city(text: str, doc: ArticleDoc) -> str | None:
    """The country of the city written `text`, or None."""
    for city in doc.knowledge.cities.values():
        if text == city.name or text in city.aliases:
            return city.country
    return None


def _plausible_places(answer: str, wrong: list[str], doc: ArticleDoc) -> bool:
    """Enough wrong options are cities of the answer's country or region, or, for a capital,
    capitals of the countries the story names (Moscow and Astana for a CSTO summit in Minsk)."""
    countries = doc.knowledge.countries
    home = _city(answer, doc)
    region = countries[home].region if home in countries else None
    story = set(doc.countries()) if _is_capital(answer, doc) else set()
    near = 0
    for option in wrong:
        country = _city(option, doc)
        if country is None:
            continue
        in_region = (
            region is not None and country in countries and countries[country].region == region
        )
        if country == home or in_region or (country in story and _is_capital(option, doc)):
            near += 1
    return near >= MIN_PLAUSIBLE_WRONG


def _is_capital(text: str, doc: ArticleDoc) -> bool:
    return any(
        city.is_capital and (text == city.name or text in city.aliases)
        for city in doc.knowledge.cities.values()
    )


def _known_people(doc: ArticleDoc) -> frozenset[str]:
    """Every way the knowledge data writes an office-holder: name, aliases and surnames."""
    forms: set[str] = set()
    for leader in doc.knowledge.leaders.values():
        for name in (leader.name, *leader.aliases):
            forms.add(name)
            forms.update(name.split())  # "Tokayev"; "Xi" of "Xi Jinping"
    return frozenset(forms)

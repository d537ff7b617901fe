"""From raw article text to numbered paragraphs of real article text.

News pages arrive with site chrome (taglines, newsletter sign-ups, bylines and footers), teasers
for other stories (a headline followed by a one-paragraph standfirst) interleaved with the body,
photo captions printed twice, and a standfirst that the body later repeats. All of that is
dropped here and reported, so no question can come from it; what remains is numbered from 1, and
those numbers are the paragraph numbers evidence points at.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from datetime import date

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
CHROME = re.compile(
    r"\b(sign[ -]?up|subscribe|subscription|newsletter|don[’']t miss|cookies?|no tracking|"
    r"written by|filed under|share (this|on)|follow us|join us|advertisement|"
    r"all rights reserved|read more|read also|see also|related (articles?|stories|news|posts)|"
    r"more news|latest news|most read|click here|support (our|us)|donate|free from fear|"
    r"our telegram|whatsapp|print this|email this|tags?:|topics?:|continue reading|"
    r"(?:gov|mil) website|secure websites|"  # a government site's banner
    r"toll[- ]free|working (?:days|hours)(?=\s*[:,])|opening hours|"  # a help line's hours
    r"photo credit|image credit|getty images|reuters/|afp via|copyright)\b|©",
    re.IGNORECASE,
)
# A label before a link to another story: "Read also", "Also read:", "Related:".
LINK_LABEL = re.compile(
    r"^\s*(?:read (?:also|more)|also read|see also|related(?: (?:news|articles?|stories|posts))?)"
    r"\s*:?\s*$",
    re.I,
)
# A post embedded from a social network: its text with its links, and its signature line
# ("— Ministry of Foreign Affairs (@MFA_KZ) December 12, 2022").
_EMBEDDED_POST = re.compile(
    r"pic\.twitter\.com/|https?://t\.co/"
    rf"|^\s*[—–-]\s*[^()]{{1,80}}\(@\w{{1,30}}\)\s+{_MONTH} \d{{1,2}},? \d{{4}}\s*$"
)
# A heading over other stories of the site, which run to the end of the page.
_OTHER_STORIES_HEADING = re.compile(
    r"^\s*(?:most (?:viewed|read|popular|shared)|trending(?: now)?|editor[’']?s picks?|"
    r"you (?:may|might) also like|recommended(?: for you)?|top stories|popular (?:news|now))"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
# Another story's opening, cut short before a link to it: "… TASS reported. The agency … more".
_CUT_BY_A_MORE_LINK = re.compile(r"(?:\.\.\.|…)\s*more\s*$", re.IGNORECASE)
# A byline or dateline alone on its line: "By Jane Smith", "By Jane Smith and John Doe, Almaty".
BYLINE = re.compile(
    r"^by\s+[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,6}(?:\s*(?:,|and)\s*[\w .’'-]{0,60})?$",
    re.IGNORECASE,
)
# Currency and market tickers: "USD/KZT 470.5 ▲0.3%", "EUR 512.40 -0.12".
TICKER = re.compile(
    r"^(?:[A-Z]{3}(?:/[A-Z]{3})?\s?[:=]?\s?[\d.,]{1,12}(?:\s?[▲▼+\-−]\s?[\d.,]{1,8}%?)?\s*){1,8}$"
)
CAPTION_CREDIT = re.compile(
    r"\s*\b(Photo(graph)?|Image|Picture|Credit|Illustration)s?\s*(:|by\b)[^.]*$"
    r"|\s*\((?:Photo|Image|Picture|Credit)s?\s*(?::|by\b)[^()]*\)(?=\.?$)",
    re.IGNORECASE,
)
# A photo's credit on its own line: "Photo: Acme AI Generated, ill. purposes.", "Image by …".
PHOTO_CREDIT_LINE = re.compile(
    r"^(?:(?:Cover |Main |Top )?Photo(?:graph)?s?|Image|Picture|Credit|Illustration)\s*(?::|by\b)",
    re.IGNORECASE,
)
PHOTO_CREDIT_MAX_WORDS = 12
# A photographer and agency in brackets closing a caption: "… July 27, 2024. [Jane Doe | VOA]".
BRACKETED_CREDIT = re.compile(r"(?<=[.!?”])\s*\[[^\[\]|]{2,60}\|[^\[\]|]{1,40}\]$")
# An agency photo caption: "FILE: Tajik President Emomali Rahmon ...", "FILE PHOTO - ...",
# "Photo: Nursultan Nazarbayev … addresses the Security Council …".
FILE_PHOTO = re.compile(r"^(?:FILE(?: PHOTO)?|PHOTO|Photo)\s*[:—–-]\s*")
# A photo's caption dated in brackets, with no full stop: "Leaders in Osh (15 April 2010)".
_DATED_CAPTION = re.compile(r"[^.!?]+\(\d{1,2} [A-Z][a-z]+ \d{4}\)")
# What a photo shows, in the present tense and dated: "Outgoing President Salome Zourabichvili
# speaks outside the presidential palace on December 29."
_CAPTION_VERBS = (
    "speaks", "talks", "attends", "attend", "meets", "shakes", "pose", "poses", "arrives",
    "walks", "gestures", "waves", "wave", "stand", "stands", "sits", "hold", "holds", "gather",
    "gathers", "march", "rally", "listens", "addresses", "lays", "take part", "takes part",
)  # fmt: skip
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
# The note Russian agencies must add to a story naming a banned group: "On February 14, 2003,
# Russia's Supreme Court handed down a ruling declaring the Taliban to be a terrorist
# organization, which is outlawed in Russia."
_BANNED_IN_RUSSIA_NOTE = re.compile(
    r"^(?:On [A-Z][a-z]+ \d{1,2}, \d{4}, )?(?:the )?(?:Russia[’']s|Russian) Supreme Court\b"
    r"[^.]{0,160}\b(?:terrorist|extremist)\b[^.]{0,80}\.$"
)
# An agency's photo caption: "In this Sunday, Dec. 13, 2015 photo, …", "… (AP Photo/Name)",
# "… (PHOTO / XINHUA)", "Tokayev (R) and …", "Armenia -- The governing board of the Central
# Bank meets in Dilijan, January 1, 2017."
_AGENCY_CAPTION = re.compile(
    r"^In this [^.]{0,40}\bphoto\b[^.,]{0,40},|\((?:[A-Z]+ )?Photo/[^()]*\)$"
    r"|\(PHOTO ?/ ?[A-Z][A-Za-z ]{1,30}\)$"
    r"|\((?:\d(?:st|nd|rd|th) )?(?:[LRC]|left|right|centre|center)\)(?= )"
    r"|^[A-Z][A-Za-z .'-]{1,30} (?:--|[-–—]) [^\n]+, [A-Z][a-z]+ \d{1,2}, \d{4}\.?$"
    r"|^(?:An?|Another|The|This)\b[^.]{0,60}\b(?:picture|photo|photograph|image)\b[^.]{0,60}"
    r"\bshows?\b"
    rf"|^[^.!?]{{0,160}}\b(?:{'|'.join(_CAPTION_VERBS)})\b[^.!?]*"
    rf"(?:,| on| in) (?:{'|'.join(_MONTH_NAMES)}) \d{{1,2}}(?:, \d{{4}})?\.$"
)
SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
# A list item: each is a block of its own, never joined to the next line.
_BULLET = re.compile(r"^\s*[•·▪‣◦●○■□➢►–]\s*")
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+(?=\S)")
# An item's mark in a lettered or Roman-numbered list: "(iv) Tajik grid reinforcement …"; in
# a numbered one, before a capital: "(1) The “Central Asia plus Japan” Dialogue …", "1. At the
# meeting …"; a bullet maybe before either.
_ENUMERATOR = re.compile(
    r"^\s*(?:[•·▪‣◦●○■□➢►]\s*)?"
    r"(?:\((?:[ivx]{1,5}|[a-h])\)\s+(?=\S)|(?:\(\d{1,2}\)|\d{1,2}[.)])\s+(?=[A-Z“\"]))"
)
_MARKDOWN_PREFIX = re.compile(r"^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+(?=\S))")
_MARKDOWN_LINK = re.compile(r"!?\[([^\]\[]{0,300})\]\([^)(\s]{0,500}\)")
# Emphasis markers hugging a word ("**SCO**", "_Astana_"): removed one by one, in linear time.
_MARKDOWN_EMPHASIS = re.compile(r"(?:\*{1,2}|_{1,2})(?=\w)|(?<=[\w.,;:!?])(?:\*{1,2}|_{1,2})")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_LATIN_WORD = re.compile(r"[A-Za-z]")
_SMALL_WORDS = frozenset(
    re.findall(
        r"\S+",
        "a an the and or but nor for of in on at to by as from with into over via vs is are was "
        "be his her its their can may",
    )
)
# Footnote and citation markers: "[9]", "[a]", "[citation needed]", a superscript number.
FOOTNOTE = re.compile(
    r"\[(?:\d{1,3}(?:[-–,]\s?\d{1,3}){0,5}|[a-z]|citation needed|note \d{1,3})\]"
    # a link's label in brackets: "[official website, in Russian]", "[press release]", "[JURIST]"
    r"|\s?\[(?:[a-z][\w ,'’-]{0,40}\b(?:website|report|release|profile|text|materials|archive"
    r"|backgrounder|blog|video|statement|document|transcript|order)\b[\w ,'’-]{0,30}|JURIST)\]"
    # (but a unit's power stays: "10 km³", "280 m²")
    r"|(?<=[\w.,;:)”\"])(?<!\bkm)(?<!\bm)(?<!\bcm)(?<!\bft)(?<!\bmi)[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}"
    # a pointer to a chart or table the text does not carry: " (Figure 1)", " (see Table 2)"
    r"|\s?\((?:see )?(?:Figure|Fig\.|Table|Chart|Graph|Map|Annex) ?\d{1,2}[a-z]?\)"
)
# A site's name printed twice with nothing between, as a logo and its alternative text are.
_PRINTED_TWICE = re.compile(r"^(?P<name>[A-Z][\w .&’'-]{2,60})(?P=name)$")
REPEAT_SHARE = 0.75
TEASER_MIN_WORDS = 7
TITLE_MIN_WORDS = 4  # a shorter line above the headline is the site's name
STANDFIRST_MAX_WORDS = 60
HEADLINE_MAX_WORDS = 25
# A line of page chrome above the headline is short; a block of more words that opens like one
# ("by Staff Writers Bishkek (AFP) Sept 11, 2013 China on Wednesday agreed …") is the story.
_CHROME_LINE_MAX_WORDS = 60
SHORT_HEADING_WORDS = 3


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the cleaned article; `number` counts from 1 and is what evidence cites."""

    number: int
    text: str
    is_caption: bool = False


@dataclass(frozen=True)
class SkippedText:
    """A block of the page left out of the article, and why (for the review report)."""

    text: str
    reason: str


@dataclass
class CleanArticle:
    title: str | None
    paragraphs: list[Paragraph] = field(default_factory=list)
    skipped: list[SkippedText] = field(default_factory=list)
    published: date | None = None  # from the page's date line or dateline, where it has one


# Lines above a headline that are no headline: a breadcrumb trail ("Home / Oil & Energy / …"),
# a saved page's date line, a "Publish Date : …" or "News ID: …" line.
_NOT_A_TITLE = re.compile(
    r"^\s*(?:date \d{4}-\d\d-\d\d\s*$"
    r"|(?:date \d{4}-\d\d-\d\d\s+)?(?:#[\w-]+\s*)+$"  # a line of hashtags: "#sun #shining"
    r"|(?:Publish(?:ed)?|[Pp]ublicated|Posted|Updated)(?: [Dd]ate)?\s*:|Posted in\b"
    r"|News ID\s*:|Reading [Tt]ime\s*:|Skip to (?:main )?content|Get the latest updates"
    r"|Page last updated|Official (?:web ?site|page|portal) of\b"
    r"|An official website of\b|Here[’']s how you know"  # a government site's banner
    r"|[A-Z]{3,} \| "  # "NEWS | July 1, 2019": a section's label and the date
    # "Become a Member", "Subscribe to our newsletter": the site asking, not a headline
    r"|(?:Become an?|Subscribe|Sign up|Join us|Join our|Follow us|Support us|Donate)\b"
    r"|Support independent (?:journalism|media)\b|.*\bJoin (?:us )?(?:today|now)\W*$"
    r"|Show [Ff]ull ?screen|(?:Previous|Next) (?:post|article|story)\b"  # a page's links
    r"|Please (?:ensure|enable) [Jj]ava[Ss]cript"
    r"|Previous Home Next|No\. \d+ \(\d+\)"  # a newsletter's page links, its issue number
    r"|[A-Z][a-z]+(?:, [A-Z][a-z]+){2}$"  # a site's motto: "Impartial, Informative, Insightful"
    r"|Connect (?:via|with)\b|.*\bDownload\b.*\bPDF\b|.*\bISSN\b|.*\bEditor[- ]in[- ]Chief\b"
    r"|.*\bLast Updated On\b|.*\bRef\.? ?[Nn]o\.?\s*:|.*\bPage \d+\b|.*\bNews (?:List|Service)$"
    r"|(?:Latest )?News (?:and|&) (?:Events|Views|Analysis)$|\W{0,3}/ "
    # a photo's caption or credit: "… Xi Jinping. Photo: Xinhua via AP", "(Photo by …)"
    r"|.*(?:\bPhotos?\s*(?::|by\b|courtesy\b)|\(Photo\b|[–—-]\s*[A-Z]+ Photo\s*$"
    r"|\bImage source\s*:)"
    r"|(?:date \S{6,12}\s+)?(?:zoom\s+)?Image [Cc]ourtesy\b"
    r"|Published on [^.!?]*\(https?://"  # "Published on CACI Analyst (http://…)"
    r"|\W*City Fajr\b|[A-Z][a-z]+(?: \d\d?:\d\d){3,}"  # a widget of prayer times
    # a byline: "by Staff Writers Dushanbe (AFP)", "by James M Dorsey 8 October 2022"
    r"|[Bb]y (?:Staff Writers?|[A-Z][a-z]+ (?:[A-Z]\.? )?[A-Z][a-z]+ \d{1,2} [A-Z][a-z]+ \d{4}$))"
    r"|^[^/.!?]{2,40} / [^/.!?]{2,60}(?: / |$)|^Home\s*[»›>]"
    r"|\b(?:Author|Writer|Media [Oo]utlet|Source|Date of [Pp]ublication)\s*:"  # "Author: A. Name"
    # "Thursday, 25, July, 2024", "Monday, June 6 2016 15:46 EEST": a date and nothing else
    r"|^\W*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June"
    r"|July|August|September|October|November|December|\d{1,4}|[,./: |-]|Updated"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
    r"|(?:EEST|EET|GMT|UTC|CET|CEST|MSK|BST|EST|EDT|PST|IST|ALMT|[AaPp]\.?[Mm]\.?)\b)+$"
    r"|^\W*\w+\W*$"  # "News": one word, a section's name
    r"|^[A-Z]+ [A-Z]+$"  # "BREAKING NEWS", "BASIC FACTS": a section's label in capitals
    r"|^[^.!?|]{1,30}:$"  # "AFP, Bishkek:", "By Ana Soto - Trend:": a label, not a headline
    r"|^\W*<?!--"  # "!-- Google tag (gtag.js) -->": a page's code
    r"|^Posted by\b"  # "Posted by SlavEU | Europe"
    # "date 2018-08-17 Baku, Azerbaijan, Aug. 17": a dateline alone; "nCa Report by A. Name"
    rf"|^(?:date \S{{6,12}}\s+)?[A-Z][a-z]+(?:, [A-Z][a-z]+)?, {_MONTH} \d{{1,2}}\s*$"
    r"|^(?:date \S{6,12}\s+)?(?:\w+ )?Report by [A-Z][a-z]+"
    # "The St. Petersburg Times, Russia Jan 3 2015": a newspaper's masthead
    r"|^(?:The )?[A-Z][\w.]*(?: [A-Z][\w.]*)* (?:Times|Post|News|Herald|Tribune|Journal|Gazette"
    r"|Telegraph|Guardian|Monitor|Observer|Chronicle|Courier|Daily)\b(?:,[^.!?]*)?$"
)
# Lines above the body that a title would never be: a time stamp, a dateline cut from its
# story, a wire's dateline, a caption, a label and its value, a byline, a URL slug, a row of tags.
_NO_HEADLINE = re.compile(
    r"\b\d{1,2}:\d\d\b|\bUTC\b"  # "26 April 2024 22:20 (UTC+04:00)"
    r"|^(?:Published|Updated?|Posted|Story [Cc]ode)\b"  # "Published December 4, 2014"
    r"|\s[–—-]$"  # "ULAANBAATAR, Mongolia –": a dateline, its story's text run on below
    r"|,\s*(?:AZERTAC|Trend|TASS|Xinhua|Kazinform|Asia-Plus|AKIpress|Kabar|APA|Report)\W*$"
    # "Baku, April 4, AZERTAC", "BAKU, Azerbaijan, Sept.14": a wire's dateline
    rf"|^[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){{0,3}}, (?:[A-Z][\w.]*,? )?{_MONTH} ?\d{{1,2}}\b"
    rf"|^{_MONTH} \d{{1,2}}, \d{{4}}, "  # "June 10, 2022, The Kremlin, Moscow"
    r"|\s[|=]\s"  # "Images | Akorda", "Photos = Cheong Wa Dae"
    r"|[–—-] (?:Screengrab|Photo|Image|File photo)\b"  # a caption: "… — Screengrab via Geo News"
    r"|^(?:[A-Z]\w*\s+){0,3}Staff\s+[A-Z][a-z]+ [A-Z][a-z]+$"  # "OAN Staff Abril Elfi"
    r"|^\W*[A-Z][\w ]{1,30}, \d{3,4}$"  # "- Sputnik International, 1920": an image's width
    r"|^You (?:can|are|have|must)\b"  # "You can filter your feed": the site's own words
    r"|^[A-Z\d]+(?:-[A-Z\d]+){2,}$"  # "KAZAKHSTAN-SENATE-TAXES-VAT": the page's address
    r"|^(?:[A-Z][\w-]*(?: [A-Z][\w-]*)?, ){3,}[A-Z][\w-]*(?: [A-Z][\w-]*)?$"  # tags
)
# The words of a site's menu and sections: a line made of them is no headline.
_SITE_WORDS = frozenset({
    "news", "logo", "instagram", "youtube", "facebook", "twitter", "telegram", "topics",
    "search", "stories", "latest", "about", "monitoring", "home", "menu", "images", "photos",
    "video", "videos", "featured", "global", "world", "society", "opinion", "science", "sport",
    "sports", "incidents", "business", "politics", "economy", "culture", "analysis", "region",
    "regions", "multimedia", "interviews", "top", "week", "show", "feed", "newsfeed", "more",
})  # fmt: skip
_NO_HEADLINE_MAX_WORDS = 40
_SENTENCE_THEN_MORE = re.compile(r"[.!?]\s+[A-Z]")
MIN_SITE_WORDS = 2


def _no_headline(block: str) -> bool:
    """A line above the body that is page furniture, not the story's headline (see
    `_NO_HEADLINE`), or a menu: two or more of the site's section words, making up at least
    half of the line ("World Society Russia Opinion Science Sport", "X Instagram Youtube")."""
    if _word_count(block) > _NO_HEADLINE_MAX_WORDS or _SENTENCE_THEN_MORE.search(block):
        return False  # "DUSHANBE, May 3. Officials in Tajikistan …": a lede after its dateline
    if _NO_HEADLINE.search(block.strip()):
        return True
    words = [w.lower() for w in _WORD.findall(block) if not w.isdigit()]
    menu = sum(w in _SITE_WORDS for w in words)
    return menu >= MIN_SITE_WORDS and 2 * menu >= len(words)


# "Andrew Osborn" above the story: a byline's name alone (but "Karakum Canal" above a first
# sentence that names it again is an encyclopaedia's headline).
_NAME_ALONE = re.compile(r"^[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z’'-]+$")


MIN_STUFFED_WORDS = 6


def _stuffed_with_keywords(block: str) -> bool:
    """A line of a few words said over and over ("astropay bozdurma paysafe bozdurma astropay
    kart bozdurma …"): a spammer's keywords, not a headline."""
    words = block.casefold().split()
    if _FUNCTION_WORDS & set(words):
        return False  # "the Republic of Armenia and the Republic of Azerbaijan": a sentence
    return len(words) >= MIN_STUFFED_WORDS and 2 * len(set(words)) <= len(words)


_FUNCTION_WORDS = frozenset({"the", "of", "and", "in", "on", "to", "was", "is", "by", "with"})


_TRAILING_ADDRESS = re.compile(r"\s+(?:https?://)?www\.[\w.-]+\.[a-z]{2,}\S*\s*$")


def _without_address(title: str) -> str:
    """A headline without the web address or time stamp a page printed after it ("... top job
    www.site.com", "... its future 30 августа 2014, 02:51") or the label before it ("You're
    reading: Kyrgyz vote wins …", "Mongolia|economy|January 23, 2025 / 10:31 AM Mongolia …")."""
    return _READING_LABEL.sub("", _STAMP.sub("", _TRAILING_ADDRESS.sub("", title)))


_STAMP = re.compile(
    r"\s+(?:[A-Z][a-z]+ )?\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)?$"  # " Xinhua 2017-02-19 23:27:04"
    r"|\s+\d{1,2} \w+ \d{4}, \d\d:\d\d$"  # " 30 августа 2014, 02:51"
    r"|\s+By [A-Z]\w+(?: \| \w+)?$"  # " By Reuters | DN"
    r"|^[^|]*(?:\|[^|]*)+?\d{1,2}:\d\d\s*(?:AM|PM)\s+(?=[A-Z]\S*(?:\s\S+){3})"  # "…| 10:31 AM "
)


_READING_LABEL = re.compile(r"^(?:(?:You(?:'|’)re|You are) reading:\s*|Home News\s+(?=[A-Z]))")


_CUT_SHORT = re.compile(r"(?:\.\.\.|…)\s*$")
_COPIED_TAIL = 24  # characters before the cut that the full line must repeat


def _cut_copy_of_what_follows(block: str, following: list[str]) -> bool:
    """A line cut short with "..." whose last words a line just below prints in full: a
    breadcrumb trail run into the headline ("HomeDefence‘Pouring oil on fire’ — … Indian
    arms..." above "‘Pouring oil on fire’ — … Indian arms to Armenia")."""
    if not _CUT_SHORT.search(block):
        return False
    tail = _CUT_SHORT.sub("", block).rstrip()[-_COPIED_TAIL:]
    return len(tail) == _COPIED_TAIL and any(tail in later for later in following)


def _headline_run_in(block: str, title: str) -> bool:
    """ "Turkmen president wins new term Turkmenistan’s reigning strongman … bagged …": the
    page printed its headline again with no break before the first sentence."""
    rest = block[len(title) :]
    return (
        block.startswith(title)
        and rest[:1] == " "
        and rest.lstrip()[:1].isupper()
        and _word_count(rest) >= TITLE_MIN_WORDS
        and bool(SENTENCE_END.search(rest))
    )


def clean_article(text: str) -> CleanArticle:
    """Split `text` into blocks, drop chrome, teasers and repeats, and number what is left."""
    blocks, run_in_captions = split_blocks(text)
    title: str | None = None
    kept: list[tuple[str, bool]] = []
    skipped: list[SkippedText] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        body_started = any(not is_caption for _, is_caption in kept)
        if not _LATIN_WORD.search(block) or _PRINTED_TWICE.match(block):
            skipped.append(SkippedText(block, "site chrome"))  # "Лого", "World BankWorld Bank"
        elif _EMBEDDED_POST.search(block):
            skipped.append(SkippedText(block, "embedded social media post"))
        elif block in run_in_captions:
            skipped.append(SkippedText(block, "photo caption run into the text"))
        elif index < len(blocks) and _is_caption_then_credit(block, blocks[index]):
            # A photo's caption, then the same caption with its credit: one caption.
            kept.append((block, True))
            skipped.append(SkippedText(blocks[index], "photo caption printed twice"))
            index += 1
        elif BRACKETED_CREDIT.search(block):
            kept.append((BRACKETED_CREDIT.sub("", block), True))
        elif not body_started and block == title:
            skipped.append(SkippedText(block, "headline printed twice"))
        elif not body_started and title and _headline_run_in(block, title):
            skipped.append(SkippedText(title, "headline run into the first paragraph"))
            kept.append((block[len(title) :].lstrip(), False))
        elif not body_started and (
            (
                _NOT_A_TITLE.search(_STAMP.sub("", block))
                and _word_count(block) <= _CHROME_LINE_MAX_WORDS
            )
            or _stuffed_with_keywords(block)
            or (_NAME_ALONE.match(block) and block not in " ".join(blocks[index : index + 1]))
            or _no_headline(_without_address(block))
        ):
            skipped.append(SkippedText(block, "site chrome"))  # "Home / News / …", "date …"
        elif not body_started and _cut_copy_of_what_follows(block, blocks[index : index + 3]):
            skipped.append(SkippedText(block, "site chrome"))  # "HomeDefence‘Pouring oil …"
        elif (
            title is None and not body_started and _is_sentence_case_headline(block, blocks[index:])
        ):
            title = _without_address(block)  # "Tajikistan and Kyrgyzstan define another 43 km …"
        elif body_started and _OTHER_STORIES_HEADING.match(block):
            # "Most viewed", then other stories, whole paragraphs of them, to the page's end
            skipped.extend(SkippedText(b, "list of links to other stories")
                           for b in blocks[index - 1 :])  # fmt: skip
            break
        elif _CUT_BY_A_MORE_LINK.search(block):
            skipped.append(SkippedText(block, "teaser for another article"))
        elif _is_chrome(block):
            skipped.append(SkippedText(block, "site chrome"))
            # "Read also", then the other story's headline; "Related News", then several
            while (
                LINK_LABEL.match(block)
                and index < len(blocks)
                and (_is_link_text(blocks[index]) or is_headline(blocks[index]))
            ):
                skipped.append(SkippedText(blocks[index], "teaser for another article"))
                index += 1
        elif is_headline(block):
            following = blocks[index] if index < len(blocks) else ""
            # A site's name, or "Directory of Taiwan" above the headline shown twice
            site_name = (
                (is_headline(following) and _word_count(block) < TITLE_MIN_WORDS)
                or bool(_SITE_NAME.match(block))  # "Draw Media", then the headline
                or (
                    following in blocks[index + 1 :]
                    and _is_sentence_case_headline(following, blocks[index + 1 :])
                )
            )
            if title is None and not body_started and site_name:
                skipped.append(SkippedText(block, "site chrome"))
            elif title is None and not body_started:
                title = _without_address(block)
            elif _word_count(block) >= TEASER_MIN_WORDS and index < len(blocks) and body_started:
                skipped.append(SkippedText(block, "teaser for another article (headline)"))
                if _is_standfirst(blocks[index]):
                    skipped.append(SkippedText(blocks[index], "teaser for another article"))
                    index += 1
            elif kept and _only_short_blocks(blocks[index:]):
                # "Armenia and the CSTO", then headlines of other stories to the end of the page.
                skipped.append(SkippedText(block, "list of links to other stories"))
                skipped.extend(SkippedText(b, "list of links to other stories")
                               for b in blocks[index:])  # fmt: skip
                break
            else:
                skipped.append(SkippedText(block, "heading"))
        elif (
            not _has_sentence(block)
            and kept
            and _only_short_blocks(blocks[index:])
            and any(SENTENCE_END.search(b) for b in blocks[index:])
        ):
            # "More on the region", then headlines of other stories to the end of the page.
            skipped.append(SkippedText(block, "list of links to other stories"))
            skipped.extend(SkippedText(b, "list of links to other stories")
                           for b in blocks[index:])  # fmt: skip
            break
        elif not _has_sentence(block):
            skipped.append(SkippedText(block, "site chrome"))
        elif body_started and _unstopped_line_above_text(block, blocks[index:]):
            # "Turkmenistan to ship gas to Turkiye via Iran": a heading, or another story's
            skipped.append(SkippedText(block, "heading"))
        elif not body_started and _is_standfirst_line(block, blocks[index:]):
            # "Turkish leader highlights deepening ties with Uzbekistan": no full stop, above
            # the first paragraph of the body
            skipped.append(SkippedText(block, "standfirst"))
        elif _AGENCY_CAPTION.search(block):
            # what a photo shows, on another day ("left, shakes hands with …"): no news
            skipped.append(SkippedText(block, "photo caption"))
        elif _BANNED_IN_RUSSIA_NOTE.match(block):
            skipped.append(SkippedText(block, "agency's legal note"))
        else:
            caption = CAPTION_CREDIT.sub("", block).strip() if CAPTION_CREDIT.search(block) else ""
            if FILE_PHOTO.match(block):
                caption = FILE_PHOTO.sub("", block).strip()
            if _DATED_CAPTION.match(block) and not SENTENCE_END.search(block):
                caption = block  # "Bakiyev surrounded by guards in Osh (15 April 2010)"
            if caption:
                kept.append((caption, True))
            else:
                kept.append((block, False))
    kept = _without_trailing_links(_without_a_cut_last_line(kept, skipped), skipped)
    article = _drop_repeats(title, kept, skipped)
    article.published = publication_date(text)
    return article


def _is_caption_then_credit(block: str, following: str) -> bool:
    """ "Dead sheep in Bayanmunkh, last month." then "Dead sheep in Bayanmunkh, last month.
    Name / AFP via Getty Images": a caption, printed again with its photo credit."""
    return (
        _word_count(block) >= 3
        and following.startswith(block)
        and _word_count(following) > _word_count(block)
        and _word_count(following) - _word_count(block) <= _CREDIT_MAX_WORDS
    )


_CREDIT_MAX_WORDS = 12


def _only_short_blocks(rest: list[str]) -> bool:
    """Two or more lines, each as long as a headline (with its standfirst), none a section
    heading of a word or three ("Statistics", "Trade and investment"): a page's sections go on,
    a sidebar of other stories does not."""
    return len(rest) >= 2 and all(
        SHORT_HEADING_WORDS < _word_count(b) <= HEADLINE_MAX_WORDS for b in rest
    )


# A publisher's postal address: "304 North Cardinal St.", "1 Main Street, Suite 200".
STREET_ADDRESS = re.compile(
    r"^\d{1,5} [A-Z][\w.]*(?: [A-Z][\w.]*){0,3} (?:St|Street|Ave|Avenue|Rd|Road|Blvd|Lane|Ln)\.?"
    r"(?:,[\w ,.]{0,40})?$"
)


HEADLINE_LOOK_AHEAD = 8  # blocks: a site's address or menu may stand between headline and body


def _is_sentence_case_headline(block: str, rest: list[str]) -> bool:
    """The page's first line, a headline written as a sentence without its full stop, followed
    by body text."""
    words = _word_count(block)
    if CHROME.search(block) or BYLINE.match(block) or TICKER.match(block):
        return False
    if 1 <= words < TITLE_MIN_WORDS:  # "C5+1", "Baikonur Cosmodrome", right above the body
        return bool(rest) and _word_count(rest[0]) > HEADLINE_MAX_WORDS
    return (
        TITLE_MIN_WORDS <= words <= HEADLINE_MAX_WORDS
        and not SENTENCE_END.search(block)
        and not block.rstrip().endswith((",", ";", ":"))
        and any(_word_count(b) > HEADLINE_MAX_WORDS for b in rest[:HEADLINE_LOOK_AHEAD])
    )


def _without_a_cut_last_line(
    kept: list[tuple[str, bool]], skipped: list[SkippedText]
) -> list[tuple[str, bool]]:
    """The page's last line cut off after a comma ("The total length of the railways in
    Uzbekistan is 4,"): only the sentences before the cut are the article's."""
    if not kept or not kept[-1][0].rstrip().endswith(","):
        return kept
    text, is_caption = kept[-1]
    whole = _whole_sentences(text)
    skipped.append(SkippedText(text[len(whole) :].strip(), "cut off"))
    return kept[:-1] + ([(whole, is_caption)] if whole else [])


def _without_trailing_links(
    kept: list[tuple[str, bool]], skipped: list[SkippedText]
) -> list[tuple[str, bool]]:
    """Lines without a full stop after the article's last sentence: a list of links to other
    stories ("Armenia and the CSTO", then its headlines), not the article."""
    end = len(kept)
    while (
        end > 0
        and not SENTENCE_END.search(kept[end - 1][0])
        and not kept[end - 1][0].rstrip().endswith((";", ",", ":"))
    ):
        whole = _whole_sentences(kept[end - 1][0])
        if whole:  # the page was cut off mid-sentence: keep the sentences before the cut
            skipped.append(SkippedText(kept[end - 1][0][len(whole) :].strip(), "cut off"))
            kept[end - 1] = (whole, kept[end - 1][1])
            break
        end -= 1
    if len(kept) > end:
        reason = "list of links to other stories"
        skipped.extend(SkippedText(text, reason) for text, _ in kept[end:])
        return kept[:end]
    return kept


def _whole_sentences(block: str) -> str:
    """The block up to its last full stop followed by a capital ("... in 2023. Dzuds used to"
    gives "... in 2023."), or "" when no whole sentence ends inside it."""
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(block)]
    return block[: ends[-1]].rstrip() if ends else ""


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’')\]]*(?=\s+[A-Z“\"])")


_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


_ESCAPED_QUOTE = re.compile(r"\\(['\"])")
_BACKTICK_APOSTROPHE = re.compile(r"(?<=[A-Za-z])`(?=[A-Za-z])")
_DOUBLED_APOSTROPHE = re.compile(r"(?<=[A-Za-z])(['’])\1(?=s\b)")  # "Korea''s"
_DOUBLED_COMMA = re.compile(r"(?<=\w),,(?=\s)")  # "Uzbekistan,, expelled"


def split_blocks(text: str) -> tuple[list[str], frozenset[str]]:
    """Paragraph candidates: blank-line separated blocks; short lines inside a block stay apart.
    Also the photo captions found run into the text, each now a block of its own. Control
    characters (a stray NUL) are no part of the text."""
    captions: set[str] = set()
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _CONTROL_CHARACTERS.sub("", text)
    text = _RULE_LINE.sub("", text)  # a line of "=====" parts the text like a blank line
    text = _ESCAPED_QUOTE.sub(r"\1", text)  # "World Bank\'s": a site's escaping left in
    text = _BACKTICK_APOSTROPHE.sub("'", text)  # "Kazakhstan`s": a backtick for an apostrophe
    text = _DOUBLED_APOSTROPHE.sub(r"\1", text)
    text = _DOUBLED_COMMA.sub(",", text)
    blocks: list[str] = []
    for chunk in re.split(r"\n\s*\n", text):
        raw = [line for line in chunk.split("\n") if line.strip()]
        listed = sum(1 for line in raw if _BULLET.match(line)) >= 2
        numbered = sum(1 for line in raw if _NUMBERED.match(line)) >= 2  # "1. Political ties"
        if numbered:
            raw = [_NUMBERED.sub("", line) for line in raw]
        listed = listed or numbered
        lines = [_plain_line(_BULLET.sub("", line)) for line in raw]
        lines = [line for line in lines if line]
        if not lines:
            continue
        repeats_a_block = lines[0] in blocks  # the headline again, over a photo's caption
        if not listed and not repeats_a_block and _is_hard_wrapped(lines):
            lines = _unwrapped(lines)
        elif not listed:
            lines = _continuations_joined(lines)
        for line in lines:
            parts = _caption_parted(line)
            captions.update(parts[:-1])
            blocks.extend(parts)
    return blocks, frozenset(captions)


# A photo's caption run into the paragraph after it, with no space between: "… dike on the
# Northern Aral SeaJune 2006 - On a visit …", "… returned to the Sea“These changes will …".
# The caption has no sentence end and ends in a name (a place, mostly); what follows opens
# with a date or a quotation ("The minister said“We …” is no caption).
_FUSED_CAPTION = re.compile(
    r"^(?P<caption>[A-Z][^.!?“”\"]{6,200}? [A-Z][a-z]+)(?=[“\"][A-Z]|(?:Jan|Feb|Mar|Apr|May|"
    r"Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)"
)
CAPTION_MIN_WORDS = 3


def _caption_parted(line: str) -> list[str]:
    """A line as its blocks: a caption run into the text after it is a block of its own, and
    the text loses the dateline it then opens with."""
    fused = _FUSED_CAPTION.match(line)
    if fused is None or _word_count(fused.group("caption")) < CAPTION_MIN_WORDS:
        return [line]
    caption = fused.group("caption")
    return [caption, DATELINE.sub("", line[len(caption) :], count=1)]


# A dateline opening the body: "ASTANA —", "MOSCOW/BISHKEK —", "BISHKEK, Kyrgyzstan (AP) –",
# "OSH, Kyrgyzstan (AP) -",
# "date 2025-08-08 ANKARA — (AP) —",
# "BISHKEK. March 13 (Interfax) -", "YEREVAN:", "Bishkek, SAEDNEWS, Jan. 11:", "Ulan Bator, July 8",
# "DUSHANBE (MNN);", "The FINANCIAL —", "ArmInfo.The …", "DUSHANBE, October 6, Asia-Plus --",
# "BISHKEK. KAZINFORM".
DATELINE = re.compile(
    r"^(?:(?:date \S{6,12}\s+)?[A-Z][A-Z .'’/-]{2,30}(?:,\s*[A-Z][\w ./]{1,30})?"
    # "ANDIJAN, Uzbekistan, 14 May 2005 —", "VIENNA, 11 May (UN Information Service) –"
    rf"(?:,\s*\d{{1,2}} {_MONTH}(?: \d{{4}})?)?"
    r"(?:\s*\([\w .]{1,30}\))?\s*(?:—|–|--)(?:\s*\([\w .]{1,20}\)\s*(?:—|–|--))?"
    r"|[A-Z][A-Z .'’-]{2,30}(?:,\s*[A-Z][\w .]{1,30})?\s*\([\w .]{1,20}\)\s*-(?=\s)"  # "(AP) -"
    r"|[A-Z]{3,}[A-Z .'’-]{0,30}\s*\([\w .]{1,20}\)\s*[;:]"
    rf"|(?:[A-Z]{{3,}}(?:[-/][A-Z]{{3,}})?[.,]?\s+)?{_MONTH} \d{{1,2}}(?:,? \d{{4}}){{0,2}}\s*"
    r"\([\w .-]{1,20}\)\s*(?:—|–|--|-)+"  # "ASHGABAT, July 10 (Itar-Tass) ——"
    # "DUSHANBE, October 6, Asia-Plus -- On Friday …": a city, a day and an agency
    rf"|[A-Z]{{3,}}[A-Z .'’-]{{0,30}}, {_MONTH} \d{{1,2}}(?:, \d{{4}})?, [A-Z][\w .-]{{1,25}}?"
    r"\s*(?:—|–|--|-)(?=\s)"
    # "date 2021-03-01 BISHKEK. KAZINFORM On March 2-3 …": a city and an agency in capitals
    r"|(?:date \S{6,12}\s+)?[A-Z]{2,}[A-Z’'-]*\. [A-Z]{3,}[A-Z-]*(?:\s*[–—-])?"
    r"(?=\s+[“\"]?(?:[A-Z][a-z]|\d))"  # "XI’AN. KAZINFORM 47 documents …"
    # "date 2025-03-26 YEREVAN:", "Bishkek, SAEDNEWS, Jan. 11:"
    r"|(?:date \S{6,12}\s+)?(?!FILE|PHOTO)[A-Z]{3,}[A-Z .'’-]{0,30}:"
    rf"|[A-Z]{{3,}}[A-Z .'’-]{{0,30}}, {_MONTH} \d{{1,2}}:"  # "TURKMENISTAN, June 29:"
    r"|[A-Z]{3,}[A-Z .'’-]{0,30}, (?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\.?"
    r" \d{1,2}:"  # "ISLAMABAD, FEB 4:"
    rf"|{_MONTH} \d{{1,2}}, \d{{4}}(?=[A-Z][a-z])"  # "December 10, 2024When Maria …": run in
    r"|[A-Z]{3,}(?:-[A-Z]{3,})+(?=[A-Z][a-z])"  # "OREANDA-NEWSThe volume …": run in
    r"|[A-Z]{3,}[A-Z .'’-]{0,30}, [A-Z][a-z]+:(?=\s)"  # "DUSHANBE, Tajikistan:"
    # "BAKU, Azerbaijan, February 7.": Trend's dateline, after "(MENAFN- Trend News Agency)"
    # where a reprint puts the agency first
    rf"|(?:date \S{{6,12}}\s+)?(?:\(MENAFN-?[^)]{{0,40}}\)\s*)?[A-Z]{{3,}}[A-Z .'’-]{{0,30}}, "
    rf"[A-Z][a-z]+(?: [A-Z][a-z]+)?, {_MONTH} ?\d{{1,2}}\.(?=\s)"
    r"|(?:date \S{6,12}\s+)?\(MENAFN-?[^)]{0,40}\)"
    # "Ulaanbaatar [Mongolia], Oct 8 (ANI):": a city, its country in brackets, a day, an agency
    rf"|(?:date \S{{6,12}}\s+)?[A-Z][\w ]{{2,30}} \[[A-Z][\w ]{{2,30}}\], {_MONTH} \d{{1,2}}"
    r" \([A-Z]{2,10}\):"
    rf"|[A-Z]{{3,}}[A-Z .'’-]{{0,30}}, {_MONTH} \d{{1,2}}\. /[A-Z]{{2,12}}/\.?"  # "…14. /TASS/."
    rf"|[A-Z][a-z]+, [A-Z]{{3,}}\w*, {_MONTH} \d{{1,2}}:"
    # "Almaty. September 5. Silkroadnews – The Central Bank …", "Trend.az — …": a news site's
    # name, then a dash
    rf"|(?:[A-Z][a-z]+\. {_MONTH} \d{{1,2}}\. )?"
    r"[A-Z]\w*(?:[Nn]ews|[Pp]ress|[Ii]nfo|[Tt]imes|[Dd]aily|\.(?:az|kz|uz|kg|tj|tm|mn|am|ge))"
    r"\s*[–—]\s(?=[A-Z])"
    rf"|(?:date \S{{6,12}}\s+)?[A-Z][a-z]+(?: [A-Z][a-z]+)?, {_MONTH} \d{{1,2}}\s"
    r"|The [A-Z]{4,}(?: [A-Z]{2,})*\s*(?:—|–|--)(?=\s)"  # "The FINANCIAL — The EBRD …"
    # "DUSHANBE - An official ceremony …", "ASTANA, Kazakhstan - The …"
    r"|[A-Z]{4,}(?:[/ ][A-Z]{3,})*(?:, [A-Z][a-z]+)? - (?=[A-Z][a-z])"
    rf"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, {_MONTH} \d{{1,2}}, \d{{4}}\s*[-–—]\s+"
    r"|[A-Z][a-z]+[A-Z][A-Za-z]*\. ?(?=[A-Z][a-z])"  # "ArmInfo.The war …": an agency run in
    # "(MENAFN) …", "(EAN) – The …", "(TBILISI)-- Members …"
    r"|\([A-Z]{2,12}(?:[./][A-Z]{2,12})?\)(?:\s*(?:--|[–—-])(?=\s))?"
    # "(Reuters) –", "( Reuters ) -", "(New York) —"
    r"|\(\s?[A-Z][a-z]{2,15}(?: [A-Z][a-z]{2,15})?\s?\)\s*[–—-](?=\s)"
    # "New York, January 13, 2012–The Committee …": a title-case city and a full date
    rf"|[A-Z][a-z]+(?: [A-Z][a-z]+)?, {_MONTH} \d{{1,2}}, \d{{4}}\s*[–—-]\s*(?=[A-Z])"
    # "AKIPRESS.COM - The …": a news site's name as its tag
    r"|[A-Z][\w-]{2,}\.(?:COM|com|NET|net|ORG|org|RU|ru|KZ|kz|UZ|uz|KG|kg|TJ|tj|AZ|az)\s*[–—-](?=\s)"
    # "Tokyo: Japan on Friday agreed ...", but not a credit's label ("Photo: …")
    r"|(?!(?:Photo|Image|Picture|Credit|Illustration)s?\b)[A-Z][a-z]{2,}(?: [A-Z][a-z]+)?:"
    r"(?=\s[A-Z][a-z])"
    r"|[A-Z][a-z]+[A-Z]\w+:(?=\s[A-Z])"  # "EghtesadOnline: Iran has ...": a site's name
    r"|[A-Z][a-z]+ (?!to\b)[a-z]+:(?=\s[A-Z][a-z])"  # "Connectivity boost: India …": a label
    # "Nur-Sultan (AsiaNews) – The …": a title-case city, its agency, a dash
    r"|[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?\s*\([A-Z][\w .]{1,20}\)\s*[–—-](?=\s)"
    # "Khujand, Tajikistan (Asia-Plus.tj) — The …": a city, its country, the site
    r"|[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?, [A-Z][a-z]+\s*\([A-Z][\w .-]{1,25}\)\s*[–—-](?=\s)"
    r"|[A-Z]{4,}-(?=\s)"  # "ALWAGHT- Moscow and Beijing ..."
    # "Dushanbe 23 May 2021 – 4,6 million doses …": a city and a full date, a dash
    rf"|[A-Z][a-z]+(?: [A-Z][a-z]+)? \d{{1,2}} {_MONTH} \d{{4}}\s*[–—-](?=\s)"
    # "New York, 30 April 2023 (TDI): On April 26 …": a city, a full date and the agency
    rf"|[A-Z][a-z]+(?: [A-Z][a-z]+)?, \d{{1,2}} {_MONTH} \d{{4}}\s*\([A-Z][\w .-]{{1,20}}\)\s*"
    r"[:–—-](?=\s)"
    r"|[A-Z]{5,}\s+(?=[“\"][A-Z])"  # "KAZINFORM “Kyrgyzstan exported …”": the agency's tag
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z]{2,10}\s*[–—-](?=\s[A-Z])"  # "Tehran, IRNA – President …"
    r"|[A-Z][a-z]{3,}(?: [A-Z]{2}|, D\.C\.)? [-–—](?=\s[A-Z])"  # "Washington DC - President …"
    r"|[A-Z][a-z]{3,}, [A-Z][a-z]{3,} [–—](?=\s[A-Z])"  # "Termez, Uzbekistan — The river …"
    rf"|{_MONTH} \d{{4}} [-–—](?=\s[A-Z])"  # "June 2006 - On a visit …"
    r"|[A-Z]{3,4}\.? \d{1,2},? \d{4}\s*(?:—|–|--)(?=\s)"  # "NOV. 30 2015 — After …"
    r"|\d{1,2} \d{1,2} \d{4}\s*[-–—](?=\s)"  # "19 03 2007- Ahmadinejad opens …"
    # "by Staff Writers Bishkek, Kyrgyzstan (AFP) Sept 11, 2013 China on Wednesday agreed …"
    rf"|by Staff Writers? [^()]{{1,60}}\([A-Za-z]{{2,10}}\) {_MONTH} \d{{1,2}},? \d{{4}}\s+"
    rf"|\d{{1,2}} {_MONTH} \d{{4}}\s*[-–—](?=\s)"  # "12 October 2011 - Several operations …"
    rf"|[A-Z][a-z]+, {_MONTH} \d{{1,2}},? \([^()]{{1,20}}\)\s*[–—-]"  # "Moscow, Jan. 10, (dpa) –"
    # "Stockholm, October 18, 2022—In response …"
    rf"|[A-Z][a-z]+, {_MONTH} \d{{1,2}}, \d{{4}}\s*[–—](?=\s?[A-Z])"
    rf"|(?:[A-Z][a-z]+, )?[A-Z]{{3,}},? {_MONTH} \d{{1,2}}\s"  # "Belek, TURKMENISTAN Dec 23"
    # "DUSHANBE, 23.12.2021 (NIAT Khovar) –"
    r"|[A-Z]{3,}[A-Z .'’-]{0,30}, \d{1,2}\.\d{1,2}\.\d{4} \([^()]{1,30}\)\s*[–—-]"
    # "MARY CITY, Turkmenistan, Dec 13 (APP):": a city, its country, a day and the agency
    rf"|[A-Z]{{3,}}[A-Z .'’-]{{0,30}}, [A-Z][a-z]+, {_MONTH} \d{{1,2}}\s*"
    r"\([A-Z][\w .-]{1,20}\)\s*[:–—-]"
    # "Ashgabat, 15 March 2022 (TDI):", "Ashgabat, 27 February 2023:"
    rf"|[A-Z][a-z]+, \d{{1,2}} {_MONTH} \d{{4}}(?: \([A-Z]{{2,10}}\))?:"
    # "ASTANA, November 30, 2018 - The Ministry …": a capital-letter city and a full date
    rf"|[A-Z]{{3,}}(?:[- ][A-Z]{{3,}})?, {_MONTH} \d{{1,2}}, \d{{4}}\s*[–—-](?=\s)"
    r"|\d{3,}(?=[A-Z][a-z])"  # a page's view counter run into the text: "10659In the first …"
    r"|[a-z]{2,8}\d{1,6}(?=[A-Z](?:[a-z]|\s))"  # an anchor's id run into the text: "oca73A hint"
    r"|date \d{4}-\d\d-\d\d\s"  # a saved page's date line run into the first sentence
    # "Shafaq News/ Official media ...", "OREANDA-NEWS Kazakhstan ...",
    # "MOSCOW (UrduPoint News / Sputnik - 06th June, 2023) The ..."
    r"|[A-Z]\w+(?: [A-Z]\w+)?/\s|[A-Z]{3,}(?:-[A-Z]{3,})+\s"
    r"|[A-Z]{3,}[A-Z .'’-]{0,30}\s*\([^()]{0,40}(?:\d{4}|/)[^()]{0,40}\)"
    r"|[A-Z]{3,}[A-Z .'’-]{0,30}\s*\([A-Z][A-Za-z]{1,15}\)\s*[–—-]"  # "DUSHANBE (Reuters) -Russian"
    # "New Delhi [India], July 4:", "[India], September 30:": a city and its country in brackets
    rf"|(?:[A-Z][a-z]+(?: [A-Z][a-z]+)? )?\[[A-Z][a-z]+\],? {_MONTH} \d{{1,2}}\s?:)"
    # a capital, a figure ("… – 4,6 million doses"), a quotation ("KAZINFORM “Kyrgyzstan …") or
    # the agency's tag ("Dec 23 (Reuters) - …")
    r"\s*(?=[“\"]?[A-Z]|\d|\([A-Z][a-z]+\)\s*[–—-])"
)


_MONTH_NAME = r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)"
_DAY_MONTH_YEAR = rf"(?:(?P<day>\d{{1,2}}) {_MONTH_NAME} (?P<year>\d{{4}})"
_MONTH_DAY_YEAR = r"|(?P<month2>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?) "
_MONTH_DAY_YEAR += r"(?P<day2>\d{1,2}),? (?P<year2>\d{4}))"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?"
# Where a page states when it was published: a saved page's "date 2024-10-19" line, a line that
# is only a date ("08 Sep 2025", "October 19, 2023", "Sept. 11, 2025 | 10:30"), or a dateline
# ahead of the first sentence ("Ashgabat, 15 March 2022 (TDI): ...").
# A sentence's full stop with no space before the next: "March 28.Chairman", "leaders.The"
# (not a site's name: "Trend.Az", "Kazinform.Kz").
_SENTENCES_RUN_TOGETHER = re.compile(r"(?<=[a-z]{2}|\d{2})\.(?=[A-Z][a-z]{2,}\b)")
# A saved page's date line before a first sentence that opens with a figure ("date 2018-04-17
# 2.536 billion U.S. dollars were …"): `DATELINE` takes one only before a capital.
_PAGE_DATE_BEFORE_A_FIGURE = re.compile(r"^date \d{4}-\d\d-\d\d\s+(?=[\d$€£])")
_ISO_DATE_LINE = re.compile(r"^\s*date (?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)\b")
_DATE_ONLY_LINE = re.compile(
    rf"^\W*{_WEEKDAY}{_DAY_MONTH_YEAR}{_MONTH_DAY_YEAR}(?:\W+\d{{1,2}}[:.]\d\d\b.*)?\W*$"
)
_DATED_DATELINE = re.compile(
    rf"^[A-Z][\w .'’-]{{1,30}}, {_DAY_MONTH_YEAR}{_MONTH_DAY_YEAR}(?: \([^()]{{1,20}}\))?\s*[:–—-]"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def publication_date(text: str) -> date | None:
    """The date the page says it was published (the first date line or dated dateline), or
    None. A date inside a sentence is what the article reports, not when it was written."""
    for line in text.splitlines():
        iso = _ISO_DATE_LINE.match(line)
        if iso:
            found = _valid_date(iso["year"], iso["month"], iso["day"])
        else:
            named = _DATE_ONLY_LINE.match(line.strip()) or _DATED_DATELINE.match(line.strip())
            if not named:
                continue
            month = named["month"] or named["month2"]
            number = str(_MONTHS.index(month[:3].lower()) + 1)
            found = _valid_date(named["year"] or named["year2"], number,
                                named["day"] or named["day2"])  # fmt: skip
        if found:
            return found
    return None


def _valid_date(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:  # "date 2024-13-45": not a date
        return None


# Emoji or other characters a page lost in saving: "Aid crossed today ????????".
# "????", "\ufffd", and "Â" standing alone: a no-break space read in the wrong encoding.
_LOST_CHARACTERS = re.compile(r"(?:\?\s*){4,}|\ufffd+|(?<!\S)Â(?!\S)")


_SEARCH_LINK = re.compile(r"\s\((?:search|video)\)(?=[\s,.;:])")
_AGENCY_CREDIT = re.compile(r"(?<=[.!?”])\s+/\s*[A-Z][\w.]{1,15}(?: [A-Z][\w.]{1,15})?\s*$")
# A company's stock tickers after its name: "Rio Tinto (RIO,RIO.L, RTPPF)", "(NYSE: TRQ)".
_TICKER = r"[A-Z]{2,6}(?:\.[A-Z]{1,2})?"
_TICKERS = re.compile(
    rf"\s\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|ASX|TSX|HKEX|KASE|AIX|MOEX|OTC)\s*:\s*{_TICKER}"
    rf"|{_TICKER}(?:\s*,\s*{_TICKER})+)\)"
)
# One ticker after a company's name, "Turquoise Hill Resources (TRQ)": its letters are not the
# initials of the name's words, as an acronym's are ("Eurasian Resources Group (ERG)").
_ONE_TICKER = re.compile(
    r"(?P<name>(?:[A-Z][\w&-]*\s+){0,4}(?:Resources|Plc|PLC|Inc\.?|Corp\.?|Corporation|Ltd\.?"
    r"|Limited|Holdings|Group|Mining|Minerals|Metals|Energy|Petroleum))\s\((?P<ticker>[A-Z]{2,5})\)"
)
_MISPRINTED_APOSTROPHE = re.compile(r"(?<=[A-Za-z])(?:\"|\s+['’])(?=s\b)")


# A label before a figure: "International observation: 854 observers monitored …".
_FIGURE_LABEL = re.compile(r"^[A-Z][a-z]+ [a-z]+:\s+(?=\d)")


_SPACE_BEFORE_A_STOP = re.compile(r"(?<=[\w)”’]) +(?=[.,;:](?:\s(?!\d)|$))")


def _plain_line(line: str) -> str:
    line = _PICTOGRAPHS.sub("", line)  # "ℹ️ President Emomali Rahmon signed a decree …"
    line = _MARKDOWN_PREFIX.sub("", line)
    line = _MARKDOWN_LINK.sub(r"\1", line)
    line = _MARKDOWN_EMPHASIS.sub("", line)
    line = FOOTNOTE.sub("", line)
    line = _SPACE_BEFORE_A_STOP.sub("", line)  # "by ENKA [3] ." or "ENKA ." → "by ENKA."
    line = _LOST_CHARACTERS.sub("", line)
    line = _MISPRINTED_APOSTROPHE.sub("’", line)  # "the Corridor\"s capacity", "world 's"
    line = _SENTENCES_RUN_TOGETHER.sub(". ", line)  # "in April 2003.After the war"
    line = _AGENCY_CREDIT.sub("", line)  # "… power centers. / AA": a photo's agency
    line = _SEARCH_LINK.sub("", line)  # "Uzbekistan (search) has ended …": a link's label
    line = _PHOTO_REFERENCE.sub("", line)  # "Otabek Sattori (photo 1) was sentenced …"
    line = _BUTTON_RUN_IN.sub("", line)  # "Become a memberFour protesting miners …"
    line = _TICKERS.sub("", line)
    line = _ENUMERATOR.sub("", line)
    line = _ONE_TICKER.sub(_without_a_ticker, line)
    line = " ".join(line.replace("\u00a0", " ").split())
    line = _PAGE_DATE_BEFORE_A_FIGURE.sub("", line)
    for _ in range(3):  # "date 2024-07-04 Shafaq News/ ...": a date line, then an agency tag
        line, removed = DATELINE.subn("", line)
        if not removed:
            break
    return _FIGURE_LABEL.sub("", line)


# Emoji and pictographs a page puts before a line ("ℹ️", "📌", "⚡️"): no words of the story.
_PICTOGRAPHS = re.compile(
    "[\u2139\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f000-\U0001faff]\\s*"
)


# A page's pointer to its pictures, and a button's label run into the first word after it.
_PHOTO_REFERENCE = re.compile(r"\s*\((?:photo|pictured|see photo)(?: \d{1,2})?\)", re.IGNORECASE)
_BUTTON_RUN_IN = re.compile(
    r"^(?:Become a member|Subscribe(?: now)?|Sign up|Log in|Advertisement|Read more)(?=[A-Z][a-z])"
)


def _without_a_ticker(found: re.Match[str]) -> str:
    """The company's name, without the ticker after it; an acronym of the name stays."""
    initials = "".join(word[0] for word in found["name"].split())
    ticker = found["ticker"]
    return found[0] if _in_order(ticker, initials) else found["name"]


def _in_order(letters: str, initials: str) -> bool:
    """Whether `letters` are some of `initials`, in their order ("ERG" of "ERG")."""
    rest = iter(initials)
    return all(letter in rest for letter in letters)


_RULE_LINE = re.compile(r"^[ \t]*[=*_~#+-]{3,}[ \t]*$", re.MULTILINE)
SHORT_LINE = 0.6  # of the usual width: a line this short is no wrapped line
_GOES_ON = re.compile(r"\b[a-z][\w’'-]*,?$")  # "ASHGABAT, Dec 23 Turkmenistan on"


def _is_hard_wrapped(lines: list[str]) -> bool:
    """A paragraph wrapped at a fixed width: most lines stop mid-sentence, none repeats, and
    none is much longer than the first. Lines that each end a sentence are paragraphs of their
    own (single line breaks)."""
    if len(lines) < 2 or len(set(lines)) < len(lines):
        return False
    # A headline over a paragraph: wrapped lines are no longer than the first (in a long run of
    # lines, no longer than most: the first may have lost a dateline).
    usual = len(lines[0]) if len(lines) <= 3 else statistics.median(len(line) for line in lines)
    if max(len(line) for line in lines[1:]) > 1.5 * usual:
        return False
    inner = lines[:-1]
    mid_sentence = sum(1 for line in inner if len(line) >= 30 and not SENTENCE_END.search(line))
    return mid_sentence * 2 > len(inner)


def _unwrapped(lines: list[str]) -> list[str]:
    """Wrapped lines joined into paragraphs; a line that ends a sentence ends its paragraph
    (wire copy wraps at a fixed width and starts each paragraph on a new line), and so does
    each line well short of the width above the first wrapped one (headings over the text:
    "Visit to Central Asia"; further down, a short line may be cut mid-sentence: "The Wakhan")."""
    width = statistics.median(len(line) for line in lines)
    heading = True
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        current.append(line)
        heading = heading and len(line) < SHORT_LINE * width and not _GOES_ON.search(line)
        if SENTENCE_END.search(line) or heading:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def _continuations_joined(lines: list[str]) -> list[str]:
    """A line that opens with a small letter, or follows one ending on a word like "of" or
    "the", goes on from the line before ("Moscow and Bishkek signed a deal" / "in September,
    which prolonged …"), where the rest of the block is not wrapped (a long headline line over
    wire copy)."""
    joined: list[str] = []
    for line in lines:
        last = joined[-1] if joined else ""
        goes_on = line[:1].islower() or _ENDS_ON_A_LINK_WORD.search(last)
        ended = _ENDS_A_SECTION.search(last) or _ENDS_ON_A_CREDIT.search(last)
        if joined and goes_on and not ended:
            joined[-1] = f"{last} {line}"
        else:
            joined.append(line)
    return joined


# Words no sentence or heading ends on: "… agreed to write off half a billion dollars in" /
# "Kyrgyzstan's debt …".
_ENDS_ON_A_LINK_WORD = re.compile(
    r"\s(?:the|a|an|of|in|to|for|with|by|at|from|on|and|or|but|its|their|his|her)$"
)
# A caption whose credit was lost: "Vacation at Issyk-Kul lake. Photo courtesy of".
_ENDS_ON_A_CREDIT = re.compile(r"\b(?:Photo(?:graph)?s?|Image)\s+(?:courtesy\s+of|by)$", re.I)
_ENDS_A_SECTION = re.compile(r"(?:[.!?:;][\"”’')\]]*|[^\w,’'-])$")


def _is_chrome(block: str) -> bool:
    if len(_WORD.findall(block)) < 2 or BYLINE.match(block) or TICKER.match(block):
        return True
    if STREET_ADDRESS.match(block):
        return True
    if PHOTO_CREDIT_LINE.match(block) and _word_count(block) <= PHOTO_CREDIT_MAX_WORDS:
        return True
    return bool(CHROME.search(block)) and _word_count(block) <= 30


def is_headline(block: str) -> bool:
    """Title case and no full stop: a headline or heading, not a sentence of the article."""
    if _ends_a_sentence(block) and not block.rstrip("’'\"”").endswith("?"):
        return False
    words = _WORD.findall(block)
    if not 2 <= len(words) <= 30:
        return False
    significant = [w for w in words if w.lower() not in _SMALL_WORDS and len(w) > 3]
    if len(significant) < 2:
        return False
    capitalised = sum(1 for w in significant if w[0].isupper())
    return capitalised / len(significant) >= 0.75


def _is_standfirst(block: str) -> bool:
    return (
        not is_headline(block)
        and not _is_chrome(block)
        and _word_count(block) <= STANDFIRST_MAX_WORDS
    )


def _is_link_text(block: str) -> bool:
    """A headline of another story: one line, no closing full stop."""
    return "\n" not in block.strip() and not _ends_a_sentence(block) and len(block) <= 160


# "… to Northern B.C.", "… Into the U.S.": a headline ending in initials, not a full stop.
_FINAL_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}$")


def _ends_a_sentence(block: str) -> bool:
    return bool(SENTENCE_END.search(block)) and not _FINAL_INITIALS.search(block.rstrip())


_SITE_NAME = re.compile(
    r"^[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2} (?:Media|News|Times|Post|Agency|TV|Radio|Daily|"
    r"Press|Gazette|Herald|Tribune|Journal|Online|Network)$"
)


def _is_standfirst_line(block: str, rest: list[str]) -> bool:
    ends = SENTENCE_END.search(block) or re.search(r"[.!?][\"”’')\]]*\s+[A-Z]", block)
    if _word_count(block) >= LEDE_BEFORE_A_QUOTE and block.rstrip().endswith(":"):
        return False  # "… issued the following statement condemning the ruling:": the lede
    return not ends and any(SENTENCE_END.search(b) and _word_count(b) >= 15 for b in rest[:3])


LEDE_BEFORE_A_QUOTE = 20  # words: a standfirst is shorter


def _unstopped_line_above_text(block: str, rest: list[str]) -> bool:
    """A line of a headline's length without a full stop, with a paragraph of text after it."""
    return (
        not SENTENCE_END.search(block)
        and not block.rstrip().endswith((",", ";", ":"))
        and not _DATED_CAPTION.match(block)  # "Guards near Batken (12 May 2021)": a caption
        and _word_count(block) <= HEADLINE_MAX_WORDS
        and bool(rest)
        and _word_count(rest[0]) >= _PARAGRAPH_MIN_WORDS
        and bool(SENTENCE_END.search(rest[0]))
    )


_PARAGRAPH_MIN_WORDS = 12


def _has_sentence(block: str) -> bool:
    """Body text has several words; a short line without a verb-like length is page furniture."""
    return _word_count(block) >= 6 or bool(SENTENCE_END.search(block))


def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _normalised(text: str) -> str:
    return " ".join(w.lower().replace("’", "'") for w in re.findall(r"[\w’'$%-]+", text))


def _drop_repeats(
    title: str | None, kept: list[tuple[str, bool]], skipped: list[SkippedText]
) -> CleanArticle:
    """Drop exact repeats (captions printed twice) and paragraphs the body says again in full.

    A paragraph is said again when nearly all of its runs of eight words appear in other
    paragraphs (a standfirst repeated by the last paragraph, a caption restating the lede). One
    index of word runs keeps this linear in the article's length.
    """
    unique: list[tuple[str, bool]] = []
    seen: set[str] = set()
    for text, is_caption in kept:
        key = _normalised(text)
        if key in seen:
            skipped.append(SkippedText(text, "repeated text"))
            continue
        seen.add(key)
        unique.append((text, is_caption))
    where: dict[str, set[int]] = {}
    runs = []
    for position, (text, _) in enumerate(unique):
        runs.append(_runs(text))
        for run in runs[-1]:
            where.setdefault(run, set()).add(position)
    result: list[Paragraph] = []
    for position, (text, is_caption) in enumerate(unique):
        mine = runs[position]
        elsewhere = [run for run in mine if where[run] - {position}]
        if mine and len(elsewhere) >= REPEAT_SHARE * len(mine):
            skipped.append(SkippedText(text, "repeated text (said again later in the article)"))
            for run in mine:
                where[run].discard(position)
            continue
        result.append(Paragraph(len(result) + 1, text, is_caption))
    return CleanArticle(title=title, paragraphs=result, skipped=skipped)


def _runs(text: str, length: int = 6) -> set[str]:
    """Every run of `length` consecutive normalised words (none for a short paragraph)."""
    words = _normalised(text).split()
    return {" ".join(words[i : i + length]) for i in range(len(words) - length + 1)}

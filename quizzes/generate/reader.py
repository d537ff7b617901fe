"""Reading an article file: size and binary checks, decoding, and HTML to plain text.

Articles are untrusted. Decoding never fails: UTF-8 (with or without a byte-order mark) first,
then cp1251 (common for Russian-language readers in the region), and as a last resort UTF-8
with the odd bad byte replaced. A saved web page is reduced to its main text by trafilatura, a
well-kept main-content extractor, with the headline kept as the first line.
"""

from __future__ import annotations

import re
from pathlib import Path

from quizzes.errors import ArticleError
from quizzes.files import UnreadableFileError, read_capped
from quizzes.generate import MAX_ARTICLE_BYTES

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_SNIFF_BYTES = 8192
_HTML_START = re.compile(r"\A\s*(<!doctype html|<html|<head|<body|<article|<p[\s>])", re.IGNORECASE)
# Control characters other than tab, newline, carriage return and form feed: text never has many.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def read_article(path: Path) -> str:
    """The text of an article file (HTML already reduced to paragraphs of text)."""
    name = str(path)
    try:
        raw = read_capped(path, MAX_ARTICLE_BYTES)
    except UnreadableFileError as err:
        raise ArticleError(f"{name}: {err}") from None
    text = decode_article(raw, name)
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        text = html_to_text(text)
    if not text.strip():
        raise ArticleError(f"{name}: the article has no text")
    return text


def decode_article(raw: bytes, name: str = "<text>") -> str:
    """Bytes to text; raises `ArticleError` for empty, oversized or binary input."""
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{name}: file is larger than {MAX_ARTICLE_BYTES // 2**20} MB")
    if not raw.strip():
        raise ArticleError(f"{name}: the file is empty")
    if is_binary(raw):
        raise ArticleError(f"{name}: this is a binary file, not a text article")
    text = _decode(raw)
    if not text.strip():  # str.strip also removes Unicode separators that bytes.strip keeps
        raise ArticleError(f"{name}: the file is empty")
    return text


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # A UTF-8 file with a stray byte or two keeps its UTF-8 reading; text where most non-ASCII
    # bytes fail as UTF-8 was written in a legacy code page (cp1251 for this region's readers).
    lenient = raw.decode("utf-8-sig", errors="replace")
    if lenient.count("\ufffd") <= max(2, len(lenient) // 2000):
        return lenient
    return raw.decode("cp1251", errors="replace")


def is_binary(raw: bytes) -> bool:
    """NUL bytes, or many control characters, in the first few kilobytes mean not text."""
    sample = raw[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([b])) for b in _CONTROL_BYTES)
    return controls > max(8, len(sample) // 100)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2000]))


def html_to_text(html: str) -> str:
    """The main text of a saved web page, found by trafilatura (navigation, asides, comments
    and footers left out), with the page's headline as its first line."""
    import trafilatura

    body = trafilatura.extract(
        html, include_comments=False, include_tables=False, include_links=False,
        include_images=False, favor_precision=True, deduplicate=True,
    ) or ""  # fmt: skip
    metadata = trafilatura.extract_metadata(html)
    title = metadata.title.strip() if metadata and metadata.title else ""
    paragraphs = [" ".join(line.split()) for line in body.splitlines() if line.strip()]
    if title and (not paragraphs or paragraphs[0] != title):
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs)

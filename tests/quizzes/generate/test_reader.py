"""Reading article files: encodings, HTML, and the bad inputs that must fail clearly."""

from __future__ import annotations

import pytest

from quizzes.errors import ArticleError
from quizzes.generate import generate_from_file
from quizzes.generate.reader import MAX_ARTICLE_BYTES, decode_article, html_to_text, read_article

ARTICLE = (
    "Kazakh President Kassym-Jomart Tokayev welcomed guests in Astana.\n\n"
    "Officials repeated that Kazakhstan shares a 7,000-km border with Russia.\n\n"
    "Kazakhstan is a member of the Eurasian Economic Union (EAEU) and of the Collective "
    "Security Treaty Organization (CSTO).\n\n"
    "Mongolia is not a member, but an observer of the Shanghai Cooperation Organisation.\n"
)


def test_utf8_with_and_without_bom_read_the_same(tmp_path):
    plain, bom = tmp_path / "a.txt", tmp_path / "b.txt"
    plain.write_bytes(ARTICLE.encode("utf-8"))
    bom.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    assert read_article(plain) == read_article(bom) == ARTICLE


def test_cp1251_text_is_decoded_and_used(tmp_path):
    text = ARTICLE + "\nIn Russian the country is called «Казахстан».\n"
    path = tmp_path / "cp1251.txt"
    path.write_bytes(text.encode("cp1251"))
    assert "Казахстан" in read_article(path)
    result = generate_from_file(path)
    assert any(q.answer == 7000 for q in result.quizset.questions)


def test_a_stray_byte_in_utf8_text_does_not_spoil_the_rest():
    raw = ARTICLE.replace("Astana", "Astana\xe9").encode("utf-8").replace(b"\xc3\xa9", b"\xe9")
    decoded = decode_article(raw)
    assert "Kassym-Jomart Tokayev" in decoded and "\ufffd" in decoded


def test_html_is_reduced_to_paragraphs_without_scripts_or_styles(tmp_path):
    html = (
        "<html><head><style>p {color: red}</style><script>var x = 'Russia';</script></head>"
        "<body><nav>Home | World</nav><h1>Border News</h1><p>Kazakhstan shares a "
        "<b>7,000-km</b> border with Russia.</p><p>Tom &amp; Jerry</p></body></html>"
    )
    text = html_to_text(html)
    assert "var x" not in text and "color" not in text and "Home | World" not in text
    assert "Kazakhstan shares a 7,000-km border with Russia." in text.split("\n\n")
    assert "Tom & Jerry" in text
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    assert read_article(path) == text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\n \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (b"x" * (MAX_ARTICLE_BYTES + 1), "larger than 5 MB"),
    ],
)
def test_bad_files_raise_a_clear_article_error(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message) as caught:
        generate_from_file(path)
    assert str(path) in str(caught.value)


def test_a_missing_file_and_a_folder_are_clear_errors(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="folder"):
        read_article(tmp_path)


def test_a_file_without_usable_facts_names_the_file(tmp_path):
    path = tmp_path / "recipe.md"
    path.write_text("# Plov\n\nFry the onions, then add rice and carrots. Serve hot.\n")
    with pytest.raises(ArticleError, match=r"recipe\.md: no questions could be made"):
        generate_from_file(path)

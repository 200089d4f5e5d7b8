"""A byline printed as a paragraph above the text, the known author then a job title
("Helena Horton Environment reporter", theguardian.com; newuser6 M12), is no part of the
body; a sentence that opens with the author's name stays."""

from __future__ import annotations

from datetime import UTC, datetime

from veille.extract.bylines import is_author_line
from veille.extract.html import extract_html

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
TEXT = "".join(
    f"<p>The regulator said on Monday that inspection number {n} of the rivers had found "
    "spills that were never reported, and that the company would face a record fine.</p>"
    for n in range(4))


def page(line: str) -> str:
    return ("<html lang='en'><head><title>Water chief resigns | The Daily Post</title>"
            "<meta name='author' content='Jane Whitfield'></head><body><article>"
            "<h1>Water chief resigns amid sewage fines row</h1>"
            "<p class='standfirst'>Company faces a record penalty after the regulator finds "
            f"it misreported spills</p><p>{line}</p>{TEXT}</article></body></html>")


def test_author_and_job_title_line_leaves_the_body() -> None:
    content = extract_html(page("Jane Whitfield Environment reporter"), fetched_at=NOW)
    assert content.authors == ["Jane Whitfield"]
    assert not any(p.startswith("Jane Whitfield") for p in content.paragraphs)
    assert content.paragraphs[1].startswith("The regulator said")


def test_sentence_opening_with_the_author_stays() -> None:
    assert not is_author_line("Jane Whitfield reported on the spills.", ["Jane Whitfield"])
    assert not is_author_line("Jane Whitfield Environment reporter", ["John Smith"])
    assert is_author_line("Jane Whitfield Political editor", ["Jane Whitfield"])

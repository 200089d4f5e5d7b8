"""Properties: any bytes sent as HTML give a result or a clear error, within bounds."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.errors import ItemError
from veille.extract.html import extract_html
from veille.extract.html_encoding import decode_html
from veille.extract.stage import ExtractStage
from veille.record import Article, RawInput, strip_controls

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
_PIECES = ["<html>", "<body>", "</body>", "<div class='article-body'>", "</div>", "<p>", "</p>",
           "<article>", "<nav>", "<a href='/x'>", "</a>", "<br>", "<h1>", "</h1>", "<li>",
           "<script type='application/ld+json'>", "</script>", '{"@type": "NewsArticle", ',
           '"headline": "Titre", "datePublished": "2024-03-05T10:00:00+01:00"}', "[[[{",
           '"author": [{"name": "A B"}, 3, null]', "<meta property='og:title' content='T'>",
           "Le conseil municipal a voté mardi soir le budget de la ville. ",
           "The council approved the budget on Tuesday, after a long debate. ",
           "Il vous reste 80% de cet article à lire.", "<figcaption>Photo : AFP</figcaption>",
           "<div class='comments'>", "<frameset>", "<!--", "-->", "\x00", "é", "\ufffd"]


def _run(data: bytes) -> None:
    raw = RawInput(data=data, origin="p.html", media_type="text/html")
    try:
        article = ExtractStage()(Article(raw=raw))
    except ItemError as exc:
        assert exc.reason
    else:
        assert article.content is not None and article.content.paragraphs
        # Control characters are removed from the content at extraction ("a\x01a" reads
        # "aa"; found by hypothesis), so words are looked for in the page without them.
        text = strip_controls(decode_html(data).text)
        # A tag the parser drops joins the text around it ("é<html>Le" reads "éLe", as
        # HTML5 says): words may span a dropped tag.
        untagged = re.sub(r"<[^<>]*>", "", text)
        for paragraph in article.content.paragraphs:  # only text the page holds
            assert all(word in text or word in untagged
                       for word in re.findall(r"\w+", paragraph))


@SETTINGS
@given(st.binary(max_size=4_000))
def test_any_bytes(data: bytes) -> None:
    _run(data)


@SETTINGS
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_any_soup_of_html_pieces(pieces: list[str]) -> None:
    _run("".join(pieces).encode("utf-8"))


@SETTINGS
@given(st.text(max_size=3_000))
def test_any_text_to_extract_html(text: str) -> None:
    try:
        content = extract_html(text)
    except ItemError:
        return
    assert content.paragraphs and content.extractor == "veille-html"

"""The body walk reads the page's whole text only when a chrome-named container needs it
(issue 13): the same blocks as when it was read first, and no read on a page that never
asks. Before the change the walker read ``body.text()`` on every page, so the first test
failed (``_total_text`` did not exist; the body's text was always read)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from veille.extract.html.walk import _Walker, page_paragraphs, walk_body


def _walker(html: str) -> _Walker:
    body = LexborHTMLParser(html).body
    assert body is not None
    walker = _Walker(body, page_paragraphs(body))
    walker.run(body)
    return walker


def test_no_chrome_name_no_read_of_the_whole_text() -> None:
    walker = _walker("<body><div class='story'><p>Un paragraphe de texte.</p></div></body>")
    assert walker._total_text == 0
    assert [b.text for b in walker.blocks] == ["Un paragraphe de texte."]


def test_chrome_named_wrapper_of_the_text_is_measured_against_the_body() -> None:
    # No <p>: the wrapper's share of the body's text decides (the lazily read total).
    text = "Le conseil municipal a voté le budget. " * 20
    walker = _walker(f"<body><div class='content-with-sidebar'>{text}</div>"
                     "<div class='sidebar'>Menu</div></body>")
    assert walker._total_text > 0
    assert [b.text for b in walker.blocks] == [text.strip()]


_PIECES = ["<div class='sidebar'>", "<div class='share'>", "<div>", "</div>", "<p>", "</p>",
           "<section class='comments'>", "</section>", "<h1>", "</h1>", "mot ",
           "Une phrase entière de l'article. ", "<li>", "<a href='/x'>", "</a>"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_same_blocks_as_reading_the_total_first(pieces: list[str]) -> None:
    html = "<body>" + "".join(pieces) + "</body>"
    lazy = walk_body(LexborHTMLParser(html).body)  # type: ignore[arg-type]
    body = LexborHTMLParser(html).body
    assert body is not None
    eager = _Walker(body, page_paragraphs(body))
    assert eager.total_text >= 1  # read before the walk, as it was
    eager.run(body)
    assert [(b.text, b.kind, b.links) for b in lazy.blocks] == [
        (b.text, b.kind, b.links) for b in eager.blocks]
    assert lazy.chrome_skipped == eager.skipped

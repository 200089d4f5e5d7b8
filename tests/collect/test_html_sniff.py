"""One test of "does this text or these bytes open as an HTML document".

Regression: four spellings of the test disagreed. ``extract.stage`` took one comment of at
most 200 characters and no XML declaration, so an XHTML page (``<?xml …?><html xmlns=…>``)
saved as ``.txt`` was read as a text capture; ``collect.files`` and ``collect.sniff`` took
no comment at all, and ``<head`` matched ``<header``; ``collect.feeds`` took comments and an
XML declaration but not a page opening with ``<meta>``, which was reported as a broken feed
rather than as a web page. All four now ask :func:`veille.collect.sniff.opens_as_html`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import veille
from veille.collect.feeds import parse_listing
from veille.collect.files import media_type_for
from veille.collect.sniff import HTML_HEAD, describe, opens_as_html
from veille.errors import InputError
from veille.extract.stage import HTML, TEXT

WHITESPACE = st.text(alphabet=" \t\r\n\f", max_size=4)
COMMENT = st.text(max_size=40).filter(
    lambda t: "--" not in t and not t.endswith("-")).map(lambda t: f"<!--{t}-->")
XML_DECLARATION = st.sampled_from(['<?xml version="1.0"?>',
                                   "<?xml version='1.0' encoding='utf-8'?>"])
PROLOGUE = st.tuples(st.sampled_from(["", "\ufeff"]), WHITESPACE,
                     st.lists(st.tuples(st.one_of(COMMENT, XML_DECLARATION), WHITESPACE),
                              max_size=3)).map(
    lambda p: p[0] + p[1] + "".join(a + b for a, b in p[2]))
OPENINGS = st.sampled_from(["<!doctype html>", "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML\">",
                            "<html>", '<html lang="fr">', "<html\n>", "<head>", "<body>",
                            '<meta charset="utf-8">', "<html/>"])
NOT_HTML = st.sampled_from(["<rss version=\"2.0\">", "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
                            "<urlset>", "<rdf:RDF>", "<newsMessage>", "<Titre> Le maire",
                            "<< Le Monde >>", "< html>", "<htmlx>", "<header>", "<headline>",
                            "<bodyguard>", "<metadata>", "<!doctype htmlx>", "<!doctype rss>",
                            "Le code <html> ouvre une page.", "<p>Un paragraphe</p>"])


def any_case(text: str, flips: list[bool]) -> str:
    return "".join(c.upper() if flip else c.lower()
                   for c, flip in zip(text, flips + [False] * len(text), strict=False))


@given(PROLOGUE, OPENINGS, st.lists(st.booleans(), max_size=40), st.text(max_size=80))
def test_a_document_opening_as_html_is_html(prologue: str, opening: str, flips: list[bool],
                                            rest: str) -> None:
    text = prologue + any_case(opening, flips) + rest
    assert opens_as_html(text)
    assert opens_as_html(text.encode("utf-8"))


@given(PROLOGUE, NOT_HTML, st.text(max_size=80))
def test_a_feed_or_a_capture_opening_with_a_bracket_is_not(prologue: str, opening: str,
                                                           rest: str) -> None:
    text = prologue + opening + rest
    assert not opens_as_html(text)
    assert not opens_as_html(text.encode("utf-8"))


@given(st.text(max_size=400))
def test_text_and_its_utf8_bytes_agree(text: str) -> None:
    assert opens_as_html(text) == opens_as_html(text.encode("utf-8"))


@given(st.text(max_size=200))
def test_prose_never_opens_as_html(text: str) -> None:
    if not text.lstrip("\ufeff \t\r\n\f").startswith("<"):
        assert not opens_as_html(text)


def test_only_the_head_is_read() -> None:
    late = " " * HTML_HEAD + "<html>"
    assert not opens_as_html(late) and not opens_as_html(late.encode())
    assert opens_as_html(" " * (HTML_HEAD - 6) + "<html>")


XHTML = ('<?xml version="1.0" encoding="utf-8"?>\n<!-- saved from url=(0040)https://x.example/ -->'
         '\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Un titre de page</title>'
         "</head><body><article><h1>Un titre de page</h1><p>Le chantier naval de Lorient va "
         "recruter trois cents soudeurs d'ici l'été prochain pour une commande de six "
         "patrouilleurs.</p><p>La direction assure que les candidats seront formés sur place "
         "pendant six mois, avec une rémunération garantie.</p></article></body></html>")


def test_every_caller_asks_the_same_question(tmp_path: Path) -> None:
    data = XHTML.encode()
    assert media_type_for("page", data) == HTML
    assert media_type_for("page", b"<header>Titre</header>") == TEXT
    assert describe(data) == "an HTML page"
    assert describe(b'<meta charset="utf-8"><title>x</title>') == "an HTML page"
    with pytest.raises(InputError, match="a web page, not a feed"):
        parse_listing(b'<meta charset="utf-8"><title>Accueil</title><p>x</p>',
                      url="https://x.example/")
    with veille.open(tmp_path / "data") as v:  # an XHTML page saved as text
        (article_id,) = v.ingest_bytes([("page.txt", data)]).new_ids
        content = v.get(article_id).content
    assert content is not None
    assert content.title == "Un titre de page"
    assert "read as HTML" in content.evidence["media_type"]

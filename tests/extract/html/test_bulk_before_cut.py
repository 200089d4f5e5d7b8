"""Scripts, styles and long attribute values do not spend the size bound of a page
before its article (t-scale19 P4): a page with several MB of inline JSON state in
``<head>`` (as Next.js writes ``__NEXT_DATA__``) or in one attribute, then an ordinary
article, was cut at MAX_HTML_CHARS before its article and refused as "no article text
found (is this an article page?)". A page whose article truly lies past the bound says
it was cut there."""

from __future__ import annotations

import json

import pytest

from veille.errors import ExtractionError
from veille.extract.html import extract_html
from veille.extract.html.bulk import MAX_ATTRIBUTE_CHARS, without_bulk
from veille.extract.html.parse import MAX_HTML_CHARS

_ARTICLE = """<article><h1>Le gouvernement présente sa réforme des retraites</h1>
<p>Le Premier ministre a présenté mardi devant l’Assemblée nationale le projet de loi sur
la réforme des retraites, que les syndicats jugent injuste et que la majorité défend.</p>
<p>Les députés de l’opposition ont annoncé le dépôt d’une motion de censure, qui sera
examinée jeudi après-midi, au terme d’un débat que chacun annonce tendu.</p>
<p>Le texte prévoit de relever l’âge légal de départ de deux ans d’ici à 2030, avec des
exceptions pour les carrières longues et les métiers pénibles.</p></article>"""


def _state(chars: int) -> str:
    """A serialized application state of about ``chars`` characters, as JSON."""
    items = [{"id": n, "titre": f"Article numéro {n}", "résumé": "x" * 80}
             for n in range(chars // 120)]
    return json.dumps({"props": {"pageProps": {"items": items}}})


def _page(head: str = "", body_attributes: str = "") -> str:
    return (f"<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Le "
            f"gouvernement présente sa réforme des retraites</title>{head}</head>"
            f"<body{body_attributes}>{_ARTICLE}</body></html>")


def test_a_huge_inline_state_script_does_not_hide_the_article() -> None:
    page = _page(head=f'<script id="__NEXT_DATA__" type="application/json">'
                      f'{_state(MAX_HTML_CHARS + 1_000_000)}</script>')
    assert len(page) > MAX_HTML_CHARS
    content = extract_html(page)
    assert any("motion de censure" in p for p in content.paragraphs)
    assert "scripts, styles and long attribute values left out" in content.evidence["input"]


def test_a_huge_style_and_attribute_do_not_hide_the_article() -> None:
    state = _state(MAX_HTML_CHARS + 500_000).replace('"', "&quot;")
    page = _page(head="<style>" + ".c{color:red}" * 300_000 + "</style>",
                 body_attributes=f' class="page" data-state="{state}"')
    assert len(page) > MAX_HTML_CHARS
    content = extract_html(page)
    assert any("motion de censure" in p for p in content.paragraphs)


def test_an_article_past_the_bound_is_said_cut_not_absent() -> None:
    filler = "<div>" + "<span>menu</span>" * ((MAX_HTML_CHARS + 100_000) // 17) + "</div>"
    page = _page().replace("<body>", "<body>" + filler)
    with pytest.raises(ExtractionError) as info:
        extract_html(page)
    assert "cut at the size bound" in info.value.one_line()
    assert "is this an article page" not in info.value.one_line()


def test_without_bulk_keeps_text_tags_and_json_ld() -> None:
    ld = '<script type="application/ld+json">{"@type": "NewsArticle"}</script>'
    long_value = "v" * MAX_ATTRIBUTE_CHARS
    page = (f"<html><head>{ld}<script>var a = '<p>pas du texte</p>';</script>"
            f"<STYLE>p {{ color: red }}</STYLE></head><body data-x=\"{long_value}\" "
            "title=\"court\"><p>Un « texte » où a = \"b\" reste.</p></body></html>")
    shrunk, removed = without_bulk(page)
    assert ld in shrunk and "<script></script>" in shrunk and "<STYLE></STYLE>" in shrunk
    assert 'data-x=""' in shrunk and 'title="court"' in shrunk
    assert "<p>Un « texte » où a = \"b\" reste.</p>" in shrunk
    assert removed == len(page) - len(shrunk) > MAX_ATTRIBUTE_CHARS
    assert without_bulk("<p>rien</p>") == ("<p>rien</p>", 0)


def test_an_unclosed_script_is_emptied_to_the_end() -> None:
    shrunk, _ = without_bulk("<p>avant</p><script>while (1) {")
    assert shrunk == "<p>avant</p><script>"

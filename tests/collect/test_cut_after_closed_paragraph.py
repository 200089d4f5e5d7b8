"""A page the connection cuts right after a closing ``</p>``, with its ``<article>`` and
``<main>`` still open, is possibly cut: a page that leaves out the optional
``</body></html>`` still closes the elements whose end tags are required (WHATWG HTML
13.1.2.4). verify15 R2: V8's rule took any body ending after a block's closing tag for a
whole page, so such a cut was stored unmarked and the later whole read became a version
with an "update" alert (newuser13b M13's symptom). A whole page without its optional end
tags stays unmarked (verify14 V8: tests/collect/test_cut_page_unclosed.py). Real HTTP
server on 127.0.0.1 closing the connection, real store, real webhook receiver."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import veille
from alert_kit import webhook_server
from veille.collect.fetch import ends_closed
from veille.collect.open_elements import open_elements
from veille.collect.testserver import LocalServer, Page, Site
from veille.store.base import SavedSearch

PARAGRAPHS = [
    "La passerelle des Vignes, à Angers, restera fermée aux piétons jusqu'à la fin de "
    "l'hiver après la découverte de fissures sur deux de ses piles, a annoncé la mairie.",
    "Les services techniques ont relevé des désordres sur les appuis en rive gauche lors "
    "d'une inspection de routine, mardi, et fait poser des barrières dans la soirée.",
    "Une déviation par le pont de Verdun est fléchée pour les cyclistes, qui empruntaient "
    "l'ouvrage à raison de plusieurs milliers de passages chaque jour.",
    "Un bureau d'études doit rendre ses conclusions en janvier, avant le choix entre une "
    "réparation des piles et la reconstruction de la passerelle.",
]


def page(paragraphs: list[str], end: str = "</body></html>") -> bytes:
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return ("<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>Angers : la "
            "passerelle des Vignes fermée</title></head><body><header>Le Courrier de la "
            "Maine</header>\n<main><article><h1>Angers : la passerelle des Vignes fermée</h1>"
            f"\n{body}</article></main>\n<footer>© 2026</footer>{end}").encode()


WHOLE = page(PARAGRAPHS)
CUT = WHOLE.index(b"<p>" + PARAGRAPHS[2][:20].encode())  # after "</p>\n" of paragraph 2 of 4


def test_a_cut_after_a_closed_paragraph_is_marked_then_completed(tmp_path: Path) -> None:
    assert WHOLE[:CUT].endswith(b"</p>\n")
    site = Site(pages={"/passerelle.html": Page(WHOLE, close_after=CUT, cut_requests=2)})
    with LocalServer(site) as running, webhook_server() as (hooks, hook_url), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1", fetch_retries=0,
                        fetch_delay=0) as v:
        v.save_search(SavedSearch(name="Angers", query="passerelle", webhook=hook_url))
        url = running.url("/passerelle.html")
        cut = v.fetch([url])
        [article_id] = cut.ingest.new_ids
        stored = v.get(article_id).content
        assert site.hits["/passerelle.html"] == 2
        assert stored is not None and len(stored.paragraphs) == 2
        assert stored.evidence.get("transfer") == "possibly_cut"
        assert any("cut short" in n for n in cut.notices)
        assert v.deliver_alerts().sent == 1
        whole = v.fetch([url])  # the third request: whole
        assert (whole.ingest.completed, whole.ingest.versions) == (1, 0)
        assert v.deliver_alerts().sent == 0  # no "update"
        assert v.store.versions(article_id) == []
        current = v.get(article_id).content
        assert current is not None and len(current.paragraphs) == 4
    assert [json.loads(body)["kind"] for _, body in hooks.posts] == ["new"]


def test_open_containers_are_a_cut_and_omitted_end_tags_are_not() -> None:
    assert not ends_closed(WHOLE[:CUT])
    assert open_elements(WHOLE[:CUT]) == ["main", "article"]
    # a whole page leaving out </body></html>, and the p, li, td end tags it may leave out
    assert ends_closed(page(PARAGRAPHS, end="\n"))
    assert ends_closed(b"<html><body><main><p>Un.</p></main>\n<p>Fin.<img src='/p.gif'>")
    assert ends_closed(b"<body><div>Un.</div><p>Deux.<div>Trois.</div>")  # <div> ends the p
    assert not ends_closed(b"<body><ul><li>Un.<li>Deux.</p>")  # the list is open
    assert not ends_closed(b"<body><table><tr><td>Un.</td>")  # the table is open
    assert not ends_closed(b"<body><div><p>Un.</p>\n<script>var a = '</div>';</script>")
    assert open_elements(b"<body><svg><path d='M0'/></svg><p>x</p>") == []
    assert open_elements(b"<body><p>Un <b>gras") == ["p", "b"]
    assert open_elements(b"<body><p>Un.</p><script>var a") is None  # inside a script
    assert open_elements(b"<body><p>Un.</p><a href='/x") is None  # inside a tag
    assert open_elements(b"<body><p>Un.</p><!-- fin") is None  # inside a comment
    assert open_elements(b"<body><p>1 < 2</p>") == []  # a "<" in text


@given(st.data())
def test_no_cut_inside_the_article_ends_closed(data: st.DataObject) -> None:
    """Every cut of the page's body that falls before ``</main>`` (the article's text, its
    tags, right after any of its closing tags) is not taken for a whole page."""
    at = data.draw(st.integers(min_value=WHOLE.index(b"<header>") + 1,
                               max_value=WHOLE.index(b"</main>")))
    assert not ends_closed(WHOLE[:at])


def test_a_cut_after_the_header_is_not_a_whole_page() -> None:
    """Regression (a hypothesis draw, 2026-12-04): a body cut right after ``</header>``,
    before the article, was taken for a whole page omitting ``</body></html>``."""
    after_header = WHOLE.index(b"</header>") + len(b"</header>")
    assert not ends_closed(WHOLE[:after_header])
    assert ends_closed(WHOLE.replace(b"</body></html>", b""))  # the whole page still is

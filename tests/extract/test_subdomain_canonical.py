"""A page speaks for its own host only: a subdomain of a news site's registrable domain
(``blogs.mediapart.fr``, readers' blogs on ``*.blog.lemonde.fr``) may hold third parties'
pages, so its canonical link, ``og:url`` or JSON-LD ``url`` on the parent's host is not
believed; ``www.``/``m.``/``mobile.``/``amp.`` variants of one host still are (verify10,
the S6 variant)."""

from __future__ import annotations

import json

import pytest

from veille.collect.sites import page_host, same_host
from veille.extract.html.metadata import url_refusal
from veille.extract.stage import ExtractStage
from veille.extract.wire import NINJS
from veille.record import Article, RawInput

BODY = "".join(f"<p>Le conseil municipal a voté le budget primitif de la commune. Phrase {i} "
               "du corps du billet, assez longue pour être lue comme de la prose.</p>"
               for i in range(4))
NEWSROOM = "https://www.mediapart.fr/journal/france/011226/vrai"


def _page(head: str) -> bytes:
    return (f"<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>Billet</title>"
            f"{head}</head><body><article><h1>Billet</h1>{BODY}</article></body></html>"
            ).encode()


@pytest.mark.parametrize("head", [
    f"<link rel='canonical' href='{NEWSROOM}'>",
    f"<meta property='og:url' content='{NEWSROOM}'>",
    '<script type="application/ld+json">' + json.dumps(
        {"@type": "NewsArticle", "url": NEWSROOM, "headline": "Billet"}) + "</script>",
])
def test_a_reader_blog_does_not_take_the_newsroom_address(head: str) -> None:
    fetched = "https://blogs.mediapart.fr/jean/blog/011226/faux"
    article = ExtractStage()(Article(raw=RawInput(data=_page(head), origin=fetched,
                                                  media_type="text/html", url=fetched)))
    assert article.content is not None
    assert article.url == fetched
    assert article.source == "blogs.mediapart.fr"
    assert "not believed (another host than blogs.mediapart.fr" in \
        article.content.evidence["url"]


def test_a_fetched_wire_item_does_not_take_another_host_page() -> None:
    """Every extractor's claimed page is judged alike (here a ninjs ``links`` entry)."""
    doc = {"uri": "urn:x:1", "type": "text", "headline": "Billet",
           "body_text": " ".join(["Le conseil municipal a voté le budget primitif."] * 8),
           "links": [{"rel": "canonical", "href": NEWSROOM}]}
    fetched = "https://blogs.mediapart.fr/jean/item.json"
    article = ExtractStage()(Article(raw=RawInput(data=json.dumps(doc).encode(), origin=fetched,
                                                  media_type=NINJS, url=fetched)))
    assert article.content is not None
    assert article.content.url is None
    assert "another host than blogs.mediapart.fr" in article.content.evidence["url"]


@pytest.mark.parametrize(("claimed", "fetched", "believed"), [
    (NEWSROOM, "https://blogs.mediapart.fr/jean/blog/011226/faux", False),
    ("https://www.lemonde.fr/a", "https://jean.blog.lemonde.fr/2026/12/01/faux", False),
    ("https://www.lemonde.fr/a", "https://abonnes.lemonde.fr/a", False),
    ("https://www.lemonde.fr/a", "https://amp.lemonde.fr/a", True),
    ("https://www.lemonde.fr/a", "https://m.lemonde.fr/a", True),
    ("https://lemonde.fr/a", "https://www.lemonde.fr/a", True),
    ("https://www.lemonde.fr/a", "https://mobile.www.lemonde.fr/a", True),
    ("https://blogs.mediapart.fr/x", "https://blogs.mediapart.fr/y", True),
])
def test_which_hosts_speak_for_each_other(claimed: str, fetched: str, believed: bool) -> None:
    assert (url_refusal(claimed, fetched) == "") is believed


def test_a_variant_label_is_not_stripped_down_to_a_public_suffix() -> None:
    assert page_host("www.co.uk") == "www.co.uk"
    assert page_host("WWW.M.LeMonde.fr.") == "lemonde.fr"
    assert page_host("127.0.0.1") == "127.0.0.1"
    assert not same_host("www.co.uk", "co.uk")
    assert not same_host("", "")

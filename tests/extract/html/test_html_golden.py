"""Golden outputs: small hand-written pages (tests/fixtures/html) and what veille extracts.

Why hand-written: the benchmark pages are third-party HTML that cannot be redistributed, so
each fixture reproduces one situation seen on real news pages (JSON-LD ``@graph``,
OpenGraph only, microdata, a paywall, a visible dateline, ``articleBody``, a legacy code
page) with the chrome around it (menus, share bars, related links, comments, newsletter
boxes, captions). The expected JSON was checked by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.extract.html import extract_html
from veille.extract.html_encoding import decode_html
from veille.extract.stage import ExtractStage
from veille.record import Article, RawInput

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "html"
PAGES = sorted(FIXTURES.glob("*.html"))
KEYS = ("title", "paragraphs", "authors", "published", "updated", "language", "site_name",
        "url", "truncated", "section", "description", "image", "evidence")


def test_there_are_fixtures() -> None:
    assert len(PAGES) >= 7


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_golden(page: Path) -> None:
    expected = json.loads(page.with_suffix(".json").read_text("utf-8"))
    decoded = decode_html(page.read_bytes())
    # fetched from its own site (a canonical link to another site is not believed: S6)
    fetched = expected["url"] if "url" in expected["evidence"] else "https://example.org/page"
    content = extract_html(decoded.text, url=fetched).to_dict()
    assert {k: content[k] for k in KEYS} == {k: expected[k] for k in KEYS}
    assert decoded.encoding == expected["encoding"]


def test_captions_only_when_asked() -> None:
    html = (FIXTURES / "fr_jsonld_graph.html").read_text("utf-8")
    without = extract_html(html)
    with_captions = extract_html(html, include_captions=True)
    caption = "Le quai principal, mardi matin. Photo : Marie Le Goff"
    assert caption not in without.paragraphs
    assert caption in with_captions.paragraphs
    assert len(with_captions.paragraphs) == len(without.paragraphs) + 1


def test_stage_decodes_with_the_http_charset() -> None:
    """The media type's charset parameter (the HTTP header) is honoured by the stage."""
    body = ("<html><body><h1>Été</h1><p>Le café a rouvert ses portes après l'été, "
            "à la grande joie des habitués du quartier.</p></body></html>").encode("cp1252")
    raw = RawInput(data=body, origin="page.html", media_type="text/html; charset=iso-8859-1")
    article = ExtractStage()(Article(raw=raw))
    assert article.content is not None
    assert "Le café a rouvert" in article.content.paragraphs[0]
    assert article.content.evidence["encoding"] == "cp1252 (declared in http)"
    assert article.content.extractor == "veille-html"

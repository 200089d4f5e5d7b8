"""Hostile pages: each gets a result or a clear ExtractionError, within bounded time.

Why these: they are the inputs issue 5 lists (truncated HTML, 10,000 levels of nesting,
50 MB, no body, frames, empty, binary as text/html, broken, huge or hostile JSON-LD). Time is
bounded as a ratio to an ordinary page of 1.4 MB read in the same process (CPU time, not
the wall clock: issue 13 asks for ratios, and a loaded machine slowed the 50 MB case past
an absolute 30 s bound, r-perf57): loose, but anything quadratic passes them by far.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable

import pytest

from veille.errors import ExtractionError, ItemError
from veille.extract.html import extract_html
from veille.extract.html.parse import MAX_HTML_CHARS
from veille.extract.stage import ExtractStage
from veille.record import Article, RawInput

PARA = ("<p>" + "Le conseil municipal a voté mardi soir un budget en hausse de trois pour "
        "cent, malgré l'opposition. " * 3 + "</p>")
LD = "<script type='application/ld+json'>{}</script>"

CASES = {
    "deep divs": "<html><body>" + "<div>" * 10_000 + PARA + "</div>" * 10_000,
    "deep unclosed": "<div>" * 10_000 + PARA,
    "deep spans": "<body>" + "<span>" * 10_000 + PARA,
    "deep lists": "<body>" + "<ul><li>" * 5_000 + PARA,
    "deep tables": "<body>" + "<table><tr><td>" * 3_000 + PARA,
    "truncated": "<html><head><title>T</title></head><body><article>" + PARA * 5 + "<p>Et",
    "cut in a tag": "<html><body>" + PARA * 3 + "<div class=\"art",
    "json-ld deep": LD.format("[" * 100_000 + "]" * 100_000) + "<body>" + PARA * 3,
    "json-ld deep objects": LD.format('{"a":' * 50_000 + "1" + "}" * 50_000) + PARA * 3,
    "json-ld broken": LD.format('{"@type":"NewsArticle","headline":"x') + PARA * 3,
    "json-ld graph": LD.format('{"@graph":[' + ",".join(['{"@type":"Thing"}'] * 200_000)
                               + "]}") + "<body>" + PARA * 3,
    "json-ld wrong types": LD.format('{"@type":"NewsArticle","headline":{"a":[1]},'
                                     '"author":42,"datePublished":["x"],"image":7,'
                                     '"articleBody":null}') + PARA * 3,
    "json-ld huge body": LD.format('{"@type":"NewsArticle","articleBody":"'
                                   + "mot " * 400_000 + '"}') + PARA * 3,
}
FAILS = {
    "empty": "",
    "whitespace": "   \n\t ",
    "no body": "<html><head><title>x</title></head></html>",
    "frames": "<html><frameset><frame src=a.html><frame src=b.html></frameset></html>",
    "only chrome": "<body><nav><a href=/>Accueil</a></nav><footer>© 2024</footer></body>",
    "binary as text": random.Random(5).randbytes(50_000).decode("latin-1"),
    "nul bytes": "\x00" * 10_000,
}


ORDINARY = "<html><body>" + ("<div class=x>" + PARA + "</div>") * 4_300
"""An ordinary page of 1.4 MB: the yardstick of the time bounds."""


def _cpu_seconds(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


@pytest.fixture(scope="module")
def ordinary() -> float:
    """CPU seconds to extract :data:`ORDINARY` (the best of two runs)."""
    return min(_cpu_seconds(lambda: extract_html(ORDINARY)) for _ in range(2))


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_pages_give_a_result(name: str, ordinary: float) -> None:
    start = time.process_time()
    content = extract_html(CASES[name])
    spent = time.process_time() - start
    assert spent < 3 * ordinary + 0.05, (spent, ordinary)  # measured ≤ 0.17×
    assert content.paragraphs
    assert all(len(p) < 2_000_000 for p in content.paragraphs)


@pytest.mark.parametrize("name", list(FAILS))
def test_hostile_pages_fail_clearly(name: str, ordinary: float) -> None:
    start = time.process_time()
    with pytest.raises(ExtractionError) as info:
        extract_html(FAILS[name], origin="page.html")
    assert time.process_time() - start < ordinary + 0.05  # measured ≤ 0.001×
    assert info.value.reason and "page.html" in info.value.one_line()


def test_fifty_megabytes_are_cut_and_said(ordinary: float) -> None:
    html = "<html><body>" + ("<div class=x>" + PARA + "</div>") * 160_000
    assert len(html) > 50_000_000
    start = time.process_time()
    content = extract_html(html)
    spent = time.process_time() - start
    assert spent < 12 * ordinary, (spent, ordinary)  # measured 4.7×: cut at 6 MB
    assert content.evidence["input"].startswith("HTML cut at the size bound")
    assert sum(map(len, content.paragraphs)) <= MAX_HTML_CHARS


def test_binary_sent_as_html_through_the_stage() -> None:
    raw = RawInput(data=os.urandom(20_000) + b"\x00" * 10, origin="x.html",
                   media_type="text/html")
    with pytest.raises(ItemError):
        ExtractStage()(Article(raw=raw))

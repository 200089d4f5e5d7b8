"""Peak memory of extracting and ingesting a large HTML page, against its size (issue 13).

``bench/scaling.py`` saw a 4 MB page peak at 269 MB (16 MB: 353 MB). The causes were
whole-page copies made to read a few characters (a ``<time>``'s label read from its
parent's whole text, split into words: ~10 bytes a character) and the signature's numpy
arrays over the whole body (~50 bytes a character). The bounds below are ratios of traced
memory (``tracemalloc``: Python objects and numpy arrays, not lexbor's tree) to the page's
size, not times: the old code gave 22 (extraction) and 57 (ingest) on this page, this one
13 and ~17.
"""

from __future__ import annotations

import random
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from veille.extract.html import extract_html
from veille.extract.html.parse import clean_prefix, clean_text
from veille.ingest import ingest_texts
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

WORDS = ("le conseil municipal de Rennes a adopté lundi soir un plan rénovation des écoles "
         "ville montant millions euros sur cinq ans les travaux commenceront dès été "
         "prochain the council approved budget on Tuesday").split()


def page(size: int) -> bytes:
    """An article page of about ``size`` bytes: a headline, a byline, a ``<time>`` and
    prose paragraphs, all inside one ``<article>`` (the shape of bench/scaling.py's)."""
    rnd = random.Random(size)
    paragraphs, total = [], 0
    while total < size:
        sentence = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(40, 90)))
        paragraphs.append(f"<p>{sentence.capitalize()}.</p>\n")
        total += len(paragraphs[-1])
    title = "Le conseil municipal adopte un plan pour les écoles"
    return (f"<!doctype html><html lang=fr><head><meta charset=utf-8><title>{title}</title>"
            f"</head><body><nav><a href=/>Accueil</a></nav><article><h1>{title}</h1>"
            "<p class=byline>Par Marie Dupont</p><time datetime=2024-03-12T14:05:00+01:00>"
            f"12 mars 2024</time>{''.join(paragraphs)}</article></body></html>").encode()


def traced_peak(work: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_extracting_a_large_page_takes_a_bounded_multiple_of_its_size() -> None:
    data = page(1 << 20)
    html = data.decode()
    extract_html(page(4096).decode())  # imports and compiled patterns outside the count
    peak = traced_peak(lambda: extract_html(html))
    assert peak / len(data) < 16, f"{peak / len(data):.1f} bytes a byte of page"


def test_ingesting_a_large_page_takes_a_bounded_multiple_of_its_size(tmp_path: Path) -> None:
    data = page(1 << 20)
    settings = Settings(max_input_bytes=8 << 20)
    warm = SQLiteStore.open(tmp_path / "warm.db")
    ingest_texts(warm, [("warm.html", page(4096))], settings=settings)
    warm.close()
    store = SQLiteStore.open(tmp_path / "veille.db")
    done = []
    try:
        peak = traced_peak(lambda: done.append(
            ingest_texts(store, [("page.html", data)], settings=settings)))
    finally:
        store.close()
    assert done[0].new == 1
    assert peak / len(data) < 30, f"{peak / len(data):.1f} bytes a byte of page"


@given(st.text(st.sampled_from(" \n\t\u2028\xa0ab é"), max_size=300), st.integers(0, 80))
@example("a" * 500 + " b", 10)
@example(" " * 1000 + "mot", 2)
def test_clean_prefix_is_the_cleaned_texts_prefix(text: str, limit: int) -> None:
    assert clean_prefix(text, limit) == clean_text(text)[:limit]

"""The article page says what the story page says, in one word for one thing (t-reader24,
t-final24), in real Chromium, French and English:

- R4: a reprint stamped before its original said "Publié en premier par afp.com, 22:10" on
  its own page with no word of its own earlier 21:55; the story page's note is in the box.
- R5: a teaser's page listed its full text under « Article d'origine », the row saying
  « article complet »: the heading says « Article complet » too.
- S9: an AFP update carrying the dispatch's own 06:30 was "même dépêche AFP, parue après":
  it is AFP's republication, as the story's timeline says, and not out later.
- S9: the English pages said "excerpt" where the lists say "teaser".

Skipped like the other browser tests without Chromium/Playwright."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_web_browser import browser, page  # noqa: F401
from web_kit import LiveServer, serve

from veille.ingest import ingest_texts
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

FIXTURES = Path(__file__).parents[1] / "fixtures" / "reader24"
LANGS = pytest.mark.parametrize("lang", ["fr", "en"])
WORDS = {
    "fr": {"copy_before": "une reprise (lefigaro.fr) est datée avant l’article qu’elle reprend",
           "full": "Article complet", "full_row": "article complet", "teaser": "extrait",
           "same": "republication (même source)", "later": "parue après"},
    "en": {"copy_before": "a reprint (lefigaro.fr) is dated before the article it copies",
           "full": "Full article", "full_row": "full article", "teaser": "teaser",
           "same": "republished by its source", "later": "out later"},
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, dict[str, str]]]:
    data = tmp_path_factory.mktemp("reader24") / "data"
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    ids: dict[str, str] = {}
    try:
        for name in ("tram-reprint-before", "teaser-before", "afp-update-same-time"):
            text = (FIXTURES / f"{name}.jsonl").read_bytes()
            for i, line in enumerate(text.splitlines(keepends=True)):
                found = ingest_texts(store, [(f"{name}-{i}.jsonl", line)]).new_ids
                # an update with no URL is a version of the dispatch now (q-copies24, F8):
                # it keeps the dispatch's article id
                ids[f"{name}-{i}"] = found[0] if found else ids[f"{name}-{i - 1}"]
    finally:
        store.close()
    with serve(data) as server:
        yield server, ids


def _open(page: Any, site: tuple[LiveServer, dict[str, str]], key: str,  # noqa: F811
          lang: str) -> None:
    server, ids = site
    page.goto(f"{server.url}/articles/{ids[key]}?lang={lang}")


@LANGS
def test_a_reprint_dated_before_its_original_says_so_on_its_page(
        page: Any, site: tuple[LiveServer, dict[str, str]], lang: str) -> None:  # noqa: F811
    _open(page, site, "tram-reprint-before-1", lang)
    box = page.locator("section.story-of")
    assert "AFP" in box.locator("p").nth(1).inner_text()
    assert WORDS[lang]["copy_before"] in box.locator("p.first-note").inner_text()
    # the original's page says it too: its story box is the story's
    _open(page, site, "tram-reprint-before-0", lang)
    assert WORDS[lang]["copy_before"] in page.locator("section.story-of").inner_text()


@LANGS
def test_a_teasers_full_article_has_one_name(page: Any,  # noqa: F811
                                             site: tuple[LiveServer, dict[str, str]],
                                             lang: str) -> None:
    _open(page, site, "teaser-before-1", lang)
    originals = page.locator("section.originals")
    assert originals.locator("h2").inner_text() == WORDS[lang]["full"]
    assert WORDS[lang]["full_row"] in originals.locator("li").inner_text()
    # the full article's page calls the teaser what the lists call it
    _open(page, site, "teaser-before-0", lang)
    assert page.locator("section.copies .badge").inner_text() == WORDS[lang]["teaser"]


@LANGS
def test_an_update_at_the_same_time_is_not_later(page: Any,  # noqa: F811
                                                 site: tuple[LiveServer, dict[str, str]],
                                                 lang: str) -> None:
    """The update of the dispatch, with no URL and the dispatch's own 06:30, is its version
    since q-copies24 (t-final24 F8): one article, its headline the update's, and never
    "out later"."""
    server, ids = site
    assert ids["afp-update-same-time-0"] == ids["afp-update-same-time-1"]
    _open(page, site, "afp-update-same-time-0", lang)
    assert "un mort" in page.locator("h1").first.inner_text()
    badges = page.locator("section.copies .badge").all_inner_texts()
    assert not any(WORDS[lang]["later"] in b for b in badges)
    assert WORDS[lang]["later"] not in page.locator("main").inner_text()

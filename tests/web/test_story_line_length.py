"""The collapsed story line is the story's fullest independent article, its lead counted once
(newuser11b U9): the demo's Vendée Globe story has bodies of 745, 918 and 1,053 characters,
each lead being its first paragraph; the 918 one was shown, its 629-character lead counted
twice. Then the week's dispatch: its original, corrected at its URL after a reprint was
stored, is the story's line (it had become a "version, duplicate of" its own reprint,
and the reprint was shown).

A real SQLite store and index, the app on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from web_kit import serve

from dispatch_kit import body_paragraphs
from veille.cli.main import main
from veille.dedup.representative import text_length
from veille.ingest import ingest_texts
from veille.record import Article, Content, Dedup, RawInput
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

STORY = "vendee"
WORDS = ("Vendée Globe skipper course bateau quille mer départ Sables Olonne abandon "
         "chalutier avarie navigateur").split()


def _text(size: int, seed: int) -> str:
    words, n = [], seed
    while len(" ".join(words)) < size:
        words.append(WORDS[n % len(WORDS)])
        n = n * 7 + 3
    return " ".join(words)[:size].rstrip() + "."


def _article(n: int, lead_size: int, rest_size: int) -> Article:
    lead = _text(lead_size, n)
    at = datetime(2012, 11, 10 + n, 9, 0, tzinfo=UTC)
    raw = RawInput(data=f"vendee {n}".encode(), origin=f"demo/{n}", media_type="text/plain",
                   url=f"https://voile{n}.example/vendee", fetched_at=at, source=f"voile{n}")
    content = Content(title=f"Vendée Globe : étape {n}", lead=lead,
                      paragraphs=[lead, _text(rest_size - lead_size, n + 1)],
                      published=at, language="fr", extractor="test")
    return Article(raw=raw, first_seen=at, source=f"voile{n}.example", content=content,
                   dedup=Dedup(fingerprint=f"vendee{n}", story_id=STORY))


def _served(store: SQLiteStore, data: Path) -> Iterator[httpx.Client]:
    """The store closed, indexed and served: a client of the app."""
    store.close()
    main(["--data-dir", str(data), "reindex"])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    data = tmp_path_factory.mktemp("story-line") / "data"
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    # (lead, whole body) as the demo's: the last is the fullest, the second has the longest lead
    for n, (lead, body) in enumerate([(491, 745), (629, 918), (473, 1053)]):
        store.put_batch([_article(n, lead, body)])
    yield from _served(store, data)


def test_the_latest_story_line_is_its_longest_text(client: httpx.Client) -> None:
    [line] = client.get("/api/v1/latest", params={"collapse": "true"}).json()["articles"]
    assert (line["source"], line["others"]) == ("voile2.example", 2)


def test_the_search_story_line_is_its_longest_text(client: httpx.Client) -> None:
    found = client.get("/api/v1/search", params={"q": "Vendée", "collapse": "true"}).json()
    [hit] = found["hits"]
    assert hit["source"] == "voile2.example"


def test_a_lead_that_opens_the_first_paragraph_counts_once() -> None:
    assert text_length(["Un chapeau.", "Un chapeau. Et la suite.", "Fin."]) == 28
    assert text_length(["Un chapeau…", "Un chapeau qui continue.", "Fin."]) == 28
    assert text_length(["Un chapeau à part.", "Le texte.", "Fin."]) == 31
    assert text_length(["Un seul paragraphe."]) == 19


@given(st.lists(st.text(max_size=40), min_size=1, max_size=6))
def test_a_length_is_at_least_the_paragraphs_and_at_most_everything(parts: list[str]) -> None:
    length = text_length(parts)
    assert sum(map(len, parts[1:])) <= length <= sum(map(len, parts))


def _record(url: str, title: str, when: str, body: list[str]) -> tuple[str, bytes]:
    return "r.jsonl", json.dumps({"url": url, "title": title, "published": when,
                                  "text": "\n\n".join(body)}, ensure_ascii=False).encode()


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    data = tmp_path_factory.mktemp("week") / "data"
    store = SQLiteStore.open(Settings(data_dir=data).store_path)
    paras = body_paragraphs()
    for source, url, title, when in (
            ("a.example", "https://a.example/crue", "Coalition : alerte", "08:00"),
            ("b.example", "https://b.example/loire", "Coalition : reprise", "09:00"),
            ("a.example", "https://a.example/crue", "Coalition : alerte levée", "08:00")):
        ingest_texts(store, [_record(url, title, f"2026-11-24T{when}:00+01:00", paras)],
                     source=source)
    yield from _served(store, data)


def test_a_corrected_original_is_its_story_line(week: httpx.Client) -> None:
    [line] = week.get("/api/v1/latest", params={"collapse": "true"}).json()["articles"]
    assert (line["source"], line["title"], line["others"]) == (
        "a.example", "Coalition : alerte levée", 1)
    found = week.get("/api/v1/search", params={"q": "coalition", "collapse": "true"}).json()
    assert [h["source"] for h in found["hits"]] == ["a.example"]

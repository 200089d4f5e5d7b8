"""A version's diff on the article page is escaped text, whatever the headline and body
hold (f-reader20 R13): markup in a headline is shown as written, never run, and the
headline's changed words are marked inside the whole headline."""

from __future__ import annotations

from pathlib import Path

import httpx
from reader_kit import article_id, record
from web_kit import serve

import veille

URL = "https://gazette.example/greve"


def test_the_diff_is_escaped_and_reads_whole(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with veille.open(data) as v:
        for n, (title, figure) in enumerate((("Grève des <trains> : 3 < 4 à Lyon", "12"),
                                             ("Grève des <trains> : 3 < 5 à Lyon & Paris",
                                              "15"))):
            v.ingest_bytes([(f"{n}.jsonl", (record(title, figure,
                                                   published="2026-11-30T08:00:00+01:00")
                                            + "\n").encode())])
    with serve(data) as server:
        page = httpx.get(f"{server.url}/articles/{article_id(data, URL)}",
                         params={"lang": "fr"}, timeout=60).text
    diff = page.split('<div class="diff">', 1)[1].split("</div>", 1)[0]
    assert "<trains>" not in diff
    assert "<dt>Titre avant</dt>" in diff and "<dt>Titre après</dt>" in diff
    before = diff.split("<del>", 1)[1].split("</del>", 1)[0]
    after = diff.split("<ins>", 1)[1].split("</ins>", 1)[0]
    assert before == "Grève des &lt;trains&gt; : 3 &lt; <mark>4</mark> à Lyon", before
    # "à Lyon", unchanged between two changes of the new headline, is marked with them
    assert after == "Grève des &lt;trains&gt; : 3 &lt; <mark>5 à Lyon &amp; Paris</mark>", after

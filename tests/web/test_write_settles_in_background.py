"""Regression (q-stories24, issue 14 COST): every POST to the write API re-clustered the
window of days it touched (``ingest.recluster_stories``: up to 2,000 articles, seconds of
CPU) before answering. Now the write API's ingest leaves that to a follower of the change
log (the ``stories`` view of ``veille.follower``, started by the web app with the write API), as
the enrichment view follows it: the answer does not wait for it, the stories' view position
lags until the follower runs, and then the stories are those a ``veille ingest`` gives. What
a crash left un-settled is caught up by the next follower. Real store, real server; the
fixture is f-order24's (``tests/fixtures/stories/order-independence.jsonl``)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import httpx
import pytest
from web_kit import serve

import veille
from veille import ingest
from veille.ingest import stories_behind
from veille.service import Veille

FIXTURE = Path(__file__).parent.parent / "fixtures" / "stories" / "order-independence.jsonl"
LINES = FIXTURE.read_text(encoding="utf-8").splitlines()
TOKEN = "s3cret-token-for-tests"

Stories = frozenset[frozenset[str]]


def stories(v: Veille) -> Stories:
    """The stories as sets of URLs."""
    out: dict[str, set[str]] = {}
    for article in v.store.latest(limit=100):
        assert article.dedup is not None and article.dedup.story_id and article.url
        out.setdefault(article.dedup.story_id, set()).add(article.url)
    return frozenset(frozenset(s) for s in out.values())


def one_by_one(v: Veille, *, settle: bool) -> None:
    """One ingest per record, in reverse (the order in which online clustering differs
    from the canonical one: f-order24's fixture)."""
    for n, line in enumerate(reversed(LINES)):
        v.ingest_bytes([(f"r{n}.jsonl", line.encode() + b"\n")], settle=settle)


def reference(tmp: Path) -> Stories:
    with veille.open(tmp / "reference") as v:
        one_by_one(v, settle=True)
        assert not stories_behind(v.store)
        return stories(v)


def test_an_unsettled_ingest_lags_then_the_follower_settles_it(tmp_path: Path) -> None:
    """The ingest that does not settle leaves the stories' view behind the log; a follower
    in another process (a crash between them: this one is closed) catches it up, and the
    stories are those of ingests that settle."""
    want = reference(tmp_path)
    with veille.open(tmp_path / "data") as v:
        one_by_one(v, settle=False)
        assert stories_behind(v.store)
        assert v.stats()["stories_lag"] == len(LINES)  # each record a new article
    with veille.open(tmp_path / "data") as v:
        v.settle_stories()
        assert not stories_behind(v.store)
        assert v.stats()["stories_lag"] == 0
        assert v.stats()["stories_seq"] == v.store.change_seq()
        assert stories(v) == want
        assert v.settle_stories() == {}  # caught up: nothing more


def test_the_write_api_leaves_the_stories_to_its_background_follower(tmp_path: Path) -> None:
    want = reference(tmp_path)
    data = tmp_path / "data"
    with serve(data, api_token=TOKEN) as live, httpx.Client(base_url=live.url,
                                                            timeout=60) as http:
        for line in reversed(LINES):
            answer = http.post("/api/v1/articles", content=line.encode(),
                               headers={"authorization": f"Bearer {TOKEN}",
                                        "content-type": "application/json"})
            assert answer.status_code in (200, 201), answer.text
        deadline = time.monotonic() + 120
        while True:
            with veille.open(data) as v:
                if not stories_behind(v.store):
                    got = stories(v)
                    break
            # what the API's stats say meanwhile: articles whose stories may still change
            assert http.get("/api/v1/stats").json()["stories_lag"] in range(len(LINES) + 1)
            assert time.monotonic() < deadline, "the follower never settled the stories"
            time.sleep(0.5)
        assert http.get("/api/v1/stats").json()["stories_lag"] == 0
    assert got == want
    assert json.loads(LINES[0])["url"] in {u for s in got for u in s}


def test_stories_lag_reads_no_further_back_than_a_reclustering(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """f-outlet27: ``stories_lag`` read the change log from the stories view's position on
    every ``stats`` call, a read that grows without bound while no follower runs. It now
    counts the articles among the log's last ``RECLUSTER_LIMIT`` entries, what a
    re-clustering catches up (here the limit is 5, so that 19 articles pass it)."""
    monkeypatch.setattr(ingest, "RECLUSTER_LIMIT", 5)
    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([("all.jsonl", "\n".join(LINES).encode() + b"\n")], settle=False)
        head = v.store.change_seq()
        assert head - v.store.view_seq(ingest.STORIES_VIEW) > 5
        last = v.store.changes(after=head - 5, limit=100)
        want = sum(c.kind in ("new", "version", "completed") for c in last)
        assert 0 < want <= 5
        assert v.stats()["stories_lag"] == want
        assert stories_behind(v.store)
    with serve(tmp_path / "data") as server, \
            httpx.Client(base_url=server.url, timeout=60) as http:
        assert http.get("/api/v1/stats").json()["stories_lag"] == want
    with veille.open(tmp_path / "data") as v:
        v.settle_stories()
        assert v.stats()["stories_lag"] == 0

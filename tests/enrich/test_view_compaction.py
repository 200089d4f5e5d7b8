"""The enrichment view left behind by the change log's compaction (it never ran, or was not
seen for ``changelog_follower_days``): it finds the gap and enriches every article again,
rather than enriching only what the kept log names."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from tests.enrich.conftest import SEED
from tests.web.web_kit import serve

from capture_kit import make_capture
from veille.enrich.stage import Resources
from veille.enrich.view import follow
from veille.service import Veille
from veille.settings import Settings

ISLAMIC_STATE = "Q2429253"


def test_a_gap_re_enriches_every_article(tmp_path: Path, resources: Resources,
                                         caplog: pytest.LogCaptureFixture) -> None:
    with Veille(Settings(data_dir=tmp_path / "data")) as service:
        service.ingest_bytes([("seed.txt", SEED.read_bytes())], source="lemonde.fr")
        service.ingest_bytes([("later.txt", make_capture(1).text.encode())])
        store = service.store
        done = store.compact_log(keep_age=timedelta(0), follower_age=timedelta(days=1))
        assert done.compacted_seq > store.enrich_applied_seq() == 0  # the seed's change gone
        with caplog.at_level(logging.WARNING, logger="veille.enrich"):
            result = follow(store, resources)
        assert "enriching every article again" in caplog.text
        assert result.enriched == 2 and store.enrich_lag() == 0
        entity = store.entity(ISLAMIC_STATE)
        assert entity is not None and entity.articles == 1
        assert store.enrich_applied_seq() >= done.head
        assert {f.name for f in store.followers()} >= {"enrichment", "search index"}


def test_the_lag_counts_the_articles_behind_a_gap(tmp_path: Path) -> None:
    """Enrichment never ran (``enrich_on_write`` off, no watch), the log was compacted:
    ``enrich_lag`` (``veille stats``, ``/api/v1/stats``, ``veille enrich``'s "pending")
    counted only the one change the log kept, as if enrichment were nearly caught up.
    It counts every stored article, each of which the view will enrich again."""
    with Veille(Settings(data_dir=tmp_path / "data", changelog_keep_hours=0)) as service:
        service.ingest_bytes([(f"c{n}.txt", make_capture(n).text.encode())
                              for n in range(5)])
        store = service.store
        articles = store.counts()["articles"]
        assert articles == 5 and store.enrich_lag() == store.change_seq()
        done = service.compact()
        assert done.removed > 0 and done.compacted_seq > store.enrich_applied_seq() == 0
        assert store.enrich_lag() == articles
        assert service.stats()["enrich_lag"] == articles
    with serve(tmp_path / "data", enrich_in_background=False) as live:
        stats = httpx.get(f"{live.url}/api/v1/stats").json()
    assert stats["enrich_lag"] == articles and stats["enrich_seq"] == 0

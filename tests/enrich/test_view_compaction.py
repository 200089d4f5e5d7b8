"""The enrichment view left behind by the change log's compaction (it never ran, or was not
seen for ``changelog_follower_days``): it finds the gap and enriches every article again,
rather than enriching only what the kept log names."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest
from tests.enrich.conftest import SEED

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

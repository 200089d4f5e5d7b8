"""A saved search whose definition changes alerts only on articles stored after the
change, whatever replays the change log later (a re-enrichment after an alias edit): the
fresh user's F25, where `veille reenrich` sent a "new" alert for an old article."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import veille
from veille.store.base import SavedSearch

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "000_b76170f1117bfb89.txt"


def test_a_redefined_search_does_not_alert_old_articles_on_reenrich(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        first = v.save_search(SavedSearch(name="S", query="zzzinexistant", collapse=False))
        v.ingest_bytes([("seed.txt", SEED.read_bytes())], source="lemonde.fr")
        v.enrich()
        v.match_alerts()
        updated = v.save_search(SavedSearch(name="S", query="coalition", collapse=False))
        assert updated.id == first.id and updated.created_seq > first.created_seq
        v.match_alerts()
        assert v.store.matches(updated.id) == []
        v.reenrich()
        v.match_alerts()
        assert v.store.matches(updated.id) == []  # stored before the search matched it
        # an article stored after the change still alerts
        later = ("La coalition se réunit à Washington\n\n" + "Les ministres de la coalition "
                 "internationale discutent de la suite des opérations en Syrie. " * 8)
        [new_id] = v.ingest_bytes([("later.txt", later.encode())],
                                  source="lefigaro.fr").new_ids
        v.match_alerts()
        assert [m.article_id for m in v.store.matches(updated.id)] == [new_id]


def test_a_change_of_channel_keeps_the_watermark(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        first = v.save_search(SavedSearch(name="S", query="coalition", collapse=False))
        v.ingest_bytes([("seed.txt", SEED.read_bytes())], source="lemonde.fr")
        same = v.save_search(replace(first, email="moi@example.org", id=0,
                                     created_seq=0, created_at=None))
        assert (same.created_seq, same.created_at) == (first.created_seq, first.created_at)

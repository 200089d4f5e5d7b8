"""The entity and place pages' queries (places, mentions over time, sources, quotes of the
articles naming a place, search facet counts) on the PostgreSQL store, as on SQLite."""

from __future__ import annotations

from pathlib import Path

import veille

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "000_b76170f1117bfb89.txt"


def test_place_and_timeline_queries(tmp_path: Path, pg_url: str) -> None:
    results = []
    for settings in ({"store_url": pg_url}, {}):
        with veille.open(tmp_path / ("pg" if settings else "lite"), **settings) as v:
            [article_id] = v.ingest_bytes([("seed.txt", SEED.read_bytes())],
                                          source="lemonde.fr").new_ids
            v.enrich()
            store = v.store
            syria = store.place("Q858")
            assert syria is not None and syria.country == "SY" and syria.articles == 1
            entities, places = store.entity_counts([article_id], limit=50)
            results.append((
                [p.id for p in store.places(limit=50)], syria.mentions,
                [(n, m) for _day, n, m, _i in store.entity_timeline("Q858")],
                store.entity_sources("Q2429253"),
                len(store.quotes_naming("Q858")),
                sorted(e.id for e in entities), sorted(p.id for p in places)))
    assert results[0] == results[1]
    assert results[0][3] == [("lemonde.fr", 1)] and results[0][4] == 4
    assert "Q858" in results[0][6] and "Q2429253" in results[0][5]

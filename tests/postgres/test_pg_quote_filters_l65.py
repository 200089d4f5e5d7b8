"""The quote filters and list counts of ``/api/v1/quotes``, ``/entities`` and ``/places``
(h-api65) give the same on the PostgreSQL store as on SQLite."""

from __future__ import annotations

from pathlib import Path

import veille

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "000_b76170f1117bfb89.txt"


def test_quote_filters_and_counts(tmp_path: Path, pg_url: str) -> None:
    results = []
    for settings in ({"store_url": pg_url}, {}):
        with veille.open(tmp_path / ("pg" if settings else "lite"), **settings) as v:
            v.ingest_bytes([("seed.txt", SEED.read_bytes())], source="lemonde.fr")
            v.enrich()
            store = v.store
            every = store.quotes(limit=50)
            word = every[0].text.split()[-1].strip(".,;:!?»« ").upper()
            day = every[0].time[:10]
            results.append((
                len(every), store.quote_count(),
                [q.text for q in store.quotes(limit=2, offset=1)],
                store.quote_count(text=word), store.quote_count(text="%_zz"),
                store.quote_count(source="lemonde.fr"), store.quote_count(source="x.fr"),
                store.quote_count(since=day, until=day), store.quote_count(until="2000-01-01"),
                store.quote_count(until_seq=0), store.entity_count(),
                store.entity_count(label="PER"), store.place_count(),
                store.place_count(name="Syr")))
    assert results[0] == results[1]
    total = results[0][0]
    assert total >= 3 and results[0][1] == total and results[0][3] >= 1
    assert results[0][4] == 0 and results[0][5] == total and results[0][6] == 0
    assert results[0][7] == total and results[0][8] == 0 and results[0][9] == 0
    assert results[0][12] >= results[0][13] >= 1

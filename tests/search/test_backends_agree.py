"""The PostgreSQL search index answers as the store and the tantivy index do.

Regressions: (1) PostgreSQL kept a day-only date (``2026-11-28``, Paris: midnight at
+01:00) as midnight UTC, an hour off the record's instant, where tantivy keeps the real
instant beside the day; (2) ``entity:`` and ``place:`` were compiled to a ``source:``
match on PostgreSQL (nothing or the wrong articles), where tantivy searches the ids, names
and mentions of enrichment, with aliases resolved at query time. Real SQLite or PostgreSQL
store, real tantivy or PostgreSQL index (the session's throwaway cluster), real enrichment.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

import veille
from dispatch_kit import records_file
from veille.index.pg_index import REWRITING_COLUMNS, PgIndex

from .conftest import backend_settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEED = FIXTURES / "seed" / "000_b76170f1117bfb89.txt"
"""Le Monde on the coalition against the Islamic State ("l'EI") in Syria and Iraq."""
RECORDS = [
    {"url": "https://jour.example/budget", "title": "Le conseil municipal vote le budget",
     "language": "fr", "published": "2026-11-28",
     "text": "Le conseil municipal de Nantes a voté le budget de la ville pour l'année "
             "prochaine, après un long débat."},
    {"url": "https://jour.example/arrete", "title": "La préfecture publie un arrêté",
     "language": "fr", "published": "2026-11-19T14:05:00+01:00",
     "text": "La préfecture de Lyon a publié un arrêté sur la circulation en centre-ville."},
]


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def service(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The same articles, enriched, in SQLite + tantivy or PostgreSQL for both."""
    root = tmp_path_factory.mktemp(f"agree-{request.param}")
    settings = backend_settings(request, "backends_agree")
    with veille.open(root / "data", **settings) as v:
        v.ingest(records_file(root / "records.jsonl", RECORDS))
        v.ingest_bytes([("seed.txt", SEED.read_bytes())], source="lemonde.fr")
        v.enrich()
        v.sync()
        yield v


def ids(v: Any, query: str) -> set[str]:
    return {hit.id for hit in v.search(query, per_page=50).hits}


def test_a_day_only_date_comes_back_as_the_record_has_it(service: Any) -> None:
    [hit] = service.search("budget").hits
    article = service.get(hit.id)
    assert article.content.published_precision == "day"
    assert article.content.published == datetime(2026, 11, 28,
                                                 tzinfo=timezone(timedelta(hours=1)))
    assert hit.published_precision == "day"
    assert hit.published == article.content.published  # the same instant, not midnight UTC
    assert hit.published is not None and hit.published.utcoffset() == timedelta(hours=1)
    assert hit.published.date().isoformat() == "2026-11-28"
    [timed] = service.search("préfecture").hits
    assert timed.published_precision == "time"
    assert timed.published == datetime(2026, 11, 19, 13, 5, tzinfo=UTC)


def seed_id(v: Any) -> str:
    [hit] = v.search("coalition").hits
    return str(hit.id)


@pytest.mark.parametrize("query", [
    "entity:Q2429253", "entity:Daech", "entity:EI", 'entity:"État islamique"',
    "entity:daech", "place:Q858", "place:Syrie", "place:SY", "coalition entity:Daech",
    "entity:Daech place:Syrie",
])
def test_entity_and_place_filters_find_the_enriched_article(service: Any, query: str) -> None:
    assert ids(service, query) == {seed_id(service)}, query


@pytest.mark.parametrize("query", [
    "entity:Zorglubie", "place:Nulle-part", "budget entity:Daech", "place:Q90",
    "entity:lemonde.fr", "place:Q2429253", "place:Daech",
])
def test_entity_and_place_filters_exclude_the_others(service: Any, query: str) -> None:
    assert ids(service, query) == set(), query


def test_a_negated_entity_filter(service: Any) -> None:
    assert seed_id(service) not in ids(service, "-entity:Daech")
    assert len(ids(service, "-entity:Daech")) == len(RECORDS)


def test_adding_the_columns_rewrites_an_existing_index(pg_url: str, tmp_path: Path) -> None:
    """An index written before ``published_day``, ``entities`` and ``places`` existed has
    them empty: adding them sets its applied change back to 0, so the next catch-up writes
    every article again from the store's change log, and the filters and dates work."""
    from veille.store.postgres import connect

    settings = {"store_url": pg_url, "index_url": pg_url}
    with veille.open(tmp_path / "data", **settings) as v:
        v.ingest_bytes([("seed.txt", SEED.read_bytes())], source="lemonde.fr")
        v.enrich()
        v.sync()
        applied = PgIndex(pg_url).applied_seq()
    assert applied > 0
    conn = connect(pg_url)
    for column in REWRITING_COLUMNS:  # the index as an older veille wrote it
        conn.execute(f"ALTER TABLE search_docs DROP COLUMN {column}")
    conn.commit()
    conn.close()
    reopened = PgIndex(pg_url)
    try:
        assert reopened.applied_seq() == 0
        assert reopened.count() == 1  # the old rows are still searched meanwhile
    finally:
        reopened.close()
    with veille.open(tmp_path / "data", **settings) as v:
        v.sync()
        assert v.search("entity:Daech place:Syrie").total == 1
    again = PgIndex(pg_url)  # nothing to add now: the applied change stays
    try:
        assert again.applied_seq() == applied
    finally:
        again.close()

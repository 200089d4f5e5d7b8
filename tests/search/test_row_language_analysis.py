"""A row matches a query only through its own language's analysis, on both backends.

Regression: PostgreSQL matched every language's ``tsquery`` of a word against every row,
so a French article was also found by the English stem of a query word (``fois`` found
*foi*, ``mois`` *moi*, ``paris`` *pari*: English Snowball strips their ``s``), where the
embedded index searches each language's analysis in that language's fields only. Each
row now keeps its analysis (``chain``) and French titles their accent-blind stream
(``folded_tsv``, tantivy's ``title_fr_folded``), and each language's ``tsquery`` is matched
only in its rows (PostgreSQL analysis 9). The embedded index is the reference: the same
queries over the same multilingual records give the same articles on both. Real SQLite
or PostgreSQL store (the session's throwaway cluster, skipped without PostgreSQL's
binaries), real tantivy or PostgreSQL index.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import veille
from dispatch_kit import records_file

TEXTS = {
    # French
    "foi": ("fr", "La bonne foi du ministre mise en doute", "Une enquête est ouverte."),
    "fois": ("fr", "Une fois encore, le ministre recule", "Le projet est reporté."),
    "moi": ("fr", "« Après moi, le déluge », dit le ministre", "Une phrase restée célèbre."),
    "pari": ("fr", "Le pari risqué du gouvernement", "Un calcul politique."),
    "paris": ("fr", "Paris accueille le sommet", "La capitale reçoit les dirigeants."),
    "communique": ("fr", "Le communiqué de la préfecture", "La préfecture a publié un texte."),
    "assemblee": ("fr", "ASSEMBLEE NATIONALE : LE VOTE DU BUDGET",
                  "Les députés ont voté le budget de la sécurité sociale."),
    "jihad": ("fr", "Les anti-jihadistes manifestent", "Une marche contre la violence."),
    "elus": ("fr", "Les élus municipaux votent", "Le conseil se réunit lundi."),
    "corée": ("fr", "La Corée du Sud sur le qui-vive", "Un missile a été tiré."),
    # English
    "running": ("en", "Running the marathon in Paris", "Thousands of runners crossed the city."),
    "times": ("en", "Times of crisis for the ministers", "The ministers met twice this week."),
    "statement": ("en", "The ministry's communique on trade", "It was published on Monday."),
    "elections": ("en", "Elections in Paris suburbs", "Voters chose their mayors."),
    # other languages (analysed by the "any" chain: no stemmer, no function words)
    "corea": ("es", "Corea del Sur lanza un misil", "El gobierno de Seúl reacciona."),
    "berlin": ("de", "Die Regierung in Berlin", "Der Minister spricht über die Wahlen."),
}

QUERIES = [
    "fois", "foi", "mois", "moi", "paris", "pari", "Paris", "communique", "communiqué",
    "Communiqué", "title:communique", "title:communiqué", "running", "run", "runners",
    "times", "time", "ministers", "minister", "ministre", "ministres", "crisis",
    "assemblée", "assemblee", "ASSEMBLÉE", '"assemblée nationale"', '"assemblee nationale"',
    "sécurité", "securite", "budget", "élus", "elus", "élu", "anti-jihadistes",
    "antijihadistes", "jihadistes", "sur", "Sur", '"Corea del Sur"', "corée", "corea",
    "misil", "missile", "regierung", "wahlen", "berlin", "minist*", "run*", "communiq*",
    "élect*", "elections", "election", "élections", "Paris lang:en", "fois OR foi",
    "ministre -fois", '"bonne foi"', "le", "the", "de", "publié", "published",
]


def _open(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
          backend: str) -> Iterator[Any]:
    root = tmp_path_factory.mktemp(f"row-lang-{backend}")
    records = [{"url": f"https://l.example/{key}", "title": title, "text": text,
                "language": lang, "published": "2026-12-01T10:00:00Z"}
               for key, (lang, title, text) in TEXTS.items()]
    settings: dict[str, str] = {}
    if backend == "postgresql":
        url = str(request.getfixturevalue("pg_cluster").create_database("row_language"))
        settings = {"store_url": url, "index_url": url}
    with veille.open(root / "data", **settings) as v:
        v.ingest(records_file(root / "records.jsonl", records))
        v.sync()
        yield v


@pytest.fixture(scope="module")
def embedded(request: pytest.FixtureRequest,
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from _open(request, tmp_path_factory, "tantivy")


@pytest.fixture(scope="module")
def postgres(request: pytest.FixtureRequest,
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from _open(request, tmp_path_factory, "postgresql")


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def service(request: pytest.FixtureRequest) -> Any:
    return request.getfixturevalue("embedded" if request.param == "tantivy" else "postgres")


def found(v: Any, query: str) -> set[str]:
    return {hit.url.rsplit("/", 1)[1] for hit in v.search(query, per_page=50).hits}


@pytest.mark.parametrize("query", QUERIES)
def test_postgresql_finds_what_the_embedded_index_finds(embedded: Any, postgres: Any,
                                                        query: str) -> None:
    assert found(postgres, query) == found(embedded, query), query


@pytest.mark.parametrize(("query", "expected"), [
    # a French row is not found through the English stem of a French word
    ("fois", {"fois"}), ("mois", set()), ("paris", {"paris", "running", "elections"}),
    ("foi", {"foi"}), ("moi", {"moi"}),
    # an English row is found by the English reading of the query ("pari" stems as "Paris")
    ("pari", {"pari", "running", "elections"}),
    # an English row is found through English stems, a French row through French ones
    ("times", {"times"}), ("run", {"running"}), ("ministres", {"foi", "fois", "moi"}),
    # a French title typed without its final é, through the accent-blind stream
    ("communique", {"communique", "statement"}), ("title:communique", {"communique",
                                                                       "statement"}),
    ("assemblée", {"assemblee"}),
])
def test_a_row_matches_through_its_own_language(service: Any, query: str,
                                                expected: set[str]) -> None:
    assert found(service, query) == expected


def test_a_query_without_language_ranks_every_language(service: Any) -> None:
    """Both languages' rows come back, each scored through its own analysis."""
    hits = service.search("Paris", per_page=50).hits
    assert {hit.url.rsplit("/", 1)[1] for hit in hits} == {"paris", "running", "elections"}
    assert all(hit.score > 0 for hit in hits)


def test_the_analysis_version_rewrites_an_older_index(pg_url: str, tmp_path: Path) -> None:
    """An index written by analysis 8 (every language against every row) is rewritten on
    open: its applied change goes back to 0 and the catch-up writes each row's chain."""
    from veille.index.pg_index import ANALYSIS, ANALYSIS_STATE, PgIndex
    from veille.store.postgres import connect

    assert ANALYSIS >= 9
    settings = {"store_url": pg_url, "index_url": pg_url}
    records = [{"url": "https://l.example/fois", "title": "Une fois encore", "text": "Rien.",
                "language": "fr", "published": "2026-12-01T10:00:00Z"},
               {"url": "https://l.example/foi", "title": "La bonne foi", "text": "Rien.",
                "language": "fr", "published": "2026-12-01T10:00:00Z"}]
    with veille.open(tmp_path / "data", **settings) as v:
        v.ingest(records_file(tmp_path / "records.jsonl", records))
        v.sync()
    conn = connect(pg_url)
    conn.execute("UPDATE search_state SET applied_seq = 8 WHERE name = %s", (ANALYSIS_STATE,))
    conn.execute("UPDATE search_docs SET chain = ''")  # as an analysis-8 row had none
    conn.commit()
    conn.close()
    reopened = PgIndex(pg_url)
    try:
        assert reopened.applied_seq() == 0
    finally:
        reopened.close()
    with veille.open(tmp_path / "data", **settings) as v:
        v.sync()
        assert found(v, "fois") == {"fois"}


def test_a_words_tsqueries_are_constants_in_the_query(pg_url: str) -> None:
    """Each language's ``tsquery`` of a word is evaluated once and put in the SQL as a
    constant: ``to_tsquery`` is stable, so PostgreSQL ran it again for every row it
    filtered or ranked, and a word is read in four analyses now."""
    from veille.index.pg_index import PgIndex
    from veille.index.query import parse_query

    index = PgIndex(pg_url)
    try:
        compiled = index.compiler.compile(parse_query('communiqué "assemblée nationale" '
                                                      "minist* fois").node)
        rank, _params = index._rank(compiled)
        for sql in (compiled.sql, rank):
            assert "to_tsquery" not in sql and "plainto_tsquery" not in sql, sql
        assert compiled.terms and all(
            params and all(isinstance(p, str) for p in params)
            for term in compiled.terms for _sql, params in term.chains.values())
    finally:
        index.close()

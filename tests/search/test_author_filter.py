"""``author:`` (``auteur:``): the articles signed by a name, whatever its case, accents and
word order, or part of it, and never by words taken from two of an article's authors
(newuser7 P13 o: journalists follow bylines, and the query language had no such field).

Real SQLite or PostgreSQL store, real tantivy or PostgreSQL index (the session's throwaway
cluster), records ingested as a user does; a tantivy index of the previous format is rebuilt
by ``veille check --repair``, and a PostgreSQL index without the ``authors`` column is
rewritten on open, so an existing store gets the field.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import veille
from dispatch_kit import records_file
from veille.index.authors import author_terms, byline_names, query_term
from veille.index.lifecycle import IndexHome
from veille.index.pg_index import PgIndex
from veille.index.query import Filter, parse_query
from veille.index.tantivy_index import FORMAT, META_FILE

from .conftest import backend_settings


def record(slug: str, title: str, author: str | None) -> dict[str, Any]:
    found: dict[str, Any] = {
        "url": f"https://jour.example/{slug}", "title": title, "language": "fr",
        "published": "2026-11-20T10:00:00+01:00",
        "text": f"{title}. Le conseil municipal de Nantes a débattu du sujet mardi soir, "
                "après un long échange avec les habitants du quartier."}
    if author is not None:
        found["author"] = author
    return found


RECORDS = [
    record("dupont", "Le budget de la ville voté", "Jean Dupont"),
    record("duo", "La préfecture publie un arrêté", "Jean Martin et Paul Dupont"),
    record("afp", "Le port de Nantes en grève", "Le Monde avec AFP"),
    record("accents", "Un festival au château", "Hélène Ébrard"),
    record("nobody", "Le tramway prolongé", None),
    record("particle", "La Loire en crue", "Sophie de La Tour du Pin"),
]


def write_records(root: Path) -> Path:
    return records_file(root / "records.jsonl", RECORDS)


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def service(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    root = tmp_path_factory.mktemp(f"author-{request.param}")
    with veille.open(root / "data", **backend_settings(request, "author_filter")) as v:
        v.ingest(write_records(root))
        v.sync()
        yield v


def slugs(v: Any, query: str) -> set[str]:
    response = v.search(query, per_page=50)
    return {str(hit.url).rsplit("/", 1)[-1] for hit in response.hits}


@pytest.mark.parametrize(("query", "expected"), [
    ("author:dupont", {"dupont", "duo"}),
    ("author:Dupont", {"dupont", "duo"}),
    ('author:"Jean Dupont"', {"dupont"}),
    ('auteur:"jean dupont"', {"dupont"}),
    ('author:"DUPONT Jean"', {"dupont"}),               # word order
    ("author:jean", {"dupont", "duo"}),                 # a first name alone
    ('author:"Paul Dupont"', {"duo"}),
    ('author:"Jean Martin"', {"duo"}),
    ('author:"Martin Dupont"', set()),                  # never across two authors
    ('author:"Jean Paul"', set()),
    ("author:helene", {"accents"}),                     # accents
    ('author:"HELENE EBRARD"', {"accents"}),
    ("auteur:Ébrard", {"accents"}),
    ("author:AFP", {"afp"}),                            # an agency the byline credits
    ("author:afp", {"afp"}),
    ('author:"la tour du pin"', {"particle"}),
    ("author:latour", set()),
    ("author:Zorglub", set()),
    ('author:"..."', set()),                            # no word: nothing, not everything
    ("budget author:dupont", {"dupont"}),
    ("author:dupont -author:martin", {"dupont"}),
    ("author:dupont OR author:afp", {"dupont", "duo", "afp"}),
    ("author:(ebrard OR afp)", {"accents", "afp"}),
    ("-author:dupont", {"afp", "accents", "nobody", "particle"}),
])
def test_author_filter(service: Any, query: str, expected: set[str]) -> None:
    assert slugs(service, query) == expected, query


def test_queries_without_author_are_unchanged(service: Any) -> None:
    """The names are no words of the text: "Dupont" alone finds nothing here."""
    assert slugs(service, "Dupont") == set()
    assert slugs(service, "Nantes") == {r["url"].rsplit("/", 1)[-1] for r in RECORDS}


def test_check_finds_store_and_index_agree(service: Any) -> None:
    """The names are in the digest ``veille check`` compares: the same on both sides."""
    drift = service.check()
    assert not drift.found, drift.lines()


def test_the_parser_reads_author_and_its_aliases() -> None:
    for text in ('author:"Jean Dupont"', 'auteur:"Jean Dupont"', 'autrice:"Jean Dupont"',
                 "Author:«Jean Dupont»"):
        assert parse_query(text).node == Filter("author", "Jean Dupont"), text
    warnings = parse_query("foo:bar").warnings
    assert warnings and "author" in warnings[0]


def test_terms_are_sets_of_one_names_words() -> None:
    terms = set(author_terms(["Jean Martin", "Paul Dupont"]))
    assert query_term("Paul Dupont") in terms and query_term("dupont") in terms
    assert query_term("Jean Dupont") not in terms
    assert byline_names(["Jean Dupont", "JEAN DUPONT"], {"credit": "AFP, Reuters"}) == (
        "Jean Dupont", "AFP", "Reuters")
    long_name = " ".join(f"w{i}" for i in range(10))
    assert query_term(long_name) in author_terms([long_name])  # the whole name, always


names = st.lists(st.text(alphabet="abcdefghÉé -'", max_size=40), max_size=4)


@given(names, st.text(max_size=30))
def test_a_term_matches_when_its_words_are_in_one_name(authors: list[str], value: str) -> None:
    """The rule, against a plain reading of it: the value's folded words all in one name
    of at most six words; in a longer one, a word alone or the whole name."""
    from veille.index.authors import name_words

    term = query_term(value)
    wanted = set(name_words(value))
    expected = bool(wanted) and any(
        wanted <= set(name_words(a)) if len(name_words(a)) <= 6
        else len(wanted) == 1 and wanted <= set(name_words(a)) or wanted == set(name_words(a))
        for a in authors)
    assert (term in author_terms(authors)) == expected


def test_an_index_of_the_previous_format_is_rebuilt(tmp_path: Path) -> None:
    """A tantivy index written before ``author`` existed is rebuilt from the store on
    first use (an upgrade): the store's articles are then found by their authors."""
    with veille.open(tmp_path / "data") as v:
        v.ingest(write_records(tmp_path))
        live = IndexHome(tmp_path / "data" / "index").current()
        assert live is not None
        meta = json.loads((live / META_FILE).read_text())
        (live / META_FILE).write_text(json.dumps({**meta, "format": FORMAT - 1}))
    with veille.open(tmp_path / "data") as v:
        assert slugs(v, 'author:"Jean Dupont"') == {"dupont"}
        assert not v.check().found


def test_a_postgresql_index_gets_the_authors_column(pg_url: str, tmp_path: Path) -> None:
    """An index written before the ``authors`` column: its rows are rewritten on the next
    catch-up, and ``author:`` finds them."""
    from veille.store.postgres import connect

    settings = {"store_url": pg_url, "index_url": pg_url}
    with veille.open(tmp_path / "data", **settings) as v:
        v.ingest(write_records(tmp_path))
        v.sync()
    conn = connect(pg_url)
    conn.execute("DROP INDEX search_docs_authors")
    conn.execute("ALTER TABLE search_docs DROP COLUMN authors")
    conn.commit()
    conn.close()
    reopened = PgIndex(pg_url)
    try:
        assert reopened.applied_seq() == 0
    finally:
        reopened.close()
    with veille.open(tmp_path / "data", **settings) as v:
        v.sync()
        assert slugs(v, "author:dupont") == {"dupont", "duo"}

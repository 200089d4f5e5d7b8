"""A French query word finds its own plural, never another word's (issues 13, 14).

Regression (r-search51): index format 23 read every word whose Snowball term differed
from its form without ``s`` as a plural, and indexed it as that singular too. So
"revers" was also ``rever`` (the term of ``rêve``), "conseillers" ``conseiller`` (whose
term is ``conseil``), "foyers" ``foyer`` (``foi``), "lois" ``loi`` (the term of
``loyer``): ``conseil`` found "trois conseillers régionaux", ``rêve`` "un lourd revers",
``foi`` "deux mille foyers", ``amiante`` "ses amis". A plural is now one only when spaCy's
French lexicon says so (``index/data/french_lexicon_plurals.txt``), in ``-x`` too
(``enjeux``); when its singular's term is another lexeme's, it keeps its own term, which
the singular also searches, and it finds its singular written as such. Real tantivy
index and real PostgreSQL (index format 24, analysis 16).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import veille
from dispatch_kit import records_file
from veille.index.base import IndexDoc
from veille.index.query import parse_query

from .conftest import both_backends

T0 = datetime(2026, 12, 3, 9, tzinfo=UTC)
TEXTS = {
    "conseil": "Le conseil municipal de Dax a adopté le budget primitif.",
    "conseillers": "Trois conseillers régionaux quittent la majorité.",
    "reve": "Son rêve : nager à Brisbane en 2032.",
    "revers": "Le XV de France a subi un lourd revers à Cardiff.",
    "foi": "Les pèlerins ont dit leur foi sous la pluie.",
    "foyers": "Deux mille foyers sont privés de chauffage.",
    "amiante": "Le désamiantage du lycée commence : l'amiante sera retiré.",
    "amis": "Ses amis ont organisé une collecte.",
    "enjeux": "Les enjeux du scrutin sont nombreux.",
}


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def index(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from both_backends(request, tmp_path_factory, "lexicon_plurals", [
        IndexDoc(id=key, title="Dépêche", body=text, source="ex.fr", language="fr", date=T0)
        for key, text in TEXTS.items()])


def found(index: Any, query: str) -> set[str]:
    return {hit.doc.id for hit in index.search(parse_query(query).node, limit=50).hits}


@pytest.mark.parametrize(("query", "expected"), [
    # another lexeme's plural is not found
    ("conseil", {"conseil"}), ("conseils", {"conseil"}), ("rêve", {"reve"}),
    ("rêves", {"reve"}), ("foi", {"foi"}), ("amiante", {"amiante"}),
    ('"conseils régionaux"', set()),
    # the word's own plural and singular meet, both ways
    # (the singular "conseiller" is found by "conseillers" as written:
    # tests/search/test_consonant_plurals.py; Snowball stems it, alone, as "conseil")
    ("conseillers", {"conseillers"}), ("CONSEILLERS", {"conseillers"}),
    ("foyers", {"foyers"}), ("revers", {"revers"}), ("amis", {"amis"}),
    ("enjeu", {"enjeux"}), ("enjeux", {"enjeux"}), ('"enjeu du scrutin"', {"enjeux"}),
    ('"conseiller régional"', {"conseillers"}),
])
def test_a_word_finds_its_own_plural_only(index: Any, query: str, expected: set[str]) -> None:
    assert found(index, query) == expected, query


def test_the_singular_finds_its_plural_beside_snowballs_own_neighbour(index: Any) -> None:
    """``conseiller`` finds "conseillers", ``ami`` "amis"; Snowball's stem of
    ``conseiller`` is still ``conseil``, of ``amiante`` ``ami`` (a limit of the stemmer on
    singulars, docs/search.md), so they find "le conseil", "l'amiante" too."""
    assert found(index, "conseiller") >= {"conseillers"}
    assert found(index, "foyer") >= {"foyers"}
    assert found(index, "ami") >= {"amis"}


def test_the_word_found_is_the_word_marked(tmp_path: Path) -> None:
    """``conseillers`` finds "un conseiller" as written, and marks it; ``conseiller`` marks
    "conseillers" (its plural's own term); ``conseil`` does not find "conseillers"."""
    records = [{"url": f"https://m.example/{n}", "title": title, "text": "Texte.",
                "language": "fr", "published": "2026-12-01T10:00:00Z"}
               for n, title in enumerate(["Un conseiller régional quitte la majorité",
                                          "Trois conseillers quittent la majorité"])]
    with veille.open(tmp_path / "data") as v:
        v.ingest(records_file(tmp_path / "records.jsonl", records))
        v.sync()
        marked = {q: sorted(h.title_html for h in v.search(q).hits)
                  for q in ("conseillers", "conseiller", "conseil")}
    assert marked["conseillers"] == ["Trois <mark>conseillers</mark> quittent la majorité",
                                     "Un <mark>conseiller</mark> régional quitte la majorité"]
    assert marked["conseiller"] == marked["conseillers"]
    assert not any("conseillers" in title for title in marked["conseil"])

"""One outlet, several names (t-final51b B2, issues 13, 14): an outlet stored under its host
(a record with a URL: ``spiegel.de``) and under a masthead ("DER SPIEGEL", "El País" and
"EL PAÍS") is one outlet for ``source:`` and for the source facet, on both backends.

On b63e3cdc, ``source:spiegel.de`` missed the masthead's articles, ``source:"Le Monde"``
missed ``lemonde.fr``'s, ``source:"Spiegel Online"`` found nothing, and the facet listed
"lemonde.fr" and "Le Monde" apart. The names come from the outlet table
(``extract/data/outlet_zones.tsv``) and the host's own name ("Le Monde" of ``lemonde.fr``).
Real SQLite store + tantivy index, and real PostgreSQL store + index where its server
binaries are installed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backends_kit import searched_store
from veille.outlet_identity import other_names, outlet_host

RECORDS = [
    ("dom", "Sénat : le budget voté", {"url": "https://www.lemonde.fr/politique/a.html"}),
    ("name", "Grenoble : le tramway prolongé", {"source": "Le Monde"}),
    ("diplo", "Les ports francs d'Europe", {"source": "Le Monde diplomatique"}),
    ("pais1", "Valence : les agrumes gelés", {"source": "El País"}),
    ("pais2", "Madrid : les trottinettes interdites", {"source": "EL PAÍS"}),
    ("pais3", "Séville : une conférence sur l'eau", {"url": "https://elpais.com/e/a.html"}),
    ("spiegel1", "Berlin : la réforme des retraites", {"source": "DER SPIEGEL"}),
    ("spiegel2", "Hambourg : un terminal ferme", {"url": "https://www.spiegel.de/w/a.html"}),
    ("other", "Dax : le conseil municipal", {"source": "exemple-veille.fr"}),
]


def _write(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for key, title, extra in RECORDS:
            f.write(json.dumps({"title": title, "text": f"{title}. Dépêche {key} du jour.",
                                "published": "2026-12-04T10:00:00+01:00", "language": "fr",
                                "url": None, **extra}, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[Any]:
    root = tmp_path_factory.mktemp(f"outlets_{request.param}")
    with searched_store(request.param, root, _write(root / "in.jsonl"), "outlets_r_search52") as v:
        yield v


def found(v: Any, query: str) -> set[str]:
    out = set()
    for hit in v.search(query, per_page=50).hits:
        text = " ".join(v.get(hit.id).content.paragraphs)
        out |= {key for key, _, _ in RECORDS if f"Dépêche {key} " in text}
    return out


@pytest.mark.parametrize(("query", "expected"), [
    ("source:lemonde.fr", {"dom", "name"}), ('source:"Le Monde"', {"dom", "name"}),
    ('source:"le monde"', {"dom", "name"}), ("source:lemonde", {"dom", "name"}),
    ('source:"Le Monde diplomatique"', {"diplo"}),
    ("source:elpais.com", {"pais1", "pais2", "pais3"}),
    ('source:"El País"', {"pais1", "pais2", "pais3"}),
    ('source:"el pais"', {"pais1", "pais2", "pais3"}),
    ("source:spiegel.de", {"spiegel1", "spiegel2"}),
    ('source:"Der Spiegel"', {"spiegel1", "spiegel2"}),
    ('source:"Spiegel Online"', {"spiegel1", "spiegel2"}),
    ("source:exemple-veille.fr", {"other"}),
    ("-source:spiegel.de source:spiegel.de", set()),
])
def test_source_matches_every_name_of_the_outlet(store: Any, query: str,
                                                 expected: set[str]) -> None:
    assert found(store, query) == expected, query


def test_the_source_facet_counts_an_outlet_once(store: Any) -> None:
    got = {f.value: f.count for f in store.search("*", facets=True).facets["source"]}
    assert got == {"lemonde.fr": 2, "elpais.com": 3, "spiegel.de": 2,
                   "Le Monde diplomatique": 1, "exemple-veille.fr": 1}, got


def test_a_saved_search_on_the_domain_matches_the_masthead(store: Any) -> None:
    """``veille watch``'s matcher on its scratch index, without the store's names: a search
    saved with the source ``spiegel.de`` alerts on the masthead's article too."""
    from veille.monitor.matching import Matcher
    from veille.store.base import SavedSearch

    articles = [store.get(hit.id) for hit in store.search("*", per_page=50).hits]
    saved = SavedSearch(name="spiegel", query="", sources=["spiegel.de"], collapse=False, id=1)
    matched = Matcher().match(articles, [saved], groups=lambda _: [])
    keys = {key for a in articles if a.id in matched.get(1, [])
            for key, _, _ in RECORDS if f"Dépêche {key} " in " ".join(a.content.paragraphs)}
    assert keys == {"spiegel1", "spiegel2"}


@pytest.mark.parametrize(("value", "host"), [
    ("DER SPIEGEL", "spiegel.de"), ("www.spiegel.de", "spiegel.de"), ("spiegel", "spiegel.de"),
    ("el pais", "elpais.com"), ("The New York Times", "nytimes.com"),
    ("Le Monde diplomatique", None), ("exemple-veille.fr", None), ("", None),
])
def test_outlet_host(value: str, host: str | None) -> None:
    assert outlet_host(value) == host


def test_other_names() -> None:
    assert other_names("spiegel.de") == ("Der Spiegel", "Spiegel", "Spiegel Online")
    assert other_names("Le Monde") == ("lemonde.fr",)
    assert other_names("Le Monde diplomatique") == ()

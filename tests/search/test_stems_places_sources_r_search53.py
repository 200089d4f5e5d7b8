"""French search that finds what it should and nothing else (issues 13, 14; t-final52b B1,
B2), on both backends:

- a French noun in ``-er`` that Snowball stems as another noun (``rocher`` and ``roche``
  → ``roch``, ``foyer``, ``foie`` → ``foi``, ``mer`` and ``mère`` → ``mer``) finds its own
  articles only, its plural and feminine still included (``ouvrier`` finds "ouvrière");
- ``place:`` finds a river, a mountain range, a natural region the article names (a place
  entity the gazetteer does not place: ``veille show`` lists it, ``place:`` said "no
  stored article names this place");
- ``source:`` finds an outlet by its edition's masthead ("France 3", ``france3``), its
  name romanised ("RIA Novosti" of "РИА Новости") or with German digraphs, and a proper
  name by its first words ("Süddeutsche"), never another title ("Le Monde" is not "Le
  Monde diplomatique").

On a0ec2842 each query below but the controls failed. Real SQLite store + tantivy index,
and real PostgreSQL store + index where its server binaries are installed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from backends_kit import keys_found, searched_store
from veille.index.analysis import collision_forms
from veille.search.source_readings import names_outlet, readings

RECORDS = [
    ("rocher", "Un rocher tombe sur la départementale", "Dépêche rocher du jour.", {}),
    ("roche", "La roche du causse se fissure", "Dépêche roche du jour.", {}),
    ("foyer", "Un foyer d'accueil inauguré à Lens", "Dépêche foyer du jour.", {}),
    ("foie", "Le foie gras se vend moins cher", "Dépêche foie du jour.", {}),
    ("mer", "La mer monte sur la digue", "Dépêche mer du jour.", {}),
    ("mere", "Une mère de famille témoigne", "Dépêche mere du jour.", {}),
    ("ouvriere", "L'ouvrière réintégrée par le tribunal", "Dépêche ouvriere du jour.", {}),
    ("alpes", "Randonnée fermée", "Les sentiers du massif de la Chartreuse et du "
     "Vercors sont fermés par la neige. Dépêche alpes du jour.", {}),
    ("f3a", "Lyon : les Lumières maintenues", "Dépêche f3a du jour.",
     {"source": "France 3 Auvergne-Rhône-Alpes"}),
    ("f3b", "Clermont : bus gratuits", "Dépêche f3b du jour.", {"source": "France 3 Auvergne"}),
    ("ria", "Moscou : exercice naval", "Dépêche ria du jour.", {"source": "РИА Новости"}),
    ("sz", "Munich : grève des transports", "Dépêche sz du jour.",
     {"source": "Süddeutsche Zeitung"}),
    ("diplo", "Les ports francs d'Europe", "Dépêche diplo du jour.",
     {"source": "Le Monde diplomatique"}),
]


def _write(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for _key, title, text, extra in RECORDS:
            f.write(json.dumps({"title": title, "text": text, "language": "fr",
                                "published": "2026-12-04T10:00:00+01:00", "url": None,
                                **extra}, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[Any]:
    root = tmp_path_factory.mktemp(f"r_search53_{request.param}")
    with searched_store(request.param, root, _write(root / "in.jsonl"), "r_search53",
                        enrich=True) as v:
        yield v


def found(v: Any, query: str) -> set[str]:
    return keys_found(v, query, (key for key, *_ in RECORDS))


@pytest.mark.parametrize(("query", "expected"), [
    ("rocher", {"rocher"}), ("rochers", {"rocher"}), ("roche", {"roche"}),
    ('"la roche"', {"roche"}), ("foyer", {"foyer"}), ("foie", {"foie"}),
    ("mer", {"mer"}), ("mère", {"mere"}), ("mères", {"mere"}),
    ("ouvrier", {"ouvriere"}), ("rocher tombe", {"rocher"}),
])
def test_nouns_snowball_merges_stay_apart(store: Any, query: str, expected: set[str]) -> None:
    assert found(store, query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("place:Vercors", {"alpes"}), ("place:Chartreuse", {"alpes"}),
    ('place:"massif de la Chartreuse"', {"alpes"}),
])
def test_place_finds_places_named(store: Any, query: str, expected: set[str]) -> None:
    assert found(store, query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ('source:"France 3"', {"f3a", "f3b"}), ("source:france3", {"f3a", "f3b"}),
    ('source:"France 3 Auvergne"', {"f3b"}),
    ('source:"RIA Novosti"', {"ria"}), ('source:"РИА Новости"', {"ria"}),
    ("source:ria.ru", {"ria"}),
    ('source:"Süddeutsche"', {"sz"}), ('source:"Sueddeutsche Zeitung"', {"sz"}),
    ('source:"Le Monde"', set()), ('source:"Le Monde diplomatique"', {"diplo"}),
])
def test_source_by_other_names(store: Any, query: str, expected: set[str]) -> None:
    assert found(store, query) == expected


def test_collision_forms_from_the_lexicon() -> None:
    assert collision_forms("Bouchers") == collision_forms("boucher")
    assert "bouche" not in (collision_forms("boucher") or ())
    assert collision_forms("ouvrière") is None  # one word with "ouvrier"
    assert collision_forms("maison") is None
    # a noun's own folded form is never taken by another's: "placé" (a lemma of the
    # tables) does not make "place" miss "place"; a verb keeps its conjugated forms
    assert "place" in (collision_forms("place") or ())
    assert "portait" in (collision_forms("porter") or ())
    assert "bouche" in (collision_forms("bouche") or ())


def test_readings_keep_other_titles_apart() -> None:
    assert names_outlet("Le Monde", "Le Monde Afrique")
    assert not names_outlet("Le Monde", "Le Monde diplomatique")
    assert not names_outlet("Sud", "Sud Ouest")
    assert "voixdu" not in readings("La Voix du Nord")

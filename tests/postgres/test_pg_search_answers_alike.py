"""PostgreSQL and SQLite + tantivy give the same answers to the same queries.

Regressions (t-final50 A4): on PostgreSQL ``source:""`` (the articles of no known source)
listed every article whose page declares no site name: a ninjs item with a credit, a
write-API record with a URL, Atom entries, a capture ingested with ``--source``, where
the embedded index gave the captures ingested without ``--source`` only; ``superprofit``
found "les superprofits" on one backend only, ``pont-l-abbe`` "Pont-l'Abbé" on the other.
The same articles are ingested into both backends (real SQLite store and tantivy index,
real PostgreSQL store and index on the session's throwaway cluster) and every query is
asked of both: the answers must be equal, and right.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import veille

CAPTURE = """Le Courrier de l'Ouest
Angers : plus de 3 000 foyers sans chauffage après une panne
Publié le 02/12/2026 à 08h10
Angers. Plus de 3 000 foyers du quartier de Monplaisir ont passé la nuit sans chauffage.
À Pont-l'Abbé-d'Arnoult, la mairie a ouvert une salle chauffée.
"""
CAPTURE_EN = """The Western Daily
Farmers protest over windfall profits of retailers
Published 3 December 2026
Farmers blocked a depot on Tuesday, saying supermarkets made windfall profits.
"""
SOURCED = """Le Journal de Saône-et-Loire
Mâcon : la taxe sur les superprofits divise les élus
Publié le 04/12/2026 à 17h00
Mâcon. Les élus du conseil municipal ont débattu mardi d'une motion sur les superprofits.
"""
RECORDS = [
    {"url": "https://www.ouest-exemple.fr/brest/rafales", "source": "ouest-exemple.fr",
     "title": "Brest : rafales et coupures", "language": "fr",
     "published": "2026-12-01T09:00:00+01:00",
     "text": "Des rafales à 120 km/h ont privé un foyer sur dix d'électricité."},
    {"url": "https://www.abidjan-exemple.ci/cacao", "title": "Bouaké : un conseiller limogé",
     "language": "fr", "published": "2026-12-02T09:00:00+00:00",
     "text": "Un conseiller du port autonome a été limogé après l'incendie des entrepôts."},
]
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Gazette de Verviers</title><id>urn:gv:feed</id>
  <updated>2026-12-04T10:00:00+01:00</updated>
  <link href="https://www.gazette-verviers.be/"/>
  <entry>
    <id>urn:gv:1</id><title>Verviers : les souvenirs d'un lainier</title>
    <link href="https://www.gazette-verviers.be/verviers/lainier-1"/>
    <published>2026-12-04T09:00:00+01:00</published>
    <updated>2026-12-04T09:00:00+01:00</updated>
    <content type="html">&lt;p&gt;Un ancien lainier raconte ses souvenirs des filatures
de la Vesdre, fermées depuis quarante ans.&lt;/p&gt;</content>
  </entry>
</feed>
"""
NINJS = {
    "uri": "urn:agence:2026:1204:namur", "type": "text", "version": "1",
    "versioncreated": "2026-12-04T11:20:00+01:00", "language": "fr",
    "headlines": [{"value": "Namur : deux délits de fuite en une nuit", "role": "main"}],
    "bodies": [{"role": "main", "contentType": "text/html",
                "value": "<p>NAMUR (Belga) - La police de Namur a constaté deux délits de "
                         "fuite dans la nuit de jeudi à vendredi.</p>"}],
    "by": "Belga",
}


def load(v: Any, root: Path) -> None:
    v.ingest_bytes([("capture.txt", CAPTURE.encode()), ("daily.txt", CAPTURE_EN.encode())])
    v.ingest_bytes([("jsl.txt", SOURCED.encode())], source="lejsl.com")
    records = root / "records.jsonl"
    records.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    feed, ninjs = root / "gazette.atom", root / "belga.json"
    feed.write_text(ATOM, encoding="utf-8")
    ninjs.write_text(json.dumps(NINJS), encoding="utf-8")
    v.ingest(records)
    v.ingest(feed)
    v.ingest(ninjs)
    v.sync()


@pytest.fixture(scope="module")
def backends(pg_cluster: Any, tmp_path_factory: pytest.TempPathFactory
             ) -> Iterator[dict[str, Any]]:
    root = tmp_path_factory.mktemp("alike")
    url = str(pg_cluster.create_database("search_alike"))
    with veille.open(root / "tantivy") as embedded, veille.open(
            root / "pg", store_url=url, index_url=url) as pg:
        load(embedded, root)
        load(pg, root)
        yield {"tantivy": embedded, "postgresql": pg}


def answer(v: Any, query: str) -> set[str]:
    return {v.get(hit.id).content.title for hit in v.search(query, per_page=50).hits}


CAPTURES = {"Angers : plus de 3 000 foyers sans chauffage après une panne",
            "Farmers protest over windfall profits of retailers"}


@pytest.mark.parametrize(("query", "expected"), [
    # "The Western Daily" over its headline is that capture's masthead since h-capture64
    # (a bare outlet name on the first line): only the Angers capture has no source left
    ('source:""', CAPTURES - {"Farmers protest over windfall profits of retailers"}),
    ('source:"" foyer', {"Angers : plus de 3 000 foyers sans chauffage après une panne"}),
    ('source:"" superprofit', set()),
    ('-source:"" foyers', {"Brest : rafales et coupures"}),
    ("superprofit", {"Mâcon : la taxe sur les superprofits divise les élus"}),
    ("foyer", {"Angers : plus de 3 000 foyers sans chauffage après une panne",
               "Brest : rafales et coupures"}),
    # its singular as written, never "le conseil municipal" (Snowball's "conseil" is
    # conseiller's term too: r-search51)
    ("conseillers", {"Bouaké : un conseiller limogé"}),
    ("souvenir", {"Verviers : les souvenirs d'un lainier"}),
    ('"délit de fuite"', {"Namur : deux délits de fuite en une nuit"}),
    ("pont-l-abbe-d-arnoult", {"Angers : plus de 3 000 foyers sans chauffage après une panne"}),
    ("Pont-l'Abbé-d'Arnoult",
     {"Angers : plus de 3 000 foyers sans chauffage après une panne"}),
    ("farmer profit", {"Farmers protest over windfall profits of retailers"}),
])
def test_both_backends_give_the_right_answer(backends: dict[str, Any], query: str,
                                             expected: set[str]) -> None:
    answers = {name: answer(v, query) for name, v in backends.items()}
    assert answers["tantivy"] == answers["postgresql"], (query, answers)
    assert answers["tantivy"] == expected, query

"""An input that declares its site but names no URL gets that site as its ``source``
(newuser9 R5, second half).

A saved HTML page with ``og:site_name`` (or a JSON-LD ``publisher.name``), ingested from a
file without ``--source`` and without a canonical URL, had an empty ``source``: the home
page listed it under "no source", ``source:`` found nothing, and a story counted its
outlets as one. The canonical URL's host still wins; a ``--source`` given at ingest no
longer does (f-outlet27: the page names its own outlet, so the given source, which names
only inputs naming none, is not applied, with a note: tests/web/test_given_source.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import veille

PARAS = ("Le conseil départemental de la Lozère a voté mardi un plan de rénovation de "
         "quarante kilomètres de routes communales abîmées par les crues d'octobre.",
         "Les travaux commenceront au printemps et dureront deux ans, selon le président "
         "du conseil, qui promet de ne pas augmenter les impôts locaux.")


def saved_page(head: str, title: str = "La Lozère rénove ses routes communales") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in (*PARAS, f"{title} : notre article complet."))
    return (f'<html lang="fr"><head><title>{title}</title>{head}'
            '<meta property="article:published_time" content="2026-03-10T09:00:00+01:00">'
            f"</head><body><article><h1>{title}</h1>{body}</article></body></html>").encode()


def sources(v: veille.Veille) -> dict[str, str]:
    return {a.content.title: a.source for a in v.latest(10) if a.content}


def test_og_site_name_is_the_source_of_a_saved_page(tmp_path: Path) -> None:
    page = saved_page('<meta property="og:site_name" content="Le  Courrier des Causses">')
    with veille.open(tmp_path / "data") as v:
        assert v.ingest_bytes([("page.html", page)]).new == 1
        assert sources(v) == {"La Lozère rénove ses routes communales": "Le Courrier des Causses"}
        v.sync(wait=30)
        found = v.search('source:"Le Courrier des Causses"').hits
        assert [h.source for h in found] == ["Le Courrier des Causses"]
        assert v.search("source:causses").hits == []  # a name is no host: no part of it


def test_json_ld_publisher_name_is_the_source(tmp_path: Path) -> None:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": "La Lozère rénove ses routes communales",
                     "publisher": {"@type": "Organization", "name": "Gazette de Mende"}})
    page = saved_page(f'<script type="application/ld+json">{ld}</script>')
    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([("page.html", page)])
        assert list(sources(v).values()) == ["Gazette de Mende"]


def test_a_json_record_source_field_is_the_source(tmp_path: Path) -> None:
    record = {"title": "La Lozère rénove ses routes communales", "text": "\n\n".join(PARAS),
              "source": "Gazette de Mende", "published": "2026-03-10T09:00:00+01:00"}
    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([("records.jsonl", json.dumps(record).encode() + b"\n")])
        assert list(sources(v).values()) == ["Gazette de Mende"]


def test_the_canonical_host_still_wins_and_a_given_source_does_not(tmp_path: Path) -> None:
    declared = '<meta property="og:site_name" content="Le Courrier des Causses">'
    canonical = declared + '<link rel="canonical" href="https://www.courrier-causses.fr/a/1">'
    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([("a.html", saved_page(declared, "Premier titre du courrier"))],
                       source="causses.example")
        v.ingest_bytes([("b.html", saved_page(canonical, "Second titre du courrier"))])
        v.ingest_bytes([("c.html", saved_page("", "Troisième titre sans site"))])
        assert sources(v) == {"Premier titre du courrier": "Le Courrier des Causses",
                              "Second titre du courrier": "courrier-causses.fr",
                              "Troisième titre sans site": ""}

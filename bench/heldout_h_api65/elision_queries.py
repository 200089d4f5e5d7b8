"""Held-out set h-api65: a query word with an elided article finds what the bare word finds.

Usage: VEILLE_BACKEND=tantivy|postgresql python bench/heldout_h_api65/elision_queries.py [PG_URL]
Prints, per query pair, whether ``elided`` finds the same documents as ``bare``, and the score.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import veille

TEXTS = {
    "it-1": ("it", "L'alluvione travolge la valle",
             "Dopo l'alluvione gli sfollati tornano a casa."),
    "it-2": ("it", "Alluvione in Emilia", "Il sindaco dell'alluvionata Faenza chiede aiuti."),
    "it-3": ("it", "Nell'ospedale di Bari mancano medici",
             "Gli infermieri dell'ospedale scioperano."),
    "it-4": ("it", "Un'inchiesta sulla sanità",
             "La procura apre un'indagine sull'appalto."),
    "it-5": ("it", "All'aeroporto ritardi",
             "Caos all'aeroporto di Fiumicino per lo sciopero."),
    "it-6": ("it", "Dall'Europa nuovi fondi", "L'Europa stanzia fondi per l'agricoltura."),
    "it-7": ("it", "C'è l'accordo sul bilancio", "Il governo trova l'accordo."),
    "fr-1": ("fr", "L'inondation ravage la vallée", "Les sinistrés de l'inondation reviennent."),
    "fr-2": ("fr", "Jusqu'où ira l'enquête ?", "Le parquet élargit l'enquête à d'autres élus."),
    "fr-3": ("fr", "Grève à l'hôpital", "Les soignants de l'hôpital sont en grève."),
    "ca-1": ("ca", "L'aiguat inunda Barcelona", "Els veïns de l'Eixample denuncien danys."),
    "ca-2": ("ca", "Vaga d'infermeres", "Les infermeres d'Osona fan vaga."),
    "en-1": ("en", "Flood hits the valley", "The flood displaced hundreds."),
}
PAIRS = [
    ("l'alluvione", "alluvione"), ("dell'alluvione", "alluvione"), ("nell'ospedale", "ospedale"),
    ("dell'ospedale", "ospedale"), ("un'inchiesta", "inchiesta"), ("sull'appalto", "appalto"),
    ("all'aeroporto", "aeroporto"), ("dall'Europa", "Europa"), ("l'accordo", "accordo"),
    ("c'è", "è"), ("un'indagine", "indagine"), ("l’alluvione", "alluvione"),
    ("L'inondation", "inondation"), ("d'inondation", "inondation"), ("qu'enquête", "enquête"),
    ("jusqu'à l'hôpital", "hôpital"), ("l’hôpital", "hôpital"), ("s'hôpital", "hôpital"),
    ("l'aiguat", "aiguat"), ("d'infermeres", "infermeres"), ("l'Eixample", "Eixample"),
    ('"l\'alluvione"', '"alluvione"'), ('"dell\'ospedale"', '"ospedale"'),
    ("title:l'alluvione", "title:alluvione"),
]


def main() -> None:
    root = Path(tempfile.mkdtemp(prefix="heldout-h-api65-"))
    records = [{"url": f"https://s.example/{k}", "title": t, "text": b, "language": lang,
                "published": "2026-12-01T10:00:00Z"} for k, (lang, t, b) in TEXTS.items()]
    path = root / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    settings = {"store_url": sys.argv[1], "index_url": sys.argv[1]} if len(sys.argv) > 1 else {}
    ok = 0
    with veille.open(root / "data", **settings) as v:
        v.ingest(path)
        v.sync()

        def found(q: str) -> set[str]:
            try:
                return {h.url.rsplit("/", 1)[1] for h in v.search(q, per_page=50).hits}
            except Exception as exc:  # noqa: BLE001 - a held-out run reports every failure
                return {f"ERROR {exc}"}
        for elided, bare in PAIRS:
            a, b = found(elided), found(bare)
            same = a == b and bool(b)
            ok += same
            print(("ok  " if same else "BAD ") + f"{elided!r}: {sorted(a)}  {bare!r}: {sorted(b)}")
    print(f"score {ok}/{len(PAIRS)}")


if __name__ == "__main__":
    main()

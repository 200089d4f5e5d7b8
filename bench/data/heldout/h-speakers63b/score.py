"""Score veille on the h-speakers63b held-out captures (CC0, written for veille).

Usage: ``python score.py VEILLE_COMMAND`` (e.g. /work/vbin-h-speakers63b). Five captures
(French, Portuguese, Spanish, Italian; November 2026) are ingested into one fresh data
directory and enriched; each article's ``show --json`` is checked (``quotes``: the speaker
of the first quote holding a piece is exactly one of the names; ``not``: no speaker has
this name):

- an interview: "X, directrice de ..., a reçu La Gazette des Causses" then a quote over two
  paragraphs closed by "», prévient-elle": the quote is X's, never the outlet's;
- a postposed speaker after a possessive and a role ("se lamente son gérant, X", "si
  dispera il titolare, X") is X;
- "Em comunicado, a empresa afirmou que" / "En un comunicado, la empresa aseguró que": the
  speaker is the company, never the adverbial "Em comunicado".

Prints one line per check, then ``total passed/checks`` (harness: bench/lib/quote_cases.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.quote_cases import score_cases  # noqa: E402

COMPANY_PT = ["empresa", "a empresa", "Transportes Urbanos de Braga"]
COMPANY_ES = ["empresa", "la empresa", "Cerámicas del Queiles"]

CASES: dict[str, dict[str, object]] = {
    "d1-fr-entretien": {
        "quotes": {"marchés à l'export": ["Solène Vaissière"],
                   "boutique à Toulouse": ["Solène Vaissière"]},
        "not": ["La Gazette des Causses", "Gazette des Causses"]},
    "d2-fr-gerant": {"quotes": {
        "matériel est à changer": ["Thibault Marcenac"],
        "boulangerie de quartier": ["Odile Fabre"]}},
    "d3-pt-comunicado": {
        "quotes": {"promessas": ["Albano Queirós"],
                   "serviços mínimos": COMPANY_PT},
        "not": ["Em comunicado"]},
    "d4-es-comunicado": {
        "quotes": {"mazazo": ["Ignacio Bermejo"],
                   "alternativas posibles": COMPANY_ES},
        "not": ["En un comunicado"]},
    "d5-it-titolare": {"quotes": {"tre anni": ["Ettore Bongiovanni"]}},
}


if __name__ == "__main__":
    score_cases(HERE, sys.argv[1], CASES)

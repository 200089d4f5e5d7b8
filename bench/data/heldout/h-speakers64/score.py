"""Score veille on the h-speakers64 held-out captures (CC0, written for veille).

Usage: ``python score.py VEILLE_COMMAND`` (e.g. /work/vbin-h-speakers64). Twelve captures
(Italian, Portuguese, Spanish, Catalan, German, English, Russian, French; November 2026)
are ingested into one fresh data directory and enriched; each article's ``show --json`` is
checked (harness bench/lib/quote_cases.py):

- "<saying verb> the <role> of <ORG>, <NAME>" (and the Russian "<verb> <role> <ORG-gen>
  <NAME>"): the speaker is NAME, never the organisation, and the organisation is no person;
- a standfirst "<ORG>: «…»" / "<NAME>: «…»" (a colon-introduced quote under the headline):
  the speaker is the organisation (its head noun) or the person.

Prints one line per check, then ``total passed/checks``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.quote_cases import score_cases  # noqa: E402

CASES: dict[str, dict[str, object]] = {
    "e1-it-consorzio": {
        "quotes": {"ogni previsione": ["Giovanna Bernasconi"],
                   "stalle di montagna": ["Matteo Zanzi"]},
        "notperson": ["Consorzio Latterie Prealpine", "Associazione Allevatori Insubrici"]},
    "e2-pt-associacao": {
        "quotes": {"tão secas": ["Joaquim Mourato"],
                   "apoio ao Governo": ["Inês Calado"]},
        "notperson": ["Associação de Olivicultores", "Cooperativa Agrícola de Estremoz"]},
    "e3-es-federacion": {
        "quotes": {"más visitado": ["Adolfo Riesco"]},
        "notperson": ["Federación Berciana de Montaña"]},
    "e4-ca-institut": {
        "quotes": {"millor verema": ["Oriol Carbonell"]},
        "notperson": ["Institut del Vi del Penedès"]},
    "e5-de-verband": {
        "quotes": {"42 Cent": ["Korbinian Hollweck"]},
        "notperson": ["Milchbauernverband"]},
    "e6-en-trust": {
        "quotes": {"belongs to everyone": ["Margaret Okafor"]},
        "notperson": ["Crowbridge Heritage Trust"]},
    "e7-ru-soyuz": {
        "quotes": {"Такого урожая": ["Геннадий Ступин"]},
        "notperson": ["Союз фермеров"]},
    "f1-it-colon": {"group": {"verifiche dei geologi": "provincia"}},
    "f2-fr-colon": {"group": {"chauffage": "mairie"}},
    "f3-es-colon": {"group": {"antes de Navidad": "ayuntamiento"}},
    "f4-pt-colon": {"quotes": {"espaço provisório": ["Carla Pestana"]}},
    "f5-de-colon": {"group": {"Kältemaschine": "stadtwerke"}},
}


if __name__ == "__main__":
    score_cases(HERE, sys.argv[1], CASES)

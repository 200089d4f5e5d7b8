"""Score veille on the h-speakers63 held-out captures (CC0, written for veille).

Usage: ``python score.py VEILLE_COMMAND`` (e.g. /work/vbin-h-speakers63). Eight captures
(French, Spanish, Italian, Portuguese, German, Catalan; December 2026) are ingested into one
fresh data directory and enriched; each article's ``show --json`` is checked (``quotes``:
the speaker of the first quote holding a piece is exactly one of the names):

- an organisation, subject of a saying verb before the quote ("La mairie de X a indiqué
  que", "El Ayuntamiento de X ha explicado que", "A Câmara Municipal de X afirmou que",
  "Die Stadtverwaltung X teilte mit", "L'Ajuntament de X ha explicat que") is the speaker,
  named without its article, never the previous quote's speaker;
- a postposed speaker with a role before and a listener after ("ha dichiarato l'assessore
  regionale X ai cronisti", "sagte Sportreferentin X dem Volksblatt", "dijo la concejala X a
  los periodistas") is the person's name alone;
- a Catalan postposed "ha assegurat la regidora, X," names X.

Prints one line per check, then ``total passed/checks`` (harness: bench/lib/quote_cases.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.quote_cases import score_cases  # noqa: E402

CASES: dict[str, dict[str, object]] = {
    "c1-fr-mairie": {"quotes": {
        "vidé le bassin": ["Yannick Tanguy"],
        "abonnements seront": ["mairie de Quimperlé", "Mairie de Quimperlé"],
        "entraîner à Lorient": ["Erwan Quéméner"]}},
    "c2-es-ayuntamiento": {"quotes": {
        "preparados desde": ["Pilar Ejarque"],
        "empresa adjudicataria": ["Ayuntamiento de Tarazona"],
        "ni un euro": ["Marisa Albarracín"]}},
    "c3-it-regione": {"quotes": {
        "estate intera": ["Raffaele Ciarrocchi"],
        "primi reparti": ["Regione Marche"],
        "troppo tempo": ["Piergiorgio Valsecchi"]}},
    "c4-pt-camara": {"quotes": {
        "pedras soltas": ["Henrique Morais Pinto"],
        "peões poderão": ["Câmara Municipal de Mirandela"],
        "vinte anos": ["Fernão Azevedo"]}},
    "c5-de-stadt": {"quotes": {
        "noch nie erlebt": ["Quirin Attenberger"],
        "in Kufstein": ["Stadtverwaltung Rosenheim"],
        "Nachwuchs": ["Hannelore Wurmbacher"]}},
    "c6-ca-ajuntament": {"quotes": {
        "sense cap cost": ["Montserrat Puigvert"],
        "abans de Nadal": ["Ajuntament de Vic"],
        "reunit abans": ["Jaume Ferrer Vilaró"]}},
    "c7-es-diputacion": {"quotes": {
        "tercer desprendimiento": ["Ramiro Gascón"],
        "desvío por Mirambel": ["Diputación de Teruel"],
        "no caben": ["Anselmo Latorre"]}},
    "c8-de-landkreis": {"quotes": {
        "alles versucht": ["Magnus Freudenreich"],
        "Rettungsdienst": ["Landkreis Oberallgäu"],
        "Katastrophe": ["Irmgard Zwerger"]}},
}


if __name__ == "__main__":
    score_cases(HERE, sys.argv[1], CASES)

"""Score veille on the h-speakers61 held-out captures (CC0, written for veille).

Usage: ``python score.py VEILLE_COMMAND`` (e.g. /work/vbin-h-speakers61). Sixteen captures
(French, English, Spanish, Italian, Portuguese, German; published 6 December 2026) are
ingested into one fresh data directory and enriched; each article's ``show --json`` is
checked:

- ``quotes``: the speaker of the first quote whose text holds a piece is one of the names;
- ``clean``: no speaker of the article holds a comma (an apposition or adjunct is no name);
- ``outlet``: the quote holding a piece is found and its speaker does not hold the outlet's
  name (folded), and no PER entity holds it (a broadcaster or paper told is no person);
- ``person``: an entity of kind PER has this name (case and accents folded);
- ``notentity``: no entity has this name (a particle-joined surname cut off).

Prints one line per check, then ``total passed/checks``.

Harness: bench/lib/quote_cases.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.quote_cases import score_cases  # noqa: E402

CASES: dict[str, dict[str, object]] = {
    "a1-fr-selon-qui": {
        "quotes": {"abandon des campagnes": ["Hélène Marcadier", "Marcadier"],
                   "premières touchées": ["Hélène Marcadier", "Marcadier"]}, "clean": True},
    "a2-fr-adjoints": {
        "quotes": {"tenu nos engagements": ["Gilles Perrotin", "Perrotin"],
                   "dette reste": ["Gilles Perrotin", "Perrotin"]}, "clean": True},
    "a3-it-secondo-cui": {
        "quotes": {"umilia la montagna": ["Ornella Pecorari", "Pecorari"],
                   "sessanta chilometri": ["Ornella Pecorari", "Pecorari"]}, "clean": True},
    "a4-es-segun-el-cual": {
        "quotes": {"Nos dejan aislados": ["Tomás Albendea", "Albendea"],
                   "no tienen coche": ["Tomás Albendea", "Albendea"]}, "clean": True},
    "a5-en-who-said": {
        "quotes": {"betrayal of island": ["Bridget Ashcombe", "Ashcombe"]}, "clean": True},
    "b1-de-sender": {"outlet": {"Flammen waren": "alpenblick", "großes Glück": "kemptener"}},
    "b2-fr-chaine": {"outlet": {"allait s'envoler": "broceliande", "sans électricité": "onde armor"}},
    "b3-es-diario": {"outlet": {"Salimos en pijama": "benimar", "Olía a humo": "serrania"}},
    "b4-it-emittente": {"outlet": {"sentito un boato": "telematese"}},
    "b5-en-broadcaster": {"outlet": {"see the flames": "dale radio", "went up in minutes": "chronicle"}},
    "b6-pt-radio": {"outlet": {"chegou aos joelhos": "onda barroso"}},
    "c1-es-de-la": {
        "quotes": {"perjudicar a nadie": ["Luis Miguel de la Fuente"]},
        "person": ["Luis Miguel de la Fuente"], "notentity": ["Luis Miguel"]},
    "c2-es-de-las": {
        "quotes": {"demanda histórica": ["Rosa María de las Heras"]},
        "person": ["Rosa María de las Heras"], "notentity": ["Rosa María"]},
    "c3-pt-do": {
        "quotes": {"condições dignas": ["Maria João do Carmo"]},
        "person": ["Maria João do Carmo"], "notentity": ["Maria João"]},
    "c4-fr-de-la": {
        "quotes": {"bassin neuf": ["Pierre-Yves de la Tour"]},
        "person": ["Pierre-Yves de la Tour"], "notentity": ["Pierre-Yves"]},
    "c5-it-dalla": {
        "quotes": {"luogo di memoria": ["Gian Luca dalla Costa"]},
        "person": ["Gian Luca dalla Costa"], "notentity": ["Gian Luca"]},
}


if __name__ == "__main__":
    score_cases(HERE, sys.argv[1], CASES)

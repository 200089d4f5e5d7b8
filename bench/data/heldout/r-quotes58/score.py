"""Score veille on the r-quotes58 held-out captures (CC0, written for veille).

Usage: ``python score.py VEILLE_COMMAND`` (e.g. /work/vbin-r-quotes58). The twenty-four
captures (French, English, Spanish, Italian, Portuguese, German; all published Thursday 3
December 2026) are ingested into one fresh data directory under a temporary folder and
enriched; each article's ``show --json`` is then checked:

- ``quotes``: the speaker of the first quote whose text holds a piece is one of the given
  names (exactly);
- ``once``: exactly one quote holds the piece (a headline quote the body repeats is one
  quote, not two);
- ``group``: the speaker of the quote holding the piece contains the group noun (case and
  accents folded): a collective subject is the speaker;
- ``not``: no quote has this speaker (case folded).

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
    "a1-fr-titre-repete-vannes": {
        "once": ["restera ouvert"], "quotes": {"restera ouvert": ["Marie Le Goff"]}},
    "a2-fr-titre-tronque-auch": {
        "once": ["ne fermerons pas"], "quotes": {"ne fermerons pas": ["Hervé Cazaux"]},
        "not": ["Auch"]},
    "a3-en-headline-repeated-york": {
        "once": ["rebuild the footbridge"],
        "quotes": {"rebuild the footbridge": ["Tom Barker"]}},
    "a4-es-titular-repetido-soria": {
        "once": ["abrirá en marzo"], "quotes": {"abrirá en marzo": ["Lucía Romero"]}},
    "a5-it-titolo-ripetuto-rovigo": {
        "once": ["riaprirà a gennaio"],
        "quotes": {"riaprirà a gennaio": ["Marco Bellini"]}},
    "b1-fr-selon-deleguee-quimperle": {
        "quotes": {"vrai budget": ["Sophie Daniel"]}, "not": ["Quimperlé"]},
    "b2-fr-selon-delegue-galice": {
        "quotes": {"seront protégées": ["Xosé Ramos Castro"]}, "not": ["Galice"]},
    "b3-fr-directeur-hopital-macon": {
        "quotes": {"six médecins": ["Laurent Petitjean"]}, "not": ["Mâcon"]},
    "b4-en-according-deputy-mayor": {
        "quotes": {"waiting list": ["Helen Price"]}, "not": ["Bristol"]},
    "b5-es-segun-delegada-ourense": {
        "quotes": {"sin comer": ["Rosa Fernández Outeiro"]}, "not": ["Ourense"]},
    "b6-it-secondo-assessore-bari": {
        "quotes": {"corse notturne": ["Luca Greco"]}, "not": ["Bari"]},
    "b7-pt-segundo-vereadora-setubal": {
        "quotes": {"mais auxiliares": ["Inês Correia"]}, "not": ["Setúbal"]},
    "b8-de-buergermeisterin-fulda": {
        "quotes": {"neue Bad": ["Petra Vogel"]}, "not": ["Fulda"]},
    "c1-es-plantilla-conservas": {
        "group": {"nadie nos ha explicado": "plantilla"}, "not": ["Juan Ortega Lago"]},
    "c2-es-vecinos-denuncian": {
        "group": {"agua fría": "vecinos"}, "not": ["Tomás Herrera Soler"]},
    "c3-fr-habitants-denoncent": {
        "group": {"oubliés": "habitants"}, "not": ["Alain Perrin"]},
    "c4-it-residenti-protestano": {
        "group": {"avvisato": "residenti"}, "not": ["Sergio Fontana"]},
    "c5-pt-moradores-denunciam": {
        "group": {"sem luz": "moradores"}, "not": ["Rui Pacheco"]},
    "c6-de-anwohner-kritisieren": {
        "group": {"nachts gebohrt": "anwohner"}, "not": ["Jens Krüger"]},
    "d1-es-ella-antes-cita": {
        "quotes": {"treinta mil": ["Elena Márquez Ruiz"]}, "not": ["ella"]},
    "d2-it-lui-dopo-donna": {
        "quotes": {"più controlli": ["Giorgio Sala"]}, "not": ["lui", "Anna Galli"]},
    "d3-pt-ela-antes-citacao": {
        "quotes": {"ao domingo": ["Marta Lopes"]}, "not": ["ela", "Rui Pinto"]},
    "d4-it-incise-titolo-nome": {
        "quotes": {"per le famiglie": ["Matteo Lanzi"],
                   "ascoltato tutti": ["Laura Mancini"]}},
    "d5-pt-incise-titulo-nome": {
        "quotes": {"metade das crianças": ["José Amaral"],
                   "começa em março": ["Sofia Matos"]}},
    "d6-de-incise-titel-name": {
        "quotes": {"2029": ["Klaus Weber"],
                   "Geld bereits": ["Sabine Roth", "Dr. Sabine Roth"]}},
}


if __name__ == "__main__":
    score_cases(HERE, sys.argv[1], CASES)

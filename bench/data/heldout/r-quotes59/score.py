"""Score veille on the r-quotes59 held-out captures (CC0, written for veille).

Usage: ``python score.py VEILLE_COMMAND`` (e.g. /work/vbin-r-quotes59). The sixteen
captures (French, English, Spanish, Italian, Portuguese, German, Arabic; all published
Sunday 6 December 2026) are ingested into one fresh data directory under a temporary folder and
enriched; each article's ``show --json`` is then checked:

- ``quotes``: the speaker of the first quote whose text holds a piece is one of the given
  names (exactly);
- ``once``: exactly one quote holds the piece (a headline quote the body repeats is one
  quote, not two);
- ``group``: the speaker of the quote holding the piece contains the group noun (case and
  accents folded): a collective subject is the speaker;
- ``entity``: one of the article's entities has one of these names or ids (folded);
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
    "a1-de-danach-er-goerlitz": {
        "quotes": {"Herbst 2028": ["Jonas Reinhardt"]}, "not": ["er"]},
    "a2-de-anschliessend-sie-jena": {
        "quotes": {"vierzig neue Betten": ["Martina Oswald"]}, "not": ["sie"]},
    "a3-fr-ensuite-elle-dole": {
        "quotes": {"mairie annexe": ["Claire Voisin"]}, "not": ["elle"]},
    "a4-en-later-he-carlisle": {
        "quotes": {"Warwick Road": ["Robert Ainsworth"]}, "not": ["he"]},
    "a5-pt-depois-ela-aveiro": {
        "quotes": {"Nenhuma banca": ["Catarina Moura"]}, "not": ["ela"]},
    "a6-it-poi-lei-trento": {
        "quotes": {"vasca olimpionica": ["Valentina Bortoli"]}},
    "a7-es-despues-el-lorca": {
        "quotes": {"Ningún puesto": ["Andrés Molina Pastor"]}, "not": ["él"]},
    "b1-de-invers-titel-landrat": {
        "quotes": {"acht Verbindungen": ["Stefan Aigner"],
                   "kostenlos": ["Ulrike Frisch"]}, "not": ["Cham"]},
    "b2-it-invers-titolo-ministro": {
        "quotes": {"entro l'estate": ["Fabio Ricci"],
                   "cento infermieri": ["Paola Serra"]}},
    "b3-es-invers-titulo-alcaldesa": {
        "quotes": {"pulmón verde": ["Pilar Gascón Ibáñez"],
                   "dos mil árboles": ["Jorge Lafuente"]}, "not": ["Teruel"]},
    "b4-pt-invers-titulo-ministro": {
        "quotes": {"início de 2028": ["Henrique Valadares"],
                   "seis médicos": ["Luísa Brito"]}, "not": ["Beja"]},
    "b5-fr-invers-titre-prefete": {
        "quotes": {"retenues collinaires": ["Hélène Marchal"],
                   "seront consultés": ["Bernard Castagnet"]}, "not": ["Gers"]},
    "b6-en-invers-title-minister": {
        "quotes": {"biggest investment": ["Fiona Drummond"],
                   "every half hour": ["Callum Munro"]}},
    "c1-ar-mufawwad-wakala": {
        "quotes": {"الرواتب": ["كريستيان ماير"]},
        "entity": ["UNRWA", "أونروا", "الأونروا"]},
    "c2-ar-mudir-hay2a": {
        "quotes": {"أول سفينة": ["نادية الفرجاني"],
                   "ألف فرصة": ["كمال بن عمر"]}},
    "c3-ar-munassiq-umam": {
        "quotes": {"مليون شخص": ["توماس برغر"]}},
}


if __name__ == "__main__":
    score_cases(HERE, sys.argv[1], CASES)

"""Score veille on the r-quotes61 held-out captures (CC0, written for veille).

Usage: ``python score.py VEILLE_COMMAND`` (e.g. /work/vbin-r-quotes61). The ten captures
(Spanish, Portuguese, Italian and French dialogue dashes; Arabic quotes in straight and
curly double quotes; all published Sunday 6 December 2026) are ingested into one fresh
data directory under a temporary folder and enriched; each article's ``show --json`` is
then checked:

- ``quotes``: the speaker of the first quote whose text holds a piece is one of the given
  names (exactly);
- ``whole``: a quote holds the piece (the words after a dash incise, "—dijo X—, y …")
  and its speaker is the given name;
- ``absent``: no quote holds the piece (a list opened by dashes, no incise).

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
    "a1-es-raya-cierre": {
        "quotes": {"reabrir el puente": ["Ramón Ibarra Muñoz"]},
        "whole": {"Nadie se quedará": "Ramón Ibarra Muñoz"}},
    "a2-es-raya-final": {
        "quotes": {"ningún riesgo": ["Lucía Ferrer Alcañiz"]}},
    "a3-pt-travessao": {
        "quotes": {"reabrir a ponte": ["Joaquim Barreto Lemos"]},
        "whole": {"alternativa segura": "Joaquim Barreto Lemos"}},
    "a4-it-lineetta": {
        "quotes": {"Non chiuderemo": ["Carlo Benvenuti", "sindaco Carlo Benvenuti"]},
        "whole": {"finché ci saranno": "Carlo Benvenuti"}},
    "a5-fr-tiret-temoin": {
        "quotes": {"quarante mètres": ["Bernard Escoffier"]}},
    "a6-es-raya-lista": {
        "absent": ["Refuerzo de las motas", "Vigilancia de los embalses"]},
    "b1-ar-sarraha-bianna": {
        "quotes": {"الموازنة ستقدم": ["خالد العمري", "وزير المالية خالد العمري"]}},
    "b2-ar-qalat-colon": {
        "quotes": {"كل المستشفيات": ["ليلى الحسيني", "وزيرة الصحة ليلى الحسيني"]}},
    "b3-ar-quote-first": {
        "quotes": {"تمت السيطرة": ["سامر النجار",
                                  "المتحدث باسم الدفاع المدني سامر النجار"]}},
    "b4-ar-akkada-curly": {
        "quotes": {"الرحلات ستنطلق": ["منير الصباغ", "رئيس البلدية منير الصباغ"]}},
}


if __name__ == "__main__":
    score_cases(HERE, sys.argv[1], CASES)

"""Score veille on the h-speakers66b captures (CC0, written for veille, December 2026,
*after* the h-speakers66 fix and never used to tune it: a check of how it generalises).

Usage: ``python score.py VEILLE_COMMAND``. Five captures (pt/es/it/fr/de) checked with the
harness bench/lib/quote_cases.py: portfolio + holder, body + holder, outlet + speaker,
bodies named after a person that stay organisations.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.quote_cases import score_cases  # noqa: E402

CASES: dict[str, dict[str, object]] = {
    "a1-pt-ministros": {
        "quotes": {"aviões pesados": ["Tiago Figueiredo"],
                   "aldeias serão limpas": ["Cristina Albuquerque"]},
        "person": ["Tiago Figueiredo", "Cristina Albuquerque"],
        "notperson": ["Francisco Manuel dos Santos"]},
    "a2-es-consejeros": {
        "quotes": {"cuarenta máquinas": ["Javier Trobajo"],
                   "con normalidad": ["Rocío Lucas"],
                   "con cadenas": ["Luis Villanueva"]},
        "person": ["Javier Trobajo", "Rocío Lucas", "Luis Villanueva"],
        "outlet": {"con normalidad": "europa press", "con cadenas": "efe"}},
    "a3-it-regione": {
        "quotes": {"spartineve": ["Stefano Aguzzi"], "mercoledì": ["Ornella Brunetti"]},
        "person": ["Stefano Aguzzi", "Ornella Brunetti"],
        "notentity": ["Regione Stefano Aguzzi", "Provincia Ornella Brunetti"]},
    "a4-fr-outlets": {
        "quotes": {"grondement": ["Éloi Tournier"], "avant jeudi": ["Gilles Arnaud"]},
        "person": ["Éloi Tournier", "Gilles Arnaud"],
        "outlet": {"grondement": "dauphine", "avant jeudi": "france bleu"}},
    "a5-de-en": {
        "quotes": {"Räumfahrzeuge": ["Christian Bernreiter"],
                   "zu Hause": ["Irmgard Kreuzer"]},
        "outlet": {"Räumfahrzeuge": "dpa"}},
}


if __name__ == "__main__":
    score_cases(HERE, sys.argv[1], CASES)

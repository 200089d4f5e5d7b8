"""Post-fix check of branch h-speakers66b (CC0 captures written for veille, December 2026,
*after* the fixes of commit 8d8ff5b2 and never tuned on): a coordinated speech verb after a
quote, "o governante/autarca em <Place>", a town in "Câmara de <Town>, <Name>", compound
given names, a quarter after "l'".

Usage: ``python score.py VEILLE_COMMAND`` (harness bench/lib/quote_cases.py). Prints one
line per check, then ``total passed/checks``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.quote_cases import score_cases  # noqa: E402

CASES: dict[str, dict[str, object]] = {
    "b1-es-coord": {
        "quotes": {"controlado pero": ["Antonio Sanz"],
                   "volver esta noche": ["Rocío del Mar Castellano"],
                   "mil hectáreas": ["Rocío del Mar Castellano"]},
        "person": ["Antonio Sanz"],
        "clean": True},
    "b2-pt-autarca": {
        "quotes": {"consumo humano": ["José Duarte Piteira"],
                   "linha de apoio": ["Maria Luísa Caeiro"],
                   "situação é grave": ["Álvaro Azedo"]},
        "person": ["José Duarte Piteira", "Maria Luísa Caeiro", "Álvaro Azedo"],
        "notperson": ["Beja", "Moura", "Viçosa"]},
    "b3-it-fr": {
        "quotes": {"almeno una settimana": ["Patrizio Andreuccetti"],
                   "giorno e notte": ["Maria Grazia Bertucci"]},
        "person": ["Patrizio Andreuccetti", "Maria Grazia Bertucci"],
        "notperson": ["Lucca", "Mozzano"]},
    "b4-fr-quartier": {
        "quotes": {"sont choqués": ["Fatima Benali"]},
        "notperson": ["Orions", "Épinette"]},
}


if __name__ == "__main__":
    score_cases(HERE, sys.argv[1], CASES)

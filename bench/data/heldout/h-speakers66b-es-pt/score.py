"""Score veille on the h-speakers66b-es-pt held-out captures (CC0, written for veille, December 2026).

Usage: ``python score.py VEILLE_COMMAND``. Six captures (Spanish, Portuguese, Italian, French)
written before any change of branch h-speakers66b (issue 16, t-final66 F2/F3) are ingested into
one fresh data directory and enriched; each article's ``show --json`` is checked (harness
bench/lib/quote_cases.py):

- "<Role> de <X>, <NAME>, ha asegurado que <Y> "…" y ha anunciado <object>": the speaker is NAME,
  never the trailing object clause;
- ""…", afirmou a governante em <Place>" / "disse o autarca em <Place>": the speaker is the
  holder named before (never the place);
- ""…", disse o presidente da Câmara de <Town>, <NAME>": the speaker is NAME (not the Câmara);
- compound given names (Mari Carmen, María José, José Luis, Juan Carlos, Maria João, João Pedro,
  Ana Paula, Gian Luca, Anna Maria) are kept whole;
- towns "Vila Nova de …", "Villanueva de …", "Santa Maria da Feira" and quarters "le quartier de
  l'Alma" are never persons.

Prints one line per check, then ``total passed/checks``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.quote_cases import score_cases  # noqa: E402

CASES: dict[str, dict[str, object]] = {
    "a1-es-role-clause": {
        "quotes": {"ningún regante": ["Marta Ribas"],
                   "fruta de hueso": ["Tomás Guirao"],
                   "sin agua no habrá": ["María José Cordón"]},
        "person": ["Marta Ribas", "Tomás Guirao", "María José Cordón"],
        "clean": True},
    "a2-pt-governante": {
        "quotes": {"urgência sem pediatras": ["Ana Paula Cunha"],
                   "retrocesso": ["Mário Carvalhais"],
                   "todos os meios": ["Rui Meireles"]},
        "person": ["Ana Paula Cunha", "Mário Carvalhais", "Rui Meireles"],
        "notperson": ["Nova de Foz", "Nova de Famalicão", "Braga", "Barcelos"]},
    "a3-es-pt-names": {
        "quotes": {"cumplido con los vendedores": ["Mari Carmen Soler"],
                   "antes de Navidad": ["Juan Carlos Vera"]},
        "person": ["Mari Carmen Soler", "José Luis Arnedo", "Juan Carlos Vera"],
        "notperson": ["Villanueva", "Vicente del Raspeig", "Nueva de la Serena"]},
    "a4-pt-names": {
        "quotes": {"vinte mil visitantes": ["Maria João Teixeira"],
                   "também vêm": ["João Pedro Magalhães"]},
        "person": ["Maria João Teixeira", "João Pedro Magalhães"],
        "notperson": ["Nova de Cerveira", "Maria da Feira", "Santo António", "Ponte de Lima"]},
    "a5-it-names": {
        "quotes": {"fino a marzo": ["Gian Luca Ferrini"],
                   "preoccupati per i negozi": ["Anna Maria Gori"]},
        "person": ["Gian Luca Ferrini", "Anna Maria Gori"],
        "notperson": ["Empoli", "Confcommercio"]},
    "a6-fr-quartiers": {
        "quotes": {"évacué vingt": ["Marc-Antoine Leroy"],
                   "trop souffert": ["Jean-Pierre Delattre"]},
        "person": ["Marc-Antoine Leroy", "Jean-Pierre Delattre"],
        "notperson": ["Alma", "Hommelet", "Épinette", "Entrepont"]},
}


if __name__ == "__main__":
    score_cases(HERE, sys.argv[1], CASES)

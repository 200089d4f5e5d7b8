"""Score veille on the r-quotes60 held-out captures (CC0, written for veille).

Usage: ``python score.py VEILLE_COMMAND`` (e.g. /work/vbin-r-quotes60). The eighteen
captures (French, English, Spanish, Italian, Portuguese, German, Russian, Arabic; all
published Sunday 6 December 2026) are ingested into one fresh data directory under a
temporary folder and enriched; each article's ``show --json`` is then checked:

- ``quotes``: the speaker of the first quote whose text holds a piece is one of the given
  names (exactly);
- ``person``: an entity of kind PER has this name (case and accents folded);
- ``notentity``: no entity has this name (a name cut at a lower-case particle);
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
    "a1-it-ribadito-assessore": {
        "quotes": {"Nessuna chiusura": ["Ferrante", "sindaco Ferrante", "il sindaco Ferrante"],
                   "Il mercato resterà": ["Giorgio Lanzetta"]}},
    "a2-es-reitero-concejala": {
        "quotes": {"No habrá recortes": ["Robledo", "alcaldesa Robledo", "La alcaldesa Robledo"],
                   "Las cuentas": ["Marta Echeverría Soto"]}},
    "a3-pt-repetiu-secretario": {
        "quotes": {"O acordo está": ["Valverde", "Ministra Valverde"],
                   "Ninguém quer": ["Rui Carvalhal"]}},
    "a4-de-bekraeftigte-stadtrat": {
        "quotes": {"Wir bauen weiter": ["Kessler", "Bürgermeisterin Kessler"],
                   "Mehrkosten": ["Tobias Hennig"]}},
    "a5-en-headline-mayor": {
        "quotes": {"We will not close": ["Pritchard", "Mayor Pritchard"],
                   "Every branch": ["Owen Maddox"]}},
    "b1-ru-gospodin": {
        "quotes": {"Мост не ремонтировали": ["Аркадий Сомов", "Сомов"]}},
    "b2-ru-gospozha-ministr": {
        "quotes": {"четыреста коек": ["Ольга Веснина", "Веснина"],
                   "Врачей": ["Пётр Лаврентьев"]}},
    "c1-de-van-den": {
        "quotes": {"unsichtbar": ["Pieter van den Broeck"],
                   "ein Drittel": ["Joris De fauw", "De fauw"]},
        "person": ["Joris De fauw"], "notentity": ["Joris De"]},
    "c2-fr-de-minuscule": {
        "quotes": {"charges lourdes": ["Luc Van de walle"],
                   "amendes seront": ["Anne-Sophie d'Hondt"]},
        "person": ["Luc Van de walle"], "notentity": ["Luc Van"]},
    "c3-en-bin-al": {
        "quotes": {"largest investment": ["Khalid bin Salem al-Harthy"],
                   "two hundred ships": ["Omar al-Rawahi", "al-Rawahi"]},
        "person": ["Khalid bin Salem al-Harthy"], "notentity": ["Khalid"]},
    "c4-pt-dos-da": {
        "quotes": {"vinte minutos": ["Lúcia dos Santos Ferreira"],
                   "provas de carga": ["Tiago da Cunha"]},
        "person": ["Lúcia dos Santos Ferreira"]},
    "c5-it-di-del": {
        "quotes": {"più bello": ["Paolo di Vincenzo"],
                   "abbonamenti": ["Marco del Monte"]},
        "person": ["Paolo di Vincenzo"], "notentity": ["Paolo"]},
    "d1-fr-prenoms-coordonnes": {
        "quotes": {"oublierons": ["Sandrine Bonnefoy"]},
        "person": ["Inès", "Malo"]},
    "d2-en-given-names": {
        "quotes": {"come together": ["Gwen Pickering"]},
        "person": ["Maisie", "Callum"]},
    "d3-it-nomi-coordinati": {
        "quotes": {"Una ferita": ["Alberto Sala", "don Alberto Sala"]},
        "person": ["Giulia", "Matteo"]},
    "e1-fr-il-cataphore": {
        "quotes": {"lieu de vie": ["Thierry Vauchez"],
                   "attendre le printemps": ["Nadia Berthelot"]}},
    "e2-fr-cite-defense": {
        "quotes": {"impossible à stabiliser": ["Paul Granger"],
                   "fuite en avant": ["Éric Lemaître"]}},
    "f1-ar-headline-role": {
        "quotes": {"لا تراجع": ["الحمداني", "وزيرة النقل الحمداني"],
                   "الأشغال": ["سامي بن يوسف"]}},
}


if __name__ == "__main__":
    score_cases(HERE, sys.argv[1], CASES)

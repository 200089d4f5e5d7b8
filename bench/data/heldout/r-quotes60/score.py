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
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
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


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold())
                   if not unicodedata.combining(c))


def _run(cmd: str, data: str, *args: str) -> str:
    env = dict(os.environ, VEILLE_DATA_DIR=data)
    done = subprocess.run([cmd, *args], env=env, capture_output=True, text=True, check=False)
    return done.stdout


def _checks(want: dict[str, object], record: dict[str, object]) -> dict[str, bool]:
    quotes = (record.get("enrichment") or {}).get("quotes") or []  # type: ignore[union-attr]
    checks: dict[str, bool] = {}

    def said(piece: str) -> list[str]:
        return [str(q.get("speaker") or "") for q in quotes if piece in str(q.get("text") or "")]

    for piece in list(want.get("once") or []):  # type: ignore[call-overload]
        checks[f"one quote «{piece}»"] = len(said(piece)) == 1
    for piece, who in dict(want.get("quotes") or {}).items():  # type: ignore[call-overload]
        got = said(piece)
        checks[f"speaker «{piece}» = {who[0]}"] = bool(got) and got[0] in who
    for piece, noun in dict(want.get("group") or {}).items():  # type: ignore[call-overload]
        got = said(piece)
        checks[f"speaker «{piece}» holds {noun}"] = bool(got) and noun in _fold(got[0])
    names = {_fold(str(e.get(k) or "")) for e in (record.get("enrichment") or {}).get(
        "entities") or [] for k in ("name", "id", "label")}  # type: ignore[union-attr]
    for name in list(want.get("entity")[:1] if want.get("entity") else []):  # type: ignore[index]
        checks[f"entity {name}"] = any(_fold(n) in names for n in want["entity"])  # type: ignore[union-attr]
    entities = (record.get("enrichment") or {}).get("entities") or []  # type: ignore[union-attr]
    for name in list(want.get("person") or []):  # type: ignore[call-overload]
        checks[f"person {name}"] = any(
            _fold(str(e.get("name") or "")) == _fold(name) and e.get("label") == "PER"
            for e in entities)
    for name in list(want.get("notentity") or []):  # type: ignore[call-overload]
        checks[f"no entity {name}"] = bool(record) and all(
            _fold(str(e.get("name") or "")) != _fold(name) for e in entities)
    for who in list(want.get("not") or []):  # type: ignore[call-overload]
        checks[f"no speaker {who}"] = bool(record) and all(
            _fold(str(q.get("speaker") or "")) != _fold(who) for q in quotes)
    return checks


def main() -> int:
    cmd = sys.argv[1]
    total = passed = 0
    with tempfile.TemporaryDirectory(prefix="r-quotes60-") as tmp:
        data = os.path.join(tmp, "data")
        _run(cmd, data, "ingest", *(str(HERE / f"{name}.txt") for name in CASES))
        _run(cmd, data, "enrich")
        ids: dict[str, str] = {}
        for line in _run(cmd, data, "export").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            raw = str((record.get("raw") or {}).get("origin") or "")
            ids[Path(raw).stem] = str(record.get("id"))
        for name, want in CASES.items():
            shown = _run(cmd, data, "show", "--json", ids[name]) if name in ids else ""
            try:
                record = json.loads(shown)
            except ValueError:
                record = {}
            for check, ok in _checks(want, record).items():
                total += 1
                passed += ok
                print(f"{name}\t{check}\t{'ok' if ok else 'FAIL'}")
    print(f"total {passed}/{total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

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
    for who in list(want.get("not") or []):  # type: ignore[call-overload]
        checks[f"no speaker {who}"] = bool(record) and all(
            _fold(str(q.get("speaker") or "")) != _fold(who) for q in quotes)
    return checks


def main() -> int:
    cmd = sys.argv[1]
    total = passed = 0
    with tempfile.TemporaryDirectory(prefix="r-quotes58-") as tmp:
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

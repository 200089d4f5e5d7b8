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
- ``notentity``: no entity has this name (a particle-joined surname cut off);
- ``notperson``: no PER entity holds this name (used by h-speakers62, which runs this
  scorer on its own cases).

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
    for name in list(want.get("notperson") or []):  # type: ignore[call-overload]
        checks[f"not a person: {name}"] = bool(record) and not any(
            _fold(name) in _fold(str(e.get("name") or "")) and e.get("label") == "PER"
            for e in entities)
    for name in list(want.get("notentity") or []):  # type: ignore[call-overload]
        checks[f"no entity {name}"] = bool(record) and all(
            _fold(str(e.get("name") or "")) != _fold(name) for e in entities)
    for piece, outlet in dict(want.get("outlet") or {}).items():  # type: ignore[call-overload]
        got = said(piece)
        checks[f"speaker «{piece}» is not {outlet}"] = bool(got) and all(
            outlet not in _fold(g) for g in got)
        checks[f"no person {outlet}"] = bool(record) and not any(
            outlet in _fold(str(e.get("name") or "")) and e.get("label") == "PER"
            for e in entities)
    if want.get("clean"):
        checks["no speaker with a comma"] = bool(quotes) and all(
            "," not in str(q.get("speaker") or "") for q in quotes)
    for who in list(want.get("not") or []):  # type: ignore[call-overload]
        checks[f"no speaker {who}"] = bool(record) and all(
            _fold(str(q.get("speaker") or "")) != _fold(who) for q in quotes)
    return checks


def main(cases: dict[str, dict[str, object]] | None = None, here: Path = HERE) -> int:
    """Score ``cases`` (this set's by default; h-speakers62 passes its own) whose captures
    are ``here/NAME.txt`` with the CLI ``sys.argv[1]``."""
    cmd = sys.argv[1]
    cases = CASES if cases is None else cases
    total = passed = 0
    with tempfile.TemporaryDirectory(prefix="h-speakers-") as tmp:
        data = os.path.join(tmp, "data")
        _run(cmd, data, "ingest", *(str(here / f"{name}.txt") for name in cases))
        _run(cmd, data, "enrich")
        ids: dict[str, str] = {}
        for line in _run(cmd, data, "export").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            raw = str((record.get("raw") or {}).get("origin") or "")
            ids[Path(raw).stem] = str(record.get("id"))
        for name, want in cases.items():
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

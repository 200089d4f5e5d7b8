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
    for who in list(want.get("not") or []):  # type: ignore[call-overload]
        checks[f"no speaker {who}"] = bool(record) and all(
            _fold(str(q.get("speaker") or "")) != _fold(who) for q in quotes)
    return checks


def main() -> int:
    cmd = sys.argv[1]
    total = passed = 0
    with tempfile.TemporaryDirectory(prefix="r-quotes59-") as tmp:
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

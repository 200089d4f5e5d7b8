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

    for piece, who in dict(want.get("whole") or {}).items():  # type: ignore[call-overload]
        got = said(piece)
        checks[f"words «{piece}» quoted, {who}'s"] = bool(got) and got[0] == who
    for piece in list(want.get("absent") or []):  # type: ignore[call-overload]
        checks[f"no quote «{piece}»"] = bool(record) and not said(piece)
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
    with tempfile.TemporaryDirectory(prefix="r-quotes61-") as tmp:
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

"""Score veille on the h-speakers62 held-out captures (CC0, written for veille).

Usage: ``python score.py VEILLE_COMMAND`` (e.g. /work/vbin-h-speakers62). Eleven captures
(Spanish, Portuguese, French, English, Italian, German, Russian; December 2026) are ingested
into one fresh data directory and enriched; each article's ``show --json`` is checked:

- ``quotes``: the speaker of the first quote whose text holds a piece is one of the names
  (a1-a7: an attribution opening the sentence, "según X", "segundo X", "selon X",
  "according to X", "secondo X", "laut X", "по словам X", names the second quote's speaker,
  not the previous quote's);
- ``notperson``: no PER entity holds this name (an institution + place: Ayuntamiento,
  Câmara, Comune, Mairie, Diputación, Provincia, Conseil départemental);
- ``notentity``: no entity has this name (a byline's particle-joined name cut off).

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
    "a1-es-segun": {"quotes": {"calendario claro": ["Federico Villacañas", "Villacañas"],
                               "más despidos": ["Rocío Bermejo Alcaraz", "Bermejo Alcaraz"]}},
    "a2-pt-segundo": {"quotes": {"vinte por cento": ["Rui Tavares Lobo", "Tavares Lobo"],
                                 "duas semanas": ["Filipa Carvalhal", "Carvalhal"]}},
    "a3-fr-selon": {"quotes": {"un tiers de la saison": ["Bastien Ollivier", "Ollivier"],
                               "très bonnes": ["Capucine Derrien", "Derrien"]}},
    "a4-en-according": {"quotes": {"risk a vessel": ["Owen Treleaven", "Treleaven"],
                                   "before Christmas": ["Marjorie Pendlebury", "Pendlebury"]}},
    "a5-it-secondo": {"quotes": {"almeno una settimana": ["Matteo Zanandrea", "Zanandrea"],
                                 "in elicottero": ["Loredana Bortolamei", "Bortolamei"]}},
    "a6-de-laut": {"quotes": {"tiefer als gedacht": ["Florian Wetzelsberger", "Wetzelsberger"],
                              "Behelfsbrücke": ["Annegret Moosbrugger", "Moosbrugger"]}},
    "a7-ru-po-slovam": {"quotes": {"два метра": ["Аркадий Толмачёв", "Толмачёв"],
                                   "не потребуется": ["Веры Студеникиной", "Вера Студеникина",
                                                      "Студеникиной", "Студеникина"]}},
    "b1-es-ayuntamiento": {"notperson": ["Ayuntamiento de Orihuela", "Diputación de Alicante"],
                           "notentity": ["José Antonio Martínez"]},
    "b2-pt-camara": {"notperson": ["Câmara de Setúbal", "Câmara Municipal de Setúbal"]},
    "b3-it-comune": {"notperson": ["Comune di Lovere", "Provincia di Bergamo"]},
    "b4-fr-mairie": {"notperson": ["Mairie de Pontcarré",
                                   "Conseil départemental de Seine-et-Marne"]},
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


def main() -> int:
    cmd = sys.argv[1]
    total = passed = 0
    with tempfile.TemporaryDirectory(prefix="h-speakers62-") as tmp:
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

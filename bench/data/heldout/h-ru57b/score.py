"""Score veille on the h-ru57b held-out captures (CC0, written for veille).

Usage: ``python score.py VEILLE_COMMAND`` (e.g. /work/vbin-h-ru57b). The ten captures are
ingested into a fresh data directory and enriched; each article's ``show --json`` is checked:
the UTC offset of ``published`` (a regional outlet's own clock), a place found, the speaker
of a quote (its ``speaker`` exactly, or the name of the entity its ``speaker_id`` links).
Prints one line per check, then the total.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# name: {"offset": "+02:00", "places": [...], "quotes": {piece: speaker}}
CASES: dict[str, dict[str, object]] = {
    "h01-ru-kaliningrad-most": {"offset": "+02:00", "places": ["Калининград"]},
    "h02-ru-ekaterinburg-sneg": {"offset": "+05:00", "places": ["Екатеринбург"]},
    "h03-ru-petrova-speaker": {"places": ["Вологда"],
                               "quotes": {"воду вернут": "Ольга Петрова"}},
    "h04-it-lei-ai-giornalisti": {"quotes": {"resterà chiusa": "Chiara Benedetti"}},
    "h05-es-ella-a-los-periodistas": {"quotes": {"zona catastrófica": "Marta Lacasa"}},
    "h06-pt-ela-aos-jornalistas": {"quotes": {"reabrem amanhã": "Sofia Matos"}},
    "h07-es-consejera-nombre": {"quotes": {"alumnos están": "María Castro"}},
    "h08-it-assessore-nome": {"quotes": {"tornerà regolare": "Luca Bianchi"}},
    "h09-es-portavoz-dijo": {"quotes": {"no corre peligro": "Andrés Gil"}},
    "h10-ru-vladivostok": {"offset": "+10:00", "places": ["Владивосток"]},
}


def _run(cmd: str, data: str, *args: str) -> str:
    env = dict(os.environ, VEILLE_DATA_DIR=data)
    done = subprocess.run([cmd, *args], env=env, capture_output=True, text=True, check=False)
    return done.stdout


def _checks(record: dict[str, object], want: dict[str, object]) -> dict[str, bool]:
    enrichment = record.get("enrichment") or {}
    content = record.get("content") or {}
    entities = enrichment.get("entities") or []  # type: ignore[union-attr]
    places = {str(p.get("name")) for p in enrichment.get("places") or []}  # type: ignore[union-attr]
    quotes = enrichment.get("quotes") or []  # type: ignore[union-attr]
    names = {str(e.get("id")): str(e.get("name")) for e in entities}
    checks: dict[str, bool] = {}
    if want.get("offset"):
        published = str(content.get("published") or "")  # type: ignore[union-attr]
        checks[f"published offset {want['offset']} ({published})"] = published.endswith(
            str(want["offset"]))
    for name in list(want.get("places") or []):  # type: ignore[call-overload]
        checks[f"place {name}"] = name in places
    for piece, who in dict(want.get("quotes") or {}).items():  # type: ignore[call-overload]
        said = [(str(q.get("speaker") or ""), names.get(str(q.get("speaker_id") or ""), ""))
                for q in quotes if piece in str(q.get("text") or "")]
        checks[f"speaker «{piece}» = {who} ({said[:1]})"] = bool(said) and who in said[0]
    return checks


def main() -> int:
    cmd = sys.argv[1]
    total = passed = 0
    with tempfile.TemporaryDirectory(prefix="h-ru57b-") as tmp:
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
            for label, ok in _checks(record, want).items():
                total += 1
                passed += ok
                print(f"{'PASS' if ok else 'FAIL'}  {name}: {label}")
    print(f"total {passed}/{total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

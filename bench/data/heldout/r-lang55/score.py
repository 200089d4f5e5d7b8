"""Score veille on the r-lang55 held-out captures (CC0, written for veille).

Usage: ``python score.py VEILLE_COMMAND`` (e.g. /work/vbin-r-lang55). The twelve captures
(Russian, Arabic, Portuguese, Spanish, Italian, German, English; all published Thursday
3 December 2026) are ingested into one fresh data directory under a temporary folder and
enriched; each article's ``show --json`` is then checked: each date expected (a date of
that ISO value among the enrichment's ``dates``), each date that must not be there, each
speaker expected (exactly, among the quotes' speakers), and the kind of a name at one
place in the text ("the mention of X in 'plan X' is no place"; "X in the headline is a
place"). Prints one line per check, then the total.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# name: {"dates": {label: iso}, "not": {label: iso}, "speakers": [..],
#        "kinds": {label: (context, name, must_be_loc)}}
CASES: dict[str, dict[str, object]] = {
    "r1-ru-pavodok-krasnodar": {
        "dates": {"два дня назад": "2026-12-01", "через три дня": "2026-12-06"},
        "speakers": ["Кондратьев"]},
    "r2-ru-moroz-tomsk": {
        "dates": {"пять дней назад": "2026-11-28", "через два дня": "2026-12-05"},
        "speakers": ["Дмитрий Лапин", "Кожевников"]},
    "a1-ar-wuzara-amman": {
        "dates": {"أعلنت يوم الاثنين (past verb)": "2026-11-30",
                  "اجتمع في 6 شباط (past verb)": "2026-02-06"},
        "not": {"no coming Monday": "2026-12-07", "no coming February": "2027-02-06"},
        "speakers": ["غسان المصري"]},
    "a2-ar-hariq-tarablus": {
        "dates": {"قبل يومين": "2026-12-01", "بعد ثلاثة أيام": "2026-12-06"},
        "speakers": ["هشام الأيوبي"]},
    "a3-ar-intikhabat-tunis": {
        "dates": {"يوم الثلاثاء": "2026-12-01", "أعلنت في 20 تشرين الأول": "2026-10-20"},
        "not": {"no coming October": "2027-10-20"},
        "speakers": ["باسل الحامدي"]},
    "p1-pt-feira-braga": {
        "dates": {"devia realizar-se no sábado, foi adiada": "2026-12-05",
                  "na segunda (30)": "2026-11-30", "na sexta (4)": "2026-12-04"},
        "kinds": {"plano Lisboa": ("plano Lisboa", "Lisboa", False)}},
    "p2-pt-greve-porto": {
        "dates": {"na terça (1)": "2026-12-01"},
        "not": {"segunda vez (no Monday)": "2026-11-30",
                "segunda vez (no coming Monday)": "2026-12-07"},
        "speakers": ["Nuno Teixeira Alves"]},
    "e1-es-concierto-valencia": {
        "dates": {"debía celebrarse el sábado, fue aplazado": "2026-12-05"},
        "kinds": {"plan Valencia": ("plan Valencia", "Valencia", False),
                  "headline Valencia": ("de Valencia por", "Valencia", True)}},
    "e2-es-ferias-sevilla": {
        "dates": {"iba a celebrarse el viernes, fue suspendida": "2026-12-04"},
        "speakers": ["Lucía Romero Vidal"]},
    "i1-it-maratona-torino": {
        "dates": {"doveva svolgersi sabato, è stata rinviata": "2026-12-05"},
        "kinds": {"piano Torino": ("piano Torino", "Torino", False)}},
    "d1-de-hochwasser-dresden": {
        "dates": {"am Samstag (soll)": "2026-12-05"},
        "kinds": {"Plan Dresden": ("Plan Dresden", "Dresden", False),
                  "headline Dresden": ("in Dresden:", "Dresden", True)}},
    "n1-en-floods-york": {
        "dates": {"on Tuesday": "2026-12-01"},
        "speakers": ["Mary Holt"],
        "kinds": {"the Leeds plan": ("Leeds plan", "Leeds", False),
                  "the Ouse plan": ("Ouse plan on", "Ouse", False),
                  "headline York": ("in York:", "York", True)}},
}


def _run(cmd: str, data: str, *args: str) -> str:
    env = dict(os.environ, VEILLE_DATA_DIR=data)
    done = subprocess.run([cmd, *args], env=env, capture_output=True, text=True, check=False)
    return done.stdout


def _is_loc(record: dict[str, object], context: str, name: str) -> bool:
    """Whether the mention of ``name`` inside the first ``context`` of the text the
    enrichment read (title, blank line, paragraphs) belongs to a LOC entity."""
    content = record.get("content") or {}
    text = "\n\n".join(p for p in [content.get("title") or "",  # type: ignore[union-attr]
                                   *(content.get("paragraphs") or [])] if p)  # type: ignore[union-attr]
    at = text.find(context)
    if at < 0:
        return False
    start = at + context.index(name)
    for entity in (record.get("enrichment") or {}).get("entities") or []:  # type: ignore[union-attr]
        for mention in entity.get("mentions") or []:
            if mention[0] <= start < mention[1]:
                return entity.get("label") == "LOC"
    return False


def main() -> int:
    cmd = sys.argv[1]
    total = passed = 0
    with tempfile.TemporaryDirectory(prefix="r-lang55-") as tmp:
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
            enrichment = record.get("enrichment") or {}
            values = {str(d.get("value")) for d in enrichment.get("dates") or []}
            speakers = {str(q.get("speaker") or "") for q in enrichment.get("quotes") or []}
            checks: dict[str, bool] = {}
            for label, value in dict(want.get("dates") or {}).items():  # type: ignore[call-overload]
                checks[f"date {label}"] = value in values
            for label, value in dict(want.get("not") or {}).items():  # type: ignore[call-overload]
                checks[f"not {label}"] = bool(record) and value not in values
            for who in list(want.get("speakers") or []):  # type: ignore[call-overload]
                checks[f"speaker {who}"] = who in speakers
            for label, (context, word, loc) in dict(want.get("kinds") or {}).items():  # type: ignore[call-overload]
                checks[f"kind {label}"] = bool(record) and _is_loc(record, context, word) == loc
            for check, ok in checks.items():
                total += 1
                passed += ok
                print(f"{name}\t{check}\t{'ok' if ok else 'FAIL'}")
    print(f"total {passed}/{total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

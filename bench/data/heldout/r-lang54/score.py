"""Score veille on the r-lang54 held-out captures (CC0, written for veille).

Usage: ``python score.py VEILLE_COMMAND`` (e.g. /work/vbin-r-lang54). The eight captures
(Portuguese of Portugal and of Brazil, Arabic, Russian) are ingested into one fresh data
directory under a temporary folder and enriched; each article's ``show --json`` is then
checked: its headline (the whole line, not cut), each date mentioned expected (a date of
that ISO value in the enrichment's ``dates``) and its quote's speaker (the name alone,
without role or clause). Prints one line per check, then the total.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES: dict[str, dict[str, object]] = {
    "p1-ptpt-greve-lisboa": {
        "title": "Greve nos comboios: milhares sem transporte em Lisboa",
        "dates": {"segunda-feira de manhã": "2026-11-30", "ontem": "2026-12-02",
                  "15 de dezembro": "2026-12-15", "na próxima semana": "2026-12-07"},
        "speaker": "Rui Matos Ferreira"},
    "p2-ptpt-tempestade-porto": {
        "title": "Tempestade no Porto: árvores caídas e escolas fechadas",
        "dates": {"terça-feira à noite": "2026-12-01", "Há dois dias": "2026-12-02",
                  "na segunda-feira (future)": "2026-12-07"},
        "speaker": "Helena Cardoso Lima"},
    "p3-ptbr-chuva-recife": {
        "title": "Chuva forte alaga ruas do Recife e deixa 300 desabrigados",
        "dates": {"no domingo (past)": "2026-11-29", "na quinta-feira (future)": "2026-12-03",
                  "9 de dezembro": "2026-12-09"},
        "speaker": "Marcelo Antunes Barbosa"},
    "p4-ptbr-apagao-goiania": {
        "title": "Apagão em Goiânia: bairros ficam sem energia por 12 horas",
        "dates": {"ontem à tarde": "2026-12-02", "até a sexta-feira": "2026-12-04"},
        "speaker": "Patrícia Nogueira Souza"},
    "a1-ar-saida-fuyoudh": {
        "title": "سيول في صيدا تغمر الطرقات وتعطل حركة السير",
        "dates": {"يوم الثلاثاء": "2026-12-01", "في 15 ديسمبر": "2026-12-15"},
        "speaker": "سامر نعمان"},
    "a2-ar-izrab-qasablanca": {
        "title": "إضراب سائقي الحافلات في الدار البيضاء يدخل يومه الثالث",
        "dates": {"أمس": "2026-12-02", "الأسبوع المقبل": "2026-12-07"},
        "speaker": "سعاد بنعلي"},
    "r1-ru-pozhar-novosibirsk": {
        "title": "Пожар в Новосибирске: пострадали три человека",
        "dates": {"В понедельник вечером": "2026-11-30", "1 декабря": "2026-12-01"},
        "speaker": "Анатолий Смирнов"},
    "r2-ru-metel-ekaterinburg": {
        "title": "Метель в Екатеринбурге: закрыты школы и детские сады",
        "dates": {"в среду утром": "2026-12-02", "9 декабря": "2026-12-09"},
        "speaker": "Игорь Волков"},
}


def _run(cmd: str, data: str, *args: str) -> str:
    env = dict(os.environ, VEILLE_DATA_DIR=data)
    done = subprocess.run([cmd, *args], env=env, capture_output=True, text=True, check=False)
    return done.stdout


def main() -> int:
    cmd = sys.argv[1]
    total = passed = 0
    with tempfile.TemporaryDirectory(prefix="r-lang54-") as tmp:
        data = os.path.join(tmp, "data")
        _run(cmd, data, "ingest", *(str(HERE / f"{name}.txt") for name in CASES))
        _run(cmd, data, "enrich")
        exported = _run(cmd, data, "export")
        by_title: dict[str, str] = {}
        for line in exported.splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            raw = str((record.get("raw") or {}).get("origin") or "")
            by_title[Path(raw).stem or str(record.get("id"))] = str(record.get("id"))
        for name, want in CASES.items():
            aid = by_title.get(name, "")
            shown = _run(cmd, data, "show", "--json", aid) if aid else ""
            try:
                record = json.loads(shown)
            except ValueError:
                record = {}
            enrichment = record.get("enrichment") or {}
            values = {str(d.get("value")) for d in enrichment.get("dates") or []}
            speakers = {str(q.get("speaker") or "") for q in enrichment.get("quotes") or []}
            checks = {"title": (record.get("content") or {}).get("title") == want["title"],
                      "speaker": want["speaker"] in speakers}
            for label, value in dict(want["dates"]).items():  # type: ignore[call-overload]
                checks[f"date {label}"] = value in values
            for check, ok in checks.items():
                total += 1
                passed += ok
                print(f"{name}\t{check}\t{'ok' if ok else 'FAIL'}")
    print(f"total {passed}/{total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Score veille on the r-dates56 held-out captures (CC0, written for veille).

Usage: ``python score.py VEILLE_COMMAND`` (e.g. /work/vbin-r-dates56). The thirteen
captures (German, English, Italian, Spanish, Portuguese, Arabic, French) are ingested into
one fresh data directory under a temporary folder and enriched; each article's ``show
--json`` is then checked:

- ``date``: a date mentioned whose sentence holds the fragment, whose text holds the
  words (case folded) and whose value is the ISO day given;
- ``not``: no such date with that value;
- ``none``: no date mentioned whose text is exactly the words in a sentence holding the
  fragment (a weekday of habit is no date);
- ``published``: the article's publication day.

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
Check = tuple[str, str, str, str]  # (kind, sentence fragment, mention words, ISO day)
CASES: dict[str, list[Check]] = {
    "d1-de-hagel-erfurt": [
        ("date", "Hagelsturm vom Wochenende", "Wochenende", "2026-11-28"),
        ("not", "Hagelsturm vom Wochenende", "Wochenende", "2026-12-05"),
        ("date", "Plünderer", "Freitag", "2026-11-27"),
        ("date", "Krämerbrücke", "Samstag", "2026-11-28"),
        ("date", "Soforthilfen", "Freitag", "2026-12-04")],
    "d2-de-bilanz-kiel": [
        ("date", "Die Bilanz vom Wochenende fällt", "Wochenende", "2026-11-28"),
        ("date", "Wasserstand", "Samstag", "2026-11-28"),
        ("date", "erneut stürmisch", "Wochenende", "2026-12-05")],
    "e1-en-gale-cumbria": [
        ("date", "cut power", "Saturday", "2026-11-28"),
        ("date", "falling oak", "Friday", "2026-11-27"),
        ("date", "landslip", "Sunday", "2026-11-29"),
        ("date", "Forecasters expect", "Saturday", "2026-12-05"),
        ("date", "Forecasters expect", "Sunday", "2026-12-06")],
    "e2-en-union-vote": [
        ("date", "put the offer", "Friday", "2026-11-27"),
        ("date", "upset many", "Saturday", "2026-11-28"),
        ("date", "Ministers will", "Friday", "2026-12-04")],
    "i1-it-consiglio-firenze": [
        ("date", "previsto per mercoledì slitta", "mercoledì", "2026-12-02"),
        ("not", "previsto per mercoledì slitta", "mercoledì", "2026-12-09"),
        ("date", "è stato rinviato", "mercoledì", "2026-12-02"),
        ("date", "previsto per mercoledì slitta", "15 dicembre", "2026-12-15"),
        ("none", "che la domenica resta chiuso", "domenica", ""),
        ("date", "aprirà anche domenica", "domenica 20 dicembre", "2026-12-20")],
    "i2-it-partita-bari": [
        ("date", "prevista per martedì salta", "martedì", "2026-12-01"),
        ("not", "prevista per martedì salta", "martedì", "2026-12-08"),
        ("date", "è stata annullata", "martedì", "2026-12-01"),
        ("none", "che il sabato affollano", "sabato", "")],
    "s1-es-biblioteca-zaragoza": [
        ("none", "normalmente cierra el sábado", "sábado", ""),
        ("none", "siempre se reúnen el viernes", "viernes", ""),
        ("date", "inaugurará el domingo", "domingo", "2026-12-06"),
        ("date", "reabre sus puertas", "domingo", "2026-12-06"),
        ("date", "protestaron el lunes", "lunes", "2026-11-30")],
    "s2-es-pleno-sevilla": [
        ("date", "previsto para el jueves se suspende", "jueves", "2026-12-03"),
        ("not", "previsto para el jueves se suspende", "jueves", "2026-12-10"),
        ("date", "fue suspendido", "jueves", "2026-12-03"),
        ("none", "solo se reúnen el martes", "martes", ""),
        ("date", "votarán el presupuesto", "14 de diciembre", "2026-12-14")],
    "p1-pt-greve-recife": [
        ("published", "", "", "2026-12-01"),
        ("date", "iniciada na segunda-feira", "segunda-feira", "2026-11-30"),
        ("date", "aconteceu no sábado", "sábado", "2026-11-28"),
        ("none", "sempre abre no domingo", "domingo", "")],
    "p2-pt-audiencia-natal": [
        ("published", "", "", "2026-12-04"),
        ("date", "marcada para quinta-feira é adiada", "quinta-feira", "2026-12-03"),
        ("not", "marcada para quinta-feira é adiada", "quinta-feira", "2026-12-10"),
        ("date", "ocorreu na terça-feira", "terça-feira", "2026-12-01")],
    "a1-ar-sihha-amman": [
        ("date", "قالت وزارة الصحة", "الإثنين", "2026-11-30"),
        ("date", "زار مستشفى", "السبت", "2026-11-28"),
        ("date", "المقبل", "الإثنين", "2026-12-07")],
    "a2-ar-matar-jidda": [
        ("date", "الدفاع المدني", "الاحد", "2026-11-29"),
        ("date", "الاربعاء الماضي", "الاربعاء", "2026-12-02")],
    "f1-fr-tempete-brest": [
        ("date", "coupé le courant", "samedi", "2026-11-28"),
        ("none", "ouvrent le dimanche", "dimanche", ""),
        ("date", "se tiendra samedi", "samedi", "2026-12-05")],
}


def _run(cmd: str, data: str, *args: str) -> str:
    env = dict(os.environ, VEILLE_DATA_DIR=data)
    done = subprocess.run([cmd, *args], env=env, capture_output=True, text=True, check=False)
    return done.stdout


def _check(record: dict[str, object], check: Check) -> bool:
    kind, fragment, words, value = check
    if not record:
        return False
    if kind == "published":
        content = record.get("content") or {}
        return str(content.get("published") or "")[:10] == value  # type: ignore[union-attr]
    dates = (record.get("enrichment") or {}).get("dates") or []  # type: ignore[union-attr]
    found = [d for d in dates if fragment in str(d.get("sentence") or "")]
    if kind == "none":
        return not any(str(d.get("text") or "").casefold() == words.casefold() for d in found)
    hit = any(words.casefold() in str(d.get("text") or "").casefold()
              and str(d.get("value") or "")[:10] == value for d in found)
    return hit if kind == "date" else not hit


def main() -> int:
    cmd = sys.argv[1]
    total = passed = 0
    with tempfile.TemporaryDirectory(prefix="r-dates56-") as tmp:
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
        for name, checks in CASES.items():
            shown = _run(cmd, data, "show", "--json", ids[name]) if name in ids else ""
            try:
                record = json.loads(shown)
            except ValueError:
                record = {}
            for check in checks:
                ok = _check(record, check)
                total += 1
                passed += ok
                label = " ".join(part for part in check[:3] if part)
                print(f"{name}\t{label} {check[3]}\t{'ok' if ok else 'FAIL'}")
    print(f"total {passed}/{total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

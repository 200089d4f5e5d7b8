"""Score veille on the r-quotes56 held-out captures (CC0, written for veille).

Usage: ``python score.py VEILLE_COMMAND`` (e.g. /work/vbin-r-quotes56). The fourteen captures
(Italian, Spanish, Portuguese, French, English, Russian; all published Thursday 3 December
2026) are ingested into one fresh data directory under a temporary folder and enriched; each
article's ``show --json`` is then checked: the speaker of a quote (the quote whose text holds
a given piece, its ``speaker`` exactly), a speaker that must not be given, and the label of
the entity that covers a name at one place in the text (PER for a Russian person, LOC for a
Russian place in the locative or genitive). Prints one line per check, then the total.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# name: {"quotes": {piece of the quote: speaker}, "not": [speaker never given],
#        "kinds": {label: (context, name, entity label)}}
CASES: dict[str, dict[str, object]] = {
    "i1-it-ponte-verona": {
        "quotes": {"mettere in sicurezza": "Tommaso Guidi", "cantieri": "Franco Bertolini"}},
    "i2-it-museo-pisa": {
        "quotes": {"raddoppia": "Davide Ruggeri", "dieci anni": "Elena Marchetti"}},
    "e1-es-metro-bilbao": {
        "quotes": {"no van a retroceder": "Iñaki Garmendia Soto",
                   "cada veinte": "Ainhoa Etxeberria"}},
    "e2-es-hospital-murcia": {
        "quotes": {"reducirá": "Rosa Navarro Gil"}},
    "p1-pt-obra-coimbra": {
        "quotes": {"chuva de novembro": "Paulo Ferreira Lopes"}},
    "p2-pt-escola-evora": {
        "quotes": {"será resolvido": "Helena Rocha Dias", "dez graus": "Rui Sampaio"}},
    "f1-fr-expo-nantes": {
        "quotes": {"bâtiment qui attend": "Clémence Vautrin", "ambitieux": "Olivier Tessier"},
        "not": ["Biennale des arts du fleuve de Nantes", "Biennale des arts du fleuve"]},
    "f2-fr-syndicat-rouen": {
        "quotes": {"porte reste ouverte": "Bertrand Collin",
                   "Nous ne reprendrons": "Sandrine Lemaître"}},
    "f3-fr-port-sete": {
        "quotes": {"accompagnera": "Catherine Aubry", "bonne journée": "Gérard Fabre",
                   "printemps": "Anne Morel"}},
    "f4-fr-selon-lille": {
        "quotes": {"cinq minutes": "Nadia Belkacem", "plus calmes": "Julien Caron"}},
    "n1-en-library-leeds": {
        "quotes": {"cost less": "Tom Ashby", "roof": "Sarah Whitcombe"}},
    "r1-ru-most-kazan": {
        "quotes": {"Мост откроется": "Игорь Соколов"},
        "kinds": {"person Игорь Соколов": ("Игорь Соколов заявил", "Игорь Соколов", "PER"),
                  "place В Казани": ("В Казани открыли", "Казани", "LOC"),
                  "place Мэр Казани": ("Мэр Казани", "Казани", "LOC")}},
    "r2-ru-teatr-ekb": {
        "quotes": {"Ремонт закончат": "Дмитрий Волков"},
        "kinds": {"person Анна Морозова": ("Анна Морозова", "Анна Морозова", "PER"),
                  "place В Екатеринбурге": ("В Екатеринбурге в среду", "Екатеринбурге", "LOC")}},
    "r3-ru-park-spb": {
        "quotes": {"Каток": "Николай Кузнецов"},
        "kinds": {"person Николай Кузнецов": ("Николай Кузнецов", "Николай Кузнецов", "PER"),
                  "place В Санкт-Петербурге": ("В Санкт-Петербурге в четверг",
                                               "Санкт-Петербурге", "LOC")}},
}


def _run(cmd: str, data: str, *args: str) -> str:
    env = dict(os.environ, VEILLE_DATA_DIR=data)
    done = subprocess.run([cmd, *args], env=env, capture_output=True, text=True, check=False)
    return done.stdout


def _label_at(record: dict[str, object], context: str, name: str) -> str:
    """The label of the entity whose mention covers ``name`` inside the first ``context``
    of the text the enrichment read (title, blank line, paragraphs); "" when none does."""
    content = record.get("content") or {}
    text = "\n\n".join(p for p in [content.get("title") or "",  # type: ignore[union-attr]
                                   *(content.get("paragraphs") or [])] if p)  # type: ignore[union-attr]
    at = text.find(context)
    if at < 0:
        return ""
    start = at + context.index(name)
    for entity in (record.get("enrichment") or {}).get("entities") or []:  # type: ignore[union-attr]
        for mention in entity.get("mentions") or []:
            if mention[0] <= start < mention[1]:
                return str(entity.get("label") or "")
    return ""


def main() -> int:
    cmd = sys.argv[1]
    total = passed = 0
    with tempfile.TemporaryDirectory(prefix="r-quotes56-") as tmp:
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
            quotes = (record.get("enrichment") or {}).get("quotes") or []
            checks: dict[str, bool] = {}
            for piece, who in dict(want.get("quotes") or {}).items():  # type: ignore[call-overload]
                said = [str(q.get("speaker") or "") for q in quotes
                        if piece in str(q.get("text") or "")]
                checks[f"speaker «{piece}» = {who}"] = bool(said) and said[0] == who
            for who in list(want.get("not") or []):  # type: ignore[call-overload]
                checks[f"no speaker {who}"] = bool(record) and all(
                    str(q.get("speaker") or "") != who for q in quotes)
            for label, (context, word, kind) in dict(want.get("kinds") or {}).items():  # type: ignore[call-overload]
                checks[f"kind {label}"] = bool(record) and _label_at(record, context, word) == kind
            for check, ok in checks.items():
                total += 1
                passed += ok
                print(f"{name}\t{check}\t{'ok' if ok else 'FAIL'}")
    print(f"total {passed}/{total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

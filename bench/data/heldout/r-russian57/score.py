"""Score veille on the r-russian57 held-out captures (CC0, written for veille).

Usage: ``python score.py VEILLE_COMMAND`` (e.g. /work/vbin-r-russian57). The fifteen Russian
captures (1-5 December 2026) are ingested into one fresh data directory under a temporary
folder and enriched; each article's ``show --json`` is then checked: a person stored in the
nominative (a PER entity of exactly that name), a name that must not be a person (a street
named after one), a place of that name, the speaker of a quote (the quote holding a piece,
its ``speaker`` exactly, or the
name of the entity its ``speaker_id`` links); and a few searches (``entity:``/``place:`` finding an article).
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
# name: {"per": [nominative PER names], "notper": [names no PER entity may bear or cover],
#        "places": [place names], "quotes": {piece of the quote: speaker}}
CASES: dict[str, dict[str, object]] = {
    "a01-krasnoyarsk-most": {
        "per": ["Владислав Логинов", "Михаил Котюков"],
        "places": ["Красноярск", "Красноярский край"],
        "quotes": {"объезд будет": "Владислав Логинов"}},
    "a02-krasnoyarsk-avtobusy": {
        "notper": ["Ленина"], "places": ["Ачинск"],
        "quotes": {"двадцать автобусов": "Владислав Логинов"}},
    "a03-yaroslavl-shkola": {
        "per": ["Анна Соколова", "Иван Петрович Смирнов"],
        "notper": ["Фрунзе"], "places": ["Ярославская область", "Рыбинск"],
        "quotes": {"построят ещё": "Анна Соколова"}},
    "a04-tobolsk-moroz": {
        "per": ["Пётр Вагин", "Сергей Ильин"],
        "places": ["Тобольск", "Ханты-Мансийск", "Салехард"],
        "quotes": {"котельные города": "Пётр Вагин"}},
    "a05-kamchatka-vulkan": {
        "per": ["Ольга Лебедева"],
        "places": ["Петропавловск-Камчатский", "Камчатский край"]},
    "a06-rostov-tramvai": {
        "per": ["Юрий Слюсарь", "Александр Скрябин"],
        "notper": ["Малиновского"], "places": ["Ростов-на-Дону", "Ростовская область",
                                                "Батайск"]},
    "a07-irkutsk-voda": {
        "per": ["Игорь Кобзев", "Руслан Болотов"],
        "notper": ["Карла Либкнехта"], "places": ["Иркутская область", "Ангарск"],
        "quotes": {"Аварийная бригада": "Руслан Болотов"}},
    "a08-perm-snegopad": {
        "per": ["Дмитрий Назаров"], "places": ["Пермский край", "Соликамск"],
        "quotes": {"свет вернут": "Дмитрий Назаров"}},
    "a09-barnaul-avariya": {
        "per": ["Вячеслав Франк", "Елена Воронина"],
        "notper": ["Юрина"], "places": ["Алтайский край"]},
    "a10-voronina": {"per": ["Елена Воронина"], "places": ["Бийск"]},
    "a11-kaliningrad-parom": {
        "per": ["Алексей Беспрозванных"],
        "places": ["Балтийск", "Калининградская область"]},
    "a12-surgut-neft": {
        "per": ["Татьяна Ковалёва"], "places": ["Нефтеюганск"],
        "quotes": {"отходы трёх": "Татьяна Ковалёва"}},
    "a13-omsk-teatr": {"per": ["Алексей Ковальчук"], "notper": ["Ленина"],
                       "quotes": {"Зрителей ждёт": "Алексей Ковальчук"}},
    "a14-tver-most": {
        "per": ["Алексей Огоньков"], "notper": ["Горького"],
        "places": ["Тверская область"],
        "quotes": {"автобусы пойдут": "Алексей Огоньков"}},
    "a15-murmansk-poljarnaya": {"places": ["Мончегорск", "Мурманская область"]},
}
# (query, article that must be among its results)
SEARCHES: list[tuple[str, str]] = [
    ("entity:Логинов", "a01-krasnoyarsk-most"), ("entity:Логинов", "a02-krasnoyarsk-avtobusy"),
    ("entity:Огоньков", "a14-tver-most"), ("entity:Воронина", "a10-voronina"),
    ("place:Тобольск", "a04-tobolsk-moroz"), ("place:Балтийск", "a11-kaliningrad-parom"),
]


def _run(cmd: str, data: str, *args: str) -> str:
    env = dict(os.environ, VEILLE_DATA_DIR=data)
    done = subprocess.run([cmd, *args], env=env, capture_output=True, text=True, check=False)
    return done.stdout


def _checks(record: dict[str, object], want: dict[str, object]) -> dict[str, bool]:
    enrichment = record.get("enrichment") or {}
    entities = enrichment.get("entities") or []  # type: ignore[union-attr]
    persons = {str(e.get("name")) for e in entities if e.get("label") == "PER"}
    covered = {m[2] for e in entities if e.get("label") == "PER" for m in e.get("mentions") or []}
    places = {str(p.get("name")) for p in enrichment.get("places") or []}  # type: ignore[union-attr]
    quotes = enrichment.get("quotes") or []  # type: ignore[union-attr]
    names = {str(e.get("id")): str(e.get("name")) for e in entities}
    checks: dict[str, bool] = {}
    for name in list(want.get("per") or []):  # type: ignore[call-overload]
        checks[f"person {name}"] = name in persons
    for name in list(want.get("notper") or []):  # type: ignore[call-overload]
        checks[f"no person {name}"] = bool(record) and not any(
            name in p for p in persons | covered)
    for name in list(want.get("places") or []):  # type: ignore[call-overload]
        checks[f"place {name}"] = name in places
    for piece, who in dict(want.get("quotes") or {}).items():  # type: ignore[call-overload]
        said = [(str(q.get("speaker") or ""), names.get(str(q.get("speaker_id") or ""), ""))
                for q in quotes if piece in str(q.get("text") or "")]
        checks[f"speaker «{piece}» = {who}"] = bool(said) and who in said[0]
    return checks


def main() -> int:
    cmd = sys.argv[1]
    total = passed = 0
    with tempfile.TemporaryDirectory(prefix="r-russian57-") as tmp:
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
        for query, name in SEARCHES:
            try:
                hits = json.loads(_run(cmd, data, "search", "--json", "-n", "50", query))["hits"]
            except (ValueError, KeyError):
                hits = []
            ok = ids.get(name) in {h.get("id") for h in hits}
            total += 1
            passed += ok
            print(f"{'PASS' if ok else 'FAIL'}  search {query} finds {name}")
    print(f"total {passed}/{total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Score veille on the r-source56 held-out set: outlet names and publication times.

Three parts, one store (``WORK/data``) plus one for the re-ingest (``WORK/again``):

1. **Declared names on hosts that shorten them** (``cases/h1``–``h5``): pages whose
   canonical host abbreviates the name they declare ("La Tribune de Genève" on ``tdg.ch``,
   "Le Journal du Centre" on ``lejdc.fr``, "Le Journal de Saône-et-Loire" on
   ``lejsl.com``, "Het Laatste Nieuws" on ``hln.be``), and one page declaring another
   outlet's name ("Le Parisien" on ``lci.fr``, which must not be taken).
2. **Several outlets on one address**: feeds this script serves on 127.0.0.1 (``site/``,
   ``HOSTPORT`` replaced), each titled by its outlet and edition ("La Voix du Nord -
   Lille" first, alone; then "Le Télégramme | Brest", Atom "Nice-Matin — Cannes", JSON
   Feed "Corse-Matin · Ajaccio", and "Actualités" whose page declares "L'Écho de la
   Lys"). The first feed's articles are read after the first poll and again after the
   others: the name must not change; facets and ``/api/v1/sources`` list each outlet
   once and never the address.
3. **Publication times against the reading**: three captures written at run time, read
   now: one dated a few hours ahead of the reading in the assumed zone (Europe/Paris),
   one dated yesterday, one three days ahead. ``veille export`` then ingest into a fresh
   store: each keeps the same publication time (or the same absence of one); the one
   ahead says so in its evidence (a value naming the reading); the three-days one is
   undated.

Prints one line per miss (every check with ``-v``), then "checks R / N".

Usage: python score.py VEILLE_CLI [WORK_DIR] [-v]
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.served_site import (  # noqa: E402
    CONTENT_TYPES,
    api_views,
    free_port,
    items_of,
    latest_rows,
    print_checks,
    run_cli,
    serve_site,
    title_of,
)

NAMES = {
    "tram des Nations": "La Tribune de Genève",
    "Bords de Loire": "Le Journal du Centre",
    "pont sur la Saône": "Le Journal de Saône-et-Loire",
    "Oostende": "Het Laatste Nieuws",
}
FEEDS = {
    "beffroi": "La Voix du Nord",
    "Roubaix": "La Voix du Nord",
    "catamaran": "Le Télégramme",
    "Croisette": "Nice-Matin",
    "Ajaccio": "Corse-Matin",
    "Hazebrouck": "L'Écho de la Lys",
}
PARIS = ZoneInfo("Europe/Paris")


def _captures(folder: Path) -> dict[str, str]:
    """Three captures dated against now (Paris): key word -> file."""
    folder.mkdir(parents=True)
    now = datetime.now(PARIS)
    when = {"Quillan": now + timedelta(hours=4), "Limoux": now - timedelta(days=1),
            "Carcassonne": now + timedelta(days=3)}
    text = ("La Dépêche du Aude\n{key} : la halle aux grains rouvre après travaux\n"
            "Par Anne Bosc\nPublié le {day} à {hour}\n"
            "La halle aux grains de {key} rouvre ses portes après huit mois de travaux, a "
            "annoncé la mairie, qui y installera le marché de producteurs.\n"
            "« Le bâtiment retrouve sa vocation », a déclaré le maire, Jean-Paul Esteve, "
            "devant une centaine d'habitants réunis pour l'occasion.\n"
            "Le marché s'y tiendra chaque samedi matin dès le mois prochain.\n")
    files = {}
    for key, at in when.items():
        path = folder / f"{key.lower()}.txt"
        path.write_text(text.format(key=key, day=at.strftime("%d/%m/%Y"),
                                    hour=at.strftime("%Hh%M")), encoding="utf-8")
        files[key] = str(path)
    return files


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if a != "-v"]
    verbose = "-v" in argv
    cli = args[0]
    work = Path(args[1] if len(args) > 1 else "/tmp/r-source56/heldout")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    port = free_port()
    serve_site(HERE / "site", port, {**CONTENT_TYPES, ".json": "application/feed+json"},
               atom_prefix=True)
    env = {**os.environ, "VEILLE_DATA_DIR": str(work / "data"),
           "VEILLE_FETCH_ALLOW": "127.0.0.1", "TZ": "UTC"}
    checks: list[tuple[str, bool, str]] = []
    run_cli(cli, env, "ingest", *sorted(str(p) for p in (HERE / "cases").iterdir()))
    run_cli(cli, env, "ingest", *_captures(work / "caps").values())
    run_cli(cli, env, "sources", "add", f"http://127.0.0.1:{port}/rss-vdn.xml")
    run_cli(cli, env, "watch", "--once")
    first = run_cli(cli, env, "latest", "-n", "60")
    for feed in ("rss-tlg.xml", "atom-nm.xml", "feed.json", "rss-echo.xml"):
        run_cli(cli, env, "sources", "add", f"http://127.0.0.1:{port}/{feed}")
    run_cli(cli, env, "watch", "--once")
    latest = run_cli(cli, env, "latest", "-n", "60")
    rows = latest_rows(cli, env)
    api_latest, api_search, api_sources = api_views(cli, env, "lang:fr%20OR%20lang:nl")
    (work / "api.json").write_text(json.dumps([api_latest, api_search, api_sources],
                                              ensure_ascii=False, indent=1))
    for key in ("beffroi", "Roubaix"):
        line = next((x for x in first.splitlines() if key in x), "")
        checks.append((f"first poll {key} = La Voix du Nord", "La Voix du Nord" in line,
                       line.strip()[:120]))
    api_items = [*items_of(api_latest), *(api_latest.get("undated") or [])]
    for key, name in {**NAMES, **FEEDS, "Créteil": "lci.fr"}.items():
        line = next((x for x in latest.splitlines() if key in x), "")
        checks.append((f"latest {key} = {name}", name in line, line.strip()[:120]))
        row = next((r for r in rows if key in title_of(r)), {})
        show = run_cli(cli, env, "show", str(row.get("id") or "-"))
        src = next((x.strip() for x in show.splitlines() if x.strip().startswith("source:")), "")
        checks.append((f"show {key} = {name}", src.startswith(f"source: {name}"), src))
        item = next((i for i in api_items if key in str(i.get("title", ""))), {})
        checks.append((f"api latest {key} = {name}", item.get("outlet") == name,
                       str(item.get("outlet"))))
    facets = (api_search.get("facets") or {}).get("source") or []
    shown = [str(f.get("outlet") or f.get("value")) for f in facets]
    checks.append(("facets: no address", not any(s.startswith("127.") for s in shown),
                   str(shown)))
    checks.append(("facets: each outlet once",
                   len(shown) == len(set(shown)) and all(
                       n in shown for n in set(FEEDS.values())), str(shown)))
    listed = [str(s.get("outlet") or s.get("name") or s.get("source"))
              for s in items_of(api_sources)]
    checks.append(("api sources: no address", listed != [] and not any(
        s.startswith("127.") for s in listed), str(listed)))
    # export -> a fresh store: the same publication times
    export = run_cli(cli, env, "export", "--format", "jsonl")
    (work / "export.jsonl").write_text(export, encoding="utf-8")
    again = {**env, "VEILLE_DATA_DIR": str(work / "again")}
    run_cli(again.get("X", cli), again, "ingest", str(work / "export.jsonl"))
    before = {title_of(r): r for r in rows}
    after = {title_of(r): r for r in latest_rows(cli, again)}
    for key in ("Quillan", "Limoux", "Carcassonne"):
        one = next((r for t, r in before.items() if key in t), {})
        two = next((r for t, r in after.items() if key in t), {})
        got = (str((one.get("content") or one).get("published")),
               str((two.get("content") or two).get("published")))
        checks.append((f"{key}: same published after export and re-ingest",
                       bool(one) and bool(two) and got[0] == got[1], str(got)))
        if key == "Carcassonne":
            checks.append(("Carcassonne (3 days ahead): undated", got[0] in ("None", ""),
                           got[0]))
        if key == "Quillan":
            shown_json = run_cli(cli, env, "show", str(one.get("id") or "-"), "--json")
            try:
                evidence = json.loads(shown_json).get("content", {}).get("evidence", {})
            except ValueError:
                evidence = {}
            said = [f"{k}: {v}" for k, v in evidence.items()
                    if "reading" in str(v) or "fetch" in str(v)]
            checks.append(("Quillan (hours ahead): evidence names the reading",
                           got[0] in ("None", "") or bool(said), str(said)[:160]))
    print_checks(checks, verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

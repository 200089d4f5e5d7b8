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

import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).parent
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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve_site(port: int) -> None:
    class Site(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            path = (HERE / "site" / self.path.lstrip("/").split("?")[0]).resolve()
            if not path.is_file() or HERE / "site" not in path.parents:
                self.send_response(404)
                self.end_headers()
                return
            body = path.read_bytes().replace(b"HOSTPORT", f"127.0.0.1:{port}".encode())
            kind = {".xml": "application/xml", ".html": "text/html; charset=utf-8",
                    ".json": "application/feed+json"}
            if path.name.startswith("atom"):
                kind[".xml"] = "application/atom+xml"
            self.send_response(200)
            self.send_header("Content-Type", kind.get(path.suffix, "text/plain"))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()


def _run(cli: str, env: dict[str, str], *args: str, stdin: str | None = None) -> str:
    return subprocess.run([cli, *args], capture_output=True, text=True, env=env,
                          timeout=900, input=stdin).stdout


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as answer:  # noqa: S310 (127.0.0.1)
        return json.loads(answer.read())


def _api(cli: str, env: dict[str, str]) -> tuple[dict, dict, dict]:
    port = _free_port()
    server = subprocess.Popen([cli, "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(240):
            try:
                latest = _get(f"{base}/api/v1/latest?limit=50")
                break
            except OSError:
                time.sleep(0.5)
        else:
            return {}, {}, {}
        search = _get(f"{base}/api/v1/search?q=lang:fr%20OR%20lang:nl&per_page=50")
        sources = _get(f"{base}/api/v1/sources")
        return latest, search, sources
    finally:
        server.terminate()
        server.wait(timeout=30)


def _items(doc: dict) -> list[dict]:
    for key in ("items", "articles", "hits", "sources"):
        if isinstance(doc.get(key), list):
            return doc[key]
    return []


def _rows(cli: str, env: dict[str, str]) -> list[dict]:
    out = _run(cli, env, "latest", "-n", "60", "--json").strip()
    if out.startswith("["):
        return json.loads(out)
    return [json.loads(x) for x in out.splitlines() if x.startswith("{")]


def _title(row: dict) -> str:
    return str(row.get("title") or (row.get("content") or {}).get("title") or "")


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
    port = _free_port()
    _serve_site(port)
    env = {**os.environ, "VEILLE_DATA_DIR": str(work / "data"),
           "VEILLE_FETCH_ALLOW": "127.0.0.1", "TZ": "UTC"}
    checks: list[tuple[str, bool, str]] = []
    _run(cli, env, "ingest", *sorted(str(p) for p in (HERE / "cases").iterdir()))
    _run(cli, env, "ingest", *_captures(work / "caps").values())
    _run(cli, env, "sources", "add", f"http://127.0.0.1:{port}/rss-vdn.xml")
    _run(cli, env, "watch", "--once")
    first = _run(cli, env, "latest", "-n", "60")
    for feed in ("rss-tlg.xml", "atom-nm.xml", "feed.json", "rss-echo.xml"):
        _run(cli, env, "sources", "add", f"http://127.0.0.1:{port}/{feed}")
    _run(cli, env, "watch", "--once")
    latest = _run(cli, env, "latest", "-n", "60")
    rows = _rows(cli, env)
    api_latest, api_search, api_sources = _api(cli, env)
    (work / "api.json").write_text(json.dumps([api_latest, api_search, api_sources],
                                              ensure_ascii=False, indent=1))
    for key in ("beffroi", "Roubaix"):
        line = next((x for x in first.splitlines() if key in x), "")
        checks.append((f"first poll {key} = La Voix du Nord", "La Voix du Nord" in line,
                       line.strip()[:120]))
    api_items = [*_items(api_latest), *(api_latest.get("undated") or [])]
    for key, name in {**NAMES, **FEEDS, "Créteil": "lci.fr"}.items():
        line = next((x for x in latest.splitlines() if key in x), "")
        checks.append((f"latest {key} = {name}", name in line, line.strip()[:120]))
        row = next((r for r in rows if key in _title(r)), {})
        show = _run(cli, env, "show", str(row.get("id") or "-"))
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
              for s in _items(api_sources)]
    checks.append(("api sources: no address", listed != [] and not any(
        s.startswith("127.") for s in listed), str(listed)))
    # export -> a fresh store: the same publication times
    export = _run(cli, env, "export", "--format", "jsonl")
    (work / "export.jsonl").write_text(export, encoding="utf-8")
    again = {**env, "VEILLE_DATA_DIR": str(work / "again")}
    _run(again.get("X", cli), again, "ingest", str(work / "export.jsonl"))
    before = {_title(r): r for r in rows}
    after = {_title(r): r for r in _rows(cli, again)}
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
            shown_json = _run(cli, env, "show", str(one.get("id") or "-"), "--json")
            try:
                evidence = json.loads(shown_json).get("content", {}).get("evidence", {})
            except ValueError:
                evidence = {}
            said = [f"{k}: {v}" for k, v in evidence.items()
                    if "reading" in str(v) or "fetch" in str(v)]
            checks.append(("Quillan (hours ahead): evidence names the reading",
                           got[0] in ("None", "") or bool(said), str(said)[:160]))
    right = 0
    for name, ok, got in checks:
        right += ok
        if verbose or not ok:
            print(f"{'ok  ' if ok else 'MISS'} {name}: {got}")
    print(f"checks {right} / {len(checks)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

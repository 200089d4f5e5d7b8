"""Score veille on the r-source55 held-out set: one outlet, one name, in every view.

One store: a saved search with a webhook (a listener this script runs), the captures and
the HTML page of ``cases/`` ingested, then a feed and a sitemap that this script serves
on 127.0.0.1 (``site/``, ``HOSTPORT`` replaced by the address) polled by ``veille watch
--once``, then ``veille alerts send``. Each article (found by a word of its title) must
be named by the outlet's name of ``GOLD`` in ``veille latest``, on ``veille show``'s
``source:`` line, in the JSON API's ``/api/v1/latest`` (``outlet``) and in the
webhook's payload; the search facets and ``/api/v1/sources`` must list Ouest-France once
(two spellings of one masthead) and name 20 Minutes by its name. Prints one line per
miss (every check with ``-v``), then "checks R / N".

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
from pathlib import Path

HERE = Path(__file__).parent
GOLD = {
    "Quimper": "Le Télégramme",
    "Wolfsrudel": "Der Spiegel",
    "Torino": "Corriere della Sera",
    "Laval": "Ouest-France",
    "Saint-Malo": "Ouest-France",
    "Cahors": "franceinfo",
    "Christkindlesmarkt": "tagesschau",
    "Éolien": "Les Echos",
    "Saint-Sauveur": "20 Minutes",
    "Arcachon": "Sud Ouest",
    "Libourne": "Sud Ouest",
    "téléphérique": "Le Dauphiné libéré",
}
PAYLOADS: list[dict] = []


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
            kind = {".xml": "application/xml", ".html": "text/html; charset=utf-8"}
            self.send_response(200)
            self.send_header("Content-Type", kind.get(path.suffix, "text/plain"))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:  # noqa: N802  (the webhook)
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            try:
                PAYLOADS.append(json.loads(body))
            except ValueError:
                pass
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()


def _run(cli: str, env: dict[str, str], *args: str) -> str:
    return subprocess.run([cli, *args], capture_output=True, text=True, env=env,
                          timeout=600).stdout


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as answer:  # noqa: S310 (127.0.0.1)
        return json.loads(answer.read())


def _api(cli: str, env: dict[str, str]) -> tuple[dict, dict, dict]:
    port = _free_port()
    server = subprocess.Popen([cli, "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(120):
            try:
                latest = _get(f"{base}/api/v1/latest?limit=50")
                break
            except OSError:
                time.sleep(0.5)
        else:
            return {}, {}, {}
        search = _get(f"{base}/api/v1/search?q=lang:fr&per_page=50")
        sources = _get(f"{base}/api/v1/sources")
        return latest, search, sources
    finally:
        server.terminate()
        server.wait(timeout=30)


def _items(doc: dict) -> list[dict]:
    for key in ("items", "articles", "hits"):
        if isinstance(doc.get(key), list):
            return doc[key]
    return []


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if a != "-v"]
    verbose = "-v" in argv
    cli = args[0]
    work = Path(args[1] if len(args) > 1 else "/tmp/r-source55/heldout")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    port = _free_port()
    _serve_site(port)
    env = {**os.environ, "VEILLE_DATA_DIR": str(work / "data"),
           "VEILLE_FETCH_ALLOW": "127.0.0.1", "TZ": "UTC"}
    _run(cli, env, "saved", "add", "tout", "lang:fr OR lang:de OR lang:it",
         "--webhook", f"http://127.0.0.1:{port}/hook")
    _run(cli, env, "ingest", *sorted(str(p) for p in (HERE / "cases").iterdir()))
    _run(cli, env, "sources", "add", f"http://127.0.0.1:{port}/feed.xml")
    _run(cli, env, "sources", "add", f"http://127.0.0.1:{port}/sitemap.xml")
    _run(cli, env, "watch", "--once")
    _run(cli, env, "alerts", "send")
    latest = _run(cli, env, "latest", "-n", "50")
    rows = [json.loads(x) for x in _run(cli, env, "latest", "-n", "50", "--json").splitlines()
            if x.startswith("{")]
    api_latest, api_search, api_sources = _api(cli, env)
    (work / "payloads.json").write_text(json.dumps(PAYLOADS, ensure_ascii=False, indent=1))
    (work / "api.json").write_text(json.dumps([api_latest, api_search, api_sources],
                                              ensure_ascii=False, indent=1))
    sent = [p.get("article") or p for p in PAYLOADS]
    checks: list[tuple[str, bool, str]] = []
    for key, name in GOLD.items():
        line = next((x for x in latest.splitlines() if key in x), "")
        checks.append((f"latest {key} = {name}", name in line, line.strip()[:120]))
        row = next((r for r in rows if key in str((r.get("content") or {}).get("title", ""))), {})
        show = _run(cli, env, "show", str(row.get("id") or "-"))
        src = next((x.strip() for x in show.splitlines() if x.strip().startswith("source:")), "")
        checks.append((f"show {key} = {name}", src.startswith(f"source: {name}"), src))
        item = next((i for i in [*_items(api_latest), *(api_latest.get("undated") or [])]
                     if key in str(i.get("title", ""))), {})
        checks.append((f"api latest {key} = {name}", item.get("outlet") == name,
                       str(item.get("outlet"))))
        hook = next((i for i in sent if key in str(i.get("title", ""))), {})
        checks.append((f"webhook {key} = {name}", hook.get("outlet") == name,
                       str(hook.get("outlet"))))
    facets = (api_search.get("facets") or {}).get("source") or []
    shown = [str(f.get("outlet") or f.get("value")) for f in facets]
    checks.append(("facets: Ouest-France once, 2 articles",
                   [(s, f.get("count")) for s, f in zip(shown, facets, strict=True)
                    if s.lower().startswith("ouest")] == [("Ouest-France", 2)], str(shown)))
    checks.append(("facets: 20 Minutes by its name", "20 Minutes" in shown, str(shown)))
    listed = [str(s.get("outlet") or s.get("source")) for s in _items(api_sources)
              or api_sources.get("sources") or []]
    checks.append(("api sources: Ouest-France once",
                   sum(s.lower().startswith("ouest") for s in listed) == 1, str(listed)))
    right = 0
    for name, ok, got in checks:
        right += ok
        if verbose or not ok:
            print(f"{'ok  ' if ok else 'MISS'} {name}: {got}")
    print(f"checks {right} / {len(checks)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

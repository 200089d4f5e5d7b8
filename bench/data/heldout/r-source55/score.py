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

import json
import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.served_site import (  # noqa: E402
    api_views,
    free_port,
    items_of,
    print_checks,
    run_cli,
    serve_site,
)

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


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if a != "-v"]
    verbose = "-v" in argv
    cli = args[0]
    work = Path(args[1] if len(args) > 1 else "/tmp/r-source55/heldout")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    port = free_port()
    serve_site(HERE / "site", port, payloads=PAYLOADS)
    env = {**os.environ, "VEILLE_DATA_DIR": str(work / "data"),
           "VEILLE_FETCH_ALLOW": "127.0.0.1", "TZ": "UTC"}
    run_cli(cli, env, "saved", "add", "tout", "lang:fr OR lang:de OR lang:it",
         "--webhook", f"http://127.0.0.1:{port}/hook")
    run_cli(cli, env, "ingest", *sorted(str(p) for p in (HERE / "cases").iterdir()))
    run_cli(cli, env, "sources", "add", f"http://127.0.0.1:{port}/feed.xml")
    run_cli(cli, env, "sources", "add", f"http://127.0.0.1:{port}/sitemap.xml")
    run_cli(cli, env, "watch", "--once")
    run_cli(cli, env, "alerts", "send")
    latest = run_cli(cli, env, "latest", "-n", "50")
    rows = [json.loads(x) for x in run_cli(cli, env, "latest", "-n", "50", "--json").splitlines()
            if x.startswith("{")]
    api_latest, api_search, api_sources = api_views(cli, env, "lang:fr", 120)
    (work / "payloads.json").write_text(json.dumps(PAYLOADS, ensure_ascii=False, indent=1))
    (work / "api.json").write_text(json.dumps([api_latest, api_search, api_sources],
                                              ensure_ascii=False, indent=1))
    sent = [p.get("article") or p for p in PAYLOADS]
    checks: list[tuple[str, bool, str]] = []
    for key, name in GOLD.items():
        line = next((x for x in latest.splitlines() if key in x), "")
        checks.append((f"latest {key} = {name}", name in line, line.strip()[:120]))
        row = next((r for r in rows if key in str((r.get("content") or {}).get("title", ""))), {})
        show = run_cli(cli, env, "show", str(row.get("id") or "-"))
        src = next((x.strip() for x in show.splitlines() if x.strip().startswith("source:")), "")
        checks.append((f"show {key} = {name}", src.startswith(f"source: {name}"), src))
        item = next((i for i in [*items_of(api_latest), *(api_latest.get("undated") or [])]
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
    listed = [str(s.get("outlet") or s.get("source")) for s in items_of(api_sources)
              or api_sources.get("sources") or []]
    checks.append(("api sources: Ouest-France once",
                   sum(s.lower().startswith("ouest") for s in listed) == 1, str(listed)))
    print_checks(checks, verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

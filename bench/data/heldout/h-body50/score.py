#!/usr/bin/env python3
"""Score the h-body50 held-out set: list articles kept in the body, chrome and a match
report's score line left out of it, a declared outlet name shown over an IP host.

Usage: python3 score.py VEILLE_CLI [WORK_DIR]
  e.g. python3 score.py /work/vbin-h-body50 /tmp/h-body50-score

Each case is ingested alone into its own data directory and read back with
``veille export --format jsonl``. Checks (one point each) named by the gold line:
``in_body`` (each string is in the body's paragraphs), ``not_in_body`` (each string is
not), ``title`` (exact), ``match_sheet`` (``evidence.match_sheet`` exact), ``search``
(``veille search WORD`` finds the article), ``outlet`` (the line of ``veille latest``
shows that name; a ``site`` case is served on 127.0.0.1 and read as a sitemap source). Prints one line per failed check, then "checks R / N".
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(cli: str, data: Path, *args: str) -> str:
    env = {**os.environ, "VEILLE_FETCH_ALLOW": "127.0.0.1"}  # the local server's address
    return subprocess.run([cli, "--data-dir", str(data), *args], capture_output=True,
                          text=True, check=False, env=env).stdout


def site_outlet(cli: str, data: Path, root: Path, case: dict) -> bool:
    """Serve the case's folder on 127.0.0.1, register its sitemap, fetch once (``veille
    watch --once``), and say whether ``veille latest`` and the alert's outlet show the
    declared name."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    shutil.copytree(HERE / "cases" / case["site"], root)
    sitemap = root / "sitemap.xml"
    sitemap.write_text(sitemap.read_text().replace("PORT", str(port)))
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind",
                               "127.0.0.1", "--directory", str(root)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        run(cli, data, "sources", "add", f"http://127.0.0.1:{port}/sitemap.xml")
        run(cli, data, "watch", "--once")
        latest = run(cli, data, "latest")
    finally:
        server.terminate()
        server.wait()
    print(f"  latest: {latest.strip()[:120]}")
    return case["outlet"] in latest


def main() -> int:
    cli = sys.argv[1]
    work = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/h-body50-score")
    shutil.rmtree(work, ignore_errors=True)
    gold = [json.loads(x) for x in (HERE / "gold.jsonl").read_text().splitlines() if x]
    right = total = 0
    for n, case in enumerate(gold):
        data = work / f"d{n}"
        if "site" in case:  # a sitemap source on a local server (its host: an IP)
            checks_site = site_outlet(cli, data, work / f"site{n}", case)
            total += 1
            right += checks_site
            if not checks_site:
                print(f"MISS {case['site']} outlet {case['outlet']!r}")
            continue
        run(cli, data, "ingest", str(HERE / "cases" / case["file"]))
        lines = [x for x in run(cli, data, "export", "--format", "jsonl").splitlines()
                 if x.startswith("{")]
        content = (json.loads(lines[0]).get("content") or {}) if lines else {}
        body = "\n".join(content.get("paragraphs") or [])
        checks: list[tuple[str, bool]] = []
        checks += [(f"in_body {s!r}", s in body) for s in case.get("in_body", [])]
        checks += [(f"not_in_body {s!r}", s not in body) for s in case.get("not_in_body", [])]
        if "title" in case:
            checks.append((f"title {content.get('title')!r}", content.get("title") == case["title"]))
        if "match_sheet" in case:
            got = (content.get("evidence") or {}).get("match_sheet")
            checks.append((f"match_sheet {got!r}", got == case["match_sheet"]))
        if "search" in case:
            found = run(cli, data, "search", case["search"])
            checks.append((f"search {case['search']}", bool(content.get("title"))
                           and (content.get("title") or "")[:30] in found))
        if "outlet" in case:
            latest = run(cli, data, "latest")
            checks.append((f"outlet in {latest.strip()[:90]!r}", case["outlet"] in latest))
        for name, ok in checks:
            total += 1
            right += ok
            if not ok:
                print(f"MISS {case['file']} {name}")
    print(f"checks {right} / {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

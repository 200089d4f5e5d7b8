#!/usr/bin/env python3
"""Score the r-ux52 held-out set: a CLI and web app that say what they mean (issue 14).

Usage: python3 score.py VEILLE_CLI [WORK_DIR] [PORT]
  e.g. python3 score.py /work/vbin-r-ux52 /tmp/r-ux52/score 8752

Prints one line per check ("ok" / "MISS" and its name), then "checks R / N". The checks
follow the brief's order (1 to 11); what each reads is said beside it below.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
RESULTS: list[tuple[str, bool]] = []
PREFIXES = ("note:", "warning:", "error:")


def check(name: str, ok: bool) -> None:
    RESULTS.append((name, bool(ok)))
    print(("ok   " if ok else "MISS ") + name, flush=True)


def run(cli: str, data: Path, *args: str, lang: str = "en_US.UTF-8"
        ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": lang, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "",
           "VEILLE_FETCH_ALLOW": "127.0.0.1", "TZ": "Europe/Paris"}
    return subprocess.run([cli, "--data-dir", str(data), *args], capture_output=True,
                          text=True, check=False, env=env, timeout=300)


def ids(cli: str, data: Path) -> dict[str, str]:
    """Article id by the first word of its title."""
    out: dict[str, str] = {}
    for line in run(cli, data, "latest", "-n", "20", "--json").stdout.splitlines():
        if line.startswith("{"):
            rec = json.loads(line)
            out[((rec.get("content") or {}).get("title") or "").split()[0]] = rec["id"]
    return out


def summary_lines(text: str, record: dict) -> list[str]:
    """The lines of ``show``'s text that are not the body (wrapped paragraph lines)."""
    body = " ".join(" ".join((record.get("content") or {}).get("paragraphs") or []).split())
    return [ln for ln in text.splitlines()
            if ln.strip() and " ".join(ln.split()) not in body]


def http(port: int, path: str, lang: str = "fr") -> tuple[int, str]:
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}",
                                 headers={"Accept-Language": lang})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")
    except OSError:
        return 0, ""


def main() -> int:
    cli = sys.argv[1]
    work = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/r-ux52/score")
    port = int(sys.argv[3]) if len(sys.argv) > 3 else 8752
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    data = work / "store"
    stderr: list[str] = []
    for name, source in (("01-fr-enrich.txt", "ouest-france.fr"),
                         ("02-fr-future.txt", "lebienpublic.com"),
                         ("03-en-zone.txt", "bostonglobe.com")):
        stderr.append(run(cli, data, "ingest", "--source", source, str(CASES / name)).stderr)
    stderr.append(run(cli, data, "enrich").stderr)
    found = ids(cli, data)
    a1, a2, a3 = found.get("Transports", ""), found.get("Agriculture", ""), found.get("City", "")

    # 1. show prints an enrichment summary: entities, places with country, dates, quotes
    try:
        record = json.loads(run(cli, data, "show", a1, "--json").stdout)
    except json.JSONDecodeError:
        record = {}
    text = run(cli, data, "show", a1).stdout
    extra = summary_lines(text, record)
    joined = "\n".join(extra)
    enr = record.get("enrichment") or {}
    people = [e["name"] for e in enr.get("entities") or [] if e.get("label") == "PER"]
    check("1:show-entity", bool(people) and any(p in joined for p in people))
    places = enr.get("places") or []
    check("1:show-place-country", bool(places) and all(
        any(p["name"] in ln and p.get("country", "??") in ln for ln in extra)
        for p in places[:3]))
    dates = enr.get("dates") or []
    check("1:show-dates", bool(dates) and all(str(d.get("value", "?"))[:10] in joined
                                              for d in dates[:3]))
    quotes = enr.get("quotes") or []
    check("1:show-quote-speaker", bool(quotes) and all(
        any(q["text"][:20] in ln and q.get("speaker", "?") in ln for ln in extra)
        for q in quotes[:2] if q.get("speaker")))
    check("1:show-bounded", len(extra) <= 60)
    check("1:json-unchanged", "enrichment" in record and "summary" not in record)

    # 2. every stderr line the CLI prints is a note:, warning: or error: (or a summary)
    stderr.append(run(cli, data, "edit", a3, "--source", "boston.com").stderr)
    stderr.append(run(cli, data, "reextract").stderr)
    stderr.append(run(cli, data, "ingest", "--source", "ouest-france.fr",
                      str(CASES / "01-fr-enrich.txt")).stderr)
    lines = [ln for chunk in stderr for ln in chunk.splitlines() if ln.strip()]
    check("2:story-state-prefixed", not any("story state" in ln and not ln.startswith(PREFIXES)
                                            for ln in lines))
    check("2:labels-prefixed", all(ln.startswith(PREFIXES) or re.match(
        r"(read \d|reextracted|enriched:|\s)", ln) for ln in lines))

    # 3. an outlet name the table does not know is said, with the clock it is read on
    res = run(cli, data, "edit", a2, "--source", "Nonexistent Daily")
    said = (res.stdout + res.stderr).lower()
    check("3:edit-unknown-outlet-said", "outlet" in said and "nonexistent daily" in said)
    check("3:edit-clock-said", res.returncode != 0 or "clock" in said or "zone" in said)
    run(cli, data, "edit", a2, "--source", "lebienpublic.com")

    # 4. place: a gazetteer place no stored article names; near suggestions only
    res = run(cli, data, "search", "place:Marseille")
    check("4:place-known-not-stored", "no stored article" in res.stderr)
    res = run(cli, data, "search", "place:Flandres")
    check("4:no-far-suggestion", "did you mean" not in res.stderr)
    res = run(cli, data, "search", "place:Anger")
    check("4:near-suggestion", "place:Angers" in res.stderr or a1 in res.stdout)

    # 5. a date after fetch time: the reason is shown
    text2 = run(cli, data, "show", a2).stdout
    pub = [ln for ln in text2.splitlines() if ln.strip().startswith("published:")]
    check("5:show-rejected-reason", bool(pub) and "2041" in pub[0])

    # 6. the zone is what is assumed
    text_fr = run(cli, data, "show", a1, lang="fr_FR.UTF-8").stdout
    latest = run(cli, data, "latest").stdout
    check("6:show-assumed-zone-en", "assumed zone" in text and "assumed time" not in text)
    check("6:show-assumed-zone-fr", "fuseau supposé" in text_fr)
    check("6:latest-assumed-zone", "assumed time" not in latest and "assumed zone" in latest)

    # 7. latest --tz
    res = run(cli, data, "latest", "--tz", "UTC")
    rows = [ln for ln in res.stdout.splitlines() if ln[:1].isalnum()]
    check("7:latest-tz-utc", res.returncode == 0 and len(rows) >= 3
          and all(" UTC" in ln for ln in rows if a2 not in ln))
    res = run(cli, data, "latest", "--tz", "Europe/Paris")
    check("7:latest-tz-paris", res.returncode == 0 and any(
        a3 in ln and "2026-11-05 00:30" in ln for ln in res.stdout.splitlines()))
    res = run(cli, data, "latest", "--tz", "local")
    check("7:latest-tz-local", res.returncode == 0 and a1 in res.stdout)

    # 8. relative query dates
    for query in ("after:hier", "date:aujourd'hui", "before:yesterday", "date:today"):
        res = run(cli, data, "search", query)
        check(f"8:{query}", "not a date" not in res.stderr and res.returncode == 0)
    res = run(cli, data, "search", "before:demain")
    check("8:before:demain-finds", a1 in res.stdout and a3 in res.stdout)

    # 11. saved show hides the webhook secret unless asked
    res = run(cli, data, "saved", "add", "trains", "rames", "--webhook",
              "http://127.0.0.1:9/hook")
    secret = (re.findall(r"[0-9a-f]{64}", res.stdout + res.stderr) or ["?" * 64])[0]
    shown = run(cli, data, "saved", "show", "trains")
    shown_json = run(cli, data, "saved", "show", "trains", "--json")
    check("11:saved-show-hides", shown.returncode == 0 and secret not in shown.stdout)
    check("11:saved-show-json-hides", secret not in shown_json.stdout)
    asked = run(cli, data, "saved", "show", "trains", "--show-secret")
    check("11:saved-show-secret", secret in asked.stdout)

    # 10. ingest says "await veille enrich" only when no follower runs
    res = run(cli, data, "ingest", "--source", "ouest-france.fr", str(CASES / "03-en-zone.txt"))
    check("10:no-follower-says-enrich", "veille enrich" in res.stdout + res.stderr)
    env = {**os.environ, "VEILLE_FETCH_ALLOW": "127.0.0.1"}
    server = subprocess.Popen([cli, "--data-dir", str(data), "serve", "--watch", "--port",
                               str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    try:
        for _ in range(120):
            if http(port, "/api/v1/stats")[0] == 200:
                break
            time.sleep(0.5)
        res = run(cli, data, "ingest", "--source", "ouest-france.fr",
                  str(CASES / "04-fr-new.txt"))
        said = res.stdout + res.stderr
        check("10:follower-not-await", "await" not in said or "follower" in said
              or "serve" in said)
        # 9. /api/v1/articles: a hint to /api/v1/latest or /api/v1/search
        for lang in ("fr", "en"):
            status, body = http(port, "/api/v1/articles", lang)
            check(f"9:api-articles-hint-{lang}", status in (404, 405)
                  and "/api/v1/latest" in body and "/api/v1/search" in body)
        # 5/6 web: the article page shows the rejected date's reason, the assumed zone
        _, page = http(port, f"/articles/{a2}", "fr")
        check("5:web-rejected-reason", "2041" in page)
        _, page_fr = http(port, f"/articles/{a1}", "fr")
        _, page_en = http(port, f"/articles/{a1}", "en")
        check("6:web-assumed-zone-fr", "fuseau supposé" in page_fr.lower())
        check("6:web-assumed-zone-en", "assumed zone" in page_en.lower())
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    passed = sum(ok for _, ok in RESULTS)
    print(f"checks {passed} / {len(RESULTS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

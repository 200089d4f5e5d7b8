#!/usr/bin/env python3
"""Score what veille says a story is now, a timed item's place in the timeline and where a
page of no prose ranks in search (h-api64, issue 14). usage: python3 score.py VEILLE_CLI

Ingests articles.jsonl (build.py) into a fresh data dir, serves it on 127.0.0.1 and prints
one line per check of README.md, then "total: K/N".
"""
import html
import json
import re
import sys
import tempfile
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.served_site import get_json, get_text, run_cli  # noqa: E402
from lib.served_store import served_store  # noqa: E402

ROWS = {r["id"]: r for r in map(json.loads, (HERE / "articles.jsonl").read_text("utf-8")
                                .splitlines())}
# story: (its first article, the article whose headline must title it now)
STORIES = {"fr": ("F1", "F3"), "en": ("E1", "E3"), "es": ("S1", "S2")}
TIMED, DAY_ONLY = "E2", "E2d"  # same day, one with a time, one without
SEARCHES = {"fr": "Brennilis", "en": "Harlow Quay", "es": "Villatoro"}
NOT_PROSE = {"NF", "NE", "NS"}
UNKNOWN = {"fr": "ordre inconnu dans la journée", "en": "order within the day unknown"}
CHECKS: list[tuple[str, bool, str]] = []


def check(name: str, ok: bool, got: object = "") -> None:
    CHECKS.append((name, bool(ok), str(got)[:160]))


def text_of(page: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page))).strip()


def url_id(url: str) -> str:
    return next((k for k, r in ROWS.items() if r["url"] == url), "?")


def main(cli: str) -> None:
    work = tempfile.mkdtemp(prefix="h-api64-")
    env = {"TZ": "UTC", "LANGUAGE": "en", "PATH": "/usr/bin:/bin"}
    run_cli(cli, env, "--data-dir", work, "ingest", str(HERE / "articles.jsonl"))
    stories = json.loads(run_cli(cli, env, "--data-dir", work, "stories", "-n", "50",
                                 "--json"))
    text = run_cli(cli, env, "--data-dir", work, "stories", "-n", "50")
    by_first = {url_id(s["items"][0]["url"]): s for s in stories}
    with served_store(cli, work) as base:
        for lang, (first, now) in STORIES.items():
            want, was = ROWS[now]["title"], ROWS[first]["title"]
            s = by_first.get(first, {})
            check(f"{lang} CLI --json title is the newest own article's", s.get("title") == want,
                  s.get("title"))
            check(f"{lang} CLI --json first_title kept", s.get("first_title") == was,
                  s.get("first_title"))
            line = next((x for x in text.splitlines() if x.startswith(s.get("id", "?"))), "")
            check(f"{lang} CLI text title", line.endswith(want), line)
            api = get_json(f"{base}/api/v1/stories/{s.get('id')}") if s else {}
            check(f"{lang} API title", api.get("title") == want, api.get("title"))
            listed = get_json(f"{base}/api/v1/stories?limit=50")
            row = next((x for x in listed.get("items", listed.get("stories", []))
                        if x.get("id") == s.get("id")), {})
            check(f"{lang} API list title", row.get("title") == want, row.get("title"))
            for ui in ("fr", "en"):
                page = get_text(f"{base}/stories/{s.get('id')}?lang={ui}") if s else ""
                h1 = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S)
                got = text_of(h1.group(1)) if h1 else ""
                check(f"{lang} page h1 ({ui})", got == want, got)
        s = by_first.get("E1", {})
        for ui in ("fr", "en"):
            page = get_text(f"{base}/stories/{s.get('id')}?lang={ui}") if s else ""
            items = {k: text_of(x) for x in page.split('<li class="item')[1:]
                     for k in (TIMED, DAY_ONLY) if ROWS[k]["title"] in text_of(x)}
            check(f"timeline ({ui}): timed item not 'order unknown'",
                  TIMED in items and UNKNOWN[ui] not in items[TIMED], items.get(TIMED))
            check(f"timeline ({ui}): day-only item still says it",
                  UNKNOWN[ui] in items.get(DAY_ONLY, ""), items.get(DAY_ONLY))
        tl = run_cli(cli, env, "--data-dir", work, "stories", s.get("id", "?"))
        cli_line = next((x for x in tl.splitlines() if x.startswith("  2")
                         and ROWS[TIMED]["title"] in x), "")
        check("timeline CLI: timed item not 'order unknown'",
              bool(cli_line) and UNKNOWN["en"] not in cli_line, cli_line)
        for lang, query in SEARCHES.items():
            doc = json.loads(run_cli(cli, env, "--data-dir", work, "search", query, "--json"))
            order = [url_id(h["url"]) for h in doc.get("hits", [])]
            ok = bool(order) and order[-1] in NOT_PROSE and sum(o in NOT_PROSE for o in order) == 1
            check(f"{lang} CLI search {query!r}: no-prose page last", ok, order)
            api = get_json(f"{base}/api/v1/search?q={urllib.parse.quote(query)}")
            order = [url_id(h["url"]) for h in api.get("hits", [])]
            ok = bool(order) and order[-1] in NOT_PROSE and sum(o in NOT_PROSE for o in order) == 1
            check(f"{lang} API search {query!r}: no-prose page last", ok, order)
    right = 0
    for name, ok, got in CHECKS:
        right += ok
        print(f"{'ok  ' if ok else 'MISS'} {name}: {got}")
    print(f"total: {right}/{len(CHECKS)}")


if __name__ == "__main__":
    main(sys.argv[1])

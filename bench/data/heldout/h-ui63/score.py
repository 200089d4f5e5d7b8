#!/usr/bin/env python3
"""Score what veille's reader says of non-prose pages, withdrawn wire alerts, times and
aliases (h-ui63, issue 14). usage: python3 score.py VEILLE_CLI

Ingests articles.jsonl and the wire items (build.py) in fresh data dirs, polls site/ on
127.0.0.1, serves the store, and prints one line per check of README.md and "total: K/N".
"""
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.served_site import get_json, get_text, serve_site  # noqa: E402
from lib.served_store import free_port, served_store  # noqa: E402

NOT_PROSE = {"/tags": "Mots-clés", "/people-today": "People in today's news",
             "/etiquetas": "Etiquetas"}
PROSE = {"/lac-vassiviere-tempete": "Tempête sur le lac de Vassivière",
         "/ferry-resumes": "Ferry service resumes at Port Kellan"}
MARK = {"fr": "sans texte suivi", "en": "not prose"}
CHECKS: list[tuple[str, bool, str]] = []
ENV = {**os.environ, "VEILLE_FETCH_ALLOW": "127.0.0.1", "TZ": "UTC"}


def check(name: str, ok: bool, got: object = "") -> None:
    CHECKS.append((name, bool(ok), str(got)[:200]))


def run(cli: str, d: str, *args: str, lang: str = "en") -> str:
    env = {**ENV, "LANGUAGE": lang, "LC_ALL": "", "LANG": ""}
    return subprocess.run([cli, "--data-dir", d, *args], capture_output=True, text=True,
                          env=env, timeout=600).stdout


def rows(out: str) -> list[dict]:
    out = out.strip()
    if out.startswith("["):
        return json.loads(out)
    if out.startswith("{") and "\n" in out and out.splitlines()[1].startswith(" "):
        doc = json.loads(out)  # one document (search --json): its hits
        return doc.get("hits", [doc])
    return [json.loads(x) for x in out.splitlines() if x.startswith("{")]


def ends(row: dict, table: dict) -> str:
    url = str(row.get("url") or "")
    return next((k for k in table if url.endswith(k)), "")


def text_of(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


def flagged(row: dict) -> bool:
    return bool(row.get("not_prose"))


def json_marks(name: str, found: list[dict]) -> None:
    np_rows = [r for r in found if ends(r, NOT_PROSE)]
    p_rows = [r for r in found if ends(r, PROSE)]
    check(f"{name}: non-prose marked", np_rows and all(flagged(r) for r in np_rows),
          [(ends(r, NOT_PROSE), r.get("not_prose")) for r in np_rows])
    check(f"{name}: prose unmarked", p_rows and not any(flagged(r) for r in p_rows),
          [(ends(r, PROSE), r.get("not_prose")) for r in p_rows])


def text_marks(name: str, out: str, lang: str) -> None:
    lines = out.splitlines()
    np_lines = [x for x in lines if any(t in x for t in NOT_PROSE.values())]
    p_lines = [x for x in lines if any(t in x for t in PROSE.values())]
    check(f"{name} {lang}: non-prose marked", np_lines and all(MARK[lang] in x.lower()
                                                               for x in np_lines), np_lines)
    check(f"{name} {lang}: prose unmarked", p_lines and not any(MARK[lang] in x.lower()
                                                                for x in p_lines), p_lines)


def story_titles(stories: list[dict]) -> set[str]:
    return {str(s.get("title") or "") for s in stories}


def non_prose(cli: str, d: str) -> None:
    json_marks("cli latest --json", rows(run(cli, d, "latest", "--json")))
    for q in ("Vassivière", "Kellan"):
        json_marks(f"cli search {q} --json", rows(run(cli, d, "search", q, "--json")))
    for lang in ("fr", "en"):
        text_marks("cli latest", run(cli, d, "latest", lang=lang), lang)
        out = run(cli, d, "search", "Kellan", lang=lang)
        text_marks("cli search Kellan", out, lang)
        out = run(cli, d, "stories", lang=lang)
        check(f"cli stories {lang}: non-prose left out", not any(
            t in out for t in NOT_PROSE.values()) and all(t in out for t in PROSE.values()),
            out[:200])
        out = run(cli, d, "stories", "--not-prose", lang=lang)
        text_marks("cli stories --not-prose", out, lang)
    titles = story_titles(rows(run(cli, d, "stories", "--json")))
    check("cli stories --json: non-prose left out",
          not titles & set(NOT_PROSE.values()), titles)
    found = rows(run(cli, d, "stories", "--json", "--not-prose"))
    np_stories = [s for s in found if s.get("title") in NOT_PROSE.values()]
    check("cli stories --json --not-prose: listed and marked", len(np_stories) == 3 and all(
        s.get("not_prose") for s in np_stories), [(s.get("title"), s.get("not_prose"))
                                                   for s in np_stories])


def api_and_pages(base: str) -> None:
    latest = get_json(base + "/api/v1/latest?limit=50")
    json_marks("api latest", latest.get("items") or latest.get("articles") or [])
    for q in ("Vassivière", "Kellan"):
        found = get_json(base + "/api/v1/search?" + urllib.parse.urlencode({"q": q}))
        json_marks(f"api search {q}", found.get("hits", []))
    stories = get_json(base + "/api/v1/stories?limit=50")
    items = stories.get("items") or stories.get("stories") or []
    check("api stories: non-prose left out", items and not story_titles(items) &
          set(NOT_PROSE.values()), story_titles(items))
    stories = get_json(base + "/api/v1/stories?limit=50&not_prose=true")
    items = stories.get("items") or stories.get("stories") or []
    np_items = [s for s in items if s.get("title") in NOT_PROSE.values()]
    check("api stories?not_prose=true: listed and marked", len(np_items) == 3 and all(
        s.get("not_prose") for s in np_items), [(s.get("title"), s.get("not_prose"))
                                                for s in np_items])
    for lang in ("fr", "en"):
        for path in ("/", "/search?q=Kellan", "/search?q=Vassivi%C3%A8re"):
            page = get_text(f"{base}{path}{'&' if '?' in path else '?'}lang={lang}")
            items = re.findall(r"<li\b[^>]*data-id=.*?</li>", page, re.S)
            np_items = [text_of(x) for x in items if any(
                html.escape(t) in x or t in x for t in NOT_PROSE.values())]
            p_items = [text_of(x) for x in items if any(t in text_of(x) for t in
                                                        PROSE.values())]
            check(f"page {path} {lang}: non-prose marked", np_items and all(
                MARK[lang] in x.lower() for x in np_items), np_items)
            check(f"page {path} {lang}: prose unmarked", p_items and not any(
                MARK[lang] in x.lower() for x in p_items), p_items)
        page = text_of(get_text(f"{base}/stories?lang={lang}"))
        check(f"page /stories {lang}: non-prose left out", not any(
            t in page for t in NOT_PROSE.values()) and all(t in page for t in
                                                           PROSE.values()), "")
        page = text_of(get_text(f"{base}/stories?not_prose=1&lang={lang}"))
        check(f"page /stories?not_prose=1 {lang}: listed and marked", all(
            t in page for t in NOT_PROSE.values()) and MARK[lang] in page.lower(), "")


def aliases(cli: str, d: str) -> None:
    person = next((r["id"] for r in rows(run(cli, d, "entities", "--name", "Marvaud",
                                              "--json"))), "per:solene-marvaud")
    run(cli, d, "aliases", "add", "la présidente du club nautique", person)
    for eid, wanted in (("veille:croix-rouge", "Red Cross"),
                        (person, "la présidente du club nautique")):
        out = run(cli, d, "entities", "--id", eid)
        check(f"cli entities --id {eid}: alias in text", wanted in out, out[:160])
        doc = json.loads(run(cli, d, "entities", "--id", eid, "--json") or "{}")
        check(f"cli entities --id {eid} --json: aliases", wanted in doc.get("aliases", []),
              doc.get("aliases"))


_CLOCK = re.compile(r"\b\d{1,2}[:h]\d{2}(?:\s?[AP]M)?(?!\d)")


def zoned(text: str) -> list[str]:
    """The clock times of ``text`` not followed by their zone: [] when every time names
    it."""
    bare = []
    for m in _CLOCK.finditer(text):
        after = text[m.end():m.end() + 8]
        if not re.match(r"\s*\(?(UTC|GMT|heure de Paris|Paris)", after):
            bare.append(text[max(0, m.start() - 30):m.end() + 8])
    return bare


def times(base: str, ids: list[str]) -> None:
    for lang in ("fr", "en"):
        for path in ["/manage/sources", "/", *(f"/articles/{i}" for i in ids)]:
            page = get_text(f"{base}{path}?lang={lang}")
            titles = " ".join(html.unescape(t) for t in re.findall(r'title="([^"]*)"', page))
            bare = zoned(text_of(page)) + zoned(titles)
            check(f"times {path} {lang}: each names its zone", not bare, bare[:3])


def kills(cli: str, d: str) -> None:
    posts: list = []
    port = free_port()
    serve_site(HERE / "site", port, payloads=posts)
    hook = f"http://127.0.0.1:{port}/hook"
    run(cli, d, "saved", "add", "wildfire", "wildfire", "--webhook", hook)
    wire = HERE / "wire"
    run(cli, d, "ingest", str(wire / "kill-v1.json"))
    run(cli, d, "ingest", str(wire / "kill-v2.json"))
    run(cli, d, "alerts", "send")
    run(cli, d, "ingest", str(wire / "hold-v1.json"))
    run(cli, d, "alerts", "send")
    run(cli, d, "ingest", str(wire / "hold-v2.json"))
    run(cli, d, "alerts", "send")
    status = [x.split("\t") for x in run(cli, d, "alerts", "status").splitlines() if "\t" in x]
    posted = {p.get("key") for p in posts}
    plain = {r[0] for r in status if re.fullmatch(r"sent \S+ \S+ UTC", r[2])}
    check("alerts status: 'sent' rows are the POSTs", status and plain == posted,
          (sorted(plain), sorted(posted)))
    check("alerts status: every row says its fate", all(
        r[0] in posted or not r[2].startswith("sent 2") for r in status), status)
    check("kill before any alert: nothing sent", not any(
        "Brandon" in json.dumps(p, ensure_ascii=False) for p in posts),
          [p.get("key") for p in posts])
    told = [p for p in posts if p.get("article", {}).get("withdrawn") == "withheld"]
    check("hold after the alert: the search is told", len(told) == 1,
          [(p.get("key"), p.get("kind")) for p in posts])
    # the site's feed, polled: /manage/sources has a last poll to show
    run(cli, d, "sources", "add", f"http://127.0.0.1:{port}/feed.xml")
    run(cli, d, "watch", "--once")


def main() -> None:
    cli = sys.argv[1]
    with tempfile.TemporaryDirectory() as d, tempfile.TemporaryDirectory() as w:
        run(cli, d, "ingest", str(HERE / "articles.jsonl"))
        run(cli, d, "enrich")
        non_prose(cli, d)
        aliases(cli, d)
        kills(cli, w)
        ids = [r["id"] for r in rows(run(cli, w, "latest", "--json"))][:2]
        with served_store(cli, d) as base:
            api_and_pages(base)
        with served_store(cli, w) as base:
            times(base, ids)
    for name, ok, got in CHECKS:
        print(f"{'ok  ' if ok else 'FAIL'} {name}" + ("" if ok else f"  got {got}"))
    print(f"total: {sum(ok for _, ok, _ in CHECKS)}/{len(CHECKS)}")


if __name__ == "__main__":
    main()

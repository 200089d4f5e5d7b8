#!/usr/bin/env python3
"""Score veille on the h-names49 set: does the web page and the API say when a name query
fell back to a substring match, and does a compass point the article also names as an area
keep only that mention?

usage: python3 score.py VEILLE_CLI [--verbose]
Ingests articles.jsonl into a temporary store, enriches, exports; serves the store on a
free 127.0.0.1 port. Checks:
- mentions SURFACE N: the article has exactly N entity mentions written SURFACE;
- ent SURFACE LABELS: every mention written SURFACE has one of LABELS;
- per name query (gold "names"): api (the response's "match" field is the expected
  "words"/"substring"), web-fr and web-en (the page's substring notice is shown in that
  language iff the match was a substring, the query quoted in it).
Prints checks right R/N by kind.
"""
import html
import json
import pathlib
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.served_store import served_store  # noqa: E402
NOTICE = {"fr": "Aucun nom ne commence par", "en": "No name starts with"}


def ask_names(cli: str, d: str, names: list[list[str]]) -> dict[str, dict]:
    got: dict[str, dict] = {}
    with served_store(cli, d) as base:
        for name, _ in names:
            q = urllib.parse.quote(name)
            api = json.load(urllib.request.urlopen(f"{base}/api/v1/entities?name={q}",
                                                   timeout=30))
            pages = {lang: html.unescape(urllib.request.urlopen(
                f"{base}/entities?name={q}&lang={lang}", timeout=30).read().decode())
                for lang in NOTICE}
            got[name] = {"api": api, "pages": pages}
    return got


def main() -> None:
    cli, verbose = sys.argv[1], "--verbose" in sys.argv
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as d:
        def run(*a: str) -> str:
            return subprocess.run([cli, "--data-dir", d, *a], check=True,
                                  capture_output=True, text=True).stdout
        run("ingest", str(HERE / "articles.jsonl"))
        run("enrich")
        out = run("export", "--format", "jsonl")
        named = ask_names(cli, d, gold["names"])
    recs = {}
    for line in out.splitlines():
        r = json.loads(line)
        recs[r.get("url") or r.get("content", {}).get("url")] = r
    by_kind: dict[str, list[int]] = {}

    def score(kind: str, ok: bool, got: object, what: str) -> None:
        k = by_kind.setdefault(kind, [0, 0])
        k[0] += ok
        k[1] += 1
        if verbose and not ok:
            print(f"WRONG {what}: got {got!r}")
    for g in gold["articles"]:
        enr = (recs.get(g["url"]) or {}).get("enrichment") or {}
        ments = [(m[2], e["label"]) for e in enr.get("entities", []) for m in e["mentions"]]
        slug = g["url"].rsplit("/", 1)[1]
        for check in g["checks"]:
            if check[0] == "mentions":
                got = [m for m in ments if m[0] == check[1]]
                score("mentions", len(got) == check[2], got, f"{slug} {check}")
            elif check[0] == "ent":
                labs = sorted({lab for t, lab in ments if t == check[1]}) or ["NONE"]
                score("ent", all(lab in check[2] for lab in labs), labs, f"{slug} {check}")
    for name, want in gold["names"]:
        api, pages = named[name]["api"], named[name]["pages"]
        score("api", api.get("match") == want and bool(api["entities"]),
              (api.get("match"), len(api["entities"])), f"api {name}")
        for lang, words in NOTICE.items():
            shown = words in pages[lang] and f"{name}" in pages[lang].split(words, 1)[-1][:200]
            score(f"web-{lang}", shown == (want == "substring"), shown, f"web-{lang} {name}")
    right = sum(r for r, _ in by_kind.values())
    total = sum(n for _, n in by_kind.values())
    for k, (r, n) in sorted(by_kind.items()):
        print(f"  {k:10} {r}/{n}")
    print(f"checks right {right}/{total} = {right / total:.3f}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Score what veille's reader shows (h-ui62: entity aliases, the other-languages line,
place labels in the reader's language, the search API collapsed as the page is).

usage: python3 score.py VEILLE_CLI
Ingests articles.jsonl (build.py) in a fresh data dir, enriches, adds three aliases of
one's own, serves the store, and prints one line per check of README.md and
"total: K/N".
"""
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2] / "lib"))
from served_store import served_store  # noqa: E402

MINE = ["la regidora de Valverde", "ماريسول إتشيفيريا", "Echeverría <MEG> & Cía"]
MAYOR = "per:marisol-echeverria"
FIRST = "La Gazette des Aravis"
CHECKS: list[tuple[str, bool, str]] = []


def check(name: str, ok: bool, got: object) -> None:
    CHECKS.append((name, bool(ok), str(got)[:160]))


def get(base: str, path: str) -> str:
    return urllib.request.urlopen(base + path, timeout=60).read().decode()


def text_of(page: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page)))


def run(cli: str, d: str, *args: str, lang: str = "en") -> str:
    env = {**os.environ, "LANGUAGE": lang, "LC_ALL": "", "LANG": ""}
    return subprocess.run([cli, "--data-dir", d, *args], check=True, capture_output=True,
                          text=True, env=env).stdout


def aliases(base: str) -> None:
    for eid, wanted in (("Q7184", ["Alliance atlantique"]), ("Q2429253", ["Daech", "ISIS"]),
                        (MAYOR, MINE)):
        detail = json.loads(get(base, f"/api/v1/entities/{eid}"))
        got = detail.get("aliases", [])
        check(f"api-aliases {eid}", all(w in got for w in wanted), got)
        for lang in ("fr", "en"):
            page = get(base, f"/entities/{eid}?lang={lang}")
            shown = all(html.escape(w, quote=False) in page or html.escape(w) in page
                        for w in wanted)
            check(f"page-aliases {eid} {lang}", shown, [w for w in wanted if w not in
                                                         text_of(page)])
    page = get(base, f"/entities/{MAYOR}?lang=fr")
    check("page-alias escaped", "<MEG>" not in page and "&lt;MEG&gt;" in page,
          "<MEG>" in page)


def other_languages(base: str, cli: str, d: str) -> None:
    stories = json.loads(run(cli, d, "stories", "--json", "-n", "100"))
    en = next(s for s in stories if any(i.get("url", "").endswith("/f1en") for i in s["items"]))
    for lang, first_word in (("en", "first"), ("fr", "premi")):
        out = run(cli, d, "stories", "-n", "100", lang=lang)
        line = next((x for x in out.splitlines() if "Alpine Wire" not in x and FIRST in x
                     and ("other languages" in x or "autres langues" in x)), "")
        part = line[:line.find(";")] if ";" in line else line
        right = "3 articles" in part and f"{FIRST}, 3 articles" not in part and \
            first_word in part.lower()
        check(f"cli-other-languages {lang}", right, part.strip())
        page = get(base, f"/stories/{en['id']}?lang={lang}")
        item = re.search(r'<section class="other-languages".*?<li>(.*?)</li>', page, re.S)
        said = text_of(item.group(1)) if item else ""
        check(f"page-other-languages {lang}", "3 articles" in said and FIRST in said
              and first_word in said.lower(), said)
    api = json.loads(get(base, f"/api/v1/stories/{en['id']}"))
    fr = next((x for x in api.get("other_languages", []) if x["language"] == "fr"), {})
    check("api-other-languages", fr.get("articles") == 3 and fr.get("sources") == 2
          and fr.get("first_outlet") == FIRST,
          {k: fr.get(k) for k in ("articles", "sources", "first_outlet")})


def places(base: str) -> None:
    for lang, names in (("en", ("Cairo", "Saint Petersburg")),
                        ("fr", ("Le Caire", "Saint-Pétersbourg"))):
        page = text_of(get(base, f"/places?lang={lang}"))
        for name in names:
            check(f"places-label {lang} {name}", name in page, "")
    for lang in ("en", "fr"):
        page = text_of(get(base, f"/places?lang={lang}"))
        check(f"places-no-other-script {lang}", not re.search(r"[\u0600-\u06ff\u0400-\u04ff]",
                                                              page), "")


def search(base: str) -> None:
    for q in ("éboueurs Grenoble", "grève"):
        page = get(base, "/search?" + urllib.parse.urlencode({"q": q, "lang": "en"}))
        ids = re.findall(r'<li class="[^"]*" data-id="([0-9a-f]{16})"', page)
        api = json.loads(get(base, "/api/v1/search?" + urllib.parse.urlencode(
            {"q": q, "collapse": "true"})))
        got = [h["id"] for h in api["hits"]]
        check(f"api-collapsed {q}", got == ids and api["total"] == len(ids), (got, ids))
        flat = json.loads(get(base, "/api/v1/search?" + urllib.parse.urlencode({"q": q})))
        check(f"api-default-flat {q}", flat["total"] >= len(ids) and
              flat.get("collapse") is False, (flat["total"], flat.get("collapse")))


def main() -> None:
    cli = sys.argv[1]
    with tempfile.TemporaryDirectory() as d:
        run(cli, d, "ingest", str(HERE / "articles.jsonl"))
        run(cli, d, "enrich")
        for alias in MINE:
            run(cli, d, "aliases", "add", alias, MAYOR)
        with served_store(cli, d) as base:
            aliases(base)
            other_languages(base, cli, d)
            places(base)
            search(base)
    for name, ok, got in CHECKS:
        print(f"{'ok  ' if ok else 'FAIL'} {name}" + ("" if ok else f"  got {got}"))
    print(f"total: {sum(ok for _, ok, _ in CHECKS)}/{len(CHECKS)}")


if __name__ == "__main__":
    main()

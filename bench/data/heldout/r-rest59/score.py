"""Score veille on the r-rest59 held-out set (issues 14 and 16: search language, dated
re-captures, place names in the UI language, two pollers, the sources' daily column).

Usage: python score.py VEILLE_CLI [WORK_DIR]

Prints one line per check ("ok"/"MISS", what, what was seen) and "total: K/N". The cases
are in ``cases/`` and ``site/`` (README.md says what each checks and expects).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.served_site import (  # noqa: E402
    CONTENT_TYPES,
    free_port,
    get_text,
    run_cli,
    serve_site,
)

CASES = HERE / "cases"
HITS: list[str] = []
"""Paths the local site served, in order (two pollers must not fetch one page twice)."""


def _run(cli: str, env: dict[str, str], *args: str) -> str:
    return run_cli(cli, env, *args, with_stderr=True)


def _ids_in(html: str) -> list[str]:
    """Article ids in the order a results page links them."""
    seen: list[str] = []
    for found in re.findall(r'href="/articles?/([0-9a-f]{16})', html):
        if found not in seen:
            seen.append(found)
    return seen


def main(argv: list[str]) -> int:
    cli = str(Path(argv[1]).resolve())
    work = Path(argv[2]) if len(argv) > 2 else Path(tempfile.mkdtemp(prefix="r-rest59-"))
    shutil.rmtree(work / "data", ignore_errors=True)
    env = {**os.environ, "VEILLE_DATA_DIR": str(work / "data"),
           "VEILLE_FETCH_ALLOW": "127.0.0.1"}
    checks: list[tuple[bool, str, str]] = []

    def check(ok: bool, what: str, seen: object) -> None:
        checks.append((ok, what, str(seen)[:160]))

    # -- 1. search: the UI's language first at equal relevance -------------------------
    lang_of: dict[str, str] = {}
    for name, source in [("s_fr_festival1", "courrier-marvignac.fr"),
                         ("s_fr_festival2", "echo-causse.fr"),
                         ("s_en_festival", "dunmorepost.co.uk"),
                         ("s_de_festival", "kleinbrunner-tagblatt.de"),
                         ("s_fr_president", "gazette-valmorin.fr"),
                         ("s_es_presidente", "diarioalmendral.es"),
                         ("s_it_presidente", "gazzettavaldoria.it")]:
        _run(cli, env, "ingest", str(CASES / f"{name}.txt"), "--source", source)
        lang_of[source] = name.split("_")[1]
    # -- 3. places in other scripts, homonyms ------------------------------------------
    for name, source in [("p_ru_warsaw", "vostochny-vestnik.ru"), ("p_ar_cairo", "alsahil.net"),
                         ("p_fr_saintemarie_974", "journal-ile.re"),
                         ("p_fr_saintemarie_972", "antilles-hebdo.fr")]:
        _run(cli, env, "ingest", str(CASES / f"{name}.txt"), "--source", source)
    # -- 2. a capture with a future date typo, then the corrected one ------------------
    typo_dir = work / "typos"
    typo_dir.mkdir(exist_ok=True)
    for name, right, wrong, source in [
            ("v_fr_fixed", "01/12/2026", "31/12/2026", "journal-cormerel.fr"),
            ("v_en_fixed", "December 1, 2026", "December 31, 2026", "harlowsentinel.com")]:
        text = (CASES / f"{name}.txt").read_text("utf-8")
        typo = typo_dir / f"{name}_typo.txt"
        typo.write_text(text.replace(right, wrong), "utf-8")
        _run(cli, env, "ingest", str(typo), "--source", source)
        _run(cli, env, "ingest", str(CASES / f"{name}.txt"), "--source", source)
    _run(cli, env, "enrich")

    rows = [json.loads(x) for x in _run(cli, env, "latest", "-n", "60", "--json").splitlines()
            if x.startswith("{")]
    by_title = {(r.get("content") or {}).get("title", ""): r for r in rows}
    for title, day in [("Conseil municipal : la piscine de Cormerel", "2026-12-01"),
                       ("Harlow Ridge council approves new bus depot", "2026-12-01")]:
        found = [r for t, r in by_title.items() if t.startswith(title)]
        published = [str((r.get("content") or {}).get("published") or "") for r in found]
        check(any(p.startswith(day) for p in published),
              f"corrected capture dated {day}: {title[:40]}", published)
        listed = _run(cli, env, "latest", "-n", "60")
        marked = [line for line in listed.splitlines() if title[:30] in line]
        check(bool(marked) and not any("[republication]" in line for line in marked),
              f"corrected capture no republication: {title[:40]}", marked)
        stories = _run(cli, env, "stories", "-n", "50")
        block = stories.split(title[:40], 1)[1][:400] if title[:40] in stories else ""
        check(bool(block) and "date unknown" not in block.split("\n\n")[0]
              and day in block, f"story first publication dated: {title[:40]}", block[:160])

    # CLI search (default language French): French first at equal relevance
    for query, want in [("festival", "fr"), ("président", "fr")]:
        out = _run(cli, env, "search", query, "--json")
        try:
            hits = json.loads(out[out.index("{"):]).get("hits", [])
        except ValueError:
            hits = []
        langs = [h.get("language") for h in hits]
        check(bool(langs) and langs[0] == want, f"cli search {query}: {want} first", langs)
        check(len(set(langs)) >= 2, f"cli search {query}: other languages still found", langs)

    # CLI places: the French names of places stored in another script
    places = _run(cli, env, "places", "-n", "100")
    for name in ("Varsovie", "Le Caire", "Beyrouth"):
        check(name in places, f"cli places shows {name}", "")
    check(not re.search(r"[\u0400-\u04ff\u0600-\u06ff]", places),
          "cli places: no name left in Cyrillic or Arabic where the data has one",
          [line for line in places.splitlines()
           if re.search(r"[\u0400-\u04ff\u0600-\u06ff]", line)])

    # -- 4. two pollers on one store: one fetch per page -------------------------------
    port = free_port()
    serve_site(HERE / "site", port, {**CONTENT_TYPES, ".xml": "application/rss+xml"},
               latency=0.3, hits=HITS)
    _run(cli, env, "sources", "add", f"http://127.0.0.1:{port}/feed.xml",
         "--name", "Le Pontrivelois", "--every", "60")
    HITS.clear()
    pollers = [subprocess.Popen([cli, "watch", "--once"], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL) for _ in range(2)]
    for poller in pollers:
        poller.wait(timeout=600)
    pages = [p for p in HITS if p.startswith("/item")]
    check(sorted(pages) == ["/item1.html", "/item2.html", "/item3.html"],
          "two pollers: each page fetched once", HITS)
    check(HITS.count("/feed.xml") == 1, "two pollers: the feed fetched once", HITS)

    # -- web: search in the UI language, places, entities, sources ---------------------
    web_port = free_port()
    server = subprocess.Popen([cli, "serve", "--port", str(web_port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{web_port}"
    try:
        for _ in range(240):
            try:
                get_text(f"{base}/api/v1/stats")
                break
            except OSError:
                time.sleep(0.5)
        api = json.loads(get_text(f"{base}/api/v1/search?q=*&per_page=50"))
        lang_by_id = {h["id"]: h["language"] for h in api.get("hits", [])}
        # the web UI speaks French and English (?lang= of another language falls back)
        for query, ui in [("festival", "en"), ("festival", "fr"), ("pr%C3%A9sident", "fr")]:
            html = get_text(f"{base}/search?q={query}&lang={ui}")
            langs = [lang_by_id.get(i, "?") for i in _ids_in(html)]
            check(bool(langs) and langs[0] == ui, f"web search {query} in {ui} UI: {ui} first",
                  langs)
            check(len(set(langs)) >= 2, f"web search {query} in {ui} UI: others still listed",
                  langs)
        fr_places = get_text(f"{base}/places?lang=fr")
        en_places = get_text(f"{base}/places?lang=en")
        for name in ("Varsovie", "Le Caire", "Beyrouth"):
            check(name in fr_places, f"/places?lang=fr shows {name}", "")
        for name in ("Warsaw", "Cairo", "Beirut"):
            check(name in en_places, f"/places?lang=en shows {name}", "")
        check(not re.search(r">[^<]*[\u0400-\u04ff\u0600-\u06ff][^<]*</a>", fr_places),
              "/places?lang=fr: no name in Cyrillic or Arabic", "")
        entities = get_text(f"{base}/entities?lang=fr&label=LOC")
        names = re.findall(r'class="title" href="/places/[^"]*">([^<]*)</a>', entities)
        marie = [n for n in names if n.startswith("Sainte-Marie")]
        check(len(marie) == 2 and len(set(marie)) == 2,
              "/entities: the two Sainte-Marie told apart", marie)
        for ui, word in [("fr", "collect"), ("en", "collect")]:
            page = get_text(f"{base}/manage/sources?lang={ui}")
            head = re.findall(r"<th[^>]*>([^<]*)</th>", page)
            check(any(word in h.lower() for h in head),
                  f"/manage/sources ({ui}): the daily column says its basis", head)
            row = page.split("Le Pontrivelois", 1)[1][:1500] if "Le Pontrivelois" in page else ""
            cells = re.findall(r"<td>([^<]*)", row)
            numbers = [c.strip() for c in cells if re.fullmatch(r"[\d\s ,.]+", c.strip())]
            check(any(float(n.replace(",", ".").replace(" ", "").replace("\u202f", ""))
                      > 0 for n in numbers if n),
                  f"/manage/sources ({ui}): articles collected today counted", cells)
    finally:
        server.terminate()
        server.wait(timeout=30)

    passed = sum(ok for ok, _w, _s in checks)
    for ok, what, seen in checks:
        print(f"{'ok  ' if ok else 'MISS'}  {what}" + ("" if ok else f"  [{seen}]"))
    print(f"total: {passed}/{len(checks)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

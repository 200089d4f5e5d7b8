#!/usr/bin/env python3
"""Score the r-placenames61 held-out set: python score.py VEILLE_CLI.

articles.jsonl (build.py) is ingested and enriched in a temporary store, then three kinds of
check, one line each, and ``total: K/N``:

- ``where``: the département (INSEE code) of an overseas homonym ("Saint-Pierre",
  "Sainte-Marie", "Le Port") in a text that names its island or archipelago and says
  "à Paris" once;
- ``name fr`` / ``name en``: the name ``veille places`` shows (VEILLE_LANG=fr or en) for the
  place a foreign spelling resolved to ("Köln" -> Cologne, "Genova" -> Gênes / Genoa);
- ``page``: the French entity page of the person named beside the homonyms: its "Cité
  avec" list tells them apart ("Saint-Pierre (Martinique)"), no two rows shown alike.
"""
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent

WHERE = [  # article, name as written, département
    ("re1", "Saint-Pierre", "974"), ("re2", "Port", "974"), ("re3", "Sainte-Marie", "974"),
    ("mq1", "Sainte-Marie", "972"), ("mq2", "Saint-Pierre", "972"),
    ("pm1", "Saint-Pierre", "975"),
]
NAMES = [  # article, as written, French name, English name
    ("de1", "Köln", "Cologne", "Cologne"), ("de1", "München", "Munich", "Munich"),
    ("de1", "Aachen", "Aix-la-Chapelle", "Aachen"), ("de1", "Basel", "Bâle", "Basel"),
    ("de1", "Mainz", "Mayence", "Mainz"), ("it1", "Genova", "Gênes", "Genoa"),
    ("it1", "Napoli", "Naples", "Naples"), ("it1", "Firenze", "Florence", "Florence"),
    ("it1", "Milano", "Milan", "Milan"), ("en1", "Gothenburg", "Göteborg", "Gothenburg"),
    ("en1", "Antwerp", "Anvers", "Antwerp"), ("en1", "Seville", "Séville", "Seville"),
]
PAGE_HAS = ["Saint-Pierre (Martinique)", "Sainte-Marie (Martinique)",
            "Sainte-Marie (La Réunion)"]


def run(cli, d, *args, lang="fr"):
    env = {**os.environ, "VEILLE_LANG": lang, "VEILLE_DEFAULT_LANGUAGE": lang, "LANG": "C.UTF-8"}
    return subprocess.run([cli, "--data-dir", d, *args], env=env, capture_output=True,
                          text=True, check=False).stdout


def shown(cli, d, lang):
    out = {}
    for line in run(cli, d, "places", "-n", "500", lang=lang).splitlines():
        parts = line.split(None, 4)
        if len(parts) == 5:
            out[parts[3]] = parts[4].strip()
    return out


def page(cli, d, person):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([cli, "--data-dir", d, "serve", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/entities/{urllib.parse.quote(person, safe='')}?lang=fr"
        for _ in range(120):
            try:
                return urllib.request.urlopen(url, timeout=10).read().decode("utf-8")
            except OSError:
                time.sleep(0.5)
        return ""
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def main():
    cli = sys.argv[1] if len(sys.argv) > 1 else "veille"
    results = []
    with tempfile.TemporaryDirectory() as d:
        run(cli, d, "ingest", str(HERE / "articles.jsonl"))
        run(cli, d, "enrich")
        records = {}
        for line in run(cli, d, "export", "--format", "jsonl").splitlines():
            r = json.loads(line)
            records[r.get("url") or r["content"].get("url") or ""] = r
        by_key = {u.rsplit("/", 1)[-1]: r for u, r in records.items()}

        def places(key):
            return ((by_key.get(key) or {}).get("enrichment") or {}).get("places") or []

        for key, name, dep in WHERE:
            hit = [p for p in places(key) if (p.get("mentioned_as") or "").casefold()
                   .removeprefix("le ").removeprefix("au ") == name.casefold()]
            got = [(p.get("id"), p.get("department")) for p in hit]
            results.append((any(p.get("department") == dep for p in hit) and
                            all(p.get("department") == dep for p in hit),
                            f"where   {key} {name} in {dep}", got))
        names = {"fr": shown(cli, d, "fr"), "en": shown(cli, d, "en")}
        for key, written, fr, en in NAMES:
            ids = [p["id"] for p in places(key) if p.get("mentioned_as") == written]
            for lang, want in (("fr", fr), ("en", en)):
                got = [names[lang].get(i) for i in ids]
                results.append((want in got, f"name {lang} {written} -> {want}", got))
        person = next((e.get("id") for e in (by_key.get("mq2") or {}).get("enrichment", {})
                       .get("entities", []) if "Ferrandez" in (e.get("name") or "")), None)
        html = page(cli, d, person) if person else ""
        block = html.split("Cité avec", 1)[1] if "Cité avec" in html else ""
        rows = [re.sub(r"\s+", " ", m).strip()
                for m in re.findall(r'<a href="/places/[^"]*">([^<]*)</a>', block)]
        for want in PAGE_HAS:
            results.append((want in rows, f"page    {want}", rows))
        dup = sorted({r for r in rows if rows.count(r) > 1})
        results.append((bool(rows) and not dup, "page    no two rows alike", dup or rows))
    for ok, what, got in results:
        print(f"{'ok  ' if ok else 'FAIL'} {what}  got {got!r}")
    print(f"total: {sum(ok for ok, _, _ in results)}/{len(results)}")


if __name__ == "__main__":
    main()

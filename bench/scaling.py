#!/usr/bin/env python3
"""Time and peak memory of one ingest against input size, per input kind (issue #13).

Why: work on an input must grow in proportion to its size (linear), whatever the input:
one pasted page of a few megabytes must not stall an ingest. For each input kind -- a text
capture, an HTML page, a JSON Lines file, a WARC archive, an RSS feed -- the bench builds
one input at each size (64 KB, x4, up to ``--max-mb``), ingests it into a fresh SQLite store
in a fresh process, and reports the CPU time (``time.process_time``, median of ``--runs``)
and the peak resident memory the ingest added (``ru_maxrss`` after minus before). The
slope is the least-squares fit of log(CPU) against log(size): 1.0 is linear, 2.0 quadratic.

Inputs are synthetic and deterministic (seeded), built from a fixed French and English word
pool: a text capture is menu chrome, a headline, a byline and prose paragraphs; an HTML page
the same in markup; a JSON Lines file and a WARC archive hold many articles of about 2 KB
and 8 KB (the size grows with their number); a feed is an RSS 2.0 document whose items are
parsed by :func:`veille.collect.feeds.parse_listing` (feeds are read while collecting, not
ingested as files). A text capture past 1,000,000 characters is cut
(:data:`veille.extract.text_capture.MAX_CAPTURE_CHARS`), so its slope above that size
measures reading, decoding and storing only. ``ninjs`` and ``newsml`` are one wire item
whose body takes the whole size; every article is cut at 1,000,000 characters
(:data:`veille.extract.article_bound.MAX_ARTICLE_CHARS`, t-scale19 P5). ``jsonl-line`` is
one JSON Lines record whose text takes the whole size (a line over 4 MB has its texts cut
to that bound before it is parsed: :mod:`veille.extract.json_bound`).

No peer: no other engine ingests these kinds; the figure compared is the slope against
1.0 and the goal (issue #13): slope <= 1.1, and a 50 MB capture in under 10 s of CPU.

Usage (from the repository root)::

    .venv/bin/python bench/scaling.py                  # all kinds, 64 KB .. 16 MB
    .venv/bin/python bench/scaling.py --kind text --max-mb 64
    .venv/bin/python bench/scaling.py --json bench/.cache/scaling.json
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
KINDS = ("text", "html", "jsonl", "jsonl-line", "warc", "feed", "ninjs", "newsml")
_WORDS = (
    "le conseil municipal de Rennes a adopté lundi soir un plan rénovation des écoles ville "
    "montant millions euros sur cinq ans les travaux commenceront dès été prochain dans six "
    "centre selon la mairie qui promet réduire moitié leur consommation énergie opposition "
    "dénonce calendrier trop lent the council approved budget on Tuesday after long heated "
    "debate ministre gouvernement Paris Assemblée nationale réforme retraites syndicats grève "
    "élection présidentielle sondage candidats campagne économie croissance inflation"
).split()


def _sentence(rnd: random.Random) -> str:
    words = [rnd.choice(_WORDS) for _ in range(rnd.randint(8, 24))]
    return " ".join(words).capitalize() + "."


def _paragraph(rnd: random.Random) -> str:
    return " ".join(_sentence(rnd) for _ in range(rnd.randint(2, 5)))


def _article(rnd: random.Random, size: int) -> tuple[str, list[str]]:
    title = " ".join(rnd.choice(_WORDS) for _ in range(9)).capitalize()
    paragraphs, total = [], 0
    while total < size:
        paragraphs.append(_paragraph(rnd))
        total += len(paragraphs[-1]) + 2
    return title, paragraphs


def make_input(kind: str, size: int) -> tuple[str, bytes]:
    """A deterministic input of ``kind`` of about ``size`` bytes: (file name, bytes)."""
    rnd = random.Random(size)
    if kind == "text":
        title, paragraphs = _article(rnd, size - 300)
        head = ["Accueil", "International", "Politique", "Rechercher", "Se connecter",
                title, "Par Marie Dupont", "Publié le 12 mars 2024 à 14h05"]
        return "capture.txt", "\n\n".join(head + paragraphs).encode()
    if kind == "html":
        title, paragraphs = _article(rnd, size - 600)
        body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
        page = (f"<!doctype html><html lang=fr><head><meta charset=utf-8><title>{title} - "
                f"Le Quotidien</title></head><body><nav><a href=/>Accueil</a> <a href=/monde>"
                f"Monde</a></nav><article><h1>{title}</h1><p class=byline>Par Marie Dupont"
                f"</p><time datetime=2024-03-12T14:05:00+01:00>12 mars 2024</time>{body}"
                "</article><footer>© 2024 Le Quotidien</footer></body></html>")
        return "page.html", page.encode()
    if kind == "jsonl":
        lines, total, n = [], 0, 0
        while total < size:
            title, paragraphs = _article(rnd, 2000)
            line = json.dumps({"title": title, "text": "\n\n".join(paragraphs),
                               "url": f"https://example.org/a/{n}",
                               "published": "2024-03-12T14:05:00+01:00"}, ensure_ascii=False)
            lines.append(line)
            total += len(line) + 1
            n += 1
        return "articles.jsonl", ("\n".join(lines) + "\n").encode()
    if kind == "jsonl-line":  # one record whose text takes the whole size (issue 13)
        title, paragraphs = _article(rnd, size - 200)
        line = json.dumps({"title": title, "text": "\n\n".join(paragraphs),
                           "url": "https://example.org/a/long",
                           "published": "2024-03-12T14:05:00+01:00"}, ensure_ascii=False)
        return "article.jsonl", (line + "\n").encode()
    if kind == "warc":
        records, total, n = [], 0, 0
        while total < size:
            title, paragraphs = _article(rnd, 8000)
            html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
                    + "".join(f"<p>{p}</p>" for p in paragraphs)
                    + "</article></body></html>").encode()
            http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                    + f"Content-Length: {len(html)}\r\n\r\n".encode() + html)
            head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: "
                    f"https://example.org/a/{n}\r\nWARC-Date: 2024-03-12T14:05:00Z\r\n"
                    f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
                    f"Content-Type: application/http; msgtype=response\r\n"
                    f"Content-Length: {len(http)}\r\n\r\n").encode()
            records.append(head + http + b"\r\n\r\n")
            total += len(records[-1])
            n += 1
        return "archive.warc", b"".join(records)
    if kind == "feed":
        items, total, n = [], 0, 0
        while total < size:
            title, paragraphs = _article(rnd, 400)
            item = (f"<item><title>{title}</title><link>https://example.org/a/{n}</link>"
                    f"<guid>https://example.org/a/{n}</guid><pubDate>Tue, 12 Mar 2024 "
                    f"14:05:00 +0100</pubDate><description>{paragraphs[0]}</description></item>")
            items.append(item)
            total += len(item)
            n += 1
        feed = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>'
                "Le Quotidien</title><link>https://example.org/</link>"
                + "".join(items) + "</channel></rss>")
        return "feed.xml", feed.encode()
    if kind == "ninjs":  # one wire item whose body is the whole size (t-scale19 P5)
        title, paragraphs = _article(rnd, size - 400)
        item = {"uri": f"urn:bench:ninjs:{size}", "type": "text", "language": "fr",
                "headline": title, "versioncreated": "2024-03-12T14:05:00+01:00",
                "body_text": "\n".join(paragraphs)}
        return "item.json", json.dumps(item, ensure_ascii=False).encode()
    if kind == "newsml":  # one NewsML-G2 item, its body XHTML paragraphs
        title, paragraphs = _article(rnd, size - 900)
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        item = ('<?xml version="1.0" encoding="UTF-8"?><newsItem xmlns='
                '"http://iptc.org/std/nar/2006-10-01/" guid="urn:bench:g2:1" version="1" '
                'standard="NewsML-G2" standardversion="2.29" xml:lang="fr"><itemMeta>'
                '<itemClass qcode="ninat:text"/><versionCreated>2024-03-12T14:05:00+01:00'
                f'</versionCreated></itemMeta><contentMeta><headline>{title}</headline>'
                '</contentMeta><contentSet><inlineXML contenttype="application/xhtml+xml">'
                f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>'
                '</inlineXML></contentSet></newsItem>')
        return "item.xml", item.encode()
    raise ValueError(f"unknown kind {kind!r}")


def _rss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child(kind: str, size: int) -> dict[str, float]:
    """One measurement, in this (fresh) process: CPU and wall seconds, peak memory added."""
    from lib.checkout import put_checkout_sources

    put_checkout_sources(REPO_ROOT)
    from veille.collect.feeds import parse_listing
    from veille.ingest import ingest_paths
    from veille.settings import Settings
    from veille.store.sqlite import SQLiteStore

    name, data = make_input(kind, size)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        settings = Settings(max_input_bytes=max(len(data) + 1, 50 * 1024 * 1024))
        store = SQLiteStore.open(Path(tmp) / "veille.db")
        # Warm-up outside the timing: imports, the language model, compiled patterns.
        warm_name, warm = make_input(kind, 4096)
        warm_path = Path(tmp) / ("warm-" + warm_name)
        warm_path.write_bytes(warm)
        if kind == "feed":
            parse_listing(warm, url="https://example.org/feed.xml")
        else:
            warm_store = SQLiteStore.open(Path(tmp) / "warm.db")
            ingest_paths(warm_store, [warm_path], settings=settings)
            warm_store.close()
        del warm
        before = _rss_kb()
        cpu, wall = time.process_time(), time.perf_counter()
        if kind == "feed":
            items = len(parse_listing(data, url="https://example.org/feed.xml").entries)
            failed = 0
        else:
            summary = ingest_paths(store, [path], settings=settings)
            items, failed = summary.new + summary.duplicate + summary.versions, summary.failed
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        peak = _rss_kb()
        store.close()
    return {"cpu": cpu, "wall": wall, "peak_mb": (peak - before) / 1024, "items": items,
            "failed": failed, "bytes": len(data)}


def measure(kind: str, size: int, runs: int) -> dict[str, float]:
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, __file__, "--child", kind, str(size)],
                             capture_output=True, text=True, check=True, cwd=REPO_ROOT)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    best = {k: statistics.median(r[k] for r in results) for k in results[0]}
    return best


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of log(y) against log(x)."""
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(max(y, 1e-6)) for _, y in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den if den else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kind", choices=[*KINDS, "all"], default="all")
    parser.add_argument("--min-kb", type=int, default=64)
    parser.add_argument("--max-mb", type=float, default=16)
    parser.add_argument("--runs", type=int, default=1, help="runs per size (median)")
    parser.add_argument("--json", type=Path, default=None, metavar="OUT")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]))))
        return
    sizes, size = [], args.min_kb * 1024
    while size <= args.max_mb * 1024 * 1024:
        sizes.append(size)
        size *= 4
    kinds = KINDS if args.kind == "all" else (args.kind,)
    report: dict[str, object] = {"machine": platform.platform(), "python": sys.version.split()[0],
                                 "date": time.strftime("%Y-%m-%d"), "kinds": {}}
    print(f"{'kind':6} {'size':>9} {'items':>7} {'CPU s':>8} {'wall s':>8} {'MB/s CPU':>9} "
          f"{'peak MB':>8}")
    for kind in kinds:
        rows = []
        for size in sizes:
            row = measure(kind, size, args.runs)
            rows.append(row)
            print(f"{kind:6} {row['bytes'] / 1024:>7.0f}KB {row['items']:>7.0f} "
                  f"{row['cpu']:>8.3f} {row['wall']:>8.3f} "
                  f"{row['bytes'] / 1024 / 1024 / max(row['cpu'], 1e-6):>9.2f} "
                  f"{row['peak_mb']:>8.1f}", flush=True)
        fit = slope([(r["bytes"], r["cpu"]) for r in rows if r["cpu"] > 0.02])
        memory_fit = slope([(r["bytes"], max(r["peak_mb"], 0.5)) for r in rows])
        print(f"{kind:6} slope of CPU time against size: {fit:.2f} (1.0 linear); "
              f"of peak memory: {memory_fit:.2f}", flush=True)
        report["kinds"][kind] = {"rows": rows, "cpu_slope": fit,  # type: ignore[index]
                                 "memory_slope": memory_fit}
    print("data: synthetic, seeded (bench/scaling.py make_input); CPU = time.process_time of "
          "the ingest call in a fresh process; peak = ru_maxrss added by the ingest")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Bench veille's HTML extractor against its peers, side by side, in one run (issue 5).

Why side by side: these machines are noisy, so a pages/s figure means something only next
to the peers' figures from the same run. Every engine gets the same decoded pages (veille's
HTML decoding, done once, outside the timing) and its body is scored with the benchmark's
own metric (bench/lib/aeb_metric.py). On the French pages, metadata is scored too, with
trafilatura and htmldate as peers.

Usage (from the repository root)::

    .venv/bin/python bench/extraction.py                 # print the table
    .venv/bin/python bench/extraction.py --write-docs    # and update docs/benchmarks.md
    .venv/bin/python bench/extraction.py --repeat 3      # best of 3 timings per engine

Data: ../shared/data/extraction/ (``VEILLE_SHARED_DIR`` to point elsewhere); the sets are
skipped with a message when absent.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from lib.checkout import put_checkout_sources  # noqa: E402

put_checkout_sources(ROOT)

from lib.aeb_metric import score  # noqa: E402
from lib.datasets import load_aeb, shared_dir  # noqa: E402
from lib.date_metric import date_ok  # noqa: E402
from lib.docs_section import write_section  # noqa: E402
from lib.html_engines import DATE_ENGINES, DATED, ENGINES, Engine, Result, version  # noqa: E402

from veille.extract.html_encoding import decode_html  # noqa: E402
from veille.extract.textshape import fold  # noqa: E402


def cold_caches() -> None:
    """Empty veille's caches of short texts (block shapes, class names): the timed runs
    repeat the same pages, and a page must not be timed as if its texts had been seen."""
    import importlib

    for name in ("veille.extract.textshape", "veille.extract.html.body",
                 "veille.extract.html.walk", "veille.extract.disclosures"):
        for value in vars(importlib.import_module(name)).values():
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and not isinstance(value, type):
                clear()


def timed(engine: Engine, pages: list[tuple[str, str | None]], repeat: int
          ) -> tuple[list[Result], float, float]:
    """Results, and the best and the median pages/s over ``repeat`` runs, in CPU time of
    this one process.

    CPU time, not wall time: these machines are shared, and under load the wall clock
    counts other people's work; every engine is measured the same way, and veille's text
    caches are emptied before each run (:func:`cold_caches`).
    """
    engine(*pages[0])  # warm-up: lazy imports, models
    speeds: list[float] = []
    results: list[Result] = []
    for _ in range(repeat):
        cold_caches()
        start = time.process_time()
        results = [engine(html, url) for html, url in pages]
        speeds.append(len(pages) / max(time.process_time() - start, 1e-9))
    return results, max(speeds), statistics.median(speeds)


#: Where veille's HTML extraction spends its time: (module, function, stage). Each function
#: is wrapped in a CPU timer for the profile; time in a nested wrapped call counts once,
#: in the inner stage ("prescan" is the scan itself, on the pages that need it; the
#: walk includes the removal of chrome containers, the body stage the scoring and the
#: block-by-block sieve; the page checks are the rules after the body: listing pages, a
#: next article, the standfirst, disclosures, walls, a description read in the body; the
#: places' clock vote, the dropped list, glued notices (cut off paragraphs, inside the
#: walk), the headline's rules and the bylines' have their own rows since r-html58; "rest"
#: is the text assembly: paragraphs, record, evidence).
STAGES = [
    ("veille.extract.html.parse", "bound_markup", "prescan"),
    ("veille.extract.html.parse", "_parse", "parse: lexbor"),
    ("veille.extract.html.parse", "parse_first", "parse: pre-scan gate"),
    ("veille.extract.html", "parse_html", "parse: depth check, line breaks"),
    ("veille.extract.html", "page_nodes", "metadata"),
    ("veille.extract.html", "parse_scripts", "JSON-LD"),
    ("veille.extract.html", "article_object", "JSON-LD"),
    ("veille.extract.html", "gather", "metadata"),
    ("veille.extract.html", "choose", "metadata"),
    ("veille.extract.html", "byline_lines", "metadata"),
    ("veille.extract.html", "walk_body", "walk (text blocks)"),
    ("veille.extract.html", "choose_body", "body (boilerplate removal, scoring)"),
    ("veille.extract.html", "match_article_body", "body (boilerplate removal, scoring)"),
    ("veille.extract.html", "find_standfirst", "body (boilerplate removal, scoring)"),
    ("veille.extract.html", "detect_language", "language"),
    ("veille.extract.html", "contradicted_language", "language"),
    ("veille.extract.html", "zone_or_places", "places' clock vote"),
    ("veille.extract.html", "page_dropped", "dropped list"),
    ("veille.extract.html.glued", "split_glued_blocks", "glued notices"),
    *[("veille.extract.html", name, "headline") for name in (
        "headline_refusal", "below_headline", "labels_above")],
    *[("veille.extract.html", name, "bylines and authors") for name in (
        "page_roles", "bare_names_before", "_credit_dateline", "is_author_line",
        "opens_with_author", "signature_line")],
    ("veille.extract.html", "page_zone", "dates"),
    ("veille.extract.html", "choose_dates", "dates"),
    ("veille.extract.html", "is_truncated", "paywall"),
    ("veille.extract.html", "take_unrendered", "unrendered elements (scripts, hidden)"),
    ("veille.extract.html", "body_controls", "walk (text blocks)"),
    *[("veille.extract.html", name, "page checks (listing, next article, standfirst, credits)")
      for name in ("teaser_cards", "lone_card", "off_page_heading_links",
                   "without_next_articles", "visible_standfirst", "standfirst_above_byline",
                   "disclosed", "first_score", "verdict", "not_found_message", "wall_kind",
                   "body_fragment")],
]


def _fr_pages() -> list[tuple[str, str | None]]:
    """The French pages (``fr/gold.jsonl``), decoded; [] when absent."""
    root = shared_dir() / "data" / "extraction" / "fr"
    gold_path = root / "gold.jsonl"
    if not gold_path.is_file():
        return []
    gold = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines() if line]
    return [(decode_html((root / g["file"]).read_bytes()).text, g.get("url")) for g in gold]


def profile_stages(repeat: int, on: str = "aeb") -> list[tuple[str, float, float]]:
    """(stage, ms a page, share) of veille's extraction on AEB (``on="fr"``: the French
    pages), best total of ``repeat``."""
    import importlib

    if on == "fr":
        pages = _fr_pages()
    else:
        pages = [(decode_html(r.html_bytes).text, r.url) for r in load_aeb().records]
    if not pages:
        return []
    spent: dict[str, float] = {}
    inner: list[float] = []

    def timer(function: Callable[..., Any], stage: str) -> Callable[..., Any]:
        def timed_call(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            inner.append(0.0)
            try:
                return function(*args, **kwargs)
            finally:
                took = time.process_time() - start
                spent[stage] = spent.get(stage, 0.0) + took - inner.pop()
                if inner:
                    inner[-1] += took
        return timed_call

    originals = []
    for module_name, name, stage in STAGES:
        module = importlib.import_module(module_name)
        if not hasattr(module, name):  # an older veille (a before/after run)
            continue
        originals.append((module, name, getattr(module, name)))
        setattr(module, name, timer(getattr(module, name), stage))
    engine = ENGINES["veille"]()
    best: tuple[float, dict[str, float]] = (float("inf"), {})
    try:
        engine(*pages[0])
        importlib.import_module("veille.extract.language").detect_language(
            "Le conseil municipal a voté mardi soir un budget en hausse.")  # loads the model
        for _ in range(repeat):
            spent.clear()
            cold_caches()
            start = time.process_time()
            for html, url in pages:
                engine(html, url)
            total = time.process_time() - start
            if total < best[0]:
                best = (total, dict(spent))
    finally:
        for module, name, original in originals:
            setattr(module, name, original)
    total, stages = best
    stages["rest (record, evidence)"] = total - sum(stages.values())
    return [(stage, seconds / len(pages) * 1e3, seconds / total)
            for stage, seconds in sorted(stages.items(), key=lambda kv: -kv[1])]


def bench_aeb(names: list[str], repeat: int) -> list[dict[str, Any]]:
    data = load_aeb()
    if not data.records:
        print(data.message or "aeb: no pages", file=sys.stderr)
        return []
    pages = [(decode_html(r.html_bytes).text, r.url) for r in data.records]
    rows = []
    for name in names:
        results, speed, median = timed(ENGINES[name](), pages, repeat)
        s = score([(res.body, r.gold_body) for res, r in zip(results, data.records,
                                                                strict=True)])
        rows.append({"engine": name, "version": version(name), "pages/s": speed,
                     "median": median, **s})
        print(f"aeb {name}: F1 {s['f1']:.3f} at {speed:.0f} pages/s", file=sys.stderr)
    return rows


def _names(values: list[str]) -> set[str]:
    """Folded person names: "Par A et B" and ["A", "B"] compare equal, and so do
    "A (avec B et C)" (Readability's gold string) and ["A", "B", "C"]."""
    out: set[str] = set()
    for value in values:
        text = fold(value).replace("(avec ", ",").replace(")", "")
        for prefix in ("par ", "by "):
            text = text.removeprefix(prefix)
        for part in text.replace(" et ", ",").replace(" and ", ",").replace(";", ",").split(","):
            if part.strip():
                out.add(part.strip())
    return out


def _date_ok(predicted: str | None, gold: str, to_minute: bool) -> bool:
    return date_ok(predicted, gold, to_minute=to_minute)


def bench_fr(names: list[str]) -> list[dict[str, Any]]:
    root = shared_dir() / "data" / "extraction" / "fr"
    gold_path = root / "gold.jsonl"
    if not gold_path.is_file():
        print(f"fr: skipped, {gold_path} not found", file=sys.stderr)
        return []
    gold = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines() if line]
    pages = [(decode_html((root / g["file"]).read_bytes()).text, g.get("url")) for g in gold]
    rows = []
    engines: dict[str, Callable[[], Engine]] = {**ENGINES, **DATE_ENGINES}
    for name in [*names, *DATE_ENGINES]:
        engine = engines[name]()
        results = [engine(html, url) for html, url in pages]
        row: dict[str, Any] = {"engine": name, "version": version(name)}
        bodies = [(r.body, g["body"]) for r, g in zip(results, gold, strict=True)
                  if "body" in g]
        if name not in DATE_ENGINES:
            row["body_f1"] = score(bodies, n_bootstrap=0)["f1"]
            row["body_n"] = len(bodies)
        checks: dict[str, list[bool]] = {"title": [], "day": [], "minute": [], "authors": []}
        for r, g in zip(results, gold, strict=True):
            if "title" in g and r.title is not None:
                checks["title"].append(" ".join(g["title"].split()) == " ".join(r.title.split()))
            if "published" in g and name in DATED:
                checks["day"].append(_date_ok(r.published, g["published"], False))
                if len(g["published"]) > 10:
                    checks["minute"].append(_date_ok(r.published, g["published"], True))
            if "authors" in g and r.authors is not None:
                checks["authors"].append(_names(g["authors"]) == _names(r.authors))
        for key, values in checks.items():
            row[key] = (sum(values), len(values)) if values else None
        rows.append(row)
    return rows


def bench_wikinews(names: list[str]) -> list[dict[str, Any]]:
    """Body F1 and exact titles on the French Wikinews pages (CC BY 2.5): the gold is the
    article's own text and title (``articles.jsonl``)."""
    root = shared_dir() / "data" / "corpora" / "wikinews-fr"
    if not (root / "articles.jsonl").is_file():
        print(f"wikinews: skipped, {root} not found", file=sys.stderr)
        return []
    gold = [json.loads(line) for line in (root / "articles.jsonl").read_text("utf-8").splitlines()
            if line.strip()]
    gold = [g for g in gold if (root / "html" / f"{g['id']}.html").is_file()]
    pages = [(decode_html((root / "html" / f"{g['id']}.html").read_bytes()).text, g["url"])
             for g in gold]
    rows = []
    for name in names:
        engine = ENGINES[name]()
        results = [engine(html, url) for html, url in pages]
        titles = [(" ".join(g["title"].split()) == " ".join(r.title.split()))
                  for r, g in zip(results, gold, strict=True) if r.title is not None]
        f1 = score([(r.body, g["text"]) for r, g in zip(results, gold, strict=True)],
                   n_bootstrap=0)["f1"]
        rows.append({"engine": name, "body_f1": f1, "body_n": len(gold),
                     "title": (sum(titles), len(titles)) if titles else None})
    return rows


def _share(value: tuple[int, int] | None) -> str:
    return f"{value[0] / value[1]:.0%} ({value[0]}/{value[1]})" if value else "—"


def render(aeb: list[dict[str, Any]], fr: list[dict[str, Any]], command: str,
           wiki: list[dict[str, Any]] | None = None,
           stages: list[tuple[str, float, float]] | None = None,
           stages_on: str = "AEB") -> str:
    lines = ["## HTML extraction: veille against its peers (bench/extraction.py)", "",
             f"`{command}`", "",
             "**Data.** AEB: the 181 pages of the article extraction benchmark "
             "(`../shared/data/extraction/aeb`, bodies only), scored with its own metric "
             "(`bench/lib/aeb_metric.py`: word 4-gram shingles, per-page normalised, "
             "precision and recall averaged over pages). fr: 27 French news pages "
             "(`../shared/data/extraction/fr`, gold from the fundus, Readability.js, Mercury, "
             "goose3 and htmldate test suites; `gold.jsonl` says which page has which field). "
             "Every engine gets the same pages, decoded once by veille outside the timing; "
             "pages/s is pages per CPU-second of one process (one core), best and median of the "
             "runs, veille's caches of short texts emptied before each run.",
             f"Machine: {platform.machine()}, Python {platform.python_version()}; "
             f"{datetime.now(UTC):%Y-%m-%d}.", ""]
    if aeb:
        lines += ["### AEB (181 pages)", "",
                  "| engine | version | F1 | 95% interval | precision | recall | exact | pages/s "
                  "(best) | pages/s (median) |",
                  "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
        for r in aeb:
            lines.append(f"| {r['engine']} | {r['version']} | {r['f1']:.3f} | "
                         f"{r['f1_ci_low']:.3f}–{r['f1_ci_high']:.3f} | {r['precision']:.3f} | "
                         f"{r['recall']:.3f} | {r['exact']:.1%} | {r['pages/s']:.0f} | "
                         f"{r['median']:.0f} |")
        lines.append("")
    if aeb and len(aeb) > 1:
        ours = next((r for r in aeb if r["engine"] == "veille"), None)
        if ours is not None:
            lines += ["Speed ratios, same run, of the medians (of the best runs): " + "; ".join(
                f"veille / {r['engine']} {ours['median'] / r['median']:.1f}× "
                f"({ours['pages/s'] / r['pages/s']:.1f}×)" for r in aeb
                if r["engine"] != "veille" and r["median"]) + ".", ""]
    if stages:
        lines += [f"### Where veille's time goes ({stages_on}, per page)", "",
                  "| stage | ms a page | share |", "|---|---:|---:|"]
        lines += [f"| {stage} | {ms:.2f} | {share:.0%} |" for stage, ms, share in stages]
        lines += ["", "Each stage's functions timed in CPU time inside one extraction run "
                  "(`--stages`; the timers add a little); best total of the runs.", ""]
    if fr:
        lines += ["### French pages (27)", "",
                  "| engine | body F1 | title | published, day | published, minute | authors |",
                  "|---|---:|---:|---:|---:|---:|"]
        for r in fr:
            f1 = f"{r['body_f1']:.3f} (n={r['body_n']})" if "body_f1" in r else "—"
            lines.append(f"| {r['engine']} | {f1} | {_share(r['title'])} | {_share(r['day'])} "
                         f"| {_share(r['minute'])} | {_share(r['authors'])} |")
        lines += ["", "Titles compare after whitespace normalisation; days in the gold's "
                  "offset when it gives one; authors as sets of folded names (\"Par A et B\" "
                  "equals [\"A\", \"B\"]). A dash: the engine does not give that field.", ""]
    if wiki:
        lines += [f"### French Wikinews ({wiki[0]['body_n']} pages, CC BY 2.5)", "",
                  "Pages and gold text and title from `../shared/data/corpora/wikinews-fr` "
                  "(the article's own text: lead, dateline and paragraphs).", "",
                  "| engine | body F1 | title exact |", "|---|---:|---:|"]
        for r in wiki:
            lines.append(f"| {r['engine']} | {r['body_f1']:.3f} | {_share(r['title'])} |")
        lines.append("")
    lines += ["**In-sample.** AEB: veille's body thresholds were set on these pages. fr: "
              "veille 0.1's metadata rules were checked on them (a floor test reads them); "
              "their bodies were not tuned on. Wikinews: read while writing the dateline rule "
              "(dates), not for bodies or titles. None is a held-out set.", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="timing runs per engine")
    parser.add_argument("--engines", default=",".join(ENGINES),
                        help="comma-separated subset of: " + ", ".join(ENGINES))
    parser.add_argument("--write-docs", action="store_true", help="update docs/benchmarks.md")
    parser.add_argument("--stages", action="store_true",
                        help="also time veille's stages on AEB (where the time goes)")
    parser.add_argument("--stages-on", choices=("aeb", "fr"), default="aeb",
                        help="the pages --stages times (fr: the 27 French pages)")
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.engines.split(",") if n.strip() in ENGINES]
    aeb = bench_aeb(names, max(1, args.repeat))
    fr = bench_fr(names)
    wiki = bench_wikinews(names)
    stages = profile_stages(max(1, args.repeat), args.stages_on) if args.stages else None
    command = "python bench/extraction.py" + (f" --repeat {args.repeat}"
                                              if args.repeat != 3 else "") + \
        (" --stages" if args.stages else "") + \
        (f" --stages-on {args.stages_on}" if args.stages and args.stages_on != "aeb" else "")
    section = render(aeb, fr, command, wiki, stages,
                     "French pages" if args.stages_on == "fr" else "AEB")
    print(section)
    if args.write_docs:
        write_section("extraction", section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

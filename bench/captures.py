#!/usr/bin/env python3
"""Bench veille's text-capture extractor on rendered benchmark pages (issue "bench/captures").

Why: veille accepts plain-text captures (a person's copy-paste, a crawler's text dump), not only
HTML. There is no public benchmark of such captures, so we make them: each page of the AEB and
French sets is rendered to text by w3m / lynx (and a "flat" w3m dump without line breaks), then
veille must find the article body in that text. Gold bodies and the metric are the AEB ones, so
figures are comparable across renderers and, loosely, with HTML extractors.

Whole-page headline and standfirst (issue #12): every page of the French set (27, not only the
5 with a gold body) is rendered the same way, whole (menus, account and subscription widgets,
section labels and all; "flat" is the collapsed-whitespace variant, everything on one line with
runs of spaces, like a select-all copy). Title accuracy and standfirst recall are scored against
the gold of ``lib/capture_gold.py`` (printed headline; standfirst = gold lead/excerpt or the
page's description when printed verbatim), on two fixed halves: ``frpage:tune`` (pages looked
at while writing the rules, in-sample) and ``frpage:held-out``. The AEB rows report title and
standfirst too, with the same page gold (``og:title``/``<h1>``, descriptions printed in the
capture); the headline rules were tuned on them (in-sample).

The baseline scores the whole capture as the body: it has recall near 1 and shows how much
boilerplate each renderer leaves in; the extractor has to beat its precision without losing
its recall. For the headline the baseline is the rule the issue names as wrong: the longest
line near the top (and the first sentence after it as the standfirst).

Usage (from the repository root)::

    .venv/bin/python bench/captures.py                      # all renderers, all sets
    .venv/bin/python bench/captures.py --renderer w3m --limit 20
    .venv/bin/python bench/captures.py --json bench/.cache/captures.json
    .venv/bin/python bench/captures.py --set frpage        # headline/standfirst set only
    .venv/bin/python bench/captures.py --before /tmp/veille-main/src   # before/after, one run

``--before SRC`` runs the same bench first on the veille package found in ``SRC`` (another
checkout's ``src``: ``git archive main src | tar -x -C /tmp/veille-main``), in a child
process on the same renders, then on this one, and prints a before/after table with the
ratios of the throughputs. Renders are cached under bench/.cache/captures/ (``--refresh``
re-renders).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lib import capture_gold, render  # noqa: E402
from lib.aeb_metric import score  # noqa: E402
from lib.datasets import SET_NAMES, Dataset, load, shared_dir  # noqa: E402

WHOLE_PAGE_SET = "frpage"
WHOLE_PAGE_CACHE = "fr-all"

REPO_ROOT = Path(__file__).resolve().parents[1]

Extractor = Callable[[str], Any]


@dataclass
class Row:
    """One line of the report: a (set, renderer) pair."""

    set: str
    renderer: str
    n: int = 0
    veille: dict[str, float] | None = None
    baseline: dict[str, float] | None = None
    extract_pages_per_s: float | None = None
    extract_errors: dict[str, str] = field(default_factory=dict)
    title: dict[str, float] | None = None
    standfirst: dict[str, float] | None = None
    baseline_title: dict[str, float] | None = None
    baseline_standfirst: dict[str, float] | None = None
    n_body: int | None = None
    ingest_captures_per_s: float | None = None
    ingest_note: str = ""
    render_seconds: float = 0.0
    render_new: int = 0
    render_cached: int = 0
    render_failed: dict[str, str] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# veille hooks (imported lazily: the bench must run, baseline only, before they exist)


def load_extractor() -> tuple[Extractor | None, str]:
    """veille's text-capture extractor, or None and the reason it cannot be imported."""
    try:
        from veille.extract.text_capture import extract_text_capture
    except Exception as exc:  # noqa: BLE001 - any import failure just means "not benchable yet"
        return None, f"veille extractor unavailable ({type(exc).__name__}: {exc})"
    return extract_text_capture, ""


@dataclass
class Extracted:
    """What the bench reads from one extraction: body, headline and lead."""

    body: str = ""
    title: str = ""
    lead: str = ""


def run_extractor(
    extract: Extractor, captures: dict[str, str]
) -> tuple[dict[str, Extracted], float, dict[str, str]]:
    """Extract every capture; returns (results, seconds, errors).

    Body = the paragraphs joined with "\\n" (the metric ignores whitespace, so the joiner only
    matters for reading); a standfirst that veille keeps apart as ``lead`` is not in it (AEB's
    golds leave standfirsts out; the five fundus golds of the fr set keep them, which costs
    veille a little recall there). The lead scored for the standfirst is ``content.lead`` as
    ingest fills it: the standfirst, else the first paragraph. One untimed warm-up call
    first, so lazy initialisation (compiled patterns, language models) is not billed to the
    first page. A page whose extraction raises scores as an
    empty prediction -- that is veille's failure -- and is listed in errors.
    """
    if captures:
        try:
            extract(next(iter(captures.values())))
        except Exception:  # noqa: BLE001 - the timed loop records it properly
            pass
    results: dict[str, Extracted] = {}
    errors: dict[str, str] = {}
    elapsed = 0.0
    for page_id, text in captures.items():
        started = time.process_time()
        try:
            result = extract(text)
        except Exception as exc:  # noqa: BLE001
            result = None
            errors[page_id] = f"{type(exc).__name__}: {exc}"
        elapsed += time.process_time() - started
        if result is None:
            results[page_id] = Extracted()
            continue
        lead = getattr(result, "lead", "") or ""
        paragraphs = list(result.paragraphs)
        results[page_id] = Extracted(
            body="\n".join(paragraphs),
            title=result.title or "",
            lead=lead or (paragraphs[0] if paragraphs else ""),
        )
    return results, elapsed, errors


# ---------------------------------------------------------------------------------------------
# headline and standfirst


_LINE_SPLIT = re.compile(r"\n|\s{2,}")
_TOKEN = re.compile(r"\w+")


def baseline_head(capture: str) -> Extracted:
    """The naive rule the issue names: the longest line (at most 30 words, no final full stop)
    in the first 40% of the capture is the headline; the first sentence of 8 words or more
    after it is the standfirst."""
    lines = [" ".join(x.split()) for x in _LINE_SPLIT.split(capture)]
    lines = [x for x in lines if x]
    top = lines[: max(1, int(len(lines) * 0.4))]
    shaped = [(len(x), i) for i, x in enumerate(top)
              if len(_TOKEN.findall(x)) <= 30 and not x.endswith(".")]
    if not shaped:
        return Extracted()
    _, at = max(shaped)
    lead = next((x for x in lines[at + 1:] if len(_TOKEN.findall(x)) >= 8 and x[-1] in ".!?»\""),
                "")
    return Extracted(title=lines[at], lead=lead)


def standfirst_recall(lead: str, gold: str) -> float:
    """Share of the gold standfirst's words (a multiset, case folded) that the lead holds."""
    want = Counter(w.lower() for w in _TOKEN.findall(gold))
    have = Counter(w.lower() for w in _TOKEN.findall(lead))
    total = sum(want.values())
    return sum((want & have).values()) / total if total else 0.0


def head_scores(
    results: dict[str, Extracted], golds: dict[str, tuple[list[str], str]]
) -> tuple[dict[str, float], dict[str, float]]:
    """Title accuracy over pages with a printed gold title; standfirst recall (mean) and the
    share found (recall >= 0.9) over pages with a printed standfirst."""
    titled = [(results[p].title, titles) for p, (titles, _) in golds.items() if titles]
    right = sum(1 for got, titles in titled if capture_gold.norm(got) in titles)
    with_sf = [(results[p].lead, sf) for p, (_, sf) in golds.items() if sf]
    recalls = [standfirst_recall(lead, sf) for lead, sf in with_sf]
    title = {"accuracy": right / len(titled) if titled else 0.0, "n": len(titled)}
    standfirst = {
        "recall": sum(recalls) / len(recalls) if recalls else 0.0,
        "found": sum(1 for r in recalls if r >= 0.9) / len(recalls) if recalls else 0.0,
        "n": len(recalls),
    }
    return title, standfirst


# >>> INGEST THROUGHPUT -- wired against the announced API; see the docstring. <<<<<<<<<<<<<<<<
def measure_ingest_throughput(captures: Sequence[tuple[str, bytes]]) -> tuple[float | None, str]:
    """Captures ingested per second of CPU (``time.process_time``) into a fresh store, on one
    core. CPU time, not the wall clock: on a shared machine the wall clock mostly measures
    the neighbours.

    Uses ``veille.store.sqlite.SQLiteStore.open(path)`` and
    ``veille.ingest.ingest_texts(store, [(name, text_bytes), ...])``. Returns (rate, note); rate
    is None with the reason in note when that API is not importable or fails, so the rest of the
    bench still runs. The process is pinned to a single CPU while ingesting (restored after) so
    the figure means "one core" even if ingest grows a thread pool; only the ``ingest_texts`` call
    is timed, not opening the store.
    """
    try:
        from veille.ingest import ingest_texts
        from veille.store.sqlite import SQLiteStore
    except Exception as exc:  # noqa: BLE001
        return None, f"ingest skipped: veille store/ingest API not importable ({exc})"
    if not captures:
        return None, "ingest skipped: no captures"
    pinned = hasattr(os, "sched_getaffinity")
    saved = os.sched_getaffinity(0) if pinned else set()
    with tempfile.TemporaryDirectory(prefix="veille-bench-store-") as tmp:
        try:
            store = SQLiteStore.open(Path(tmp) / "veille.sqlite3")
            if pinned:
                os.sched_setaffinity(0, {min(saved)})
            try:
                started = time.process_time()
                summary = ingest_texts(store, list(captures))
                seconds = time.process_time() - started
            finally:
                if pinned:
                    os.sched_setaffinity(0, saved)
                close = getattr(store, "close", None)
                if callable(close):
                    close()
        except Exception as exc:  # noqa: BLE001
            return None, f"ingest failed: {type(exc).__name__}: {exc}"
    return (len(captures) / seconds if seconds > 0 else None), f"summary: {summary!r}"[:300]


# >>> end INGEST THROUGHPUT <<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<


# ---------------------------------------------------------------------------------------------
# bench


def bench_one(
    dataset: Dataset,
    renderer: str,
    extract: Extractor | None,
    *,
    refresh: bool,
    workers: int,
    timeout: float,
    ingest: bool,
) -> Row:
    """Render, extract, score and (optionally) ingest one (set, renderer) pair."""
    row = Row(dataset.name, renderer)
    pages = [(r.id, r.html_bytes) for r in dataset.records]
    captures, stats = render.render_many(
        dataset.name, renderer, pages, workers=workers, timeout=timeout, refresh=refresh
    )
    row.render_seconds, row.render_new, row.render_cached = (
        stats.seconds,
        stats.rendered,
        stats.cached,
    )
    row.render_failed = stats.failed
    gold = {r.id: r.gold_body for r in dataset.records}
    row.n = len(captures)
    if not captures:
        return row  # every render failed: nothing to score, the table shows '-'
    row.baseline = score([(text, gold[page_id]) for page_id, text in captures.items()])
    html = {r.id: r.html_bytes for r in dataset.records}
    heads = {}
    for page_id, text in captures.items():
        titles, standfirsts = capture_gold.page_golds(html[page_id], [], [])
        heads[page_id] = (capture_gold.title_golds(titles, text),
                          capture_gold.standfirst_gold(standfirsts, text))
    row.baseline_title, row.baseline_standfirst = head_scores(
        {page_id: baseline_head(text) for page_id, text in captures.items()}, heads)
    if extract is not None:
        results, seconds, row.extract_errors = run_extractor(extract, captures)
        row.veille = score([(results[page_id].body, gold[page_id]) for page_id in captures])
        row.title, row.standfirst = head_scores(results, heads)
        row.extract_pages_per_s = len(captures) / seconds if seconds > 0 else None
    if ingest:
        row.ingest_captures_per_s, row.ingest_note = measure_ingest_throughput(
            [
                (f"{dataset.name}-{page_id}.txt", text.encode("utf-8"))
                for page_id, text in captures.items()
            ]
        )
    return row


def bench_whole(
    pages: Sequence[capture_gold.WholePage],
    renderer: str,
    extract: Extractor | None,
    *,
    refresh: bool,
    workers: int,
    timeout: float,
) -> list[Row]:
    """Whole-page French captures: one row per half (tune, held-out) for ``renderer``, with
    title accuracy and standfirst recall for veille and the naive baseline, and body F1 on
    the pages that have a gold body."""
    captures, stats = render.render_many(
        WHOLE_PAGE_CACHE, renderer, [(p.id, p.html_bytes) for p in pages],
        workers=workers, timeout=timeout, refresh=refresh,
    )
    results = run_extractor(extract, captures) if extract is not None else None
    rows: list[Row] = []
    for half in ("tune", "held-out"):
        mine = [p for p in pages if p.half == half and p.id in captures]
        row = Row(f"{WHOLE_PAGE_SET}:{half}", renderer, n=len(mine))
        row.render_seconds, row.render_new, row.render_cached = (
            stats.seconds, stats.rendered, stats.cached)
        row.render_failed = {k: v for k, v in stats.failed.items()
                             if any(p.id == k for p in pages if p.half == half)}
        golds = {p.id: (capture_gold.title_golds(p.gold_titles, captures[p.id]),
                        capture_gold.standfirst_gold(p.standfirsts, captures[p.id]))
                 for p in mine}
        base = {p.id: baseline_head(captures[p.id]) for p in mine}
        row.baseline_title, row.baseline_standfirst = head_scores(base, golds)
        bodied = [p for p in mine if p.body]
        if bodied:
            row.baseline = score([(captures[p.id], p.body) for p in bodied])
        if results is not None:
            extracted, seconds, errors = results
            row.extract_errors = {k: v for k, v in errors.items() if k in golds}
            row.title, row.standfirst = head_scores(extracted, golds)
            if bodied:
                row.veille = score([(extracted[p.id].body, p.body) for p in bodied])
            row.extract_pages_per_s = len(captures) / seconds if seconds > 0 else None
        row.n_body = len(bodied)
        rows.append(row)
    return rows


def _fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _head(figures: dict[str, float] | None, key: str) -> str:
    if not figures or not figures.get("n"):
        return "-"
    return f"{figures[key]:.2f}/{int(figures['n'])}"


def format_table(rows: Sequence[Row]) -> str:
    """Fixed-width table; '-' where a figure could not be produced. Title and standfirst
    figures read "value/pages scored"."""
    header = (
        f"{'set':<16} {'renderer':<8} {'n':>4} | {'veille P':>8} {'R':>5} {'F1':>5} "
        f"{'F1 95% CI':>11} {'exact':>5} | {'title':>7} {'stf R':>7} | "
        f"{'base P':>6} {'R':>5} {'F1':>5} {'title':>7} {'stf R':>7} | "
        f"{'extract/s':>9} {'ingest/s':>8}"
    )
    lines = [header, "-" * len(header)]
    for row in rows:
        v, b = row.veille or {}, row.baseline or {}
        ci = f"{v['f1_ci_low']:.3f}-{v['f1_ci_high']:.3f}" if v else "-"
        lines.append(
            f"{row.set:<16} {row.renderer:<8} {row.n:>4} | "
            f"{_fmt(v.get('precision')):>8} {_fmt(v.get('recall')):>5} {_fmt(v.get('f1')):>5} "
            f"{ci:>11} {_fmt(v.get('exact')):>5} | "
            f"{_head(row.title, 'accuracy'):>7} {_head(row.standfirst, 'recall'):>7} | "
            f"{_fmt(b.get('precision')):>6} {_fmt(b.get('recall')):>5} {_fmt(b.get('f1')):>5} "
            f"{_head(row.baseline_title, 'accuracy'):>7} "
            f"{_head(row.baseline_standfirst, 'recall'):>7} | "
            f"{_fmt(row.extract_pages_per_s, 0):>9} {_fmt(row.ingest_captures_per_s, 0):>8}"
        )
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--renderer", choices=[*render.RENDERERS, "all"], default="all")
    parser.add_argument("--set", dest="sets", choices=[*SET_NAMES, WHOLE_PAGE_SET, "all"],
                        default="all")
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    parser.add_argument("--json", type=Path, default=None, metavar="OUT", help="dump figures")
    parser.add_argument("--refresh", action="store_true", help="ignore cached renders")
    parser.add_argument("--workers", type=int, default=render.DEFAULT_WORKERS)
    parser.add_argument(
        "--timeout", type=float, default=render.DEFAULT_TIMEOUT, help="seconds per page render"
    )
    parser.add_argument("--no-ingest", action="store_true", help="skip the ingest throughput")
    parser.add_argument("--before", type=Path, default=None, metavar="SRC",
                        help="also run the bench on the veille package in SRC (before/after)")
    return parser.parse_args(argv)


def _bench_whole_set(
    args: argparse.Namespace, renderers: list[str], extract: Extractor | None,
    sources: list[str],
) -> list[Row]:
    pages, why = capture_gold.load_pages()
    if why:
        print(f"note: {why}", file=sys.stderr)
    if args.limit is not None:
        pages = pages[: args.limit]
    rows: list[Row] = []
    w3m_refreshed = False
    for renderer in renderers:
        if not pages:
            break
        refresh = args.refresh and not (renderer == "flat" and w3m_refreshed)
        found = bench_whole(pages, renderer, extract, refresh=refresh, workers=args.workers,
                            timeout=args.timeout)
        w3m_refreshed = w3m_refreshed or (renderer == "w3m" and args.refresh)
        rows.extend(found)
        for row in found:
            for page_id, error in row.render_failed.items():
                print(f"  render failed {page_id}: {error}", file=sys.stderr)
        fr_dir = os.path.relpath(shared_dir() / "data" / "extraction" / "fr", REPO_ROOT)
        sources.append(
            f"data: {fr_dir} (all pages, whole-page captures; gold: "
            f"bench/lib/capture_gold.py), rendered with {render.renderer_version(renderer)}"
        )
    return rows


def run_before(src: Path, argv: Sequence[str]) -> list[dict[str, Any]]:
    """The bench's rows for the veille package in ``src``, from a child process (the same
    arguments, minus ``--before``, plus ``--json``)."""
    import subprocess

    if not (src / "veille" / "__init__.py").is_file():
        raise SystemExit(f"--before {src}: no veille package there (give a checkout's src)")
    with tempfile.TemporaryDirectory(prefix="veille-bench-before-") as tmp:
        out = Path(tmp) / "before.json"
        rest = list(argv)
        env = {**os.environ, "PYTHONPATH": str(src.resolve())}
        subprocess.run([sys.executable, __file__, *rest, "--json", str(out)], env=env,
                       check=True, stdout=subprocess.DEVNULL)
        rows: list[dict[str, Any]] = json.loads(out.read_text(encoding="utf-8"))["rows"]
        return rows


def _strip_before(argv: Sequence[str]) -> list[str]:
    """``argv`` without ``--before SRC`` and without ``--json OUT``."""
    out: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in ("--before", "--json"):
            skip = True
            continue
        if arg.startswith(("--before=", "--json=")):
            continue
        out.append(arg)
    return out


def format_before_after(before: list[dict[str, Any]], rows: Sequence[Row]) -> str:
    """One line per (set, renderer): body F1, title, standfirst recall and the throughputs,
    before -> after, with the throughput ratios (after / before)."""
    def ratio(a: float | None, b: float | None) -> str:
        return f"{b / a:.2f}x" if a and b else "-"

    old = {(r["set"], r["renderer"]): r for r in before}
    header = (f"{'set':<16} {'renderer':<8} | {'body F1':>13} | {'title':>11} | "
              f"{'stf R':>11} | {'extract/s':>15} {'ratio':>6} | {'ingest/s':>13} {'ratio':>6}")
    lines = [header, "-" * len(header)]
    for row in rows:
        b = old.get((row.set, row.renderer))
        if b is None:
            continue
        f1 = (b.get("veille") or {}).get("f1"), (row.veille or {}).get("f1")
        ti = (b.get("title") or {}).get("accuracy"), (row.title or {}).get("accuracy")
        sf = (b.get("standfirst") or {}).get("recall"), (row.standfirst or {}).get("recall")
        ex = b.get("extract_pages_per_s"), row.extract_pages_per_s
        ing = b.get("ingest_captures_per_s"), row.ingest_captures_per_s
        lines.append(
            f"{row.set:<16} {row.renderer:<8} | {_fmt(f1[0])}->{_fmt(f1[1])} | "
            f"{_fmt(ti[0], 2)}->{_fmt(ti[1], 2)} | {_fmt(sf[0], 2)}->{_fmt(sf[1], 2)} | "
            f"{_fmt(ex[0], 0):>6}->{_fmt(ex[1], 0):>6} {ratio(*ex):>6} | "
            f"{_fmt(ing[0], 0):>5}->{_fmt(ing[1], 0):>5} {ratio(*ing):>6}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    before = (run_before(args.before, _strip_before(sys.argv[1:] if argv is None else argv))
              if args.before else None)
    renderers = list(render.RENDERERS) if args.renderer == "all" else [args.renderer]
    set_names = [*SET_NAMES, WHOLE_PAGE_SET] if args.sets == "all" else [args.sets]
    extract, why = load_extractor()
    if why:
        print(f"note: {why}; reporting baseline only", file=sys.stderr)

    rows: list[Row] = []
    sources: list[str] = []
    for set_name in set_names:
        if set_name == WHOLE_PAGE_SET:
            rows.extend(_bench_whole_set(args, renderers, extract, sources))
            continue
        dataset = load(set_name, args.limit)
        if dataset.message:
            print(f"note: {dataset.message}", file=sys.stderr)
        if not dataset.records:
            continue
        w3m_refreshed = False
        for renderer in renderers:
            # flat reuses the w3m dumps; do not re-render them twice in one --refresh run.
            refresh = args.refresh and not (renderer == "flat" and w3m_refreshed)
            row = bench_one(
                dataset,
                renderer,
                extract,
                refresh=refresh,
                workers=args.workers,
                timeout=args.timeout,
                ingest=not args.no_ingest,
            )
            w3m_refreshed = w3m_refreshed or (renderer == "w3m" and args.refresh)
            rows.append(row)
            failed = f", {len(row.render_failed)} failed" if row.render_failed else ""
            print(
                f"rendered {set_name}/{renderer}: {row.render_new} new, {row.render_cached} "
                f"cached{failed} in {row.render_seconds:.1f}s",
                file=sys.stderr,
            )
            for page_id, error in row.render_failed.items():
                print(f"  render failed {page_id}: {error}", file=sys.stderr)
            if row.extract_errors:
                print(
                    f"  {len(row.extract_errors)} extraction error(s), first: "
                    f"{next(iter(row.extract_errors.items()))}",
                    file=sys.stderr,
                )
            if row.ingest_note and row.ingest_captures_per_s is None:
                print(f"  {row.ingest_note}", file=sys.stderr)
            assert dataset.source is not None
            sources.append(
                f"data: {os.path.relpath(dataset.source, REPO_ROOT)}, "
                f"rendered with {render.renderer_version(renderer)}"
            )

    if not rows:
        print("nothing to bench (no data found; set VEILLE_SHARED_DIR?)", file=sys.stderr)
        return 0
    print(format_table(rows))
    if before is not None:
        print(f"\nbefore ({args.before}) -> after (this checkout), same renders, same run:")
        print(format_before_after(before, rows))
    for line in dict.fromkeys(sources):
        print(line)
    print(
        "metric: AEB shingle P/R/F1 (bench/lib/aeb_metric.py) of the paragraphs; base = "
        "whole capture as body, longest line in the top 40% as title; title = share exact "
        "(of pages whose gold title is printed); stf R = mean standfirst word recall of "
        "content.lead (of pages printing one); extract/s = veille pages per CPU second, one "
        "process; ingest/s = captures per CPU second into a fresh store, one core"
    )

    if args.json:
        payload = {
            "generated": datetime.now(UTC).isoformat(timespec="seconds"),
            "python": platform.python_version(),
            "machine": platform.machine(),
            "cpus": os.cpu_count(),
            "limit": args.limit,
            "extractor": "veille.extract.text_capture" if extract else None,
            "extractor_note": why,
            "sources": list(dict.fromkeys(sources)),
            "renderers": {r: render.renderer_version(r) for r in renderers},
            "rows": [asdict(row) for row in rows],
            "before": {"src": str(args.before), "rows": before} if before is not None else None,
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"wrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Bench veille's search against SQLite FTS5: speed at scale, and relevance on rpm2.

Speed: a seeded corpus of French articles made of real sentences from ``../shared/data``
(see lib/search_corpus.py) is indexed by each engine in a fresh child process, which
reports its indexing throughput, the index size on disk and its peak RSS (``ru_maxrss``);
then another fresh child per engine runs a fixed seeded mix of 1,000 queries (single words,
2–4 word ANDs, phrases, filters, date-sorted; top 10 with the total count) after a warm-up
of 100 other queries (another seed), and reports p50 and p99 latency, wall clock and the
child's CPU time (which a shared machine's load moves least). Both engines get the same
parsed queries.

Relevance: rpm2 (400 French articles, 20 topics). Each of its 160 human summaries is a
query, and the 20 articles of its topic are the relevant ones. A summary is read as the OR
of its words ranked by BM25 (an AND of ~100 words matches nothing in any engine). Short
queries: each article's title (OR of its words), with and without its accents, the 19 other
articles of its topic relevant, and the accented titles searched in a copy of rpm2 written
without accents. Engines: veille, veille as index format 6 (no accent-blind French stream),
veille with the French chain of index format 3 (accents folded before stemming), veille with
its French analysis off (lowercase and accents only), and FTS5.

Usage (from the repository root)::

    .venv/bin/python bench/search.py                    # 100,000 articles
    .venv/bin/python bench/search.py --docs 1000000     # the issue's target
    .venv/bin/python bench/search.py --relevance-only
    # build once, then measure again on the same indexes
    .venv/bin/python bench/search.py --docs 1000000 --work /tmp/bench-1m --reuse
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import multiprocessing as mp
import os
import platform
import resource
import shutil
import statistics
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lib import fts5_engine  # noqa: E402
from lib.search_corpus import BenchQuery, generate, query_mix, sentence_pool  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VEILLE_SHARED_DIR", REPO.parent / "shared")) / "data"
CACHE = REPO / "bench" / ".cache" / "search"
BATCH = 10_000


def corpus_file(docs: int, seed: int) -> Path:
    """The generated corpus as JSON Lines, cached: generation is not what we measure."""
    path = CACHE / f"docs-{docs}-{seed}.jsonl"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        pool = sentence_pool(SHARED)
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as out:
            for doc in generate(pool, docs, seed=seed):
                out.write(json.dumps([doc.id, doc.title, doc.body, doc.source,
                                      doc.date.isoformat()], ensure_ascii=False) + "\n")
        tmp.rename(path)
    return path


def batches(path: Path) -> Iterator[list[list[str]]]:
    batch: list[list[str]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            batch.append(json.loads(line))
            if len(batch) >= BATCH:
                yield batch
                batch = []
    if batch:
        yield batch


def dir_size(path: Path) -> int:
    if path.is_file():
        return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- children: one fresh process per engine and phase -----------------------------------


def index_veille(corpus: Path, target: Path, foreign_every: int = 0) -> dict[str, Any]:
    from veille.index.base import IndexDoc
    from veille.index.tantivy_index import TantivyIndex

    index = TantivyIndex(target, writer_threads=2)
    spent, count = 0.0, 0
    seen = 0
    for batch in batches(corpus):
        docs = [IndexDoc(id=r[0], title=r[1], body=r[2], source=r[3],
                         language="en" if foreign_every and (seen + i) % foreign_every == 0
                         else "fr",
                         date=datetime.fromisoformat(r[4]), published=datetime.fromisoformat(r[4]))
                for i, r in enumerate(batch)]
        seen += len(batch)
        started = time.perf_counter()
        count += index.add_docs(docs, replace=False)
        spent += time.perf_counter() - started
    started = time.perf_counter()
    index.commit()
    index.close()  # waits for the merges
    spent += time.perf_counter() - started
    return {"docs": count, "seconds": spent}


def index_fts5(corpus: Path, target: Path) -> dict[str, Any]:
    conn = fts5_engine.create(target)
    spent, count = 0.0, 0
    for batch in batches(corpus):
        rows = []
        for r in batch:
            when = datetime.fromisoformat(r[4])
            rows.append((count + len(rows) + 1, r[0], r[1], r[2], r[3], "fr",
                         int(when.strftime("%Y%m%d")), int(when.timestamp())))
        started = time.perf_counter()
        fts5_engine.add(conn, rows)
        spent += time.perf_counter() - started
        count += len(rows)
    started = time.perf_counter()
    fts5_engine.optimize(conn)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    spent += time.perf_counter() - started
    return {"docs": count, "seconds": spent}


def query_veille(target: Path, queries: list[BenchQuery], service: bool,
                 warm_up: list[BenchQuery] | None = None) -> dict[str, Any]:
    from veille.index.query import parse_query
    from veille.index.tantivy_index import TantivyIndex
    from veille.search.service import search
    from veille.search.types import SearchRequest

    index = TantivyIndex(target)

    def run(q: BenchQuery) -> int:
        if service:
            return search(SearchRequest(q.text, sort=q.sort), index=index).total  # type: ignore[arg-type]
        return index.search(parse_query(q.text).node, limit=10, sort=q.sort).total  # type: ignore[arg-type]

    return _timed(run, queries, warm_up)


def query_fts5(target: Path, queries: list[BenchQuery],
               warm_up: list[BenchQuery] | None = None) -> dict[str, Any]:
    from veille.index.query import parse_query

    conn = fts5_engine.open_db(target)

    def run(q: BenchQuery) -> int:
        return fts5_engine.search(conn, parse_query(q.text).node, limit=10, sort=q.sort)[0]

    return _timed(run, queries, warm_up)


def _timed(run: Any, queries: list[BenchQuery],
           warm_up: list[BenchQuery] | None = None) -> dict[str, Any]:
    """Latency of each query after a warm-up (page cache, imports) on other queries: a
    warm-up on the measured ones would put their counts and facets in veille's cache."""
    for q in warm_up if warm_up is not None else queries[:100]:
        run(q)
    times: dict[str, list[float]] = {}
    cpu: list[float] = []  # this process's CPU time: what a shared machine's load moves least
    totals = 0
    for q in queries:
        started, started_cpu = time.perf_counter(), time.process_time()
        totals += run(q)
        times.setdefault(q.kind, []).append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    every = sorted(t for ts in times.values() for t in ts)
    cpu.sort()
    return {"p50": _pct(every, 50), "p99": _pct(every, 99), "mean": statistics.fmean(every),
            "cpu_p50": _pct(cpu, 50), "cpu_p99": _pct(cpu, 99), "cpu_mean": statistics.fmean(cpu),
            "load_average": os.getloadavg()[0],
            "by_kind": {k: {"p50": _pct(sorted(v), 50), "p99": _pct(sorted(v), 99)}
                        for k, v in times.items()},
            "matches": totals}


def _pct(sorted_values: list[float], pct: float) -> float:
    if not sorted_values:
        return float("nan")
    rank = max(0, math.ceil(pct / 100 * len(sorted_values)) - 1)
    return sorted_values[rank]


def _child(job: str, args: tuple[Any, ...], queue: Any) -> None:
    functions = {"index-veille": index_veille, "index-fts5": index_fts5,
                 "query-veille": query_veille, "query-fts5": query_fts5}
    result = functions[job](*args)
    result["peak_rss_mb"] = peak_rss_mb()
    queue.put(result)


def in_child(job: str, *args: Any) -> dict[str, Any]:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    process = ctx.Process(target=_child, args=(job, args, queue))
    process.start()
    result: dict[str, Any] = queue.get()
    process.join()
    return result


# --- relevance on rpm2 ---------------------------------------------------------------


QUERY_SETS = ("summaries", "titles", "titles, no accents", "titles, articles without accents")
ENGINES = (("veille", "language", True),
           ("veille, without spelling variants", "language", False),
           ("veille, format 6 (no accent-blind stream)", "stem-first", False),
           ("veille, format 3 (French folded, then stemmed)", "fold-first", False),
           ("veille, French analysis off", "plain", False))
"""(row, analysis, whether each query word is OR-ed with its other spellings as search
does: veille.index.variants, plurals in -x, ordinals, times, transliterations)."""
UNACCENTED = "titles, articles without accents"
"""Accented titles searched in a copy of rpm2 whose articles are written without accents
(case kept: wire copy, OCR, capitals)."""


def unaccented(text: str) -> str:
    """``text`` without its diacritics, case kept (``État`` → ``Etat``, ``œ`` → ``oe``)."""
    import unicodedata

    text = text.replace("œ", "oe").replace("Œ", "OE")
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


def relevance(work: Path) -> dict[str, dict[str, dict[str, float]]]:
    """nDCG@10 and MAP per engine and query set: ``{engine: {set: {"nDCG@10", "MAP",
    "queries"}}}``. Query sets: the 160 human summaries (the 20 articles of their topic are
    relevant), the 400 titles (the 19 other articles of their topic are relevant; the article
    itself is left out of the ranking) and the same titles typed without accents."""
    from veille.index.analysis import WORD_RE, fold
    from veille.index.base import IndexDoc
    from veille.index.query import Or, Word
    from veille.index.tantivy_index import TantivyIndex
    from veille.index.variants import with_variants

    rpm2 = SHARED / "clustering" / "rpm2"
    work = work / "relevance"  # rebuilt on every run, --reuse or not
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    topic_of: dict[str, str] = {}
    docs: list[IndexDoc] = []
    when = datetime(2008, 7, 1, tzinfo=UTC)
    for line in (rpm2 / "labels.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        doc_id, topic, _cluster, path, *_ = line.split("\t")
        text = (rpm2 / path).read_text(encoding="utf-8-sig").strip()
        title, _, body = text.partition("\n")
        topic_of[doc_id] = topic
        docs.append(IndexDoc(id=doc_id, title=title, body=body, source="rpm2", language="fr",
                             date=when))
    # (query set, words, relevant ids, id left out of the ranking)
    queries: list[tuple[str, list[str], set[str], str | None]] = []
    for ref in sorted((rpm2 / "references").glob("*.txt")):
        topic = str(int(ref.name[1:3]))
        words = list(dict.fromkeys(WORD_RE.findall(ref.read_text(encoding="utf-8-sig"))))
        queries.append(("summaries", words, {d for d, t in topic_of.items() if t == topic}, None))
    for doc in docs:
        others = {d for d, t in topic_of.items() if t == topic_of[doc.id] and d != doc.id}
        for name, title in (("titles", doc.title), ("titles, no accents", fold(doc.title)),
                            (UNACCENTED, doc.title)):
            words = list(dict.fromkeys(WORD_RE.findall(title)))
            if words:
                queries.append((name, words, others, doc.id))

    bare = [dataclasses.replace(d, title=unaccented(d.title), body=unaccented(d.body))
            for d in docs]
    runs: dict[str, list[list[str]]] = {}
    for name, analysis, variants in ENGINES:
        indexes = {}
        for corpus, corpus_docs in (("", docs), ("-bare", bare)):
            index = TantivyIndex(work / f"rpm2-{analysis}{'-v' if variants else ''}{corpus}",
                                 analysis=analysis)
            index.add_docs(corpus_docs, replace=False)
            index.commit()
            indexes[corpus] = index
        runs[name] = [[h.doc.id for h in indexes["-bare" if query_set == UNACCENTED else ""]
                       .search(with_variants(Or(tuple(Word(w) for w in words))) if variants
                               else Or(tuple(Word(w) for w in words)), limit=len(docs)).hits]
                      for query_set, words, _relevant, _left_out in queries]
        for index in indexes.values():
            index.close()
    conns = {}
    for corpus, corpus_docs in (("", docs), ("-bare", bare)):
        conns[corpus] = fts5_engine.create(work / f"rpm2{corpus}.sqlite3")
        fts5_engine.add(conns[corpus], [(i + 1, d.id, d.title, d.body, d.source, "fr", 0, 0)
                                        for i, d in enumerate(corpus_docs)])
    runs["SQLite FTS5"] = [fts5_engine.ranked_ids(
        conns["-bare" if query_set == UNACCENTED else ""], words, limit=len(docs))
        for query_set, words, _relevant, _left_out in queries]
    for conn in conns.values():
        conn.close()

    scores: dict[str, dict[str, dict[str, float]]] = {}
    for name, rankings in runs.items():
        per_set: dict[str, tuple[list[float], list[float]]] = {q: ([], []) for q in QUERY_SETS}
        for (query_set, _words, relevant, left_out), ranking in zip(queries, rankings,
                                                                    strict=True):
            ranking = [d for d in ranking if d != left_out]
            per_set[query_set][0].append(_ndcg(ranking, relevant, 10))
            per_set[query_set][1].append(_ap(ranking, relevant))
        scores[name] = {q: {"nDCG@10": statistics.fmean(n), "MAP": statistics.fmean(a),
                            "queries": len(n)} for q, (n, a) in per_set.items()}
    return scores


def _ndcg(ranking: list[str], relevant: set[str], k: int) -> float:
    dcg = sum(1 / math.log2(i + 2) for i, d in enumerate(ranking[:k]) if d in relevant)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(k, len(relevant))))
    return dcg / ideal if ideal else 0.0


def _ap(ranking: list[str], relevant: set[str]) -> float:
    hits, total = 0, 0.0
    for i, doc in enumerate(ranking, start=1):
        if doc in relevant:
            hits += 1
            total += hits / i
    return total / len(relevant) if relevant else 0.0


# --- main ----------------------------------------------------------------------------


def speed(docs: int, seed: int, work: Path, engines: list[str], *,
          reuse: bool = False, foreign_every: int = 0) -> dict[str, Any]:
    started = time.perf_counter()
    corpus = corpus_file(docs, seed)
    print(f"corpus: {docs} articles in {corpus} ({time.perf_counter() - started:.0f} s)",
          file=sys.stderr)
    pool = sentence_pool(SHARED)
    queries = query_mix(pool, 1000, seed=seed)
    warm_up = query_mix(pool, 100, seed=seed + 1000)
    results: dict[str, Any] = {}
    targets = {"veille": work / "tantivy", "SQLite FTS5": work / "fts5.sqlite3"}
    for name, job in (("veille", "veille"), ("SQLite FTS5", "fts5")):
        if job not in engines:
            continue
        mixed = f"-en{foreign_every}" if foreign_every else ""
        done = targets[name].with_name(targets[name].name + f"-{docs}-{seed}{mixed}.json")
        if reuse and done.is_file():
            print(f"reusing the {name} index in {targets[name]} ...", file=sys.stderr)
            indexed = json.loads(done.read_text())
        else:
            print(f"indexing with {name} ...", file=sys.stderr)
            done.unlink(missing_ok=True)
            indexed = in_child(f"index-{job}", corpus, targets[name],
                               *([foreign_every] if job == "veille" else []))
            indexed["size_mb"] = dir_size(targets[name]) / 1e6
            done.write_text(json.dumps(indexed))
        print(f"querying with {name} ...", file=sys.stderr)
        if job == "veille":
            queried = in_child("query-veille", targets[name], queries, False, warm_up)
        else:
            queried = in_child("query-fts5", targets[name], queries, warm_up)
        results[name] = {"index": indexed, "query": queried}
    if "veille" not in engines:
        return results
    print("querying veille through the search service (snippets, facets) ...", file=sys.stderr)
    results["veille, full response"] = {
        "query": in_child("query-veille", targets["veille"], queries, True, warm_up)}
    return results


def print_speed(results: dict[str, Any], docs: int) -> None:
    print(f"\n### Speed, {docs:,} articles\n")
    print("| engine | index docs/s | index size | peak RSS indexing | query p50 | query p99 "
          "| CPU p50 / p99 / mean | load average | peak RSS querying | matches, all queries |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in results.items():
        q = r["query"]
        i = r.get("index")
        cells = (f"{i['docs'] / i['seconds']:,.0f}", f"{i['size_mb']:,.0f} MB",
                 f"{i['peak_rss_mb']:,.0f} MB") if i else ("", "", "")
        print(f"| {name} | {cells[0]} | {cells[1]} | {cells[2]} | {q['p50']:.2f} ms "
              f"| {q['p99']:.2f} ms | {q['cpu_p50']:.2f} / {q['cpu_p99']:.2f} / "
              f"{q['cpu_mean']:.2f} ms | {q['load_average']:.1f} | {q['peak_rss_mb']:,.0f} MB "
              f"| {q['matches']:,} |")
    print("\n| query kind | " + " | ".join(f"{n} p50 / p99" for n in results) + " |")
    print("|---|" + "---:|" * len(results))
    for kind in ("word", "and", "phrase", "filter", "date-sorted"):
        cells = []
        for r in results.values():
            k = r["query"]["by_kind"].get(kind)
            cells.append(f"{k['p50']:.2f} / {k['p99']:.2f} ms" if k else "")
        print(f"| {kind} | " + " | ".join(cells) + " |")


def print_relevance(scores: dict[str, dict[str, dict[str, float]]]) -> None:
    any_engine = next(iter(scores.values()))
    print("\n### Relevance, rpm2 (400 French articles, 20 topics)\n")
    print("| engine | " + " | ".join(f"{q} ({int(any_engine[q]['queries'])}) nDCG@10 / MAP"
                                     for q in QUERY_SETS) + " |")
    print("|---|" + "---:|" * len(QUERY_SETS))
    for name, per_set in scores.items():
        print(f"| {name} | " + " | ".join(f"{per_set[q]['nDCG@10']:.3f} / {per_set[q]['MAP']:.3f}"
                                        for q in QUERY_SETS) + " |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000, help="articles to generate")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--work", type=Path, default=None,
                        help="where the indexes go (default: a fresh temporary directory)")
    parser.add_argument("--relevance-only", action="store_true")
    parser.add_argument("--speed-only", action="store_true", help="skip the rpm2 relevance part")
    parser.add_argument("--engines", default="veille,fts5",
                        help="comma-separated speed engines: veille, fts5 (default both)")
    parser.add_argument("--reuse", action="store_true",
                        help="keep the indexes in --work and reuse those built earlier for the "
                        "same --docs and --seed (their indexing figures are the earlier run's)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--foreign-every", type=int, default=0, metavar="K",
                        help="label every K-th article English (its French text analysed as "
                        "English): a multilingual index, where relevance normalises field "
                        "lengths per language (veille.index.length_norm)")
    args = parser.parse_args()
    import tempfile

    if args.reuse and args.work is None:
        parser.error("--reuse needs --work")
    work = args.work or Path(tempfile.mkdtemp(prefix="veille-bench-search-"))
    if work.exists() and not args.reuse:
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    print(f"# bench/search.py, {platform.machine()}, {os.cpu_count()} CPUs, Python "
          f"{platform.python_version()}, SQLite {__import__('sqlite3').sqlite_version}")
    figures: dict[str, Any] = {}
    if not args.speed_only:
        figures["relevance"] = relevance(work)
        print_relevance(figures["relevance"])
    if not args.relevance_only:
        figures["speed"] = speed(args.docs, args.seed, work, args.engines.split(","),
                                 reuse=args.reuse, foreign_every=args.foreign_every)
        print_speed(figures["speed"], args.docs)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    if not args.reuse:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Bench a writer's start against a full store: CPU seconds of one ``veille ingest`` of a
small file into a store of ``--docs`` articles (issue #13, p-warm30).

Every writer (each ``veille ingest``, each watch or serve writer) warms its story state
from the store's latest 5,000 articles (:func:`veille.ingest.warm_stories`) and then
clusters again the window of days its articles fall in (:func:`veille.ingest.
recluster_stories`); both read each article's story terms.

The store is built once with the ``--before`` tree (its schema, so both trees can open
it): ``--docs`` articles made of real French sentences (rpm2 in ``../shared/data`` when
present, and the repository's demo Wikinews articles: ``bench/scale.py``'s pool), 10 to 30
sentences in paragraphs of 3, seeded, dated over the 30 days before 2026-03-01, each its
own story, with its near-duplicate signature (so the re-clustering's window reaches back
to the stored articles: 2,000 of them, and the 2,000 before replayed), stored with
``put_batch`` as ingest leaves them. Each timed run ingests
``--new`` articles of the same kind dated at the end into a fresh copy of that store, in
a child process (``resource.RUSAGE_CHILDREN``: user + system CPU). Runs alternate
before / after, ``--repeat`` times; medians reported.

``after, first``: the after tree's first ingest into the before tree's store (its story
terms not persisted yet: every read is a miss, and the rows are written). ``after,
steady``: an ingest into a copy of that store whose rows a warm-up of the after tree
wrote first (the usual case: the rows were written when the articles were ingested; the
re-clustering may still read afresh an input its window cuts other background sentences
from than the warm-up did), with the story state that warm-up saved when the after tree
saves one (r-perf36: the timed writer loads it instead of replaying the latest 5,000).

The base store has no search index, so each timed ingest also indexes every stored
article first (a one-off in use, the same for both trees), and the stored articles'
story moves of the prewarm are left out, so each timed ingest's re-clustering moves them
again (about 1,500 at 5,000 articles).

Usage (from the repository root)::

    .venv/bin/python bench/warm_start.py --before /work/wt/m30/src --repeat 3
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import pool  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
END = datetime(2026, 3, 1, tzinfo=UTC)
SPAN = timedelta(days=30)

BUILD = """
import json, sys
from datetime import datetime
from pathlib import Path
from veille.dedup.near import body_of, encode
from veille.dedup.signature import Shingler
from veille.record import Article, Content, Dedup, RawInput
from veille.store.sqlite import SQLiteStore
shingler = Shingler()
store = SQLiteStore.open(Path(sys.argv[1]) / "veille.sqlite3")
batch = []
for line in open(sys.argv[2], encoding="utf-8"):
    r = json.loads(line)
    when = datetime.fromisoformat(r["date"])
    raw = RawInput(data=(r["title"] + "\\n\\n" + r["text"]).encode(),
                   origin="bench/" + r["id"] + ".txt", media_type="text/plain",
                   url=r["url"], source=r["source"], fetched_at=when)
    content = Content(title=r["title"], paragraphs=r["text"].split("\\n\\n"),
                      published=when, language="fr", extractor="bench")
    batch.append(Article(raw=raw, first_seen=when, content=content,
                         dedup=Dedup(fingerprint="bench-" + r["id"])))
    if len(batch) == 500:
        for a in batch:
            a.dedup.story_id = a.id
            a.dedup.signature = encode(shingler.signature(body_of(a)))
        store.put_batch(batch)
        batch = []
for a in batch:
    a.dedup.story_id = a.id
    a.dedup.signature = encode(shingler.signature(body_of(a)))
store.put_batch(batch)
store.close()
"""

PREWARM = """
import shutil, sqlite3, sys
from pathlib import Path
from veille.ingest import StoryFollower, recluster_stories
from veille.store.sqlite import SQLiteStore
target, scratch = Path(sys.argv[1]), Path(sys.argv[2])
shutil.copytree(target, scratch)
store = SQLiteStore.open(scratch / "veille.sqlite3")
follower = StoryFollower(store)
follower.current()
saved = getattr(follower, "save", None) and follower.save()  # r-perf36: the state
if sys.argv[3] == "recluster":
    recluster_stories(store, [store.latest(limit=1)[0].id], follower.terms)
store.close()
SQLiteStore.open(target / "veille.sqlite3").close()  # migrated: story_terms
db = sqlite3.connect(target / "veille.sqlite3")
db.execute("ATTACH ? AS scratch", (str(scratch / "veille.sqlite3"),))
db.execute("INSERT INTO story_terms SELECT * FROM scratch.story_terms")
if saved:
    db.execute("INSERT INTO story_state SELECT * FROM scratch.story_state")
db.commit()
db.close()
shutil.rmtree(scratch)
"""
"""The rows the after tree's warm-up (and, with ``recluster``, a re-clustering of the
newest stored article's window) writes, copied into the store to time: what a previous
writer of that tree leaves (its story moves left out). A tree whose writers save their
story state (r-perf36, ``StoryFollower.save``) leaves that state too, at the store's
position: the timed ingest loads it instead of replaying the store's latest articles."""


def records(sentences: list[str], count: int, *, seed: int, start: datetime,
            span: timedelta, prefix: str) -> list[dict[str, str]]:
    """``count`` JSONL records: a title from one sentence, 10 to 30 sentences in
    paragraphs of 3, a time drawn in ``[start, start + span)``."""
    rng = random.Random(seed)
    out = []
    for number in range(count):
        title = " ".join(rng.choice(sentences).split()[: rng.randint(5, 12)]).rstrip(",;:")
        body = [rng.choice(sentences) for _ in range(rng.randint(10, 30))]
        text = "\n\n".join(" ".join(body[i:i + 3]) for i in range(0, len(body), 3))
        when = start + timedelta(seconds=rng.randrange(int(span.total_seconds())))
        source = rng.choice(["lemonde.fr", "lefigaro.fr", "liberation.fr", "ouest-france.fr"])
        out.append({"id": f"{prefix}{number:06d}", "title": title, "text": text,
                    "date": when.isoformat(), "source": source,
                    "url": f"https://{source}/{prefix}{number:06d}"})
    return out


def write_jsonl(path: Path, rows: list[dict[str, str]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


def ingest_cpu(src: Path, data_dir: Path, new: Path) -> float:
    """Child CPU seconds of one ``veille ingest new`` into ``data_dir`` with ``src``."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([str(Path(sys.executable).parent / "veille"), "--data-dir", str(data_dir),
                    "ingest", str(new)], env=env, check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, default=Path("/work/main/src"))
    parser.add_argument("--after", type=Path, default=REPO / "src")
    parser.add_argument("--docs", type=int, default=5_000)
    parser.add_argument("--new", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--prewarm", choices=("warm", "recluster"), default="recluster",
                        help="the rows written before the steady run: a warm-up's, or a "
                        "warm-up's and a re-clustering's (a previous ingest's)")
    args = parser.parse_args()
    sentences = pool()
    with tempfile.TemporaryDirectory(prefix="warm-start-") as tmp:
        work = Path(tmp)
        write_jsonl(work / "store.jsonl", records(sentences, args.docs, seed=args.seed,
                                                  start=END - SPAN, span=SPAN, prefix="s"))
        new = work / "new"
        new.mkdir()
        write_jsonl(new / "new.jsonl", records(sentences, args.new, seed=args.seed + 1,
                                               start=END, span=timedelta(hours=1),
                                               prefix="n"))
        base = work / "base"
        base.mkdir()
        subprocess.run([sys.executable, "-c", BUILD, str(base), str(work / "store.jsonl")],
                       env={**os.environ, "PYTHONPATH": str(args.before)}, check=True)
        times: dict[str, list[float]] = {"before": [], "after, first": [], "after, steady": []}
        for run in range(args.repeat):
            for label, src in (("before", args.before), ("after", args.after)):
                copy = work / f"{label}-{run}"
                shutil.copytree(base, copy)
                if label == "before":
                    times["before"].append(ingest_cpu(src, copy, new))
                    continue
                times["after, first"].append(ingest_cpu(src, copy, new))
                shutil.rmtree(copy)
                shutil.copytree(base, copy)
                # the stored articles' rows written (as their ingest by this tree would
                # have), then the timed ingest
                subprocess.run([sys.executable, "-c", PREWARM, str(copy),
                                str(work / "scratch"), args.prewarm], check=True,
                               env={**os.environ, "PYTHONPATH": str(src)})
                times["after, steady"].append(ingest_cpu(src, copy, new))
                print(f"run {run + 1}: " + ", ".join(f"{k} {v[-1]:.2f}"
                                                    for k, v in times.items()), flush=True)
        print(f"\n{args.docs} stored articles, {args.new} ingested; CPU s, median of "
              f"{args.repeat}:")
        for label, values in times.items():
            if values:
                print(f"  {label:14} {statistics.median(values):7.2f}  "
                      f"({', '.join(f'{v:.2f}' for v in values)})")


if __name__ == "__main__":
    main()

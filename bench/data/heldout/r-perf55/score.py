#!/usr/bin/env python3
"""Held-out check of r-perf55 (issue 13: the story terms' readers and the block features
shared in one pass; ``bench/ingest_stages.py --before``). Written for veille, CC0.

1. ``terms-<id>``: the story terms (:func:`veille.dedup.stories.terms`, encoded by
   :func:`veille.dedup.stored_terms.encode`) of each article of ``articles.jsonl`` hash
   to the digest of ``expected.json`` (recorded on the base tree 2c5f3b9f);
2. ``terms-fresh-<id>``: the same terms read with the shared reading off
   (``veille.dedup.reading.ENABLED = False``: every reader reads afresh);
3. ``capture-<name>``: the text extraction of each capture of ``captures/`` (every field,
   JSON) hashes to its recorded digest;
4. ``store-dump``: ``scripts/dump_store.py`` of the three captures (every stored row and
   search answer, both orders), one writer and one writer per file;
5. ``ab-default``: ``bench/ingest_stages.py --before SRC`` with its default figures (no
   ``--stored``/``--alone``) runs to the end and prints its medians (the base died with
   ``KeyError: 'ab'``).

Prints one line per check, then the total, and (to stderr) the CPU ms of the story terms
of the eight articles. ``--record`` rewrites ``expected.json`` (on the base tree only).

    PYTHONPATH=src .venv/bin/python bench/data/heldout/r-perf55/score.py
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
sys.path.insert(0, str(HERE.parents[2]))
from lib.dump_digest import timed_dumps  # noqa: E402

FETCHED_AT = datetime(2026, 12, 1, 12, tzinfo=UTC)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def _json(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, (set, frozenset)):
        return sorted(map(str, value))
    return str(value)


def found() -> dict[str, str]:
    """Each check's digest (``ab-default``: ``ok`` or the error's last line)."""
    from veille.dedup import reading
    from veille.dedup.stored_terms import encode
    from veille.dedup.stories import terms
    from veille.extract.text_capture import extract_text_capture

    out: dict[str, str] = {}
    articles = [json.loads(line) for line in
                (HERE / "articles.jsonl").read_text("utf-8").splitlines()]
    terms(articles[0]["title"], articles[0]["paragraphs"])  # one-time tables
    spent = 0.0
    for article in articles:
        day = date.fromisoformat(article["published"])
        started = time.process_time()
        read = terms(article["title"], article["paragraphs"], day)
        spent += time.process_time() - started
        out[f"terms-{article['id']}"] = _digest(encode(read))
        reading.ENABLED = False
        try:
            fresh = terms(article["title"], article["paragraphs"], day)
        finally:
            reading.ENABLED = True
        out[f"terms-fresh-{article['id']}"] = _digest(encode(fresh))
    print(f"story terms: {1000 * spent / len(articles):.2f} CPU ms an article",
          file=sys.stderr)
    paths = sorted((HERE / "captures").glob("*.txt"))
    for path in paths:
        result = extract_text_capture(path.read_text("utf-8"), fetched_at=FETCHED_AT)
        out[f"capture-{path.stem}"] = _digest(json.dumps(
            result, default=_json, sort_keys=True, ensure_ascii=False).encode())
    files = [(p.name, p.read_bytes()) for p in paths]
    out["store-dump"] = "/".join(digest for _, _, digest, _ in
                                 timed_dumps("heldout-r-perf55", files, (0, 1)))
    with tempfile.TemporaryDirectory() as tmp:
        renders = Path(tmp) / "w3m"
        renders.mkdir()
        for path in paths:
            (renders / path.name).write_bytes(path.read_bytes())
        src = str(ROOT / "src")
        run = subprocess.run(
            [sys.executable, str(ROOT / "bench" / "ingest_stages.py"), "--set", tmp,
             "--renderers", "w3m", "--repeat", "1", "--before", src, "--rounds", "1"],
            env=dict(os.environ, PYTHONPATH=src), capture_output=True, text=True)
        tail = (run.stderr.strip().splitlines() or ["?"])[-1]
        out["ab-default"] = "ok" if run.returncode == 0 and "medians" in run.stdout else tail
    return out


def main() -> int:
    got = found()
    expected_path = HERE / "expected.json"
    if "--record" in sys.argv:
        expected = {k: v for k, v in got.items() if not k.startswith(("terms-fresh-", "ab-"))}
        expected_path.write_text(json.dumps(expected, indent=1) + "\n", "utf-8")
    expected = json.loads(expected_path.read_text("utf-8"))
    passed = 0
    for name, value in got.items():
        if name.startswith("terms-fresh-"):
            want = expected.get("terms-" + name.removeprefix("terms-fresh-"))
        elif name == "ab-default":
            want = "ok"
        else:
            want = expected.get(name)
        ok = value == want
        passed += ok
        print(f"{'PASS' if ok else 'FAIL'} {name}: {value}" + ("" if ok else f" (want {want})"))
    print(f"total {passed}/{len(got)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

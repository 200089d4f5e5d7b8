#!/usr/bin/env python3
"""Held-out check of r-captures60 (issue 13: captures per second; a speed change, so every
output must stay byte-identical to the base's). Written for veille, CC0.

Checks, one line each:

1. ``capture-<name>``: the text extraction of each capture of ``captures/`` (every field,
   JSON) hashes to the digest recorded on the base tree (a7fa4a62);
2. ``terms-<name>``: the story terms (:func:`veille.dedup.stories.terms`, encoded by
   :func:`veille.dedup.stored_terms.encode`) of each extracted capture's headline and
   paragraphs, published on its extracted day (or 2026-03-01), and, when the tree's
   ``terms`` takes it, the extracted ``language`` (the one detection of the article), hash
   to the recorded digest;
3. ``store-dump-w<N>``: ``scripts/dump_store.py`` of the captures (every stored row and
   search answer, both orders) of the captures and ``declared.jsonl`` (records whose
   declared language is not their text's), one writer (N=0), one writer per file (N=1)
   and writers of 3 files (N=3);
4. ``cli-export``: ``CLI --data-dir TMP ingest captures/`` then ``CLI export``: the exported
   records, fields set by the clock left out (:data:`CLOCK_FIELDS`), sorted, hash to the
   recorded digest.

Usage (from the repository root)::

    python3 bench/data/heldout/r-captures60/score.py /work/vbin-r-captures60
    python3 bench/data/heldout/r-captures60/score.py CLI --record   # on the base tree only

The Python checks import veille from the CLI's tree: the script reads ``PYTHONPATH`` from
the CLI wrapper when it names one, else uses the repository's ``src``.
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.dump_digest import as_json as _json  # noqa: E402
from lib.dump_digest import cli_export, score_identity, timed_dumps  # noqa: E402
from lib.dump_digest import short_digest as _digest  # noqa: E402

FETCHED_AT = datetime(2026, 12, 1, 12, tzinfo=UTC)


def _python_checks(paths: list[Path]) -> dict[str, str]:
    from veille.dedup.stored_terms import encode
    from veille.dedup.stories import terms
    from veille.extract.text_capture import extract_text_capture

    takes_language = "language" in inspect.signature(terms).parameters
    out: dict[str, str] = {}
    for path in paths:
        try:
            result = extract_text_capture(path.read_text("utf-8"), fetched_at=FETCHED_AT)
        except Exception as exc:  # noqa: BLE001 - a refusal is an output too
            out[f"capture-{path.stem}"] = _digest(f"{type(exc).__name__}: {exc}".encode())
            continue
        out[f"capture-{path.stem}"] = _digest(json.dumps(
            result, default=_json, sort_keys=True, ensure_ascii=False).encode())
        record = result if isinstance(result, dict) else dataclasses.asdict(result)
        title = str(record.get("title") or "")
        paragraphs = [str(p) for p in record.get("paragraphs") or []] or \
            [str(record.get("text") or "")]
        published = record.get("published")
        day = date.fromisoformat(str(published)[:10]) if published else date(2026, 3, 1)
        language = {"language": str(record.get("language") or "")} if takes_language else {}
        out[f"terms-{path.stem}"] = _digest(encode(terms(title, paragraphs, day, **language)))
    files = [(p.name, p.read_bytes()) for p in [*paths, *sorted(paths[0].parent.glob("*.jsonl"))]]
    for size, _, digest, _ in timed_dumps("heldout-r-captures60", files, (0, 1, 3)):
        out[f"store-dump-w{size}"] = digest
    return out


def _checks(cli: str) -> dict[str, str]:
    got = _python_checks(sorted((HERE / "captures").glob("*.txt")))
    got["cli-export"] = cli_export(cli, HERE / "captures")
    return got


def main(argv: list[str]) -> int:
    # the Python checks run on the CLI's tree, in a child process
    return score_identity(argv, __file__, __doc__ or "", "R_CAPTURES60_CHILD", _checks)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

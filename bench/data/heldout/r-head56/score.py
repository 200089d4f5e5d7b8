"""Score veille on the r-head56 held-out set (issue 14: headline and deck in a link run,
role after a byline's name, credits closing a middle paragraph, a full copy with a paywall
notice called a teaser). Each single case is ingested alone into its own data directory; a
``group`` is ingested file after file into one store. Checks per case (gold.jsonl):

* ``title``: the stored headline (``content.title``) is the gold one;
* ``text`` (each line): the line is kept whole as the lead or a paragraph;
* ``notlink`` (each line): the line is not listed as a dropped ``link``;
* ``out`` (each line): the line is neither title, lead nor paragraph;
* ``authors``: the stored ``content.authors``;
* ``credit``: ``content.evidence.credit`` (empty when none);
* groups: ``not_teaser`` / ``teaser`` (each file): whether its ``dedup.relation`` is
  ``teaser``; ``original``: the file the other copies of the group point to
  (``dedup.duplicate_of``) and that points to none.

Prints one line per check ("ok" or "MISS"), then "checks R / N".

Usage: python score.py VEILLE_CLI [WORK_DIR]
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.exported_cases import ENV, print_checks  # noqa: E402


def _ingest(cli: str, data: Path, files: list[str], work: Path) -> dict[str, dict[str, Any]]:
    """The exported records of ``files`` ingested in turn into the store ``data``, by the
    capture's file name (``raw.origin``)."""
    data.mkdir(parents=True)
    for name in files:
        shutil.copy(HERE / "cases" / name, work / name)
        subprocess.run([cli, "--data-dir", str(data), "ingest", str(work / name)],
                       capture_output=True, env=ENV)
    out = subprocess.run([cli, "--data-dir", str(data), "export", "--format", "jsonl"],
                         capture_output=True, text=True, env=ENV).stdout
    rows = [json.loads(x) for x in out.splitlines() if x.startswith("{")]
    return {Path((r.get("raw") or {}).get("origin") or "").name: r for r in rows}


def _single(case: dict[str, Any], row: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    content = row.get("content") or {}
    evidence = content.get("evidence") or {}
    dropped = [line.split("\t", 1) for line in (evidence.get("dropped") or "").splitlines()]
    links = {parts[-1] for parts in dropped if len(parts) == 2 and parts[0] == "link"}
    text = [content.get("lead"), *(content.get("paragraphs") or [])]
    shown = [content.get("title"), *text]
    out: list[tuple[str, Any, Any]] = []
    if "title" in case:
        out.append(("title", case["title"], content.get("title")))
    out += [(f"text {line[:30]!r}", True, line in text) for line in case.get("text", [])]
    out += [(f"notlink {line[:30]!r}", False, line in links)
            for line in case.get("notlink", [])]
    out += [(f"out {line[:30]!r}", False, line in shown) for line in case.get("out", [])]
    if "authors" in case:
        out.append(("authors", case["authors"], content.get("authors")))
    if "credit" in case:
        out.append(("credit", case["credit"], evidence.get("credit", "")))
    return out


def _group(case: dict[str, Any], rows: dict[str, dict[str, Any]]) -> list[tuple[str, Any, Any]]:
    def relation(name: str) -> str:
        return ((rows.get(name) or {}).get("dedup") or {}).get("relation", "?")
    out: list[tuple[str, Any, Any]] = []
    out += [(f"not_teaser {n}", False, relation(n) == "teaser") for n in case.get("not_teaser", [])]
    out += [(f"teaser {n}", True, relation(n) == "teaser") for n in case.get("teaser", [])]
    if "original" in case:
        ids = {n: r["id"] for n, r in rows.items()}
        first = ids.get(case["original"])
        others = [((rows[n].get("dedup") or {}).get("duplicate_of")) for n in rows
                  if n != case["original"]]
        own = (rows.get(case["original"], {}).get("dedup") or {}).get("duplicate_of")
        out.append((f"original {case['original']}", True,
                    own is None and all(o == first for o in others)))
    return out


def main(argv: list[str]) -> int:
    cli = argv[0]
    work = Path(argv[1] if len(argv) > 1 else "/tmp/r-head56/heldout")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    checks: list[tuple[str, str, Any, Any]] = []
    lines = (HERE / "gold.jsonl").read_text("utf-8").splitlines()
    for n, line in enumerate(x for x in lines if x.strip()):
        case = json.loads(line)
        if "group" in case:
            rows = _ingest(cli, work / f"d{n}", case["group"], work)
            checks += [(case["group"][0].rsplit("_", 1)[0], *c) for c in _group(case, rows)]
        else:
            row = _ingest(cli, work / f"d{n}", [case["file"]], work).get(case["file"], {})
            checks += [(case["file"], *c) for c in _single(case, row)]
    print_checks(checks)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

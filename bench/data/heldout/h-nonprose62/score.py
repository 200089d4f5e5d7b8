"""Score veille on the h-nonprose62 held-out set (issue 14/16, t-final61 #6: bodies that
are no prose -- a keyword dump, a list of tags or names, one a paragraph or a line, a
comma list -- in HTML pages, feed items and wire items were enriched, clustered and
alerted; short real briefs must keep working).

Part 1, each case of ``gold.jsonl`` alone (:func:`lib.exported_cases.exported_cases`):
``stored`` (the store keeps it) and ``flagged`` (its stored evidence says "not prose"
exactly when the gold says ``not_prose``).

Part 2, every case in one store, with a saved search (alerts by e-mail, queued) naming the cases' places before the
ingest: ``ingest says`` (a summary line names each non-prose file and "prose", none names
a prose file), then after ``veille enrich`` and ``veille alerts send``: ``no entities``
(a non-prose item has no entity), ``alone`` (no other article shares its story),
``not alerted`` (the outbox names no non-prose headline), and for prose items ``enriched``
(not marked as unread) and ``alerted`` (the flash, the briefs).

Prints one line per check ("ok" or "MISS"), "checks R / N", then "total: R/N".

Usage: python score.py VEILLE_CLI [WORK_DIR]
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.exported_cases import ENV, exported_cases, print_checks  # noqa: E402

#: The saved search of part 2: a word of each case's subject, in its language.
QUERY = ("cortezuela OR lindenfeld OR harbourton OR greyhaven OR заречье OR новоозёрске "
         "OR valmorena OR valbourg OR brévannes OR الريم OR almadora")


def _run(cli: str, data: Path, *args: str) -> str:
    done = subprocess.run([cli, "--data-dir", str(data), *args], capture_output=True,
                          text=True, env=ENV)
    return done.stdout + done.stderr


def shared_store(cli: str, work: Path, cases: list[dict]) -> list[tuple[str, str, object, object]]:
    """Part 2's checks: every case ingested in one store (see the module's docstring)."""
    data, inputs = work / "shared", work / "shared-in"
    inputs.mkdir(parents=True)
    for case in cases:
        shutil.copy(HERE / "cases" / case["file"], inputs / case["file"])
    _run(cli, data, "saved", "add", "watch", QUERY, "--email", "veille@example.org")
    said = _run(cli, data, "ingest", *sorted(str(p) for p in inputs.iterdir())).splitlines()
    (work / "shared-ingest.txt").write_text("\n".join(said), "utf-8")
    _run(cli, data, "enrich")
    _run(cli, data, "alerts", "send")
    outbox = _run(cli, data, "alerts", "status")
    rows = [json.loads(x) for x in _run(cli, data, "export", "--format", "jsonl").splitlines()
            if x.startswith("{")]
    # a feed file's item is "FILE#N"
    by_file = {Path(r["raw"]["origin"]).name.partition("#")[0]: r for r in rows}
    stories: dict[str, int] = {}
    for r in rows:
        sid = (r.get("dedup") or {}).get("story_id")
        stories[sid] = stories.get(sid, 0) + 1
    checks: list[tuple[str, str, object, object]] = []
    for case in cases:
        file, np = case["file"], case["not_prose"]
        told = any("prose" in line.partition(file)[2] for line in said)  # after its path
        checks.append((file, "ingest says", np, told))
        row = by_file.get(file)
        if row is None:
            checks.append((file, "stored (shared)", True, False))
            continue
        enrichment = row.get("enrichment") or {}
        title = (row.get("content") or {}).get("title") or ""
        if np:
            checks.append((file, "no entities", [], enrichment.get("entities") or []))
            checks.append((file, "alone", 1, stories.get((row.get("dedup") or {})
                                                         .get("story_id"))))
            checks.append((file, "not alerted", False, bool(title) and title[:40] in outbox))
        else:
            checks.append((file, "enriched", True, bool(enrichment)
                           and not enrichment.get("not_prose")))
            if case.get("alerted"):
                checks.append((file, "alerted", True, title[:40] in outbox))
    return checks


def main(argv: list[str]) -> int:
    cli = argv[0]
    work = Path(argv[1] if len(argv) > 1 else "/tmp/h-nonprose62/heldout")
    checks: list[tuple[str, str, object, object]] = []
    cases = []
    for case, rows in exported_cases(HERE, cli, work):
        cases.append(case)
        evidence = ((rows[0].get("content") or {}).get("evidence") or {}) if rows else {}
        checks.append((case["file"], "stored", True, bool(rows)))
        checks.append((case["file"], "flagged", case["not_prose"],
                       bool(evidence.get("not_prose"))))
    checks.extend(shared_store(cli, work, cases))
    right, total = print_checks(checks)
    print(f"total: {right}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Score veille on the r-extract60 held-out set (issues 14/13; t-final59 #8 and "32-broken").

Each case of ``gold.jsonl`` (files in ``cases/``; ``python build.py`` writes the made ones)
is ingested alone into its own data directory with ``--source GIVEN``, enriched with
``veille enrich``, and read back with ``veille export --format jsonl``. Checks, as the gold
line names them:

- ``stored``: whether an article was stored (short real news in broken HTML must be; a page
  of menu links or a cookie banner must not);
- ``title``: the stored headline; ``body_has`` / ``body_lacks``: phrases the paragraphs must
  hold / must not hold (a headline glued onto the first sentence);
- ``junk``: a text whose body is no prose (word salad, a repeated token list, a keyword
  dump), under a headline or not: refused, or stored with no entity, place, quote or date
  mentioned after ``enrich`` (``junk_clean``);
- ``enriched_has``: a control of real prose that looks repetitive (a paragraph pasted six
  times, a results list, a one-sentence brief): stored, and the name is among its
  entities or places.

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
from lib.exported_cases import ENV, print_checks  # noqa: E402


def _run(cli: str, data: Path, *args: str) -> str:
    return subprocess.run([cli, "--data-dir", str(data), *args], capture_output=True,
                          text=True, env=ENV).stdout


def main(argv: list[str]) -> int:
    cli = argv[0]
    work = Path(argv[1] if len(argv) > 1 else "/tmp/r-extract60/heldout")
    shutil.rmtree(work, ignore_errors=True)
    checks: list[tuple[str, str, object, object]] = []
    for n, line in enumerate((HERE / "gold.jsonl").read_text("utf-8").splitlines()):
        case = json.loads(line)
        data = work / f"d{n}"
        data.mkdir(parents=True)
        path = work / case["file"]
        shutil.copy(HERE / "cases" / case["file"], path)
        _run(cli, data, "ingest", "--source", case["given"], str(path))
        _run(cli, data, "enrich")
        rows = [json.loads(x) for x in _run(cli, data, "export", "--format", "jsonl")
                .splitlines() if x.startswith("{")]
        content = (rows[0].get("content") or {}) if rows else {}
        body = "\n".join(content.get("paragraphs") or [])
        file = case["file"]
        if "stored" in case:
            checks.append((file, "stored", case["stored"], bool(rows)))
        if "title" in case:
            checks.append((file, "title", case["title"], content.get("title")))
        for phrase in case.get("body_has", []):
            checks.append((file, f"body_has {phrase[:30]!r}", True, phrase in body))
        for phrase in case.get("body_lacks", []):
            checks.append((file, f"body_lacks {phrase!r}", True, bool(rows) and phrase not in body))
        if case.get("junk"):
            found = [k for r in rows for k in ("entities", "places", "quotes", "dates")
                     if (r.get("enrichment") or {}).get(k)]
            checks.append((file, "junk_clean", [], found))
        if "enriched_has" in case:
            names = {str(x.get("name")) for r in rows for k in ("entities", "places")
                     for x in ((r.get("enrichment") or {}).get(k) or [])}
            checks.append((file, "enriched_has", True, case["enriched_has"] in names))
    right, total = print_checks(checks)
    print(f"total: {right}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Score veille on the h-head54 held-out set: each plain-text capture ingested alone into its
own data directory, then read back from ``veille export``. Checks per case:

* ``title``: the headline stored (``content.title``) is the gold one;
* ``kept``: the headline line is not lost: it is the title, the lead, a paragraph or a line
  listed as dropped (``content.evidence.dropped``);
* ``url`` (cases whose first line is their address): the record's ``url`` is that address.

Prints one line per check ("ok" or "MISS", with what was wanted and what came out), then
"checks R / N".

Usage: python score.py VEILLE_CLI [WORK_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.exported_cases import exported_cases  # noqa: E402


def main(argv: list[str]) -> int:
    cli = argv[0]
    work = Path(argv[1] if len(argv) > 1 else "/tmp/h-head54/heldout")
    right = total = 0
    for case, rows in exported_cases(HERE, cli, work):
        row = rows[0] if rows else {}
        content = row.get("content") or {}
        dropped = [line.split("\t", 1)[-1] for line in
                   (content.get("evidence") or {}).get("dropped", "").splitlines()]
        found = [content.get("title"), content.get("lead"), *(content.get("paragraphs") or []),
                 *dropped]
        checks = [("title", case["title"], content.get("title")),
                  ("kept", True, case["title"] in found)]
        if "url" in case:
            checks.append(("url", case["url"], row.get("url")))
        for name, want, have in checks:
            total += 1
            if want == have:
                right += 1
                print(f"ok   {case['file']} {name}")
            else:
                print(f"MISS {case['file']} {name}: want {want!r} got {have!r}")
    print(f"checks {right} / {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

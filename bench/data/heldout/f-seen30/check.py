"""Held-out checks of f-seen30: veille's own times, the quotes list's order, French dates.

Run it with the tree under test first on the path and its command:

    PYTHONPATH=$PWD/src .venv/bin/python bench/data/heldout/f-seen30/check.py /work/vbin-NAME

It prints one line per check (PASS or FAIL with what was seen) and the count passed.
Inputs are in this directory (composed for this set; invented outlets and people).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).parent
warnings.filterwarnings("ignore", category=DeprecationWarning)
CHECKS: list[tuple[str, bool, str]] = []


def check(name: str, ok: bool, seen: object) -> None:
    CHECKS.append((name, ok, str(seen)))


def run(cli: str, data: Path, *args: str) -> str:
    done = subprocess.run([cli, "--data-dir", str(data), *args], capture_output=True,
                          text=True, timeout=600)
    if done.returncode:
        raise RuntimeError(f"{args}: {done.stderr}")
    return done.stdout


def when(value: str) -> datetime:
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def seen_times(cli: str, root: Path) -> None:
    """F9: two saves of one page, their files written days before the ingest."""
    from fastapi.testclient import TestClient

    from veille.settings import Settings
    from veille.web.app import create_app

    files = root / "files"
    files.mkdir()
    for name, stamp in (("v1-lanterne-crue.html", "2026-11-27 06:20"),
                        ("v2-lanterne-crue.html", "2026-11-27 17:05")):
        shutil.copy(HERE / name, files / name)
        subprocess.run(["touch", "-d", stamp, str(files / name)], check=True)
    data = root / "seen"
    started = datetime.now(UTC).replace(microsecond=0)
    run(cli, data, "ingest", str(files / "v1-lanterne-crue.html"))
    time.sleep(1.1)
    run(cli, data, "ingest", str(files / "v2-lanterne-crue.html"))
    [line] = run(cli, data, "latest", "--json").splitlines()
    article_id = json.loads(line)["id"]
    shown = json.loads(run(cli, data, "show", article_id, "--json"))
    first = when(shown["first_seen"])
    dup = json.loads(run(cli, data, "duplicates", article_id, "--json"))
    seen = [when(v["seen_at"]) for v in dup["versions"]]
    check("cli: first seen is during the ingest", first >= started, first)
    check("cli duplicates: every version seen during the ingest",
          bool(seen) and all(s >= started for s in seen), seen)
    check("cli duplicates: version 1 seen when the article was first seen",
          bool(seen) and seen[0] == first, (seen[:1], first))
    revised = dup.get("revised_at")
    check("cli duplicates: the current content seen after version 1",
          revised is not None and when(revised) > first, revised)
    text = run(cli, data, "duplicates", article_id)
    days = re.findall(r"(\d{4}-\d\d-\d\d \d\d:\d\d) UTC", text)
    check("cli duplicates (text): no 'seen by veille' time before the ingest",
          bool(days) and all(d >= started.strftime("%Y-%m-%d %H:%M") for d in days), days)
    with TestClient(create_app(Settings(data_dir=data)),
                    base_url="http://127.0.0.1") as http:
        api = http.get(f"/api/v1/articles/{article_id}").json()
        check("api: first seen as the CLI's", when(api["first_seen"]) == first,
              (api["first_seen"], first))
        api_seen = [when(v["seen_at"]) for v in api["versions"]]
        check("api: versions seen during the ingest",
              bool(api_seen) and all(s >= first for s in api_seen), api_seen)
        page = http.get(f"/articles/{article_id}", params={"lang": "fr"}).text
        found = re.search(r"<dt>Vu pour la première fois le</dt><dd><time datetime=\"([^\"]+)\"",
                          page)
        check("web page: first seen as the CLI's",
              found is not None and when(found.group(1)) == first,
              found.group(1) if found else None)
        versions = re.findall(r"Version \d[^<]*?, vue le ([^<,]*)", re.sub(r"<[^>]+>", "",
                                                                          page))
        check("web page: no version seen on 27 Nov (the files' day)",
              bool(versions) and not any("27 nov" in v for v in versions), versions)


def quotes_order(cli: str, root: Path) -> None:
    """U2: quotes of an undated article come after the dated ones, as in `veille latest`."""
    data = root / "quotes"
    run(cli, data, "ingest", str(HERE / "quotes.jsonl"))
    run(cli, data, "enrich")
    rows = [json.loads(line) for line in run(cli, data, "quotes", "--json").splitlines()]
    undated = [r.get("date_is_first_seen", False) for r in rows]
    check("cli quotes: dated quotes first, undated apart after them",
          len(rows) >= 3 and undated == sorted(undated), [r["text"][:20] for r in rows])


def french_dates() -> None:
    """U8: "1er" in French; a week or month reads as one."""
    from veille.web.i18n import load_locales

    t = load_locales()
    fr, en = t["fr"], t["en"]
    check("fr: day mentioned on the 1st", fr.mentioned("2026-12-01", "day")
          == "mardi 1er décembre 2026", fr.mentioned("2026-12-01", "day"))
    check("fr: medium date on the 1st", fr.day("2026-12-01") == "1er déc. 2026",
          fr.day("2026-12-01"))
    check("fr: another day unchanged", fr.day("2026-12-11") == "11 déc. 2026",
          fr.day("2026-12-11"))
    week = fr.mentioned("2026-11-16", "week")
    check("fr: a week reads as a week", week == "semaine du 16 novembre 2026", week)
    week_en = en.mentioned("2026-11-16", "week")
    check("en: a week reads as a week", week_en == "week of November 16, 2026", week_en)
    month = fr.mentioned("2026-11-01", "month")
    check("fr: a month reads as a month", month == "novembre 2026", month)


def main() -> int:
    cli = sys.argv[1] if len(sys.argv) > 1 else "veille"
    root = Path(tempfile.mkdtemp(prefix="f-seen30-"))
    os.environ.setdefault("VEILLE_DATA_DIR", str(root / "unused"))
    try:
        for part in (lambda: seen_times(cli, root), lambda: quotes_order(cli, root),
                     french_dates):
            try:
                part()
            except Exception as exc:  # a part that cannot run counts as one failure
                check(f"(could not run: {type(exc).__name__})", False, exc)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    for name, ok, seen in CHECKS:
        print(f"{'PASS' if ok else 'FAIL'}  {name}" + ("" if ok else f"  -- {seen}"))
    passed = sum(ok for _, ok, _ in CHECKS)
    print(f"{passed}/{len(CHECKS)} passed")
    return 0 if passed == len(CHECKS) else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Score veille on the h-arabic53 held-out Arabic captures (CC0, written for veille).

Usage: ``python score.py VEILLE_COMMAND`` (e.g. /work/vbin-h-arabic53). Each capture is
ingested into a fresh data directory under a temporary folder, enriched, then checked:
outlet (``show``'s source), zone (publication in UTC, not an assumed zone), places
(``places`` lists a place of the expected country) and speaker (``quotes``). Prints one
line per check, then the total.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES: dict[str, dict[str, str]] = {
    "a1-maroc-rabat": {"outlet": "هسبريس", "utc": "2026-11-10T13:05", "place": "MA",
                       "speaker": "محمد الصديقي"},
    "a2-algerie-oran": {"outlet": "الشروق أونلاين", "utc": "2026-11-11T08:30", "place": "DZ",
                        "speaker": "كريم بلقاسم"},
    "a3-egypte-alexandrie": {"outlet": "اليوم السابع", "utc": "2026-11-12T18:15",
                             "place": "EG", "speaker": "أحمد سمير"},
    "a4-liban-beyrouth": {"outlet": "النهار", "utc": "2026-11-13T09:40", "place": "LB",
                          "speaker": "سامي نصار"},
    "a5-emirats-dubai": {"outlet": "الخليج", "utc": "2026-11-14T06:00", "place": "AE",
                         "speaker": "خالد المري"},
    "a6-maroc-fes": {"outlet": "هسبريس", "utc": "2026-11-15T06:45", "place": "MA"},
    "a7-qatar-doha": {"outlet": "الجزيرة نت", "place": "QA", "speaker": "ماجد الأنصاري"},
    "a8-tunisie-sfax": {"outlet": "الصباح نيوز", "utc": "2026-11-16T15:10", "place": "TN",
                        "speaker": "منير الطرابلسي"},
}


def _run(cmd: str, data: str, *args: str) -> str:
    env = dict(os.environ, VEILLE_DATA_DIR=data)
    done = subprocess.run([cmd, *args], env=env, capture_output=True, text=True, check=False)
    return done.stdout


def _utc(shown: str) -> str:
    """The UTC minute ("2026-11-10T13:05") of ``show``'s publication line."""
    try:
        when = datetime.fromisoformat(shown.split()[0])
    except (ValueError, IndexError):
        return ""
    if when.tzinfo is None:
        return ""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def main() -> int:
    cmd = sys.argv[1]
    total = passed = 0
    with tempfile.TemporaryDirectory(prefix="h-arabic53-") as tmp:
        for name, want in CASES.items():
            data = os.path.join(tmp, name)
            _run(cmd, data, "ingest", str(HERE / f"{name}.txt"))
            _run(cmd, data, "enrich")
            latest = _run(cmd, data, "latest")
            aid = latest.split()[0] if latest.strip() else ""
            show = _run(cmd, data, "show", aid)
            places = _run(cmd, data, "places")
            quotes = _run(cmd, data, "quotes")
            source = re.search(r"^\s*source: (.*)$", show, re.M)
            published = re.search(r"^\s*published: (.*)$", show, re.M)
            checks = {"outlet": bool(source) and want["outlet"] in source.group(1),
                      "place": re.search(rf"\s{want['place']}\s", places) is not None}
            if "utc" in want:
                checks["zone"] = bool(published) and _utc(published.group(1)) == want["utc"]
            if "speaker" in want:
                checks["speaker"] = any(line.split(":", 1)[0].strip().endswith(want["speaker"])
                                        for line in quotes.splitlines() if ":" in line)
            for check, ok in checks.items():
                total += 1
                passed += ok
                print(f"{name}\t{check}\t{'ok' if ok else 'FAIL'}")
    print(f"total {passed}/{total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

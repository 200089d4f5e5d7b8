"""Every time of a list says its zone (t-final25 S11): ``veille latest`` printed "06:05
UTC" (Reuters) above a bare "06:10" (Le Monde, Paris time) above "08:45 UTC+4", and the bare
one read as the same clock as UTC. The English article page's "First seen" had no zone
while every other time had one."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import httpx
from web_kit import serve

from capture_kit import err, out, run_veille

TEXT = ("Les sauveteurs ont dégagé la route départementale après un éboulement survenu dans "
        "la nuit, a indiqué la préfecture, qui appelle les automobilistes à la prudence.")


def _record(n: int, date: str, source: str) -> dict[str, str]:
    return {"url": f"https://{source}/article-{n}", "source": source, "date": date,
            "title": f"Éboulement sur la route numéro {n}", "text": f"{TEXT} Dossier {n}."}


def test_latest_labels_every_time_with_its_zone(tmp_path: Path) -> None:
    feed = tmp_path / "zones.jsonl"
    records = [_record(1, "2026-12-03T06:05:00Z", "reuters.com"),
               _record(2, "2026-12-03T07:10:00+01:00", "lemonde.fr"),
               _record(3, "2026-12-03T10:45:00+04:00", "clicanoo.re")]
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    data = tmp_path / "data"
    assert run_veille(["ingest", str(feed)], data_dir=data).returncode == 0
    result = run_veille(["latest"], data_dir=data)
    assert result.returncode == 0, err(result)
    times = re.findall(r"2026-12-03 (\d\d:\d\d)( \S+)?", out(result))
    assert sorted(times) == [("06:05", " UTC"), ("07:10", " UTC+1"), ("10:45", " UTC+4")], (
        out(result))

    with serve(data) as live, httpx.Client(base_url=live.url, timeout=60) as http:
        hits = http.get("/api/v1/search", params={"q": "éboulement"}).json()["hits"]
        page = html.unescape(http.get(f"/articles/{hits[0]['id']}",
                                      params={"lang": "en"}).text)
        seen = page.split("First seen</dt><dd>")[1].split("</dd>")[0]
        # the zone beside the time, inside its <time> since every time names it (t-final62)
        assert re.search(r" \(UTC\+[12]\)(</time>)?$", seen), seen

"""Held-out checks for f-html32: zone abbreviations, masthead h1s and kickers, update-only
dates, declared version times and the stats duplicates figure. Each case is ingested
with the CLI into its own temporary data dir (real SQLite); prints PASS/FAIL per check
and the total. Usage: python score.py [path to veille CLI]  (default: /work/vbin-f-html32)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLI = sys.argv[1] if len(sys.argv) > 1 else "/work/vbin-f-html32"


def run(data: str, *args: str) -> str:
    out = subprocess.run([CLI, "--data-dir", data, *args], capture_output=True, text=True,
                         check=False, env={"PATH": "/usr/bin:/bin", "VEILLE_LANG": "en",
                                           "LANG": "C.UTF-8"})
    return out.stdout


def ingest(files: list[tuple[str, str]]) -> tuple[str, list[dict]]:
    data = tempfile.mkdtemp(prefix="fh32-")
    for name, source in files:
        run(data, "ingest", str(HERE / name), "--source", source)
    rows = [json.loads(line) for line in run(data, "export").splitlines() if line.strip()]
    return data, rows


results: list[tuple[str, bool]] = []


def check(name: str, ok: bool) -> None:
    results.append((name, ok))
    print(f"{'PASS' if ok else 'FAIL'}  {name}")


# 1. Zone abbreviations: (file, source, expected UTC instant or None = must be "assumed")
TZ = [("tz/t01_cst.txt", "wacotribune.com", "2026-12-02T13:40"),
      ("tz/t02_cdt.txt", "prairieledger.com", "2026-09-14T15:05"),
      ("tz/t03_mst.txt", "desertsentinel.com", "2026-12-01T03:00"),
      ("tz/t04_mdt.txt", "rockyridgetimes.com", "2026-09-10T00:45"),
      ("tz/t05_akst.txt", "northernlightnews.com", "2026-11-30T20:20"),
      ("tz/t06_hst.txt", "islandcurrent.com", "2026-11-29T02:10"),
      ("tz/t07_ast.txt", "harbourchronicle.ca", "2026-12-01T18:30"),
      ("tz/t08_ct.txt", "lakeshoredaily.com", "2026-11-27T23:00"),
      ("tz/t09_mt.txt", "highplainsrecord.com", "2026-12-01T16:30"),
      ("tz/t10_est.txt", "capitalbeacon.com", "2026-11-20T11:00"),
      ("tz/t11_ist_in.txt", "coastalherald.in", "2026-12-02T14:45"),
      ("tz/t12_ist_none.txt", "worldbrief.com", None),
      ("tz/t14_cst_zh.txt", "huadongribao.cn", "2026-11-26T06:30")]
for name, source, want in TZ:
    data, rows = ingest([(name, source)])
    content = rows[0]["content"] if rows else {}
    from datetime import UTC, datetime
    published = content.get("published")
    how = str(content.get("evidence", {}).get("timezone", ""))
    if want is None:
        check(f"{name}: ambiguous zone not taken as given (evidence {how!r})",
              how.startswith("assumed"))
        latest = run(data, "latest")
        check(f"{name}: latest marks the time assumed", "assumed time" in latest)
        continue
    got = (datetime.fromisoformat(published).astimezone(UTC).strftime("%Y-%m-%dT%H:%M")
           if published else None)
    check(f"{name}: {got} == {want} UTC", got == want)
    check(f"{name}: zone given, not assumed ({how!r})", not how.startswith("assumed"))

# assumed UTC time must say so in `latest`
data, rows = ingest([("tz/t13_nozone.txt", "metrowire.com")])
check("tz/t13_nozone.txt: latest says 'assumed time'", "assumed time" in run(data, "latest"))

# 2. HTML: headline is the article's h1, body does not open with the kicker
HTML = [("html/h1_logo_kicker.html", "journaldegrenoble.fr",
         "Grenoble : un ancien adjoint condamné", "Justice", "Le tribunal correctionnel"),
        ("html/h2_sitetitle_surtitre.html", "courrierdusud.fr",
         "Nîmes : deux hommes interpellés", "Faits divers", "Deux hommes de 24"),
        ("html/h3_en_eyebrow.html", "harbortimes.com",
         "Bay cleanup removes 12 tons", "Environment", "Volunteers removed"),
        ("html/h4_control.html", "ouestmatin.fr",
         "Rennes : la rocade fermée", None, "La rocade ouest")]
for name, source, title, kicker, first in HTML:
    data, rows = ingest([(name, source)])
    content = rows[0]["content"] if rows else {}
    paras = content.get("paragraphs") or []
    check(f"{name}: headline {content.get('title')!r}",
          str(content.get("title", "")).startswith(title))
    check(f"{name}: body opens with the article ({(paras or [''])[0][:30]!r})",
          bool(paras) and paras[0].startswith(first))
    if kicker:
        check(f"{name}: kicker {kicker!r} not a paragraph", kicker not in paras)

# 3. Update-only pages: dated by the update time, said so in evidence
UPD = [("upd/u1_et.txt", "harborsidepost.com", "2026-11-30T00:05"),
       ("upd/u2_fr.txt", "echodurhone.fr", "2026-12-01T17:40")]
for name, source, want in UPD:
    data, rows = ingest([(name, source)])
    content = rows[0]["content"] if rows else {}
    published = content.get("published")
    got = (datetime.fromisoformat(published).astimezone(UTC).strftime("%Y-%m-%dT%H:%M")
           if published else None)
    check(f"{name}: dated {got} == {want}", got == want)
    ev = json.dumps(content.get("evidence", {}))
    check(f"{name}: evidence says the date is the update's", "updat" in ev.lower())
    check(f"{name}: latest does not say 'date unknown'",
          "date unknown" not in run(data, "latest"))

# 4. duplicates' declared time; stats' duplicates figure
data, rows = ingest([("dup/d1_orig.txt", "gazettedeprovence.fr"),
                     ("dup/d2_copy.txt", "varinfos.fr"),
                     ("dup/d3_orig_v2.txt", "gazettedeprovence.fr")])
ids = {r["source"]: r["id"] for r in rows}
orig = ids.get("gazettedeprovence.fr", "")
out = run(data, "duplicates", orig, "--json")
try:
    doc = json.loads(out)
except ValueError:
    doc = {}
versions = doc.get("versions", [])
check(f"dup: a version is kept ({len(versions)})", bool(versions))
check("dup: every version's declared time known",
      bool(versions) and all(v.get("declared_at") for v in versions))
stats = run(data, "stats")
line = next((ln for ln in stats.splitlines() if "duplicates:" in ln), "")
check(f"stats: duplicates figure counts the stored reprint ({line.strip()[:40]!r})",
      "duplicates: 0" not in line and bool(line))

passed = sum(ok for _, ok in results)
print(f"\nf-html32 held-out: {passed}/{len(results)} checks pass")

"""Held-out checks for f-html33: mastheads and kickers above the headline kept out of the
lead and the paragraphs; printed times in every order (time before date, "Uhr", dotted
times, glued and dotted am/pm) and their zone abbreviations (IST by the page's country).
Each input is ingested with the CLI into its own temporary data dir (real SQLite) and read
back with `export`; prints PASS/FAIL per check and the total.
Usage: python score.py [path to veille CLI]  (default: /work/vbin-f-html33)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLI = sys.argv[1] if len(sys.argv) > 1 else "/work/vbin-f-html33"
ENV = {"PATH": "/usr/bin:/bin", "VEILLE_LANG": "en", "LANG": "C.UTF-8"}

# file, source, headline start, first paragraph (and lead) start, labels that must be
# neither paragraph nor lead, published UTC, updated UTC (None: none expected / not
# checked), zone: "given" or "assumed"
CASES = [
    ("html/h01_logo_h2.html", "tynesidecourier.co.uk", "Metro services suspended",
     "Metro trains between", ["Tyneside Courier"], "2026-02-12T09:05", None, "given"),
    ("html/h02_kicker_abbrev.html", "lakesideledger.com", "Ferry Runs Aground",
     "A car ferry carrying", ["U.S."], "2026-02-19T01:40", None, "given"),
    ("html/h03_surtitre_fr.html", "courrierdeloise.fr", "Beauvais : l'aéroport",
     "L'aéroport de Beauvais", ["Hauts-de-France", "Le Courrier de l'Oise"],
     "2026-02-12T07:15", None, "assumed"),
    ("html/h04_logo_parent.html", "valleygazette.com", "County fair board",
     "The Gallatin County", ["Valley Gazette"], "2026-03-10T22:15", None, "given"),
    ("html/h05_eyebrow_wrapped.html", "harbourcitydaily.com.au", "Sydney swimmer breaks",
     "Teenager Mia Carter", ["Sport"], "2026-03-03T08:10", None, "given"),
    ("html/h06_control_fr.html", "echodalsace.fr", "Marché de Noël",
     "Le marché de Noël", [], "2026-11-30T16:40", None, "assumed"),
    ("html/h07_mesz_de.html", "kielerrundschau.de", "Fähre nach Oslo",
     "Die Fähre von Kiel", ["Schifffahrt", "Kieler Rundschau"], "2026-07-14T06:30", None,
     "given"),
    ("html/h08_uhr_at.html", "grazertagblatt.at", "Murbrücke in Graz",
     "Die Tegetthoffbrücke", [], "2026-03-05T13:10", None, "assumed"),
    ("html/h09_ist_ie.html", "connachtpost.ie", "Galway city centre flooded",
     "Shops along the Spanish Arch", ["Connacht Evening Post"], "2026-06-20T20:45", None,
     "given"),
    ("html/h10_ist_in.html", "deccanstar.in", "Pune Metro opens",
     "The Pune Metro opened", [], "2026-03-10T10:50", None, "given"),
    ("html/h11_hkt.html", "harbourstandard.com", "Star Ferry fares to rise",
     "Star Ferry fares will", ["Harbour Standard"], "2026-02-08T23:45", None, "given"),
    ("html/h12_sgt_between.html", "lioncitytimes.com", "Changi Airport handles",
     "Changi Airport handled", ["S'pore"], "2026-02-21T12:05", None, "given"),
    ("html/h13_update_cest_fr.html", "lavoixduquercy.fr", "Canicule : les écoles",
     "Les écoles maternelles", [], "2026-07-14", "2026-07-14T07:05", "given"),
    ("html/h14_nzdt.html", "southernsounds.co.nz", "Interislander sailings cancelled",
     "All Interislander", ["Transport"], "2026-03-03T04:30", None, "given"),
    ("html/h15_est_dots.html", "capitalsentinel.com", "Albany schools close",
     "Albany's public schools", ["Capital Region Sentinel"], "2026-02-04T16:02",
     "2026-02-04T16:02", "given"),
    ("cap/c01_est_update.txt", "granitestatewire.com", "Snowplow shortage",
     "", [], "2026-01-22T14:14", "2026-01-22T14:14", "given"),
    ("cap/c02_cst_both.txt", "prairiemorningnews.com", "Dallas tollway reopens",
     "", [], "2026-02-09T22:05", "2026-02-10T00:30", "given"),
    ("cap/c03_stand_uhr.txt", "nordseekurier.de", "Sturmflut an der Nordseeküste",
     "", [], "2026-03-12T18:05", None, "assumed"),
    ("cap/c04_ist_ie.txt", "munsterexaminer.ie", "Cork marathon route",
     "", [], "2026-06-20T20:45", None, "given"),
    ("cap/c05_ist_in.txt", "chennaichronicle.in", "Chennai power cuts",
     "", [], "2026-03-11T15:00", None, "given"),
    ("cap/c06_ist_none.txt", "globalbriefing.com", "Shipping insurer raises",
     "", [], "2026-03-11T14:10", None, "assumed"),
    ("cap/c07_dotted_pm_gmt.txt", "wessexecho.co.uk", "Bournemouth pier closed",
     "", [], "2026-02-02T19:15", None, "given"),
    ("cap/c08_uhr_at.txt", "tirolerbote.at", "Lawinenwarnstufe 4",
     "", [], "2026-03-05T16:20", None, "assumed"),
    ("cap/c09_heure_paris.txt", "journaldechambery.fr", "Le col du Mont-Cenis",
     "", [], "2026-03-03T17:40", None, "given"),
    ("cap/c10_time_first_edt.txt", "harborpointtimes.com", "Boston harbor water taxi",
     "", [], "2026-06-02T14:20", None, "given"),
]


def run(data: str, *args: str) -> str:
    return subprocess.run([CLI, "--data-dir", data, *args], capture_output=True, text=True,
                          check=False, env=ENV).stdout


def utc(value: str | None, day: bool) -> str | None:
    if not value:
        return None
    moment = datetime.fromisoformat(value)
    return moment.strftime("%Y-%m-%d") if day else moment.astimezone(UTC).strftime(
        "%Y-%m-%dT%H:%M")


results: list[tuple[str, bool]] = []


def check(name: str, ok: bool) -> None:
    results.append((name, ok))
    print(f"{'PASS' if ok else 'FAIL'}  {name}")


for name, source, title, first, labels, published, updated, zone in CASES:
    data = tempfile.mkdtemp(prefix="fh33-")
    run(data, "ingest", str(HERE / name), "--source", source)
    rows = [json.loads(line) for line in run(data, "export").splitlines() if line.strip()]
    content = rows[0]["content"] if rows else {}
    paras = content.get("paragraphs") or []
    lead = content.get("lead") or ""
    check(f"{name}: headline {str(content.get('title'))[:40]!r}",
          str(content.get("title") or "").startswith(title))
    if first:
        check(f"{name}: first paragraph {(paras or [''])[0][:30]!r}",
              bool(paras) and paras[0].startswith(first))
        check(f"{name}: lead {lead[:30]!r}", lead.startswith(first))
    for label in labels:
        check(f"{name}: {label!r} neither paragraph nor lead",
              label not in paras and lead != label)
    day = len(published) == 10
    got = utc(content.get("published"), day)
    check(f"{name}: published {got} == {published}", got == published)
    if updated:
        got = utc(content.get("updated"), False)
        check(f"{name}: updated {got} == {updated}", got == updated)
    how = str(content.get("evidence", {}).get("timezone", ""))
    check(f"{name}: zone {zone} ({how[:50]!r})",
          how.startswith("assumed") == (zone == "assumed") and bool(how))

passed = sum(ok for _, ok in results)
print(f"\nf-html33 held-out: {passed}/{len(results)} checks pass")

"""Regression (t-final59, issues 14 and 16), a real store, its index and the CLI:

- ``show`` lists a date whose weekday does not match among the dates mentioned, however
  many come before it (it was cut with "and 6 more", seen only in ``--json``);
- the CSV export has an ``updated`` column, and ``export --format json`` writes one JSON
  array (it was refused: JSON Lines only);
- ``place:`` accepts every name the place data knows for a place, a name another place
  bears too included ("Trèves" for Trier, also a commune of the Meuse: no article found)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.cli.enrichment_text import MAX_ROWS, shown_dates
from veille.cli.main import cli

DATES = """Le Guetteur du Val

Agenda chargé pour la communauté de communes du Val

Publié le 2 mars 2026 à 10h00

Le conseil se réunira le 4 mars, puis le 6 mars pour le budget. Une consultation ouvrira \
le 9 mars et se terminera le 13 mars. Les travaux commenceront le 16 mars, la piscine \
fermera le 23 mars et rouvrira le 30 mars. La fête aura lieu le 4 avril et la brocante le \
11 avril. Le président a confirmé qu'une réunion publique se tiendra le lundi 19 mars à \
18 heures.
"""
UPDATED = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Le gymnase de Sorèze rouvre ses portes</title>
<meta property="og:site_name" content="La Voix de Sorèze">
<link rel="canonical" href="https://voix-soreze.example.net/gymnase">
<meta property="article:published_time" content="2026-03-03T09:15:00+01:00">
<meta property="article:modified_time" content="2026-03-04T17:40:00+01:00"></head>
<body><article><h1>Le gymnase de Sorèze rouvre ses portes</h1>
<p>Le gymnase de Sorèze rouvrira lundi après six mois de travaux de toiture, a annoncé
l'adjoint aux sports, Fabien Arnal, lors du conseil municipal de mardi.</p>
<p>Les clubs de handball et de basket retrouveront leurs créneaux habituels dès la
semaine prochaine.</p></article></body></html>"""
TRIER = """Weinfest in Trier abgesagt

Von Lena Brandt

Das traditionelle Weinfest in Trier findet in diesem Jahr nicht statt, teilte die \
Stadtverwaltung am Mittwoch mit. Grund seien Bauarbeiten auf dem Hauptmarkt.

Die Winzer der Mosel bedauern die Entscheidung.
"""


def _run(data: Path, *args: str) -> str:
    ran = CliRunner().invoke(cli, ["--data-dir", str(data), *args])
    assert ran.exit_code == 0, ran.output
    return ran.output


def test_show_export_and_place_names(tmp_path: Path) -> None:
    data = tmp_path / "data"
    for name, text in (("dates.txt", DATES), ("page.html", UPDATED), ("trier.txt", TRIER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    _run(data, "ingest", str(tmp_path / "dates.txt"), str(tmp_path / "page.html"),
         str(tmp_path / "trier.txt"), "--source", "guetteur.example")
    _run(data, "enrich")
    records = [json.loads(line) for line in _run(data, "export").splitlines()]
    by_title = {r["content"]["title"]: r for r in records}
    dated = by_title["Agenda chargé pour la communauté de communes du Val"]
    found = dated["enrichment"]["dates"]
    assert len(found) > MAX_ROWS
    assert [d["value"] for d in found if d.get("weekday_ok") is False] == ["2026-03-19"]
    shown = _run(data, "show", dated["id"])
    assert "2026-03-19" in shown
    assert f"{len(found) - MAX_ROWS} more" in shown or f"{len(found) - MAX_ROWS} de plus" \
        in shown or str(len(found) - MAX_ROWS) in shown.split("2026-03-19")[-1]

    rows = list(csv.DictReader(io.StringIO(_run(data, "export", "--format", "csv"))))
    assert list(rows[0])[-2] == "updated"  # new columns last: positions are kept
    updated = {r["title"]: r["updated"] for r in rows}
    assert updated["Le gymnase de Sorèze rouvre ses portes"].startswith("2026-03-04T17:40")
    assert updated["Weinfest in Trier abgesagt"] == ""
    whole = json.loads(_run(data, "export", "--format", "json"))
    assert [r["id"] for r in whole] == [r["id"] for r in records]
    picked = json.loads(_run(data, "export", "--format", "json", "--query", "Sorèze"))
    assert [r["title"] for r in picked] == ["Le gymnase de Sorèze rouvre ses portes"]
    assert picked[0]["updated"].startswith("2026-03-04T17:40")
    assert json.loads(_run(data, "export", "--format", "json", "--query", "zzzqqq")) == []

    for name in ("Trier", "Trèves", "Treveri"):
        hits = json.loads(_run(data, "search", "--json", f"place:{name}"))["hits"]
        assert [h["title"] for h in hits] == ["Weinfest in Trier abgesagt"], name


_DATE = st.fixed_dictionaries({"value": st.sampled_from(["2026-03-01", "2026-03-02"]),
                               "weekday_ok": st.booleans(),
                               "date_is_first_seen": st.booleans()})


@given(st.lists(_DATE, max_size=20))
@settings(max_examples=200, deadline=None)
def test_every_flagged_date_is_shown(dates: list[dict[str, object]]) -> None:
    shown = shown_dates(dates)
    flagged = [d for d in dates if d["weekday_ok"] is False or d["date_is_first_seen"]]
    assert all(any(s is d for s in shown) for d in flagged)
    assert len({id(d) for d in shown}) == len(shown)
    assert len(shown) == max(len(flagged), min(len(dates), MAX_ROWS))
    # in the record's order
    at = [next(i for i, x in enumerate(dates) if x is d) for d in shown]
    assert at == sorted(at)

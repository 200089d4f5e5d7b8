"""``veille saved show NAME`` (t-final24 S4): it printed the saved search as a raw JSON object,
then only the articles stored after it was saved (the five that already matched were never
listed), each by the time veille first saw it, unlabelled. Now: the settings one labelled
line each, in the terminal's language, and the articles the search matches now, newest
published first, their publication time labelled; ``--json`` for scripts."""

from __future__ import annotations

import json
from pathlib import Path

from capture_kit import err, out, run_veille

FR = {"LANG": "fr_FR.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
EN = {"LANG": "C.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
TEXT = ("Le cyclone Belal s'approche de La Réunion, où la préfecture a déclenché l'alerte "
        "rouge mardi matin ; les écoles resteront fermées jusqu'à jeudi, a-t-on appris.")


def _record(i: int, title: str, published: str) -> str:
    return json.dumps({"title": title, "source": f"site{i}.fr", "published": published,
                       "url": f"https://site{i}.fr/a/{i}", "language": "fr",
                       "text": f"{TEXT}\n\nParagraphe propre numéro {i} : {title}."},
                      ensure_ascii=False)


def test_show_lists_what_matches_now_readably(tmp_path: Path) -> None:
    data = tmp_path / "data"
    before = tmp_path / "before.jsonl"
    before.write_text(_record(1, "Cyclone Belal : alerte rouge à La Réunion",
                              "2026-12-01T06:30:00+01:00") + "\n", encoding="utf-8")
    assert run_veille(["ingest", str(before)], data_dir=data).returncode == 0
    made = run_veille(["saved", "add", "Cyclones", "cyclone"], data_dir=data)
    assert made.returncode == 0, err(made)
    after = tmp_path / "after.jsonl"
    after.write_text(json.dumps({
        "title": "Après le cyclone Belal, Saint-Paul compte ses morts",
        "source": "site2.fr", "published": "2026-12-02T18:00:00+01:00", "language": "fr",
        "url": "https://site2.fr/a/2",
        "text": "Au lendemain du passage du cyclone, les habitants de Saint-Paul déblaient "
                "les rues envahies par la boue ; un homme a été emporté par une ravine.\n\n"
                "La préfecture a levé l'alerte mercredi soir et maintient la phase de "
                "sauvegarde sur toute l'île."}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run_veille(["ingest", str(after)], data_dir=data).returncode == 0

    shown = run_veille(["saved", "show", "Cyclones", "--keep-new"], data_dir=data, env=FR)
    assert shown.returncode == 0, err(shown)
    text = out(shown)
    assert not text.lstrip().startswith("{")  # no raw JSON object
    assert "requête : cyclone" in text
    assert "2 articles correspondent" in text
    rows = [line for line in text.splitlines() if "publié 2026-" in line]
    # both: the one stored before the search was saved too, by its publication time
    assert [r.split("publié ")[1][:16] for r in rows] == ["2026-12-02 18:00", "2026-12-01 06:30"]
    assert rows[0].startswith("*") and not rows[1].startswith("*")  # new since the visit

    english = out(run_veille(["saved", "show", "Cyclones", "--keep-new"], data_dir=data, env=EN))
    assert "query: cyclone" in english and "published 2026-12-01 06:30" in english

    scripted = run_veille(["saved", "show", "Cyclones", "--json"], data_dir=data)
    data_out = json.loads(out(scripted))
    assert data_out["query"] == "cyclone" and data_out["total"] == 2
    assert [m["new"] for m in data_out["matches"]] == [True, False]
    # the visit counted: nothing new now
    again = json.loads(out(run_veille(["saved", "show", "Cyclones", "--json"], data_dir=data)))
    assert [m["new"] for m in again["matches"]] == [False, False]

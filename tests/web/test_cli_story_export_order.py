"""A story's export names the original each copy copies and can list the story in its
timeline's order; ``veille stories`` says when ``-n`` cut the list (t-reader21 R17).

Before: the story CSV had a ``relation`` column but no column naming the original, and only
newest first; ``veille stories --json`` gave 20 of 90 stories with nothing saying so.
Real store, real CLI and a real server on 127.0.0.1.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import httpx
import pytest
from web_kit import serve

from veille.cli.main import main

TEXT = ("Le conseil municipal de Quimper a voté lundi soir la gratuité des bus le samedi, "
        "une mesure qui coûtera près de quatre cent mille euros par an à la ville.\n\n"
        "L'opposition a dénoncé une décision prise sans étude sur la fréquentation, tandis "
        "que le maire a promis un premier bilan dans un an.\n\n"
        "La mesure entrera en vigueur le premier samedi de janvier sur les douze lignes du "
        "réseau urbain, a précisé la régie des transports.")
OTHER = ("La médiathèque de Brest rouvre ses portes après huit mois de travaux de "
         "rénovation, avec une salle de jeux vidéo et des horaires élargis le dimanche.")


def _records(path: Path) -> Path:
    rows = [("https://www.agence.example/quimper-bus", "Quimper : les bus gratuits le samedi",
             TEXT, "2026-11-09T19:00:00+01:00"),
            ("https://www.journal.example/quimper-gratuite", "Bus gratuits à Quimper",
             TEXT, "2026-11-10T07:00:00+01:00"),
            ("https://www.radio.example/quimper", "Quimper vote la gratuité des bus",
             TEXT, "2026-11-10T08:30:00+01:00"),
            ("https://www.journal.example/brest-mediatheque", "Brest : la médiathèque rouvre",
             OTHER, "2026-11-11T10:00:00+01:00")]
    path.write_text("".join(json.dumps({"url": u, "title": t, "text": x, "published": p,
                                        "language": "fr"}, ensure_ascii=False) + "\n"
                            for u, t, x, p in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("story-export")
    assert main(["--data-dir", str(root / "data"), "ingest",
                 str(_records(root / "r.jsonl"))]) == 0
    return root / "data"


def _out(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[str, str]:
    capsys.readouterr()
    assert main(["--data-dir", str(data), *args]) == 0
    captured = capsys.readouterr()
    return captured.out, captured.err


def _story(data: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    stories = json.loads(_out(data, capsys, "stories", "--json", "--min-articles", "2")[0])
    [story] = stories
    assert story["articles"] == 3
    return dict(story)


def test_the_story_csv_names_each_copys_original_and_lists_the_timeline(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = _story(data, capsys)
    timeline = [str(i["id"]) for i in story["items"]]  # type: ignore[attr-defined]
    original = timeline[0]
    for order, want in (("timeline", timeline), ("newest", timeline[::-1])):
        out = _out(data, capsys, "export", "--format", "csv", "--story", str(story["id"]),
                   "--order", order)[0]
        rows = list(csv.DictReader(io.StringIO(out)))
        assert [r["id"] for r in rows] == want
        by_id = {r["id"]: r for r in rows}
        assert by_id[original]["original_id"] == "" and by_id[original]["relation"] == ""
        assert {by_id[i]["original_id"] for i in timeline[1:]} == {original}
        assert {by_id[i]["relation"] for i in timeline[1:]} == {"reprint"}
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=60) as http:
        page = http.get("/export.csv", params={"story": story["id"], "order": "timeline"})
        assert page.status_code == 200, page.text
        rows = list(csv.DictReader(io.StringIO(page.text)))
        assert [r["id"] for r in rows] == timeline
        assert [r["original_id"] for r in rows] == ["", original, original]
        default = http.get("/export.csv", params={"story": story["id"]}).text
        assert [r["id"] for r in csv.DictReader(io.StringIO(default))] == timeline[::-1]
        lines = http.get("/export.jsonl", params={"story": story["id"], "order": "timeline"})
        assert [json.loads(x)["original_id"] for x in lines.text.splitlines()] == [
            "", original, original]
        assert http.get("/export.csv", params={"story": story["id"],
                                               "order": "oldest"}).status_code == 422


def test_a_cut_story_list_says_so(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, err = _out(data, capsys, "stories", "--json", "-n", "1")
    assert len(json.loads(out)) == 1  # the bare array scripts read, unchanged
    assert "2 stories in all" in err
    assert "note: 1 of 2 shown; -n 2 lists them all" in err
    out, err = _out(data, capsys, "stories", "--json")
    assert len(json.loads(out)) == 2 and "note:" not in err

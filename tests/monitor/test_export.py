"""``veille export --format csv|jsonl`` of a search, a saved search and a story."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from capture_kit import err, json_record, run_veille


def ingest(data: Path, tmp: Path) -> None:
    lines = [json.dumps(json_record(i, title=f"Le volcan {i} gronde"), ensure_ascii=False)
             for i in range(3)]
    lines.append(json.dumps(json_record(9, title="=Formule, « guillemets » et ; virgule"),
                            ensure_ascii=False))
    (tmp / "in.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    assert run_veille(["ingest", str(tmp / "in.jsonl")], data_dir=data).returncode == 0


def test_csv_of_a_query_and_excel_variant(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ingest(data, tmp_path)
    result = run_veille(["export", "--format", "csv", "--query", "volcan"], data_dir=data)
    assert result.returncode == 0, err(result)
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode("utf-8"))))
    assert len(rows) == 3
    assert set(rows[0]) == {"id", "title", "source", "published", "url", "language", "story",
                            "relation", "snippet", "unpublished", "unpublished_status",
                            "no_longer_matches", "original_id", "outlet", "authors",
                            "updated", "withdrawn"}
    assert all("volcan" in r["title"] for r in rows) and rows[0]["url"].startswith("https://")
    every = run_veille(["export", "--format", "csv", "--excel"], data_dir=data)
    assert every.stdout[:2] == b"\xff\xfe"
    table = list(csv.DictReader(io.StringIO(every.stdout[2:].decode("utf-16-le")),
                                delimiter="\t"))
    assert len(table) == 4
    assert "'=Formule, « guillemets » et ; virgule" in {r["title"] for r in table}
    # newuser13b M6: --excel alone wrote JSON Lines; it now means the Excel CSV
    alone = run_veille(["export", "--excel", "--query", "volcan"], data_dir=data)
    assert alone.returncode == 0, err(alone)
    assert alone.stdout[:2] == b"\xff\xfe" and b"{" not in alone.stdout[:40]
    both = run_veille(["export", "--excel", "--format", "jsonl"], data_dir=data)
    assert both.returncode == 2 and "--excel writes CSV" in err(both)


def test_jsonl_of_a_saved_search_and_a_story(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_veille(["saved", "add", "v", "volcan", "--reprints"], data_dir=data
                      ).returncode == 0
    ingest(data, tmp_path)
    saved = run_veille(["export", "--saved", "v"], data_dir=data)
    records = [json.loads(line) for line in saved.stdout.decode().splitlines()]
    assert len(records) == 3 and all("volcan" in r["title"] for r in records)
    story = records[0]["story"]
    if story:
        by_story = run_veille(["export", "--story", story], data_dir=data)
        assert all(json.loads(line)["story"] == story
                   for line in by_story.stdout.decode().splitlines())


def test_a_saved_search_export_has_one_row_per_article_across_versions(tmp_path: Path) -> None:
    """newuser8 Q6: the saved search matched a corrected article twice (each version is a
    match, and an alert), and the export gave it two identical rows."""
    data = tmp_path / "data"
    assert run_veille(["saved", "add", "v", "volcan"], data_dir=data).returncode == 0
    ingest(data, tmp_path)
    first = json_record(1, title="Le volcan 1 gronde")
    corrected = {**first, "text": str(first["text"]) + "\n\nMise à jour : la lave a atteint "
                                                      "la route côtière dans la soirée."}
    (tmp_path / "v2.jsonl").write_text(json.dumps(corrected, ensure_ascii=False) + "\n",
                                       "utf-8")
    result = run_veille(["ingest", str(tmp_path / "v2.jsonl")], data_dir=data)
    assert result.returncode == 0 and "versions 1" in err(result), err(result)
    for fmt in ("csv", "jsonl"):
        out = run_veille(["export", "--format", fmt, "--saved", "v"], data_dir=data)
        ids = ([r["id"] for r in csv.DictReader(io.StringIO(out.stdout.decode()))]
               if fmt == "csv" else
               [json.loads(line)["id"] for line in out.stdout.decode().splitlines()])
        assert len(ids) == len(set(ids)) == 3, ids


def test_a_saved_search_exports_newest_first_as_its_query_does(tmp_path: Path) -> None:
    """newuser11b U10: ``export --saved`` (and ``/export.csv?saved=``) listed the articles
    in the order of their last alert (a corrected old article first), not newest first
    as docs/monitoring.md says and the same query's export does. Real store, index and
    uvicorn server on 127.0.0.1."""
    import sys

    import httpx

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
    from web_kit import serve

    data = tmp_path / "data"
    assert run_veille(["saved", "add", "v", "volcan", "--reprints"], data_dir=data
                      ).returncode == 0
    # stored in an order that is not their publication order, one undated, one corrected
    days = {1: "2026-11-24T08:00:00+01:00", 2: "2026-11-27T06:00:00-05:00",
            3: "2026-11-25T10:00:00+00:00", 4: None}
    for n, i in enumerate((1, 4, 2, 3)):
        record = json_record(i, title=f"Le volcan {i} gronde")
        if days[i]:
            record["published"] = days[i]
        (tmp_path / f"{n}.jsonl").write_text(json.dumps(record, ensure_ascii=False), "utf-8")
        assert run_veille(["ingest", str(tmp_path / f"{n}.jsonl")], data_dir=data
                          ).returncode == 0
    first = {**json_record(1, title="Le volcan 1 gronde"), "published": days[1]}
    first["text"] = str(first["text"]) + "\n\nMise à jour : la lave atteint la route."
    (tmp_path / "v2.jsonl").write_text(json.dumps(first, ensure_ascii=False), "utf-8")
    assert run_veille(["ingest", str(tmp_path / "v2.jsonl")], data_dir=data).returncode == 0

    def ids(args: list[str]) -> list[str]:
        out = run_veille(["export", "--format", "csv", *args], data_dir=data)
        assert out.returncode == 0, err(out)
        return [r["id"] for r in csv.DictReader(io.StringIO(out.stdout.decode()))]

    by_query = ids(["--query", "volcan"])
    titles = {r["id"]: r["title"] for r in csv.DictReader(io.StringIO(run_veille(
        ["export", "--format", "csv", "--query", "volcan"], data_dir=data).stdout.decode()))}
    assert [titles[i].split()[2] for i in by_query] == ["2", "3", "1", "4"]
    assert ids(["--saved", "v"]) == by_query
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        web = http.get("/export.csv", params={"saved": "v"})
        assert web.status_code == 200, web.text
        assert [r["id"] for r in csv.DictReader(io.StringIO(web.text))] == by_query


def test_a_story_export_is_newest_first_as_every_export() -> None:
    """newuser16c N14: ``export --story`` (and ``/export.csv?story=``) came oldest first,
    the story's timeline order; a script reading row 1 as the latest got the first one."""
    from datetime import UTC, datetime, timedelta

    from veille.monitor.export import story_ids
    from veille.store.base import StoryArticle

    start = datetime(2026, 12, 2, 8, 20, tzinfo=UTC)
    members = [StoryArticle(f"a{n}", "s", "x.example", n > 0, None, f"t{n}",
                            start + timedelta(minutes=minutes))
               for n, minutes in enumerate((0, 5, 15))]
    assert story_ids(members) == ["a2", "a1", "a0"]


def test_the_authors_column(tmp_path: Path) -> None:
    """t-final28 F13: the CSV had no authors column; a desk exporting coverage wants the
    bylines, joined by "; " (a name may hold a comma), empty when none."""
    data = tmp_path / "data"
    two = json_record(1, title="Le volcan gronde encore")
    two["authors"] = ["Dupont, Jean", "Marie Curie"]
    (tmp_path / "in.jsonl").write_text(
        json.dumps(two, ensure_ascii=False) + "\n"
        + json.dumps(json_record(2, title="Le volcan se tait"), ensure_ascii=False) + "\n",
        "utf-8")
    assert run_veille(["ingest", str(tmp_path / "in.jsonl")], data_dir=data).returncode == 0
    result = run_veille(["export", "--format", "csv", "--query", "volcan"], data_dir=data)
    assert result.returncode == 0, err(result)
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode("utf-8"))))
    assert {r["title"]: r["authors"] for r in rows} == {
        "Le volcan gronde encore": "Dupont, Jean; Marie Curie", "Le volcan se tait": ""}
    assert list(rows[0])[-3:] == ["authors", "updated", "withdrawn"]  # new ones go last
    lines = run_veille(["export", "--format", "jsonl", "--query", "volcan"], data_dir=data)
    records = [json.loads(line) for line in lines.stdout.decode().splitlines()]
    assert "Dupont, Jean; Marie Curie" in {r["authors"] for r in records}

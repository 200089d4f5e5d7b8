"""`veille search` says "1 result", not "1 results" (seen by a fresh user on the demo)."""

from __future__ import annotations

from pathlib import Path

import pytest

from capture_kit import err, run_veille
from veille.cli.search import result_count


@pytest.mark.parametrize(("total", "noun"), [(0, "results"), (1, "result"), (2, "results"),
                                             (11, "results")])
def test_result_count_agrees_with_the_total(total: int, noun: str) -> None:
    assert result_count(total, 2.71, "en") == f"{total} {noun} (2.7 ms)"


@pytest.mark.parametrize(("total", "noun"), [(0, "résultat"), (1, "résultat"),
                                             (3, "résultats")])
def test_result_count_in_french(total: int, noun: str) -> None:
    """t-reader24 R7: "3 results (134.0 ms)" in a French terminal."""
    assert result_count(total, 134.04, "fr") == f"{total} {noun} (134,0 ms)"


@pytest.mark.parametrize(("lang", "said"), [("C.UTF-8", "1 result ("),
                                             ("fr_FR.UTF-8", "1 résultat (")])
def test_cli_prints_one_result_in_the_terminals_language(tmp_path: Path, lang: str,
                                                        said: str) -> None:
    """In the singular (a fresh user on the demo saw "1 results"), and in French in a
    French terminal (t-reader24 R7)."""
    page = tmp_path / "page.txt"
    page.write_text("Le port de Brest rouvre ses quais\n\nLe port de Brest a rouvert mardi "
                    "ses quais principaux après huit mois de travaux, a annoncé la chambre "
                    "de commerce lors d'une conférence de presse.\n", encoding="utf-8")
    data = tmp_path / "data"
    assert run_veille(["ingest", str(page)], data_dir=data).returncode == 0
    found = run_veille(["search", "Brest"], data_dir=data,
                       env={"LANG": lang, "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""})
    assert found.returncode == 0, err(found)
    assert said in err(found)


def test_cli_search_json_carries_the_story(tmp_path: Path) -> None:
    """Regression (fresh-user report): ``veille search --json`` gave ``"story_id": null``
    for articles in a story (the web API gave it); ``--collapse`` shows one hit per story
    with the count of the others, as ``/api/v1/search?collapse=true`` does."""
    import json

    from dispatch_kit import body_paragraphs, capture

    paragraphs = body_paragraphs()
    pages = tmp_path / "pages"
    pages.mkdir()
    for i, outlet in enumerate(("Le Matin", "La Gazette", "Le Courrier")):
        (pages / f"copy{i}.txt").write_bytes(capture(
            "Pompeo réunit la coalition contre l'EI", paragraphs,
            top=[outlet, "Rechercher"], bottom=[f"© {outlet}"]))
    data = tmp_path / "data"
    assert run_veille(["ingest", str(pages)], data_dir=data).returncode == 0
    found = run_veille(["search", "Pompeo", "--json"], data_dir=data)
    assert found.returncode == 0, err(found)
    hits = json.loads(found.stdout)["hits"]
    assert hits and all(h["story_id"] for h in hits)
    collapsed = run_veille(["search", "Pompeo", "--json", "--collapse"], data_dir=data)
    (one,) = json.loads(collapsed.stdout)["hits"]
    assert one["others"] == len(hits) - 1


def test_a_query_may_start_with_a_dash(tmp_path: Path) -> None:
    """Regression (newuser7 P13 c): ``veille search '-grève'`` failed with "No such option
    '-g'" (and ``-nucléaire`` would read as ``-n ucléaire``) though docs/search.md documents
    exclusion-only queries; a one-dash word that is no option is now a query word, in its
    place, and real options still work around it."""
    import json

    pages = tmp_path / "pages"
    pages.mkdir()
    for name, title in (("a", "Grève nationale à la SNCF"), ("b", "Le nucléaire en débat")):
        (pages / f"{name}.txt").write_text(
            f"{title}\n\n{title}: un article assez long pour être lu comme un article de "
            "presse, avec plusieurs phrases complètes sur le sujet du jour.\n", "utf-8")
    data = tmp_path / "data"
    assert run_veille(["ingest", str(pages)], data_dir=data).returncode == 0

    def titles(*args: str) -> list[str]:
        found = run_veille(["search", *args], data_dir=data)
        assert found.returncode == 0, err(found)
        return [h["title"] for h in json.loads(found.stdout)["hits"]]

    assert titles("-grève", "--json") == ["Le nucléaire en débat"]
    assert titles("--json", "-nucléaire", "-n", "5") == ["Grève nationale à la SNCF"]
    assert titles("-n5", "--json", "-nucléaire") == ["Grève nationale à la SNCF"]
    assert titles("--json", "--", "-grève") == ["Le nucléaire en débat"]
    assert run_veille(["search", "--sortt", "x"], data_dir=data).returncode != 0


def test_cli_search_json_collapsed_by_date_gives_the_storys_newest_time(tmp_path: Path) -> None:
    """Regression (t-final62): ``veille search crue --sort date --collapse --json`` died
    with "Object of type datetime is not JSON serializable" when a story's row shows its
    fullest article and its newest match is another (``story_latest``); the API gave it.
    Every time of a hit is ISO 8601, as in ``/api/v1/search``."""
    import json
    from datetime import datetime

    from dispatch_kit import body_paragraphs

    paragraphs = body_paragraphs()
    rows = [{"url": "https://gazette.example/crue-1", "title": "La crue du Rhône inquiète",
             "text": "\n\n".join(paragraphs), "published": "2026-02-10T08:00:00+01:00"},
            {"url": "https://courrier.example/crue-2", "title": "La crue du Rhône inquiète",
             "text": "\n\n".join(paragraphs[:3]), "published": "2026-02-11T09:30:00+01:00"}]
    records = tmp_path / "crue.jsonl"
    records.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                       encoding="utf-8")
    data = tmp_path / "data"
    assert run_veille(["ingest", str(records)], data_dir=data).returncode == 0
    found = run_veille(["search", "Rhône", "--sort", "date", "--collapse", "--json"],
                       data_dir=data)
    assert found.returncode == 0, err(found)
    (row,) = json.loads(found.stdout)["hits"]
    assert row["others"] == 1
    assert row["story_latest"] is not None
    assert datetime.fromisoformat(row["story_latest"]) == datetime.fromisoformat(
        "2026-02-11T09:30:00+01:00")

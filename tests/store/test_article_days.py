"""A date known to the day only (local midnight, ``+01:00``) is listed, bucketed and shown
on its own calendar day everywhere, never on the UTC day before, and never with a time.

Regression: ``2026-11-30T00:00:00+01:00`` is ``2026-11-29T23:00:00Z``; stories, quotes,
entity lists, the mentions timeline, alerts and the CSV export took the UTC day.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import veille
from alert_kit import smtp_server
from veille.cli.main import main
from veille.monitor.deliver import article_payload, story_payload
from veille.monitor.export import row
from veille.store.base import SavedSearch
from veille.store.postgres import translate

TEXT = ("Emmanuel Macron a visité Lyon lundi. « Nous allons investir », a déclaré Emmanuel "
        "Macron devant la presse à Lyon. La ville de Lyon accueille le président Emmanuel "
        "Macron pour la deuxième fois cette année.")


def record(date: str | None, n: int = 1) -> bytes:
    found: dict[str, object] = {"title": f"Emmanuel Macron à Lyon {n}", "text": TEXT,
                                "source": "a.example", "url": f"https://a.example/{n}"}
    if date:
        found["date"] = date
    return (json.dumps(found, ensure_ascii=False) + "\n").encode()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([("a.jsonl", record("2026-11-30"))])
        v.enrich()
    return tmp_path / "data"


def test_lists_and_timelines_use_the_articles_own_day(
        data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--data-dir", str(data)]
    assert main([*args, "stories", "--json"]) == 0
    [story] = json.loads(capsys.readouterr().out)
    assert story["first"] == story["last"] == "2026-11-30T00:00:00+01:00"
    assert story["first_precision"] == "day"
    assert story["items"][0]["published_precision"] == "day"
    assert main([*args, "stories", "-n", "200"]) == 0
    assert "2026-11-30" in capsys.readouterr().out
    assert main([*args, "quotes"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2026-11-30") and "2026-11-29" not in out
    with veille.open(data) as v:
        [person] = [e for e in v.store.entities() if e.label == "PER"]
        [place] = v.store.places()
        [mention] = v.store.entity_articles(person.id)
        assert mention.time.startswith("2026-11-30")
        assert [d for d, *_ in v.store.entity_timeline(person.id)] == ["2026-11-30"]
        assert [d for d, *_ in v.store.entity_timeline(place.id)] == ["2026-11-30"]
        article = v.store.get(mention.article_id)
        payload = story_payload(v.store, article.id)
        assert payload is not None and payload["first"] == "2026-11-30T00:00:00+01:00"
        assert payload["first_precision"] == "day"
        assert article_payload(article)["published_precision"] == "day"
        assert row(article)["published"] == "2026-11-30"
    assert main([*args, "entities", "--id", person.id]) == 0
    out = capsys.readouterr().out
    assert "2026-11-30" in out and "2026-11-29" not in out


def test_story_of_an_undated_article_says_first_seen(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([("a.jsonl", record(None))])
    assert main(["--data-dir", str(tmp_path / "data"), "stories", "--json"]) == 0
    [story] = json.loads(capsys.readouterr().out)
    assert story["first_precision"] == story["items"][0]["published_precision"] == "seen"


def test_an_email_alert_gives_a_localised_day(tmp_path: Path) -> None:
    with smtp_server() as (box, port), \
            veille.open(tmp_path / "data", smtp_host="127.0.0.1", smtp_port=port,
                        smtp_starttls=False) as v:
        v.save_search(SavedSearch(name="m", query="Lyon", email="a@example.org",
                                  collapse=False))
        v.ingest_bytes([("a.jsonl", record("2026-11-28", 2))])
        assert v.deliver_alerts().sent == 1
        body = box.messages[0].get_payload(decode=True).decode()
        assert "Publié : 28 nov. 2026\r\n" in body and "T00:00" not in body


def test_postgres_reads_the_same_json_path() -> None:
    assert "(a.doc::jsonb #>> '{content,published}')" in translate(
        "SELECT COALESCE(json_extract(a.doc, '$.content.published'), a.sort_time) FROM x")


@pytest.mark.parametrize(("date", "shown"), [
    ("2026-11-26T06:05:00+04:00", "Publié : 26 nov. 2026 06:05 (UTC+4)\r\n"),
    # the page's wall-clock time, with its zone always named (newuser13b M11: a message
    # is read away from the page, by readers of any zone)
    ("2026-11-26T06:05:00+01:00", "Publié : 26 nov. 2026 06:05 (heure de Paris, UTC+1)\r\n"),
])
def test_an_email_alert_gives_the_time_as_the_article_page_does(tmp_path: Path, date: str,
                                                                shown: str) -> None:
    """newuser8 Q4: a time of La Réunion (UTC+4) was moved to Paris time with no zone in
    the e-mail ("03:05"), while the article page and the webhook said 06:05 (UTC+4)."""
    with smtp_server() as (box, port), \
            veille.open(tmp_path / "data", smtp_host="127.0.0.1", smtp_port=port,
                        smtp_starttls=False) as v:
        v.save_search(SavedSearch(name="m", query="Lyon", email="a@example.org",
                                  collapse=False))
        v.ingest_bytes([("a.jsonl", record(date, 3))])
        assert v.deliver_alerts().sent == 1
        assert shown in box.messages[0].get_payload(decode=True).decode()

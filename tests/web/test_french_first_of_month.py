"""French dates write the first of a month "1er" (t-final29 U8: "mardi 1 décembre 2026"), and
a date mentioned with the precision of a week, weekend or season reads as one ("il y a deux
semaines" was shown "16 nov. 2026 (semaine)", which reads as a day). The translator's
formats (every date the pages write goes through them), and the article page of a real
store, enriched, served on 127.0.0.1."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from pathlib import Path

import httpx
import pytest
from babel.dates import format_date
from hypothesis import given
from hypothesis import strategies as st
from web_kit import serve

from veille.cli.main import main
from veille.web.i18n import load_locales

T = load_locales()
FR, EN = T["fr"], T["en"]


def test_the_first_of_a_month_is_1er_in_french() -> None:
    assert FR.mentioned("2026-12-01", "day") == "mardi 1er décembre 2026"
    assert FR.day("2026-12-01") == "1er déc. 2026"
    assert FR.period("2026-12-01") == "1er déc. 2026"
    assert FR.date(datetime(2026, 12, 1, 8, 5, tzinfo=UTC)) == "1er déc. 2026 09:05 (UTC+1)"
    assert FR.date(datetime(2026, 11, 30, 23, 30, tzinfo=UTC)) == "1er déc. 2026 00:30 (UTC+1)"
    assert FR.published(datetime(2026, 11, 1, 9, 0, tzinfo=UTC)) == "1er nov. 2026 09:00 (UTC)"
    assert FR.mentioned("2026-12-11", "day") == "vendredi 11 décembre 2026"
    assert EN.mentioned("2026-12-01", "day") == "Tuesday, December 1, 2026"
    assert EN.day("2026-12-01") == "Dec 1, 2026"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
       st.sampled_from(["medium", "long", "full"]))
def test_1er_exactly_on_the_first(day: date, width: str) -> None:
    french = FR.calendar_day(day, width)
    assert ("1er" in french) == (day.day == 1)
    assert french.replace("1er", "1", 1) == format_date(day, width, locale="fr")  # else CLDR's
    assert "1er" not in EN.calendar_day(day, width)


def test_a_week_weekend_or_season_reads_as_one() -> None:
    assert FR.mentioned("2026-11-16", "week") == "semaine du 16 novembre 2026"
    assert EN.mentioned("2026-11-16", "week") == "week of November 16, 2026"
    assert FR.mentioned("2026-06-01", "week") == "semaine du 1er juin 2026"
    assert FR.mentioned("2026-11-21", "weekend") == "week-end du 21 novembre 2026"
    assert EN.mentioned("2026-11-21", "weekend") == "weekend of November 21, 2026"
    assert FR.mentioned("2026-06-01", "season") == "été 2026"
    assert FR.mentioned("2026-12-01", "season") == "hiver 2026-2027"
    assert EN.mentioned("2026-09-01", "season") == "autumn 2026"
    assert FR.mentioned("2026-11-01", "month") == "novembre 2026"


RECORD = {
    "url": "https://www.berry-soir.example/issoudun-conseil", "source": "berry-soir.example",
    "title": "Issoudun : le conseil municipal adopte le budget 2027",
    "published": "2026-12-02T18:00:00+01:00", "language": "fr",
    "text": "Le conseil municipal d'Issoudun a adopté le budget 2027 mardi 1er décembre, "
            "après un premier débat il y a deux semaines.\n\n"
            "La séance a duré plus de trois heures, selon la mairie."}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_article_page_says_1er_and_the_week(tmp_path: Path, lang: str) -> None:
    source = tmp_path / "r.jsonl"
    source.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", "utf-8")
    data = tmp_path / "data"
    for args in (["ingest", str(source)], ["enrich"], ["reindex"]):
        assert main(["--data-dir", str(data), *args]) == 0
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        [found] = http.get("/api/v1/latest").json()["articles"]
        page = http.get(f"/articles/{found['id']}", params={"lang": lang}).text
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", page))
    if lang == "fr":
        assert "mardi 1er décembre 2026" in text
        assert "semaine du 16 novembre 2026" in text
        assert "(semaine)" not in text and "mardi 1 décembre" not in text
    else:
        assert "Tuesday, December 1, 2026" in text
        assert "week of November 16, 2026" in text
        assert "(week)" not in text

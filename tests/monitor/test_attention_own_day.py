"""The attention chart counts a match and the total it is divided by on the same day,
the article's own calendar day (the fresh user's F27: an article published at 23:30
-05:00 was counted on the 29th but totalled on the 30th, UTC, so its share was 0)."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from web_kit import serve  # noqa: E402

import veille  # noqa: E402
from capture_kit import make_capture  # noqa: E402
from veille.record import utcnow  # noqa: E402


def record(i: int, title: str, published: str) -> str:
    capture = make_capture(i * 7919 + 13, chrome=False)
    return json.dumps({"title": title, "text": "\n\n".join(capture.paragraphs),
                       "url": f"https://exemple.fr/j/{i}", "published": published},
                      ensure_ascii=False)


def test_match_and_total_on_the_articles_own_day(tmp_path: Path) -> None:
    day = utcnow().date() - timedelta(days=3)
    after = day + timedelta(days=1)
    lines = [record(1, "Le volcan gronde le soir", f"{day}T23:30:00-05:00"),
             record(2, "La plage le matin", f"{after}T00:30:00+02:00"),  # the 30th, own day
             record(3, "La plage à midi", f"{day}T12:00:00+00:00")]
    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([("in.jsonl", ("\n".join(lines) + "\n").encode())],
                       source="exemple.fr")
        since = datetime(day.year, day.month, day.day, tzinfo=UTC)
        counts = {d: n for d, _, n in v.store.daily_counts(since=since)}
        assert counts == {str(day): 2, str(after): 1}
        # an article of ``since``'s own day published before its UTC midnight counts too
        assert {d: n for d, _, n in v.store.daily_counts(
            since=since + timedelta(hours=20))} == counts
    with serve(tmp_path / "data") as server, \
            httpx.Client(base_url=server.url, timeout=60) as http:
        share = http.get("/api/v1/attention", params={"q": "volcan"}).json()
        series = share["series"][0]
        by_day = {p: (c, t, x) for p, c, t, x in zip(
            share["periods"], series["counts"], series["totals"], series["values"],
            strict=True)}
        assert by_day[str(day)] == (1, 2, 0.5)
        assert by_day[str(after)] == (0, 1, 0.0)


def test_after_utc_midnight_elsewhere_todays_match_has_its_day(tmp_path: Path) -> None:
    """newuser13b M14: between 23:00 and midnight UTC it is already tomorrow in Paris; an
    article of 00:20 Paris time counts on its own day, which the window (ending at the UTC
    day) did not hold: it fell in no period and was counted nowhere (chart 3, search 4)."""
    from veille.monitor.attention import attention

    day = utcnow().date() - timedelta(days=3)
    lines = [record(1, "Le volcan gronde à midi", f"{day}T12:00:00+01:00"),
             record(2, "Le volcan gronde après minuit",
                    f"{day + timedelta(days=1)}T00:20:00+01:00")]
    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([("in.jsonl", ("\n".join(lines) + "\n").encode())],
                       source="exemple.fr")
        now = datetime(day.year, day.month, day.day, 23, 30, tzinfo=UTC)
        result = attention(["volcan"], store=v.store, now=now, normalised=False,
                           run=lambda r: v.search(r.query, page=r.page,
                                                  per_page=r.per_page, sort=r.sort))
    [series] = result.series
    by_day = dict(zip(result.periods, series.counts, strict=True))
    assert result.periods[-1] == str(day + timedelta(days=1))
    assert by_day[str(day)] == 1 and by_day[str(day + timedelta(days=1))] == 1
    assert sum(series.counts) + series.undated == 2




def test_an_article_of_the_next_utc_day_counts_on_its_own_day(tmp_path: Path) -> None:
    """After midnight in Paris, an article published at 00:05+01:00 falls on the next day
    by its own calendar day while UTC is still on the day before: the chart includes that
    day and counts it there (newuser13b M14: the periods ended at the UTC day, and the
    article was in no period and not undated)."""
    from veille.enrich.aliases import current
    from veille.monitor.attention import attention
    from veille.search.service import search
    from veille.search.types import SearchRequest, SearchResponse

    day = utcnow().date() - timedelta(days=2)
    with veille.open(tmp_path / "data") as v:
        v.ingest_bytes([("in.jsonl", (record(9, "Le volcan de minuit",
                                             f"{day}T00:05:00+01:00") + "\n").encode())],
                       source="exemple.fr")
        v.search("volcan")  # the index caught up

        def run(request: SearchRequest) -> SearchResponse:
            return search(request, index=v.reader(), store=v.read_store,
                          aliases=current(v.settings.data_dir))

        # 23:10 UTC the day before: 00:10 in Paris, the article's own day
        now = datetime(day.year, day.month, day.day, tzinfo=UTC) - timedelta(minutes=50)
        result = attention(["volcan"], store=v.read_store, run=run, now=now)
    assert result.periods[-1] == str(day), result.periods[-3:]
    series = result.series[0]
    assert series.counts[-1] == 1 and series.undated == 0

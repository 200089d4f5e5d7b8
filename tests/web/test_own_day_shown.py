"""An article's time is shown on the day it is filed under (newuser7 P4).

The day facet and ``date:`` put an article on its own calendar day, in its own offset
(docs/record.md: "never the UTC day before"); the pages showed every time in French time,
so a BBC article of 30 November 23:10 UTC read "1 déc. 2026 00:10" while clicking that
day could not find it. A time whose offset is not French time's is now shown in its own
offset, with the zone; French times are shown as before.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from web_kit import serve

from veille.cli.main import main
from veille.web.i18n import DISPLAY_TZ, load_locales, zone_label

T = load_locales()
BODY = ("Le texte de cet article parle du budget voté tard dans la soirée par les députés, "
        "après une longue séance de nuit consacrée aux amendements et aux votes solennels.")
ARTICLES = [  # (url, title, published): a word of the title names each one
    ("https://bbc.example/late", "Westminster late vote", "2026-11-30T23:10:00+00:00"),
    ("https://ledevoir.example/soir", "Montreal evening vote", "2026-11-30T21:00:00-05:00"),
    ("https://lemonde.example/nuit", "Paris night vote", "2026-12-01T00:10:00+01:00"),
]
SHOWN = {  # what each page says, per language: the day shown is the day filed
    "fr": ["30 nov. 2026 23:10 (UTC)", "30 nov. 2026 21:00 (UTC\u22125)", "1er déc. 2026 00:10"],
    "en": ["Nov 30, 2026 11:10\u202fPM (UTC)", "Nov 30, 2026 9:00\u202fPM (UTC\u22125)",
           "Dec 1, 2026 12:10\u202fAM"],
}
FILED = ["2026-11-30", "2026-11-30", "2026-12-01"]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    root = tmp_path_factory.mktemp("ownday")
    records = root / "records.jsonl"
    records.write_text("".join(json.dumps({"url": url, "title": title, "published": when,
                                           "text": f"{title}. {BODY} ({n})"}) + "\n"
                               for n, (url, title, when) in enumerate(ARTICLES)), "utf-8")
    data = root / "data"
    for args in (["ingest", str(records)], ["reindex"]):
        main(["--data-dir", str(data), *args])
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


def _text(html: str) -> str:
    """The page as a reader sees it (Babel's narrow no-break space kept)."""
    return re.sub(r"[ \t\n]+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_page_shows_the_day_the_article_is_filed_under(
        client: httpx.Client, lang: str) -> None:
    ids = {}
    for (url, title, _), shown, day in zip(ARTICLES, SHOWN[lang], FILED, strict=True):
        word = title.split()[0]
        found = client.get("/api/v1/search", params={"q": word}).json()
        [hit] = found["hits"]
        ids[url] = hit["id"]
        assert [f["value"] for f in found["facets"]["day"]] == [day]
        on_day = client.get("/api/v1/search", params={"q": f"{word} date:{day}"}).json()
        assert on_day["total"] == 1, (word, day)
        page = _text(client.get("/search", params={"q": word, "lang": lang}).text)
        assert shown in page, (shown, page[:2000])
        article = _text(client.get(f"/articles/{hit['id']}", params={"lang": lang}).text)
        assert shown in article
    latest = _text(client.get("/", params={"lang": lang, "all": "1"}).text)
    assert all(shown in latest for shown in SHOWN[lang])
    stories = client.get("/api/v1/stories").json()["stories"]
    timelines = " ".join(_text(client.get(f"/stories/{s['id']}", params={"lang": lang}).text)
                         for s in stories)
    # A story's timeline is one chronology, every time in the UI's zone, the source's own
    # clock in parentheses where it is a place's (newuser12b D2): not the filed day.
    assert all(T[lang].instant(datetime.fromisoformat(when)) in timelines
               for _url, _title, when in ARTICLES), timelines[:2000]


def test_the_api_hit_keeps_the_articles_own_offset(client: httpx.Client) -> None:
    """The index keeps the UTC instant; a hit gives the record's own time, as the article
    endpoint and the latest list do, so a client can file it under the same day."""
    hits = client.get("/api/v1/search", params={"q": "vote", "sort": "date"}).json()["hits"]
    own = {datetime.fromisoformat(h["published"]).utcoffset() for h in hits}
    assert own == {timedelta(0), timedelta(hours=-5), timedelta(hours=1)}


@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
       st.integers(min_value=-14 * 60, max_value=14 * 60))
def test_the_day_shown_is_always_the_articles_own_day(wall: datetime, minutes: int) -> None:
    """Whatever the offset, the date printed is the article's own calendar day (the one
    `date:` and the day facet use); the zone is named unless it is French time."""
    value = wall.replace(tzinfo=timezone(timedelta(minutes=minutes)))
    for t in T.values():
        shown = t.published(value)
        assert shown.startswith(t.calendar_day(value.date()))  # "1er" in French (t-final29)
        paris = value.astimezone(DISPLAY_TZ).utcoffset()
        # every time names its zone (t-final62), its own offset's when not French time
        assert shown.endswith(")")
        assert shown.endswith(f"({zone_label(paris or timedelta(0))})") or \
            value.utcoffset() != paris

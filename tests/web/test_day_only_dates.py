"""An article whose publication is known to the day only shows no time of day.

A JSON record dated ``2026-11-20``, a page whose metadata says ``2026-11-20``, a capture
printing "12 mars 2024", a news sitemap's day: the record keeps ``published`` as midnight of
that day with ``published_precision = "day"``, and the UI lists, the article page, the search
results, the JSON API and the CLI show the date alone, never "00:00" (nor, in another zone,
"01:00" or the day before). Real store, real index, real server on 127.0.0.1, real CLI.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from web_kit import records_data_dir, serve

from veille.cli.main import main
from veille.collect.feeds import parse_listing
from veille.extract.html import extract_html
from veille.extract.records import record_to_content as extract_record
from veille.extract.stage import listed_date
from veille.record import DAY, TIME, Content, RawInput

DAY_ONLY = {"url": "https://jour.example/a", "title": "Le conseil municipal vote le budget",
            "language": "fr", "published": "2026-11-20",
            "text": "Le conseil municipal a voté le budget de la ville pour l'année prochaine."}
TIMED = {"url": "https://jour.example/b", "title": "La préfecture publie un arrêté",
         "language": "fr", "published": "2026-11-19T14:05:00+01:00",
         "text": "La préfecture a publié un arrêté sur la circulation en centre-ville."}


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return records_data_dir(tmp_path_factory.mktemp("dayonly"), (DAY_ONLY, TIMED))


@pytest.fixture(scope="module")
def http(data: Path) -> Iterator[httpx.Client]:
    with serve(data) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


def day_only_id(http: httpx.Client) -> str:
    articles = http.get("/api/v1/latest").json()["articles"]
    return next(a["id"] for a in articles if a["title"] == DAY_ONLY["title"])


def test_the_json_api_says_the_precision(http: httpx.Client) -> None:
    articles = {a["title"]: a for a in http.get("/api/v1/latest").json()["articles"]}
    assert articles[DAY_ONLY["title"]]["published_precision"] == "day"
    assert articles[DAY_ONLY["title"]]["published"].startswith("2026-11-20T00:00:00")
    assert articles[TIMED["title"]]["published_precision"] == "time"
    hits = http.get("/api/v1/search", params={"q": "budget"}).json()["hits"]
    assert [h["published_precision"] for h in hits] == ["day"]
    # one instant everywhere: the search hit and the record agree (not midnight UTC)
    record = http.get(f"/api/v1/articles/{day_only_id(http)}").json()
    assert datetime.fromisoformat(hits[0]["published"]) == datetime.fromisoformat(
        record["published"]) == datetime.fromisoformat(
        articles[DAY_ONLY["title"]]["published"])
    assert hits[0]["published"].startswith("2026-11-20T00:00:00")


@pytest.mark.parametrize(("lang", "day", "timed"), [
    ("fr", "20 nov. 2026", "19 nov. 2026 14:05"), ("en", "Nov 20, 2026", "Nov 19, 2026"),
])
def test_pages_show_the_day_alone(http: httpx.Client, lang: str, day: str, timed: str) -> None:
    pages = {"home": http.get("/", params={"lang": lang}).text,
             "article": http.get(f"/articles/{day_only_id(http)}", params={"lang": lang}).text,
             "search": http.get("/search", params={"q": "budget", "lang": lang}).text}
    story = http.get("/api/v1/articles/" + day_only_id(http)).json()
    pages["story"] = http.get(f"/stories/{story['story_id']}", params={"lang": lang}).text
    for name, page in pages.items():
        assert f'<time datetime="2026-11-20">{day}</time>' in page, name
        assert "2026-11-20T" not in page and f"{day} 00:00" not in page, name
        assert f"{day}, 00:00" not in page and f"{day} 01:00" not in page, name
        assert "2026-11-19T23" not in page and "19 nov. 2026" not in page.split(timed)[0]
    assert f'<dd><time datetime="2026-11-20">{day}</time></dd>' in pages["article"]
    assert timed in pages["home"]        # a known time is still shown


def test_cli_shows_the_day_alone(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--data-dir", str(data), "latest"]) == 0
    lines = {line.split("  ")[-1].strip(): line for line in capsys.readouterr().out.splitlines()}
    assert "2026-11-20 " in lines[DAY_ONLY["title"]]
    assert "00:00" not in lines[DAY_ONLY["title"]]
    assert "2026-11-19 14:05" in lines[TIMED["title"]]
    article_id = lines[DAY_ONLY["title"]].split()[0]
    assert main(["--data-dir", str(data), "show", article_id]) == 0
    shown = capsys.readouterr().out
    assert " published: 2026-11-20\n" in shown


# --- where the precision comes from ------------------------------------------------------


def test_json_records() -> None:
    assert extract_record(DAY_ONLY).published_precision == DAY
    assert extract_record(TIMED).published_precision == TIME
    assert extract_record({**TIMED, "published": "20 novembre 2026"}).published_precision == DAY
    assert extract_record({**TIMED, "published": "20 novembre 2026 à 9h30"}
                          ).published_precision == TIME


NOW = datetime(2026, 11, 30, 12, tzinfo=UTC)
PAGE = ("<html lang='fr'><head><title>Budget</title>{meta}</head><body><article>"
        "<h1>Le conseil municipal vote le budget</h1>"
        + "<p>Le conseil municipal a voté le budget de la ville pour l'année prochaine, "
        "après un long débat sur les investissements et la dette de la commune.</p>" * 3
        + "</article></body></html>")


@pytest.mark.parametrize(("meta", "precision"), [
    ("<meta property='article:published_time' content='2026-11-20'>", DAY),
    ("<meta property='article:published_time' content='2026-11-20T08:15:00+01:00'>", TIME),
    ("<meta property='article:published_time' content='2026-11-20T00:00:00+01:00'>", TIME),
])
def test_html_metadata(meta: str, precision: str) -> None:
    content = extract_html(PAGE.format(meta=meta), url="https://jour.example/c", fetched_at=NOW)
    assert content.published is not None and content.published_precision == precision


def test_a_news_sitemap_day_goes_to_the_article() -> None:
    sitemap = (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
               b' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url>'
               b"<loc>https://jour.example/d</loc><news:news><news:publication_date>2026-11-20"
               b"</news:publication_date><news:title>Budget</news:title></news:news></url>"
               b"</urlset>")
    entry = parse_listing(sitemap, url="https://jour.example/sitemap.xml").entries[0]
    assert entry.day_only
    from veille.collect.listed import listing_hints as _hints

    content = Content(title="Budget", paragraphs=["..."])
    raw = RawInput(data=b"", origin="sitemap", media_type="text/html", hints=_hints(entry),
                   fetched_at=NOW)
    listed_date(content, raw)
    assert content.published is not None and content.published_precision == DAY


def test_old_records_read_as_timed() -> None:
    """Articles stored before the precision was kept read as they did (``time``)."""
    assert Content.from_dict({"title": "x", "published": "2026-11-20T00:00:00+00:00"}
                             ).published_precision == TIME


@pytest.mark.parametrize("listing", [
    b'{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [{"id": "j1",'
    b' "url": "https://jour.fr/j1", "title": "Budget", "date_published": "2026-11-28"}]}',
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>J</title><item>'
    b"<link>https://jour.fr/j1</link><title>Budget</title>"
    b'<dc:date xmlns:dc="http://purl.org/dc/elements/1.1/">2026-11-28</dc:date></item>'
    b"</channel></rss>",
    b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>J</title><entry>'
    b'<link href="https://jour.fr/j1"/><id>j1</id><title>Budget</title>'
    b"<published>2026-11-28</published></entry></feed>",
])
def test_a_feed_day_is_a_day_in_the_pages_zone(listing: bytes) -> None:
    """Regression (fresh-user report): a JSON Feed's ``"date_published": "2026-11-28"`` was
    stored as midnight UTC with precision ``time`` and shown as "00:00". Every listing's day
    is now the day, at midnight where the page is written (a French page: Paris)."""
    from veille.collect.listed import listing_hints as _hints

    entry = parse_listing(listing, url="https://jour.fr/feed").entries[0]
    assert entry.day_only
    content = Content(title="Budget", paragraphs=["..."], language="fr")
    raw = RawInput(data=b"", origin="feed", media_type="text/html", hints=_hints(entry),
                   url="https://jour.fr/j1", fetched_at=NOW)
    listed_date(content, raw)
    assert content.published_precision == DAY
    assert content.published is not None
    assert content.published.isoformat() == "2026-11-28T00:00:00+01:00"


@pytest.mark.parametrize(("written", "instant"), [
    ("Tue, 07 Jul 2026 18:00:00 CEST", "2026-07-07T16:00:00+00:00"),
    ("Tue, 07 Jul 2026 18:00:00 cet", "2026-07-07T17:00:00+00:00"),
    ("Tue, 07 Jul 2026 18:00:00 HNE", "2026-07-07T23:00:00+00:00"),
    ("Tue, 07 Jul 2026 18:00:00 EDT", "2026-07-07T22:00:00+00:00"),
    ("Tue, 07 Jul 2026 18:00:00 GMT", "2026-07-07T18:00:00+00:00"),
    ("Tue, 07 Jul 2026 18:00:00 +0200", "2026-07-07T16:00:00+00:00"),
])
def test_rss_zone_abbreviations(written: str, instant: str) -> None:
    """Regression (fresh-user report): ``pubDate`` "… 18:00:00 CEST" was read as 18:00 UTC
    (the standard library reads a zone name it does not know as UTC): two hours off."""
    from veille.collect.feeds import parse_date

    parsed = parse_date(written)
    assert parsed is not None and parsed.astimezone(UTC).isoformat() == instant

"""The public bug cases of 2026-11-30 (tests/fixtures/bugs/, copied from
../shared/bugs/2026-11-30 with their case.md) that concern HTML pages, text-capture dates,
titles and bodies: each gives its expected value through the extraction stage, with the
fetch time the case assumes (2026-11-30T06:45Z), or through ``veille ingest``."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from capture_kit import err, out, run_veille
from veille.extract.stage import ExtractStage
from veille.record import Article, Content, RawInput

BUGS = Path(__file__).resolve().parents[2] / "fixtures" / "bugs"
FETCHED = datetime(2026, 11, 30, 6, 45, tzinfo=UTC)


def extract(case: str, name: str, *, fetched_at: datetime = FETCHED) -> Content:
    path = BUGS / case / name
    media_type = "text/html" if path.suffix == ".html" else "text/plain"
    raw = RawInput(data=path.read_bytes(), origin=str(path), media_type=media_type,
                   fetched_at=fetched_at)
    content = ExtractStage()(Article(raw=raw)).content
    assert content is not None
    return content


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def test_01_a_date_after_the_fetch_is_not_the_publication() -> None:
    content = extract("01-future-date", "page.html")
    assert content.published is None or content.published <= FETCHED
    assert "2031-06-14T09:00:00+02:00 (JSON-LD datePublished)" in content.evidence[
        "dates_rejected"]
    assert content.updated is None


def test_01_latest_lists_the_real_news_first(tmp_path: Path) -> None:
    """Through ``veille ingest`` into a real store: the strike article comes first."""
    data = tmp_path / "data"
    result = run_veille(["ingest", str(BUGS / "01-future-date")], data_dir=data)
    assert result.returncode == 0, err(result)
    lines = out(run_veille(["latest", "--json"], data_dir=data)).splitlines()
    records = [json.loads(line) for line in lines]
    assert records[0]["content"]["title"].startswith("Grève des transports")
    festival = next(r for r in records if r["content"]["title"].startswith("Festival"))
    published = festival["content"]["published"]
    first_seen = datetime.fromisoformat(festival["first_seen"])
    assert published is None or datetime.fromisoformat(published) <= first_seen + timedelta(
        minutes=10)


def test_03_the_modified_time_tag_is_not_the_publication() -> None:
    content = extract("03-time-tag-is-modified", "page.html")
    assert iso(content.published) == "2025-11-27T01:57:00+01:00"
    assert iso(content.updated) == "2025-11-27T19:20:00+01:00"
    assert content.evidence["timezone"].startswith("assumed")


def test_04_the_title_is_never_the_site_name() -> None:
    content = extract("04-og-title-is-site-name", "page.html")
    assert content.title == ("Inondations dans le Pas-de-Calais : l'état de catastrophe "
                             "naturelle reconnu")
    assert content.site_name == "Le Petit Quotidien"


def test_05_opening_paragraphs_in_a_teaser_wrapper_stay() -> None:
    for name, count in (("page-long.html", 11), ("page.html", 6)):
        content = extract("05-teaser-class-first-paragraphs", name)
        assert len(content.paragraphs) == count
        assert content.paragraphs[0].startswith("Une juge de la cour d'appel a refusé")


def test_10_and_11_encodings_still_pass() -> None:
    assert extract("10-meta-utf8-bytes-cp1252", "page.html").title == (
        "Sécheresse : l’arrêté préfectoral prolongé jusqu’à fin décembre")
    assert extract("11-double-encoded-utf8", "page.html").title == (
        "Réforme des retraites : le gouvernement prêt à « rouvrir » le dossier")


def test_13_the_sentence_introducing_a_list_stays() -> None:
    paragraphs = extract("13-list-items-in-body", "page.html").paragraphs
    assert len(paragraphs) == 8
    assert paragraphs[1] == "Les principaux changements :"


def test_14_reader_reactions_are_not_the_article() -> None:
    paragraphs = extract("14-reader-reactions-in-body", "page.html").paragraphs
    assert len(paragraphs) == 4
    assert paragraphs[-1].endswith("pour un coût estimé à 350 000 euros.")


def test_17_a_promo_after_a_free_article_does_not_cut_it() -> None:
    free = extract("17-paywall-false-positive", "free.html")
    assert not free.truncated and len(free.paragraphs) == 4
    assert extract("17-paywall-false-positive", "paywalled.html").truncated


def test_18_relative_dates_in_a_capture() -> None:
    content = extract("18-relative-dates", "capture-hier.txt")
    assert content.title == "Incendie dans un entrepôt : le feu est maîtrisé"
    assert iso(content.published) == "2026-11-29T18:30:00+01:00"
    assert content.updated is not None
    assert abs(content.updated - (FETCHED - timedelta(hours=2))) < timedelta(minutes=1)
    # the anchor is said (r-pubdates35)
    assert content.evidence["published"] == (
        f"relative dateline; counted from the capture time {FETCHED.isoformat()}")


def test_18_the_absolute_control_and_the_html_page() -> None:
    control = extract("18-relative-dates", "control-absolute.txt")
    assert iso(control.published) == "2026-11-29T18:30:00+01:00"
    assert iso(control.updated) == "2026-11-30T05:45:00+01:00"
    page = extract("18-relative-dates", "page-il-y-a.html")
    assert iso(page.published) == "2026-11-30T04:45:00+01:00"


def test_23_never_the_tickers_date() -> None:
    content = extract("23-date-from-ticker", "page.html")
    assert iso(content.published) == "2026-11-11T17:20:00+01:00"


def test_24_url_digits_are_not_a_date() -> None:
    assert extract("24-url-digits-not-a-date", "page.html").published is None


def test_25_amp_page_still_passes() -> None:
    content = extract("25-amp-page", "page.html")
    assert content.title == "Municipales : la liste d'union de la gauche dévoile son programme"
    assert iso(content.published) == "2026-11-26T09:15:00+01:00"
    assert content.authors == ["Thomas Vandenberghe"]
    assert len(content.paragraphs) == 3


def test_every_case_keeps_its_case_md() -> None:
    cases = sorted(p.name for p in BUGS.iterdir() if p.is_dir())
    assert len(cases) >= 13
    assert all((BUGS / c / "case.md").is_file() for c in cases)

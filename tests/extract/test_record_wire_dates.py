"""Dates and authors a JSON record or a wire item states as fields get the rules a web
page's do (newuser4 N18, N38): a time after the fetch is refused and kept in evidence; a
time with no zone is in the language's zone whatever its spelling; a Unix time is read;
"A et B" in an author string is two people; an agency embargo is kept in evidence."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from veille.extract.dates import UNIX_RANGE, unix_time
from veille.extract.stage import RECORD, ExtractStage
from veille.extract.wire import NINJS
from veille.ingest import ingest_paths
from veille.record import Article, Content, RawInput
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

FETCHED = datetime(2026, 11, 30, 22, 40, tzinfo=UTC)
TEXT = ("La préfecture a déclenché lundi le plan grand froid, alors que les températures "
        "doivent descendre jusqu'à moins huit degrés dans la nuit de mardi à mercredi.")


def extract(record: dict[str, object], media_type: str = RECORD) -> Content:
    raw = RawInput(data=json.dumps(record).encode(), origin="t#1", media_type=media_type,
                   fetched_at=FETCHED)
    content = ExtractStage()(Article(raw=raw)).content
    assert content is not None
    return content


def test_a_record_dated_after_its_fetch_has_no_date_and_says_why() -> None:
    content = extract({"title": "t", "text": TEXT, "published": "2027-06-01T10:00:00+02:00"})
    assert content.published is None
    assert "2027-06-01T10:00:00+02:00 (record published): after the fetch time" in \
        content.evidence["dates_rejected"]
    # a few minutes ahead is a clock's drift, not the future
    soon = extract({"title": "t", "text": TEXT, "published": "2026-11-30T23:45:00+01:00"})
    assert soon.published is not None


def test_a_zone_less_time_is_in_the_languages_zone_whatever_its_spelling() -> None:
    slashed = extract({"title": "t", "text": TEXT, "published": "30/11/2026 09:00",
                       "language": "FR"})
    iso = extract({"title": "t", "text": TEXT, "published": "2026-11-30T09:00:00",
                   "language": "fr-FR"})
    assert slashed.published == iso.published
    assert slashed.published is not None and slashed.published.utcoffset() == timedelta(hours=1)
    assert slashed.language == iso.language == "fr"


def test_a_records_author_string_is_read_as_a_byline() -> None:
    content = extract({"title": "t", "text": TEXT, "authors": "Jean Dupont et Marie Curie"})
    assert content.authors == ["Jean Dupont", "Marie Curie"]
    agency = extract({"title": "t", "text": TEXT, "author": "MARIA GONZALEZ avec AFP"})
    assert agency.authors == ["Maria Gonzalez"] and agency.evidence["credit"] == "AFP"


def test_a_unix_time_is_read_or_said_to_be_no_date() -> None:
    seconds = extract({"title": "t", "text": TEXT, "published": 1764489600})
    millis = extract({"title": "t", "text": TEXT, "published": 1764489600000})
    assert seconds.published == millis.published == datetime(2025, 11, 30, 8, tzinfo=UTC)
    small = extract({"title": "t", "text": TEXT, "published": 42})
    assert small.published is None and "no date" in small.evidence["published"]


def test_wire_times_after_the_fetch_are_refused_and_an_embargo_is_kept() -> None:
    item = {"uri": "urn:newsml:afp.com:1", "type": "text", "language": "fr",
            "headline": "h", "body_html": f"<p>{TEXT}</p>",
            "firstcreated": "2027-06-01T10:00:00+02:00",
            "versioncreated": "2027-06-01T10:00:00+02:00"}
    future = extract(item, NINJS)
    assert future.published is None and future.updated is None
    assert "(firstcreated): after the fetch time" in future.evidence["dates_rejected"]
    item.update(firstcreated="2026-11-30T10:00:00+01:00",
                versioncreated="2026-11-30T10:00:00+01:00",
                embargoed="2027-06-01T10:00:00+02:00")
    held = extract(item, NINJS)
    assert held.published == datetime(2026, 11, 30, 9, tzinfo=UTC)
    assert held.evidence["embargoed"].startswith("2027-06-01T10:00:00+02:00 (still under")


def test_a_future_record_does_not_top_latest(tmp_path: Path) -> None:
    """Real store: the record dated a year ahead is listed as undated, below today's."""
    today = datetime.now(UTC).replace(microsecond=0)
    lines = [{"title": "Aujourd'hui", "text": TEXT, "url": "https://ex.fr/a",
              "published": (today - timedelta(hours=1)).isoformat()},
             {"title": "Plus tard", "text": TEXT + " Autre version du texte.",
              "url": "https://ex.fr/b",
              "published": (today + timedelta(days=200)).isoformat()}]
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    assert ingest_paths(store, [path], settings=settings).new == 2
    dated = store.latest(limit=5, dated=True)
    assert [a.content.title for a in dated if a.content] == ["Aujourd'hui"]
    store.close()


@given(st.one_of(st.integers(), st.floats(allow_nan=True), st.text(max_size=20),
                 st.booleans(), st.none()))
def test_unix_time_is_in_range_or_none(value: object) -> None:
    """Property: any value gives None or an aware time inside the sane range."""
    found = unix_time(value)
    if found is not None:
        low, high = UNIX_RANGE
        assert found.tzinfo is not None and low <= found.timestamp() < high

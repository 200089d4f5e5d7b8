"""The article record: stable ids, and ``to_dict``/``from_dict`` round trips through JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.record import (
    Article,
    Content,
    Dedup,
    RawInput,
    article_id,
    sha256_hex,
    source_from_url,
)

aware = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1),
                     timezones=st.one_of(st.just(UTC), st.timezones(),
                                         st.builds(lambda m: timezone(timedelta(minutes=m)),
                                                   st.integers(-23 * 60, 23 * 60))))
texts = st.text(max_size=200)
urls = st.one_of(st.none(), st.from_regex(r"https?://(www\.)?[a-z]{1,12}\.(fr|com|org)/[a-z0-9/-]{0,30}",
                                          fullmatch=True))

contents = st.builds(
    Content,
    title=texts,
    lead=texts,
    paragraphs=st.lists(st.text(min_size=1, max_size=300), max_size=8),
    authors=st.lists(st.text(min_size=1, max_size=40), max_size=3),
    published=st.none() | aware,
    updated=st.none() | aware,
    language=st.sampled_from(["", "fr", "en", "de"]),
    site_name=texts,
    url=urls,
    truncated=st.booleans(),
    extractor=st.sampled_from(["text-capture", "veille-html", "json-record"]),
    evidence=st.dictionaries(st.text(max_size=10), st.text(max_size=30), max_size=3),
    section=texts,
    description=texts,
    image=texts,
)


@st.composite
def articles(draw: st.DrawFn) -> Article:
    raw = RawInput(data=draw(st.binary(max_size=500)), origin=draw(texts),
                   media_type=draw(st.sampled_from(["text/plain", "text/html"])),
                   url=draw(urls), source=draw(st.none() | st.text(max_size=20)),
                   fetched_at=draw(aware))
    return Article(raw=raw, first_seen=draw(aware), content=draw(st.none() | contents),
                   dedup=draw(st.none() | st.builds(Dedup, st.text(max_size=32))),
                   enrichment=draw(st.none() | st.dictionaries(
                       st.text(max_size=8), st.integers() | st.text(max_size=8), max_size=3)),
                   ext=draw(st.dictionaries(st.text(max_size=8), st.text(max_size=8),
                                            max_size=3)))


def _same_instants(a: datetime | None, b: datetime | None) -> bool:
    if a is None or b is None:
        return a is b
    return a.tzinfo is not None and b.tzinfo is not None and a.utcoffset() == b.utcoffset() \
        and a.replace(tzinfo=None) == b.replace(tzinfo=None)


@settings(max_examples=200, deadline=None)
@given(articles())
def test_to_dict_from_dict_round_trip_through_json(article: Article) -> None:
    data = json.loads(json.dumps(article.to_dict(with_raw_data=True), ensure_ascii=False))
    back = Article.from_dict(data)
    assert back.to_dict(with_raw_data=True) == article.to_dict(with_raw_data=True)
    assert back.raw.data == article.raw.data and back.raw.raw_id == article.raw.raw_id
    assert back.id == article.id and back.source == article.source
    assert _same_instants(back.first_seen, article.first_seen)
    assert _same_instants(back.raw.fetched_at, article.raw.fetched_at)
    if article.content is not None:
        assert back.content is not None
        assert back.content.paragraphs == article.content.paragraphs
        assert back.content.title == article.content.title
        assert _same_instants(back.content.published, article.content.published)
        assert _same_instants(back.content.updated, article.content.updated)
    else:
        assert back.content is None


@settings(max_examples=100, deadline=None)
@given(articles())
def test_round_trip_without_raw_data_keeps_the_raw_reference(article: Article) -> None:
    back = Article.from_dict(json.loads(json.dumps(article.to_dict())))
    assert back.raw.data == b"" and back.raw.raw_id == article.raw.raw_id
    assert back.to_dict() == article.to_dict()


def test_naive_dates_in_a_dict_are_read_as_utc() -> None:
    article = Article(raw=RawInput(data=b"x", origin="x", media_type="text/plain"),
                      content=Content(title="t", paragraphs=["p"]))
    data = article.to_dict()
    data["content"]["published"] = "2024-03-05T10:00:00"
    data["first_seen"] = "2024-03-05T11:00:00"
    back = Article.from_dict(data)
    assert back.content is not None
    assert back.content.published == datetime(2024, 3, 5, 10, tzinfo=UTC)
    assert back.first_seen == datetime(2024, 3, 5, 11, tzinfo=UTC)


def test_ids_are_stable_and_come_from_the_url_when_known() -> None:
    raw = RawInput(data=b"page", origin="a.txt", media_type="text/plain")
    assert raw.raw_id == sha256_hex(b"page")
    assert Article(raw=raw).id == Article(raw=RawInput(data=b"page", origin="b.txt",
                                                       media_type="text/plain")).id
    with_url = RawInput(data=b"other", origin="c", media_type="text/html",
                        url=" https://www.lemonde.fr/a ")
    article = Article(raw=with_url)
    assert article.id == article_id(url="https://www.lemonde.fr/a", raw_id="ignored")
    assert len(article.id) == 16 and article.source == "lemonde.fr"
    assert Article(raw=raw).id != article.id


def test_source_from_url() -> None:
    assert source_from_url("https://www.lemonde.fr/x") == "lemonde.fr"
    assert source_from_url("http://fr.wikinews.org/wiki/A") == "fr.wikinews.org"
    assert source_from_url(None) is None and source_from_url("") is None
    assert source_from_url("not a url") is None
    assert source_from_url("http://[::1") is None


def test_first_seen_is_aware_and_whole_seconds() -> None:
    article = Article(raw=RawInput(data=b"x", origin="x", media_type="text/plain"))
    assert article.first_seen.tzinfo is not None and article.first_seen.microsecond == 0
    assert article.has("raw") and not article.has("content") and not article.has("dedup")

"""WARC archives: HTML responses become articles, with progress, and a re-run resumes."""

from __future__ import annotations

import gzip
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from sitekit import warc_record, write_warc
from veille.collect.warc import archive_bytes, looks_like_warc, read_warc
from veille.errors import NotAnArticle
from veille.ingest import ingest_paths, ingest_texts
from veille.record import RawInput
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore


def test_html_responses_become_raw_inputs(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "news.warc.gz", 5)
    seen: list[int] = []
    read = list(read_warc(path, max_bytes=1_000_000, progress=seen.append))
    items = [i for i in read if isinstance(i, RawInput)]
    assert len(items) == 5
    # the PNG and the 404 are read, and skipped by name (newuser12 W14)
    assert [i.kind for i in read if isinstance(i, NotAnArticle)] == [
        "non-HTML response", "non-200 response"]
    first = items[0]
    assert isinstance(first, RawInput)
    assert first.url == "https://news.example/news/0.html"
    assert first.media_type == "text/html; charset=utf-8"  # the header's charset kept (h60)
    assert first.data.startswith(b"<!doctype html>")
    assert first.fetched_at.year == 2026
    assert sum(seen) == path.stat().st_size == archive_bytes([tmp_path])


def test_ingest_a_warc_then_resume(tmp_path: Path, store: SQLiteStore,
                                   settings: Settings) -> None:
    path = write_warc(tmp_path / "news.warc.gz", 30)
    done = ingest_paths(store, [path], settings=settings)
    assert (done.new, done.failed) == (30, 0), done.errors
    article = store.latest(limit=1)[0]
    assert article.url is not None and article.url.startswith("https://news.example/news/")
    again = ingest_paths(store, [tmp_path], settings=settings)
    assert (again.new, again.duplicate) == (0, 30)


def test_plain_warc_oversized_record_and_damage(tmp_path: Path) -> None:
    plain = tmp_path / "plain.warc"
    plain.write_bytes(warc_record("https://x.example/a", b"<p>" + b"a" * 5000 + b"</p>", n=1))
    items = list(read_warc(plain, max_bytes=1000))
    assert len(items) == 1 and not isinstance(items[0], RawInput)
    assert items[0].reason == "too-large"
    broken = tmp_path / "broken.warc.gz"
    good = gzip.compress(warc_record("https://x.example/b", b"<p>fine</p>", n=2))
    broken.write_bytes(good + b"\x1f\x8b\x08\x00garbage" * 10)
    items = list(read_warc(broken, max_bytes=100_000))
    assert isinstance(items[0], RawInput)


def test_a_warc_is_recognised_by_its_content_whatever_its_name(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    """Regression (newuser7 P13 g): ``ingest_bytes`` and standard input said "binary data,
    not text (give veille text, HTML, JSON Lines or gzip files)" for a .warc.gz; only a
    file path named .warc(.gz) was read as an archive."""
    packed = write_warc(tmp_path / "a.warc.gz", 3).read_bytes()
    assert looks_like_warc(packed) and looks_like_warc(gzip.decompress(packed))
    done = ingest_texts(store, [("c.warc.gz", packed), ("stdin", gzip.decompress(packed)),
                                ("post.gz", packed)], settings=settings)
    assert (done.read, done.new, done.failed, done.skipped) == (15, 3, 0, 6), done.errors


@given(st.binary(max_size=300))
def test_looks_like_warc_never_raises(data: bytes) -> None:
    """Any bytes, and their gzip, give a yes or no; only a WARC version line says yes."""
    for candidate in (data, gzip.compress(data)):
        assert looks_like_warc(candidate) == data.lstrip(b"\r\n").startswith(
            (b"WARC/0", b"WARC/1"))


@given(st.integers(min_value=1, max_value=2000), st.booleans())
def test_a_record_cut_short_is_a_failure_not_an_article(cut: int, compressed: bool) -> None:
    """newuser8 Q10: an archive that ends inside a record (an interrupted download) gave
    that record's first paragraphs as a whole article, "truncated: false", exit 0."""
    from sitekit import article_html

    first = warc_record("https://x.example/a", article_html(1), n=1)
    second = warc_record("https://x.example/b", article_html(2), n=2)
    body_start = second.index(b"\r\n\r\n<!doctype") + 4  # inside the HTTP payload
    cut = body_start + cut % (len(second) - 4 - body_start)
    if compressed:
        data = gzip.compress(first) + gzip.compress(second)[:-8][:max(20, cut // 3)]
    else:
        data = first + second[:cut]
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("cut.warc.gz" if compressed else "cut.warc")
        path.write_bytes(data)
        items = list(read_warc(path, max_bytes=1_000_000))
    assert isinstance(items[0], RawInput) and items[0].url == "https://x.example/a"
    assert all(not isinstance(i, RawInput) for i in items[1:]), items
    if not compressed:
        [error] = items[1:]
        assert error.reason == "truncated" and "download it again" in error.hint


def test_ingest_of_a_cut_archive_counts_the_cut_record_as_failed(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    whole = write_warc(tmp_path / "whole.warc.gz", 3).read_bytes()
    path = tmp_path / "cut.warc"
    path.write_bytes(gzip.decompress(whole)[:-1500])
    done = ingest_paths(store, [path], settings=settings)
    assert done.failed >= 1 and done.new <= 2, done
    assert any("cut short" in e for e in done.errors)


def _short_length(record: bytes) -> bytes:
    """The record with a WARC Content-Length 40 bytes short of its block."""
    head, _, rest = record.partition(b"\r\n\r\n")
    declared = int(head.split(b"Content-Length: ")[1].split(b"\r\n")[0])
    return head.replace(f"Content-Length: {declared}".encode(),
                        f"Content-Length: {declared - 40}".encode()) + b"\r\n\r\n" + rest


def test_a_damaged_record_loses_only_itself(tmp_path: Path) -> None:
    """newuser12 W10: one record with a wrong Content-Length ended the import, and every
    intact record after it was lost, with "re-download the file"."""
    from sitekit import article_html

    records = [warc_record(f"https://x.example/{n}", article_html(n), n=n) for n in range(4)]
    records[1] = _short_length(records[1])
    for name, data in (("bad.warc.gz", b"".join(gzip.compress(r) for r in records)),
                       ("bad.warc", b"".join(records))):
        path = tmp_path / name
        path.write_bytes(data)
        items = list(read_warc(path, max_bytes=1_000_000))
        urls = [i.url for i in items if isinstance(i, RawInput)]
        assert "https://x.example/0" in urls and "https://x.example/3" in urls, (name, items)
        errors = [i for i in items if not isinstance(i, RawInput)]
        assert errors and "reading on from the next record" in str(errors[0].args[0])


def test_a_target_uri_in_angle_brackets_is_read(tmp_path: Path) -> None:
    """newuser12 W21: wget writes "WARC-Target-URI: <https://…>"; every URL was lost."""
    record = warc_record("https://x.example/a", b"<p>fine</p>", n=1).replace(
        b"WARC-Target-URI: https://x.example/a", b"WARC-Target-URI: <https://x.example/a>")
    path = tmp_path / "wget.warc"
    path.write_bytes(record)
    [item] = list(read_warc(path, max_bytes=100_000))
    assert isinstance(item, RawInput) and item.url == "https://x.example/a"


def test_a_corrupt_gzip_member_is_one_failure_naming_it(tmp_path: Path) -> None:
    """verify12 X9: one corrupt member gave two failures, the first naming the intact
    record before it ("after byte 0")."""
    from sitekit import article_html

    members = [gzip.compress(warc_record(f"https://x.example/{n}", article_html(n), n=n))
               for n in range(4)]
    bad = bytearray(members[1])
    bad[40:70] = b"\xff" * 30  # garbled deflate data, header intact
    members[1] = bytes(bad)
    path = tmp_path / "corrupt.warc.gz"
    path.write_bytes(b"".join(members))
    items = list(read_warc(path, max_bytes=1_000_000))
    urls = [i.url for i in items if isinstance(i, RawInput)]
    errors = [i for i in items if not isinstance(i, RawInput)]
    assert urls == ["https://x.example/0", "https://x.example/2", "https://x.example/3"]
    assert len(errors) == 1 and f"at byte {len(members[0])}" in str(errors[0].args[0])

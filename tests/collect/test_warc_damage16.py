"""WARC archives damaged or cut in the ways downloads and crawlers damage them
(newuser16b C13, C14, C5, C4, C20): an archive cut inside a record's WARC header is an
error naming the offset, not a success; a one-stream .warc.gz reads on after a damaged
record; a damaged record is blamed on itself, failed when cut, and nothing is failed when
nothing was lost; ``WARC-Truncated`` marks the page truncated; an untyped or
``application/octet-stream`` HTML response is read as a page. Our own archives, a real
SQLite store."""

from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitekit import article_html, warc_record
from veille.collect.warc import read_warc
from veille.errors import InputError, InputNote, NotAnArticle
from veille.ingest import ingest_paths
from veille.record import RawInput
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore


def _records(n: int = 5) -> list[bytes]:
    return [warc_record(f"https://gazette.example/p{i}.html", article_html(i), n=i)
            for i in range(n)]


def _with_length(record: bytes, delta: int) -> bytes:
    """The record with its WARC Content-Length ``delta`` bytes off its block."""
    head, _, rest = record.partition(b"\r\n\r\n")
    declared = int(head.split(b"Content-Length: ")[-1].split(b"\r\n")[0])
    head = head.replace(f"Content-Length: {declared}".encode(),
                        f"Content-Length: {declared + delta}".encode())
    return head + b"\r\n\r\n" + rest


def _urls(items: list[RawInput | InputError]) -> list[str | None]:
    return [i.url for i in items if isinstance(i, RawInput)]


def _read(data: bytes, name: str) -> list[RawInput | InputError]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        return list(read_warc(path, max_bytes=1_000_000))


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=10_000), st.booleans())
def test_an_archive_cut_inside_a_records_header_is_an_error(cut: int, per_record: bool) -> None:
    """C13: a download cut in the WARC header of record 3 read as 2 pages and one skipped
    "WARC respons record", exit 0."""
    records = _records(3)
    header_end = records[2].index(b"\r\n\r\n")
    cut = 12 + cut % (header_end - 40)  # after "WARC/1.0\r\n", before Content-Length
    whole = b"".join(records[:2]) + records[2][:cut]
    data = (b"".join(gzip.compress(r) for r in records[:2]) + gzip.compress(records[2][:cut])
            if per_record else gzip.compress(whole))
    items = _read(data, "cut.warc.gz")
    assert _urls(items) == ["https://gazette.example/p0.html", "https://gazette.example/p1.html"]
    [error] = [i for i in items if not isinstance(i, RawInput)]
    assert not isinstance(error, NotAnArticle)
    assert error.reason == "truncated" and "cut short inside the WARC header" in str(error)
    assert "download it again" in error.hint
    at = len(b"".join(records[:2])) if not per_record else None
    if at is not None:
        assert f"at byte {at}" in str(error)


def test_a_cut_archive_fails_its_ingest(tmp_path: Path, store: SQLiteStore,
                                        settings: Settings) -> None:
    records = _records(3)
    path = tmp_path / "partial.warc.gz"
    path.write_bytes(gzip.compress(records[0]) + gzip.compress(records[1])
                     + gzip.compress(records[2][:60]))
    done = ingest_paths(store, [path], settings=settings)
    assert (done.read, done.new, done.failed, done.skipped) == (3, 2, 1, 0), done.errors
    assert done.reasons["truncated"] == 1


def test_a_one_stream_archive_reads_on_after_a_damaged_record(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    """C14: one damaged record of a `gzip file.warc` archive lost every record after it,
    with "the archive ends damaged … download it again"."""
    records = _records(5)
    records[1] = _with_length(records[1], -50)
    path = tmp_path / "onestream.warc.gz"
    path.write_bytes(gzip.compress(b"".join(records)))
    items = list(read_warc(path, max_bytes=1_000_000))
    assert _urls(items) == [f"https://gazette.example/p{i}.html" for i in (0, 2, 3, 4)]
    [error] = [i for i in items if not isinstance(i, RawInput)]
    assert error.origin == "https://gazette.example/p1.html"
    assert "decompressed archive" in str(error) and "download it again" not in error.hint
    done = ingest_paths(store, [path], settings=settings)
    assert (done.read, done.new, done.failed) == (5, 4, 1), done.errors


def test_a_record_whose_length_is_short_fails_itself_and_is_not_stored(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    """C5: the failure blamed "the record after byte N" and said it skipped, while the
    cut record was stored, its last paragraph cut, unflagged; read was one too many."""
    records = _records(4)
    records[2] = _with_length(records[2], -70)
    path = tmp_path / "short.warc"
    path.write_bytes(b"".join(records))
    done = ingest_paths(store, [path], settings=settings)
    assert (done.read, done.new, done.failed) == (4, 3, 1), done.errors
    [problem] = done.problems
    assert problem.origin == "https://gazette.example/p2.html"
    assert f"at byte {len(b''.join(records[:2]))}" in problem.message
    assert "70 bytes short" in problem.message
    assert all(a.url != "https://gazette.example/p2.html" for a in store.latest(limit=10))


def test_a_record_whose_length_is_long_is_read_to_its_end_and_nothing_fails(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    """C5: every record stored, yet "failed 1", exit 1, "damaged record … skipped"."""
    records = _records(4)
    records[1] = _with_length(records[1], 300)
    for name, data in (("long.warc", b"".join(records)),
                       ("long.warc.gz", b"".join(gzip.compress(r) for r in records))):
        items = _read(data, name)
        assert len(_urls(items)) == 4
        page = next(i for i in items if isinstance(i, RawInput)
                    and i.url == "https://gazette.example/p1.html")
        assert b"WARC/1." not in page.data and page.data.rstrip().endswith(b"</html>")
        [note] = [i for i in items if not isinstance(i, RawInput)]
        assert isinstance(note, InputNote) and "300 bytes into the next record" in str(note)
    path = tmp_path / "long.warc"
    path.write_bytes(b"".join(records))
    done = ingest_paths(store, [path], settings=settings)
    assert (done.read, done.new, done.failed) == (4, 4, 0), done.errors
    assert len(done.notes) == 1


def test_stray_bytes_between_records_lose_nothing_and_are_located(tmp_path: Path) -> None:
    records = _records(3)
    junk = b"\x00garbage line\r\n" * 9
    data = records[0] + records[1] + junk + records[2]
    items = _read(data, "junk.warc")
    assert len(_urls(items)) == 3
    [note] = [i for i in items if not isinstance(i, RawInput)]
    assert isinstance(note, InputNote)
    assert note.origin.endswith(f"@{len(records[0] + records[1])}")
    assert f"{len(junk)} bytes" in str(note)


def test_warc_truncated_marks_the_page_truncated(tmp_path: Path, store: SQLiteStore,
                                                 settings: Settings) -> None:
    """C4: Common Crawl's `WARC-Truncated: length` record was stored whole, untruncated."""
    html = article_html(7)
    cut = html[:int(len(html) * 0.8)]
    record = warc_record("https://gazette.example/long.html", cut, n=7).replace(
        b"WARC-Type: response\r\n", b"WARC-Type: response\r\nWARC-Truncated: length\r\n")
    path = tmp_path / "cc.warc"
    path.write_bytes(record)
    done = ingest_paths(store, [path], settings=settings)
    assert done.new == 1, done.errors
    content = store.latest(limit=1)[0].content
    assert content is not None and content.truncated
    assert "WARC-Truncated: length" in content.evidence["truncated"]
    assert content.evidence["transfer"] == "possibly_cut"


def test_an_untyped_or_octet_stream_html_response_is_a_page(tmp_path: Path) -> None:
    """C20: such responses were skipped as "non-HTML responses", though the fetcher reads
    an answer with no type as HTML."""
    body = article_html(1)
    http = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
    untyped = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:0000-1>\r\n"
               b"WARC-Date: 2026-11-29T08:00:00Z\r\nWARC-Target-URI: "
               b"https://gazette.example/a.html\r\nContent-Type: application/http; "
               b"msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n"
               % (len(http), http))
    octets = warc_record("https://gazette.example/b.html", article_html(2), n=2,
                         content_type="application/octet-stream")
    binary = warc_record("https://gazette.example/c.bin", b"\x89PNG\r\n\x1a\n" + b"\0" * 40,
                         n=3, content_type="application/octet-stream")
    items = _read(untyped + octets + binary, "types.warc")
    assert _urls(items) == ["https://gazette.example/a.html", "https://gazette.example/b.html"]
    [skipped] = [i for i in items if not isinstance(i, RawInput)]
    assert isinstance(skipped, NotAnArticle) and skipped.kind == "non-HTML response"


@pytest.mark.parametrize("lose", [40, 300, 900])
def test_a_one_stream_archive_cut_in_its_compressed_data_keeps_what_came_before(
        lose: int) -> None:
    """verify17 Y12: a one-stream .warc.gz cut inside its compressed data (an interrupted
    download of ``gzip file.warc``) made gzip raise EOFError, which the CLI took for Ctrl-D:
    "aborted", exit 130, nothing stored. The records before the cut are read, then one
    ``truncated`` failure says where."""
    records = _records(6)
    data = gzip.compress(b"".join(records))[:-lose]
    items = _read(data, "cut.warc.gz")
    pages = [i for i in items if isinstance(i, RawInput)]
    failures = [i for i in items if isinstance(i, InputError)]
    assert len(pages) >= 3
    assert any(f.reason == "truncated" and "cut inside its compressed data" in f.one_line()
               for f in failures), [f.one_line() for f in failures]

"""A record whose ``Content-Length`` runs past the end of the archive took every record
after it for its own block: those records were lost with no line saying so, "failed 0",
exit 0 (t-final55 A3: a cut record in a .warc.gz hid the Quimper article). The records
after it are read, and the damaged one is said. Our own archives, a real SQLite store."""

from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sitekit import article_html, warc_record
from veille.collect.warc import read_warc
from veille.errors import InputError, InputNote
from veille.ingest import ingest_paths
from veille.record import RawInput
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore


def _records(n: int) -> list[bytes]:
    return [warc_record(f"https://gazette.example/p{i}.html", article_html(i), n=i)
            for i in range(n)]


def _overrun(record: bytes, declared: int) -> bytes:
    """The record with its WARC Content-Length set to ``declared``."""
    head, _, rest = record.partition(b"\r\n\r\n")
    old = head.split(b"Content-Length: ")[-1].split(b"\r\n")[0]
    return head.replace(b"Content-Length: " + old, f"Content-Length: {declared}".encode()) \
        + b"\r\n\r\n" + rest


def _read(data: bytes, name: str) -> list[RawInput | InputError]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        return list(read_warc(path, max_bytes=1_000_000))


def _urls(items: list[RawInput | InputError]) -> list[str | None]:
    return [i.url for i in items if isinstance(i, RawInput)]


def test_an_untyped_cut_record_no_longer_hides_the_records_after_it() -> None:
    """The tester's archive: a member per record, the third a response with no
    ``application/http`` type whose Content-Length (99999) runs past its member."""
    records = _records(4)
    broken = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://broken.example/x"
              b"\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html"
              b"\r\n\r\n<html><body>tronqu")
    data = b"".join(gzip.compress(r) for r in [*records[:2], broken, *records[2:]])
    items = _read(data, "regions.warc.gz")
    assert _urls(items) == [f"https://gazette.example/p{i}.html" for i in range(4)]
    [note] = [i for i in items if isinstance(i, InputNote)]
    assert "99999" in str(note) and "broken.example" in note.origin


def test_a_page_whose_length_runs_past_the_archive_keeps_its_own_text_only(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    """A typed page record overrunning into the two after it: every page stored once, the
    damaged one without the others' bytes, a note, nothing failed."""
    records = _records(4)
    records[1] = _overrun(records[1], 10**6 - 1)
    for name, data in (("long.warc.gz", b"".join(gzip.compress(r) for r in records)),
                       ("long.warc", b"".join(records))):
        items = _read(data, name)
        assert sorted(u or "" for u in _urls(items)) == [
            f"https://gazette.example/p{i}.html" for i in range(4)], name
        page = next(i for i in items if isinstance(i, RawInput)
                    and i.url == "https://gazette.example/p1.html")
        assert b"WARC/1." not in page.data and page.data.rstrip().endswith(b"</html>")
    path = tmp_path / "long.warc.gz"
    path.write_bytes(b"".join(gzip.compress(r) for r in records))
    done = ingest_paths(store, [path], settings=settings)
    assert (done.read, done.new, done.failed) == (4, 4, 0), done.errors
    assert len(done.notes) == 1
    assert {a.url for a in store.latest(limit=10)} == {
        f"https://gazette.example/p{i}.html" for i in range(4)}


def test_a_whole_last_record_is_read_as_before() -> None:
    """Nothing is looked for when the last member holds its whole record: an intact
    archive gives its pages and no note."""
    records = _records(3)
    items = _read(b"".join(gzip.compress(r) for r in records), "ok.warc.gz")
    assert len(_urls(items)) == 3 and not [i for i in items if not isinstance(i, RawInput)]


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=0, max_value=4), st.integers(min_value=1, max_value=200_000),
       st.booleans())
def test_one_overrunning_record_loses_no_other_record(which: int, extra: int,
                                                      compressed: bool) -> None:
    """Property: whichever record overruns, by however much, every other record's page is
    read, and the archive's records are each given at most once."""
    records = _records(5)
    block = len(records[which].partition(b"\r\n\r\n")[2]) - 4
    records[which] = _overrun(records[which], block + extra)
    data = (b"".join(gzip.compress(r) for r in records) if compressed
            else b"".join(records))
    urls = _urls(_read(data, "p.warc.gz" if compressed else "p.warc"))
    others = {f"https://gazette.example/p{i}.html" for i in range(5) if i != which}
    assert others <= set(urls)
    assert len(urls) == len(set(urls))

"""A .warc.gz (a gzip member per record) whose last member is cut after a few bytes read
as complete, "failed 0", exit 0 (t-final60 #18: cut after 40 bytes; cut after 120 it was
said). Wherever the last member is cut, the archive's cut is said and the records before
it are kept (a cut in the member's gzip trailer only, the record's block whole, loses
nothing). Archives written by this test."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.collect.warc import read_warc
from veille.errors import InputError
from veille.record import RawInput


def _member(uri: str, title: str) -> bytes:
    body = (f"<!doctype html><html lang='fr'><head><title>{title}</title></head><body>"
            f"<article><h1>{title}</h1><p>Le conseil municipal de Brévannes a voté lundi "
            "le budget des écoles après un long débat sur les cantines.</p></article>"
            "</body></html>").encode()
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
    head = ("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + uri[-8:]
            + ">\r\nWARC-Date: 2026-03-02T10:00:00Z\r\nWARC-Target-URI: " + uri
            + "\r\nContent-Type: application/http; msgtype=response\r\n"
            + f"Content-Length: {len(http)}\r\n\r\n").encode()
    return gzip.compress(head + http + b"\r\n\r\n")


FIRST = _member("https://example.org/a-1111aaaa", "Le budget des écoles voté")
LAST = _member("https://example.org/b-2222bbbb", "Les cantines en débat")


def _read(tmp_path: Path, data: bytes) -> list[RawInput | InputError]:
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data)
    return list(read_warc(path, max_bytes=1 << 20))


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1, max_value=len(LAST) - 1))
def test_a_cut_last_member_is_said_wherever_it_is_cut(
        tmp_path_factory: pytest.TempPathFactory, cut: int) -> None:
    got = _read(tmp_path_factory.mktemp("warc"), FIRST + LAST[:cut])
    pages = [g for g in got if isinstance(g, RawInput)]
    failures = [g for g in got if isinstance(g, InputError)]
    assert pages and pages[0].url == "https://example.org/a-1111aaaa"
    whole = _read(tmp_path_factory.mktemp("whole"), FIRST + LAST)
    # nothing lost goes unsaid: a cut is said, unless only the member's gzip trailer was
    # cut and the record's block came whole
    assert failures or [p.data for p in pages] == [w.data for w in whole
                                                   if isinstance(w, RawInput)], \
        f"a member cut at byte {cut} of {len(LAST)} read as complete"


def test_whole_members_say_nothing(tmp_path: Path) -> None:
    got = _read(tmp_path, FIRST + LAST)
    assert [g.url for g in got if isinstance(g, RawInput)] == [
        "https://example.org/a-1111aaaa", "https://example.org/b-2222bbbb"]
    assert not [g for g in got if isinstance(g, InputError)]

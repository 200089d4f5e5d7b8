"""Ingest into a real SQLite store: idempotence, duplicates by fingerprint, and every kind of
bad input (one clear error each, the batch goes on, nothing stored is lost or changed)."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from capture_kit import (
    HTML_PAGE,
    HTML_PARAGRAPHS,
    assert_kept,
    json_record,
    make_capture,
    snapshot,
)
from veille.ingest import UNREAD_REASONS, ingest_paths, ingest_texts
from veille.record import article_id, sha256_hex
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore


def write_corpus(root: Path, n: int = 5) -> int:
    """Captures, an HTML page, a JSON Lines file and gzip files: returns how many items."""
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"capture_{i}.txt").write_text(make_capture(i).text, "utf-8")
    (root / "page.html").write_text(HTML_PAGE, "utf-8")
    lines = [json.dumps(json_record(i), ensure_ascii=False) for i in range(3)]
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    (root / "zipped.txt.gz").write_bytes(gzip.compress(make_capture(n).bytes()))
    (root / "zipped.jsonl.gz").write_bytes(
        gzip.compress(json.dumps(json_record(3)).encode() + b"\n"))
    return n + 1 + 3 + 1 + 1


def test_reingest_stores_each_article_once(tmp_path: Path, store: SQLiteStore,
                                           settings: Settings) -> None:
    corpus = tmp_path / "corpus"
    total = write_corpus(corpus)
    first = ingest_paths(store, [corpus], settings=settings)
    assert (first.read, first.new, first.duplicate, first.failed) == (total, total, 0, 0)
    before = snapshot(store.path)
    second = ingest_paths(store, [corpus], settings=settings)
    assert (second.read, second.new, second.duplicate, second.failed) == (total, 0, total, 0)
    assert store.counts()["articles"] == total
    assert snapshot(store.path) == before
    # The same files named one by one, and mixed with the directory, still add nothing.
    third = ingest_paths(store, [corpus, *sorted(corpus.iterdir())], settings=settings)
    assert third.new == 0 and third.duplicate == 2 * total
    assert snapshot(store.path) == before


def test_every_kind_of_input_gives_its_article(tmp_path: Path, store: SQLiteStore,
                                               settings: Settings) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, n=2)
    ingest_paths(store, [corpus], settings=settings)
    by_title = {a.content.title: a for a in store.iter_articles() if a.content}
    capture = make_capture(0)
    assert by_title[capture.title].content.paragraphs == capture.paragraphs  # type: ignore
    assert by_title[make_capture(2).title].raw.origin.endswith("zipped.txt.gz")
    html = next(a for a in by_title.values() if a.raw.origin.endswith("page.html"))
    assert html.content is not None and html.content.extractor == "veille-html"
    body = html.content.paragraphs
    assert [p for p in body if p in HTML_PARAGRAPHS] == HTML_PARAGRAPHS
    record = json_record(1)
    from_jsonl = by_title[record["title"]]  # type: ignore[index]
    assert from_jsonl.url == record["url"] and from_jsonl.source == "exemple.fr"
    assert from_jsonl.raw.origin.endswith("feed.jsonl#2")


def test_same_text_in_other_bytes_is_a_duplicate_by_fingerprint(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    capture = make_capture(7)
    variants = {
        "lf.txt": capture.bytes(),
        "crlf.txt": capture.text.replace("\n", "\r\n").encode("utf-8"),
        "more_chrome.txt": ("Menu\nS'abonner\n" + capture.text + "Mentions légales\n").encode(),
        "cp1252.txt": capture.bytes("cp1252"),
        "bom.txt": codecs.BOM_UTF8 + capture.bytes(),
        "spaces.txt": capture.text.replace("\n", "  \n").encode("utf-8"),
        "gzipped.txt.gz": gzip.compress(capture.bytes()),
    }
    assert len({v for v in variants.values()}) == len(variants)
    root = tmp_path / "variants"
    root.mkdir()
    for name, data in variants.items():
        (root / name).write_bytes(data)
    first = ingest_paths(store, [root / "lf.txt"], settings=settings)
    assert first.new == 1
    rest = ingest_paths(store, [root], settings=settings)
    assert (rest.new, rest.duplicate, rest.failed) == (0, len(variants), 0)
    counts = store.counts()
    assert counts["articles"] == 1
    # Issue #10: stats count what ingest reported (a re-read included: gzipped.txt.gz
    # inflates to lf.txt), not only the copies kept as links.
    assert counts["duplicates"] == rest.duplicate
    # A third run skips them all before extraction: their raw ids are known.
    raw_ids = {sha256_hex(d) for d in variants.values() if not d.startswith(b"\x1f\x8b")}
    assert store.known_raw_ids(raw_ids) == raw_ids
    again = ingest_paths(store, [root], settings=settings)
    assert (again.new, again.duplicate) == (0, len(variants))
    assert store.counts()["duplicates"] == rest.duplicate + again.duplicate
    (article,) = store.iter_articles()
    assert article.content is not None and article.content.paragraphs == capture.paragraphs


def test_duplicates_within_one_batch_are_caught(store: SQLiteStore) -> None:
    capture = make_capture(3)
    summary = ingest_texts(store, [("a.txt", capture.bytes()),
                                   ("b.txt", capture.text.replace("\n", "\r\n").encode()),
                                   ("c.txt", capture.bytes())])
    assert (summary.new, summary.duplicate, summary.failed) == (1, 2, 0)
    assert store.counts()["articles"] == 1


def test_json_records_with_the_same_url_are_one_article(store: SQLiteStore) -> None:
    record = json_record(5)
    reordered = dict(reversed(list(record.items())))
    lines = [json.dumps(record), json.dumps(reordered, ensure_ascii=False)]
    summary = ingest_texts(store, [("a.jsonl", "\n".join(lines).encode())])
    assert (summary.new, summary.duplicate) == (1, 1)


# -- bad input ---------------------------------------------------------------------------


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(200)


BAD_FILES: dict[str, tuple[str, bytes | None, str]] = {
    # name: (file name, bytes, or None for a special entry), reason
    "empty": ("empty.txt", b"", "empty"),
    "blank": ("blank.txt", b"  \n\n\t\n", "empty"),
    "binary-png": ("image.png.txt", _png(), "binary"),
    "binary-with-nuls": ("dump.txt", os.urandom(300) + b"\x00" * 20, "binary"),
    "too-large": ("huge.txt", b"mot " * 1500, "too-large"),
    "gzip-bomb": ("bomb.txt.gz", gzip.compress(b"a" * 200_000), "too-large"),
    "broken-gzip": ("broken.txt.gz", b"\x1f\x8b\x08\x00garbage-garbage", "bad-gzip"),
    "dangling-symlink": ("dangling.txt", None, "not-found"),
    "symlink-loop": ("loop.txt", None, "unreadable"),
    "broken-json": ("broken.json", b'[{"title": "x", ', "bad-json"),
    "no-prose": ("chrome.txt", b"Menu\nRechercher\nAccueil\n", "no-text"),
    "json-not-object": ("list.jsonl", b"[1, 2, 3]\n", "bad-json"),
    "record-without-text": ("empty_record.jsonl", b'{"url": "https://ex.org/x"}\n', "no-text"),
}


def _make_bad(root: Path, name: str, data: bytes | None) -> Path:
    path = root / name
    if data is not None:
        path.write_bytes(data)
    elif name.endswith("dangling.txt"):
        path.symlink_to(root / "does-not-exist.txt")
    else:
        path.symlink_to(path)
    return path


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_input_fails_alone_with_one_clear_line(kind: str, tmp_path: Path,
                                                   store: SQLiteStore,
                                                   settings: Settings) -> None:
    settings = replace(settings, max_input_bytes=5_000)
    ingest_paths(store, [write_dir(tmp_path / "old", 0, 3)], settings=settings)
    before = snapshot(store.path)
    root = write_dir(tmp_path / "new", 10, 2)
    name, data, reason = BAD_FILES[kind]
    bad = _make_bad(root, "b_" + name, data)
    summary = ingest_paths(store, [root], settings=settings)
    # an input that could not be opened is failed, not read (t-final29 U6)
    unread = int(reason in UNREAD_REASONS)
    assert (summary.read, summary.unread, summary.new, summary.failed) == (
        3 - unread, unread, 2, 1)
    assert dict(summary.reasons) == {reason: 1}
    origin = f"{bad}#1" if bad.suffix == ".jsonl" else str(bad)
    (message,) = summary.errors
    assert message.startswith(f"{origin}: ") and "\n" not in message
    assert "Traceback" not in message and "internal error" not in message
    assert_kept(before, snapshot(store.path))
    (failure,) = store.failures()
    assert failure.origin == origin and failure.reason == reason


def write_dir(root: Path, start: int, n: int) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (root / f"a_{i}.txt").write_text(make_capture(i, paragraphs=2).text, "utf-8")
    return root


def test_json_lines_with_a_broken_line_keep_the_good_lines(tmp_path: Path, store: SQLiteStore,
                                                           settings: Settings) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps(json_record(i)) for i in range(4)]
    lines.insert(2, '{"title": "cassé", "text": ')
    path.write_text("\n".join(lines) + "\n")
    summary = ingest_paths(store, [path], settings=settings)
    assert (summary.read, summary.new, summary.failed) == (5, 4, 1)
    (message,) = summary.errors
    assert message.startswith(f"{path}#3: broken JSON line")
    titles = {a.content.title for a in store.iter_articles() if a.content}
    assert titles == {json_record(i)["title"] for i in range(4)}
    # The broken line is kept with its failure, so nothing is lost.
    row = store.conn.execute("SELECT raw_id FROM failures WHERE origin = ?",
                             (f"{path}#3",)).fetchone()
    assert store.get_raw(row[0]).data == b'{"title": "cass\xc3\xa9", "text":'


def test_json_array_file_gives_each_record(tmp_path: Path, store: SQLiteStore,
                                           settings: Settings) -> None:
    path = tmp_path / "articles.json"
    path.write_text(json.dumps([json_record(i) for i in range(3)] + [42]))
    summary = ingest_paths(store, [path], settings=settings)
    assert (summary.new, summary.failed) == (3, 1)
    assert summary.errors[0].startswith(f"{path}#4: element 4 of the array is a number")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-8-bom", "utf-16-bom",
                                      "mojibake"])
def test_wrongly_encoded_capture_is_read_correctly(encoding: str, tmp_path: Path,
                                                   store: SQLiteStore,
                                                   settings: Settings) -> None:
    capture = make_capture(11)
    text = capture.text
    data = {
        "cp1252": lambda: text.encode("cp1252"),
        "latin-1": lambda: text.encode("latin-1"),
        "utf-8-bom": lambda: codecs.BOM_UTF8 + text.encode("utf-8"),
        "utf-16-bom": lambda: text.encode("utf-16"),
        "mojibake": lambda: text.encode("utf-8").decode("cp1252").encode("utf-8"),
    }[encoding]()
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    summary = ingest_paths(store, [path], settings=settings)
    assert summary.new == 1, summary.errors
    (article,) = store.iter_articles()
    assert article.content is not None
    assert article.content.title == capture.title
    assert article.content.paragraphs == capture.paragraphs
    stored = json.dumps(article.to_dict(), ensure_ascii=False)
    assert "Ã" not in stored and "\ufffd" not in stored
    assert store.get_raw(article.raw.raw_id).data == data  # the raw bytes, exactly


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-bom", "mojibake"])
def test_wrongly_encoded_json_lines_are_read_correctly(encoding: str, store: SQLiteStore
                                                       ) -> None:
    """Regression: a JSON Lines file in cp1252 failed line by line as "broken JSON"."""
    records = [{"title": "Le café de la gare ferme", "text": "Le gérant part à la retraite."},
               {"title": "Été", "text": "Orages prévus à Besançon."},
               json_record(1)]
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"
    data = {"cp1252": lambda: text.encode("cp1252"),
            "utf-8-bom": lambda: codecs.BOM_UTF8 + text.encode("utf-8"),
            "mojibake": lambda: text.encode("utf-8").decode("cp1252").encode("utf-8")
            }[encoding]()
    summary = ingest_texts(store, [("feed.jsonl", data)])
    assert (summary.new, summary.failed) == (3, 0), summary.errors
    got = {a.content.title: a.content.paragraphs for a in store.iter_articles() if a.content}
    assert got["Le café de la gare ferme"] == ["Le gérant part à la retraite."]
    assert got["Été"] == ["Orages prévus à Besançon."]
    # The record with a URL gets its id from the URL, whatever the file's encoding.
    third = store.get(article_id(url=str(records[2]["url"]), raw_id=""))
    assert third.content is not None and third.content.title == records[2]["title"]


def test_json_file_in_cp1252_is_read(store: SQLiteStore) -> None:
    record = {"title": "Grève à la SNCF", "text": "Le trafic sera très perturbé jeudi."}
    data = json.dumps([record], ensure_ascii=False).encode("cp1252")
    summary = ingest_texts(store, [("a.json", data)])
    assert summary.new == 1, summary.errors
    (article,) = store.iter_articles()
    assert article.content is not None and article.content.title == "Grève à la SNCF"


def test_standard_input_is_ingested(tmp_path: Path, store: SQLiteStore,
                                    settings: Settings) -> None:
    capture = make_capture(21)
    summary = ingest_paths(store, [Path("-")], settings=settings,
                           stdin=io.BytesIO(capture.bytes()))
    assert summary.new == 1
    (article,) = store.iter_articles()
    assert article.raw.origin == "<stdin>" and article.content is not None
    assert article.content.paragraphs == capture.paragraphs


def test_failures_are_not_duplicated_across_runs(tmp_path: Path, store: SQLiteStore,
                                                 settings: Settings) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "empty.txt").write_bytes(b"")
    (root / "image.txt").write_bytes(_png())
    for _ in range(3):
        summary = ingest_paths(store, [root], settings=settings)
        assert summary.failed == 2
    assert store.counts()["failures"] == 2


def test_source_learns_site_chrome_across_captures(tmp_path: Path, store: SQLiteStore,
                                                   settings: Settings) -> None:
    root = write_dir(tmp_path / "site", 0, 4)
    summary = ingest_paths(store, [root], settings=settings, source="quotidien.fr")
    assert summary.new == 4
    chrome = store.site_chrome("quotidien.fr")
    assert "partager sur facebook" in chrome and "rechercher" in chrome
    assert not any("dossier numero" in block for block in chrome)
    assert {a.source for a in store.iter_articles()} == {"quotidien.fr"}


def _ninjs(version: str, headline: str) -> str:
    return json.dumps({
        "uri": f"urn:test:{headline}", "version": version, "headline": headline,
        "versioncreated": "2026-11-30T09:00:00Z",
        "body_text": "Un texte assez long pour faire un article de presse correct, avec "
                     "plusieurs mots et une phrase qui se tient du début à la fin."})


def test_a_wire_version_too_large_for_the_store_is_no_version(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    """Regression (fresh-user report): ``"version": "99999999999999999999999"`` in a ninjs
    item raised OverflowError inside the store's batch: a traceback, nothing of the batch
    stored, and the folder stuck for good. The number is no version now."""
    corpus = tmp_path / "drop"
    write_corpus(corpus, n=2)
    (corpus / "bigver.json").write_text(_ninjs("99999999999999999999999", "big"), "utf-8")
    summary = ingest_paths(store, [corpus], settings=settings)
    assert summary.failed == 0 and summary.new == summary.read
    stored = [store.get(i) for i in summary.new_ids]
    wire = [a for a in stored if a is not None and a.content and a.content.guid]
    assert len(wire) == 1 and wire[0].content is not None and wire[0].content.version == 0


def test_an_item_the_store_refuses_fails_alone_and_the_batch_goes_on(
        tmp_path: Path, store: SQLiteStore, settings: Settings) -> None:
    """Whatever the cause, one article the store refuses (here a real SQLite trigger that
    aborts its insert) gets a one-line error with its origin; the rest of its batch is
    stored, the summary counts both, and its raw input is kept with the failure."""
    corpus = tmp_path / "drop"
    total = write_corpus(corpus, n=3)
    (corpus / "poison.json").write_text(_ninjs("1", "poison"), "utf-8")
    store.conn.execute("CREATE TRIGGER poison BEFORE INSERT ON articles "
                       "WHEN NEW.title = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned'); END")
    summary = ingest_paths(store, [corpus], settings=settings)
    assert (summary.read, summary.new, summary.failed) == (total + 1, total, 1)
    (error,) = summary.errors
    assert "poison.json" in error and "not stored" in error and "\n" not in error
    assert store.counts()["articles"] == total
    again = ingest_paths(store, [corpus], settings=settings)
    assert again.new == 0 and again.failed == 1


def _saved_page(canonical: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="fr"><head><title>Crue de la Loire à Orléans</title>'
            f'<link rel="canonical" href="{canonical}"></head><body><article>'
            f"<h1>Crue de la Loire à Orléans</h1>{body}</article></body></html>").encode()


FLOOD = ["La Loire est montée de deux mètres en une nuit à Orléans, où les quais ont été "
         "fermés à la circulation dès mercredi soir par arrêté préfectoral.",
         "Les pompiers ont évacué une trentaine de riverains du quartier de la Source, "
         "selon la préfecture du Loiret, qui parle d'une décrue lente.",
         "Météo-France maintient la vigilance orange crues pour le département jusqu'à "
         "vendredi midi au moins, et appelle à la prudence sur les routes."]


def test_a_page_saved_again_after_its_update_is_a_version(store: SQLiteStore) -> None:
    """newuser4 N5: the same page (same canonical URL) saved as a file before and after its
    update was two articles, the second a "republication" of the first."""
    url = "https://info.example/regions/2026/11/27/crue-loire-orleans"
    first = ingest_texts(store, [("avant.html", _saved_page(url, FLOOD))])
    second = ingest_texts(store, [("apres.html", _saved_page(url, [*FLOOD, (
        "En fin de journée, la décrue s'amorçait enfin au pont Royal, où la cote a baissé "
        "de vingt centimètres en trois heures.")]))])
    assert (first.new, second.new, second.versions) == (1, 0, 1)
    assert store.counts()["articles"] == 1
    assert first.new_ids == [article_id(url=url, raw_id="")]
    assert len(store.versions(first.new_ids[0])) == 1


def test_a_canonical_url_pointing_at_the_home_page_is_no_identity(store: SQLiteStore) -> None:
    """Pages whose canonical link is the site's root stay separate articles."""
    other = ["Le conseil municipal de Tours a voté mardi soir le budget de la rénovation des "
             "halles, après trois heures de débat et deux suspensions de séance.",
             "L'opposition a dénoncé un calendrier trop serré et demandé un audit des coûts, "
             "que la majorité a refusé en fin de séance."]
    summary = ingest_texts(store, [("a.html", _saved_page("https://info.example/", FLOOD)),
                                   ("b.html", _saved_page("https://info.example/", other))])
    assert (summary.new, summary.versions) == (2, 0)


def test_a_new_headline_over_the_same_body_is_a_version(store: SQLiteStore) -> None:
    """newuser4 N33: the same URL back with a rewritten headline and a later update time
    but the same body was a duplicate; the old headline stayed."""
    url = "https://info.example/regions/2026/11/27/crue-loire-orleans"
    first = ingest_texts(store, [("avant.html", _saved_page(url, FLOOD))])
    retitled = _saved_page(url, FLOOD).replace(b"Crue de la Loire \xc3\xa0 Orl\xc3\xa9ans",
                                               "La Loire à Orléans : les quais rouverts".encode())
    second = ingest_texts(store, [("apres.html", retitled)])
    assert (second.new, second.versions, second.duplicate) == (0, 1, 0)
    article = store.get(first.new_ids[0])
    assert article.content is not None
    assert article.content.title == "La Loire à Orléans : les quais rouverts"
    again = ingest_texts(store, [("apres-bis.html", retitled + b"\n")])
    assert (again.versions, again.duplicate) == (0, 1)  # same headline, same body

"""t-final30 B1: the same text published at two URLs of one site (two editions of actu.fr,
read as JSON Feed files) was one raw input: the document veille composes for a feed item
from its own text held its title and content only, so its raw id (the SHA-256 of those
bytes) was the first edition's, and the second was dropped as "seen again", its input not
kept. README: every raw input is kept; docs/dedup.md step 1: an exact copy at another URL
is a ``republication`` (the same source) linked to the earliest copy. Through the CLI, on
a real SQLite store; reading the same file again is still a duplicate."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from veille.cli.main import main
from veille.record import article_id

TEXT = ("Un train express régional a déraillé mardi matin entre Morlaix et Plouigneau "
        "(Finistère), faisant douze blessés dont deux graves, a-t-on appris auprès de la "
        "préfecture.\n\nLe TER, qui reliait Brest à Rennes avec 87 passagers à bord, a quitté "
        "les rails vers 6h50 à la sortie d'un tunnel, selon SNCF Réseau. Les causes de "
        "l'accident restent inconnues.\n\nLe ministre des Transports est attendu sur les "
        "lieux mercredi. Une enquête a été ouverte par le parquet de Brest.")
FIRST = "https://actu.fr/bretagne/morlaix/ter-deraille_2"
SECOND = "https://actu.fr/bretagne/guingamp/ter-deraille_3"


def _feed(path: Path, title: str, url: str, published: str) -> Path:
    path.write_text(json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": title,
        "home_page_url": "https://actu.fr/bretagne/morlaix/",
        "items": [{"id": url, "url": url, "title": "Morlaix. Un TER déraille, douze blessés",
                   "content_text": TEXT, "date_published": published}]},
        ensure_ascii=False), "utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(data), *args]) == 0
    captured = capsys.readouterr()
    return captured.out + captured.err  # ingest says its summary on stderr


def test_the_same_text_at_another_url_of_the_site_is_kept_as_a_republication(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    first = _feed(tmp_path / "finistere.json", "Actu Finistère", FIRST,
                  "2026-12-01T08:55:00+01:00")
    second = _feed(tmp_path / "cotes-darmor.json", "Actu Côtes-d'Armor", SECOND,
                   "2026-12-01T09:05:00+01:00")

    assert "new 1, duplicate 0" in _run(capsys, data, "ingest", str(first))
    assert "new 1, duplicate 0" in _run(capsys, data, "ingest", str(second))
    stats = _run(capsys, data, "stats")
    assert "articles: 2" in stats and "raw_inputs: 2" in stats

    conn = sqlite3.connect(data / "veille.sqlite3")
    try:
        raws = dict(conn.execute("SELECT url, raw_id FROM raw_inputs").fetchall())
        copy = json.loads(conn.execute("SELECT doc FROM articles WHERE id = ?",
                                       (article_id(url=SECOND, raw_id=""),)).fetchone()[0])
    finally:
        conn.close()
    assert set(raws) == {FIRST, SECOND}
    original = article_id(url=FIRST, raw_id="")
    assert copy["dedup"]["relation"] == "republication"
    assert copy["dedup"]["duplicate_of"] == original
    timeline = _run(capsys, data, "stories", original)
    assert article_id(url=SECOND, raw_id="") in timeline and "[republication]" in timeline

    # the same file read again is the same input: a duplicate, nothing kept twice
    for again in (first, second):
        assert "new 0, duplicate 1" in _run(capsys, data, "ingest", str(again))
    assert "raw_inputs: 2" in _run(capsys, data, "stats")

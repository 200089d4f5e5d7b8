"""The language of an article is detected once, by its extractor (issue #13: "detect the
language once per article"): the story terms read its days in ``content.language``
(:func:`veille.dedup.stories.terms`' ``language``), where :func:`veille.dedup.event_days.
event_days` ran CLD2 again on the headline and the lead (35 more detections for the 58
capture fixtures an ingest extracts; r-captures60)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pycld2
import pytest

from veille.cli.main import main
from veille.dedup.event_days import FOREIGN, reading_language
from veille.dedup.stories import terms
from veille.dedup.terms_memo import TermsMemo, terms_key
from veille.extract.text_capture import extract_text_capture
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "captures"

ENGLISH = ("Ferry port at Roscoff closed on Sunday as storm hits Brittany",
           ["The ferry port at Roscoff was closed on Sunday as storm winds reached 130 km/h "
            "along the Breton coast, the operator said. Sailings to Plymouth and Cork were "
            "cancelled until Monday, and about 400 passengers were stranded at the port."])
SUNDAY = date(2026, 1, 18)


def test_an_ingest_detects_each_article_language_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """An ingest of the capture fixtures into a fresh SQLite store (``ingest_texts``, what
    ``bench/captures.py`` times) runs CLD2 at most once per capture (base: 75 detections
    for 40 captures, 35 by the story terms); the stored articles are then exported by the
    real CLI."""
    calls: list[str] = []
    detect = pycld2.detect

    def counted(text: str, *args: object, **kwargs: object) -> object:
        calls.append(text)
        return detect(text, *args, **kwargs)

    monkeypatch.setattr(pycld2, "detect", counted)
    data = tmp_path / "data"
    data.mkdir()
    files = sorted(FIXTURES.glob("*.txt"))
    store = SQLiteStore.open(data / "veille.sqlite3")  # Settings.store_path
    try:
        ingest_texts(store, [(p.name, p.read_bytes()) for p in files])
    finally:
        store.close()
    assert main(["--data-dir", str(data), "export"]) == 0
    stored = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]
    assert len(stored) > 20
    assert 0 < len(calls) <= len(files)


def test_the_days_are_read_in_the_article_language() -> None:
    """An English text read as English names the foreign-reading key; told it is French
    (a declared language), its days are read as French ones; ``None`` detects as before."""
    title, paragraphs = ENGLISH
    detected = terms(title, paragraphs, SUNDAY)
    english = terms(title, paragraphs, SUNDAY, "en")
    french = terms(title, paragraphs, SUNDAY, "fr")
    assert FOREIGN in english.places
    assert english == detected
    assert FOREIGN not in french.places
    assert reading_language("fr") == reading_language("") == reading_language("zz") == ""
    assert reading_language("de") == "de"


def test_a_memo_keys_the_language() -> None:
    """Two readings of one input in two languages are two inputs of the memo; ``None`` keys
    as before r-captures60 (stored rows stay found)."""
    title, paragraphs = ENGLISH
    assert terms_key(title, paragraphs, SUNDAY, "en") != terms_key(title, paragraphs, SUNDAY, "fr")
    assert terms_key(title, paragraphs, SUNDAY, None) == terms_key(title, paragraphs, SUNDAY)
    memo = TermsMemo()
    assert memo(title, paragraphs, SUNDAY, "en") == terms(title, paragraphs, SUNDAY, "en")
    assert memo(title, paragraphs, SUNDAY, "fr") == terms(title, paragraphs, SUNDAY, "fr")
    assert memo.misses == 2


def test_the_extracted_language_gives_the_terms_a_detection_gave() -> None:
    """On every capture fixture, the terms read in the extracted language equal those read
    with a second detection (the identity the store dumps check on the AEB renders)."""
    checked = 0
    for path in sorted(FIXTURES.glob("*.txt")):
        try:
            content = extract_text_capture(path.read_text("utf-8"),
                                           fetched_at=datetime(2026, 12, 1, tzinfo=UTC))
        except Exception:  # noqa: BLE001 - a refused capture has no terms
            continue
        day = content.published.date() if content.published else date(2026, 3, 1)
        paragraphs = list(content.paragraphs)
        assert terms(content.title, paragraphs, day, content.language) == \
            terms(content.title, paragraphs, day), path.name
        checked += 1
    assert checked > 20

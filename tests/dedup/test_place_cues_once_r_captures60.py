"""The place cues of a text are scanned once per article read (r-captures60, issue #13):
the stated places (:func:`veille.dedup.stated_places._stated_in`) and the settlements abroad
(:func:`veille.dedup.areas_abroad._towns_stated`) read the same lead and the same whole text
with the same two patterns (``_OF``, ``_CUE``: a lookbehind and ~30 words tried at every
character); a quarter of the scans of the AEB renders were a second scan of one text."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from veille.dedup import reading, stated_places
from veille.dedup.stories import terms
from veille.extract.text_capture import extract_text_capture

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "captures"

TITLE = "Fire at a warehouse in Leeds: two workers hurt"
PARAGRAPHS = ["A fire broke out on Tuesday in a warehouse in Harehills, Leeds, and spread to "
              "the next building, the fire service said. Crews from the town of Bradford and "
              "from Wakefield fought the flames for four hours.",
              "Two workers were taken to hospital in Leeds. The outskirts of Leeds were "
              "covered in smoke until the evening."]


class _Counted:
    """A compiled pattern whose ``finditer`` scans are counted by text."""

    def __init__(self, pattern: re.Pattern[str], name: str, seen: Counter[tuple[str, str]]):
        self.pattern, self.name, self.seen = pattern, name, seen

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        self.seen[self.name, text] += 1
        return self.pattern.finditer(text)

    def __getattr__(self, attribute: str) -> object:
        return getattr(self.pattern, attribute)


def test_each_text_is_scanned_once_for_place_cues(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: Counter[tuple[str, str]] = Counter()
    monkeypatch.setattr(stated_places, "_OF", _Counted(stated_places._OF, "of", seen))
    monkeypatch.setattr(stated_places, "_CUE", _Counted(stated_places._CUE, "cue", seen))
    found = terms(TITLE, PARAGRAPHS, date(2026, 3, 10), "en")
    assert any(key.startswith("at:") for key in found.places)  # the cues were read
    assert seen and max(seen.values()) == 1, [k for k, n in seen.items() if n > 1]


def test_the_shared_scans_give_the_terms_of_unshared_ones(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """On every capture fixture (and the text above), the terms are those of a reading that
    shares nothing (:data:`veille.dedup.reading.ENABLED` off: every scan made afresh)."""
    inputs = [(TITLE, PARAGRAPHS, date(2026, 3, 10))]
    for path in sorted(FIXTURES.glob("*.txt")):
        try:
            content = extract_text_capture(path.read_text("utf-8"),
                                           fetched_at=datetime(2026, 12, 1, tzinfo=UTC))
        except Exception:  # noqa: BLE001 - a refused capture has no terms
            continue
        inputs.append((content.title, list(content.paragraphs),
                       content.published.date() if content.published else date(2026, 3, 1)))
    shared = [terms(*one) for one in inputs]
    monkeypatch.setattr(reading, "ENABLED", False)
    assert [terms(*one) for one in inputs] == shared
    assert len(inputs) > 20

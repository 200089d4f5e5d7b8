"""The first publication of an event in any language is the earliest *known* time: a date
known to the day only is no midnight publication (t-final61 #5: Corriere della Sera's "2
December" was named first over The Guardian's 13:05 UTC of that day). The day-only outlet
is said to be in no known order against it."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from veille.cli.stories import other_languages_text
from veille.dedup.other_languages import coverage
from veille.store.base import StoryArticle


def _member(aid: str, source: str, language: str, time: datetime, precision: str = "time",
            reprint: bool = False) -> StoryArticle:
    return StoryArticle(article_id=aid, story_id="s-" + language, source=source,
                        reprint=reprint, url=None, title=aid, time=time,
                        precision=precision, language=language,
                        relation="reprint" if reprint else "")


GUARDIAN = _member("g", "theguardian.com", "en", datetime(2026, 12, 2, 13, 5, tzinfo=UTC))
CORRIERE = _member("c", "corriere.it", "it", datetime(2026, 12, 2, tzinfo=UTC), "day")
LE_MONDE = _member("m", "lemonde.fr", "fr", datetime(2026, 12, 2, 15, 40, tzinfo=UTC))
EL_PAIS = _member("p", "elpais.com", "es", datetime(2026, 12, 1, tzinfo=UTC), "day")


def test_a_day_only_date_is_not_first_over_a_time_of_its_day() -> None:
    first = coverage([[LE_MONDE], [CORRIERE], [GUARDIAN]])["first"]
    assert first["source"] == "theguardian.com"
    # the day-only Italian article may be earlier or later: said, never dropped
    assert [t["source"] for t in first["tied"]] == ["corriere.it"]


def test_a_day_before_is_surely_first() -> None:
    first = coverage([[LE_MONDE], [CORRIERE], [GUARDIAN], [EL_PAIS]])["first"]
    assert first["source"] == "elpais.com" and first["tied"] == []


def test_two_times_are_in_known_order() -> None:
    first = coverage([[LE_MONDE], [GUARDIAN]])["first"]
    assert first["source"] == "theguardian.com" and first["tied"] == []


def test_a_reprint_is_never_first_nor_tied() -> None:
    reprint = _member("r", "corriere.it", "it", datetime(2026, 12, 2, tzinfo=UTC), "day",
                      reprint=True)
    first = coverage([[LE_MONDE], [reprint], [GUARDIAN]])["first"]
    assert first["source"] == "theguardian.com" and first["tied"] == []


def test_the_cli_line_says_the_order_is_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    covered = coverage([[LE_MONDE], [CORRIERE], [GUARDIAN]])
    covered["first"]["outlet"] = "The Guardian"
    covered["first"]["tied"][0]["outlet"] = "Corriere della Sera"
    text = other_languages_text({"other_languages": [], "coverage": covered})
    assert "first published in any language by The Guardian (English)" in text
    assert "(or Corriere della Sera, the same day: order unknown)" in text

"""Every date granularity has a label in both UI languages, and the article page flags a
weekday the text gives that the resolved date does not have (newuser9 R13)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from veille.enrich.dates import GRANULARITIES, find_dates
from veille.web.i18n import LOCALES_DIR, load_locales

TEMPLATES = Path(LOCALES_DIR).parent / "templates"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_granularity_has_a_label(lang: str) -> None:
    strings = load_locales()[lang].strings
    missing = [g for g in GRANULARITIES if "granularity_" + g not in strings]
    assert not missing, missing


def test_a_season_mention_has_a_known_granularity() -> None:
    from datetime import date
    found = find_dates("Les travaux durent depuis l'hiver.", date(2026, 3, 10))
    assert found and {d.granularity for d in found} <= set(GRANULARITIES)


def test_article_page_flags_a_wrong_weekday() -> None:
    page = (TEMPLATES / "article.html").read_text("utf-8")
    assert "weekday_ok" in page and "date_weekday_mismatch" in page
    for lang in ("fr", "en"):
        assert load_locales()[lang].strings["date_weekday_mismatch"]


def test_a_range_of_days_is_one_line_with_its_last_day() -> None:
    """"du 12 au 23 mai" is one date mentioned with its last day (issue 16): one line of
    the article page, which shows both ends."""
    from veille.web.enrich_markup import mentioned_dates

    found = [d.to_dict() for d in find_dates("Le festival aura lieu du 12 au 23 mai.",
                                             date(2026, 3, 1))]
    [line] = mentioned_dates({"dates": found})
    assert (line.value, line.until, line.texts) == ("2026-05-12", "2026-05-23",
                                                    ["12 au 23 mai"])
    page = (TEMPLATES / "article.html").read_text("utf-8")
    assert "d.until" in page


def test_two_candidate_days_are_one_line_joined_by_or() -> None:
    """"next Friday" written on a Monday (f-dates30) is one line of the article page with
    its two candidate days joined by "or", not a range's dash."""
    from veille.web.enrich_markup import mentioned_dates

    found = [d.to_dict() for d in find_dates("The budget will be delivered next Friday.",
                                             date(2026, 11, 30))]
    [line] = mentioned_dates({"dates": found})
    assert (line.value, line.granularity, line.until) == ("2026-12-04", "either",
                                                          "2026-12-11")
    page = (TEMPLATES / "article.html").read_text("utf-8")
    assert "'either'" in page and "date_or" in page
    assert [load_locales()[lang].strings["date_or"] for lang in ("en", "fr")] == ["or", "ou"]

"""English "a" is an article, not French "avoir" (so no past), and a month six months away
either side with no past marker is the coming one (t-enrich19 E5)."""

from __future__ import annotations

from datetime import date

import pytest

from veille.enrich.dates import find_dates, is_english

MARCH = date(2026, 3, 11)


@pytest.mark.parametrize(("text", "value"), [
    ("Investors now price in a rate cut in July, the futures show.", "2026-07-01"),
    ("Economists expect a rebound in August after the strike ends.", "2026-08-01"),
    ("The board sees a vote in October as likely.", "2025-10-01"),  # nearest: 5 back
    ("Analysts see a second cut in September.", "2026-09-01"),  # 6 either side: ahead
    ("The company reported a loss in February.", "2026-02-01"),
    ("It was a hard winter: prices rose in January.", "2026-01-01"),
])
def test_english_article_a_is_no_past_marker(text: str, value: str) -> None:
    [found] = find_dates(text, MARCH)
    assert found.value == value, (text, found)


def test_french_avoir_a_is_still_a_past() -> None:
    [found] = find_dates("Le préfet a, selon ses services, pris sa décision en juin.", MARCH)
    assert (found.value, found.tense) == ("2025-06-01", "past")


def test_six_months_either_side_without_tense_is_ahead_in_french_too() -> None:
    [found] = find_dates("Une nouvelle baisse des taux en septembre ?", MARCH)
    assert found.value == "2026-09-01"


def test_is_english() -> None:
    assert is_english("Markets now expect a cut in June, according to the data.")
    assert not is_english("Les marchés attendent une baisse des taux en juin.")

"""A Russian page's time is read on the clock of the places it names, declined as Russian
declines them (t-final56 A7).

Russia keeps eleven clocks. A capture from a Novosibirsk city site ("В Новосибирске …",
"мэр Новосибирска", "в Барнауле"), no zone printed, was read on Moscow's clock (its
language's): 11:40 became 08:40 UTC instead of 04:40, four hours late in every list. The
places vote (``extract/place_zones``) read capitalised runs in Latin letters only, and
looked each name up as printed, never as the nominative the gazetteer keeps. Texts
written for this test.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from veille.extract.place_zones import zone_within_country
from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 6, 6, tzinfo=UTC)


def _capture(place_sentences: str) -> str:
    return ("Происшествия\n\n"
            "Авария на теплосети: без отопления остались дома\n\n"
            "Анна Смирнова\n5 декабря 2026, 11:40\n\n"
            f"{place_sentences}\n\n"
            "Аварийные бригады работают круглосуточно, подачу тепла восстановят к утру "
            "воскресенья, сообщили в мэрии.\n")


@pytest.mark.parametrize(("places", "zone"), [
    ("В пятницу вечером в Новосибирске произошла авария. Мэр Новосибирска обещал "
     "помощь. Похожая авария случилась в Барнауле.", "Asia/Novosibirsk"),
    ("Во Владивостоке и в Хабаровске выпал снег, движение затруднено.", "Asia/Vladivostok"),
    ("В Москве произошла авария. Мэр Москвы обещал помощь.", "Europe/Moscow"),
])
def test_declined_places_choose_the_clock(places: str, zone: str) -> None:
    got = extract_text_capture(_capture(places), fetched_at=NOW)
    assert got.published == datetime(2026, 12, 5, 11, 40, tzinfo=ZoneInfo(zone))


def test_the_vote_reads_case_forms() -> None:
    clock, named = zone_within_country(
        "Europe/Moscow", "В Новосибирске произошла авария. Мэр Новосибирска заявил.", "ru")
    assert clock == "Asia/Novosibirsk" and "Новосибирске" in named
    assert zone_within_country("Europe/Moscow", "В Москве прошёл митинг.", "ru") == ("", [])

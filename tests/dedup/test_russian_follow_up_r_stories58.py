"""A Russian next-day follow-up in other words joins its event, and the same event the same
day in another oblast stays apart (r-stories58: ``veille.dedup.stories.RUSSIAN_STEMS``; the
areas abroad read "в Кемерове" through pymorphy3 and no longer read the street "на Иркутском
тракте" as Irkutsk). Fixture: own text (``tests/fixtures/stories/
russian-follow-up-r-stories58.jsonl``, CC0, written for veille): a district-heating main
bursts in Tomsk (t1), the heat is back the next day (t2: other words and case forms, the same
street and official), the same template in Kemerovo the same day (u1)."""

from __future__ import annotations

from pathlib import Path

from test_arabic_areas_r_stories58 import ingested

T1, T2, U1 = (f"https://example.org/r-stories58-t/{u}" for u in ("t1", "t2", "u1"))


def test_follow_up_joined_other_oblast_apart(tmp_path: Path) -> None:
    got = ingested(tmp_path, "russian-follow-up-r-stories58.jsonl")
    assert got[T1] == got[T2]  # the next day, other words
    assert got[U1] != got[T1]  # Kemerovo Oblast, not Tomsk Oblast


def test_russian_terms_are_stems() -> None:
    from veille.dedup.stories import russian_stem, terms

    got = terms("Тепло вернулось в дома", ["Жильцы домов в Томске ждали тепла."])
    assert {"дом", "тепл", "томск"} <= got.keys()
    assert got["дом"] == 3.0 + 1.0  # "дома" in the headline, "домов" in the text
    assert russian_stem("томске") == russian_stem("томск") == "томск"
    assert "vers" not in terms("Un train", ["Il roule vers Lyon."])  # Latin untouched


def test_kemerovo_read_and_street_adjective_not_a_city() -> None:
    from veille.dedup.areas import AREA, AREA_NAMED, area_keys

    lead, _ = area_keys("В Кемерове прорвало теплотрассу", "", (), ())
    assert lead == {AREA + "RU.29"}  # a neuter name in -ово, declined
    _, named = area_keys("В Томске прорвало теплотрассу",
                         "Авария на Иркутском тракте. Глава Новосибирской области приехал.",
                         (), ())
    assert AREA_NAMED + "RU.20" not in named  # the Irkutsk road is a street of Tomsk

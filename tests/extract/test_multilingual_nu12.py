"""Pages in Italian, Japanese, Chinese and Arabic (newuser12 W7, W8, W9): printed dates in
their own forms and digits, headlines written without spaces, and bylines that open with
their language's word for "by". Our own pages and lines."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from veille.extract.bylines import people_of
from veille.extract.dates import find_dates
from veille.extract.html import extract_html


@pytest.mark.parametrize(("text", "zone", "iso"), [
    ("Pubblicato il 1° marzo 2026, ore 09:05", "Europe/Rome", "2026-03-01T09:05:00+01:00"),
    ("3 marzo 2026, ore 18:40", "Europe/Rome", "2026-03-03T18:40:00+01:00"),
    ("2026年3月4日 9時05分", "Asia/Tokyo", "2026-03-04T09:05:00+09:00"),
    ("2026年3月4日（水）18:30", "Asia/Tokyo", "2026-03-04T18:30:00+09:00"),
    ("2026年3月4日 下午2:15", "Asia/Shanghai", "2026-03-04T14:15:00+08:00"),
    ("الأربعاء ٤ مارس ٢٠٢٦ - ٠٩:٠٥", "Asia/Riyadh", "2026-03-04T09:05:00+03:00"),
    ("٤ آذار ٢٠٢٦", "Asia/Beirut", "2026-03-04T00:00:00+02:00"),
    # verify12 X6, X8: the next languages, from CLDR's month names
    ("4 марта 2026, 09:05", "Europe/Moscow", "2026-03-04T09:05:00+03:00"),
    ("4 Mart 2026 09:05", "Europe/Istanbul", "2026-03-04T09:05:00+03:00"),
    ("4 במרץ 2026, 09:05", "Asia/Jerusalem", "2026-03-04T09:05:00+02:00"),
    ("۴ مارس ۲۰۲۶ - ۰۹:۰۵", "Asia/Tehran", "2026-03-04T09:05:00+03:30"),
    ("4 marca 2026", "Europe/Warsaw", "2026-03-04T00:00:00+01:00"),
    ("2026년 3월 4일 오후 2:15", "Asia/Seoul", "2026-03-04T14:15:00+09:00"),
    ("4 marzo 2026 alle 9.05", "Europe/Rome", "2026-03-04T09:05:00+01:00"),
])
def test_printed_dates_in_other_languages(text: str, zone: str, iso: str) -> None:
    [found] = find_dates(text, default_zone=ZoneInfo(zone))
    assert found.value.isoformat() == iso


def test_a_price_after_a_date_is_no_time() -> None:
    [found] = find_dates("le 4 mars 2026 3.50 euros", default_zone=ZoneInfo("Europe/Paris"))
    assert not found.has_time


def test_bylines_open_with_their_languages_word_for_by() -> None:
    assert people_of(["بقلم خالد يوسف"]) == (["خالد يوسف"], [])
    assert people_of(["بقلم: ليلى حسن"]) == (["ليلى حسن"], [])
    assert people_of(["记者 李明"]) == (["李明"], [])
    # verify12 X7: Russian, Hebrew, Persian prefixes; Korean and Japanese titles and desks
    assert people_of(["Автор: Ольга Смирнова"]) == (["Ольга Смирнова"], [])
    assert people_of(["מאת דנה לוי"]) == (["דנה לוי"], [])
    assert people_of(["نوشته: مریم احمدی"]) == (["مریم احمدی"], [])
    assert people_of(["박지영 기자"]) == (["박지영"], [])
    assert people_of(["社会部　田中花子"]) == (["田中花子"], [])
    assert people_of(["（共同）"]) == ([], ["共同"])


def _page(lang: str, title: str, h1: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body><article>"
            f"<h1>{h1}</h1>{body}</article></body></html>")


def test_a_japanese_h1_beats_a_shortened_title_tag() -> None:
    content = extract_html(_page("ja", "大阪で大雨", "大阪府で記録的な大雨　交通機関に乱れ", [
        "4日朝、大阪府で記録的な大雨となり、鉄道の運転見合わせが相次ぎました。",
        "気象台は土砂災害に警戒するよう呼びかけています。"]))
    assert content.title == "大阪府で記録的な大雨 交通機関に乱れ"  # the ideographic space: a space


def test_an_arabic_dateline_is_read_and_leaves_the_body() -> None:
    content = extract_html(_page("ar", "معرض", "افتتاح معرض الكتاب في الرياض", [
        "الأربعاء ٤ مارس ٢٠٢٦ - ٠٩:٠٥",
        "افتتح يوم الأربعاء معرض الكتاب الدولي في الرياض بمشاركة أكثر من ألف دار نشر.",
        "ويستمر المعرض عشرة أيام ويتضمن برنامجا ثقافيا واسعا للزوار."]))
    assert content.published is not None and content.published.day == 4
    assert content.published.hour == 9 and content.published.minute == 5
    assert all("٢٠٢٦" not in p for p in content.paragraphs)


def test_a_huge_byline_of_spaces_is_read_in_linear_time() -> None:
    """The reporter's-title strip ran a regex with a leading ``\\s*`` at every position:
    80,000 spaces took 32 s (a hostile byline element). Counted in calls, not seconds."""
    from veille.extract.bylines import east_asian_byline

    assert east_asian_byline(" " * 100_000 + "é") == " " * 100_000 + "é"
    assert east_asian_byline(" " * 1_000 + "박지영 기자 ") == " " * 1_000 + "박지영"


def test_every_scripts_digits_are_digits() -> None:
    """Any decimal digit (Unicode Nd), not only the four scripts first listed: Bengali."""
    from veille.extract.dates import ascii_digits

    assert ascii_digits("৪ মার্চ ২০২৬") == "4 মার্চ 2026"
    assert ascii_digits("12 mars 2026") == "12 mars 2026"

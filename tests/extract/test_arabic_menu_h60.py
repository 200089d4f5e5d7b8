"""t-final60 ("also serious"): an Arabic site's menu line copied above the headline of a
capture ("الرئيسية أخبار سياسة اقتصاد رياضة") was taken as the headline, the real one
pushed into the body. Arabic has no capital letters, and the menu labels were French and
English only. Real store, real ingest (the Python API)."""

from __future__ import annotations

from pathlib import Path

import pytest

import veille
from veille.extract.furniture_title import menu_line

HEADLINE = "بنغازي: افتتاح أول محطة لتحلية مياه البحر في شرق ليبيا"
BODY = ("افتتحت السلطات المحلية في بنغازي يوم الأحد أول محطة لتحلية مياه البحر في شرق "
        "ليبيا، بطاقة تبلغ عشرين ألف متر مكعب يوميا.\n\n"
        "وقال مدير المشروع سالم الورفلي إن المحطة ستغطي حاجة نصف أحياء المدينة من مياه "
        "الشرب.\n")


@pytest.mark.parametrize("menu", ["الرئيسية  أخبار  سياسة  اقتصاد  رياضة",
                                  "الصفحة الرئيسية | الأخبار | ثقافة | منوعات | فيديو",
                                  "آخر الأخبار  العالم  تقارير  مقالات  المزيد"])
def test_an_arabic_menu_line_is_not_the_headline(tmp_path: Path, menu: str) -> None:
    capture = f"الوسط نت\n{menu}\n\n{HEADLINE}\n\n{BODY}"
    with veille.open(tmp_path / "data") as v:
        summary = v.ingest_bytes([("ar.txt", capture.encode())], source="alwasat.example")
        assert summary.new == 1
        [article] = v.latest(1)
    assert article.content.title == HEADLINE
    assert menu_line(menu)


@pytest.mark.parametrize("line", [HEADLINE, "سياسة واقتصاد ورياضة في قمة الدوحة",
                                  "أخبار سارة لمزارعي الزيتون في صفاقس"])
def test_an_arabic_headline_naming_sections_is_no_menu(line: str) -> None:
    assert not menu_line(line)

"""r-lang54 (issue 16, t-final53 / t-final53b A3, A14, B1): dates mentioned in Portuguese
(pt-PT and pt-BR), Arabic and Russian were not read at all; they are now, with the tense
rules of the Spanish and Italian reading (Portuguese) or the markers of
``enrich/date_scripts.py`` (Arabic, Russian). Through a real store as well."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.date_foreign import dates_unread
from veille.enrich.dates import find_dates

WED = date(2026, 12, 2)  # a Wednesday
THU = date(2026, 12, 3)
FRI = date(2026, 12, 4)


def _values(text: str, published: date, language: str) -> dict[str, str]:
    return {d.text: d.value for d in find_dates(text, published, language=language)}


@pytest.mark.parametrize(("text", "language", "published", "key", "want"), [
    # Portuguese weekdays "segunda-feira" … "domingo", past and future by the verb
    ("O fogo começou na terça-feira à tarde na serra.", "pt-PT", WED, "terça-feira à tarde",
     "2026-12-01"),
    ("A chuva que caiu no domingo alagou bairros inteiros.", "pt-BR", WED, "domingo",
     "2026-11-29"),
    ("As escolas vão reabrir na segunda-feira, segundo a autarquia.", "pt-PT", FRI,
     "segunda-feira", "2026-12-07"),
    ("A empresa vai apresentar um relatório até a sexta-feira.", "pt-BR", THU, "sexta-feira",
     "2026-12-04"),
    ("O sindicato anunciou ontem uma nova paralisação.", "pt", THU, "ontem", "2026-12-02"),
    ("Há dois dias, a Proteção Civil emitiu um aviso.", "pt-PT", FRI, "Há dois dias",
     "2026-12-02"),
    ("Os ministros reúnem-se em 6 de fevereiro em Lisboa.", "pt-PT", THU, "6 de fevereiro",
     "2027-02-06"),
    ("As negociações serão retomadas na próxima semana.", "pt-BR", THU, "próxima semana",
     "2026-12-07"),
    ("A chuva só é esperada no fim de semana.", "pt-PT", WED, "fim de semana", "2026-12-05"),
    # Arabic: a weekday told in the perfect is gone by; المقبل, سـ, المقرر mark what comes
    ("غمرت السيول شوارع المدينة يوم الثلاثاء بعد عاصفة قوية.", "ar", WED, "يوم الثلاثاء",
     "2026-12-01"),
    ("بدأ السائقون إضرابهم أمس بعد فشل المفاوضات.", "ar", THU, "أمس", "2026-12-02"),
    ("وينتظر أن تستأنف المفاوضات الأسبوع المقبل.", "ar", THU, "الأسبوع المقبل", "2026-12-07"),
    ("ومن المقرر أن يجتمع الوزراء في 6 فبراير.", "ar", THU, "6 فبراير", "2027-02-06"),
    ("ومن المقرر أن يجتمع الوزراء في 6 شباط.", "ar-LB", THU, "6 شباط", "2027-02-06"),
    # Russian: the accusative weekday, its part of the day, the genitive month
    ("Во вторник вечером в городе вышла из берегов река.", "ru", WED, "Во вторник вечером",
     "2026-12-01"),
    ("Снегопад начался в среду утром.", "ru", FRI, "в среду утром", "2026-12-02"),
    ("Занятия в школах возобновятся 9 декабря.", "ru", FRI, "9 декабря", "2026-12-09"),
    ("По прогнозу синоптиков, дожди прекратятся в конце недели.", "ru", WED,
     "в конце недели", "2026-12-05"),
])
def test_dates_are_read(text: str, language: str, published: date, key: str,
                        want: str) -> None:
    got = _values(text, published, language)
    assert [value for said, value in got.items() if key in said] == [want], got


def test_no_date_is_made_of_a_name_or_a_noun() -> None:
    # "segunda vez", "اليوم السابع" (an outlet), "Среда обитания" in the nominative
    assert _values("Foi a segunda vez que o rio transbordou.", WED, "pt") == {}
    assert _values("ونشرت صحيفة اليوم السابع التقرير.", WED, "ar") == {}


def test_only_languages_no_rule_reads_are_said_unread() -> None:
    assert not any(dates_unread(code) for code in ("pt", "pt-BR", "pt-PT", "ar", "ar-MA",
                                                   "ru"))
    assert dates_unread("nl") and dates_unread("pl")


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/lang54/a", "title": "Incêndio em Monchique",
         "text": "Incêndio em Monchique\n\nO fogo começou na terça-feira à tarde na serra.",
         "language": "pt", "date": "2026-12-02T10:20:00+00:00"},
        {"url": "https://example.org/lang54/b", "title": "سيول في صيدا",
         "text": "سيول في صيدا\n\nغمرت السيول شوارع مدينة صيدا يوم الثلاثاء.",
         "language": "ar", "date": "2026-12-02T10:00:00+02:00"},
        {"url": "https://example.org/lang54/c", "title": "Наводнение в Краснодаре",
         "text": "Наводнение в Краснодаре\n\nВо вторник вечером вышла из берегов река.",
         "language": "ru", "date": "2026-12-02T14:30:00+03:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    for key in "abc":
        assert [d["value"] for d in got[key]["dates"]] == ["2026-12-01"], got[key]
        assert "dates_unread" not in got[key]

"""Dates and speakers beyond French and English (issue 16, r-lang55): Russian and Arabic
counted spans, the Arabic perfect's tense, Portuguese short weekdays with their day, plans
told by a verb in es/it/pt, the Russian surname alone after a role's complement, the
Arabic name after a role cut by its shape."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.dates import find_dates
from veille.enrich.quotes import find_quotes

THURSDAY = date(2026, 12, 3)


def _values(text: str, language: str) -> list[str]:
    return [d.value for d in find_dates(text, THURSDAY, language=language)]


@pytest.mark.parametrize(("text", "language", "want"), [
    ("Сильные дожди начались два дня назад.", "ru", ["2026-12-01"]),
    ("Вода начнёт спадать через три дня.", "ru", ["2026-12-06"]),
    ("Мороз ударил пять дней назад.", "ru", ["2026-11-28"]),
    ("اندلع الحريق قبل يومين في المنطقة الصناعية.", "ar", ["2026-12-01"]),
    ("وستعيد البلدية فتح الطريق بعد ثلاثة أيام.", "ar", ["2026-12-06"]),
    ("وقعت الحادثة قبل أيام.", "ar", []),  # a plural with no count is vague
    ("أعلنت الحكومة يوم الاثنين أنها ستستضيف مؤتمرا.", "ar", ["2026-11-30"]),
    ("واجتمع وزراء الخارجية في 6 شباط في القاهرة.", "ar", ["2026-02-06"]),
    ("وأعلنت الهيئة في 20 تشرين الأول أنها ستنشر الرزنامة.", "ar", ["2026-10-20"]),
    ("سيعقد المجلس اجتماعا يوم الاثنين.", "ar", ["2026-12-07"]),
    ("O temporal começou na segunda (30) e acalma na sexta (4).", "pt",
     ["2026-11-30", "2026-12-04"]),
    ("Vão votar na segunda vez que a proposta for apresentada.", "pt", []),
    ("A reunião é na quarta (10).", "pt", []),  # 10 December is a Thursday
    ("La gara, che doveva svolgersi sabato, è stata rinviata.", "it", ["2026-12-05"]),
    ("A feira, que ia decorrer no sábado, foi cancelada.", "pt", ["2026-12-05"]),
    ("El concierto, que debía celebrarse el sábado, fue aplazado.", "es", ["2026-12-05"]),
    ("A feira foi adiada para janeiro.", "pt", ["2027-01-01"]),  # the new time: ahead
    ("O jogo foi antecipado para segunda-feira.", "pt", ["2026-12-07"]),
])
def test_dates_are_read(text: str, language: str, want: list[str]) -> None:
    assert _values(text, language) == want


@pytest.mark.parametrize(("sentence", "want"), [
    ("«Все службы работают», — заявил губернатор Кубани Кондратьев.", "Кондратьев"),
    ("«Отопление работает», — добавил глава Приморья Кожевников на совещании.", "Кожевников"),
    ("«Занятия отменены», — сообщил мэр Томска Дмитрий Лапин.", "Дмитрий Лапин"),
    ('وقال وزير الخارجية الأردني غسان المصري: "الأزمة تتطلب حلولا مشتركة".', "غسان المصري"),
    ('وقال المتحدث باسم الدفاع المدني هشام الأيوبي: "السيطرة على الحريق تمت".',
     "هشام الأيوبي"),
    ('وقال رئيس لجنة التشريع العام باسل الحامدي: "القانون يضمن تمثيلا أوسع".',
     "باسل الحامدي"),
])
def test_speaker_is_the_name(sentence: str, want: str) -> None:
    assert [q.speaker for q in find_quotes(sentence)] == [want]


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/lang55/a", "title": "Паводок на Кубани",
         "text": "Паводок на Кубани\n\nДожди начались два дня назад.\n\n"
                 "«Все службы работают», — заявил губернатор Кубани Кондратьев.",
         "language": "ru", "date": "2026-12-03T09:40:00+03:00"},
        {"url": "https://example.org/lang55/b", "title": "حريق في طرابلس",
         "text": "حريق في طرابلس\n\nأعلنت البلدية يوم الاثنين أنها ستفتح الطريق.",
         "language": "ar", "date": "2026-12-03T10:00:00+02:00"},
        {"url": "https://example.org/lang55/c", "title": "Neve in Piemonte",
         "text": "Neve in Piemonte\n\nLa prefettura ha attivato il piano Torino per la neve.",
         "language": "it", "date": "2026-12-03T09:20:00+01:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    assert [d["value"] for d in got["a"]["dates"]] == ["2026-12-01"]
    assert [q["speaker"] for q in got["a"]["quotes"]] == ["Кондратьев"]
    assert [d["value"] for d in got["b"]["dates"]] == ["2026-11-30"]
    # "il piano Torino": the plan's name, no place (the French "le plan Orsec")
    assert not [e for e in got["c"]["entities"]
                if e["label"] == "LOC" and "Torino" in str(e["mentions"])], got["c"]

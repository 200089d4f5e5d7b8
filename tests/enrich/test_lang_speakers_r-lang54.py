"""r-lang54 (issue 16, t-final53b A3, A14, A15): a speaker's role and clause are not part of
the name. Russian: "— заявил губернатор Кубани Вениамин Кондратьев" gave "Кубани Вениамин
Кондратьев" (a role's genitive complement), "— заявил … вице-губернатор Свердловской
области Игорь Волков" gave "Свердловской", and a three-word quote before a dash incise
was dropped as a scare quote. Arabic: "وقال محافظ الإسكندرية أحمد خالد حسن سعيد في مؤتمر
صحفي:" gave the whole clause."""

from __future__ import annotations

import pytest

from veille.enrich.quotes import find_quotes

RU = "«Ситуация остается сложной, уровень воды продолжает расти», — {incise}."
AR = "{intro}: \"نعمل على مدار الساعة لتصريف المياه\"."


def _speakers(text: str) -> list[str]:
    found = find_quotes(text)
    for quote in found:  # the span is the name's
        assert text[quote.speaker_start:quote.speaker_end] == quote.speaker
    return [q.speaker for q in found]


@pytest.mark.parametrize(("incise", "want"), [
    ("заявил губернатор Кубани Вениамин Кондратьев", "Вениамин Кондратьев"),
    ("сообщил мэр Новосибирска Анатолий Смирнов", "Анатолий Смирнов"),
    ("заявил журналистам вице-губернатор Свердловской области Игорь Волков", "Игорь Волков"),
    ("сказал Вениамин Иванович Кондратьев", "Вениамин Иванович Кондратьев"),
    ("сказал синоптик Михаил Леус", "Михаил Леус"),
    ("сказал глава МЧС Александр Куренков в Москве", "Александр Куренков"),
    ("сказал Вильфанд на брифинге", "Вильфанд"),
])
def test_russian_speaker_is_the_name(incise: str, want: str) -> None:
    assert _speakers(RU.format(incise=incise)) == [want]


def test_russian_pronoun_names_no_one() -> None:
    assert _speakers(RU.format(incise="сказал он")) == [""]


def test_a_short_russian_quote_with_a_dash_incise_is_a_quote() -> None:
    text = ("В пятницу водители продолжили забастовку. «Мы не отступим», — заявил "
            "профсоюзный лидер Олег Петров.")
    assert [(q.text, q.speaker) for q in find_quotes(text)] == [("Мы не отступим",
                                                                  "Олег Петров")]


@pytest.mark.parametrize(("intro", "want"), [
    ("وقال محافظ الإسكندرية أحمد خالد حسن سعيد في مؤتمر صحفي", "أحمد خالد حسن سعيد"),
    ("وقال رئيس بلدية صيدا سامر نعمان خلال جولة ميدانية", "سامر نعمان"),
    ("وقالت الكاتبة العامة للنقابة سعاد بنعلي في تصريح للصحافة", "سعاد بنعلي"),
    ("وقال نائب رئيس الوزراء سامر خليل أمام الصحفيين", "سامر خليل"),
    # a name with a particle and no role stays whole
    ("وقال محمد عبد الحميد سعيد", "محمد عبد الحميد سعيد"),
    ("وقال أحمد سمير", "أحمد سمير"),
])
def test_arabic_speaker_is_the_name(intro: str, want: str) -> None:
    assert _speakers(AR.format(intro=intro)) == [want]

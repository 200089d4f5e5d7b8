"""Arabic bylines: no capitals tell a name, so a known given name does (Faker's Arabic
locales, enrich/data/arabic_given_names.txt): after a formula ("كتب", "بقلم"), alone in
the byline's slot over the date, or with the reporter's place after a dash or a bar
(h-capture64: "بيروت - محمد الخطيب" dropped as furniture, the author lost)."""
from datetime import UTC, datetime

import pytest

from veille.extract.bare_byline import bare_name
from veille.extract.bylines import arabic_person, split_byline
from veille.extract.text_capture import extract_text_capture

HEAD = """الرئيسية
أخبار
الحكومة تعلن خطة جديدة لدعم المزارعين المتضررين من الجفاف في الجنوب
{byline}
الثلاثاء 24 نوفمبر 2026 - 13:05
أعلنت الحكومة اللبنانية، اليوم الثلاثاء، عن خطة جديدة لدعم المزارعين المتضررين من موجة \
الجفاف التي ضربت مناطق الجنوب خلال الأشهر الماضية.
وقال وزير الزراعة في مؤتمر صحفي إن "الخطة ستشمل أكثر من عشرة آلاف مزارع وستبدأ مطلع \
الشهر المقبل".
وأضاف الوزير أن الحكومة خصصت مبلغ خمسين مليون دولار لتمويل الخطة.
"""


@pytest.mark.parametrize(("byline", "authors"), [
    ("بيروت - محمد الخطيب", ["محمد الخطيب"]),
    ("محمد الخطيب - بيروت", ["محمد الخطيب"]),
    ("القاهرة | عبد الرحمن يوسف", ["عبد الرحمن يوسف"]),
    ("محمد الخطيب", ["محمد الخطيب"]),
    ("كتب محمد الخطيب", ["محمد الخطيب"]),
    ("بقلم: سارة المصري", ["سارة المصري"]),
    ("وزارة الزراعة - بيروت", []),
    ("كتب أحمد على فيسبوك", []),
])
def test_arabic_byline_in_its_slot(byline: str, authors: list[str]) -> None:
    result = extract_text_capture(HEAD.format(byline=byline),
                                  fetched_at=datetime(2026, 11, 26, tzinfo=UTC))
    assert result.authors == authors
    assert result.title == "الحكومة تعلن خطة جديدة لدعم المزارعين المتضررين من الجفاف في الجنوب"


def test_out_of_the_slot_no_name() -> None:
    assert bare_name("بيروت - محمد الخطيب") == ""


@pytest.mark.parametrize("line", ["الحكومة تعلن خطة", "بيروت", "أحمد", "كتب الحكومة تعلن"])
def test_no_person(line: str) -> None:
    assert not arabic_person(line)
    assert split_byline("كتب " + line)[0] == []

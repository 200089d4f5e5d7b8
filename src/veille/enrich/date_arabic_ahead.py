"""Arabic clauses whose weekday lies ahead though no future marker is written (issue 16,
t-final56 A4, t-final56b A6).

The press narrates in the perfect, so :mod:`veille.enrich.date_scripts` reads an unmarked
weekday as the one gone by. Three constructions mark a coming day without "سـ" or "سوف"
(Badawi, Carter & Gully, *Modern Written Arabic*, § 4.2 on the future, § 2.4.5 on
"أن" with the subjunctive, § 6.2 on the verbal noun):

- **"أن" or "لن" before an imperfect** ("من المتوقع أن تستمر الأمطار", "يتوقع أن يستمر
  المنخفض"): the subjunctive after "أن" names an act expected, wanted or decided, not one
  done; "لن" is the negated future;
- **"حتى" (until) before the weekday in a clause whose verb is an imperfect** ("يستمر
  المنخفض الجوي حتى يوم الثلاثاء", "تستمر الامتحانات حتى يوم الثلاثاء"): a state that
  runs now ends on a day to come (the French "jusqu'à" rule of
  :mod:`veille.enrich.dates`);
- **a verb of deciding or announcing before a verbal noun** ("قررت الوزارة تعليق الدوام
  المدرسي يوم الأحد", "أعلنت إغلاق المدارس يوم الخميس"): the decided act, named by its
  verbal noun (form II تفعيل, form IV إفعال), is later than the deciding, which is the
  day's news; the weekday after the object is the act's. A weekday right after the
  deciding verb and its subject ("قررت الحكومة يوم الأحد …") is the deciding's own day,
  and the verbal noun must come before the weekday.

The imperfect is read from its prefix (يـ, تـ after "أن"/"لن", or يـ alone for "حتى"),
not the nouns that open with those letters (يوم, the months يناير, يونيو, يوليو).
Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re

_L = r"[\u0621-\u064A]"
_NOT_L = r"(?<![\u0621-\u064A])"
_SUBJUNCTIVE = re.compile(_NOT_L + r"[وف]?(?:أن|ان|لن)\s+[يتن]" + _L + r"{2,}")
""""أن"/"لن" before an imperfect: an act expected, wanted or negated ahead."""
_EXPECTED = re.compile(_NOT_L + r"[وف]?(?:من\s+)?(?:ال)?متوقع|" + _NOT_L + r"[وف]?[يت]توقع")
""""(من) المتوقع", "يتوقع": it is expected."""
_IMPERFECT = re.compile(_NOT_L + r"[وف]?ي(?!وم|ناير|ونيو|وليو|ونيه|وليه)" + _L + r"{2,}|"
                        + _NOT_L + r"[وف]?ت(?:ستمر|تواصل|بقى|ظل|متد|غلق)")
"""An imperfect: the third person's يـ prefix (not يوم, the months), or a few feminine ones
of lasting and closing ("تستمر", "تتواصل", "تبقى", "تظل", "تمتد", "تغلق")."""
_UNTIL = re.compile(_NOT_L + r"[وف]?حتى\s+(?:يوم\s+)?$")
_DECIDING = re.compile(_NOT_L + r"[وف]?(?:قرر|قررت|تقرر|أعلن|أعلنت|اعلن|اعلنت|أمر|أمرت|"
                       r"وافق|وافقت|أقر|أقرت)" + r"(?!" + _L + r")")
_VERBAL_NOUN = re.compile(_NOT_L + r"(?:ال)?(?:ت" + _L + _L + r"ي" + _L + r"|[إا]" + _L + _L
                          + r"ا" + _L + r")(?!" + _L + r")")
"""A verbal noun of form II ("تعليق", "تعطيل", "تأجيل") or form IV ("إغلاق", "إلغاء")."""


def ahead_in_clause(before: str, after: str) -> bool:
    """Whether the weekday between ``before`` (its clause up to it) and ``after`` (its
    clause after it) lies ahead by one of the module's three constructions."""
    if _SUBJUNCTIVE.search(before) or _EXPECTED.search(before):
        return True
    if _UNTIL.search(before) and (_IMPERFECT.search(before) or _IMPERFECT.search(after)):
        return True
    deciding = max(_DECIDING.finditer(before), key=lambda m: m.start(), default=None)
    return deciding is not None and _VERBAL_NOUN.search(before, deciding.end()) is not None

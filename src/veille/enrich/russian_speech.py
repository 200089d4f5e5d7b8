"""Russian reported speech: the dash incise after a quote (t-final51 A9: "«…», — сказал
Вильфанд" had no speaker).

No Russian model is loaded (``stage.READ_LANGUAGES``), and the French rules read Latin
letters only. Russian punctuation sets a direct quote's author after the quote with a
comma and a dash, the verb first and its subject after ("«…», — сказал синоптик Михаил
Леус"; Розенталь, *Справочник по правописанию и литературной правке*, § 48, "Прямая
речь": "«П», — а."), so the speaker is read there alone:

- the verb is one of the verbs of saying a report writes (сказать, заявить, отметить,
  добавить, подчеркнуть, сообщить, пояснить, уточнить, рассказать, признать, заметить,
  ответить, написать, and their imperfectives' present), in the past tense's three
  forms (-л, -ла, -ли) or the present's third person;
- the subject is one to three capitalised Cyrillic words (a name), maybe after one to
  three lower-case words of a role ("синоптик", "глава МЧС": an acronym is the role's
  complement) that are left out as French roles are; a lower-case subject alone
  ("— сказал он") gives no speaker (the pronoun's antecedent is not read here).
"""

from __future__ import annotations

import re

__all__ = ["dash_incise"]

_PAST = ("сказал", "заявил", "отметил", "добавил", "подчеркнул", "сообщил", "пояснил",
         "уточнил", "рассказал", "признал", "заметил", "ответил", "написал", "объяснил",
         "констатировал", "резюмировал", "предупредил", "заверил", "напомнил")
_PRESENT = ("говорит", "заявляет", "отмечает", "добавляет", "подчеркивает", "подчёркивает",
            "сообщает", "поясняет", "уточняет", "рассказывает", "признает", "признаёт",
            "считает", "пишет", "объясняет", "напоминает")
_VERB = "|".join([*(v + e for v in _PAST for e in ("", "а", "и")), *_PRESENT])
_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_ROLE = r"(?:[а-яё-]+|[А-ЯЁ]{2,6})"
_INCISE = re.compile(
    r"[»\"”“]?[ \xa0]*,?[ \xa0]*[—–-][ \xa0]*(?P<verb>" + _VERB + r")[ \xa0]+"
    r"(?P<who>(?:" + _ROLE + r"[ \xa0]+){0,3}?" + _NAME + r"(?:[ \xa0]+" + _NAME + r"){0,2})"
    r"(?![а-яёА-ЯЁ])")


def dash_incise(text: str, end: int) -> tuple[str, str, int, int] | None:
    """The verb and the speaker (text, start, end) of a dash incise right after the
    closing mark that ends at ``end`` in ``text`` (module docstring), else None."""
    match = _INCISE.match(text, end)
    if match is None:
        return None
    who, start = match.group("who"), match.start("who")
    name = re.search(_NAME + r"(?:[ \xa0]+" + _NAME + r"){0,2}$", who)
    if name is None:
        return None
    return match.group("verb"), name.group(), start + name.start(), match.end("who")

"""Russian persons in a text read without a model: "Сергей Собянин", "Анна Морозова",
"Кирилла Полякова" (t-final55b A15: Russian persons were no entities at all).

No Russian model is loaded (``stage.READ_LANGUAGES``) and the foreign-name rules
(:mod:`veille.enrich.foreign_names`) read Latin letters. As there, a person is found by
evidence of its kind, never by a capital alone (a Russian sentence capitalises its first
word, a role opening it, and places): a run of capitalised Cyrillic words holding a given
name (``enrich/data/russian_given_names.txt``, Faker ru_RU, MIT), maybe declined
("Кирилла", genitive of Кирилл: its nominatives by :func:`~veille.enrich.cyrillic_forms.
nominatives`), followed by one or two capitalised words (the surname, or the patronymic
and the surname) is a person from the given name on; the words before it in the run are a
role and its complement ("Мэр Москвы"). Pure functions; nothing here raises.
"""

from __future__ import annotations

import re

from veille.enrich.cyrillic_forms import is_cyrillic, nominatives
from veille.enrich.entities import Span
from veille.enrich.given_names import given_names

__all__ = ["cyrillic_person_spans"]

_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_RUN = re.compile(rf"(?<![\w-]){_WORD}(?:[ \u00a0]+{_WORD})*(?![\w-])")
"""Capitalised Cyrillic words in a row."""
_AFTER_GIVEN = 2
"""The most words after the given name: the patronymic and the surname."""


def _given(word: str) -> bool:
    known = given_names("russian")
    return word in known or any(n in known for n in nominatives(word))


def cyrillic_person_spans(text: str) -> list[Span]:
    """``(start, end, "PER")`` of each Russian person of ``text`` (module docstring), in
    text order; [] for a text with no Cyrillic."""
    if not is_cyrillic(text):
        return []
    spans: list[Span] = []
    for run in _RUN.finditer(text):
        words = [(run.start() + m.start(), run.start() + m.end(), m.group())
                 for m in re.finditer(r"\S+", run.group())]
        for index, (start, _, word) in enumerate(words):
            if _given(word) and index + 1 < len(words):
                rest = words[index + 1:index + 1 + _AFTER_GIVEN]
                spans.append((start, rest[-1][1], "PER"))
                break
    return spans

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
role and its complement ("Мэр Москвы"). A run right after a street noun ("на улице Карла
Маркса", "проспект Ленина": :data:`STREET_NOUNS`, any case by pymorphy3's lemma) names a
street after a person, not the person (t-final56b A10). A person's later mentions are its
surname in any case (:func:`person_surnames`: "По словам Травникова" after "Андрей
Травников", t-final56b A8). Pure functions; nothing here raises.
"""

from __future__ import annotations

import re

from veille.enrich.cyrillic_forms import is_cyrillic, nominatives
from veille.enrich.entities import Span
from veille.enrich.given_names import given_names
from veille.enrich.russian_morph import parses
from veille.enrich.russian_names import person_nominative, surname_forms

__all__ = ["STREET_NOUNS", "cyrillic_person_spans", "is_given_name", "person_surnames"]

_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_RUN = re.compile(rf"(?<![\w-]){_WORD}(?:[ \u00a0]+{_WORD})*(?![\w-])")
"""Capitalised Cyrillic words in a row."""
_AFTER_GIVEN = 2
"""The most words after the given name: the patronymic and the surname."""
STREET_NOUNS = frozenset({
    "улица", "проспект", "площадь", "переулок", "бульвар", "шоссе", "набережная", "проезд",
    "тупик", "аллея", "сквер", "парк", "мост", "тракт", "просека", "линия", "станция"})
"""The nouns of Russian street and public-space names (ГОСТ Р 52290-2004's street types and
the urban spaces named after persons), in the nominative."""
_LAST_WORD = re.compile(r"([а-яё]+)\.?[ \u00a0]*$")


def _after_street_noun(text: str, start: int) -> bool:
    """Whether the lower-case word right before ``start`` is a street noun in any case
    ("на улице Карла Маркса", "по проспекту Мира", "ул. Ленина")."""
    match = _LAST_WORD.search(text, max(0, start - 30), start)
    if match is None:
        return False
    word = match.group(1)
    if word in ("ул", "пр", "пл", "пер", "наб", "бул", "просп"):
        return True
    return word in STREET_NOUNS or any(
        p.normal_form in STREET_NOUNS for p in parses(word) if "NOUN" in p.tag)


def person_surnames(name: str) -> frozenset[str]:
    """The forms, in every case, of the surname of Russian person ``name`` as written
    ("Максимом Кудрявцевым" → Кудрявцев, Кудрявцева, Кудрявцеву, …): the last word of its
    nominative (:func:`~veille.enrich.russian_names.person_nominative`) and its case forms,
    the last word as written among them."""
    words = name.split()
    if not words:
        return frozenset()
    return surname_forms(person_nominative(name).split()[-1]) | {words[-1]}


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a given name in some case: in the shipped list (ё read as е), as
    written or read back by :func:`~veille.enrich.cyrillic_forms.nominatives`, or its
    likeliest pymorphy3 analysis a given name (Name) whose nominative the list holds or
    any for a word in an oblique case ("Петром", "Алексею": the list's endings miss -й)."""
    known = given_names("russian")
    if any(n in known or n.replace("ё", "е") in known for n in (word, *nominatives(word))):
        return True
    found = parses(word)
    return bool(found) and "Name" in found[0].tag


def cyrillic_person_spans(text: str) -> list[Span]:
    """``(start, end, "PER")`` of each Russian person of ``text`` (module docstring), in
    text order; [] for a text with no Cyrillic."""
    if not is_cyrillic(text):
        return []
    spans: list[Span] = []
    for run in _RUN.finditer(text):
        if _after_street_noun(text, run.start()):
            continue  # "на улице Карла Маркса": a street
        words = [(run.start() + m.start(), run.start() + m.end(), m.group())
                 for m in re.finditer(r"\S+", run.group())]
        for index, (start, _, word) in enumerate(words):
            if is_given_name(word) and index + 1 < len(words):
                rest = words[index + 1:index + 1 + _AFTER_GIVEN]
                spans.append((start, rest[-1][1], "PER"))
                break
    return spans

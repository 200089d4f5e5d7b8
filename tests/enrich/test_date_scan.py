"""The dates mentioned are found near their anchors only, with exactly ``finditer``'s matches.

``veille.enrich.dates._mentions`` tries the costly date pattern only where a match could
reach an anchor (a digit, a month, a unit of time...): :mod:`veille.enrich.date_scan`
(issue #13). Its matches must be ``_PATTERN.finditer``'s, span and groups, on every text:
the sentences the date tests were written with, the text fixtures, the shapes whose anchor
lies farthest from the match's start (a count in letters, long runs of whitespace), and
generated soup of the pattern's own words. They fail when the distances are cut (checked
by hand: with ``_ANCHOR_NEAR = 8`` three of them fail; with
``_ANCHOR_FAR = 40`` the count written in letters).
"""

from __future__ import annotations

import ast
import random
import re
from pathlib import Path

import pytest

from veille.enrich import date_scan, dates

TESTS = Path(__file__).resolve().parent.parent


def _same(text: str) -> None:
    want = [(m.span(), m.groups()) for m in dates._PATTERN.finditer(text)]
    got = [(m.span(), m.groups()) for m in dates._mentions(text)]
    assert got == want, text[:200]


def _literals() -> list[str]:
    """Every string literal of the date tests (their sentences)."""
    found: list[str] = []
    for path in sorted((TESTS / "enrich").glob("test_dates*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and len(node.value) > 3:
                found.append(node.value)
    return found


def test_the_date_tests_sentences() -> None:
    texts = _literals()
    assert len(texts) > 500
    for text in texts:
        _same(text)
    joined = "\n\n".join(texts)
    assert sum(1 for _ in dates._mentions(joined)) > 500
    _same(joined)


def test_the_text_fixtures() -> None:
    paths = sorted((TESTS / "fixtures").rglob("*.txt"))
    assert paths
    for path in paths:
        _same(path.read_text(encoding="utf-8", errors="replace"))


@pytest.mark.parametrize("text", [
    "Le chantier doit s'achever d'ici à quatre cent quatre-vingt-dix-sept mille quatre cents "
    "quatre-vingts-dix-sept jours, selon la mairie.",
    "Il y a  \n\n   deux   \t  semaines, puis dans vingt-cinq ans et voici trente jours.",
    "Rendez-vous en                                        mars, ou à la fin de l'année.",
    "At the beginning of          the   week, by    May 5, and the day before yesterday.",
    "Par rapport à\u00a0\u00a0\u00a0\u00a02019, puis le quatrième trimestre 2024 et le 1er.",
    "Ce matin, cet après-midi, dans l'après-midi, tonight; Nouvel An, la Saint-Sylvestre.",
    "Good Friday, Cyber Monday, le lundi de Pâques, la Pentecôte, l'Ascension, Thanksgiving.",
    "Elle a démissionné en 2012 et 2014, mai 68, décembre 95 se souviennent, le 12/03/2024.",
    "",
    "2024",
    "Sept. 22, Jan. 5 and in May; the 12th, until the 3rd of this month; le 11-Septembre.",
])
def test_far_anchors_and_long_whitespace(text: str) -> None:
    _same(text)


def test_generated_soup() -> None:
    words = [*dates.WEEKDAYS, *dates.MONTHS, *dates.PARTS, *dates.COUNTS, *(
        "il y a dans voici in d'ici à depuis since en début fin mi- courant de du le la ce "
        "cet cette l'an l'année année an ans jour jours semaine semaines mois week weeks day "
        "days month months year years fortnight ago the end beginning start of next last "
        "this prochain dernier passé passée prochaine dernière Noël Christmas Toussaint "
        "Saint-Sylvestre Halloween Nouvel An New Year's Easter Sunday Good Friday Pâques "
        "Pentecôte Ascension trimestre premier 1er 2e deuxième quatrième été hiver automne "
        "printemps spring summer fall winter matin soir nuit tonight today yesterday "
        "tomorrow aujourd'hui hier demain avant-hier après-demain quatre-vingt-dix-neuf "
        "cent cents mille vingt-cinq soixante-dix 1999 2024 68 95 12 3 31 12/03/2024 "
        "11-Septembre by between entre jusqu'en par rapport horizon pour et and to au on "
        "until , . ; : ! ? » « ' ’ -").split()]
    gaps = [" ", " ", " ", "  ", "\n", "          ", "\t", "", "\u00a0"]
    rng = random.Random(13)
    for _ in range(4000):
        parts: list[str] = []
        for _ in range(rng.randint(1, 30)):
            word = rng.choice(words)
            shape = rng.random()
            parts.append(word.capitalize() if shape < 0.2 else
                         word.upper() if shape < 0.25 else word)
            parts.append(rng.choice(gaps))
        _same("".join(parts))


def test_an_empty_match_falls_back_to_finditer() -> None:
    pattern = re.compile(r"x*")
    anchors = re.compile(r"(?=(?P<far>y)|x)")
    text = "ab xx y x"
    got = [m.span() for m in date_scan.finditer(pattern, anchors, text, 4, 8)]
    assert got == [m.span() for m in pattern.finditer(text)]

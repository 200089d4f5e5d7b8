"""Russian names found in every case, Arabic words with and without their article and
clitics, and ``place:`` with a country's own name, on both backends alike (r-search58,
issues 14/16).

Regressions: Snowball Russian cuts endings only, so a name whose stem changes as it
declines was never found by its nominative (``Павел`` missed "Павла", ``Громов``
"Громова", ``Киев`` "в Киеве", ``Сергей`` "Сергея"); Arabic was only lowercased and folded,
so ``قاهرة`` missed "القاهرة" and "بالقاهرة"; and a place's country was indexed by its
French and English names only (``place:España`` found nothing, ``place:Espagne`` Sevilla).
Real SQLite or PostgreSQL store (the session's throwaway cluster, skipped without
PostgreSQL's binaries), real tantivy or PostgreSQL index, real enrichment
(``texts_service``, tests/search/conftest.py).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.index.inflections import (
    ARABIC_ARTICLES,
    MIN_ARABIC_BARE,
    arabic_forms,
    arabic_plurals,
    russian_forms,
)

TEXTS = {
    "ru-gromov": ("ru", "Новый директор фабрики",
                  "Совет одобрил назначение Павла Громова. С Громовым встретились рабочие в "
                  "Киеве."),
    "ru-belov": ("ru", "Награда соседу", "Сергея Белова наградили за помощь соседям."),
    "ru-left": ("ru", "Прогулка", "Жители гуляли по берегу реки до вечера."),
    "ar-cairo": ("ar", "معرض للكتاب",
                 "افتتح وزير الثقافة معرضا للكتاب بالقاهرة بحضور وزراء من الأردن ومصر."),
    "ar-jar": ("ar", "حكاية", "تاب الرجل ووضع الماء في زير كبير."),
    # t-final62 #10: a singular finds its sound plural and the feminine's plural
    "ar-civil": ("ar", "قصف", "قتل ستة من المدنيين في قصف استهدف الحكومات المحلية."),
    "ar-omar": ("ar", "زيارة", "زار عمران المدينة القديمة."),
    "fr-seville": ("fr", "Grève au port de Séville",
                   "Les dockers du port de Séville ont cessé le travail lundi."),
    "de-koeln": ("de", "Hochwasser in Köln", "Der Rhein ist in Köln über die Ufer getreten."),
}

ENRICH = True
"""``place:`` reads the places enrichment finds (conftest's ``texts_service``)."""

EXPECTED = [
    ("Павел", {"ru-gromov"}), ("Громов", {"ru-gromov"}), ("Киев", {"ru-gromov"}),
    ("Сергей", {"ru-belov"}), ("Белов", {"ru-belov"}), ('"Павел Громов"', {"ru-gromov"}),
    ('"Павла Громова"', {"ru-gromov"}), ("Сергей Белов", {"ru-belov"}),
    ("قاهرة", {"ar-cairo"}), ("القاهرة", {"ar-cairo"}), ("والقاهرة", {"ar-cairo"}),
    ("مصر", {"ar-cairo"}), ("وزير", {"ar-cairo"}), ("كتاب", {"ar-cairo"}),
    ('"معرضا للكتاب"', {"ar-cairo"}),
    ("مدني", {"ar-civil"}), ("حكومة", {"ar-civil"}), ("عمر", set()),
    ("place:España", {"fr-seville"}), ("place:Espagne", {"fr-seville"}),
    ("place:Deutschland", {"de-koeln"}), ("place:Україна", {"ru-gromov"}),
]


def found(v: Any, query: str) -> set[str]:
    return {hit.url.rsplit("/", 1)[1] for hit in v.search(query, per_page=50).hits}


@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_a_declined_or_prefixed_word_is_found(texts_service: Any, query: str,
                                              expected: set[str]) -> None:
    assert found(texts_service, query) == expected


@pytest.mark.parametrize(("query", "key", "marked"), [
    ("Павел", "ru-gromov", "Павла"), ("Киев", "ru-gromov", "Киеве"),
    ("قاهرة", "ar-cairo", "بالقاهرة"), ("مصر", "ar-cairo", "ومصر"),
])
def test_snippets_mark_the_form_found(texts_service: Any, query: str, key: str,
                                      marked: str) -> None:
    hit = next(h for h in texts_service.search(query, per_page=50).hits if h.url.endswith(key))
    assert f"<mark>{marked}</mark>" in hit.title_html + " ".join(hit.snippets)


def test_russian_forms_stay_in_the_likeliest_lemma() -> None:
    assert "павла" in russian_forms("Павел")
    assert "роста" not in russian_forms("Ростов")  # growth is a less likely lemma
    assert russian_forms("Paris") == () and russian_forms("я") == ()


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي", min_size=1, max_size=8))
def test_arabic_forms_never_strip_below_three_letters(word: str) -> None:
    """The forms of a word all hold what follows its article prefix (the word itself when
    it has none), of 3 letters or more, a feminine's ``ة`` aside: nothing else is ever
    stripped (no over-stripping); the plural endings are only added."""
    forms = arabic_forms(word)
    if not forms:
        return
    prefix = next((p for p in ARABIC_ARTICLES if word.startswith(p)
                   and len(word) - len(p) >= MIN_ARABIC_BARE), "")
    bare = word[len(prefix):]
    assert len(bare) >= MIN_ARABIC_BARE
    assert word not in forms
    stem = bare[:-1] if bare.endswith("ه") else bare  # a feminine's plural drops ة
    assert all(stem in f for f in forms)  # endings are only added, never stripped


def test_sound_plurals_are_added_to_singulars_of_four_letters() -> None:
    assert "مدنيين" in arabic_plurals("مدني") and "حكومات" in arabic_plurals("حكومه")
    assert arabic_plurals("عمر") == () and arabic_plurals("فلسطين") == ()


def test_a_clitic_letter_of_the_word_is_never_stripped() -> None:
    assert "زير" not in arabic_forms("وزير") and "تاب" not in arabic_forms("كتاب")
    assert "له" not in arabic_forms("الله") and arabic_forms("من") == ()

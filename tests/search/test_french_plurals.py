"""French plurals in ``-s`` after a vowel find their singular, on both backends.

Regression: Snowball French never deletes an ``s`` after ``a``, ``i``, ``o``, ``u`` (its
step 4), so ``élus`` (``elus``) missed ``élu``, ``élue``, ``élues`` (``elu``), and
``lois``, ``amis``, ``photos`` their singular. A plural of the list generated from
Dicollecte's morphology (``index/data/french_plurals.txt``) is now indexed as its
singular too, and searched as its singular (index format 17, PostgreSQL analysis 8);
words written with an ``s`` of their own (``fois``, ``mois``, ``Paris``, ``plus``) are
not in it and stay apart. Real SQLite or PostgreSQL store, real tantivy or PostgreSQL
index.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import veille
from dispatch_kit import records_file
from veille.index.analysis import (
    FRENCH,
    WORD_RE,
    french_plurals,
    singular_of,
    singular_spelling,
    singular_words,
    written_singular,
)

from .conftest import backend_settings

TEXTS = {
    "elus": ("Les élus municipaux votent le budget", "Les élus ont adopté le texte."),
    "elue": ("Une élue de Lyon démissionne", "La conseillère élue quitte son mandat."),
    "elu": ("Le nouvel élu prend ses fonctions", "Il a été élu dimanche soir."),
    "elues": ("Les élues du conseil régional", "Elles siègent depuis mars."),
    "lois": ("Deux lois votées au Sénat", "Les sénateurs ont adopté les textes."),
    "loi": ("La loi sur l'énergie promulguée", "Le texte entre en vigueur."),
    "photo": ("Une photo du maire fait polémique", "Le cliché a circulé."),
    "pari": ("Le pari risqué du gouvernement", "Un calcul politique."),
    "paris": ("Paris accueille le sommet", "La capitale reçoit les dirigeants."),
    "foi": ("La bonne foi du ministre mise en doute", "Une enquête est ouverte."),
    "fois": ("Une fois encore, le ministre recule", "Le projet est reporté."),
    "allies": ("Les alliés de Kiev se réunissent", "Une réunion à Ramstein."),
    "deputee": ("Une députée interpellée", "L'élue de la Nièvre s'explique."),
    "blesses": ("Trois blessés dans un accident", "Un camion s'est renversé."),
    "tue": ("Un homme tué par balle", "Le suspect est en fuite."),
    "jeux": ("Les Jeux olympiques approchent", "Les sites sont prêts."),
    "moi": ("« Après moi, le déluge », dit le ministre", "Une phrase restée célèbre."),
}


@pytest.fixture(scope="module", params=["tantivy", "postgresql"])
def service(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    root = tmp_path_factory.mktemp(f"plurals-{request.param}")
    records = [{"url": f"https://p.example/{key}", "title": title, "text": text,
                "language": "fr", "published": "2026-12-01T10:00:00Z"}
               for key, (title, text) in TEXTS.items()]
    with veille.open(root / "data", **backend_settings(request, "french_plurals")) as v:
        v.ingest(records_file(root / "records.jsonl", records))
        v.sync()
        yield v


def found(v: Any, query: str) -> set[str]:
    return {hit.url.rsplit("/", 1)[1] for hit in v.search(query, per_page=50).hits}


ELU = {"elus", "elue", "elu", "elues", "deputee"}  # the députée's text says "L'élue"


@pytest.mark.parametrize("query", ["élus", "élu", "élue", "élues", "elus", "ELUS", "Élus",
                                   "title:élus"])
def test_every_form_of_elu_finds_every_form(service: Any, query: str) -> None:
    expected = ELU - {"deputee"} if query.startswith("title:") else ELU
    assert found(service, query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("lois", {"lois", "loi"}), ("loi", {"lois", "loi"}), ("photos", {"photo"}),
    # words written with an s of their own stay apart from the word without it
    ("paris", {"paris"}), ("pari", {"pari"}), ("fois", {"fois"}), ("foi", {"foi"}),
    # what Snowball or the query's spellings already met stays met
    ("allié", {"allies"}), ("députées", {"deputee"}), ("blessé", {"blesses"}),
    ("tués", {"tue"}), ("jeu", {"jeux"}), ("mois", set()), ("moi", {"moi"}),
])
def test_plurals_meet_their_singular_and_nothing_else(service: Any, query: str,
                                                      expected: set[str]) -> None:
    assert found(service, query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ('"élus municipaux"', {"elus"}), ('"élu municipal"', {"elus"}),
    ('"élues du conseil"', {"elues"}), ('"deux loi votée"', {"lois"}),
    ('"élus régional"', set()),
])
def test_phrases_find_the_plural_at_its_place(service: Any, query: str,
                                              expected: set[str]) -> None:
    assert found(service, query) == expected


def test_a_quoted_plural_is_the_plural_as_written(service: Any) -> None:
    assert found(service, '"élus"') == {"elus"}


def test_the_plural_is_marked_for_its_singular(service: Any) -> None:
    [hit] = service.search("élu title:municipaux").hits
    assert "<mark>élus</mark>" in hit.title_html


@pytest.mark.parametrize("word", ["élus", "photos", "vendus"])
def test_listed_plurals_read_as_their_singular(word: str) -> None:
    assert singular_of(word) == word[:-1]
    assert singular_of(word.upper()) == word.upper()[:-1]


@pytest.mark.parametrize("word", ["amis", "lois", "abris"])
def test_plurals_whose_singular_stems_as_another_word_keep_their_term(word: str) -> None:
    """``amiante`` stems to ``ami``, ``loyer`` to ``loi``: read as ``ami``, ``amis`` was
    found by ``amiante`` (r-search51). They meet their singular as written instead."""
    assert singular_of(word) is None
    assert written_singular(word.upper()) == word[:-1]


@pytest.mark.parametrize("word", ["fois", "mois", "Paris", "plus", "sous", "pris", "avis",
                                  "bus", "nos", "vos", "tous", "dessous", "inclus",
                                  "virus", "repas", "pays", "succès", "prix"])
def test_words_with_an_s_of_their_own_are_no_plural(word: str) -> None:
    assert singular_of(word) is None


def test_singulars_are_indexed_beside_the_text_once_per_occurrence() -> None:
    text = "Les élus, ses amis et leurs amis : une fois à Paris, les lois."
    assert singular_words(text, FRENCH) == ["élu"]  # amis, lois: see above
    assert singular_spelling("Des ÉLUS et des photos") == "Des ÉLU et des photo"


def test_the_list_is_plurals_of_vowel_final_words() -> None:
    plurals = french_plurals()
    assert 900 < len(plurals) < 2000
    assert all(p.endswith(("as", "is", "os", "us")) for p in plurals)


WORDS = st.sampled_from(["élus", "ÉLUS", "amis", "fois", "Paris", "lois", "élu", "nos",
                         "photos", "virus", "haïs", "x", "s", "as", "_lois", "lois_"])
SEPARATORS = st.sampled_from([" ", ", ", "-", "'", "’", "\n", "_", "", "« ", "2"])


@given(st.lists(st.tuples(WORDS, SEPARATORS), max_size=12))
@settings(max_examples=300, deadline=None)
def test_the_singulars_are_the_plural_words_of_the_text(parts: list[tuple[str, str]]) -> None:
    """Word for word (the index tokenizer's words): a listed plural loses its ``s``, every
    other character stays, and ``singular_words`` lists exactly those singulars."""
    text = "".join(word + sep for word, sep in parts)
    words = WORD_RE.findall(text)
    assert WORD_RE.findall(singular_spelling(text)) == [singular_of(w) or w for w in words]
    assert singular_words(text, FRENCH) == [s for w in words if (s := singular_of(w))]
    assert len(singular_spelling(text)) == len(text) - len(singular_words(text, FRENCH))

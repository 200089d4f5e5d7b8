"""French (and English) inflections meet in search; accents stay optional in queries.

Bugs case 15 (tests/fixtures/bugs/15-french-search-elision-case): with accents folded before
Snowball French, ``blessée`` became ``blessee`` → ``blesse``, a term apart from ``blessé``
→ ``bless``, for every feminine and plural participle. French is now stemmed first and
folded after; a query word typed without the accent its stem needs gets it back
(``query_spelling``), so a query typed without accents still finds the accented words.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from veille.cli.main import main
from veille.errors import SearchIndexError
from veille.index.analysis import ENGLISH, FRENCH, PLAIN_ITE, fold, query_spelling
from veille.index.base import IndexDoc
from veille.index.query import parse_query
from veille.index.tantivy_index import FORMAT, META_FILE, TantivyIndex

CASE = Path(__file__).resolve().parents[1] / "fixtures" / "bugs" / "15-french-search-elision-case"
FR = FRENCH.build()
T0 = datetime(2026, 11, 20, 9, tzinfo=UTC)
EN = ENGLISH.build()


def terms(analyzer: object, text: str) -> list[str]:
    return list(analyzer.analyze(text))  # type: ignore[attr-defined]


# --- the case, through the real CLI on a real store and index ----------------------------


@pytest.fixture(scope="module")
def case_dirs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    dirs = {}
    for name in ("articles", "participles"):
        data = tmp_path_factory.mktemp(name)
        assert main(["--data-dir", str(data), "ingest", str(CASE / f"{name}.jsonl")]) == 0
        dirs[name] = data
    return dirs


def cli_search(capsys: pytest.CaptureFixture[str], data: Path, query: str) -> list[str]:
    """Titles of ``veille search --json -n 50 -- QUERY``, as the case runs it."""
    capsys.readouterr()
    assert main(["--data-dir", str(data), "search", "--json", "-n", "50", "--", query]) == 0
    return [hit["title"] for hit in json.loads(capsys.readouterr().out)["hits"]]


@pytest.mark.parametrize(("query", "title"), [
    ("élysée", "JUSQU'OÙ IRA L'ÉLYSÉE ?"), ("Elysée", "JUSQU'OÙ IRA L'ÉLYSÉE ?"),
    ("elysee", "JUSQU'OÙ IRA L'ÉLYSÉE ?"), ("armée", "JUSQU'OÙ IRA L'ÉLYSÉE ?"),
    ("ARMEE", "JUSQU'OÙ IRA L'ÉLYSÉE ?"), ("confirmée", "JUSQU'OÙ IRA L'ÉLYSÉE ?"),
    ("presqu'île", "Tempête sur la presqu’île de Crozon"),
    ("presqu’ile", "Tempête sur la presqu’île de Crozon"),
    ("île", "Tempête sur la presqu’île de Crozon"),
    ("aujourd'hui", "Tempête sur la presqu’île de Crozon"),
    ("associations", "Le déploiement de la 5G ralentit"),
    ("d'associations", "Le déploiement de la 5G ralentit"),
    ("déclaré", "La candidate déclarée se retire"),
    ("declare", "La candidate déclarée se retire"),
    ("élu", "La candidate déclarée se retire"),      # élue
])
def test_case_elisions_capitals_and_participles(case_dirs: dict[str, Path],
                                                capsys: pytest.CaptureFixture[str],
                                                query: str, title: str) -> None:
    assert cli_search(capsys, case_dirs["articles"], query) == [title]


PARTICIPLES = {
    "blessé": {"Lyon", "Brest", "Nancy"},
    "tué": {"Pau", "Lille", "Metz"},
    "arrêté": {"Caen", "Dijon"},
    "évacué": {"Reims", "Tours"},
    "condamné": {"Nîmes", "Rouen"},
    "interpellé": {"Amiens", "Limoges"},
    "annoncé": {"Angers", "Niort"},
}


@pytest.mark.parametrize("masculine", sorted(PARTICIPLES))
def test_case_every_form_finds_every_form(case_dirs: dict[str, Path],
                                          capsys: pytest.CaptureFixture[str],
                                          masculine: str) -> None:
    towns = PARTICIPLES[masculine]
    for query in (masculine, masculine + "e", masculine + "s", masculine + "es",
                  fold(masculine), fold(masculine) + "es", masculine.upper(),
                  fold(masculine).upper() + "E"):
        found = {title.removeprefix("Fait divers à ")
                 for title in cli_search(capsys, case_dirs["participles"], query)}
        assert found == towns, query


# --- families: every form of a paradigm gives one term ----------------------------------


@pytest.mark.parametrize("forms", [
    "blessé blessée blessés blessées", "déclaré déclarée déclarés déclarées",
    "arrêté arrêtée arrêtés arrêtées", "créé créée créés créées",
    "fini finie finis finies", "réuni réunie réunis réunies",
    "naturel naturelle naturels naturelles", "officiel officielle officiels officielles",
    "définitif définitive définitifs définitives", "sportif sportifs",
    "dangereux dangereuse dangereuses", "heureux heureuse heureuses",
    "national nationale nationaux nationales", "journal journaux",
    "nouveau nouveaux", "bateau bateaux",
    "premier première premiers premières", "dernier dernière derniers dernières",
    "financier financière financiers financières",
    "européen européenne européens européennes", "lycée lycées",
    "président présidente présidents présidentes",
])
def test_french_paradigm_is_one_term(forms: str) -> None:
    assert len(set(terms(FR, forms))) == 1, terms(FR, forms)


@pytest.mark.parametrize("forms", [
    "kill kills killed killing", "arrest arrests arrested arresting",
    "injury injuries", "injure injured injures injuring", "wound wounds wounded",
    "election elections", "country countries",
])
def test_english_paradigm_is_one_term(forms: str) -> None:
    assert len(set(terms(EN, forms))) == 1, terms(EN, forms)


def test_english_keeps_injured_apart_from_injuries() -> None:
    """Porter2 stems the verb (injure) and the noun (injury) apart: a known, accepted
    split; accented letters are folded before the English stemmer, which takes them for
    consonants."""
    assert terms(EN, "injured injuries") == ["injur", "injuri"]
    assert terms(EN, "résumé resume") == ["resum", "resum"]


# Pairs that must keep distinct terms. Snowball merges some pairs that differ in meaning
# (mer/mère, arme/armée, porte/portée, soir/soirée, donner/données, publique/publicité),
# and they stay merged: they are the stemmer's own rules, the words share a stem, and a
# second query word tells them apart.
DISTINCT = [
    ("politique", "pôle"), ("retraite", "retrait"), ("gens", "génération"),
    ("course", "cœur"), ("vérité", "verser"), ("visite", "vise"), ("position", "pose"),
    ("mérite", "mère"), ("tradition", "trader"), ("quartier", "quart"),
    ("métier", "met"), ("papier", "pape"), ("passé", "pas"), ("diriger", "dire"),
    ("été", "état"),
]


@pytest.mark.parametrize(("one", "other"), DISTINCT)
def test_distinct_words_keep_distinct_terms(one: str, other: str) -> None:
    assert terms(FR, one) != terms(FR, other)


# --- property: any regular participle ------------------------------------------------------

CONSONANTS = "bcdfglmnprstv"
VOWELS = "aeiouéâ"


@st.composite
def participle_stems(draw: st.DrawFn) -> str:
    """A first-group verb stem: syllables of a consonant and a vowel, then a consonant
    (``blesser`` → ``bless``). Not ending in ``it``: Snowball reads ``-ité`` as the noun
    suffix (``activité``), so ``habité`` and ``habitée`` may stem apart (see docs/search.md)."""
    syllables = draw(st.lists(st.tuples(st.sampled_from(CONSONANTS), st.sampled_from(VOWELS)),
                              min_size=1, max_size=4))
    stem = "".join(c + v for c, v in syllables)
    stem += draw(st.sampled_from(CONSONANTS)) + draw(st.sampled_from(["", "r", "l", "s", "t"]))
    if stem.endswith("it"):
        stem = stem[:-1] + "s"
    return stem


@given(participle_stems(), st.booleans())
@settings(max_examples=300, deadline=None)
def test_the_four_forms_of_a_participle_are_one_term(stem: str, capital: bool) -> None:
    forms = [stem + "é", stem + "ée", stem + "és", stem + "ées"]
    if capital:
        forms = [f.upper() for f in forms]
    assert len({tuple(terms(FR, form)) for form in forms}) == 1, forms


ACCENT_READ = ["ée", "ées", "ière", "ières", "ité", "ités"]
"""The endings whose accent is put back. A final ``-é`` is not: ``communique`` is also a
verb (see docs/search.md); ``blesse`` stems like ``blessé`` anyway."""


@given(participle_stems(), st.sampled_from(ACCENT_READ), st.booleans())
@settings(max_examples=300, deadline=None)
def test_a_word_typed_without_accents_stems_like_the_accented_word(
        stem: str, ending: str, capital: bool) -> None:
    word = stem + ending
    assume(not fold(word).endswith(PLAIN_ITE))  # conduite, écrite: read as written
    # Only the suffix's accent is put back: an accent inside the stem can change what
    # Snowball does next (``béttée`` keeps ``bett``, ``bettée`` is undoubled to ``bet``).
    assume(fold(stem) == stem)
    typed = fold(word).upper() if capital else fold(word)
    assert terms(FR, query_spelling(typed, FRENCH)) == terms(FR, word), (word, typed)


@pytest.mark.parametrize(("typed", "spelled"), [
    ("assemblee", "assemblée"), ("ASSEMBLEES", "assemblées"), ("premiere", "première"),
    ("securite", "securité"), ("autorites", "autorités"), ("apres", "après"),
    ("particulierement", "particulièrement"), ("l'elysee", "l'elysée"),
    ("des", "des"), ("conduite", "conduite"), ("satellites", "satellites"),
    ("interdite", "interdite"), ("autres", "autres"), ("blesse", "blesse"),
    ("assemblée", "assemblée"), ("antisémite", "antisémite"),
    ("L'ASSEMBLEE élue", "L'assemblée élue"),
])
def test_query_spelling(typed: str, spelled: str) -> None:
    assert query_spelling(typed, FRENCH) == spelled
    assert query_spelling(typed, ENGLISH) == typed


# --- accents stay optional in queries, on a real index -----------------------------------


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> TantivyIndex:
    idx = TantivyIndex(tmp_path_factory.mktemp("fr") / "index")
    texts = {
        "an": "L’Assemblée nationale adopte la réforme",
        "sec": "La sécurité des données personnelles, une priorité de l'université",
        "ely": "L'Élysée a publié un communiqué après la réunion, une note publiée",
        "pre": "Première journée de la rentrée au lycée pour les élèves",
        "caps": "LA SÉCURITÉ SOCIALE ET LES AUTORITÉS",
        "nacc": "ASSEMBLEE GENERALE DES ACTIONNAIRES",  # a wire without accents
    }
    idx.add_docs([IndexDoc(id=key, title=text, body="", source="exemple.fr", language="fr",
                           date=T0) for key, text in texts.items()])
    idx.commit()
    return idx


def ids(index: TantivyIndex, query: str) -> set[str]:
    return {hit.doc.id for hit in index.search(parse_query(query).node, limit=10).hits}


@pytest.mark.parametrize(("query", "expected"), [
    # the wire typed without accents is found too (index format 7)
    ("assemblée", {"an", "nacc"}), ("assemblee", {"an", "nacc"}), ("ASSEMBLEE", {"an", "nacc"}),
    ("actionnaires", {"nacc"}),
    ("sécurité", {"sec", "caps"}), ("securite", {"sec", "caps"}),
    ("autorites", {"caps"}), ("universite", {"sec"}), ("priorite", {"sec"}),
    ("elysee", {"ely"}), ("apres", {"ely"}), ("publiee", {"ely"}),
    ("premiere", {"pre"}), ("journee", {"pre"}), ("rentree", {"pre"}), ("lycee", {"pre"}),
    ("eleves", {"pre"}), ("reunion", {"ely"}), ("donnees", {"sec"}),
    ("generale", {"nacc"}),
])
def test_accents_are_optional_in_queries(index: TantivyIndex, query: str,
                                         expected: set[str]) -> None:
    assert ids(index, query) == expected


def test_an_index_of_the_previous_analysis_is_refused(tmp_path: Path) -> None:
    """Formats 3 and 4 folded French before stemming: their terms (``blesse`` for *blessée*)
    are not the ones a query now looks for, so they must be rebuilt."""
    assert FORMAT >= 5
    TantivyIndex(tmp_path / "index").close()
    (tmp_path / "index" / META_FILE).write_text('{"format": 4, "analysis": "language"}')
    with pytest.raises(SearchIndexError) as error:
        TantivyIndex(tmp_path / "index")
    assert "veille reindex" in (error.value.hint or "")


def test_an_unaccented_query_finds_and_marks_the_accented_words(index: TantivyIndex) -> None:
    from veille.search.service import search
    from veille.search.types import SearchRequest

    response = search(SearchRequest("assemblee"), index=index)
    titles = {hit.id: hit.title_html for hit in response.hits}
    assert set(titles) == {"an", "nacc"}
    assert "<mark>Assemblée</mark>" in titles["an"]
    assert "<mark>ASSEMBLEE</mark>" in titles["nacc"]   # the wire without accents
    accented = search(SearchRequest("Assemblée"), index=index)
    assert "<mark>ASSEMBLEE</mark>" in {h.id: h.title_html for h in accented.hits}["nacc"]
    phrase = search(SearchRequest('"assemblee nationale"'), index=index)
    assert [hit.id for hit in phrase.hits] == ["an"]        # phrases too

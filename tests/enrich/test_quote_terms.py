"""Quoted spans naming a thing are no quotes; a quote inside a quote is part of it
(issue 16, newuser21 E21), on sentences written here; real short quotes and the fragments
the bench's gold counts stay found (bench/data/README.md)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veille.enrich.quote_terms import names_a_thing
from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


def test_a_measure_s_name_after_a_noun_of_instituting_is_no_quote() -> None:
    text = ("La ministre de l'Éducation nationale, Élisabeth Borne, a annoncé mardi la "
            "généralisation de la « pause numérique » dans tous les collèges à la rentrée.")
    assert _speakers(text) == []


def test_a_created_body_s_name_is_no_quote() -> None:
    assert _speakers("Le président Paul Roux a lancé la création d'un « Fonds stratégique "
                     "d'investissement ».") == []
    assert _speakers("La ministre Rachida Dati a défendu la création d'une « cellule de "
                     "veille » au ministère.") == []
    assert _speakers("Le sénateur Paul Roux a salué la suppression de la « taxe lapin ».") \
        == []


def test_a_name_apposed_to_a_naming_noun_is_no_quote() -> None:
    assert _speakers("Le ministre Jean Dupont a annoncé le plan « Nous sommes tous "
                     "concernés » pour la rentrée.") == []
    assert _speakers("La ministre Anne Roux a présenté lundi le dispositif « Territoires "
                     "zéro chômeur de longue durée » aux élus.") == []
    assert _speakers("Le préfet Thierry Martin a annoncé mardi l'opération « Wuambushu » "
                     "à Mayotte.") == []
    assert _speakers("Le ministre Paul Roux a évoqué le film « La Haine ».") == []


def test_a_quote_inside_a_quote_is_not_listed_again() -> None:
    text = ("« Quand un élève me dit \"je ne peux pas vivre sans mon portable\", je lui "
            "réponds que c'est justement le problème », a raconté la ministre Élisabeth "
            "Borne.")
    assert [s for _, s in _speakers(text)] == ["Élisabeth Borne"]


def test_real_short_quotes_and_fragments_stay_found() -> None:
    assert _speakers("« Jamais », a répondu le ministre de l'Intérieur, Pierre Blanc.") == [
        ("Jamais", "Pierre Blanc")]
    assert _speakers("Le député Jean Vidal a dénoncé un « scandale d'État ».") == [
        ("scandale d'État", "Jean Vidal")]
    assert _speakers("Le syndicat SNPDEN a jugé la mesure « inapplicable sans moyens ».") == [
        ("inapplicable sans moyens", "SNPDEN")]
    assert _speakers("Le maire Paul Roux a jugé le plan « irréaliste ».") == [
        ("irréaliste", "Paul Roux")]
    # a word the speaker gives a thing is his (gold: « châtelaine de Montretout »)
    assert _speakers("Le député Marc Leroy a critiqué ce qu'il appelle « l'ensauvagement » "
                     "de la société.") == [("l'ensauvagement", "Marc Leroy")]
    # a fragment completing a noun that is not one of instituting (gold: « devoir »)
    assert _speakers("Hillary Clinton a insisté sur l'appel du « devoir ».") == [
        ("devoir", "Hillary Clinton")]


@given(st.text(alphabet="abcdeé «»\"'’ .,:LlDd", max_size=120),
       st.integers(min_value=-5, max_value=130), st.integers(min_value=-5, max_value=130))
def test_names_a_thing_never_raises(text: str, start: int, end: int) -> None:
    assert names_a_thing(text, start, end) in (True, False)

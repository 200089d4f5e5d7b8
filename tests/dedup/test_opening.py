"""``dedup/opening.py`` ``placement``: a text's opening is its excerpt, a sentence quoted
inside another text's paragraph is none (issue 14). Properties over generated texts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veille.dedup.opening import MIN_WORDS, placement

WORDS = st.lists(st.sampled_from(
    "le la les un une de du des incendie pompiers mairie préfecture lundi mardi zone "
    "entrepôt enquête parquet salariés nuit feu bâtiment rivière crue camping maire "
    "conseil budget élus travaux chantier route village commune département".split()),
    min_size=8, max_size=40)


def _text(words: list[list[str]]) -> list[str]:
    return [" ".join(p) for p in words]


@given(paragraphs=st.lists(WORDS, min_size=3, max_size=6), cut=st.integers(MIN_WORDS, 60),
       ellipsis=st.booleans())
def test_the_opening_of_a_text_is_its_excerpt(paragraphs: list[list[str]], cut: int,
                                               ellipsis: bool) -> None:
    long = _text(paragraphs)
    words = " ".join(long).split()
    if cut * 2 > len(words):
        return
    short = " ".join(words[:cut]) + (" indus…" if ellipsis else "")
    where = placement([short], long)
    assert where is not None and where.at == "opening"


def test_a_cut_word_and_a_dateline_are_no_obstacle() -> None:
    long = ["PRIVAS (AFP) - Un campeur néerlandais de 52 ans est porté disparu depuis mardi "
            "soir après la crue soudaine de l'Ardèche, qui a emporté plusieurs tentes.",
            "Le niveau de la rivière est monté de près de trois mètres en moins d'une heure."]
    short = ["Un campeur néerlandais de 52 ans est porté disparu depuis mardi soir après la "
             "crue soud…"]
    where = placement(short, long)
    assert where is not None and (where.at, where.covered) == ("opening", 1.0)


QUOTED = "un violent incendie a détruit dans la nuit de lundi à mardi un entrepôt de la zone"


def test_a_sentence_quoted_mid_paragraph_is_inside() -> None:
    long = ["La zone industrielle peine à attirer de nouvelles entreprises depuis la "
            "fermeture de deux sous-traitants l'an dernier, selon la chambre de commerce.",
            f"L'actualité n'a rien arrangé : « {QUOTED} », rappelait la presse locale.",
            "Les élus ont présenté jeudi un plan de rénovation des voiries et des réseaux."]
    where = placement([QUOTED], long)
    assert where is not None and where.at == "inside"


def test_a_lead_at_a_paragraphs_start_after_an_intro_tells_nothing() -> None:
    """An outlet's copy that opens with an intro of its own carries the dispatch's lead at
    its second paragraph's start: neither its opening nor a quotation."""
    long = ["Des tentes arrachées, des voitures couchées sur la berge et un silence inquiet "
            "au petit matin dans le camping des Gorges.",
            QUOTED + " selon la préfecture.",
            "Les élus ont présenté jeudi un plan de rénovation des voiries et des réseaux."]
    assert placement([QUOTED], long) is None


def test_too_short_or_not_extended_tells_nothing() -> None:
    assert placement(["un violent incendie a détruit un entrepôt"],
                     [QUOTED + " selon la préfecture de Loire-Atlantique ce mardi."]) is None
    assert placement([QUOTED], [QUOTED + " hier."]) is None

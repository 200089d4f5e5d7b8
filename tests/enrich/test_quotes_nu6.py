"""Quote speakers a fresh user found wrong or missing (newuser6: M3, M10), on sentences
written here: a pronominal verb's incise, a relative clause's antecedent, a complement
between an incise's verb and its subject."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in find_quotes(text)]


@pytest.mark.parametrize(("incise", "speaker"), [
    ("s'est félicité le préfet du Calvados", "préfet du Calvados"),
    ("s'est félicitée la présidente de la région, Carole Delga", "Carole Delga"),
    ("s'est réjoui le maire", "maire"),
    ("s'est indignée la députée Clémence Guetté", "Clémence Guetté"),
    ("se sont indignés les élus de l'opposition", "élus de l'opposition"),
    ("s'était inquiété le syndicat", "syndicat"),
])
def test_a_pronominal_verb_is_an_incise(incise: str, speaker: str) -> None:
    """M3: "», s'est félicitée la maire de X, Y" gave no speaker: "s'est" is the
    auxiliary "être" of a pronominal verb."""
    found = _speakers(f"« Nous avons enfin obtenu les crédits attendus », {incise}, "
                      "lors de la séance.")
    assert found == [("Nous avons enfin obtenu les crédits attendus", speaker)]


def test_a_pronominal_incise_keeps_the_quote_from_its_opponents() -> None:
    """M10: the minister's words went to the ecologists, glued to their quote."""
    found = _speakers(
        "Le ministre de l'Industrie Paul Martin a défendu le projet de loi. « C'est un "
        "progrès décisif pour notre industrie lourde », s'est félicité le ministre dans "
        "l'hémicycle, tandis que les écologistes ont dénoncé un « choix ruineux pour "
        "les ménages » coûteux.")
    # "le ministre" is resolved to the minister introduced before (quotes_refs)
    assert found == [("C'est un progrès décisif pour notre industrie lourde", "Paul Martin"),
                     ("choix ruineux pour les ménages", "écologistes")]


def test_the_antecedent_of_qui_speaks_not_the_subject_of_the_sentence() -> None:
    """M10: "rejeté par le groupe des pays les moins avancés, qui le jugent « … »" went
    to the text rejected."""
    found = _speakers("Le projet d'accord présenté lundi par la présidence a été rejeté "
                      "par le collectif des villes les plus exposées, qui le jugent "
                      "« largement insuffisant et tardif ».")
    assert found == [("largement insuffisant et tardif",
                      "collectif des villes les plus exposées")]


@pytest.mark.parametrize("complement", ["à la sortie de l'audience", "devant la presse",
                                        "dans un communiqué"])
def test_a_complement_between_the_verb_and_its_subject(complement: str) -> None:
    """M10: "», a réagi à la sortie de l'audience son avocat, Me X" gave no speaker."""
    found = _speakers(f"« C'est une peine d'une sévérité rare pour mon client », a réagi "
                      f"{complement} son avocat, Jeanne Morel.")
    assert found == [("C'est une peine d'une sévérité rare pour mon client", "Jeanne Morel")]


_WORDS = ["s'est", "se", "sont", "a", "réagi", "félicité", "à", "la", "sortie", "de",
          "l'audience", "son", "avocat", "qui", "le", "jugent", "les", "moins", "Jeanne",
          "Morel", ",", "devant", "groupe", "des", "pays"]


@given(st.lists(st.sampled_from(_WORDS), max_size=14), st.lists(st.sampled_from(_WORDS),
                                                                 max_size=8))
def test_any_incise_gives_a_speaker_span_inside_the_text(after: list[str],
                                                         before: list[str]) -> None:
    text = " ".join(before) + " « Nous irons jusqu'au bout de cette affaire », " + \
        " ".join(after) + "."
    for quote in find_quotes(text):
        if quote.speaker_start >= 0:
            assert text[quote.speaker_start:quote.speaker_end] == quote.speaker

"""t-final27 F11 b: a charge named in guillemets ("placé en garde à vue pour « apologie du
terrorisme » et « menaces de mort »") is the offence's legal name, not a quote."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veille.enrich.legal_charges import legal_charge
from veille.enrich.quotes import find_quotes
from veille.enrich.stage import Resources

from .conftest import enrich

LE_MONDE = (
    "Un homme de 24 ans a été interpellé mardi matin à Saint-Denis (Seine-Saint-Denis) et "
    "placé en garde à vue pour « apologie du terrorisme » et « menaces de mort », a-t-on "
    "appris de source judiciaire. Il avait adressé plusieurs messages au maire.\n\n"
    "« Ces menaces ne nous feront pas reculer », a réagi le maire, Mathieu Hanotin.")
AFP = ("L'incendie était d'origine criminelle, a annoncé mardi le parquet de Bobigny, qui a "
       "ouvert une enquête pour « destruction volontaire par incendie ». Un pompier a été "
       "légèrement blessé.")


def _quotes(text: str) -> list[str]:
    return [q.text for q in find_quotes(text)]


def test_charges_after_custody_and_an_investigation_are_no_quotes() -> None:
    assert _quotes(LE_MONDE) == ["Ces menaces ne nous feront pas reculer"]
    assert _quotes(AFP) == []


def test_the_forms_of_a_qualification() -> None:
    for text in ("Il a été mis en examen des chefs d'« assassinat en bande organisée ».",
                 "Elle est poursuivie pour des faits de « harcèlement moral », dit-on.",
                 "Le parquet a retenu la qualification de « homicide involontaire »."):
        start = text.index("«") + 1
        assert legal_charge(text, start, text.index("»")), text


def test_words_after_pour_without_a_proceeding_stay_quotes() -> None:
    text = "Le ministre a plaidé pour « une Europe plus forte et plus unie », a-t-il dit."
    assert _quotes(text) == ["une Europe plus forte et plus unie"]
    judged = "Il a annoncé un fonds, qu'il a qualifié de « fonds souverain à la française »."
    assert not legal_charge(judged, judged.index("«") + 1, judged.index("»"))
    clause = ("Il a été interpellé pour « il faut que ça cesse », a-t-il lancé à la presse.")
    assert not legal_charge(clause, clause.index("«") + 1, clause.index("»"))


def test_the_stored_quotes_of_the_article(resources: Resources) -> None:
    section = enrich(resources, "Un homme en garde à vue\n\n" + LE_MONDE + "\n\n" + AFP)
    quotes = section["quotes"]
    assert isinstance(quotes, list)
    assert [q["text"] for q in quotes] == ["Ces menaces ne nous feront pas reculer"]


@given(st.text(alphabet=st.sampled_from(list("pour «»\"“” aéE.,et de chefs d'enquête")),
               max_size=80), st.integers(0, 80), st.integers(0, 80))
def test_any_text_and_bounds(text: str, start: int, end: int) -> None:
    assert legal_charge(text, start, end) in (True, False)

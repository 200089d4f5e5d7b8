"""A site's name in capitals after the ``<title>``'s separator is cut (newuser4 N14)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veille.extract.html import extract_html
from veille.extract.html.title_suffix import without_capital_suffix

PARA = ("Die Stadtwerke haben am Montag angekündigt, die Preise für Fernwärme im kommenden "
        "Jahr um rund zwölf Prozent zu erhöhen, und begründen dies mit gestiegenen Kosten. ")


def test_capital_site_suffix_is_cut_from_the_title_tag() -> None:
    html = (f"<html lang='de'><head><title>Fernwärme: Stadtwerke erhöhen die Preise - "
            f"HAMBURGER ABENDBLATT</title></head><body><article><p>{PARA * 2}</p>"
            f"<p>{PARA}</p></article></body></html>")
    assert extract_html(html).title == "Fernwärme: Stadtwerke erhöhen die Preise"


def test_capitals_inside_a_headline_stay() -> None:
    assert without_capital_suffix("Brexit - EU") == "Brexit - EU"
    assert without_capital_suffix("GRÈVE GÉNÉRALE - CGT") == "GRÈVE GÉNÉRALE - CGT"
    assert without_capital_suffix("Le vote : la NUPES divisée") == "Le vote : la NUPES divisée"
    assert without_capital_suffix("Le Monde | Actualités") == "Le Monde | Actualités"


@given(st.text(max_size=120))
def test_never_longer(title: str) -> None:
    cut = without_capital_suffix(title)
    assert title.startswith(cut)

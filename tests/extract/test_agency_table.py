"""News agencies from the shipped table (newuser6 M11: RTBF's "Par Belga" gave no credit).

Every agency of ``veille/extract/data/news_agencies.tsv`` is credited in the positions the
extractor reads (a byline or meta line, a line near the headline that is only a credit,
the dateline opening the text), in the forms sites print: "Par Belga", "(Belga)",
"Belga -", "avec Belga", "Source : Belga". A strict form ("TT", "MAP": a word elsewhere)
credits only as "Par TT" or "(TT)", and a one-word name that is a surname too
("Bloomberg") never cuts a person's name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.extract.agencies import agencies
from veille.extract.bylines import credit_line, is_agency, split_byline
from veille.extract.html import extract_html
from veille.extract.textshape import is_byline

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
TITLE = "Liège : un incendie ravage un immeuble du quartier d'Outremeuse"
TEXT = ("<p>Un incendie s'est déclaré dans la nuit de lundi à mardi dans un immeuble de "
        "quatre étages de la rue Puits-en-Sock, a indiqué la zone de secours.</p>"
        "<p>Une vingtaine d'habitants ont été évacués et relogés par la Ville. Aucun blessé "
        "n'est à déplorer, mais l'immeuble est inhabitable, a précisé le porte-parole.</p>")
SHAPES = ("Par {}", "({})", "{} -", "avec {}", "Source : {}", "Source: {}")
AGENCIES = ("Belga", "ANSA", "EFE", "ATS", "La Presse Canadienne", "Lusa", "Keystone-ATS",
            "ČTK", "Agerpres", "Yonhap", "AAP")


def credit(markup: str, *, after: str = "") -> str:
    page = (f"<html lang='fr'><head><title>{TITLE} - RTBF Actus</title></head><body><main>"
            f"<h1>{TITLE}</h1>{markup}{TEXT}{after}</main></body></html>")
    content = extract_html(page, url="https://www.rtbf.be/article/incendie-11400200",
                           fetched_at=NOW)
    return content.evidence.get("credit", "")


def test_rtbf_meta_line_credits_belga() -> None:
    """The user's page shape: the byline inside ``<div class="meta">`` with the date."""
    meta = ("<div class='meta'><span>Par Belga</span> <span>Publié le mardi 01 décembre "
            "2026 à 02h10</span></div>")
    assert credit(meta) == "Belga"


@pytest.mark.parametrize("agency", AGENCIES)
@pytest.mark.parametrize("shape", SHAPES)
def test_credit_line_near_the_headline(shape: str, agency: str) -> None:
    assert credit(f"<p>{shape.format(agency)}</p>") == agency


@pytest.mark.parametrize("agency", AGENCIES)
def test_dateline_credit_in_a_page(agency: str) -> None:
    dateline = (f"<p>LIÈGE, 1er décembre 2026 ({agency}) - Un incendie s'est déclaré dans la "
                "nuit dans un immeuble de quatre étages, a indiqué la zone de secours.</p>")
    assert credit(dateline) == agency


def test_every_form_of_the_table_is_an_agency() -> None:
    rows = agencies()
    assert len(rows) >= 60
    keys = {row.key for row in rows}
    assert {"afp", "ap", "reuters", "dpa", "efe", "ansa", "belga", "apa", "keystone-sda",
            "anp", "pap", "ctk", "tasr", "sta", "hina", "tanjug", "bta", "agerpres", "mti",
            "lusa", "epa", "tt", "ntb", "ritzau", "stt", "xinhua", "kyodo", "yonhap", "pti",
            "tass", "ria", "anadolu", "map", "aps", "tap", "mena", "telam", "cp",
            "aap"} <= keys
    for row in rows:
        for form in row.forms + row.strict:
            assert is_agency(form), form
            assert split_byline(f"Par {form}") == ([], [form]), form


@pytest.mark.parametrize("line", ["Source : MAP", "TT -", "Staff and TT", "Ma and Pa",
                                  "avec SANA", "Les chiffres de la MENA"])
def test_strict_forms_are_no_credit_outside_a_whole_credit(line: str) -> None:
    assert not is_byline(line)
    assert credit_line(line) == []
    assert credit(f"<p>{line}</p>") == ""


@pytest.mark.parametrize("line", ["Par TT", "(TT)", "Par MAP", "(AA)"])
def test_strict_forms_credit_as_a_whole_credit(line: str) -> None:
    assert credit_line(line) == [line.strip("()").removeprefix("Par ")]


@pytest.mark.parametrize("byline,person", [
    ("Par Michael Bloomberg", "Michael Bloomberg"), ("Par Sophie Tass", "Sophie Tass"),
    ("Par Anna Ritzau", "Anna Ritzau"), ("Par Philippe Jap", "Philippe Jap")])
def test_a_surname_that_names_an_agency_stays_a_person(byline: str, person: str) -> None:
    assert split_byline(byline) == ([person], [])


def test_a_word_in_prose_is_no_credit() -> None:
    """Only credit positions: a paragraph mentioning AP or TT credits no one."""
    prose = ("<p>Selon l'AP et TT, les secours ont été appelés vers minuit par un voisin "
             "qui a vu de la fumée sortir du toit de l'immeuble.</p>")
    assert credit(prose) == ""


@given(st.sampled_from([f for a in agencies() for f in a.forms]),
       st.sampled_from(SHAPES[:5]), st.text(" \t", max_size=3))
def test_credit_line_reads_any_loose_form(form: str, shape: str, pad: str) -> None:
    line = pad + shape.format(form) + pad
    assert credit_line(line) == [form]
    assert is_byline(line)


@given(st.text(max_size=80))
def test_credit_line_never_raises(text: str) -> None:
    for name in credit_line(text):
        assert is_agency(name)

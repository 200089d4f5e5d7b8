"""Regression (t-reader21 R3, issue 14): a credit closing an article's text ("Le texte sera
transmis au Sénat. (avec AFP)") was read for no input: a JSON record's and an HTML page's
``evidence.credit`` stayed empty, and a text capture dropped the closing paragraph with its
credit (the paragraph, ending on ")", was no sentence). Only a credit standing alone on a
line after a page's text was read. Now the credit closing the text is read for every
extractor (``extract/trailing_credit.py``), and deduplication reads it
(``tests/dedup/test_credited_original.py``). Real extraction stage, no mocks."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.agencies import agency_named
from veille.extract.stage import ExtractStage
from veille.extract.trailing_credit import closing_credit, trailing_credit, without_credit
from veille.record import Article, RawInput

LEAD = ("Le conseil régional de Bretagne a adopté jeudi un plan de 180 millions d'euros pour "
        "moderniser les quatorze ports de pêche de la région, frappés par la hausse du gazole.")
MIDDLE = ("Le plan prévoit la rénovation des criées de Lorient, Concarneau et Saint-Guénolé, "
          "ainsi que des bornes électriques pour les navires à quai, a précisé la région.")
CLOSING = "Les premiers travaux débuteront au printemps. (avec AFP)"


@pytest.mark.parametrize(("text", "agencies"), [
    ("Le texte sera transmis au Sénat. (avec AFP)", ["AFP"]),
    ("Le texte sera transmis au Sénat (AFP).", ["AFP"]),
    ("Le texte sera transmis au Sénat. (AFP)", ["AFP"]),
    ("Le texte sera transmis au Sénat. — AFP", ["AFP"]),
    ("Le texte sera transmis au Sénat – Reuters", ["Reuters"]),
    ("Le texte sera transmis au Sénat. - AFP", ["AFP"]),
    ("Le texte sera transmis au Sénat. Avec Reuters", ["Reuters"]),
    ("Le texte sera transmis au Sénat. Source : AFP.", ["AFP"]),
    ("Le texte sera transmis au Sénat. (Avec AFP et Reuters)", ["AFP", "Reuters"]),
    ("Le texte sera transmis au Sénat (Belga).", ["Belga"]),
    ("Avec AFP", ["AFP"]),
    ("(ats)", ["ATS"]),
    ("ats/jpr", ["ATS"]),
    ("Source : AFP", ["AFP"]),
])
def test_a_closing_credit_is_read(text: str, agencies: list[str]) -> None:
    assert trailing_credit([LEAD, text]) == agencies


@pytest.mark.parametrize("text", [
    "Le texte sera transmis au Sénat.",
    "Le texte a été présenté par Martin Untersinger (avec Damien Leloup).",
    "Une photo a été publiée (photo AFP).",
    "Le bilan est de trois morts, selon l'AFP.",
    "Il a confié à l'AFP qu'il ne se représenterait pas.",
    "Une étude publiée par Reuters.",
    "Le groupe a-t-il - AFP",  # a hyphen inside a sentence joins words
    "Le parti (TT) a gagné les élections.",  # a strict name is a word inside a sentence
    "",
])
def test_no_credit_where_none_closes_the_text(text: str) -> None:
    assert trailing_credit([LEAD, text]) == []


def test_the_credit_is_cut_at_its_start() -> None:
    assert without_credit(CLOSING) == "Les premiers travaux débuteront au printemps."
    assert without_credit("Avec AFP") == ""
    assert without_credit(MIDDLE) == MIDDLE
    assert closing_credit(MIDDLE) == (-1, [])


WORDS = st.sampled_from(["Le", "texte", "AFP", "avec", "(", ")", "—", "-", ".", "Source",
                         ":", "Reuters", "Belga", "TT", "ats/jpr", "sera", "transmis", " ",
                         "Sénat", "é", "\n", "photo", "l'AFP", ",", "Par"])


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=40).map(" ".join), st.text(max_size=200))
def test_only_agencies_are_credited(text: str, noise: str) -> None:
    """Whatever the text, what is credited is an agency of the table (in its spelling),
    the credit starts inside the paragraph, and the text before it is the paragraph's."""
    for paragraph in (text, noise, noise + text):
        found = trailing_credit(["Un paragraphe.", paragraph])
        assert all(agency_named(name, any_case=True) is not None for name in found)
        start, names = closing_credit(paragraph)
        assert names == found
        assert (start >= 0) == bool(names)
        assert paragraph.startswith(without_credit(paragraph))


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["(avec AFP)", "(AFP)", "— AFP", "Avec AFP", "(Avec AFP)"]),
       st.lists(st.sampled_from([LEAD, MIDDLE, "Les travaux dureront deux ans."]), min_size=1,
                max_size=4))
def test_a_credit_after_any_closing_sentence_is_read(credit: str, paragraphs: list[str]) -> None:
    assert trailing_credit([*paragraphs[:-1], f"{paragraphs[-1]} {credit}"]) == ["AFP"]


def extract(data: bytes, media_type: str, origin: str) -> Article:
    return ExtractStage()(Article(raw=RawInput(data=data, origin=origin, media_type=media_type)))


def test_a_json_record_closing_with_its_credit() -> None:
    line = json.dumps({"title": "Ports de pêche : la Région met 180 millions",
                       "text": "\n\n".join([LEAD, MIDDLE, CLOSING]), "source": "Le Télégramme",
                       "url": "https://www.letelegramme.fr/bretagne/ports",
                       "language": "fr"}, ensure_ascii=False).encode()
    content = extract(line, "application/x-veille-record+json", "r.jsonl#1").content
    assert content is not None
    assert content.evidence.get("credit") == "AFP"
    assert content.paragraphs[-1] == CLOSING  # the text is what the page printed


def test_an_html_page_closing_with_its_credit() -> None:
    page = ("<!doctype html><html lang='fr'><head><title>Ports de pêche : la Région met 180 "
            "millions</title></head><body><article><h1>Ports de pêche : la Région met 180 "
            f"millions</h1><p>{LEAD}</p><p>{MIDDLE}</p><p>{CLOSING}</p></article></body>"
            "</html>").encode()
    content = extract(page, "text/html", "p.html").content
    assert content is not None
    assert content.evidence.get("credit") == "AFP"


def test_a_text_capture_keeps_its_closing_sentence_and_reads_its_credit() -> None:
    capture = "\n\n".join(["Ports de pêche : la Région met 180 millions", LEAD, MIDDLE,
                           CLOSING]).encode()
    content = extract(capture, "text/plain", "c.txt").content
    assert content is not None
    assert content.paragraphs[-1] == CLOSING
    assert content.evidence.get("credit") == "AFP"


def test_a_credit_given_elsewhere_is_kept_beside_it() -> None:
    """A byline's credit ("Le Monde avec Reuters") and the closing one are both kept."""
    line = json.dumps({"title": "Ports", "text": "\n\n".join([LEAD, CLOSING]),
                       "author": "Le Télégramme avec Reuters", "source": "Le Télégramme",
                       "url": "https://www.letelegramme.fr/bretagne/ports"},
                      ensure_ascii=False).encode()
    content = extract(line, "application/x-veille-record+json", "r.jsonl#1").content
    assert content is not None
    assert content.evidence.get("credit") == "Reuters, AFP"

"""A "read also" insert between an article's paragraphs is dropped alone: a short closing
sentence after it stays, in every language (newuser16b C16: in Spanish and English pages
and feed contents, a sentence of five words after "Lea también: …" / "Read more: …" went
with the link, the French one happening to be longer). Our own pages."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.html import extract_html

#: (lang, label, two paragraphs, a closing sentence of at most five words)
_CASES = [
    ("fr", "Lire aussi :", ["Le conseil départemental a voté jeudi un plan de rénovation des "
                            "collèges, pour un montant de quarante millions d'euros.",
                            "Les travaux commenceront dès les vacances de printemps."],
     "Huit collèges sont concernés."),
    ("es", "Lea también:", ["El Gobierno regional ha aprobado este jueves un plan para "
                            "renovar los institutos, con un presupuesto de cuarenta millones.",
                            "Las obras comenzarán durante las vacaciones de Semana Santa."],
     "Afectará a ocho centros."),
    ("en", "Read more:", ["The county council approved a plan on Thursday to refurbish "
                          "secondary schools, at a cost of forty million pounds.",
                          "Work will begin during the spring holidays next year."],
     "Eight schools are affected."),
    ("de", "Lesen Sie auch:", ["Der Landkreis hat am Donnerstag einen Plan zur Sanierung der "
                               "Gymnasien beschlossen, der vierzig Millionen Euro kostet.",
                               "Die Arbeiten beginnen in den Osterferien."],
     "Acht Schulen sind betroffen."),
    ("it", "Leggi anche:", ["La Regione ha approvato giovedì un piano per ristrutturare le "
                            "scuole superiori, con una spesa di quaranta milioni di euro.",
                            "I lavori inizieranno durante le vacanze di Pasqua."],
     "Sono coinvolte otto scuole."),
    ("pt", "Leia também:", ["O governo regional aprovou na quinta-feira um plano para "
                            "renovar as escolas secundárias, com um custo de quarenta milhões.",
                            "As obras começam durante as férias da Páscoa."],
     "Oito escolas são abrangidas."),
    ("nl", "Lees ook:", ["De provincie heeft donderdag een plan goedgekeurd om middelbare "
                         "scholen te renoveren, voor een bedrag van veertig miljoen euro.",
                         "De werkzaamheden beginnen in de voorjaarsvakantie."],
     "Acht scholen krijgen geld."),
]


def _page(lang: str, label: str, paragraphs: list[str], closing: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html lang='{lang}'><head><title>Écoles</title></head><body><article>"
            f"<h1>Un plan pour rénover les écoles du territoire</h1>{body}"
            f"<p><strong>{label}</strong> <a href='/autre'>Le titre d'un autre article du "
            f"site</a></p><p>{closing}</p></article></body></html>")


@pytest.mark.parametrize(("lang", "label", "paragraphs", "closing"), _CASES)
def test_a_short_closing_sentence_after_a_read_also_link_stays(
        lang: str, label: str, paragraphs: list[str], closing: str) -> None:
    content = extract_html(_page(lang, label, paragraphs, closing))
    assert content.paragraphs == [*paragraphs, closing]


_WORD = st.text("abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)


@settings(max_examples=60)
@given(st.sampled_from(_CASES), st.lists(_WORD, min_size=2, max_size=4))
def test_any_short_sentence_after_the_insert_stays(
        case: tuple[str, str, list[str], str], words: list[str]) -> None:
    lang, label, paragraphs, _ = case
    closing = " ".join(["Ils", *words]) + "."
    content = extract_html(_page(lang, label, paragraphs, closing))
    assert content.paragraphs == [*paragraphs, closing]
    assert not any("autre article" in p for p in content.paragraphs)

"""Regression (t-final59 #6, issue 14): an AFP item of three paragraphs, its lead the
regional paper's standfirst reworded at the end, then a new quote of the minister and a
sentence sharing the paper's phrases, was filed "teaser of" the paper's longer article
(its lead held 0.83 of the samples, the text "mostly" in the other: ``near.judge``'s short
teaser rule), shown "AFP [teaser]" and never alerted. A teaser repeats the start of a
longer text and adds nothing; a text with words of its own (under 80 % of them in the
other's 3-word runs: ``opening.own_words``) is an article, in every arrival order. A
true excerpt (the paper's opening on an aggregator) stays a teaser. Real ingest (JSON
Lines records) into a real SQLite store."""

from __future__ import annotations

import json

import pytest

from copies_kit import relation
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

PAPER = [
    "Quatre promeneurs ont été blessés, dont un grièvement, samedi après-midi par "
    "l'effondrement d'un balcon sur le quai des Tanneurs à Annonay, au nord de l'Ardèche.",
    "Le balcon du deuxième étage d'un immeuble ancien s'est détaché vers 15 heures, en "
    "pleine fête de la Saint-Jean, alors que des dizaines de personnes se pressaient sur "
    "le quai. Les pompiers ont évacué les douze habitants de l'immeuble.",
    "« On a entendu un craquement, puis tout est tombé d'un coup », a raconté un "
    "commerçant du quai, Bastien Faure, qui a porté secours aux blessés.",
    "Le préfet de l'Ardèche, Henri Lamarque, s'est rendu sur place dans la soirée. Un "
    "arrêté de péril a été pris pour l'immeuble, construit en 1892.",
    "Le parquet de Privas a ouvert une enquête pour blessures involontaires. Le "
    "propriétaire de l'immeuble, une société civile immobilière, sera entendu lundi.",
    "La fête de la Saint-Jean a été interrompue et le feu d'artifice annulé. La mairie "
    "a ouvert une cellule d'écoute pour les habitants du quartier, choqués par le drame.",
    "Selon les pompiers, deux des blessés ont été transportés au centre hospitalier "
    "d'Annonay et les deux autres à Lyon, l'un d'eux souffrant de fractures multiples.",
]
WIRE = [
    "ANNONAY, 20 juin 2026 (AFP) - Quatre promeneurs ont été blessés, dont un "
    "grièvement, samedi après-midi par l'effondrement d'un balcon sur le quai des "
    "Tanneurs à Annonay (Ardèche), a-t-on appris auprès des pompiers.",
    "« C'est un miracle », a déclaré le préfet de l'Ardèche Henri Lamarque, qui "
    "s'est rendu sur place dans la soirée. Un arrêté de péril a été pris pour l'immeuble.",
    "Le parquet de Privas a ouvert une enquête pour blessures involontaires, selon une "
    "source judiciaire.",
]


def _record(url: str, source: str, when: str, title: str, paragraphs: list[str]) -> bytes:
    return (json.dumps({"url": url, "source": source, "published": when, "language": "fr",
                        "title": title, "text": "\n\n".join(paragraphs)},
                       ensure_ascii=False) + "\n").encode()


INPUTS = {
    "paper": ("paper.jsonl", _record(
        "https://www.ledauphine.example/ardeche/balcon-annonay", "Le Dauphiné libéré",
        "2026-06-20T17:10:00+02:00", "Annonay : un balcon s'effondre, quatre blessés",
        PAPER)),
    "wire": ("wire.jsonl", _record(
        "https://www.afp.example/fr/annonay-balcon", "AFP", "2026-06-20T21:40:00+02:00",
        "Ardèche: quatre blessés dans l'effondrement d'un balcon à Annonay", WIRE)),
    "excerpt": ("excerpt.jsonl", _record(
        "https://portail.example/annonay-balcon", "Portail Actu",
        "2026-06-20T17:30:00+02:00", "Annonay : un balcon s'effondre, quatre blessés",
        [PAPER[0], PAPER[1][:120] + "…"])),
}


def _ingest(store: SQLiteStore, names: list[str], one_batch: bool) -> dict[str, str]:
    if one_batch:
        ids = ingest_texts(store, [INPUTS[n] for n in names]).new_ids
    else:
        ids = [i for n in names for i in ingest_texts(store, [INPUTS[n]]).new_ids]
    by_url = {str(store.get(i).url): i for i in ids}
    return {n: i for n in names for url, i in by_url.items() if n in url or
            (n == "paper" and "ledauphine" in url) or (n == "wire" and "afp" in url)
            or (n == "excerpt" and "portail" in url)}


@pytest.mark.parametrize("one_batch", [False, True])
@pytest.mark.parametrize("order", [("paper", "wire"), ("wire", "paper")])
def test_a_wire_item_with_a_quote_of_its_own_is_no_teaser(
        store: SQLiteStore, order: tuple[str, str], one_batch: bool) -> None:
    named = _ingest(store, list(order), one_batch)
    assert relation(store, named["wire"]) == ("", None)
    assert relation(store, named["paper"]) == ("", None)


@pytest.mark.parametrize("order", [("paper", "excerpt"), ("excerpt", "paper")])
def test_an_excerpt_of_the_opening_stays_a_teaser(
        store: SQLiteStore, order: tuple[str, str]) -> None:
    named = _ingest(store, list(order), one_batch=False)
    assert relation(store, named["excerpt"]) == ("teaser", named["paper"])

"""A page of headlines (a section or tag page copied as text: headline, maybe a summary,
then a date or "Il y a 2 heures", again and again) is stored, flagged not-prose, instead of
refused (h-api66; issue 14, h-copies65 item 1: "no article text found"). Its lines are its
headlines, its title the label above them, it has no date of its own, and an article copied
as text stays an article."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.capture_listing import MIN_TEASERS, headline_cards
from veille.extract.stage import HEADLINE_PAGE
from veille.extract.text_capture import extract_text_capture
from veille.ingest import ingest_paths
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

NOW = datetime(2026, 12, 7, 11, 0, tzinfo=UTC)

PAGES = {
    "fr": ("Ouest-France\n\nBretagne  Normandie  Pays de la Loire\n\nMot-clé : Agriculture\n\n"
           "Les éleveurs bretons inquiets pour le prix du lait cet hiver\nIl y a 1 heure\n\n"
           "Un marché de producteurs s'installe chaque samedi à Vannes\nIl y a 4 heures\n\n"
           "La sécheresse a réduit la récolte de pommes à cidre en Ille-et-Vilaine\n"
           "Hier à 20h15\n\n"
           "Quimper : une ferme urbaine ouvre sur le toit d'un parking\n03/12/2026 à 11h02\n\n"
           "Voir plus\n", "Mot-clé : Agriculture", 4),
    "it": ("Il Tirreno\n\nLivorno  Pisa  Lucca  Grosseto\n\nArgomento: Porto\n\n"
           "Porto di Livorno, arriva la nuova gru per i container\n7 dicembre 2026, 09:12\n\n"
           "Traghetti per la Sardegna, più corse durante le feste\n6 dicembre 2026, 18:40\n\n"
           "Darsena Europa, firmato il contratto per la diga foranea\n5 dicembre 2026\n\n"
           "Altre notizie\n", "Argomento: Porto", 3),
    "es": ("El Diario Vasco\n\nGipuzkoa  Donostia  Deportes\n\nTema: Vivienda\n\n"
           "El Ayuntamiento de Donostia limita los pisos turísticos en el Centro\n"
           "La nueva ordenanza prohíbe abrir más alojamientos en cuatro barrios de la ciudad.\n"
           "06/12/2026 09:20\n\n"
           "Irun construirá doscientas viviendas de alquiler social en Behobia\n"
           "Las obras empezarán en primavera y durarán unos tres años, según el consistorio.\n"
           "05/12/2026 17:45\n\n"
           "Los precios del alquiler suben un nueve por ciento en Gipuzkoa\n"
           "El informe del Gobierno Vasco sitúa la renta media en mil cien euros al mes.\n"
           "04/12/2026 12:30\n\nMás noticias\n", "Tema: Vivienda", 6),
}

ARTICLE = ("Ouest-France\n\nBretagne  Normandie  Pays de la Loire\n\n"
           "Les éleveurs bretons inquiets pour le prix du lait cet hiver\n\n"
           "Par Yann Le Goff - 07/12/2026 à 08h30\n\n"
           "Les producteurs de lait de Bretagne redoutent une nouvelle baisse des prix payés par "
           "les laiteries cet hiver, alors que leurs charges ne cessent d'augmenter depuis deux "
           "ans.\n\n"
           "« Nous travaillons à perte depuis le mois de septembre », explique un éleveur de "
           "Pontivy, qui élève soixante vaches laitières avec son frère.\n\n"
           "La chambre d'agriculture réunira les représentants de la filière le 15 décembre à "
           "Rennes pour tenter de trouver un accord sur les prix de l'an prochain.\n")


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_page_of_headlines_is_read_as_one(lang: str) -> None:
    text, label, lines = PAGES[lang]
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.headlines_label == label
    assert len(result.headlines) == lines


def test_short_cards_glued_into_one_block_are_read() -> None:
    # h-copies65 item 1's shape (in-sample): short headlines, each with its date on the
    # next line, which the capture reader joins into one block per card or two
    text = ("Le Progrès\n\nLyon  Villeurbanne  Rhône  Sports\n\nTag : Tramway\n\n"
            "Le tram T10 arrivera à Gerland en 2026\nIl y a 2 heures\n\n"
            "T1 : la ligne coupée tout le week-end\nIl y a 3 heures\n\n"
            "Les travaux du T9 reprennent lundi à Vaulx-en-Velin\n12/11/2025\n\n"
            "Un nouveau dépôt de tramways à Meyzieu\n10/11/2025\n\n"
            "Le Sytral vote son budget transports\n08/11/2025\n\nPage suivante\n")
    result = extract_text_capture(text, fetched_at=NOW)
    assert result.headlines == (
        "Le tram T10 arrivera à Gerland en 2026", "T1 : la ligne coupée tout le week-end",
        "Les travaux du T9 reprennent lundi à Vaulx-en-Velin",
        "Un nouveau dépôt de tramways à Meyzieu", "Le Sytral vote son budget transports")
    assert result.headlines_label == "Tag : Tramway"


def test_an_article_is_no_page_of_headlines() -> None:
    result = extract_text_capture(ARTICLE, fetched_at=NOW)
    assert result.headlines == ()
    assert len(result.paragraphs) == 3


def test_ingest_stores_pages_of_headlines_flagged(tmp_path: Path, store: SQLiteStore,
                                                 settings: Settings) -> None:
    for lang, (text, _, _) in PAGES.items():
        (tmp_path / f"{lang}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    summary = ingest_paths(store, [tmp_path], settings=settings)
    assert (summary.new, summary.failed) == (4, 0), summary.errors
    # the summary says so, per page
    assert sum(HEADLINE_PAGE in note for note in summary.notes) == 3, summary.notes
    pages = {a.content.title: a for a in store.iter_articles()
             if a.content is not None and a.content.evidence.get("not_prose")}
    assert set(pages) == {label for _, label, _ in PAGES.values()}
    for article in pages.values():
        assert article.content is not None
        assert article.content.evidence["not_prose"] == HEADLINE_PAGE
        assert article.content.published is None  # its cards' dates are their articles'
        assert article.content.authors == []
    article = next(a for a in store.iter_articles() if a.content is not None
                   and not a.content.evidence.get("not_prose"))
    assert article.content is not None and article.content.published is not None


_SHAPES = {"head": ("Un titre de rubrique sans point final", "other"),
           "sum": ("Une phrase de résumé assez longue pour un chapeau.", "prose"),
           "date": ("01.12.2026 à 14h05", "dateline"), "menu": ("Accueil", "label")}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(sorted(_SHAPES)), max_size=40), st.integers(0, 9))
def test_headline_cards_are_consecutive_cards(shape: list[str], salt: int) -> None:
    blocks = [f"{_SHAPES[s][0]} {i + salt}" if s == "head" else _SHAPES[s][0]
              for i, s in enumerate(shape)]
    kinds = [_SHAPES[s][1] for s in shape]
    n_words = [len(b.split()) for b in blocks]
    cards = headline_cards(blocks, kinds, n_words)
    assert not cards or len(cards) >= MIN_TEASERS
    for card, after in zip(cards, cards[1:], strict=False):
        assert after.head == card.end
    for card in cards:
        assert shape[card.head] == "head"
        assert card.summary == -1 or shape[card.summary] == "sum"
        glued = card.end == card.head + 1  # a headline ending in a date: none here
        assert not glued and shape[card.end - 1] == "date" and card.end <= len(blocks)

"""One rule for editorial notes in captures and HTML pages alike (s-capt14; own texts):
an opinion piece's disclaimer is furniture (evidence "opinion"), a correction note stays in
the body with the evidence "corrected", and is never the lead nor the headline."""

from __future__ import annotations

from datetime import UTC, datetime

from veille.extract.disclosures import disclosure
from veille.extract.html import extract_html
from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
HEADLINE = "« Nos gares de campagne méritent mieux qu'un distributeur automatique »"
PARAS = [
    "Il y a dix ans, la gare de notre commune comptait encore un guichet ouvert six jours "
    "sur sept. Aujourd'hui, les voyageurs âgés renoncent au train faute d'aide pour acheter "
    "leur billet.",
    "La région promet des agents itinérants, mais personne ne les a vus passer depuis "
    "l'été, et les horaires affichés sur le quai ne correspondent plus aux trains réels.",
    "Je demande simplement que chaque gare desservie garde un humain au moins une demi-"
    "journée par semaine, le jour du marché.",
]
DISCLAIMERS = [
    "Les opinions exprimées n'engagent que leur auteur.",
    "Cette tribune n'engage que son auteur.",
    "Les opinions exprimées dans ce texte n'engagent que leurs signataires.",
    "The views expressed in this article are those of the author.",
]
NOTE = ("Rectificatif : dans une première version de cet article, nous indiquions que le "
        "guichet fermait en mars. Il ferme en réalité à la fin de l'année.")


def _capture(*extra_after: str, before: tuple[str, ...] = ()) -> str:
    return "\n".join(["La Voix du Causse", "Se connecter", HEADLINE, "Par Odile Ferrand",
                      "Publié le 01/12/2026 à 06h10", *before, *PARAS, *extra_after,
                      "Partager sur Facebook"])


def _html(*extra_after: str, before: tuple[str, ...] = ()) -> str:
    body = "".join(f"<p>{p}</p>" for p in [*before, *PARAS, *extra_after])
    return (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}"
            f"</h1>{body}</article></body></html>")


def test_a_tribune_disclaimer_is_furniture_in_a_capture() -> None:
    for disclaimer in DISCLAIMERS:
        result = extract_text_capture(_capture(disclaimer), fetched_at=NOW)
        assert result.paragraphs == PARAS, disclaimer
        assert result.evidence["disclosure"] == "opinion"


def test_a_tribune_disclaimer_is_furniture_in_an_html_page() -> None:
    for disclaimer in DISCLAIMERS:
        content = extract_html(_html(disclaimer), fetched_at=NOW)
        assert content.paragraphs == PARAS, disclaimer
        assert content.evidence["disclosure"] == "opinion"


def test_a_sentence_reporting_a_disclaimer_is_no_disclaimer() -> None:
    assert disclosure("Le directeur a rappelé que les opinions exprimées n'engagent que "
                      "leur auteur.") == ""
    assert disclosure("Les opinions exprimées lors du débat ont été vives, et chacun a "
                      "défendu son projet devant le conseil municipal jusqu'à minuit.") == ""


def test_a_correction_note_stays_in_the_body_of_both_and_is_never_the_lead() -> None:
    result = extract_text_capture(_capture(before=(NOTE,)), fetched_at=NOW)
    assert result.paragraphs == [NOTE, *PARAS]
    assert result.evidence["disclosure"] == "corrected"
    assert result.title == HEADLINE
    assert result.first_words() == PARAS[0]
    content = extract_html(_html(before=(NOTE,)), fetched_at=NOW)
    assert content.paragraphs == [NOTE, *PARAS]
    assert content.evidence["disclosure"] == "corrected"
    assert content.lead == PARAS[0]


def test_a_correction_note_under_the_body_stays_too() -> None:
    result = extract_text_capture(_capture(NOTE), fetched_at=NOW)
    assert result.paragraphs == [*PARAS, NOTE]
    assert result.evidence["disclosure"] == "corrected"
    assert result.first_words() == PARAS[0]

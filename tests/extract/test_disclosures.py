"""Editorial disclosures (newuser5 on the N23 input): "Cet article a été rédigé avec l'aide
d'un outil d'intelligence artificielle…" was kept as the last paragraph. It is furniture:
it leaves the body of HTML pages and captures, and ``evidence["disclosure"]`` keeps the
fact; an article *about* AI-written news keeps its sentences."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from veille.extract.disclosures import KINDS, disclosed, disclosure
from veille.extract.html import extract_html
from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
PARAGRAPHS = [
    "Le conseil municipal de Rennes a voté lundi soir la gratuité des transports en commun "
    "pour les moins de 18 ans, une mesure qui entrera en vigueur le 1er janvier.",
    "Selon la métropole, quelque 40 000 jeunes sont concernés, pour un coût estimé à six "
    "millions d'euros par an, financé par le versement mobilité des entreprises.",
    "L'opposition a dénoncé une « mesure électoraliste » à quelques mois des municipales, "
    "tandis que les associations d'usagers saluent une avancée attendue depuis longtemps.",
]
AI_FR = ("Cet article a été rédigé avec l'aide d'un outil d'intelligence artificielle et relu "
         "par un journaliste de la rédaction.")
AI_EN = "This story was produced with the help of generative AI and checked by an editor."
REPUBLISHED_FR = "Cet article est paru dans l'édition du Monde du 30 novembre 2026."
REPUBLISHED_EN = "This article was originally published in The Conversation."


def html(*extra: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in [*PARAGRAPHS, *extra])
    return (f"<html><head><title>Rennes : les transports gratuits pour les mineurs</title>"
            f"</head><body><article><h1>Rennes : les transports gratuits pour les mineurs"
            f"</h1>{body}</article></body></html>")


def capture(*extra: str) -> str:
    return "\n".join(["Accueil", "Rennes : les transports gratuits pour les mineurs",
                      *PARAGRAPHS, *extra, "Partager sur Facebook"])


def test_html_ai_notice_leaves_the_body_and_stays_in_evidence() -> None:
    content = extract_html(html(f"<em>{AI_FR}</em>"), fetched_at=NOW)
    assert all("intelligence artificielle" not in p for p in content.paragraphs)
    assert content.paragraphs[-1] == PARAGRAPHS[-1]
    assert content.evidence["disclosure"] == "ai-assisted"


def test_capture_ai_notice_leaves_the_body_and_stays_in_evidence() -> None:
    result = extract_text_capture(capture(AI_FR), fetched_at=NOW)
    assert result.paragraphs == PARAGRAPHS
    assert result.evidence["disclosure"] == "ai-assisted"


def test_english_and_republication_notices() -> None:
    content = extract_html(html(AI_EN, REPUBLISHED_EN), fetched_at=NOW)
    assert content.paragraphs[-1] == PARAGRAPHS[-1]
    assert content.evidence["disclosure"] == "ai-assisted, republished"
    result = extract_text_capture(capture(REPUBLISHED_FR), fetched_at=NOW)
    assert result.paragraphs == PARAGRAPHS
    assert result.evidence["disclosure"] == "republished"


def test_an_article_about_ai_written_news_keeps_its_sentences() -> None:
    about = ("Le quotidien a reconnu que plusieurs articles avaient été rédigés avec l'aide "
             "d'une intelligence artificielle, sans que ses lecteurs en soient informés.")
    content = extract_html(html(about), fetched_at=NOW)
    assert content.paragraphs[-1] == about
    assert "disclosure" not in content.evidence
    assert disclosure("Cet article a été écrit alors que j'ai dix ans de métier.") == ""


def test_agency_credit_is_a_credit_not_a_paragraph() -> None:
    result = extract_text_capture(capture("Avec AFP"), fetched_at=NOW)
    assert result.paragraphs == PARAGRAPHS
    assert result.evidence.get("credit") == "AFP"
    assert "disclosure" not in result.evidence


@given(st.text(max_size=300))
def test_disclosure_is_a_known_kind_or_nothing(text: str) -> None:
    assert disclosure(text) in ("", *KINDS)
    assert set(filter(None, disclosed([text]).split(", "))) <= set(KINDS)


@given(st.sampled_from([AI_FR, AI_EN, REPUBLISHED_FR, REPUBLISHED_EN]),
       st.text(st.characters(categories=("L", "Zs")), max_size=40))
def test_a_disclosure_must_open_the_block(note: str, before: str) -> None:
    """Preceded by words, the same note is a sentence of the article (quoted, reported)."""
    if any(c.isalpha() for c in before):
        assert disclosure(f"{before.strip()} a rappelé : {note}") == ""


def test_a_translation_note_is_a_republication() -> None:
    for note in ("Cet article est une traduction de l'article « Bosques en llamas », paru "
                 "dans El País le 2 décembre.",
                 "This story is a translation of a report first published by Der Spiegel.",
                 "Cet article a été traduit de l'allemand par la rédaction."):
        assert disclosure(note) == "republished", note


def test_elliptic_republication_and_translator_notes() -> None:
    # verify16 Z6: Courrier international's notes have no "Cet article est".
    from veille.extract.disclosures import disclosure
    assert disclosure("Publié à l'origine sur le site de La Libre Belgique le 3 mars.") == (
        "republished")
    assert disclosure("Translated from the Spanish by Ana Ruiz.") == "republished"
    assert disclosure("First published on Nov 20, 2019 01:38 pm") == ""
    assert disclosure("Publiée dans The Lancet, l'étude a suivi 3 000 patients.") == ""

"""A text capture's tail: readers' comments after a comment-count header, a caption with
its credit after a bar, a feedback prompt about the article (newuser4 N16)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from veille.extract import textshape as ts
from veille.extract.capture_comments import comments_start
from veille.extract.chrome_lines import reader_prompt
from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)
P1 = ("La piscine municipale de Quimper rouvrira ses portes le 15 décembre après dix-huit "
      "mois de travaux de rénovation énergétique, a annoncé mardi la mairie.")
P2 = ("Le chantier, qui a coûté 6,8 millions d'euros, a permis d'installer une pompe à "
      "chaleur et des panneaux solaires sur le toit du bâtiment, selon l'adjointe aux sports.")
P3 = ("Les clubs de natation, qui s'entraînaient depuis l'été dernier à Douarnenez, "
      "retrouveront leurs créneaux habituels dès la première semaine de janvier.")
COMMENT = ("Il était temps, mes enfants ont perdu une année entière de cours de natation et "
           "personne à la mairie n'a jamais daigné répondre à nos courriers.")


def capture(tail: str) -> str:
    return "\n".join([
        "Le Télégramme", "Menu", "Quimper", "Quimper : la piscine rouvre le 15 décembre",
        "Publié le 30/11/2026 à 09h12", "Par Anne Kervella", P1,
        "Le bassin de la piscine, en 2023. | ARCHIVES LE TÉLÉGRAMME", P2, P3, tail,
        "Mentions légales"])


def test_a_comment_after_the_count_is_not_article_text() -> None:
    tail = "\n".join(["Cet article vous a-t-il été utile ? Abonnez-vous à nos alertes et "
                      "suivez-nous sur les réseaux sociaux.",
                      "3 commentaires", "Marinette56", COMMENT, "Il y a 4 heures", "Répondre"])
    result = extract_text_capture(capture(tail), fetched_at=NOW)
    assert result.paragraphs == [P1, P2, P3]


def test_caption_with_a_credit_after_a_bar_is_a_credit() -> None:
    assert ts.is_credit("Le bassin de la piscine, en 2023. | ARCHIVES LE TÉLÉGRAMME")
    assert ts.is_credit("Le maire. | PHOTO : JEAN-MARC DUPONT / OUEST-FRANCE")
    assert not ts.is_credit("Le score final | 3-2 pour Brest")


def test_a_header_without_comments_after_it_is_kept() -> None:
    blocks = [P1, "Réactions", P2, P3]
    assert comments_start(blocks, 0, len(blocks)) == len(blocks)


def test_reader_prompt() -> None:
    assert reader_prompt("Was this article helpful? Tell us what you think.")
    assert not reader_prompt("Le ministre a jugé cet article de loi utile ?")


@given(st.lists(st.sampled_from([P1, "12 commentaires", "Réagir", "Il y a 2 heures",
                                 "Répondre", COMMENT, "Pseudo", ""]), max_size=12))
def test_comments_start_is_within_bounds(blocks: list[str]) -> None:
    assert 0 <= comments_start(blocks, 0, len(blocks)) <= len(blocks)

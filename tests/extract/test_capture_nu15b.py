"""Held-out findings of newuser15b on text captures, each on a capture written here
(other outlets, other words, the same shape)."""

from __future__ import annotations

from veille.extract.text_capture import extract_text_capture

MENU = "Le Bien Public\nDijon\nBeaune\nSports\nS'abonner\nSe connecter\n"
FOOT = "Les plus lus\nDijon : le tram prolongé jusqu'à Quetigny\nLe Bien Public\nMentions légales\n"


def test_a_paywalled_capture_keeps_the_paragraph_it_shows() -> None:
    text = (f"{MENU}Économie\n"
            "Côte-d'Or : la fromagerie de Brochon rachetée par un groupe laitier breton\n"
            "Les quarante salariés seront tous repris, assure le nouveau propriétaire.\n"
            "Par Agnès Duval - 30 nov. 2026 à 18:40\n"
            "Réservé aux abonnés\n"
            "La fromagerie, fondée en 1952, produisait chaque année près de 900 tonnes "
            "d'époisses et de soumaintrain, vendues surtout en Bourgogne.\n"
            "Il vous reste 78% de cet article à lire.\n"
            "Déjà abonné ? Connectez-vous\n"
            f"Je m'abonne\n{FOOT}")
    result = extract_text_capture(text)
    assert result.paragraphs == [
        "La fromagerie, fondée en 1952, produisait chaque année près de 900 tonnes "
        "d'époisses et de soumaintrain, vendues surtout en Bourgogne."]
    assert result.truncated

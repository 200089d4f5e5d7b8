"""A headline is never an item of a numbered list printed above it (newuser4 N29)."""

from __future__ import annotations

from datetime import UTC, datetime

from veille.extract.text_capture import extract_text_capture

CAPTURE = """lactu.example
Accueil
Sports
Économie
Les plus consultés
1. Rugby : le XV de France dévoile sa liste pour le Tournoi
2. Immobilier : les taux de crédit repartent à la baisse en décembre
3. Santé : une nouvelle campagne de vaccination contre la grippe
Crue à Nîmes
Les pluies diluviennes de la nuit ont fait déborder le Vistre et inondé plusieurs \
quartiers du sud de Nîmes, où les pompiers ont mené une cinquantaine d'interventions.
Publié le 30/11/2026 09:12
Les pompiers du Gard ont procédé à une cinquantaine d'interventions pendant la nuit à \
Nîmes, où le Vistre est sorti de son lit après des pluies diluviennes, selon la préfecture.
Plusieurs écoles du sud de la ville sont restées fermées lundi matin et la circulation \
était coupée sur une partie du boulevard périphérique, a précisé la mairie.
Météo-France a maintenu le département en vigilance orange pluie-inondation jusqu'à \
mardi matin, en prévoyant encore jusqu'à 80 millimètres d'eau par endroits.
Partager
"""


def test_a_short_headline_beats_a_numbered_list_item_above_it() -> None:
    result = extract_text_capture(CAPTURE, fetched_at=datetime(2026, 11, 30, 12, tzinfo=UTC))
    assert result.title == "Crue à Nîmes"


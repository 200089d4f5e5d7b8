"""Captures of newuser18b's findings (V4: a standfirst printed without a final full stop),
on captures written here: other outlets, other words, the same shapes."""

from __future__ import annotations

from datetime import UTC, datetime

from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
HEADLINE = "Grenoble : le tramway E sera prolongé jusqu'à Voreppe en 2029"
STANDFIRST = ("Le syndicat des mobilités valide un tracé de huit kilomètres et prévoit six "
              "nouvelles stations desservant la vallée du Grésivaudan")
BODY = ["Le projet, approuvé lundi par les élus, coûtera 180 millions d'euros et devrait "
        "transporter 25.000 voyageurs par jour.",
        "Les travaux commenceront en 2027 après une enquête publique prévue au printemps.",
        "La suite est réservée aux abonnés."]


def _capture(standfirst: str) -> str:
    return "\n".join(["Le Réveil des Alpes", "Transports", HEADLINE, standfirst,
                      "Claire Masson", "Le 01/12/2026 à 06:50", "Abonnés", "Partager",
                      *BODY])


def test_a_standfirst_without_a_final_stop_is_no_headline() -> None:
    # V4: the standfirst, framed by the headline above and the name and dateline below,
    # became the title and the headline was lost.
    result = extract_text_capture(_capture(STANDFIRST), fetched_at=NOW, language="fr")
    assert result.title == HEADLINE
    assert result.lead == STANDFIRST
    assert HEADLINE not in result.paragraphs


def test_a_standfirst_without_a_stop_under_a_right_headline_is_the_lead() -> None:
    # V4's other half: the headline was right, but the unstopped standfirst (taken for a
    # link under the masthead) was lost.
    headline = "Brest : la ville va planter 10.000 arbres dans ses quartiers d'ici 2028"
    standfirst = ("La municipalité lance un programme de végétalisation des cours d'école "
                  "et des parkings et promet une consultation des habitants dans chaque "
                  "quartier")
    text = "\n".join(["La Gazette du Littoral", "Société", headline, standfirst,
                      "Yann Le Goff", "Le 01/12/2026 à 18:10", "Réservé aux abonnés",
                      "Partager",
                      "Le programme, voté lundi en conseil municipal, prévoit des "
                      "plantations dans les cours d'école, le long des boulevards et sur "
                      "les parkings du centre.",
                      "La ville consacrera 12 millions d'euros aux arbres sur quatre ans, "
                      "selon l'adjoint chargé de l'environnement."])
    result = extract_text_capture(text, fetched_at=NOW, language="fr")
    assert result.title == headline
    assert result.lead == standfirst

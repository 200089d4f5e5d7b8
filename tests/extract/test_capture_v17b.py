"""Captures of newuser17b's findings (authors, furniture), on captures written here:
other outlets, other words, the same shapes."""

from __future__ import annotations

from datetime import UTC, datetime

from veille.extract.text_capture import extract_text_capture

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
BODY = ["The county council has approved a £40m plan to rebuild the flood defences along "
        "the river, after three winters of damage to homes in the lower town.",
        "Work will start in the spring and last two years, the council said on Tuesday, "
        "with the footpath closed for most of that time.",
        "Residents welcomed the decision but asked for the work to be done in stages."]
CORPS = ["Les riverains du quartier de la gare ont manifesté mardi devant la préfecture "
         "pour réclamer la réouverture du centre de santé fermé depuis septembre.",
         "Selon leur porte-parole, plus de trois mille habitants n'ont plus de médecin "
         "à moins de dix kilomètres de chez eux.",
         "Le préfet a promis une réunion avec l'agence régionale de santé la semaine "
         "prochaine, a-t-on appris de source proche du dossier."]


def test_a_name_and_its_sentence_case_role_on_one_line() -> None:
    # X10: "Sandra Laville Environment correspondent" (the Guardian's byline, copied).
    text = "\n\n".join(["River flood defences to be rebuilt in £40m plan",
                        "The works will close the riverside path for two years",
                        "Oliver Pennington Transport correspondent",
                        "Tue 1 Dec 2026 18.02 GMT", *BODY])
    result = extract_text_capture(text, fetched_at=NOW, language="en")
    assert result.authors == ["Oliver Pennington"]


def test_a_signature_alone_after_the_last_paragraph() -> None:
    # X10: "Adama Sawadogo" then "Articles similaires" (Burkinabè papers' house style).
    text = "\n".join(["Le Quotidien de Bamako", "Accueil | Politique | Société | Sport",
                      "Centre de santé : les riverains manifestent devant la préfecture",
                      "Mardi 1er décembre 2026", *CORPS, "Boubacar Traoré",
                      "À lire aussi", "Koulikoro : la route nationale rouverte jeudi",
                      "© Le Quotidien de Bamako 2026"])
    result = extract_text_capture(text, fetched_at=NOW, language="fr")
    assert result.authors == ["Boubacar Traoré"]
    assert result.paragraphs[-1] == CORPS[-1]

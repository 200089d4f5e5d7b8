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


def test_an_error_report_prompt_is_no_paragraph() -> None:
    # X15: "Vous avez trouvé une erreur? Merci de nous la signaler."
    text = "\n".join(["Centre de santé : les riverains manifestent devant la préfecture",
                      "Publié: 01.12.2026, 18:40", *CORPS,
                      "Vous avez repéré une coquille ? N'hésitez pas à nous la signaler.",
                      "3 commentaires"])
    result = extract_text_capture(text, fetched_at=NOW, language="fr")
    assert result.paragraphs[-1] == CORPS[-1]


def test_a_long_caption_above_its_credit_is_no_paragraph() -> None:
    # X17: a caption of three sentences, then "© NASA, ESA, CSA, STScI".
    caption = ("Vue aérienne du chantier prise depuis un drone en octobre. Au premier plan, "
               "la nouvelle digue. En haut à droite, le quartier de la gare.")
    text = "\n\n".join(["Centre de santé : les riverains manifestent devant la préfecture",
                        "Par Odile Marchand", "Publié le 01/12/2026 à 18h40", CORPS[0],
                        caption, "© Drone Centre Images", *CORPS[1:]])
    result = extract_text_capture(text, fetched_at=NOW, language="fr")
    assert caption not in result.paragraphs
    assert result.paragraphs == CORPS


def test_an_obituary_guestbook_is_no_paragraph() -> None:
    # X20: "Messages de condoléances (3)", a reader's name and message, a time line.
    text = "\n".join(["Disparition de Lucien Ferrat, figure du marché de Carpentras",
                      "Par Odile Marchand", "Publié le 30/11/2026 à 18h40", *CORPS,
                      "Condoléances (2)", "Laisser un message", "Famille Roussel",
                      "Toutes nos pensées vont à ses enfants, un homme généreux nous a quittés.",
                      "Il y a 3 heures", "Jeanne et Paul Aubert",
                      "Nous garderons le souvenir de son sourire derrière son étal.",
                      "Il y a 6 heures", "© Le Comtadin 2026"])
    result = extract_text_capture(text, fetched_at=NOW, language="fr")
    assert result.paragraphs[-1] == CORPS[-1]


def test_a_minute_by_minute_capture_keeps_its_minutes() -> None:
    # X21: "67e" alone on its line above the post.
    posts = [("90e+3", "Fin du match, Bourges s'impose face à Tours et prend la tête."),
             ("71e", "But de Karim Nedjar, d'une tête sur corner au premier poteau."),
             ("12e", "But de Tours sur penalty, transformé par Lucas Ferrand.")]
    lines = ["Bourges-Tours en direct : Bourges renverse Tours et prend la tête",
             "Bourges a battu Tours 2-1 samedi soir au stade Jacques-Rimbault.",
             "Par Odile Marchand", "Le 01/12/2026 à 20:15"]
    for minute, post in posts:
        lines += [minute, post]
    result = extract_text_capture("\n".join([*lines, "Les plus lus"]), fetched_at=NOW,
                                  language="fr")
    for minute, post in posts:
        assert f"{minute} — {post}" in result.paragraphs

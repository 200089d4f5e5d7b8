"""The glued-notice cutter (r-extract52) cut real sentences: a share verb opening a
sentence ("Partager sur Facebook une vidéo … peut constituer une infraction" lost its
verb; "Teilen Sie Ihre Beobachtungen …" became "Sie Ihre …"), a quote naming rights
("… tous droits réservés ou pas », regrette-t-il." dropped), a sentence ending "la mention
© AFP." cut before the sign; and a real label was cut before the network's name
("Partager sur Facebook Un incendie …" kept "Facebook Un incendie …") (t-final52b A1)."""

from __future__ import annotations

import pytest

from veille.extract.glued_notice import split_glued

KEPT_WHOLE = [
    "Partager sur Facebook une vidéo de violences peut constituer une infraction, rappelle "
    "le parquet de Pontoise, qui a ouvert une enquête.",
    "Teilen Sie Ihre Beobachtungen bitte nur über die offizielle Warn-App, bat "
    "Oberbürgermeister Torsten Burmester am Abend.",
    "Condividi su Facebook le foto dei danni solo se sei al sicuro: è l'appello del "
    "sindaco della città.",
    "« Je l'ai postée pour dénoncer, pas pour humilier. Maintenant elle circule partout, "
    "tous droits réservés ou pas », regrette-t-il.",
    "L'image portait pourtant en petits caractères la mention © AFP.",
    "Le photographe a rappelé que ses images portent la mention « Tous droits réservés ». "
    "Il réclame des droits d'auteur à la chaîne qui les a diffusées sans accord.",
]


@pytest.mark.parametrize("text", KEPT_WHOLE)
def test_a_sentence_of_the_article_is_never_cut(text: str) -> None:
    assert split_glued(text) == ("", text, "")


@pytest.mark.parametrize(("text", "label"), [
    ("Partager sur Facebook Un incendie a détruit un entrepôt dans la nuit à Rouen.",
     "Partager sur Facebook"),
    ("Partager sur Facebook Partager sur X Un incendie a détruit un entrepôt cette nuit.",
     "Partager sur Facebook Partager sur X"),
    ("Comparte esta noticia Las intensas lluvias han inundado varias calles del centro.",
     "Comparte esta noticia"),
])
def test_a_share_label_is_cut_whole(text: str, label: str) -> None:
    before, body, after = split_glued(text)
    assert before == label and body == text[len(label) + 1:] and after == ""


@pytest.mark.parametrize(("text", "notice"), [
    ("Les fumées se sont dissipées en fin de journée, selon la préfecture. Tous droits "
     "réservés.", "Tous droits réservés."),
    ("Markets fell for a third day as investors weighed the outlook for rates. © 2026 "
     "Reuters. All rights reserved.", "© 2026 Reuters. All rights reserved."),
])
def test_a_rights_line_at_the_end_is_still_cut(text: str, notice: str) -> None:
    assert split_glued(text)[2] == notice

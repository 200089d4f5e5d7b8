"""An agency dispatch and its update as JSON Lines records with neither URL nor guid: the
same source and ``published``, the update with a later ``updated``, a new headline and a new
first paragraph (t-final24 F8's shape; texts written for the tests)."""

from __future__ import annotations

import json

BODY = [
    "La préfecture du Var a ordonné mardi l'évacuation de 1 200 habitants du quartier "
    "des Sablettes, à La Seyne-sur-Mer, menacé par un glissement de terrain après trois "
    "jours de pluies continues.",
    "Les habitants ont été accueillis dans deux gymnases de la commune, où la Croix-Rouge "
    "a installé des lits de camp et distribue des repas chauds depuis la fin d'après-midi.",
    "« Le versant a bougé de quarante centimètres en une nuit, nous ne pouvions pas "
    "prendre le moindre risque », a expliqué le sous-préfet lors d'un point presse.",
    "Des géologues du BRGM doivent survoler la zone mercredi en hélicoptère pour évaluer "
    "la stabilité du terrain, selon la préfecture, qui n'exclut pas une évacuation plus "
    "large dans les prochains jours.",
]
NEW_LEAD = ("Une maison s'est effondrée mercredi matin dans le quartier des Sablettes, à "
            "La Seyne-sur-Mer, évacué la veille, sans faire de victime, a indiqué la "
            "préfecture du Var.")
PUBLISHED = "2026-11-24T18:10:00+01:00"


def record(title: str, paragraphs: list[str], updated: str | None) -> bytes:
    fields = {"title": title, "source": "AFP", "published": PUBLISHED, "language": "fr",
              "author": "Jeanne Martin (AFP)",
              "text": "\n\n".join(["TOULON, 24 novembre 2026 (AFP) - " + paragraphs[0],
                                   *paragraphs[1:]])}
    if updated:
        fields["updated"] = updated
    return (json.dumps(fields, ensure_ascii=False) + "\n").encode()


DISPATCH = record("Var : 1 200 habitants évacués à La Seyne-sur-Mer", BODY, None)
UPDATE = record("Var : une maison s'effondre à La Seyne-sur-Mer (NOUVEAU LEAD)",
                [NEW_LEAD, *BODY], "2026-11-25T09:20:00+01:00")

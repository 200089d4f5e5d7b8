"""A town's council vote does not join the town's fire once the fire has a follow-up
(t-final31 F1, f-events32b; :data:`veille.dedup.stories.KINDLESS_MOVES`).

The vote names no kind of event (a council's decision is only cued), the fire's articles
name one. Alone, the fire's story refused the vote (the plain-word bar and the evidence rule:
they share the town, the mayor and the préfecture, not what happened). Once the follow-up
made the fire a story of two, the vote, a lone provisional article, *moved* into it: a move
was not asked the plain-word bar, a side naming no kind agreed with any kind, and a story of
two is not asked the evidence rule. The fire's story then listed the vote on its timeline.

Texts written for these tests (invented events and people), text captures with a page's
chrome as a reader saves them, one capture per ingest into a real store (each ingest
re-clusters its window, as ``veille ingest`` does).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import veille

FIRE = """Le Progrès
Rechercher
Accueil > Rhône > Villeurbanne

Villeurbanne : un incendie détruit un atelier de menuiserie, un pompier blessé

Un incendie s'est déclaré lundi soir dans un atelier de menuiserie de la rue Léon-Blum, à
Villeurbanne (Rhône). Un sapeur-pompier a été légèrement blessé.

Publié le 9 mars 2026 à 06h50

Le feu a pris vers 21 heures dans un bâtiment de 1 500 mètres carrés, a indiqué la
préfecture du Rhône. Près de 70 pompiers ont été mobilisés pendant la nuit.

Le maire de Villeurbanne, Antoine Delcour, s'est rendu sur place. « Je salue le
sang-froid des pompiers », a-t-il déclaré. Une enquête a été ouverte par le parquet de Lyon.

Partager sur Facebook Partager sur X
"""

VOTE = """Villeurbanne Mag
Rechercher
Accueil | Vie municipale

Villeurbanne : le conseil municipal vote la rénovation des gymnases

Publié le 9 mars 2026 à 19h30

Réuni lundi soir, le conseil municipal de Villeurbanne (Rhône) a adopté un plan de
rénovation de six gymnases d'ici 2029, pour 12 millions d'euros.

« Nos équipements sportifs ont trop attendu », a affirmé le maire, Antoine Delcour.
L'opposition s'est abstenue. Le préfet du Rhône doit encore valider la délibération.

Une réunion publique est prévue le mois prochain à l'hôtel de ville.
"""

FOLLOW = """Lyon Capitale
Rechercher
Actualité > Faits divers

Incendie d'un atelier à Villeurbanne : la piste d'un court-circuit privilégiée

Publié le 10/03/2026 à 18:20

Au lendemain de l'incendie qui a détruit un atelier de menuiserie rue Léon-Blum, à
Villeurbanne, les enquêteurs privilégient la piste d'un court-circuit dans le tableau
électrique, a indiqué mardi le parquet de Lyon.

Le sapeur-pompier blessé lors de l'intervention a quitté l'hôpital. Le propriétaire de
l'atelier a porté plainte.
"""

CAPTURES = {"fire": (FIRE, "leprogres.fr"), "vote": (VOTE, "villeurbanne-mag.fr"),
            "follow": (FOLLOW, "lyoncapitale.fr")}


def _story_of(v: veille.Veille) -> dict[str, str]:
    """Each capture's story, keyed by its name (the article's headline tells which)."""
    heads = {"fire": "un incendie détruit un atelier", "vote": "le conseil municipal vote",
             "follow": "la piste d'un court-circuit"}
    out = {}
    for a in v.store.iter_articles():
        for name, head in heads.items():
            if a.content is not None and head in (a.content.title or ""):
                out[name] = a.dedup.story_id if a.dedup else ""
    return out


@pytest.mark.parametrize("order", [("fire", "vote", "follow"), ("fire", "follow", "vote")])
def test_a_council_vote_stays_out_of_the_fire_of_its_town(tmp_path: Path,
                                                           order: tuple[str, ...]) -> None:
    """Regression: ingested fire, vote, follow-up (or fire, follow-up, vote), one capture per
    ingest, the vote ended in the fire's story of three. Right: two stories, the follow-up
    with the fire."""
    with veille.open(tmp_path / "data") as v:
        for name in order:
            text, source = CAPTURES[name]
            v.ingest_bytes([(f"{name}.txt", text.encode())], source=source)
        story = _story_of(v)
        assert set(story) == {"fire", "vote", "follow"}
        assert story["follow"] == story["fire"]
        assert story["vote"] != story["fire"]
        first = {s.story_id: s.first_source for s in v.store.stories(limit=10)}
        assert first[story["fire"]] == "leprogres.fr"
        assert first[story["vote"]] == "villeurbanne-mag.fr"

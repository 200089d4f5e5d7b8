"""One template filled in for places that cannot be one event is no copy (r-stories52).

A flood alert for the Var and one for California, the first sentence rewritten and the rest
word for word, were "reprint 0.39" of each other, and the reprint put the Californian
alert in the Var's story (t-final51b A13). A copy tells the same event: two texts whose
openings name places in different countries (France against the United States), none
named by the other text, are no copies
(:mod:`veille.dedup.copy_places`), and two stories (the countries rule of the stories now
reads a French town as France). Texts written for veille (CC0).
"""

from __future__ import annotations

from pathlib import Path

import veille
from veille.dedup.copy_places import elsewhere
from veille.dedup.regions_abroad import french_place
from veille.dedup.template import wording
from veille.record import Article

REST = ("Les autorités ont fermé les écoles et demandé aux habitants de limiter leurs "
        "déplacements. Les pompiers ont effectué une cinquantaine d'interventions dans la "
        "nuit, sans faire de blessé grave.")
SECOND = ("Des cumuls de 200 millimètres sont attendus à {towns} d'ici jeudi matin, selon "
          "les prévisionnistes.")


def alert(title: str, first: str, towns: str, when: str) -> bytes:
    return "\n\n".join([title, f"Publié le 14 janvier 2026 à {when}",
                        f"{first} {SECOND.format(towns=towns)}", REST]).encode()


VAR = alert("Météo : vigilance rouge aux inondations dans le Var",
            "Météo-France a placé mercredi le département du Var en vigilance rouge "
            "pluie-inondation.", "Toulon et Hyères", "09h00")
CALIFORNIA = alert("Météo : alerte rouge aux inondations en Californie",
                   "Le service météorologique américain a placé mercredi le sud de la "
                   "Californie en alerte rouge aux inondations.", "Los Angeles et San Diego",
                   "09h30")
VAR_COPY = alert("Le Var en vigilance rouge : 200 mm attendus à Toulon",
                 "Météo-France a placé mercredi le département du Var en vigilance rouge "
                 "pluie-inondation.", "Toulon et Hyères", "09h40")


def _ingest(tmp_path: Path, first: bytes, second: bytes) -> tuple[Article, Article]:
    with veille.open(tmp_path / "data") as v:
        [a] = v.ingest_bytes([("a.txt", first)], source="premier.example").new_ids
        [b] = v.ingest_bytes([("b.txt", second)], source="second.example").new_ids
        return v.get(a), v.get(b)


def test_an_alert_abroad_on_a_french_alerts_template_is_no_reprint(tmp_path: Path) -> None:
    var, california = _ingest(tmp_path, VAR, CALIFORNIA)
    assert var.dedup is not None and california.dedup is not None
    assert california.dedup.relation != "reprint"
    assert california.dedup.duplicate_of is None
    assert california.dedup.story_id != var.dedup.story_id


def test_a_copy_of_the_same_alert_is_still_a_reprint(tmp_path: Path) -> None:
    var, copy = _ingest(tmp_path, VAR, VAR_COPY)
    assert var.dedup is not None and copy.dedup is not None
    assert (copy.dedup.relation, copy.dedup.duplicate_of) == ("reprint", var.id)
    assert copy.dedup.story_id == var.dedup.story_id


def test_a_commune_named_like_a_city_abroad_names_no_french_place() -> None:
    """"Trois-Rivières" and "Montréal" are French communes and cities of Quebec: a
    Canadian text naming them names no French place; a department always does."""
    assert not french_place("town:trois-rivieres")
    assert not french_place("town:montreal")
    assert french_place("town:toulon") and french_place("town:dept:83")
    assert not french_place("town:country:us")


def test_a_text_naming_france_is_not_elsewhere() -> None:
    """A text that names France ("la France", "français") names France's places too: a
    text on a French town is no other place's than it."""
    abroad = wording(["Le gouvernement français a dépêché mercredi des secours en Californie, "
                      "où des cumuls de 200 millimètres sont attendus à Los Angeles."])
    var = wording(["Météo-France a placé le Var en vigilance rouge : des cumuls de 200 "
                   "millimètres sont attendus à Toulon et Hyères."])
    alone = wording(["Des cumuls de 200 millimètres sont attendus à Los Angeles, où les "
                     "écoles ont fermé."])
    assert not elsewhere(var, abroad)
    assert elsewhere(var, alone)

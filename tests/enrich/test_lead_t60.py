"""Faults of the fresh tester t-final60 taken by the lead: #2 "Le maire de Saint-Denis,
Éricka Bareigts, a demandé … « … », a-t-elle estimé" gave the quote to the woman quoted
in the paragraph before (the masculine determiner of "le maire", an office French long
wrote so for women, made Éricka a man, and her given name is a variant no list holds);
"Marie-Josée" had no gender (a hyphenated given name's parts were never looked up).
Sentences written for these tests (not the tester's)."""

from __future__ import annotations

from veille.enrich.gender import given_name_gender, mention_gender
from veille.enrich.quotes import find_quotes


def _speakers(text: str) -> dict[str, str]:
    return {q.text: q.speaker for q in find_quotes(text)}


def test_le_maire_before_a_woman_is_no_evidence_of_a_man() -> None:
    said = _speakers(
        "« Nous avons tout perdu en une nuit », témoigne Marie-Claude Fontaine, 71 ans. "
        "Le maire de Bourg-Lastic, Aurélya Pradier, a réclamé des renforts. « Il faudra "
        "des semaines pour rétablir le courant », a-t-elle prévenu.")
    assert said["Il faudra des semaines pour rétablir le courant"] == "Aurélya Pradier"


def test_the_masculine_determiner_still_tells_when_the_noun_has_a_feminine() -> None:
    for office in ("Le directeur de l'usine", "Le ministre de la Culture",
                   "Le Premier ministre", "Le préfet de l'Isère"):
        text = f"{office}, Zorvan Keltz, a démenti."
        assert mention_gender(text, text.index("Zorvan")) == "m", office
    text = "La maire de Bourg-Lastic, Zorvan Keltz, a démenti."
    assert mention_gender(text, text.index("Zorvan")) == "f"
    for office in ("Le maire", "Le maire de Saint-Denis", "Le médecin de garde",
                   "Le colonel"):
        text = f"{office}, Zorvan Keltz, a démenti."
        assert mention_gender(text, text.index("Zorvan")) == "", office


def test_a_hyphenated_given_name_takes_its_first_part() -> None:
    assert given_name_gender("Marie-Josée") == "f"
    assert given_name_gender("Marie-Pierre") == "f"  # Marie first: a woman's
    assert given_name_gender("Jean-Marie") == "m"
    assert given_name_gender("Jean-Baptiste") == "m"
    assert given_name_gender("Anne-Laure") == "f"

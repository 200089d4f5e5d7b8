"""h-entities64 (issue 16): a town read as a person through its government's name ("Il
Comune di Bologna ha precisato": "People: Bologna", t-check63 #5), a boat's name read as a
place ("Places named: Virgen del Carmen", t-final63 #14), a naval rank glued to a name
("frégate Marc Aubertin" MISC) and a river crossed read as the département of its name
("traversent le Rhône", t-final63 #14). Real pipeline, real gazetteer, no mocks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from veille.enrich.stage import Resources
from veille.enrich.town_halls import town_hall_name
from veille.enrich.vessels import VESSEL_NOUNS, boat_names

from .conftest import enrich


def _labels(section: dict[str, object]) -> dict[str, set[str]]:
    entities = section["entities"]
    assert isinstance(entities, list)
    out: dict[str, set[str]] = {}
    for e in entities:
        for m in e["mentions"]:
            out.setdefault(m[2], set()).add(e["label"])
    return out


def _places(section: dict[str, object]) -> list[tuple[str, str, str]]:
    places = section.get("places") or []
    assert isinstance(places, list)
    return [(p["mentioned_as"], p["kind"], p["country"]) for p in places]


def test_a_town_in_its_government_s_name_is_no_person(resources: Resources) -> None:
    """t-check63 #5: "Il Comune di Bologna ha precisato" made the speaker "Bologna" a
    person, and the town no place."""
    section = enrich(resources, "Bologna, via XX Settembre chiusa\n\nVia XX Settembre "
                     "resterà chiusa fino a maggio, ha annunciato il Comune.\n\nIl Comune di "
                     "Bologna ha precisato che \"i bus saranno deviati su via Irnerio\".",
                     language="it", source="bologna-sera.it")
    assert "PER" not in _labels(section).get("Bologna", set()), _labels(section)
    assert ("Bologna", "city", "IT") in _places(section), _places(section)


def test_a_big_town_alone_is_no_bare_person(resources: Resources) -> None:
    """"A Câmara Municipal de Braga … Braga espera": Braga, PT, no person."""
    section = enrich(resources, "Braga fecha mercado\n\nA Câmara Municipal de Braga "
                     "anunciou ontem o encerramento do mercado.\n\n\"Os comerciantes serão "
                     "realojados\", garantiu a Câmara Municipal de Braga. Braga espera reabrir "
                     "o mercado em maio.", language="pt", source="example.pt")
    assert "PER" not in _labels(section).get("Braga", set()), _labels(section)
    assert any(p[0] == "Braga" and p[2] == "PT" for p in _places(section)), _places(section)


def test_a_boat_s_name_is_no_place_nor_person(resources: Resources) -> None:
    """t-final63 #14: "Le Virgen del Carmen, un chalutier", then "les marins du Virgen del
    Carmen": LOC; "le pesquero Nuestra Señora" too; the ports beside stay places."""
    section = enrich(resources, "Naufrage au large de Sète\n\nLe Virgen del Carmen, un "
                     "chalutier de 24 mètres immatriculé à Tarragone, a chaviré au large de "
                     "Sète.\n\nDeux des cinq marins du Virgen del Carmen restent introuvables. "
                     "Le ferry Pascal Ronsard a participé aux recherches.")
    labels = _labels(section)
    for name in ("Virgen del Carmen", "Pascal Ronsard"):
        assert not labels.get(name, set()) & {"LOC", "PER"}, labels
    assert not any("Virgen" in p[0] or "Ronsard" in p[0] for p in _places(section))
    assert any(p[0] == "Sète" for p in _places(section)), _places(section)


def test_a_naval_rank_is_no_ship(resources: Resources) -> None:
    """"le capitaine de frégate Marc Aubertin" was MISC "frégate Marc Aubertin"."""
    section = enrich(resources, "Sauvetage en mer\n\nDeux marins ont été hélitreuillés, a "
                     "précisé à l'AFP le capitaine de frégate Marc Aubertin, porte-parole de la "
                     "préfecture maritime.")
    labels = _labels(section)
    assert labels.get("Marc Aubertin") == {"PER"}, labels
    assert not any("frégate" in name for name in labels), labels


def test_a_river_crossed_between_two_towns_is_no_department(resources: Resources) -> None:
    """fr-valence-drome: "traversent le Rhône entre Valence et Guilherand-Granges" was the
    département; "en descendant le Tarn" too."""
    section = enrich(resources, "Valence : le pont fermé\n\nLes automobilistes qui "
                     "traversent le Rhône entre Valence et Guilherand-Granges devront patienter."
                     "\n\nDeux kayakistes ont chaviré en descendant le Tarn près de Millau.")
    kinds = {(p[0], p[1]) for p in _places(section)}
    assert ("Rhône", "department") not in kinds and ("Tarn", "department") not in kinds, kinds
    assert ("Valence", "commune") in kinds, kinds


_WORD = st.sampled_from(["Santa", "Maria", "Virgen", "Carmen", "Saint-Pierre", "Rosa", "Nova"])


@given(noun=st.sampled_from([n for n in VESSEL_NOUNS if " " not in n]),
       words=st.lists(_WORD, min_size=1, max_size=3))
def test_a_name_after_a_boat_s_noun_is_the_boat_s(noun: str, words: list[str]) -> None:
    """Any capitalised name after a boat's noun is the boat's, whole, unless a rank's "de"
    opens the noun ("capitaine de frégate X" is a person)."""
    name = " ".join(words)
    assert boat_names(f"Selon la presse, le {noun} {name} est rentré.") == [name]
    assert boat_names(f"Selon la presse, le capitaine de {noun} {name} est rentré.") == []


@given(head=st.sampled_from(["Comune di", "Ayuntamiento de", "Câmara Municipal de", "Stadt",
                             "Mairie de", "City of"]),
       town=st.sampled_from(["Bologna", "Zaragoza", "Braga", "Göttingen", "Colmar"]))
def test_town_halls(head: str, town: str) -> None:
    assert town_hall_name(f"{head} {town}") and not town_hall_name(town)


def test_a_lower_case_common_noun_is_no_place(resources: Resources) -> None:
    """t-check63 #8: "Lunel : les halles rouvriront" listed the place "halles"."""
    section = enrich(resources, "Lunel : les halles rouvriront le 6 juin\n\nLes Lunellois "
                     "retrouveront leurs halles le samedi 6 juin, a annoncé la mairie de Lunel.")
    labels = _labels(section)
    assert "halles" not in labels and "LOC" in labels.get("Lunel", set()), labels

"""q-places24 (issue 16): false places and entities that testers found (t-final24 F5, S2;
t-enrich24 E7, E8, E9, E15, E17, E20). Sentences written for these tests (not the
testers' texts, not q-places24's held-out set), through the real enrichment pipeline."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from tests.enrich.conftest import enrich

from veille.enrich.compass import compass_word, part_or_direction
from veille.enrich.feature_names import opening_participle
from veille.enrich.stage import Resources


def _places(resources: Resources, text: str, **kw: str) -> dict[str, dict[str, object]]:
    return {str(p["mentioned_as"]): p
            for p in enrich(resources, text, **kw)["places"]}  # type: ignore[index,union-attr]


def _entities(resources: Resources, text: str) -> dict[str, str]:
    return {str(e["name"]): str(e["label"])
            for e in enrich(resources, text)["entities"]}  # type: ignore[union-attr]


# --- 1. compass words that name a part, a direction or a body ------------------------

def test_city_quarters_are_not_the_departement(resources: Resources) -> None:
    text = ("Faits divers\n\nUne rixe a éclaté dans les quartiers Nord de Toulon, puis le "
            "fourgon est reparti vers le Nord.")
    found = _places(resources, text)
    assert "Nord" not in found and found["Toulon"]["insee"] == "83137"
    assert "Nord" not in _entities(resources, text)


def test_the_departement_du_nord_stays(resources: Resources) -> None:
    text = "Météo\n\nDans le Nord, les écoles de Douai resteront fermées. Le Nord est en alerte."
    assert _places(resources, text)["Nord"]["id"] == "iso3166-2:FR-59"


def test_a_broad_area_and_a_body_s_head_are_no_place(resources: Resources) -> None:
    text = ("Culture\n\nLe Centre culturel a rouvert à Vierzon, tandis que le Centre des "
            "impôts reste fermé et que l'Est de la France attend.")
    names = _entities(resources, text)
    assert "Centre" not in names and "Est" not in names and names["Vierzon"] == "LOC"


@given(st.sampled_from(["Nord", "Sud", "Est", "Ouest", "Centre", "Midi", "Sud-Ouest"]),
       st.sampled_from(["les quartiers ", "vers le ", "la façade ", "direction "]))
def test_part_before_a_compass_word(word: str, before: str) -> None:
    text = f"Il est passé par {before}{word}."
    start = text.index(word)
    assert compass_word(word) and part_or_direction(text, start, start + len(word))


@given(st.sampled_from(["Nord", "Ouest", "Centre"]),
       st.sampled_from([" a voté.", ", le préfet", " est en alerte", ")"]))
def test_a_compass_word_named_alone_is_no_part(word: str, after: str) -> None:
    text = f"Dans le {word}{after}"
    start = text.index(word)
    assert not part_or_direction(text, start, start + len(word))


# --- 2. a French common noun matched abroad by its accents only -------------------------

def test_a_confederation_is_no_canadian_town(resources: Resources) -> None:
    text = ("Suisse\n\nLe Conseil fédéral a dévoilé mercredi à Berne les finances de la "
            "Confédération pour 2028.")
    found = _places(resources, text)
    assert "Confédération" not in found and found["Berne"]["country"] == "CH"


def test_a_common_noun_spelled_as_the_town_abroad_stays(resources: Resources) -> None:
    text = "Belgique\n\nLe salon du bouchon s'est tenu à Liège, dans la province."
    assert _places(resources, text)["Liège"]["country"] == "BE"


def test_an_overseas_commune_named_by_a_noun_stays(resources: Resources) -> None:
    text = "Grève\n\nAu Port, à La Réunion, les dockers ont cessé le travail lundi."
    assert _places(resources, text)["Port"]["insee"] == "97407"


# --- 3. the dateline town before the agency's credit ------------------------------------

def test_the_dateline_town_before_a_credit_is_a_place(resources: Resources) -> None:
    text = "Ville\n\nDIJON (AFP) - Le maire de Dijon a inauguré samedi le tramway."
    found = {k.lower(): v for k, v in _places(resources, text).items()}
    assert found["dijon"]["insee"] == "21231"
    assert _entities(resources, text).get("Dijon") == "LOC"


# --- 4. the French text's name is the label --------------------------------------------

def test_a_french_text_labels_a_town_by_its_french_name(resources: Resources) -> None:
    text = "Belgique\n\nÀ Ypres, les cérémonies du 11-Novembre ont réuni des milliers de Belges."
    found = _places(resources, text)
    assert found["Ypres"]["name"] == "Ypres" and found["Ypres"]["country"] == "BE"


def test_a_swiss_town_in_capitals_takes_its_french_name(resources: Resources) -> None:
    text = ("Valais\n\nSION (ATS) - Le Grand Conseil a siégé mardi à Sion, dans le canton "
            "du Valais, en Suisse.")
    found = _places(resources, text)
    sion = next(p for p in found.values() if str(p["mentioned_as"]).lower() == "sion")
    assert sion["country"] == "CH" and sion["name"] == "Sion"


# --- 5. French exonyms nothing else bears -----------------------------------------------

def test_a_french_exonym_is_the_town(resources: Resources) -> None:
    text = "Crues\n\nDes crues ont touché Malines et Courtrai mercredi."
    found = _places(resources, text)
    assert found["Malines"]["country"] == "BE" and found["Malines"]["name"] == "Malines"
    assert found["Courtrai"]["country"] == "BE"


# --- 6. false entities ------------------------------------------------------------------

def test_a_summit_s_adjective_is_no_person(resources: Resources) -> None:
    text = "Montagne\n\nDeux cordées ont gravi l'aiguille Verte puis la dent Blanche samedi."
    names = _entities(resources, text)
    assert "Verte" not in names and "Blanche" not in names


def test_a_participle_after_the_dateline_is_no_place(resources: Resources) -> None:
    text = ("Travaux\n\nTARBES - Fermée depuis septembre pour travaux, la piscine de Tarbes "
            "rouvrira lundi.")
    names = _entities(resources, text)
    assert "Fermée" not in names and names.get("Tarbes") == "LOC"


@given(st.sampled_from(["Fermée", "Interrompue", "Endommagée", "Ouverte", "Détruit"]))
def test_opening_participles(word: str) -> None:
    assert opening_participle([word])


@given(st.sampled_from(["Vienne", "Le", "Marie", "Macron", "Bruxelles"]))
def test_names_are_no_opening_participle(word: str) -> None:
    assert not opening_participle([word])

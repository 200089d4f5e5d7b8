"""f-places24 (issue 16): a town named inside an event's or a body's name is a place
mention ("le carnaval de Cologne", "le forum de Davos", "les Francofolies de Spa"), and a
town of a French-speaking country that is the one town of its name in the world is a
place when a French text names it bare ("l'usine de Tubize"). Sentences written for these
tests (not f-places24's held-out set's), through the real enrichment pipeline."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from tests.enrich.conftest import enrich

from veille.enrich.event_places import EVENT_PHRASE, phrase_mentions
from veille.enrich.minor_towns import lone_french_speaking
from veille.enrich.places import Place, shipped
from veille.enrich.stage import Resources


def _places(resources: Resources, text: str, **kw: str) -> dict[str, dict[str, object]]:
    return {str(p["mentioned_as"]): p
            for p in enrich(resources, text, **kw)["places"]}  # type: ignore[index,union-attr]


# --- 1. a town inside an event's name -------------------------------------------------

def test_the_town_of_an_event_is_a_place(resources: Resources) -> None:
    text = ("Carnaval\n\nLe carnaval de Cologne a réuni un million de personnes lundi, et le "
            "marathon de Berlin a été couru dimanche.")
    found = _places(resources, text)
    assert found["Cologne"]["country"] == "DE" and found["Berlin"]["country"] == "DE"


def test_a_french_festival_town_is_the_commune(resources: Resources) -> None:
    text = "Cinéma\n\nLe festival de Cannes dévoilera sa sélection jeudi."
    assert _places(resources, text)["Cannes"]["insee"] == "06029"


def test_the_town_after_an_event_s_own_name(resources: Resources) -> None:
    text = "Musique\n\nLes Francofolies de Spa ont attiré 150 000 spectateurs cet été."
    assert _places(resources, text)["Spa"]["country"] == "BE"


def test_a_person_after_an_event_noun_is_no_place(resources: Resources) -> None:
    text = "Politique\n\nLe meeting de Marine Le Pen a eu lieu samedi à Perpignan."
    found = _places(resources, text)
    assert "Marine Le Pen" not in found and "Marine" not in found
    assert found["Perpignan"]["insee"] == "66136"


# --- 2. a lone town of a French-speaking country, written bare -------------------------

def test_a_world_known_town_needs_no_country(resources: Resources) -> None:
    text = "Économie\n\nLe forum de Davos s'ouvre lundi sous haute sécurité."
    assert _places(resources, text)["Davos"]["country"] == "CH"


def test_a_belgian_town_the_recogniser_missed(resources: Resources) -> None:
    text = "Emploi\n\nL'usine de Tubize fermera ses portes en juin, a annoncé la direction."
    place = _places(resources, text)["Tubize"]
    assert place["country"] == "BE" and place["lat"] is not None


def test_a_town_two_countries_share_stays_unresolved(resources: Resources) -> None:
    text = "Emploi\n\nL'usine de Beloeil fermera ses portes en juin."
    assert "Beloeil" not in _places(resources, text)


def test_an_english_text_does_not_read_french_phrases(resources: Resources) -> None:
    text = "Jobs\n\nThe plant in Tubize will close in June, the company said."
    assert "Tubize" not in _places(resources, text, language="en", source="example.com")


def test_lone_french_speaking_needs_one_town_in_a_french_speaking_country() -> None:
    gazetteer = shipped()
    assert lone_french_speaking(gazetteer.minor_towns("Tubize"))
    assert not lone_french_speaking(gazetteer.minor_towns("Beloeil"))  # BE and Québec
    assert not lone_french_speaking(gazetteer.minor_towns("Brakel"))  # BE and Germany
    ontario = Place("geonames:1", "Kanata", "city", "CA", "08", 45.3, -75.9, 30000)
    assert not lone_french_speaking([ontario])


@given(st.text(max_size=80))
def test_phrase_mentions_are_spans_of_the_text(text: str) -> None:
    for start, end, name in phrase_mentions(text, [], shipped()):
        assert text[start:end] == name


@given(st.sampled_from(["festival", "carnaval", "Mostra", "foire aux vins", "forum"]),
       st.sampled_from(["Cologne", "La Rochelle", "Bobo-Dioulasso"]))
def test_event_phrase_reads_the_whole_town_name(head: str, town: str) -> None:
    match = EVENT_PHRASE.search(f"Le {head} de {town} a ouvert.")
    assert match is not None and match.group("place") == town


# --- 3. a commune's usual short name ------------------------------------------------

def test_a_commune_s_short_name_is_the_town(resources: Resources) -> None:
    text = "Foire\n\nLa foire de Châlons ouvrira ses portes vendredi, a annoncé la mairie."
    assert _places(resources, text)["Châlons"]["insee"] == "51108"


def test_usual_long_form_needs_a_town_far_larger_than_its_namesakes() -> None:
    gazetteer = shipped()
    assert [p.insee for p in gazetteer.usual_long_form("Châlons")] == ["51108"]
    assert [p.insee for p in gazetteer.usual_long_form("Brive")] == ["19031"]
    assert gazetteer.usual_long_form("Vitry") == []  # Vitry-sur-Seine, Vitry-le-François
    assert gazetteer.usual_long_form("Bagnères") == []  # de-Bigorre, de-Luchon
    assert gazetteer.usual_long_form("Châlons en") == []  # a joining word ends it

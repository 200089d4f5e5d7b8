"""q-places23 (issue 16, t-enrich23 E3, E4, E8, E9, E10, E17, E19): places, dates and
entities the tester's dispatches got wrong. Sentences written for these tests on the
shapes of the report (not its own texts), through the real enrichment pipeline."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from veille.enrich import aliases
from veille.enrich.dates import find_dates
from veille.enrich.defaults import default_resources
from veille.enrich.stage import Resources

from .conftest import enrich

PUBLISHED = datetime(2026, 11, 25, 17, tzinfo=UTC)  # a Wednesday


def _places(section: dict[str, object]) -> dict[str, dict[str, object]]:
    places = section.get("places") or []
    assert isinstance(places, list)
    return {str(p["mentioned_as"]): p for p in places}


def _entities(section: dict[str, object]) -> dict[str, str]:
    entities = section.get("entities") or []
    assert isinstance(entities, list)
    return {str(e["name"]): str(e["label"]) for e in entities}


# --- E3: a dateline "CITY, State (AGENCY)" and an English apposition place the town ----

def test_an_english_dateline_and_apposition_place_the_town_in_its_state(
        resources: Resources) -> None:
    section = enrich(resources, (
        "Storm hits small town\n\n"
        "PARIS, Texas (AP) - A storm tore through Paris, a town of 25,000 in northeast "
        "Texas, on Tuesday night."), language="en", source="apnews.com",
        published=PUBLISHED)
    places = _places(section)
    assert places["Paris"]["country"] == "US"
    assert "Texas" in places and "Texas (AP" not in _entities(section)
    section = enrich(resources, (
        "Flood\n\nThe river flooded Paris, a small city in northeast Texas, on Monday."),
        language="en", source="example.com", published=PUBLISHED)
    assert _places(section)["Paris"]["country"] == "US"


# --- E4: the source's country, the population prior, the alias table -------------------

def test_a_swiss_outlet_s_town_is_the_swiss_town(resources: Resources) -> None:
    section = enrich(resources, (
        "Université\n\nL'Université de Fribourg va fermer un institut, a annoncé le "
        "rectorat. Les étudiants iront à l'université de Neuchâtel."),
        language="fr-CH", source="rts.ch", published=PUBLISHED)
    places = _places(section)
    assert places["Fribourg"]["country"] == "CH"
    assert places["Neuchâtel"]["kind"] == "city"  # the town, not the canton
    section = enrich(resources, "Budget\n\nLe bourgmestre d'Ath a présenté son budget.",
                     language="fr-BE", source="lesoir.be", published=PUBLISHED)
    assert _places(section)["Ath"]["country"] == "BE"


def test_a_tiny_french_commune_does_not_beat_a_larger_town_abroad(
        resources: Resources) -> None:
    section = enrich(resources, (
        "Université\n\nL'Université de Fribourg va fermer son institut de journalisme, a "
        "annoncé mardi le rectorat."), source="example.fr", published=PUBLISHED)
    assert _places(section)["Fribourg"]["country"] == "CH"
    section = enrich(resources, (
        "Incendie\n\nUne grange a brûlé à Fribourg, en Moselle. Les pompiers de Sarrebourg "
        "sont intervenus."), source="example.fr", published=PUBLISHED)
    assert _places(section)["Fribourg"]["insee"] == "57241"


def test_an_alias_to_a_place_id_resolves_to_that_place(tmp_path: Path) -> None:
    aliases.add(tmp_path, aliases.Alias("Fribourg", "geonames:2660718", "LOC",
                                        "Fribourg (CH)"))
    own = default_resources(tmp_path)
    section = enrich(own, (
        "Visite\n\nLe recteur a parlé mardi à Fribourg. Le maire de Sarrebourg était "
        "présent. L'Université de Fribourg fête ses 135 ans."),
        source="example.fr", published=PUBLISHED)
    places = section["places"]
    assert isinstance(places, list)
    fribourg = [p for p in places if p["entity_id"] == "geonames:2660718"]
    assert len(fribourg) == 1 and fribourg[0]["country"] == "CH"
    assert not any(p["entity_id"] == "insee:57241" for p in places)


# --- E8: a relative date inside a quote counts from the day it was said -----------------

def test_a_relative_date_in_a_quote_counts_from_the_day_it_was_said() -> None:
    def value(text: str, word: str) -> str:
        return next(d.value for d in find_dates(text, PUBLISHED.date()) if d.text == word)

    text = "« Nous annoncerons notre décision demain », avait déclaré vendredi le ministre."
    assert value(text, "demain") == "2026-11-21"
    text = "Le maire l'avait promis dimanche : « Les travaux commenceront lundi. »"
    assert value(text, "lundi") == "2026-11-23"
    text = "« Nous partirons demain », a-t-il dit hier soir."
    assert value(text, "demain") == "2026-11-25"
    # the speech is today, or the sentence dates no speech: from publication, as before
    text = "« Nous partirons demain », a déclaré mercredi le ministre."
    assert value(text, "demain") == "2026-11-26"
    text = "« Nous partirons demain », a déclaré le ministre, qui se rendra lundi à Lyon."
    assert value(text, "demain") == "2026-11-26"
    assert date.fromisoformat(value("Il partira demain, a dit vendredi le maire.",
                                    "demain")) == date(2026, 11, 26)


# --- E9: a headline's kind does not override the body's ---------------------------------

def test_a_town_in_the_headline_kicker_stays_the_town_of_the_body(
        resources: Resources) -> None:
    section = enrich(resources, (
        "Orange : un incendie détruit un entrepôt\n\n"
        "Un violent incendie a ravagé mercredi un entrepôt dans la zone d'activités du "
        "Coudoulet à Orange.\n\nUn panache de fumée était visible jusqu'à Avignon."),
        source="20minutes.fr", published=PUBLISHED)
    assert _places(section)["Orange"]["insee"] == "84087"
    assert _entities(section)["Orange"] == "LOC"


# --- E10, E17: portfolios are no entities; the name after them is a person --------------

def test_portfolios_are_no_entities_and_the_minister_is_a_person(
        resources: Resources) -> None:
    section = enrich(resources, (
        "Plan\n\nLe ministre sénégalais de l'Agriculture, de la Souveraineté alimentaire et "
        "de l'Élevage, Mabouba Diagne, a annoncé lundi à Kaolack un plan de soutien. Le "
        "ministre de la Santé, de l'Hygiène publique et de la Couverture maladie "
        "universelle, Pierre Dimba, était présent. Le ministère libanais de la Santé a "
        "publié un bilan."), source="jeuneafrique.com", published=PUBLISHED)
    entities = _entities(section)
    assert entities["Mabouba Diagne"] == "PER"
    assert entities["Pierre Dimba"] == "PER"
    for portfolio in ("Souveraineté alimentaire et de l'Élevage", "Hygiène publique",
                      "Couverture", "Santé", "Élevage"):
        assert portfolio not in entities
    assert _places(section)["Kaolack"]["country"] == "SN"


# --- E19: a homonym abroad keeps its own label ------------------------------------------

def test_a_homonym_abroad_is_not_listed_under_the_famous_city_s_french_name(
        resources: Resources) -> None:
    for text, language in (("La ville de London, en Ontario, a déclaré l'état d'urgence.",
                            "fr"),
                           ("The city council of London, Ontario, declared an emergency.",
                            "en")):
        section = enrich(resources, "Urgence\n\n" + text, language=language,
                         source="example.ca", published=PUBLISHED)
        london = _places(section)["London"]
        assert london["country"] == "CA" and london["name"] == "London"
        assert _entities(section).get("London") == "LOC"
        assert "Londres" not in _entities(section)
    section = enrich(resources, "Visite\n\nLe président est arrivé à Londres mardi.",
                     published=PUBLISHED)
    assert _places(section)["Londres"]["name"] == "Londres"


# --- E14: English ranges of days with the month written once ----------------------------

def test_an_english_range_of_days_keeps_its_end() -> None:
    def ranges(text: str) -> list[tuple[str, str, str]]:
        found = find_dates(text, PUBLISHED.date())
        assert all(d.until[:4] in ("", d.value[:4]) for d in found)  # one year
        return [(d.text, d.value[5:], d.until[5:]) for d in found]

    assert ranges("Freiburg will host a summit from March 12 to 15, officials said.") == [
        ("March 12 to 15", "03-12", "03-15")]
    assert ranges("The summit runs March 12-15 in Freiburg.") == [
        ("March 12-15", "03-12", "03-15")]
    assert ranges("On March 12, 15 people died.")[0][2] == ""
    assert ranges("Sales rose on March 12 - 15% more.")[0][2] == ""
    assert ranges("Talks on March 12 to 15 percent of staff.")[0][2] == ""


def test_a_record_named_by_its_outlet_is_read_from_its_site_and_locale(
        resources: Resources) -> None:
    """A JSON record's ``source`` is often the outlet's name ("La Libre Belgique") and its
    ``language`` a bare code with the region kept in ``evidence["locale"]``: the site of
    its URL and that locale give the country (t-enrich23 fr20: Ath was missed)."""
    from veille.enrich.stage import pipeline
    from veille.record import Article, Content, RawInput

    text = "Le bourgmestre d'Ath a présenté son budget mardi."
    article = Article(
        raw=RawInput(data=text.encode(), origin="test", media_type="text/plain",
                     source="La Libre Belgique", url="https://www.lalibre.be/a/1"),
        content=Content(title="Budget", paragraphs=[text], published=PUBLISHED,
                        language="fr", evidence={"locale": "fr-BE"}))
    outcome = pipeline(resources).run_one(article)
    assert outcome.article is not None and outcome.article.enrichment is not None
    assert _places(outcome.article.enrichment)["Ath"]["country"] == "BE"

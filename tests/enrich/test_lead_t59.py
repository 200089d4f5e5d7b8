"""Faults of the fresh tester t-final59 taken by the lead: #2a an unaccented capital "A"
opening a sentence ("A l'Assemblée nationale, le premier ministre a défendu « … »") made
the place the speaker; #2b a German quote introduced by "X sagte:" and closed by “ took
the next sentence's subject; #2c an Italian or Spanish incise followed by where it was said
("ha detto in un discorso televisivo") made the adjunct the speaker; #3 "devant la gare de
Lyon" of a text on "les gares parisiennes" placed it in Lyon, "Alla Gare de Lyon" was an
Italian person, and "شارع سوريا" (Syria Street) placed a Tripoli article in Syria.
Sentences written for these tests (not the tester's), through the real pipeline."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.arabic_forms import arabic_spans
from veille.enrich.foreign_names import foreign_spans
from veille.enrich.quotes import find_quotes
from veille.enrich.stage import Resources


def _speakers(text: str) -> dict[str, str]:
    return {q.text: q.speaker for q in find_quotes(text)}


def test_an_unaccented_capital_a_opens_an_adverbial_of_place() -> None:
    said = _speakers(
        "Le budget arrive au Sénat. A l'Hôtel de Ville, la maire a dénoncé « un budget "
        "injuste pour les communes ». A Bercy, le ministre des Comptes publics a jugé « "
        "nécessaire » de tenir la trajectoire.")
    assert said["un budget injuste pour les communes"] == "maire"
    assert said["nécessaire"] == "ministre des Comptes publics"


def test_a_german_quote_after_sagte_colon_is_the_introducers() -> None:
    said = _speakers(
        "Die Ministerin Anke Vogel sagte: „Wir bauen die Brücke neu.“ Ein Sprecher der "
        "Stadt sagte am Freitag, man prüfe die Kosten.")
    assert said["Wir bauen die Brücke neu."] == "Anke Vogel"  # the name, not its office


def test_where_it_was_said_after_the_incise_is_no_speaker() -> None:
    said = _speakers(
        "Il sindaco Marco Bellini ha presentato il piano. \"La città non si ferma\", ha "
        "detto in una conferenza stampa.")
    assert said["La città non si ferma"] == "Marco Bellini"
    said = _speakers(
        "La alcaldesa Lucía Ferrer presentó el plan. «No daremos marcha atrás», dijo en "
        "una entrevista radiofónica.")
    assert said["No daremos marcha atrás"] == "Lucía Ferrer"
    said = _speakers(  # a name after the adjunct is still the subject
        "Il ministro ha parlato. \"Non cederemo\", ha detto nel corso di una conferenza "
        "stampa il premier Paolo Ricci.")
    assert said["Non cederemo"] == "Paolo Ricci"


def test_a_station_named_after_another_city_of_a_city_named_by_its_demonym(
        resources: Resources) -> None:
    section = enrich(resources, "Grève des contrôleurs\n\nDans les gares parisiennes, la "
                     "foule patientait. Les syndicats manifestaient devant la gare de Lyon "
                     "mardi matin.")
    assert "Lyon" not in {str(p["name"]) for p in section["places"]}  # type: ignore[attr-defined]
    section = enrich(resources, "Grève des contrôleurs\n\nLes voyageurs attendaient devant "
                     "la gare de Rennes mardi matin.")  # no other city: the town's station
    assert "Rennes" in {str(p["name"]) for p in section["places"]}  # type: ignore[attr-defined]


def test_a_venue_after_a_given_name_is_no_person() -> None:
    text = "Alla Stazione Centrale i treni erano fermi. Alla Pugacheva ha cantato a Mosca."
    spans = [(text[a:b], kind) for a, b, kind in foreign_spans(text, "it")]
    assert ("Alla Pugacheva", "PER") in spans
    assert not any(name.startswith("Alla Stazione") for name, _ in spans)


def test_a_street_named_after_a_country_is_no_place() -> None:
    text = "وقعت اشتباكات في شارع العراق في مدينة صيدا. وفي العراق أعلنت الحكومة الحداد."
    known = {"العراق", "صيدا"}
    spans = [text[a:b] for a, b, _ in arabic_spans(text, lambda form: form in known)]
    assert spans.count("العراق") == 1  # the country, not the street
    assert text.index("العراق", text.index("وفي")) in [a for a, _, _ in arabic_spans(
        text, lambda form: form in known)]

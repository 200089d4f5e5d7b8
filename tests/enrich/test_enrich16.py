"""Enrichment that said something false (issue 16; newuser15a W1, W3, W17; verify15 R4,
R7, R8): sentences written here, with other names of the same shapes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from veille.enrich.dates import find_dates
from veille.enrich.defaults import default_resources
from veille.enrich.entities import Recognizer, Span
from veille.enrich.models import spacy_recognizer
from veille.enrich.stage import Resources
from veille.enrich.text import fold
from veille.enrich.view import follow
from veille.service import Veille
from veille.settings import Settings

from .conftest import enrich


def _entities(section: dict[str, object]) -> dict[str, tuple[str, str]]:
    """(id, label) by entity name."""
    entities = section["entities"]
    assert isinstance(entities, list)
    return {str(e["name"]): (str(e["id"]), str(e["label"])) for e in entities}


def _places(section: dict[str, object]) -> dict[str, tuple[str, str]]:
    """(id, département) by place id."""
    places = section["places"]
    assert isinstance(places, list)
    return {str(p["id"]): (str(p["name"]), str(p.get("department") or "")) for p in places}


# --- W1: articles in other languages name their countries and large cities ---------------

def test_an_english_article_names_its_country_and_cities(resources: Resources) -> None:
    """"Turkey" (ISO's and CLDR's English name is now "Türkiye"), "Mosul", "Izmir": an
    English text, read without a model, finds the country and the large cities."""
    section = enrich(resources, (
        "Turkey floods: thousands evacuated near Izmir\n\n"
        "Heavy rain hit western Turkey on Sunday. In Izmir, rescue teams evacuated 4,000 "
        "people, while roads to Manisa were cut. Officials in Ankara said aid was on its "
        "way."), language="en", source="example.com")
    places = _places(section)
    assert "Q43" in places  # Turkey
    names = {fold(name) for name, _ in places.values()}
    assert {"izmir", "manisa"} <= names  # GeoNames writes "İzmir"


def test_german_and_spanish_country_names_are_known(resources: Resources) -> None:
    """CLDR's German and Spanish names of a country ("Türkei", "Alemania") are aliases."""
    german = enrich(resources, "Erdbeben in der Türkei\n\nIn Köln wurde gesammelt.",
                    language="de", source="example.com")
    assert "Q43" in _places(german)
    spanish = enrich(resources, "Alemania y Turquía firman un acuerdo\n\nEl acuerdo.",
                     language="es", source="example.com")
    assert {"Q183", "Q43"} <= set(_places(spanish))


def test_a_capitalised_run_is_no_city_by_its_last_word(resources: Resources) -> None:
    """"Lewis Hamilton" is no Hamilton, a sentence's "Nice work" no Nice: only a whole run
    of capitals names a city, and a sentence's first word only when the text capitalises
    it elsewhere too."""
    section = enrich(resources, (
        "Record lap\n\nNice work by the team, said Nelson Piquet. The Glasgow Rangers lost."),
        language="en", source="example.com")
    names = {name for name, _ in _places(section).values()}
    assert not names & {"Nice", "Glasgow"}


def _page(title: str, body: str, lang: str = "en", day: int = 24) -> bytes:
    return (f'<html lang="{lang}"><head><title>{title}</title>'
            f'<meta property="article:published_time" content="2026-11-{day}T08:00:00+00:00">'
            f"</head><body><article><h1>{title}</h1>{body}</article></body></html>"
            ).encode()


def test_the_place_page_finds_an_english_article(tmp_path: Path) -> None:
    """`place:` with the English name, and the place's id, find the English article."""
    paragraphs = "".join(f"<p>{p}</p>" for p in [
        "Heavy rain hit western Turkey on Sunday, flooding whole districts of the coast.",
        "In Izmir, rescue teams evacuated 4,000 people; schools stayed closed on Monday.",
        "Forecasters expect more rain across the region until the end of the week."])
    with Veille(Settings(data_dir=tmp_path / "data")) as v:
        v.ingest_bytes([("floods.html", _page("Turkey floods: thousands evacuated",
                                              paragraphs))], source="example.com")
        v.enrich()
        assert v.search("place:Turkey").total == 1
        assert [a.title for a in v.store.entity_articles("Q43")] == [
            "Turkey floods: thousands evacuated"]


# --- W17: one person, one entity, whatever the model's label ----------------------------

def _mislabelling(name: str, sentence: str) -> Recognizer:
    """The French model, except that in a text holding ``sentence`` it calls ``name``
    MISC: the model's error on "Recep Tayyip Erdogan est arrivé…" (newuser15a W17), made
    here on another name."""
    model = spacy_recognizer()

    def recognise(texts: Sequence[str]) -> list[list[Span]]:
        out = []
        for text, spans in zip(texts, model(texts), strict=True):
            at = text.find(name)
            if sentence in text and at >= 0:
                spans = [s for s in spans if s[1] <= at or s[0] >= at + len(name)]
                spans = sorted([*spans, (at, at + len(name), "MISC")])
            out.append(spans)
        return out
    return recognise


def _stored_person_articles(tmp_path: Path, mislabelled_first: bool) -> None:
    """Three articles naming one person, one ``follow`` each as ``veille watch`` does, the
    model mislabelling the person (MISC) in one of them: one entity, his, of three
    articles, whichever article comes first."""
    name = "Shavkat Mirziyoyev"
    said = f"{name} est arrivé dans la matinée sur place"
    base = default_resources(None)
    resources = Resources(base.aliases, base.gazetteer,
                          lambda language: _mislabelling(name, said))
    sentences = [f"Le président {name} a dénoncé la sécheresse.",
                 f"Selon le président {name}, la récolte est perdue.",
                 f"{said} et a promis une aide rapide."]
    if mislabelled_first:
        sentences = sentences[-1:] + sentences[:-1]
    with Veille(Settings(data_dir=tmp_path / "data")) as v:
        for n, sentence in enumerate(sentences):
            v.ingest_bytes([(f"a{n}.html", _page(
                f"Ouzbékistan : la sécheresse, épisode {n}",
                f"<p>{sentence} Les agriculteurs attendent des aides depuis des mois.</p>",
                lang="fr", day=20 + n))], source="example.fr")
            follow(v.store, resources)
        person = v.store.entity("per:shavkat-mirziyoyev")
        assert person is not None and person.articles == 3
        assert v.store.entity("misc:shavkat-mirziyoyev") is None


def test_a_known_person_keeps_his_kind_in_another_article(tmp_path: Path) -> None:
    """A name the store knows as a person, tagged MISC in a later article, is that person:
    one entity, whose page counts every article (newuser15a W17)."""
    _stored_person_articles(tmp_path, mislabelled_first=False)


def test_a_person_named_after_the_mislabelled_article_takes_it_back(tmp_path: Path) -> None:
    """The same, the mislabelled article first: when it is enriched no article names the
    person yet; once one does, it is enriched again and the store says what it says in
    the other order (q-order23: what an article says must not depend on what was
    enriched before it)."""
    _stored_person_articles(tmp_path, mislabelled_first=True)


# --- W3: a headline's common words are no name ------------------------------------------

def test_a_headline_opening_with_common_words_names_nothing(resources: Resources) -> None:
    """"Tremblement de terre meurtrier en …" (MISC) and "Fermeture Michelin : …" (ORG): the
    capital is the headline's, the words are common; the company stays (newuser15a W3)."""
    quake = enrich(resources, (
        "Tremblement de terre meurtrier en Afghanistan\n\n"
        "La terre a tremblé dans la nuit dans l'ouest du pays, faisant des centaines de "
        "victimes."))
    assert not any(n.lower().startswith("tremblement") for n in _entities(quake))
    closing = enrich(resources, (
        "Fermeture Michelin : les salariés sous le choc\n\n"
        "Les salariés de Michelin ont appris la nouvelle mardi matin."))
    entities = _entities(closing)
    assert not any(n.lower().startswith("fermeture") for n in entities)
    assert "Michelin" in entities


def test_a_name_in_sentence_case_stays(resources: Resources) -> None:
    """"Banque mondiale : …" is the bank the body names too, "Carnaval de Dunkerque"
    holds a name, a film's title opens after a quotation mark (controls)."""
    section = enrich(resources, (
        "Banque mondiale : la croissance ralentit\n\n"
        "Selon la Banque mondiale, la croissance ralentira l'an prochain."))
    assert "Banque mondiale" in _entities(section)
    fair = enrich(resources, (
        "Carnaval de Dunkerque : la bande des pêcheurs défile\n\n"
        "Les carnavaleux étaient des milliers dimanche. L'actrice, révélée dans « Retour "
        "de flamme », y était invitée."))
    assert {"Carnaval de Dunkerque", "Retour de flamme"} <= set(_entities(fair))


# --- R4: the Channel is a sea, not the Manche département -------------------------------

def test_the_channel_written_as_a_sea_is_no_departement(resources: Resources) -> None:
    """"dans la Manche, au large de", "en Manche", "en franchissant la Manche", "la Manche
    et la mer du Nord": the sea (verify15 R4)."""
    section = enrich(resources, (
        "Naufrage : deux marins disparus\n\n"
        "Un chalutier a chaviré dans la Manche, au large de Dieppe. Un ferry a perdu des "
        "conteneurs en Manche, près de Granville. Des exilés tentent de rejoindre "
        "l'Angleterre en franchissant la Manche. Les pêcheurs de la Manche et de la mer "
        "du Nord manifestent."))
    assert "iso3166-2:FR-50" not in _places(section)


def test_the_departement_stays(resources: Resources) -> None:
    """"Coutances (Manche)", "Dans la Manche, le conseil départemental" (control)."""
    section = enrich(resources, (
        "Fait divers : un hangar détruit\n\n"
        "À Coutances (Manche), un incendie a détruit un hangar. Dans la Manche, le conseil "
        "départemental a voté une aide."))
    assert "iso3166-2:FR-50" in _places(section)


# --- R7: a headline's kicker that is a noun is its topic ---------------------------------

def test_a_kicker_noun_is_no_town_abroad(resources: Resources) -> None:
    """"Rugby : …" over a text that names no Rugby is the sport, not the English town
    (verify15 R7); a French town in the body stays."""
    section = enrich(resources, (
        "Rugby : le Stade rochelais s'impose au bout du suspense\n\n"
        "Les Maritimes ont gagné samedi à La Rochelle face au Racing 92."))
    names = {name for name, _ in _places(section).values()}
    assert "Rugby" not in names and "La Rochelle" in names


# --- R8: "Long Name (Short)" defines the short name, whatever its letters ----------------

def test_a_short_name_in_parentheses_joins_its_long_name(resources: Resources) -> None:
    """"Office national de contrôle des denrées alimentaires (Ocda)" then "l'Ocda": one
    organisation, though O-N-C-D-A are not its letters (verify15 R8)."""
    section = enrich(resources, (
        "Sécurité alimentaire : un rappel de lots\n\n"
        "L'Office national de contrôle des denrées alimentaires (Ocda) a rappelé des lots "
        "de fromage. Selon l'Ocda, aucun malade n'est signalé."))
    entities = _entities(section)
    assert "Ocda" not in entities
    office = entities["Office national de contrôle des denrées alimentaires"]
    assert office[1] == "ORG"
    listed = section["entities"]
    assert isinstance(listed, list)
    counts = {str(e["name"]): int(e["count"]) for e in listed}
    assert counts["Office national de contrôle des denrées alimentaires"] == 3


def test_a_credit_in_parentheses_is_no_short_name(resources: Resources) -> None:
    """"(AFP)" after a place or a body's name is the agency's credit (control)."""
    section = enrich(resources, (
        "Incendie\n\nLe Service départemental d'incendie et de secours du Calvados (AFP) "
        "a été appelé."))
    assert ("veille:afp", "ORG") in _entities(section).values()



# --- R10, R11, R9: dates ------------------------------------------------------------------

WEDNESDAY = date(2026, 11, 25)


def _dates(text: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, WEDNESDAY)]


def test_an_event_named_by_its_day_is_the_next_one() -> None:
    """"avant la réunion de vendredi", "en vue du derby de dimanche", "la séance de jeudi
    sera…": the coming day, whatever the verb of saying (verify15 R10)."""
    assert _dates("La présidente a réuni son équipe lundi, avant la réunion de vendredi "
                  "avec les syndicats.")[-1] == ("vendredi", "2026-11-27")
    assert _dates("« Le groupe est concentré », a expliqué le manager, en vue du derby "
                  "de dimanche.") == [("dimanche", "2026-11-29")]
    assert _dates("La séance de jeudi sera décisive pour le budget.") == [
        ("jeudi", "2026-11-26")]


def test_an_event_named_by_its_day_that_is_over_stays_past() -> None:
    """"Après la rencontre de dimanche", "La séance de lundi s'est tenue", a pluperfect
    before "avant": the day gone (controls)."""
    assert _dates("Après la rencontre de dimanche, le président a félicité l'équipe.") == [
        ("dimanche", "2026-11-22")]
    assert _dates("La séance de lundi s'est tenue à huis clos.") == [("lundi", "2026-11-23")]
    assert _dates("L'ailier s'était blessé avant le match de samedi.") == [
        ("samedi", "2026-11-21")]


def test_a_past_relative_clause_dates_the_summoned_meeting() -> None:
    """"a convoqué les délégués lundi, où il a annoncé …": the meeting took place (verify15
    R11); without the clause the summons' day is ahead (control)."""
    assert _dates("Le directeur a convoqué les délégués du personnel lundi, où il a "
                  "annoncé la fermeture de l'atelier.") == [("lundi", "2026-11-23")]
    assert _dates("Le directeur a convoqué les délégués du personnel lundi.") == [
        ("lundi", "2026-11-30")]


def test_a_two_digit_year_and_a_holiday_written_with_a_hyphen() -> None:
    """"les cheminots de novembre 86", "le défilé du 11-Novembre", "du 14-Juillet 2019"
    (verify15 R9); "En mars 45 personnes" is a count, "rue du 4-Septembre" a street
    (controls)."""
    assert _dates("Les cheminots de novembre 86 se souviennent de la grève.") == [
        ("de novembre 86", "1986-11-01")]
    assert _dates("Le défilé du 11-Novembre a réuni les anciens combattants.") == [
        ("11-Novembre", "2026-11-11")]
    assert _dates("Le bal du 14-Juillet 2019 avait été annulé.") == [
        ("14-Juillet 2019", "2019-07-14")]
    assert _dates("En mars 45 personnes ont été arrêtées.") == [("En mars", "2026-03-01")]
    assert _dates("Il habite rue du 4-Septembre, près de la place du 8-Mai-1945.") == []


# --- R5: clubs in a match report ----------------------------------------------------------

def test_clubs_of_a_match_report_are_no_places(resources: Resources) -> None:
    """A town that wins, trails or is beaten in a match report is its club, in the
    headline too; the town a team travels to stays a place (verify15 R5)."""
    section = enrich(resources, (
        "Ligue 2 : Caen renverse Grenoble\n\n"
        "Caen s'est imposé face à Grenoble (3-2) vendredi soir devant son public.\n\n"
        "Après la réception de Laval, les Normands iront à Rodez mardi.\n\n"
        "Grenoble méritait mieux, mais Angers a encore creusé l'écart en tête.\n\n"
        "« On a montré du caractère contre Troyes », a déclaré l'entraîneur caennais.\n\n"
        "Amiens et Annecy ont gagné leurs matchs samedi, Pau reste englué en bas du "
        "classement."))
    names = {name for name, _ in _places(section).values()}
    assert not names & {"Caen", "Grenoble", "Laval", "Angers", "Troyes", "Amiens",
                        "Annecy", "Pau"}, names
    assert "Rodez" in names


def test_a_sea_mention_is_no_mention_of_the_departement(resources: Resources) -> None:
    """"Coutances (Manche)" names the département once; "dans la Manche, au large de
    Fécamp" in the same article is the sea, not a second mention (verify15 R4)."""
    section = enrich(resources, (
        "Mer : un voilier secouru\n\n"
        "Un voilier a démâté dans la Manche, au large de Fécamp. Son skipper habite à "
        "Coutances (Manche)."))
    places = section["places"]
    assert isinstance(places, list)
    [manche] = [p for p in places if p["id"] == "iso3166-2:FR-50"]
    assert manche["count"] == 1


"""Regression (t-final25 F7): a time whose zone is only *assumed* decided who copied whom.

Réunion la 1ère's own story ("Publié le 15 février 2026 à 07h30", a text capture on a
``.fr`` domain: zone "assumed (Europe/Paris)") was filed as the "reprint" of actu.fr's copy
stamped ``05:00+01:00``: 07:30 in Paris is 06:30 UTC, after 04:00 UTC; 07:30 in La Réunion
(the outlet's clock) is 03:30 UTC, before it. A French page may print any clock of France
(:func:`veille.extract.timezones.sibling_offsets`): when another of them flips the order of
two copies, the times do not tell who was first. The first seen then keeps the original's
place (or the texts, a credit decide), and a copy whose order with its original is unknown
never *becomes* the original, nor is one *made* a reprint, by that assumed clock alone.

Other outlets and territories (a Nouméa outlet on a mainland domain against a Paris copy; a
Martinique outlet made the original of a Paris text it copied), both orders of arrival.
Real SQLite store, real ingest."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.dedup.published_order import NO_SLACK, published_before, zone_slack
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

SHARK = [
    "Un requin bouledogue d'environ deux mètres a été aperçu dimanche à l'aube à quelques "
    "mètres du rivage de Boucan Canot, à Saint-Paul, a indiqué la mairie, qui a aussitôt "
    "interdit la baignade sur l'ensemble de la plage.",
    "Ce sont des surfeurs qui ont donné l'alerte vers 6 heures. « Il tournait dans la vague, "
    "on est tous sortis de l'eau », raconte Kévin, 24 ans. Les maîtres-nageurs sauveteurs ont "
    "hissé le drapeau rouge et les vigies requins ont été mobilisées.",
    "La baignade restera interdite au moins jusqu'à lundi midi, selon un arrêté municipal. Le "
    "dernier accident mortel à La Réunion remonte à 2019.",
]
CAPTURE = ("Réunion la 1ère\nInfo\nFaits divers\n\n"
           "Saint-Paul : un requin aperçu à Boucan Canot, la baignade interdite\n\n"
           "Publié le 15 février 2026 à 07h30\n\n" + "\n\n".join(SHARK) + "\n")
PARIS_COPY = (
    '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
    "<title>La Réunion : un requin repéré près d'une plage de Saint-Paul - Actu.fr</title>"
    '<link rel="canonical" href="https://actu.fr/la-reunion/saint-paul_97415/requin.html">'
    '<meta property="og:site_name" content="actu.fr">'
    '<meta property="article:published_time" content="2026-02-15T05:00:00+01:00">'
    "</head><body><article><h1>La Réunion : un requin repéré près d'une plage de "
    "Saint-Paul, baignade interdite</h1>" + "".join(f"<p>{p}</p>" for p in SHARK)
    + "</article></body></html>")

BRIDGE = [
    "Le pont de la Dumbéa a été fermé à la circulation mardi soir après la découverte de "
    "fissures sur deux de ses piles, a annoncé la province Sud dans un communiqué.",
    "Les automobilistes sont invités à emprunter la voie express numéro deux, où des "
    "embouteillages de plusieurs kilomètres se sont formés dès la sortie des bureaux.",
    "Une expertise doit être menée dans les prochains jours par un bureau d'études venu "
    "d'Australie, et la réouverture n'est pas attendue avant la fin du mois.",
]
MARKET = [
    "Le marché couvert de Fort-de-France rouvrira ses portes lundi après dix-huit mois de "
    "travaux de désamiantage et de mise aux normes, a annoncé la mairie.",
    "Les commerçants, relogés pendant le chantier sur le front de mer, retrouveront leurs "
    "étals rénovés et une toiture neuve, pour un coût total de quatre millions d'euros.",
    "L'inauguration officielle est prévue en présence du préfet et des élus de la "
    "collectivité territoriale, avec un concert de bèlè sur le parvis.",
]


def record(url: str, headline: str, published: str, text: list[str]) -> tuple[str, bytes]:
    """A JSON Lines record of one copy: a zone-less ``published`` is read in the zone the
    page's domain and language give (``.fr``, French: Europe/Paris, assumed)."""
    host = url.split("/")[2]
    return (f"{host}.jsonl", (json.dumps(
        {"title": headline, "url": url, "source": host, "text": "\n\n".join(text),
         "language": "fr", "published": published}, ensure_ascii=False) + "\n").encode())


CASES = {
    # a Nouméa outlet on a mainland domain: 08:00 in Nouméa (+11) is 21:00 UTC the day
    # before, before the Paris copy's 22:30 UTC; read in Paris, 07:00 UTC, after it
    "noumea": (record("https://la1ere.francetvinfo.fr/nouvellecaledonie/pont-dumbea.html",
                      "Dumbéa : le pont fermé après la découverte de fissures",
                      "2026-03-11T08:00:00", BRIDGE),
               record("https://www.leparisien.fr/faits-divers/pont-dumbea.html",
                      "Nouvelle-Calédonie : un pont fermé en urgence à Dumbéa",
                      "2026-03-10T23:30:00+01:00", BRIDGE)),
    # the Paris site's own text at 20:00+01:00 (19:00 UTC), copied by a Martinique outlet
    # at 17:30 its time (21:30 UTC); read in Paris, 16:30 UTC: made the "original"
    "martinique": (record("https://www.lefigaro.fr/actualite/marche-fort-de-france.html",
                          "Fort-de-France : le marché couvert rouvre lundi",
                          "2026-03-10T20:00:00+01:00", MARKET),
                   record("https://la1ere.francetvinfo.fr/martinique/marche-couvert.html",
                          "Le marché couvert de Fort-de-France rouvre lundi",
                          "2026-03-10T17:30:00", MARKET)),
}


def relation(store: SQLiteStore, article_id: str) -> tuple[str, str | None]:
    dedup = store.get(article_id).dedup
    assert dedup is not None
    return (dedup.relation or "", dedup.duplicate_of)


def ingest_one(store: SQLiteStore, named: tuple[str, bytes], source: str | None = None) -> str:
    [found] = ingest_texts(store, [named], source=source).new_ids
    return found


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("reverse", [False, True])
def test_an_assumed_clock_alone_never_decides_who_copied_whom(
        store: SQLiteStore, case: str, reverse: bool) -> None:
    """The first seen stays the original when only the assumed clock would order them."""
    pair = CASES[case][::-1] if reverse else CASES[case]
    first, second = (ingest_one(store, named) for named in pair)
    assert store.get(first).content.evidence["timezone"].startswith(  # type: ignore[union-attr]
        "given") != store.get(second).content.evidence["timezone"].startswith("given")  # type: ignore[union-attr]
    assert relation(store, first) == ("", None)
    assert relation(store, second) == ("reprint", first)


@pytest.mark.parametrize("reverse", [False, True])
def test_la1ere_capture_is_no_reprint_of_the_paris_copy_it_was_seen_before(
        store: SQLiteStore, reverse: bool) -> None:
    """t-final25 F7, the tester's pair: the capture is the original in both orders of
    arrival. Since r-pubdates35 its masthead "Réunion la 1ère" names its territory, so its
    07h30 is La Réunion's (03:30 UTC, one clock, as the ``.re`` site's below), before the
    Paris copy's 04:00 UTC; until then it was an assumed Paris time, and the order unknown
    (the capture seen after the Paris copy was its copy by arrival)."""
    capture = ("27-la1ere-capture.txt", CAPTURE.encode())
    paris = ("26b-reprise-paris.html", PARIS_COPY.encode())
    if reverse:
        paris_id = ingest_one(store, paris)
        capture_id = ingest_one(store, capture, source="la1ere.francetvinfo.fr")
    else:
        capture_id = ingest_one(store, capture, source="la1ere.francetvinfo.fr")
        paris_id = ingest_one(store, paris)
    assert relation(store, capture_id) == ("", None)
    assert relation(store, paris_id) == ("reprint", capture_id)
    [summary] = store.stories(limit=5)
    assert summary.first_source == "la1ere.francetvinfo.fr"


def test_a_stated_zone_keeps_its_order() -> None:
    """Two stated times (no slack) order as before; an assumed Paris time spans every clock
    France prints (Tahiti −10 … Wallis +12), so it orders only what is further apart."""
    paris = datetime.fromisoformat("2026-02-15T07:30:00+01:00")
    other = datetime.fromisoformat("2026-02-15T05:00:00+01:00")
    assert published_before(other, None, paris, None)
    slack = zone_slack(paris, "assumed (Europe/Paris)")
    assert slack[0] >= timedelta(hours=3) and slack[1] >= timedelta(hours=11)
    assert not published_before(other, None, paris, None, second_slack=slack)
    assert published_before(other - timedelta(days=1), None, paris, None, second_slack=slack)
    assert zone_slack(paris, "given by the page") == (timedelta(0), timedelta(0))
    assert zone_slack(paris, "the source's time zone setting (Europe/Paris)") == (
        timedelta(0), timedelta(0))


@pytest.mark.parametrize("reverse", [False, True])
def test_a_one_clock_domain_still_decides_by_its_times(
        store: SQLiteStore, reverse: bool) -> None:
    """A ``.re`` site's zone-less 07:30 is La Réunion's (one clock, no slack): 03:30 UTC,
    before the Paris copy's 04:00 UTC, so it is the original in both orders of arrival
    (t-final25 26a, right before and after)."""
    pair = (record("https://www.clicanoo.re/faits-divers/requin-boucan-canot.html",
                   "Saint-Paul : un requin aperçu à Boucan Canot", "2026-02-15T07:30:00",
                   SHARK),
            record("https://actu.fr/la-reunion/saint-paul_97415/requin.html",
                   "La Réunion : un requin repéré près d'une plage de Saint-Paul",
                   "2026-02-15T05:00:00+01:00", SHARK))
    ids = [ingest_one(store, named) for named in (pair[::-1] if reverse else pair)]
    reunion, paris = ids[::-1] if reverse else ids
    assert relation(store, reunion) == ("", None)
    assert relation(store, paris) == ("reprint", reunion)


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2037, 12, 31)),
       st.sampled_from(["given by the page", "given by the record", "given by the capture",
                        "given by the feed", "the source's time zone setting (Europe/Paris)",
                        "assumed UTC (no locale, country or language with one zone)",
                        "assumed from the domain .re (Indian/Reunion)", "", "assumed (Nowhere/X)"]))
def test_no_slack_without_an_assumed_zone_of_several_clocks(wall: datetime, how: str) -> None:
    """Stated zones, a source's setting, UTC, an unknown zone, a one-clock zone (read at
    its own offset): no slack."""
    zone = "Indian/Reunion" if "Reunion" in how else "Europe/Paris"
    assert zone_slack(wall.replace(tzinfo=ZoneInfo(zone)), how) == NO_SLACK


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2037, 12, 31)),
       st.sampled_from(["assumed (Europe/Paris)", "assumed from language fr (Europe/Paris)",
                        "assumed from the domain .fr (Europe/Paris); 2026-03-29 02:30 does "
                        "not exist in Europe/Paris (its clocks were put forward that night)"]))
def test_an_assumed_paris_time_spans_the_overseas_clocks(wall: datetime, how: str) -> None:
    """La Réunion (+4), Nouméa (+11) and Papeete (−10) readings of the wall time all lie in
    the span; a day-only date has no slack."""
    when = wall.replace(tzinfo=ZoneInfo("Europe/Paris"))
    earlier, later = zone_slack(when, how)
    instant = when.astimezone(UTC)  # a zoned datetime adds on its wall clock (DST)
    for name in ("Indian/Reunion", "Pacific/Noumea", "Pacific/Tahiti", "Europe/Paris"):
        other = wall.replace(tzinfo=ZoneInfo(name))
        assert instant - earlier <= other <= instant + later
    assert zone_slack(when, how, "day") == NO_SLACK


def test_the_order_is_read_in_instants_across_the_spring_change() -> None:
    """Regression (r-stories36's hypothesis draw): a Paris time carrying its tz database
    zone, an hour before the clocks go forward, spans Tahiti's reading of the same wall
    time 11 h later in *instants*; wall-clock arithmetic on the zoned datetime (16:00 + 11 h
    = 03:00, already UTC+2) fell an hour short and said the Tahiti copy surely came later."""
    paris = datetime(2024, 3, 30, 16, 0, tzinfo=ZoneInfo("Europe/Paris"))
    slack = zone_slack(paris, "assumed (Europe/Paris)")
    tahiti_reading = datetime(2024, 3, 30, 16, 0, tzinfo=ZoneInfo("Pacific/Tahiti"))
    stated_later = tahiti_reading - timedelta(minutes=30)  # 01:30 UTC on the 31st
    assert not published_before(paris, None, stated_later, None, first_slack=slack)
    assert published_before(paris, None, stated_later + timedelta(hours=1), None,
                            first_slack=slack)

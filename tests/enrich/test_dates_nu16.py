"""Dates mentioned that newuser16a (H9-H13) found false or missed, each at its general
cause: a past verb of announcing or confirming, a noun of a coming event or deadline, the
reported present of a completive and a weekday spelled out by its date leave a coming date
ahead (H9); "l'hiver dernier" is the last season over (H10); "ce soir-là", "les étés
d'hier", a nowadays "aujourd'hui" are no day (H11); "quinze jours" is two weeks (H12);
"mars dernier", "pour 2027", "dans la nuit", "d'ici dix jours", "des 25 et 26 février"
are read (H13). The texts are written for these tests (other words, same shapes as the
user's)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.date_ranges import ends
from veille.enrich.dates import find_dates
from veille.enrich.prospective import (
    ANNOUNCING_LEMMAS,
    governed_by_prospective_noun,
    participles,
    reported_present,
    spelled_out_by,
)

TUESDAY = date(2026, 12, 1)
WEDNESDAY = date(2027, 1, 20)
THURSDAY = date(2027, 2, 11)


def _values(text: str, published: date) -> dict[str, str]:
    return {words: value for d in find_dates(text, published) for words, value in ends(d)}


@pytest.mark.parametrize(("text", "published", "mention", "value"), [
    # a verb of confirming or keeping an event, past, with its object before the date
    ("Les contrôleurs aériens ont confirmé dimanche leur mouvement du 20 décembre au 3 "
     "janvier.", TUESDAY, "20 décembre", "2026-12-20"),
    ("Les contrôleurs aériens ont confirmé dimanche leur mouvement du 20 décembre au 3 "
     "janvier.", TUESDAY, "3 janvier", "2027-01-03"),
    ("La fédération a maintenu son assemblée générale le 12 janvier.", TUESDAY,
     "12 janvier", "2027-01-12"),
    ("Le rectorat a officialisé la réouverture du collège le 4 janvier.", TUESDAY,
     "4 janvier", "2027-01-04"),
    # a noun of a coming event or deadline governing the date
    ("Les pilotes ont levé leur préavis du 22 décembre.", TUESDAY, "22 décembre",
     "2026-12-22"),
    ("Le club a rejeté toute offre avant l'échéance du 28 février.", WEDNESDAY,
     "28 février", "2027-02-28"),
    # "d'ici" before a noun phrase of what is due: a deadline, ahead
    ("La ministre a exclu tout remaniement d'ici le congrès du 12 avril.", WEDNESDAY,
     "12 avril", "2027-04-12"),
    # the imperfect of a completive after a past verb of saying is a reported present;
    # a short parenthesis does not end the clause, nor does a subordinate after it date it
    ("La mairie a indiqué mardi qu'elle abandonnait la hausse des loyers (HLM) au 1er "
     "août, comme elle l'avait annoncé en novembre.", THURSDAY, "1er août", "2027-08-01"),
    # a weekday spelled out by the date in apposition
    ("La direction a assuré qu'elle verrait les grévistes « dès mardi », soit le 16 "
     "février.", THURSDAY, "mardi", "2027-02-16"),
    ("Le tribunal rendra sa décision lundi (15 février).", THURSDAY, "lundi",
     "2027-02-15"),
])
def test_a_coming_date_stays_ahead_of_a_past_act(text: str, published: date, mention: str,
                                                 value: str) -> None:
    assert _values(text, published)[mention] == value


@pytest.mark.parametrize(("text", "published", "mention", "value"), [
    # what stays past: a done act with no object of its own, a weekday not matching its
    # apposition, an imperfect not reported
    ("La manifestation du 20 décembre a rassemblé deux mille personnes.", date(2027, 1, 5),
     "20 décembre", "2026-12-20"),
    ("Le maire expliquait déjà en 2025 qu'il fermait la piscine au 1er août.", THURSDAY,
     "1er août", "2026-08-01"),
    ("Il a été reçu lundi, soit le 16 février.", THURSDAY, "lundi", "2027-02-08"),
])
def test_a_past_date_stays_past(text: str, published: date, mention: str,
                                value: str) -> None:
    assert _values(text, published)[mention] == value


def test_every_announcing_lemma_gives_its_participles() -> None:
    import re

    for lemma in ANNOUNCING_LEMMAS:
        assert re.fullmatch(participles(lemma), "maintenues" if lemma == "maintenir" else
                            "promise" if lemma == "promettre" else
                            "convenu" if lemma == "convenir" else
                            "prévues" if lemma == "prévoir" else lemma[:-2] + "ées")
    with pytest.raises(KeyError):
        participles("dire")


@pytest.mark.parametrize(("text", "published", "value"), [
    # H10: "dernier" is the last season over, not the one under way
    ("L'hiver dernier, la station avait fermé faute de neige.", date(2027, 1, 12),
     "2025-12-01"),
    ("L'été dernier, les pompiers avaient lutté contre vingt incendies.", date(2026, 7, 20),
     "2025-06-01"),
    ("L'automne dernier, la crue avait noyé les vignes.", date(2027, 2, 2), "2026-09-01"),
])
def test_last_season_is_the_one_over(text: str, published: date, value: str) -> None:
    [found] = find_dates(text, published)
    assert (found.value, found.granularity) == (value, "season")


@pytest.mark.parametrize(("text", "mention"), [
    # H11: words that are no day of the calendar
    ("Cette nuit-là, la digue avait cédé sous la pression.", "Cette nuit"),
    ("Ce matin-là, personne n'avait vu le camion.", "Ce matin"),
    ("Le festival regrette les hivers d'hier, quand la neige tombait.", "hier"),
    ("Sa mère, aujourd'hui en prison, attend son procès.", "aujourd'hui"),
    ("La commune comptait 900 élèves en 1990. Elle en accueille aujourd'hui 400.",
     "aujourd'hui"),
    ("Le village vivait de la pêche autrefois. Le tourisme le fait vivre aujourd'hui.",
     "aujourd'hui"),
    ("On sait aujourd'hui que la digue était trop basse.", "aujourd'hui"),
])
def test_no_day_for_what_is_no_calendar_date(text: str, mention: str) -> None:
    assert mention not in {d.text for d in find_dates(text, TUESDAY)}


@pytest.mark.parametrize(("text", "mention", "value"), [
    ("Le conseil municipal se réunit aujourd'hui à la mairie.", "aujourd'hui", "2026-12-01"),
    ("Ce soir, le maire présentera son budget.", "Ce soir", "2026-12-01"),
    ("Le journal d'hier annonçait la fermeture.", "hier", "2026-11-30"),
])
def test_the_publications_day_is_still_read(text: str, mention: str, value: str) -> None:
    assert _values(text, TUESDAY)[mention] == value


@pytest.mark.parametrize(("text", "value", "granularity"), [
    # H12: "quinze jours" is two weeks, "huit jours" one (a week's granularity)
    ("Le jury rendra son verdict dans quinze jours.", "2026-12-14", "week"),
    ("Les travaux reprendront dans 8 jours.", "2026-12-07", "week"),
    ("Le chantier avait commencé il y a quinze jours.", "2026-11-16", "week"),
    ("La mairie répondra dans dix jours.", "2026-12-11", "day"),
])
def test_fifteen_days_are_two_weeks(text: str, value: str, granularity: str) -> None:
    [found] = find_dates(text, TUESDAY)
    assert (found.value, found.granularity) == (value, granularity)


MONDAY = date(2026, 12, 7)


@pytest.mark.parametrize(("text", "mention", "value", "granularity"), [
    # H13: common forms read
    ("Les résultats du scrutin d'octobre dernier restent contestés.", "d'octobre dernier",
     "2026-10-01", "month"),
    ("Le chantier reprendra en avril prochain.", "en avril prochain", "2027-04-01", "month"),
    ("La région a voté son plan pour 2028.", "pour 2028", "2028-01-01", "year"),
    ("Les inondations de 1999 ont marqué la vallée.", "de 1999", "1999-01-01", "year"),
    ("À l'horizon 2040, la ligne sera électrifiée.", "À l'horizon 2040", "2040-01-01",
     "year"),
    ("Un entrepôt a brûlé dans la nuit à Vénissieux.", "dans la nuit", "2026-12-06", "day"),
    ("Le 2 décembre, le maire avait quitté la salle dans la soirée.", "dans la soirée",
     "2026-12-02", "day"),
    ("La décision devrait tomber d'ici douze jours.", "d'ici douze jours", "2026-12-19",
     "day"),
    ("Les élus se réuniront lors de la session des 14 et 15 janvier.", "14", "2027-01-14",
     "day"),
    ("Une éclaircie est attendue en fin de semaine prochaine.", "fin de semaine prochaine",
     "2026-12-14", "week"),
])
def test_common_forms_are_read(text: str, mention: str, value: str, granularity: str) -> None:
    found = {d.text: (d.value, d.granularity) for d in find_dates(text, MONDAY)}
    assert found[mention] == (value, granularity)


@pytest.mark.parametrize("text", [
    "Le club a reçu une amende de 2000 euros.",
    "Une enveloppe pour 1500 familles a été votée.",
    "Les secours sont intervenus dans la nuit de samedi à dimanche.",
])
def test_counts_and_other_nights_are_no_year_nor_publication_day(text: str) -> None:
    found = find_dates(text, MONDAY)
    assert all(d.granularity != "year" for d in found)
    assert all(d.value != MONDAY.isoformat() or d.text.lower().startswith("dim")
               for d in found)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80))
def test_prospective_helpers_never_raise_and_keep_lengths(head: str, own: str) -> None:
    assert len(reported_present(head, own)) == len(own)
    assert isinstance(spelled_out_by(head), bool)
    assert isinstance(governed_by_prospective_noun(own), bool)


@pytest.mark.parametrize(("text", "published", "value"), [
    # a whole week told in the past, written on a Monday or Tuesday, is the one before
    ("Les bénévoles avaient distribué des repas toute la semaine.", date(2027, 1, 11),
     "2027-01-04"),
    ("Les bénévoles ont distribué des repas toute la semaine.", date(2027, 1, 15),
     "2027-01-11"),
    ("Les bénévoles distribueront des repas toute la semaine.", date(2027, 1, 11),
     "2027-01-11"),
])
def test_a_whole_week_in_the_past(text: str, published: date, value: str) -> None:
    [found] = find_dates(text, published)
    assert (found.value, found.granularity) == (value, "week")


def test_the_pluperfects_first_person_plural_is_past() -> None:
    # "avions" + participle is a pluperfect ("nous avions prévenu"), like "avait"
    found = find_dates("« Nous avions prévenu la préfecture mardi », a rappelé le maire.",
                       date(2027, 1, 17))
    assert [(d.text, d.value) for d in found] == [("mardi", "2027-01-12")]


@pytest.mark.parametrize(("text", "published", "values"), [
    # a range of days reads forward from its first day, whatever the clause's tense
    ("Les écoles de la ville ont fermé du 19 décembre au 4 janvier.", date(2026, 12, 21),
     ["2026-12-19", "2027-01-04"]),
    ("La patinoire a ouvert du 2 au 9 février.", date(2027, 2, 5),
     ["2027-02-02", "2027-02-09"]),
    # a span over, and one with its year written, stay as they are
    ("La crue a duré du 20 décembre au 3 janvier.", date(2027, 6, 1),
     ["2026-12-20", "2027-01-03"]),
    ("Le salon s'est tenu du 28 décembre 2025 au 3 janvier.", date(2026, 6, 1),
     ["2025-12-28", "2026-01-03"]),
    ("La ville accueillera la coupe du 6 au 15 septembre l'an prochain.", date(2026, 7, 1),
     ["2027-09-06", "2027-09-15", "2027-01-01"]),
])
def test_a_range_reads_forward_from_its_first_day(text: str, published: date,
                                                  values: list[str]) -> None:
    assert [v for d in find_dates(text, published) for _, v in ends(d)] == values


@pytest.mark.parametrize(("text", "dated"), [
    # a tenseless feast after a habit is every year's, no day
    ("Il nage une heure tous les matins, depuis vingt ans. Même à Noël.", False),
    ("Chaque année, la chorale chante pour Noël.", False),
    # a feast with a tense of its own, or without a habit, is a day
    ("Chaque commerçant fermera pour Noël.", True),
    ("La mairie espère rouvrir la patinoire avant Noël.", True),
])
def test_a_feast_in_a_habit_is_no_day(text: str, dated: bool) -> None:
    assert bool(find_dates(text, TUESDAY)) is dated

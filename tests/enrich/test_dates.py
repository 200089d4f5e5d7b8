"""Dates mentioned: the rules of the issue, and a property test (never raises, spans in
the text)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.date_ranges import ends
from veille.enrich.dates import find_dates

PUBLISHED = date(2019, 1, 15)  # a Tuesday


@pytest.mark.parametrize(("text", "mention", "value", "granularity"), [
    ("Le département d'Etat a annoncé mardi la réunion.", "mardi", "2019-01-15", "day"),
    ("Il a parlé jeudi.", "jeudi", "2019-01-10", "day"),
    ("Il parlera jeudi.", "jeudi", "2019-01-17", "day"),
    ("Les ministres vont se réunir le 6 février.", "6 février", "2019-02-06", "day"),
    ("La décision, annoncée en décembre par le président.", "en décembre", "2018-12-01",
     "month"),
    ("Le sommet aura lieu en mars.", "en mars", "2019-03-01", "month"),
    ("Rendez-vous la semaine prochaine.", "la semaine prochaine", "2019-01-21", "week"),
    ("L'an dernier, les ventes ont chuté.", "L'an dernier", "2018-01-01", "year"),
    ("Il a neigé hier.", "hier", "2019-01-14", "day"),
    ("Elle a signé le 31 décembre 2017.", "31 décembre 2017", "2017-12-31", "day"),
    ("Le vote du 1er mars 2020 est prévu.", "1er mars 2020", "2020-03-01", "day"),
    ("The talks will resume next week.", "next week", "2019-01-21", "week"),
    ("He said on Monday that it was over.", "Monday", "2019-01-14", "day"),
])
def test_mentions_resolve(text: str, mention: str, value: str, granularity: str) -> None:
    found = {d.text: d for d in find_dates(text, PUBLISHED)}
    assert mention in found, list(found)
    assert (found[mention].value, found[mention].granularity) == (value, granularity)
    assert found[mention].sentence == text


def test_part_of_day() -> None:
    [found] = find_dates("Le conseil se réunira jeudi soir.", PUBLISHED)
    assert (found.text, found.value, found.part) == ("jeudi soir", "2019-01-17", "evening")


def test_weekday_is_checked() -> None:
    # 12 February 2019 is a Tuesday: a "lundi 12 février" is flagged, not silently moved.
    [wrong] = find_dates("La réunion aura lieu lundi 12 février.", PUBLISHED)
    assert wrong.value == "2019-02-12" and not wrong.weekday_ok
    # 11 February 2019 is a Monday.
    [right] = find_dates("La réunion aura lieu lundi 11 février.", PUBLISHED)
    assert right.value == "2019-02-11" and right.weekday_ok


def test_no_date_in_plain_text() -> None:
    assert find_dates("Le président a reçu les ministres.", PUBLISHED) == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("lundi mardi 12 31 1er février décembre en la "
                                             "semaine prochaine l'an dernier a va ,.«»\n")
                                        + ["mardi ", "le 6 février ", "en décembre ",
                                           "hier ", "a annoncé ", "vont "]),
               max_size=60).map("".join),
       st.dates(min_value=date(1901, 1, 1), max_value=date(2098, 12, 31)))
def test_never_raises_and_spans_are_in_the_text(text: str, published: date) -> None:
    for found in find_dates(text, published):
        assert 0 <= found.start < found.end <= len(text)
        assert text[found.start:found.end] == found.text
        date.fromisoformat(found.value)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.dates(min_value=date(1901, 1, 1),
                                       max_value=date(2098, 12, 31)))
def test_never_raises_on_any_text(text: str, published: date) -> None:
    for found in find_dates(text, published):
        assert text[found.start:found.end] == found.text


@pytest.mark.parametrize(("text", "mention", "value"), [
    # Regression (fresh-user report, an article of Thursday 5 February 2026): both dates
    # were put in 2025, "jeudi 12 février" with a weekday that 2025 does not agree with.
    ("Selon Matignon, le texte serait présenté au Conseil des ministres le 6 février.",
     "6 février", "2026-02-06"),
    ("Les syndicats ont appelé à une nouvelle journée de mobilisation le jeudi 12 février.",
     "jeudi 12 février", "2026-02-12"),
    # A noun in -ée or -é is no past tense; the conditional is none either.
    ("La journée de grève du 20 février sera suivie.", "20 février", "2026-02-20"),
    ("La sécurité du sommet du 3 mars inquiète.", "3 mars", "2026-03-03"),
    ("Le vote pourrait avoir lieu le 24 mars.", "24 mars", "2026-03-24"),
    # A real past tense far from publication still reads as last year.
    ("Les manifestations avaient réuni des milliers de personnes le 3 mars.", "3 mars",
     "2025-03-03"),
    ("Il a démissionné le 2 février.", "2 février", "2026-02-02"),
])
def test_dates_near_publication(text: str, mention: str, value: str) -> None:
    found = {d.text: d for d in find_dates(text, date(2026, 2, 5))}
    assert mention in found, list(found)
    assert found[mention].value == value and found[mention].weekday_ok


@pytest.mark.parametrize(("text", "value"), [
    # Regression (fresh-user report, a dispatch of Tuesday 2 June 2026): the strike day was
    # filed the Thursday before.
    ("Grève à la SNCF : le trafic sera très perturbé jeudi", "2026-06-04"),
    ("La SNCF prévoit un trafic très perturbé jeudi.", "2026-06-04"),
    ("French rail operator SNCF expects heavily disrupted traffic on Thursday", "2026-06-04"),
    ("Le président se rend jeudi à Berlin.", "2026-06-04"),
    ("Le ministre a annoncé jeudi sa démission.", "2026-05-28"),
    ("The minister resigned on Thursday.", "2026-05-28"),
    # the present of a timetable verb is a future marker (r-dates52, t-final51b A7: "rouvre
    # ses portes samedi"): the coming Saturday, no longer the nearest one gone by
    ("Le conseil se réunit samedi.", "2026-06-06"),
])
def test_weekdays_follow_the_tense_or_the_nearest(text: str, value: str) -> None:
    [found] = find_dates(text, date(2026, 6, 2))
    assert found.value == value, (found.text, found.tense)


THURSDAY = date(2024, 3, 14)


@pytest.mark.parametrize(("text", "mention", "value"), [
    # Regressions (fresh user nu3, F-a): the next sentence's verb, or a present passive
    # ("est attendu"), made a coming date last year's.
    ("Le texte sera examiné à l'Assemblée, puis au Sénat le 2 avril. Un attentat avait été "
     "déjoué.", "2 avril", "2024-04-02"),
    ("Le verdict est attendu le 2 avril.", "2 avril", "2024-04-02"),
    ("La décision sont annoncée le 2 avril.", "2 avril", "2024-04-02"),
    # "être" verbs and pronominal verbs still mark the past.
    ("Il est arrivé le 2 mars à Paris.", "2 mars", "2024-03-02"),
    ("Elle s'est rendue le 20 février à Rome.", "20 février", "2024-02-20"),
    ("Ils sont morts le 2 avril.", "2 avril", "2023-04-02"),
])
def test_present_passive_and_next_sentence_do_not_mark_the_past(
        text: str, mention: str, value: str) -> None:
    found = {d.text: d.value for d in find_dates(text, THURSDAY)}
    assert found[mention] == value


@pytest.mark.parametrize(("text", "values"), [
    # Regression (nu3, F-b): the night of Tuesday to Wednesday put Wednesday a week later.
    ("Il est mort dans la nuit de mardi à mercredi.", ["2024-03-12", "2024-03-13"]),
    ("La grève aura lieu de mardi à jeudi.", ["2024-03-19", "2024-03-21"]),
    ("Le musée est ouvert du lundi au samedi.", None),
    ("The talks will run from Friday to Monday.", ["2024-03-15", "2024-03-18"]),
])
def test_a_range_of_weekdays_reads_forward(text: str, values: list[str] | None) -> None:
    # one mention since f-places20 (issue 16), its two ends the range's first and last day
    found = [date.fromisoformat(v) for d in find_dates(text, THURSDAY) for _, v in ends(d)]
    assert len(found) == 2 and found[0] < found[1] <= found[0] + timedelta(days=7)
    if values:
        assert [d.isoformat() for d in found] == values


@pytest.mark.parametrize(("text", "value"), [
    ("Le match se jouera ce week-end.", "2024-03-16"),
    ("Le week-end dernier, il a plu.", "2024-03-09"),
    ("Rendez-vous le week-end prochain.", "2024-03-23"),
    ("Rain is expected this weekend.", "2024-03-16"),
])
def test_weekends(text: str, value: str) -> None:
    """Regression (nu3): "ce week-end" gave no date at all."""
    found = find_dates(text, THURSDAY)
    assert [(d.value, d.granularity) for d in found] == [(value, "weekend")]


@pytest.mark.parametrize(("text", "published", "value"), [
    # Regression (nu3, F-a on a capture): the reporting verb's past tense sent the event it
    # announces a year back.
    ("Les syndicats ont appelé à une nouvelle journée de mobilisation le 1er mai.",
     date(2023, 4, 14), "2023-05-01"),
    ("Le syndicat a annoncé une grève le 2 avril.", date(2024, 3, 14), "2024-04-02"),
    # Past events stay past, however far back.
    ("Il a été arrêté le 2 octobre.", date(2024, 3, 14), "2023-10-02"),
    ("Il a démissionné le 2 mars.", date(2026, 2, 5), "2025-03-02"),
])
def test_a_call_in_the_past_for_a_coming_day(text: str, published: date, value: str) -> None:
    assert [d.value for d in find_dates(text, published)] == [value]


@pytest.mark.parametrize("text", [
    # Regression (nu3, F-j): the English marker "plan" in a French sentence, nearer than
    # the auxiliary "a", sent a past Monday to the next week.
    "Le maire a annoncé lundi un plan.",
    "Le maire a présenté lundi un plan ambitieux pour les transports publics.",
    "La ministre a déjà annoncé lundi la fermeture de trois usines.",
])
def test_the_compound_past_counts_from_its_participle(text: str) -> None:
    assert [d.value for d in find_dates(text, date(2024, 2, 29))] == ["2024-02-26"]


@pytest.mark.parametrize(("text", "value"), [
    # Regressions (nu3, N7, on the seed dispatch resolved against 2026-11-30): a passive
    # participle with its agent is a done act; a comma-piece with no tense of its own takes
    # its sentence's.
    ("la décision, annoncée en décembre par Donald Trump, de retirer les troupes",
     "2025-12-01"),
    ("cette proclamation a depuis été largement contestée, encore mardi par le "
     "renseignement américain", "2026-11-24"),
    ("Le président, qui a démissionné hier, se rendra mardi à Berlin.", "2026-12-01"),
])
def test_passive_with_agent_and_the_sentence_tense(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, date(2026, 11, 30))][-1] == value


@pytest.mark.parametrize(("text", "value", "granularity"), [
    # Regression (nu3, N14): counted and same-day forms were not recognised at all.
    ("Il y a trois jours, le suspect a été arrêté.", "2024-03-10", "day"),
    ("Le vote aura lieu dans deux semaines.", "2024-03-25", "week"),
    ("Il reviendra dans 3 mois.", "2024-06-01", "month"),
    ("Il y a 40 ans, le mur tombait.", "1984-01-01", "year"),
    ("Two weeks ago, he left.", "2024-02-26", "week"),
    ("Ce matin, le ministre a parlé.", "2024-03-13", "day"),
])
def test_counted_and_same_day_forms(text: str, value: str, granularity: str) -> None:
    assert [(d.value, d.granularity) for d in find_dates(text, date(2024, 3, 13))] == [
        (value, granularity)]

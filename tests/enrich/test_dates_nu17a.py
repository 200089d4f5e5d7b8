"""Dates a held-out tester found false or missed (newuser17a H11, H12, H13), on sentences
written here (other words, same shapes)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from veille.enrich.dates import find_dates

MARCH = date(2026, 3, 17)


def _dates(text: str, published: date = MARCH) -> list[tuple[str, str]]:
    return [(d.value, d.granularity) for d in find_dates(text, published)]


def test_a_verb_of_hoping_puts_the_season_ahead() -> None:
    """H11: "espère … à l'automne" written in March was last autumn."""
    assert _dates("La directrice espère un retour complet des effectifs à l'automne.") == [
        ("2026-09-01", "season")]
    assert _dates("Elle a fermé à l'automne.") == [("2025-09-01", "season")]


def test_already_and_a_participle_put_the_season_behind() -> None:
    """H11: "déjà employée au printemps" written in October was next spring."""
    assert _dates("Un slogan déjà utilisé au printemps.", date(2026, 10, 1)) == [
        ("2026-03-01", "season")]


def test_a_year_phrase_opening_the_sentence_gives_the_season_its_year() -> None:
    """H12: "il y a trois ans, … tout l'été" was this year's summer."""
    assert _dates("Il y a quatre ans, la piscine avait déjà fermé tout l'hiver.") == [
        ("2022-01-01", "year"), ("2022-12-01", "season")]


def test_years_after_more_prepositions_and_before_1900() -> None:
    """H13: "dès 2023", "d'ici à 2100", "en 1898", "par rapport à 2025" were missed."""
    assert _dates("Le collectif avait alerté dès 2019.") == [("2019-01-01", "year")]
    assert _dates("La mer pourrait monter d'un mètre d'ici à 2150.") == [
        ("2150-01-01", "year")]
    assert _dates("La brasserie, fondée à Lille en 1874, ferme.") == [("1874-01-01", "year")]
    assert _dates("Les ventes reculent de 3 % par rapport à 2024.") == [
        ("2024-01-01", "year")]
    assert _dates("Il a couru en 1800 mètres.") == []


@given(st.integers(min_value=1600, max_value=2199))
def test_a_year_after_en_then_a_comma_is_that_year(year: int) -> None:
    assert _dates(f"La maison a été construite en {year}, puis agrandie.") == [
        (f"{year:04d}-01-01", "year")]


def test_aujourd_hui_then_no_longer_is_nowadays() -> None:
    """H14: "sauf qu'aujourd'hui l'or ne tombe plus du ciel" was given the day."""
    assert _dates("La vallée vivait du ski, sauf qu'aujourd'hui la neige ne tient plus.") == []
    assert _dates("Aujourd'hui, le maire a annoncé sa démission.") == [("2026-03-17", "day")]


def test_agency_month_abbreviations_and_the_end_of_a_month() -> None:
    """H13: "on Sept. 22" and "at the end of March" (English agencies) were missed."""
    assert _dates("The plant will close on Oct. 3, the company said.") == [
        ("2026-10-03", "day")]
    # the month's end, from its 21st (r-when53: it was the month's first day)
    assert _dates("Talks will resume at the end of April.") == [("2026-04-21", "month")]
    assert _dates("Il y a sept 22 fois plus de cas.") == []


def test_a_year_phrase_opening_a_clause_after_a_colon_frames_it() -> None:
    """H12: "… n'est pas nouvelle : il y a trois ans, … tout l'été"."""
    assert _dates("Le problème est ancien : il y a cinq ans, la ligne avait fermé tout "
                  "l'automne.") == [("2021-01-01", "year"), ("2021-09-01", "season")]

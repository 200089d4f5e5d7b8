"""Dates mentioned that verify14 found false or missed (V5, V6): a weekday after an incise
of saying that follows a quotation takes the tense of the quoted words (not the incise's);
"le début du mois", "la fin du mois", "la fin de l'année" and compound counts in letters
("il y a vingt-cinq ans", "quatre-vingt-douze") are read. The texts are written for these
tests (other names, same shapes as the user's)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.enrich.dates import find_dates, french_count

THURSDAY = date(2026, 11, 26)
MONDAY = date(2026, 11, 30)
TUESDAY = date(2026, 12, 1)


def _values(text: str, published: date) -> dict[str, tuple[str, str]]:
    return {d.text: (d.value, d.granularity) for d in find_dates(text, published)}


@pytest.mark.parametrize(("text", "published", "mention", "value", "granularity"), [
    # V5: "», a VERB SUBJECT," then the mention: the quoted words' tense decides
    ("« Nous serons au rendez-vous », a promis la présidente du club, en pensant au derby "
     "de dimanche face à Brest.", THURSDAY, "dimanche", "2026-11-29", "day"),
    ("« Nous serons prêts », a affirmé le maire, en référence au conseil de lundi.",
     THURSDAY, "lundi", "2026-11-30", "day"),
    ("« Nous avons manqué notre entame », a regretté le gardien, après le revers de "
     "dimanche face à Brest.", THURSDAY, "dimanche", "2026-11-22", "day"),
    # the inverted incise, both tenses
    ("« Il faudra être solides », a-t-elle prévenu, en vue du déplacement de samedi à "
     "Lorient.", THURSDAY, "samedi", "2026-11-28", "day"),
    ("« Nous avions tout préparé », a-t-il regretté, avant le forfait de samedi à Lorient.",
     THURSDAY, "samedi", "2026-11-21", "day"),
    # V6: month and year bounds
    ("Les ventes ont reculé de 3 % depuis le début du mois, selon la fédération.", MONDAY,
     "le début du mois", "2026-11-01", "month"),
    ("Le chantier doit être achevé d'ici à la fin du mois.", TUESDAY, "la fin du mois",
     "2026-12-21", "month"),  # the month's end, from its 21st (r-when53)
    ("Le syndicat attend une réponse d'ici la fin de l'année.", TUESDAY,
     "la fin de l'année", "2026-12-01", "month"),
    ("Les travaux avaient pris du retard à la fin de l'année dernière.", TUESDAY,
     "la fin de l'année dernière", "2025-12-01", "month"),
    ("Depuis le début de l'année, le trafic a doublé.", TUESDAY,
     "le début de l'année", "2026-01-01", "year"),
    ("Le rapport sera rendu d'ici la fin de la semaine.", TUESDAY, "la semaine",
     "2026-11-30", "week"),
    # V6: compound counts
    ("Il y a vingt-cinq ans, le tramway ne desservait pas Vénissieux.", TUESDAY,
     "Il y a vingt-cinq ans", "2001-01-01", "year"),
    ("Il y a quarante-deux ans, la chorale donnait son premier concert.", TUESDAY,
     "Il y a quarante-deux ans", "1984-01-01", "year"),
    ("Il y a vingt-et-un ans, le pont a été rouvert.", TUESDAY, "Il y a vingt-et-un ans",
     "2005-01-01", "year"),
    ("Il y a vingt et un ans, le pont a été rouvert.", TUESDAY, "Il y a vingt et un ans",
     "2005-01-01", "year"),
    ("Il y a soixante-dix ans, l'usine ouvrait.", TUESDAY, "Il y a soixante-dix ans",
     "1956-01-01", "year"),
    ("Il y a quatre-vingt-douze ans, le journal paraissait pour la première fois.", TUESDAY,
     "Il y a quatre-vingt-douze ans", "1934-01-01", "year"),
    ("Le musée rouvrira dans trente-six jours.", TUESDAY, "dans trente-six jours",
     "2027-01-06", "day"),
])
def test_v5_v6(text: str, published: date, mention: str, value: str,
               granularity: str) -> None:
    assert _values(text, published).get(mention) == (value, granularity)


def test_named_month_or_year_is_not_the_publications() -> None:
    """"au début du mois de mars" is March, "la fin de l'année 2008" is 2008: never the
    publication's month or year."""
    found = _values("Au début du mois de mars, la digue a cédé.", TUESDAY)
    assert "le début du mois" not in found and "début du mois" not in found
    found = _values("La rencontre devait avoir lieu avant la fin de l'année 2008.", TUESDAY)
    assert not any(value.startswith("2026") for value, _ in found.values())


_SMALL = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
          "onze", "douze", "treize", "quatorze", "quinze", "seize"]
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante",
         8: "quatre-vingt"}


def write_french(n: int, reform: bool) -> str:
    """``n`` (1 to 100) in French letters, traditional spelling ("vingt et un") or the 1990
    one (hyphens everywhere: "vingt-et-un")."""
    if n == 100:
        return "cent"
    if n <= 16:
        return _SMALL[n]
    if n < 20:
        return "dix-" + _SMALL[n - 10]
    tens = 6 if 70 <= n < 80 else 8 if n >= 80 else n // 10
    unit = n - tens * 10
    if unit == 0:
        return _TENS[tens] + ("s" if tens == 8 else "")
    join = ("-et-" if reform else " et ") if unit in (1, 11) and tens != 8 else "-"
    return _TENS[tens] + join + write_french(unit, reform)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=100), st.booleans())
def test_french_count_reads_what_is_written(n: int, reform: bool) -> None:
    words = write_french(n, reform)
    assert french_count(words) == n
    found = _values(f"Il y a {words} ans, la ville comptait moins d'habitants.", TUESDAY)
    assert found.get(f"Il y a {words} ans") == (f"{2026 - n}-01-01", "year")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_french_count_never_raises(text: str) -> None:
    value = french_count(text)
    assert value is None or 1 <= value <= 999_999
    find_dates(f"Il y a {text} ans, dans {text} jours.", TUESDAY)


def test_writer_spells_known_numbers() -> None:
    assert [write_french(n, False) for n in (21, 71, 80, 81, 91, 97)] == [
        "vingt et un", "soixante et onze", "quatre-vingts", "quatre-vingt-un",
        "quatre-vingt-onze", "quatre-vingt-dix-sept"]

"""Dates mentioned that newuser12 found resolved a year off or missed (E8, E9, E10): a
future in the past, a prospective with devoir, a weekday after a summons' object, an
incise after the date, a season under way, "d'ici 2030", feasts, "le 1er" alone, year
ranges, and a headline's tenseless mention told again in the body. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from veille.enrich.dates import find_dates


def _found(text: str, published: date) -> dict[str, str]:
    return {d.text: d.value for d in find_dates(text, published)}


@pytest.mark.parametrize(("text", "published", "mention", "value"), [
    # the conditional present of the passive reports what is planned: a future
    ("Le préfet a indiqué mardi que la rocade serait rouverte en novembre.",
     date(2026, 4, 9), "en novembre", "2026-11-01"),
    # an alleged act with an être verb stays on the past side (nearest without tense)
    ("Le suspect serait parti vendredi.", date(2026, 4, 9), "vendredi", "2026-04-03"),
    # devoir / aller in the imperfect + infinitive: no tense, the nearest day
    ("La navigatrice devait arriver à Brest le 2 mai.", date(2026, 4, 20), "2 mai",
     "2026-05-02"),
    ("Le procès devait s'ouvrir le 3 mars, il a été reporté.", date(2026, 3, 10),
     "3 mars", "2026-03-03"),
    # a summons with a determiner before its object: the weekday is the meeting's
    ("Le président a convoqué les syndicats lundi matin.", date(2026, 9, 2), "lundi matin",
     "2026-09-07"),
    # the incise after the date reports the saying; the verb before it governs the date
    ("Le concert aura lieu à Nîmes, aux arènes, le 14 juin, a précisé l'organisateur.",
     date(2026, 9, 2), "14 juin", "2027-06-14"),
    # a date fronted before its clause still takes the verb after it
    ("Samedi, les pompiers ont maîtrisé le feu.", date(2026, 9, 2), "Samedi", "2026-08-29"),
    # a season under way is still ahead of what is coming in it; "prochain" is the next
    ("La course ne se tiendra pas cet automne, ni à l'automne.", date(2026, 10, 5),
     "l'automne", "2026-09-01"),
    ("L'automne prochain sera décisif.", date(2026, 10, 5), "L'automne prochain",
     "2027-09-01"),
    # deadlines and feasts
    ("La région veut 500 bornes d'ici 2028.", date(2026, 1, 5), "d'ici 2028", "2028-01-01"),
    ("La ligne sera rouverte d'ici juin.", date(2026, 1, 5), "d'ici juin", "2026-06-01"),
    ("Les colis arriveront avant Noël.", date(2026, 10, 5), "Noël", "2026-12-25"),
    ("Les stocks seront reconstitués d'ici la Toussaint.", date(2026, 6, 5),
     "la Toussaint", "2026-11-01"),
    ("The parcels will arrive before Christmas.", date(2026, 10, 5), "Christmas",
     "2026-12-25"),
    # "le 1er" alone is the first of a month
    ("Les loyers augmenteront le 1er.", date(2026, 6, 24), "le 1er", "2026-07-01"),
    ("La région veut 500 bornes d'ici à 2028.", date(2026, 1, 5), "d'ici à 2028",
     "2028-01-01"),
    ("Il y a un an jour pour jour, la digue cédait.", date(2026, 11, 27),
     "Il y a un an jour pour jour", "2025-11-27"),
    ("Il y a un an, la digue cédait.", date(2026, 11, 27), "Il y a un an", "2025-01-01"),
    # year ranges
    ("Entre 2015 et 2019, les ventes ont doublé.", date(2026, 6, 24), "et 2019",
     "2019-01-01"),
])
def test_dates_newuser12(text: str, published: date, mention: str, value: str) -> None:
    found = _found(text, published)
    assert found.get(mention) == value, found


def test_first_name_and_ordinals_are_no_dates() -> None:
    assert _found("Noël Mamère a parlé à Noël Le Graët.", date(2026, 6, 1)) == {}
    assert "le 1er" not in _found("Le 1er tour aura lieu le 1er arrondissement.",
                                  date(2026, 6, 1))
    assert _found("Elle a obtenu 3 à 2020 voix près.", date(2026, 6, 1)) == {}


def test_a_headlines_tenseless_mention_takes_the_bodys_date() -> None:
    text = ("Nantes : la nouvelle passerelle ouverte en septembre\n\n"
            "La métropole a confirmé lundi que la passerelle serait ouverte en septembre. "
            "Les travaux avaient commencé en janvier.")
    found = find_dates(text, date(2026, 3, 12))
    assert [(d.text, d.value) for d in found if "septembre" in d.text] == [
        ("en septembre", "2026-09-01"), ("en septembre", "2026-09-01")]

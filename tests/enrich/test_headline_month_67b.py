"""A bare month just ended is past unless the text says future, and a headline's yearless
date is the body's same words' (h-enrich67b, t-final67 F3: "Uffizi, record di visitatori a
novembre", published 1 December 2026, read 2027-11 in the headline and 2026-11 in the body)."""

from __future__ import annotations

from datetime import date

import pytest

from veille.enrich.dates import find_dates

CASES = [
    ("it", "Uffizi, record di visitatori a novembre: oltre 400mila ingressi\n\nLe Gallerie "
     "hanno registrato a novembre oltre 400mila ingressi.", date(2026, 12, 1), "novembre",
     "2026-11-01"),
    ("es", "Las ventas de coches caen en noviembre\n\nLas matriculaciones cayeron en "
     "noviembre un 8%.", date(2026, 12, 2), "noviembre", "2026-11-01"),
    ("pt", "Desemprego recua em novembro\n\nO desemprego recuou em novembro.",
     date(2026, 12, 3), "novembro", "2026-11-01"),
    ("de", "Inflation steigt im November\n\nDie Preise sind im November gestiegen.",
     date(2026, 12, 1), "November", "2026-11-01"),
    ("ca", "Rècord de turistes a l'octubre\n\nBarcelona va rebre a l'octubre més turistes.",
     date(2026, 11, 2), "octubre", "2026-10-01"),
    ("it", "Fatturato, crescita a dicembre\n\nIl fatturato è cresciuto a dicembre.",
     date(2027, 1, 5), "dicembre", "2026-12-01"),
    # two months back: the month rule leaves it ahead, the body's past reading decides
    ("it", "Industria, balzo a ottobre\n\nLa produzione è salita a ottobre del 3%.",
     date(2026, 12, 10), "ottobre", "2026-10-01"),
    ("es", "Turismo récord en septiembre\n\nLlegaron en septiembre 9 millones de turistas.",
     date(2026, 11, 20), "septiembre", "2026-09-01"),
    # the text says future: kept ahead
    ("it", "La mostra riaprirà a novembre\n\nLa mostra riaprirà a novembre del prossimo "
     "anno.", date(2026, 12, 1), "novembre", "2027-11-01"),
    ("de", "Der Markt öffnet wieder im November\n\nDer Markt wird im November wieder "
     "öffnen.", date(2026, 12, 1), "November", "2027-11-01"),
]


@pytest.mark.parametrize(("language", "text", "published", "words", "expected"), CASES)
def test_one_phrase_is_one_date(language: str, text: str, published: date, words: str,
                                expected: str) -> None:
    values = [d.value for d in find_dates(text, published, language=language)
              if words.lower() in d.text.lower()]
    assert values and set(values) == {expected}, values


def test_a_headline_whose_body_disagrees_with_itself_keeps_its_reading() -> None:
    text = ("Sciopero venerdì\n\nLo sciopero di venerdì scorso è riuscito; un altro è "
            "previsto venerdì prossimo.")
    found = find_dates(text, date(2026, 12, 2), language="it")
    head = [d for d in found if d.start < text.index("\n")]
    assert len(head) == 1 and head[0].value in ("2026-11-27", "2026-12-04")

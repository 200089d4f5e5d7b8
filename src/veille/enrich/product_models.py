"""Product and model names: letters and digits, a designation, not a firm nor a place
(t-final51 A7: "l'A320neo" was an organisation).

Makers name their aircraft, cars, phones and engines by a type designation that mixes
letters and a number ("A320neo", "B747", "A350F", "e208", "Galaxy S26", "737-10"): ICAO's
aircraft type designators (Doc 8643) are such codes, and so are car and phone model
names. A name is a model's when its last word is one:

- letters and a number of three digits or more ("A380", "B747", "A350F", "SBF120"),
  lower-case letters glued to a number ("A330neo", "e208", "Su57"), or a letter and a
  number after the brand's word ("Galaxy S26");
- a bare number of three digits or more (maybe "-" and a variant) after the brand's word
  ("Boeing 737-10", "Peugeot 208"), which is no year (1800-2099: "Paris 2024" is the
  Games, "France 24" and "Europe 1" are channels, two digits or fewer).

One or two digits after a capital stay names ("TF1", "M6", "G20", "COP30", "DS7"): they
are channels, groups and summits as often as models. A body's class noun before the name
("l'association L214", "la chaîne W9") keeps it an organisation (the caller checks it).
"""

from __future__ import annotations

import re

__all__ = ["model_name"]

_LETTERS_NUMBER = re.compile(r"(?P<pre>[^\W\d_]{1,3})-?(?P<num>\d{2,4})(?P<post>[^\W\d_]{0,4})")
_NUMBER = re.compile(r"(?P<num>\d{3,4})(?:-\d{1,3})?(?P<post>[^\W\d_]{0,4})")


def _year(number: str) -> bool:
    return len(number) == 4 and 1800 <= int(number) <= 2099


def model_name(name: str) -> bool:
    """Whether ``name`` is a product's or model's designation (module docstring)."""
    words = name.split()
    if not words:
        return False
    last = words[-1]
    brand = len(words) > 1 and all(w[:1].isupper() for w in words[:-1])
    number = _NUMBER.fullmatch(last)
    if number is not None:
        return brand and not _year(number.group("num"))
    coded = _LETTERS_NUMBER.fullmatch(last)
    if coded is None or _year(coded.group("num")):
        return False
    glued_lower = any(c.islower() for c in coded.group("pre")[-1:] + coded.group("post")[:1])
    return len(coded.group("num")) >= 3 or glued_lower or brand

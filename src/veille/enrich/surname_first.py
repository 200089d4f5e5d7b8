"""Names written surname first, the surname in capitals: "DUPONT Jean-Pierre".

French court reports, administrative orders (arrêtés, the *Journal officiel*'s
nominations) and lists write a person's surname first and in capitals, then the given
name: "DUPONT Jean-Pierre, 58 ans, a témoigné à la barre", "M. BERNARD Philippe est nommé
sous-préfet". The person is Jean-Pierre Dupont (t-final22 F11: veille kept "Jean-Pierre",
a given name alone, and lost the surname). This module finds such names beside the
recogniser's spans (:func:`surname_first_spans`) and gives them their usual order
(:func:`given_name_order`): "Jean-Pierre Dupont", the form the rest of the press writes,
so that both writings are one person.

An acronym is no surname: "la CGT Jean-Pierre …", "SNCF Réseau", "l'AFP Marie …" are
told apart by what French writes around an acronym (an article before it: "la CGT",
"le PSG"), by its letters (no vowel: "DRH", "PDG"), by the alias table (which knows
"CGT", "SNCF", "AFP") and by the given name: a known one (``known_given_name``) not
followed by another capitalised word ("la CGT Jean Dupont" is a body and a person named
in the usual order).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Span = tuple[int, int, str]

_CAPS_WORD = r"[A-ZÀ-ÖØ-Þ](?:[A-ZÀ-ÖØ-Þ]|['’-](?=[A-ZÀ-ÖØ-Þ]))+"
SURNAME_FIRST = re.compile(
    r"(?<![\w'’-])(" + _CAPS_WORD + r"(?:[ \u00a0]" + _CAPS_WORD + r")?)[ \u00a0]+"
    r"([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)(?![\w'’-])")
"""One or two words in capitals, then a capitalised given name (maybe hyphenated):
"DUPONT Jean-Pierre", "LE GALL Marie", "N'DIAYE Awa"."""
_ARTICLE_BEFORE = re.compile(
    r"(?:(?<![\w'’])(?:le|la|les|du|des|au|aux|un|une|son|sa|ses|leur|leurs|ce|cette)"
    r"[ \u00a0]+|(?<![\w'’])[lLdD]['’])$", re.IGNORECASE)
"""An article (or possessive, demonstrative) right before the capitals: an acronym's
("la CGT", "le PSG", "l'AFP"); a surname written first takes none."""
_CAPITALISED_AFTER = re.compile(r"[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w'’-]")
_VOWEL = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ü]")


def _plausible_surname(caps: str, is_alias: Callable[[str], bool]) -> bool:
    words = caps.split()
    return all(len(w) >= 2 and _VOWEL.search(w) for w in words) \
        and not is_alias(caps) and not any(is_alias(w) for w in words)


def surname_first_spans(text: str, found: list[Span], is_alias: Callable[[str], bool],
                        is_given_name: Callable[[str], bool]) -> list[Span]:
    """``found`` (the recogniser's spans ``(start, end, label)``) with each name written
    surname first (:data:`SURNAME_FIRST`) as one person's span: a span of the given name
    alone, or of part of the name, grows to hold the capitals; a name no span holds is
    added. Kept out: capitals after an article (:data:`_ARTICLE_BEFORE`), without a
    vowel, or that the alias table knows (``is_alias``: "CGT", "SNCF"); a given name
    ``is_given_name`` does not know, or that a capitalised word follows ("CGT Jean
    Dupont", a line in capitals). A surname that is also a given name counts ("BERNARD Philippe",
    "MARTIN Sophie"). The spans inside the name go, whatever their label (the model reads
    "DUPONT" alone as a place); a span that crosses the name's edges leaves the text as
    the model read it."""
    out = list(found)
    for match in SURNAME_FIRST.finditer(text):
        caps, given = match.group(1), match.group(2)
        start, end = match.start(), match.end()
        if _ARTICLE_BEFORE.search(text, max(0, start - 8), start) \
                or not is_given_name(given) \
                or _CAPITALISED_AFTER.match(text, end) \
                or not _plausible_surname(caps, is_alias):
            continue
        inside = [f for f in out if start <= f[0] and f[1] <= end]
        crossing = [f for f in out if f not in inside and f[0] < end and start < f[1]]
        if crossing:
            continue  # the model's reading of a longer name stands
        out = [f for f in out if f not in inside] + [(start, end, "PER")]
    return sorted(out)


def given_name_order(name: str, is_given_name: Callable[[str], bool]) -> str:
    """``name`` in the usual order when it is written surname first in capitals
    ("DUPONT Jean-Pierre" → "Jean-Pierre Dupont", "LE GALL Marie" → "Marie Le Gall"),
    the surname in title case; else ``name`` unchanged."""
    match = SURNAME_FIRST.fullmatch(name.strip())
    if match is None or not is_given_name(match.group(2)):
        return name
    surname = re.sub(r"[^\W\d_]+", lambda w: w.group().capitalize(), match.group(1))
    return f"{match.group(2)} {surname}"

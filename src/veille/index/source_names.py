"""How a ``source:`` value matches an outlet's name: case, accents and a domain suffix
aside (t-final27 F11: ``source:"Le Monde"`` found nothing for a page declaring
``og:site_name`` "Le Monde.fr").

Outlets write their name with their domain's suffix ("Le Monde.fr", "Franceinfo.fr",
"Mediapart.fr") or without, and readers type it with or without accents ("Liberation",
"Libération"). The index keeps the names as the pages declare them (lower-cased), so the
match is a regular expression over the stored keys: each letter of the folded value
matches its accented forms, an apostrophe either apostrophe, and an optional domain suffix
(``.`` and 2 to 6 letters, IANA's country and generic top-level domains' usual lengths)
may follow. A leading article ("Le", "La", "Les", "L'", "The") is optional on both
sides, and a space and a dash are one sign (t-final29 U3: ``source:"Nouvelle République"``
found nothing of "La Nouvelle République", ``source:"Var Matin"`` nothing of "Var-Matin"):
readers drop the article of a masthead as they drop its accents. Two different outlets
still never match one value: the whole stored key must match, so "Le Monde" never
matches "Le Monde diplomatique", nor "Monde" "lemonde.fr". The same pattern serves both
search backends (tantivy's regex queries match a whole term; PostgreSQL's ``~`` is
anchored with ``^``/``$`` by :func:`anchored`).
"""

from __future__ import annotations

import re

from veille.enrich.text import fold

ACCENTED = {
    "a": "aàâäáãå", "c": "cç", "e": "eéèêë", "i": "iîïíì", "n": "nñ", "o": "oôöóòõø",
    "u": "uùûüú", "y": "yÿý"}
"""The letters of Latin-script outlet names with the accented forms they are typed
without (French, Spanish, Portuguese, Italian, German, Nordic)."""
DOMAIN_SUFFIX = re.compile(r"\.[a-z]{2,6}$")
"""A domain's suffix at a name's end (".fr", ".com", ".info")."""
_SAFE = re.compile(r"[\w .'’&-]+")
_ARTICLE = re.compile(r"^(?:(?:le|la|les|the)\s+|l['’]\s*)(?=\w)")
"""A leading French or English article of a name, as folded."""
OPTIONAL_ARTICLE = r"((le|la|les|the) |l['’])?"
"""The article a stored key may open with, matched or not."""


def _letter(ch: str) -> str:
    if ch in ACCENTED:
        return f"[{ACCENTED[ch]}]"
    if ch in "'’":
        return "['’]"
    if ch in " -":
        return "[ -]"
    if ch == ".":
        return "[.]"
    return ch


def name_pattern(value: str, *, host_like: bool = False) -> str | None:
    """The regular expression (unanchored; a whole key must match) of the stored source
    keys ``value`` names: its folded letters each matching their accented forms, its
    domain suffix optional ("le monde" and "le monde.fr" match both); for a ``host_like``
    value (one word, dots), as written, with any subdomain before and suffix after
    ("lemonde" matches "lemonde.fr" and "www2.lemonde.fr", "liberation" "libération"); a
    leading article optional ("nouvelle republique" matches "la nouvelle république",
    "progrès" "le progrès").
    None when ``value`` holds a sign outside letters, digits, spaces, apostrophes,
    ``.``, ``-`` and ``&`` (matched exactly instead)."""
    if not _SAFE.fullmatch(value):
        return None
    base = fold(value)
    if not base or not _SAFE.fullmatch(base):
        return None
    if host_like:
        return rf"(.*[.]|{OPTIONAL_ARTICLE[:-1]})?{''.join(_letter(ch) for ch in base)}([.].*)?"
    base = _ARTICLE.sub("", base) or base
    body = "".join(_letter(ch) for ch in DOMAIN_SUFFIX.sub("", base) or base)
    return rf"{OPTIONAL_ARTICLE}{body}([.][a-z]{{2,6}})?"


def anchored(pattern: str) -> str:
    """``pattern`` matching a whole string for PostgreSQL's ``~``."""
    return f"^(?:{pattern})$"

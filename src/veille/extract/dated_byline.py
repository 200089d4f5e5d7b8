"""A date and a byline printed on one line, the byline closed by the outlet or the desk:
"Samedi 7 février 2026 à 16:30 - Par Élodie Ferrand, France Bleu Drôme Ardèche" (France
Bleu's and ici's layout), "March 4, 2026 at 7:45 PM - By NAME, Harbour Radio News Desk",
"Jueves 12 de marzo de 2026 a las 11:20 - Por NAME, Radio X", "Montag, 16. März 2026,
14:10 Uhr – Von NAME, Radio X Redaktion".

The date covers too little of such a line for it to be a dateline by its shape
(:func:`veille.extract.dates.date_coverage` under 0.3 once the outlet's name is long),
and it is too long and starts with no formula for a byline: it was dropped as a menu's
link, and the article lost its date and its author (t-final59 #1). Both parts are read
here: :func:`dated_byline` says a line is one, :func:`dated_byline_names` gives its
byline without the outlet or the desk after the names.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from veille.extract.bylines import is_person, restore_case
from veille.extract.dates import date_coverage
from veille.lazy_re import lazy_compile

#: The byline's formula after the date, in veille's languages: Par (fr), By (en), Por
#: (es, pt), Di (it), Von (de), Door (nl), after a space or a separator.
_FORMULA = lazy_compile(r"(?i)\s(?:[-–—|·•]\s+)?(?:par|by|por|di|von|door)\s+(?=[^\W\d_])")
#: A separator between the names and what closes the byline (the outlet, the desk).
_CLOSE = lazy_compile(r",\s+|\s[-–—|·•/]\s")
#: "and" between two authors' names: the first name is read alone.
_AND = lazy_compile(r"(?i)\s(?:et|and|y|e|und|en|и)\s")
#: A meta line is short: a longer line is text (and the search stays linear).
LINE_CHARS = 200
#: The byline part, at most this many words (names, then an outlet or a desk).
BYLINE_WORDS = 14
#: The date part must be mostly a date, as a dateline's shape asks (textshape.is_dateline).
DATE_COVERAGE = 0.3
#: Words that make a part after the names an outlet or a desk, never a person ("Radio
#: Vallée Isère" passes :func:`~veille.extract.bylines.is_person`: "Radio" reads as a name).
_DESK_WORDS = frozenset("""radio rádio tv télé télévision television televisión televisione
    news info infos rédaction redaction redacción redazione redação redaktion desk newsroom
    bureau service journal jornal diario diário giornale zeitung ici""".split())


def _split(text: str) -> tuple[str, str]:
    """(date part, byline part after the formula) of ``text``, or ("", "")."""
    if len(text) > LINE_CHARS or not any(c.isdigit() for c in text):
        return "", ""
    for found in _FORMULA.finditer(text):
        date = text[:found.start()].strip(" -–—|·•,")
        names = text[found.end():].strip(" .")
        if not date or not any(c.isdigit() for c in date):
            continue
        if len(names.split()) > BYLINE_WORDS or date_coverage(date) < DATE_COVERAGE:
            return "", ""
        first = _AND.split(_CLOSE.split(names, maxsplit=1)[0], maxsplit=1)[0].strip()
        if 2 <= len(first.split()) <= 5 and is_person(restore_case(first)):
            return date, names
        return "", ""
    return "", ""


def dated_byline(text: str) -> bool:
    """Whether ``text`` is a date, then a byline formula and a person's name (two to five
    words, :func:`~veille.extract.bylines.is_person`), maybe followed by an outlet or a
    desk: "Samedi 7 février 2026 à 16:30 - Par Élodie Ferrand, France Bleu Drôme Ardèche".
    The date part must be mostly a date (:data:`DATE_COVERAGE`), the line at most
    :data:`LINE_CHARS` characters, the byline :data:`BYLINE_WORDS` words."""
    return bool(_split(text)[1])


def _outlet_part(part: str, page_blocks: Collection[str],
                 fold: Callable[[str], str] | None = None) -> bool:
    """Whether ``part``, after the names, is the outlet or the desk: it holds a word of
    :data:`_DESK_WORDS`, or it (or its first two words or more) is a block printed on the
    page by itself (``page_blocks``, folded by ``fold``: its masthead)."""
    words = part.split()
    if any(w.casefold().strip(".,") in _DESK_WORDS for w in words):
        return True
    if fold is None or not page_blocks:
        return False
    return any(fold(" ".join(words[:k])) in page_blocks for k in range(len(words), 1, -1))


def dated_byline_names(text: str, page_blocks: Collection[str] = (),
                       fold: Callable[[str], str] | None = None) -> str:
    """The byline of a :func:`dated_byline` line as "Par NAMES", the outlet or the desk
    after the names left out (:func:`_outlet_part`: "Par Élodie Ferrand" of "… - Par
    Élodie Ferrand, France Bleu Drôme Ardèche"); "" when ``text`` is no such line."""
    names = _split(text)[1]
    if not names:
        return ""
    parts = [p.strip() for p in _CLOSE.split(names) if p.strip()]
    while len(parts) > 1 and _outlet_part(parts[-1], page_blocks, fold):
        parts.pop()
    return "Par " + ", ".join(parts)

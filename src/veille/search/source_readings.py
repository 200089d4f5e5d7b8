"""Whether a ``source:`` value names a stored outlet name another way than the index's
pattern reads it (:func:`veille.index.source_names.name_pattern`: case, accents, an
article, a domain suffix aside): t-final52b B2, ``source:"France 3"`` and
``source:france3`` found nothing of "France 3 Auvergne-Rhône-Alpes",
``source:"Süddeutsche"`` nothing of the "Süddeutsche Zeitung", a romanised name nothing
of a masthead in Cyrillic ("РИА Новости").

A value names a stored name when, both squeezed (folded, a leading article dropped, only
letters and digits kept: "France 3" and ``france3`` are ``france3``), the value is

- the name read in Latin letters: Cyrillic romanised by BGN/PCGN (:data:`CYRILLIC`:
  "РИА Новости" → "RIA Novosti"), German umlauts written as their digraphs, DIN 5007-2
  (:data:`UMLAUTS`: "Süddeutsche" → "Sueddeutsche"), or folded (``ü`` → ``u``);
- or the name's first words (its masthead), when the words after them open with a
  capital or a digit: an edition ("France 3" of "France 3 Auvergne", "Le Monde" of
  "Le Monde Afrique") or the rest of a proper name ("Süddeutsche" of "Süddeutsche
  Zeitung"). A masthead followed by a lower-case word is another title ("Le Monde" is
  not "Le Monde diplomatique"), a masthead ends in a capital or a number ("La Voix du"
  is none of "La Voix du Nord"), and a masthead of one
  word needs :data:`MIN_MASTHEAD_LETTERS` letters or a digit ("Sud" is not "Sud Ouest").
"""

from __future__ import annotations

import functools
import re

from veille.enrich.text import fold

CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "w"}
"""Lower-case Cyrillic letters → Latin: the BGN/PCGN romanization of Russian (1947), with
the Ukrainian and Belarusian letters of their BGN/PCGN systems (``і``, ``ї``, ``є``,
``ґ``, ``ў``); diacritics of the optional forms left out, as names are written in the
press ("RIA Novosti", "Izvestiya")."""
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
"""German letters → the digraphs that replace them (DIN 5007-2): "Sueddeutsche"."""
MIN_MASTHEAD_LETTERS = 8
"""The fewest letters of a one-word masthead without a digit ("Süddeutsche"): a shorter
word ("Sud", "Paris") is too common to name one outlet by itself."""
_ARTICLE = re.compile(r"^(?:(?:le|la|les|the|der|die|das|el|il|lo)\s+|l['’]\s*)",
                      re.IGNORECASE)
_WORD = re.compile(r"\S+")
_TRANSLATE = str.maketrans(CYRILLIC | {k.upper(): v.capitalize() for k, v in CYRILLIC.items()})
_DIGRAPHS = str.maketrans(UMLAUTS | {k.upper(): v.capitalize() for k, v in UMLAUTS.items()
                                              if len(k.upper()) == 1})


def squeezed(text: str) -> str:
    """``text`` folded, its leading article dropped, letters and digits only."""
    return re.sub(r"[\W_]+", "", fold(_ARTICLE.sub("", text.strip())))


def _spellings(name: str) -> tuple[str, ...]:
    """``name`` as written, romanised, and with German digraphs (each once)."""
    return tuple(dict.fromkeys((name, name.translate(_TRANSLATE), name.translate(_DIGRAPHS))))


@functools.lru_cache(maxsize=4096)
def readings(name: str) -> frozenset[str]:
    """The squeezed values that name the stored name ``name`` (see the module's rules):
    its spellings whole, and its mastheads."""
    out: set[str] = set()
    for spelling in _spellings(name):
        out.add(squeezed(spelling))
        words = [m for m in _WORD.finditer(spelling)]
        for cut in range(1, len(words)):
            rest, last = words[cut].group(), words[cut - 1].group()
            if not all(w[:1].isupper() or w[:1].isdigit() for w in (rest, last)):
                continue
            head = spelling[:words[cut - 1].end()]
            key = squeezed(head)
            if key and (cut >= 2 or len(key) >= MIN_MASTHEAD_LETTERS
                        or any(c.isdigit() for c in key)):
                out.add(key)
    out.discard("")
    return frozenset(out)


def names_outlet(value: str, name: str) -> bool:
    """Whether the ``source:`` value ``value`` names the stored outlet name ``name``
    another way than the index's own pattern (the module's rules). A value of one short
    word without a digit names none by masthead ("Sud")."""
    key = squeezed(value)
    if not key or fold(value.strip()) == fold(name.strip()):
        return False
    return key in readings(name)


def romanised(name: str) -> str:
    """``name`` with its Cyrillic letters romanised (:data:`CYRILLIC`), else as is."""
    return name.translate(_TRANSLATE)


def names_host_in_latin(name: str, host: str) -> bool:
    """Whether the stored name ``name``, written in Cyrillic, is the outlet of ``host``:
    its first words romanised spell the host's first label ("РИА Новости" → "RIA
    Novosti" of ``ria.ru``; "ТАСС" of ``tass.ru``). Names in Latin letters are read by
    :func:`veille.outlet_names.same_outlet`."""
    latin = romanised(name)
    if latin == name:
        return False
    label = squeezed(host.removeprefix("www.").split(".")[0])
    words = latin.split()
    return bool(label) and any(squeezed(" ".join(words[:cut])) == label
                               for cut in range(1, len(words) + 1))


def host_labels(host: str) -> frozenset[str]:
    """The parts of ``host``'s labels ("france3-regions.francetvinfo.fr" → france3,
    regions, francetvinfo, fr): a value one of them spells may name the host's
    editions."""
    return frozenset(p for p in re.split(r"[.-]+", host.lower()) if p)

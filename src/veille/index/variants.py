"""Query-side spellings of one French word: what else a query word may be written as in
the articles, where the index analysis (Snowball French, :mod:`veille.index.analysis`)
leaves the two forms apart.

Applied to the parsed query (:func:`with_variants`, called by
:func:`veille.index.query.parse_query`), so the CLI, the API, the web UI, the facets and
the alerts read a query the same way on both backends, and the index is untouched (no
format change). A word becomes ``word OR variant...``; a phrase becomes the phrase OR the
phrase with its words so replaced (at most :data:`MAX_PHRASE_VARIANTS`).

The rules, each from a written source, never from the corpora measured:

- **Plurals in -x and irregular plurals** (Grevisse, *Le Bon Usage*, §§ 505-507): nouns
  in ``-eu``/``-au`` take ``-x`` (``feu``/``feux``, ``jeu``/``jeux``, ``lieu``/``lieux``),
  a few ``-s`` (``bleu``/``bleus``, ``pneu``/``pneus``, ``landau``/``landaus``); seven
  nouns in ``-ail`` make ``-aux`` (``bail``, ``corail``, ``émail``, ``soupirail``,
  ``travail``, ``vantail``, ``vitrail``); ``œil``/``yeux``, ``ciel``/``cieux``,
  ``aïeul``/``aïeux``. Snowball French strips a plural ``-x`` only in ``-aux``/``-eaux``
  within its RV region and never a ``-s`` after ``u``, so these stay apart in the index.
- **Ordinals** (Imprimerie nationale, *Lexique des règles typographiques en usage à
  l'Imprimerie nationale*, « Nombres ordinaux »): ``3e`` is the abbreviation; ``3ème``,
  ``3eme``, ``3è`` are the common other spellings, ``IIIe`` the roman one (centuries,
  arrondissements); ``1er``/``1re`` (``1ère``, ``1ere``).
- **Times of day** (same *Lexique*, « Heure »: ``14 h 30``, and the press's ``14h30``):
  ``2 h 30`` and ``2h30``, ``14 h`` and ``14h`` are one time.
- **Transliterations from Arabic** with both spellings in the dictionaries (Larousse and
  *Le Petit Robert*: « djihad ou jihad », « hidjab ou hijab », « moudjahid ou
  moujahid »): the ``dj`` of French tradition and the ``j`` of English and the agencies.
"""

from __future__ import annotations

import re
from itertools import product

from veille.index.query import TIME_OF_DAY, And, Node, Not, Or, Phrase, Word

MAX_PHRASE_VARIANTS = 8
"""At most this many phrases (the one typed included) stand for one quoted phrase."""

_IRREGULAR = (("bail", "baux"), ("corail", "coraux"), ("émail", "émaux"),
              ("soupirail", "soupiraux"), ("travail", "travaux"), ("vantail", "vantaux"),
              ("vitrail", "vitraux"), ("œil", "yeux"), ("ciel", "cieux"), ("aïeul", "aïeux"))
"""Grevisse § 506-507: the irregular plurals (singular, plural)."""
_PLURAL_OF = {s: p for s, p in _IRREGULAR} | {p: s for s, p in _IRREGULAR}
_NOT_PLURALS = frozenset(("eux", "ceux", "deux", "yeux", "peux", "veux", "mieux", "vieux",
                          "peu", "aux", "au", "eu", "jeux-vidéo"))
"""Words in ``-eu(x)``/``-au`` that are no singular or plural of each other (pronouns,
numbers, verb forms: ``peu``/``peux``)."""
_TRANSLITERATIONS = (("djihad", "jihad"), ("hidjab", "hijab"), ("moudjahid", "moujahid"))
"""(French-tradition, agency) prefixes of the words with both spellings in Larousse."""
_ORDINAL = re.compile(r"^(\d{1,4}|[IVXLC]{1,7})(e|è|ème|eme|ieme|ième|er|re|ère|ere)$")
_ROMAN = (("C", 100), ("XC", 90), ("L", 50), ("XL", 40), ("X", 10), ("IX", 9), ("V", 5),
          ("IV", 4), ("I", 1))
MAX_ROMAN = 39
"""Roman ordinals are read and written up to this (``XXXIXe``): ``Le`` and ``Ce`` (``L``,
``C``) are words; ``VIe`` (``vie`` once folded) is left out, a word of its own."""
_TIME = TIME_OF_DAY


def _roman(value: int) -> str:
    out = ""
    for letters, amount in _ROMAN:
        while value >= amount:
            out += letters
            value -= amount
    return out


def _from_roman(text: str) -> int | None:
    value, at = 0, 0
    for letters, amount in _ROMAN:
        while text.startswith(letters, at):
            value += amount
            at += len(letters)
    return value if at == len(text) and _roman(value) == text else None


def ordinal_spellings(word: str) -> list[str]:
    """The spellings of the ordinal ``word`` (``3ème`` → ``3e``, ``3è``, ``3ème``,
    ``3eme``, ``IIIe``; ``1re`` → ``1er``, ``1re``, ``1ère``), or [] when it is none. A roman
    numeral counts only in capitals (``IIIe``; ``vie`` is a word)."""
    match = _ORDINAL.match(word)
    if match is None:
        return []
    number, suffix = match.groups()
    value = int(number) if number.isdigit() else _from_roman(number)
    if not value or (number.isdigit() and number.startswith("0")) \
            or (not number.isdigit() and (value > MAX_ROMAN or value == 6)):
        return []  # "Le", "Ce" (L, C: 50, 100) are words; "VIe" is "vie" once folded
    first = suffix in ("er", "re", "ère", "ere")
    if first != (value == 1) and not (value == 1 and suffix == "e"):
        return []
    suffixes = ("er", "re", "ère", "ere") if value == 1 else ("e", "è", "ème", "eme")
    out = [f"{value}{s}" for s in suffixes]
    if value <= MAX_ROMAN and value != 6:
        out.append(f"{_roman(value)}{suffixes[0]}")
    return [w for w in out if w != word]


def time_spellings(text: str) -> list[str]:
    """The other spelling of the time of day ``text`` when it is one whole (``2 h 30`` →
    ``2h30``, ``14h`` → ``14 h``), or []."""
    match = _TIME.fullmatch(text)
    if match is None:
        return []
    hours, minutes = match.group(1), match.group(2) or ""
    spaced = f"{hours} h {minutes}".rstrip()
    joined = f"{hours}h{minutes}"
    return [w for w in (joined, spaced) if w != text]


def word_spellings(word: str) -> list[str]:
    """The other spellings of one query word (see the module docstring), lower-cased, the
    word itself excluded; [] for most words."""
    out = ordinal_spellings(word)
    if out:
        return out
    lower = word.lower()
    if lower in _NOT_PLURALS or not lower.isalpha():
        return []
    found: list[str] = []
    if lower in _PLURAL_OF:
        found.append(_PLURAL_OF[lower])
    elif len(lower) >= 3 and lower.endswith(("eu", "au")) and not lower.endswith("eau"):
        found += [lower + "x", lower + "s"]
    elif len(lower) >= 4 and lower.endswith(("eux", "eus", "aux", "aus")) \
            and not lower.endswith("eaux"):
        found.append(lower[:-1])
    for french, agency in _TRANSLITERATIONS:
        for have, other in ((french, agency), (agency, french)):
            if lower.startswith(have):
                found.append(other + lower[len(have):])
    return [w for w in dict.fromkeys(found) if w != lower]


_PHRASE_WORD = re.compile(r"[^\W_]+")


def phrase_spellings(text: str) -> list[str]:
    """``text`` with its times of day and words written the other ways
    (:func:`time_spellings`, :func:`word_spellings`): the phrase itself first, at most
    :data:`MAX_PHRASE_VARIANTS` in all."""
    spans: list[tuple[int, int, list[str]]] = []
    taken: set[int] = set()
    for match in _TIME.finditer(text):
        spans.append((match.start(), match.end(), time_spellings(match.group())))
        taken.update(range(match.start(), match.end()))
    for match in _PHRASE_WORD.finditer(text):
        if match.start() in taken:
            continue
        others = word_spellings(match.group())
        if others:
            spans.append((match.start(), match.end(), others))
    if not spans:
        return [text]
    spans.sort()
    pieces: list[list[str]] = []
    at = 0
    for start, end, others in spans:
        pieces.append([text[at:start]])
        pieces.append([text[start:end], *others])
        at = end
    pieces.append([text[at:]])
    out: list[str] = []
    for choice in product(*pieces):
        out.append("".join(choice))
        if len(out) >= MAX_PHRASE_VARIANTS:
            break
    return out


def with_variants(node: Node) -> Node:
    """``node`` with each plain word and phrase OR-ed with its other spellings (a prefix
    ``w*`` is left as typed); nodes without any are returned as they are."""
    if isinstance(node, Word) and not node.prefix:
        if _TIME.fullmatch(node.text):
            others = time_spellings(node.text)
            return Or(tuple(Phrase(t, node.field) if " " in t else Word(t, node.field)
                            for t in (node.text, *others)))
        if " " in node.text:
            return node  # a number in digit groups: analysis.number_spellings
        spellings = word_spellings(node.text)
        return Or((node, *(Word(o, node.field) for o in spellings))) if spellings else node
    if isinstance(node, Phrase):
        phrases = phrase_spellings(node.text)
        return node if len(phrases) == 1 else Or(
            (node, *(Phrase(p, node.field) for p in phrases[1:])))
    if isinstance(node, And):
        return And(tuple(with_variants(i) for i in node.items))
    if isinstance(node, Or):
        return Or(tuple(with_variants(i) for i in node.items))
    if isinstance(node, Not):
        return Not(with_variants(node.item))
    return node

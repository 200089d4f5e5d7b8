"""Folding of the scripts tantivy's ``ascii_fold`` leaves alone, for index and queries.

``ascii_fold`` (and PostgreSQL's ``unaccent``) folds Latin letters only. A word of another
script reads the same with or without its marks only if veille folds it itself:

- decimal digits of every script (Unicode ``Nd``: Arabic-Indic ``٢٠٢٧``, Persian ``۲۰۲۷``,
  Devanagari ``२०२७``, fullwidth ``２０２７``) → ASCII digits (``unicodedata.digit``), so
  ``2027`` finds ``٢٠٢٧`` and the reverse (newuser12c W6);
- Turkish dotted capital ``İ`` (U+0130) → ``I``: Unicode lowercases it to ``i`` + U+0307
  COMBINING DOT ABOVE, a term apart from ``istanbul`` (W25);
- Greek: the marks (tonos, dialytika) are dropped and final sigma ``ς`` is ``σ``, as
  Lucene's ``GreekLowerCaseFilter`` does, so ``ΑΘΗΝΑ`` and ``αθηνα`` find ``Αθήνα`` (W26);
- Arabic, as Lucene's ``ArabicNormalizer`` (Larkey, Ballesteros and Connell, *Light
  Stemming for Arabic Information Retrieval*, 2007): ``أ إ آ`` → ``ا``, ``ى`` → ``ي``,
  ``ة`` → ``ه``, tatweel and the short-vowel marks (harakat, U+064B–U+0652, U+0670)
  dropped, so ``احمد`` (how Arabic is usually typed) finds ``أحمد`` (W26);
- Persian and Urdu letters that are Arabic letters typed on another keyboard, as Lucene's
  ``PersianNormalizer``: ``ی`` ``ے`` → ``ي``, ``ک`` → ``ك``, ``ۀ`` ``ہ`` → ``ه``, the
  combining hamza above dropped, so ``ایران`` finds ``ايران`` and the reverse;
- compatibility characters (Unicode NFKC) outside the blocks of ordinary text: the
  mathematical alphanumerics of styled posts and pseudo-bold headlines (``𝐌𝐚𝐜𝐫𝐨𝐧`` →
  ``Macron``, ``𝕏`` → ``X``), fullwidth letters, ligatures (``ﬁ`` → ``fi``), Arabic
  presentation forms, so ``Macron`` finds ``𝐌𝐚𝐜𝐫𝐨𝐧`` and the reverse (t-reader20 R13;
  index format 19). Characters inside those blocks (``²``, ``½``, ``™``) are left as
  they are: NFKC would change what French text means by them.

Latin letters are left as they are: French accents are read by the French stemmer before
they are folded (:mod:`veille.index.analysis`). The embedded index keeps the stored text as
written and indexes beside it the folded spelling of each title or line of a body that
has one (:func:`folded_lines`, as it indexes joined compounds); the PostgreSQL backend and every
query fold the text itself (:func:`script_fold`).
"""

from __future__ import annotations

import re
import unicodedata

_ARABIC = {0x0623: "ا", 0x0625: "ا", 0x0622: "ا", 0x0671: "ا", 0x0649: "ي", 0x0629: "ه",
           0x0640: None}
_ARABIC.update({cp: None for cp in range(0x064B, 0x0653)})
_ARABIC[0x0670] = None
_PERSIAN = {0x06CC: "ي", 0x06D2: "ي", 0x06A9: "ك", 0x06C0: "ه", 0x06C1: "ه", 0x0654: None}
"""Lucene's ``PersianNormalizer``: Farsi yeh ``ی`` and yeh barree ``ے`` → Arabic yeh
``ي``, keheh ``ک`` → Arabic kaf ``ك``, heh with yeh above ``ۀ`` and heh goal ``ہ`` →
heh ``ه``, the combining hamza above dropped. Persian and Urdu keyboards type ``ی`` and
``ک`` where Arabic ones type ``ي`` and ``ك`` (the same letters), so a name typed on
either finds the other (``کرمان`` = ``كرمان``, ``ایران`` = ``ايران``)."""
_ARABIC.update(_PERSIAN)
_TABLE: dict[int, str | None] = {0x0130: "I", 0x03C2: "σ", **_ARABIC}

_OUTSIDE = re.compile(
    "[^\x00-\u012f\u0131-\u024f\u0300-\u036f\u0400-\u052f\u0590-\u05ff"
    "\u2000-\u2bff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")
"""A character :func:`script_fold` may change is outside these blocks (ASCII, Latin,
combining marks of Latin, Cyrillic, Hebrew, punctuation and symbols, CJK, Hangul: none has
a non-ASCII digit, a Greek or Arabic letter, ``İ`` or a compatibility character folded).
A regex class of few ranges is scanned fast (a French body: ~5 µs); the characters it
finds are then checked one by one."""


def needs_fold(text: str) -> bool:
    """Whether :func:`script_fold` changes ``text``."""
    return any(_folded(match.group()) != match.group() for match in _OUTSIDE.finditer(text))


def _fold_char(char: str) -> str:
    """The rules above, after a compatibility character outside the blocks of
    :data:`_OUTSIDE` is read as its NFKC form."""
    compatible = unicodedata.normalize("NFKC", char)
    if compatible != char:
        return "".join(map(_fold_one, compatible))
    return _fold_one(char)


def _fold_one(char: str) -> str:
    code = ord(char)
    if code in _TABLE:
        return _TABLE[code] or ""
    if char.isdecimal() and not char.isascii():
        return str(unicodedata.digit(char))
    if 0x0370 <= code <= 0x03FF or 0x1F00 <= code <= 0x1FFF:  # Greek, Greek Extended
        base = unicodedata.normalize("NFD", char)[0]
        return "σ" if base == "ς" else base
    return char


_CACHE: dict[str, str] = {}


def _folded(char: str) -> str:
    folded = _CACHE.get(char)
    if folded is None:
        folded = _fold_char(char)
        if len(_CACHE) < 65536:
            _CACHE[char] = folded
    return folded


def script_fold(text: str) -> str:
    """``text`` with the digits, letters and marks above folded (length may change);
    ``text`` itself when it has none (ASCII and Latin text)."""
    if not needs_fold(text):
        return text
    return "".join(map(_folded, text))


def folded_lines(values: list[str]) -> list[str]:
    """Each of ``values`` (a title, the lines of a body) that :func:`script_fold` changes,
    folded whole (``['Καύσωνας στην Αθήνα', 'Paris']`` → ``['Καυσωνας στην Αθηνα']``);
    ``[]`` when none changes (:func:`needs_fold`).

    Whole lines, not the folded words alone: a phrase of a folded word and a word without
    marks (``"الخارجيه الكويتي"``, ``"καυσωνας στην"``) needs them at their positions
    side by side (index format 17; format 16 indexed the changed words alone, which missed
    such phrases, and put two words side by side that the text kept apart)."""
    return [script_fold(value) for value in values if needs_fold(value)]

"""Bytes to text, honestly: BOMs, wrong labels, legacy code pages and mojibake.

Order of trust: a byte-order mark; then strict UTF-8 (which almost never decodes legacy
text by accident); then a detector (charset-normalizer) limited to what is plausible for
news text; cp1252 as the last resort, which decodes every byte. Mojibake (UTF-8 read
once as cp1252, "Ã©") is repaired with ftfy only where the repair is certain: ftfy's
``fix_encoding`` changes text only when the result is far more plausible.
Binary data is refused rather than decoded into garbage.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from veille.errors import InputError

_BOMS = [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_MOJIBAKE_MARKERS = ("Ã", "Â", "â€", "Å“", "Ã©")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    repaired: bool = False


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB: not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(4, len(head) // 100)


def decode_bytes(data: bytes, *, declared: str | None = None, origin: str = "") -> Decoded:
    """Decode ``data`` to text, or raise :class:`InputError` for binary data."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(name, errors="replace")
            return _repair(Decoded(text, f"{name} (BOM)"))
    if looks_binary(data):
        raise InputError("binary data, not text", origin=origin, reason="binary",
                         hint="give veille text, HTML, JSON Lines or gzip files")
    try:
        return _repair(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return Decoded(data.decode(declared), f"{declared} (declared)")
        except (UnicodeDecodeError, LookupError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["cp1252", "latin_1", "iso8859_15",
                                                   "cp1251", "koi8_r", "shift_jis", "euc_jp",
                                                   "gb18030", "euc_kr", "big5", "utf_16"]).best()
    if best is not None and best.encoding not in {"latin_1", "cp1252"}:
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            if not _misread(text):
                return Decoded(text, f"{best.encoding} (detected)")
    return Decoded(data.decode("cp1252", errors="replace"), "cp1252 (not valid UTF-8)")


_WORD = re.compile(r"\w+")
_EAST_ASIAN = {"CJK", "HIRAGANA", "KATAKANA", "HALFWIDTH", "HANGUL", "BOPOMOFO", "IDEOGRAPHIC"}


def _script(char: str) -> str:
    head = unicodedata.name(char, "?").split(" ", 1)[0]
    return "EAST_ASIAN" if head in _EAST_ASIAN else head


def _misread(text: str) -> bool:
    """Latin text read in a Cyrillic or East Asian code page, which a detector proposes for
    short inputs: most words with a non-ASCII letter mix scripts ("Cafй", "naпve"), or the
    non-Latin letters are a small minority among Latin ones ("forкt et Ђ"). Real Cyrillic or
    Japanese text keeps each word in one script (or one family), and its letters dominate."""
    mixed = total = latin = other = 0
    for word in _WORD.findall(text[:20_000]):
        scripts = [_script(c) for c in word if c.isalpha()]
        latin += sum(1 for s in scripts if s == "LATIN")
        other += sum(1 for s in scripts if s != "LATIN")
        if word.isascii():
            continue
        total += 1
        if len(set(scripts)) > 1:
            mixed += 1
    return (total > 0 and mixed * 2 >= total) or (0 < other and other * 4 <= latin + other)


def _repair(decoded: Decoded) -> Decoded:
    text = decoded.text
    if not any(marker in text for marker in _MOJIBAKE_MARKERS):
        return decoded
    import ftfy

    fixed = ftfy.fix_encoding(text)
    if fixed == text:
        return decoded
    return Decoded(fixed, decoded.encoding + ", mojibake repaired", repaired=True)

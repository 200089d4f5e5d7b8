"""A JSON record read within the article bound, however long its line (issue 13).

Parsing JSON costs about 30 times the size of its containers in memory (one 40 MB line of
small values cost 1.3 GB, issue #11), but a string value costs about its own size. A
record whose line is long because one text is long (a whole book pasted as ``text``) is an
article like any other, past :data:`~veille.extract.article_bound.MAX_ARTICLE_CHARS`
characters cut as every extractor's are: so a line over :data:`MAX_RECORD_BYTES` is not
refused, but each of its string values longer than the article bound is cut there
(:func:`~veille.extract.article_bound.cut_point`, a line break or a space in the second
half) before the line is parsed, and the cut is said. What the record bound still refuses
is a line whose structure is large: more than :data:`MAX_RECORD_BYTES` of it outside its
long strings (:data:`LONG_STRING` characters or more).

Linear in the line's length: one scan of its string literals (a pattern whose loops run in
C), and each long literal decoded once.
"""

from __future__ import annotations

import json
import re

from veille.errors import InputError
from veille.extract.article_bound import MAX_ARTICLE_CHARS, cut_point

__all__ = ["LONG_STRING", "MAX_RECORD_BYTES", "bounded_json_text"]

#: A JSON Lines line (one record) longer than this, in bytes, has its long strings cut to
#: the article bound before it is parsed (:func:`bounded_json_text`); what is left of it
#: outside them must fit in this bound.
MAX_RECORD_BYTES = 4 * 1024 * 1024
#: A string literal of at least this many characters is a text, whose parsing costs its
#: size: it does not count against :data:`MAX_RECORD_BYTES`.
LONG_STRING = 65_536

# A JSON string literal (RFC 8259 § 7), unrolled so that the runs between escapes are
# matched by one C loop. Met from the start of a JSON text, the first quote opens a string
# and each match ends on the quote that closes it, so the matches are the text's strings.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)


# An escape sequence of a JSON string: a UTF-16 surrogate pair (one character once
# decoded, as Python's json reads it), another \u escape, or a backslash and one character.
_ESCAPE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}"
                     r"|\\u[0-9a-fA-F]{4}|\\.", re.S)
#: The most characters of a JSON string literal one decoded character takes (a surrogate
#: pair written as two \u escapes).
_WIDEST_ESCAPE = 12


def _decoded_length(text: str, start: int, end: int) -> int:
    """How many characters the JSON string literal ``text[start:end]`` (its quotes
    included) holds once decoded, counted without decoding it (no copy of it)."""
    return end - start - 2 - sum(m.end() - m.start() - 1
                                 for m in _ESCAPE.finditer(text, start + 1, end - 1))


def _literal_head(text: str, start: int, end: int, limit: int) -> str:
    """The JSON string literal ``text[start:end]``, or a literal of its first characters
    that decodes to more than ``limit`` of them (cut before an escape sequence it would
    split): what the cut reads, without copying a long literal whole."""
    stop = start + 1 + _WIDEST_ESCAPE * (limit + 1)
    if stop >= end - 1:
        return text[start:end]
    escape = text.rfind("\\", stop - _WIDEST_ESCAPE, stop)
    if escape >= 0:
        run = escape
        while text[run - 1] == "\\":
            run -= 1
        if (escape - run) % 2 == 0:  # this backslash opens an escape: cut before it
            stop = escape
    return text[start:stop] + '"'


def bounded_json_text(text: str, *, origin: str = "", limit: int = MAX_ARTICLE_CHARS,
                      long_string: int = LONG_STRING) -> tuple[str, str]:
    """``text`` (one JSON document, decoded) with each string value of more than
    ``limit`` characters cut at :func:`cut_point`, and a note saying what was cut for
    ``evidence["input"]`` ("" and ``text`` itself when nothing was). Raises
    :class:`InputError` (``too-large``) when more than :data:`MAX_RECORD_BYTES` of the
    text lie outside its strings of ``long_string`` characters or more (a record
    made of many small values, which no article is). A literal that is no valid JSON
    string is left as it is, for the parser to name the fault."""
    pieces: list[str] = []
    cuts: list[str] = []
    start = 0
    outside = len(text)
    for match in _STRING.finditer(text):
        length = match.end() - match.start()
        if length < long_string:
            continue
        outside -= length
        if length <= limit + 2:  # a literal is never shorter than its value
            continue
        size = _decoded_length(text, match.start(), match.end())
        if size <= limit:
            continue
        try:
            value = json.loads(_literal_head(text, match.start(), match.end(), limit))
        except ValueError:
            continue
        kept = value[:cut_point(value, limit)].rstrip()
        pieces.append(text[start:match.start()])
        pieces.append(json.dumps(kept, ensure_ascii=False))
        start = match.end()
        cuts.append(f"{len(kept):,} of {size:,}")
    if outside > MAX_RECORD_BYTES:
        raise InputError(f"JSON record of {len(text):,} characters holds {outside:,} "
                         f"outside its long texts, over the record limit of "
                         f"{MAX_RECORD_BYTES:,}", origin=origin, reason="too-large",
                         hint="an article record is rarely over 1 MB of fields besides its "
                              "text; split the record")
    if not cuts:
        return text, ""
    pieces.append(text[start:])
    note = (f"JSON record's text values cut at {'; '.join(cuts)} characters before reading "
            f"(no article runs past {limit:,})")
    return "".join(pieces), note

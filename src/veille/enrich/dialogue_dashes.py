"""Dialogue turns printed with dashes the Spanish, Portuguese and Italian way, read as the
French rules read them (t-final60 #16: "—Hemos desplegado 500 efectivos de la UME —dijo
la ministra de Defensa, Margarita Robles—, y habrá más…" gave no quote).

Spanish prints a turn of speech as a paragraph opened by a raya (—) glued to the first
word, and the narrator's incise between two rayas, the first after a space and glued to
the verb of saying, the second glued to the incise's last word and followed by the
punctuation of the sentence; no raya closes an incise that ends the paragraph (RAE and
ASALE, *Ortografía de la lengua española*, 2010, § 3.4.5.2, "la raya en los diálogos":
"—Hemos desplegado… —dijo la ministra—, y habrá más"). Portuguese (the travessão) and
Italian (the lineetta) print the same structure with spaces around the dashes ("—
Vamos reabrir a ponte — afirmou o presidente. — Não há alternativa."; Serianni,
*Grammatica italiana*, I § 237). French prints the incise after a comma instead
("— Nous ne vendrons pas, a-t-il assuré."), which :func:`quotes._dialogue_turn` reads.

:func:`as_comma_incises` writes each such incise the French way, in a text of the same
length (offsets hold): the dash opening the incise becomes a comma ("UME, dijo la
ministra"), the dash closing it a space before punctuation ("Robles ," "Muñoz .") or a
comma before words ("Benvenuti , finché"); :func:`continuations` gives the words after
the closing dash, the rest of the same turn ("y habrá más si hace falta."), so that they
join the quote as its second part. A turn is read only when it opens its paragraph and
its incise opens with a verb of saying (the caller's predicate): a dash opening a list
item ("—Refuerzo de las motas.") or an aside is no turn. Pure functions; nothing raises.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

__all__ = ["as_comma_incises", "continuations"]

DASHES = "—–―"
_OPENING = re.compile(r"(?m)^[ \t\xa0]*[—–―][ \xa0]?(?=[^\s—–―])")
"""A dash opening a paragraph (a line), glued to its first word or after one space."""
_INCISE = re.compile(
    r"(?<=[^\s—–―])([ \xa0]+[—–―][ \xa0]?)(?=((?:ha|han|hanno|há|tem|têm)[ \xa0]+)?"
    r"([^\W\d_]+))")
"""A dash after a space, opening an incise whose first word (after an auxiliary:
"—ha explicado", "— ha dichiarato") is the verb the caller checks. Groups: the dash with
its spaces, the auxiliary, the word."""
_QUOTE_MARKS = re.compile(r"[«»“”„\"]")
_CONTINUATION_LEAD = re.compile(r"[ \xa0]*[,.;:]?[ \xa0]*")


@dataclass(frozen=True)
class _Turn:
    words: int
    """Offset of the turn's first word."""
    incise: tuple[int, int]
    """The dash opening the incise with its spaces, ``[start, end)``."""
    closing: int
    """Offset of the dash closing the incise; -1 when the incise ends the paragraph."""
    rest: tuple[int, int] | None
    """The words after the closing dash, ``[start, end)``; None when there are none."""


def _turns(text: str, is_verb: Callable[[str], bool]) -> Iterator[_Turn]:
    """Each dialogue turn of ``text`` with a dash incise (module docstring)."""
    for opening in _OPENING.finditer(text):
        line_end = text.find("\n", opening.end())
        line_end = len(text) if line_end < 0 else line_end
        incise = next((m for m in _INCISE.finditer(text, opening.end(), line_end)
                       if is_verb(m.group(3))), None)
        if incise is None or _QUOTE_MARKS.search(text, opening.end(), incise.start()):
            continue
        verb_end = incise.end(1) + len(incise.group(2) or "") + len(incise.group(3))
        closing = next((i for i in range(verb_end, line_end) if text[i] in DASHES), -1)
        rest = None
        if closing >= 0:
            start = _CONTINUATION_LEAD.match(text, closing + 1, line_end)
            begin = start.end() if start else closing + 1
            words = text[begin:line_end].rstrip()
            if re.search(r"[^\W\d_]{2}", words) and not _QUOTE_MARKS.search(words) and \
                    not any(d in words for d in DASHES):
                rest = (begin, begin + len(words))
        yield _Turn(opening.end(), (incise.start(1), incise.end(1)), closing, rest)


def as_comma_incises(text: str, is_verb: Callable[[str], bool]) -> str:
    """``text`` of the same length with each dash incise of a dialogue turn written after
    a comma, the French way (module docstring); ``text`` itself when it has none.
    ``is_verb`` tells a verb of saying (a word, e.g. "dijo", "afirmou")."""
    if not any(d in text for d in DASHES):
        return text
    out = list(text)
    for turn in _turns(text, is_verb):
        start, end = turn.incise
        out[start:end] = "," + " " * (end - start - 1)
        if turn.closing >= 0:
            after = text[turn.closing + 1:turn.closing + 2]
            out[turn.closing] = " " if after in (",", ".", ";", ":") else ","
    return "".join(out)


def continuations(text: str, is_verb: Callable[[str], bool]) -> dict[int, tuple[int, int]]:
    """The words of each dialogue turn after its incise's closing dash, ``[start, end)``,
    by the offset of the turn's first word ("—Hemos desplegado… —dijo X—, y habrá más si
    hace falta." → the span of "y habrá más si hace falta.")."""
    if not any(d in text for d in DASHES):
        return {}
    return {turn.words: turn.rest for turn in _turns(text, is_verb) if turn.rest}

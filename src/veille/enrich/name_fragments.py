"""A fragment of a longer name is no second entity (t-final51 A7).

A recogniser cuts names: the headline's "Grève au Grand port maritime" beside the body's
"Grand port maritime de Marseille", or "Sud" out of the station "Saint-Genis-Laval
Hôpitaux Sud" whose headline writes "Hôpitaux Sud". Such a fragment is the longer name's
entity, never one of its own ("Sud" a place, "Grand port maritime" a second port):

- **written in place**: the words right before or after the fragment's mention, with it,
  spell another entity's name as the text writes it ("Hôpitaux" + "Sud"): the mention
  is that name's, its span widened to the whole name;
- **a head cut before its complement**: the fragment opens the longer name, which goes on
  with a linking preposition ("Grand port maritime" + " de Marseille", "Centre hospitalier
  universitaire" + " de Nantes", "House" + " of Commons"): the complement names which
  one, and the article names one (Grevisse, *Le Bon Usage*, § 348, the noun's complement
  of determination). A place the gazetteer knows keeps its own entity ("Marseille" is no
  fragment of "Olympique de Marseille", and a town opening a longer name, "Saint-Denis"
  of "Saint-Denis de La Réunion", stays a town).

People are left alone (their surnames already merge into the full name), as are names
the alias table knows (``Entity.known``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

__all__ = ["fold_fragments"]

_LINK = re.compile(r"(?i)(?:de|du|des|d['’]|de la|de l['’]|of|for|of the)(?:\s|(?<=['’]))")
"""The prepositions that open a noun's complement of determination (French and
English): what follows a cut head."""


class _Mention(Protocol):
    start: int
    end: int
    text: str


class _Entity(Protocol):
    id: str
    label: str
    name: str
    known: bool
    mentions: list  # type: ignore[type-arg]  # (entities.Mention, kept generic here)


E = TypeVar("E", bound=_Entity)


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().casefold()


def _head_of(short: str, long: str) -> bool:
    """Whether ``short`` opens ``long`` and ``long`` goes on with a linking preposition."""
    s, lo = _fold(short), _fold(long)
    return lo.startswith(s + " ") and _LINK.match(lo, len(s) + 1) is not None


def _in_place(text: str, mention: _Mention, whole: str) -> tuple[int, int] | None:
    """The span of ``whole`` written around ``mention`` in ``text`` (``mention`` its last
    or first words), else None."""
    size = len(whole)
    for start in (mention.end - size, mention.start):
        end = start + size
        if start < 0 or end > len(text) or (start, end) == (mention.start, mention.end):
            continue
        if not (start <= mention.start and mention.end <= end):
            continue
        if _fold(text[start:end]) != _fold(whole):
            continue
        if (start > 0 and text[start - 1].isalnum()) or (end < len(text)
                                                         and text[end].isalnum()):
            continue
        return start, end
    return None


def fold_fragments(entities: Sequence[E], text: str,
                   known_place: Callable[[str], bool]) -> list[E]:
    """``entities`` with each fragment entity's mentions moved into the longer name's
    entity (module docstring); ``known_place(name)`` says whether the gazetteer knows a
    name. Order is kept; emptied entities are dropped."""
    names = [e for e in entities if e.label != "PER"]
    for short in names:
        if short.known or not short.mentions:
            continue
        longer = [e for e in names if e is not short and e.mentions
                  and len(_fold(e.name)) > len(_fold(short.name))]
        if not longer:
            continue
        kept = []
        for mention in short.mentions:
            target = None
            for other in longer:
                forms = {other.name, *(m.text for m in other.mentions)}
                for form in sorted(forms, key=len, reverse=True):
                    span = _in_place(text, mention, form) if text else None
                    if span is not None and not any(
                            m is not mention and m.start < span[1] and span[0] < m.end
                            for e in entities for m in e.mentions):
                        # (a name another mention covers there is read already)
                        mention.start, mention.end = span
                        mention.text = text[span[0]:span[1]]
                        target = other
                        break
                if target is not None:
                    break
            if target is None and not known_place(short.name):
                target = next((o for o in longer if any(
                    _head_of(mention.text, form)
                    for form in {o.name, *(m.text for m in o.mentions)})), None)
            if target is None:
                kept.append(mention)
            else:
                target.mentions.append(mention)
                target.mentions.sort(key=lambda m: m.start)
        short.mentions[:] = kept
    return [e for e in entities if e.mentions]

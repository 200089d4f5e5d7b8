"""A list that is the article's content: a programme, fixtures, a timetable, a round's
results, towns and their hours (t-final50 A2, issue 14).

"Ligue 2 : le programme de la 16e journée" prints its news as short lines: "Vendredi 11
décembre" / "20h00 Amiens - Pau" / "20h00 Annecy - Laval" / …, then two paragraphs. Each
line is short and ends no sentence, so each was a "label"; the first one, followed by
short lines, was read as a list of links' label and the lines as link titles: the
programme left the body, and ``veille search Amiens`` found nothing.

A **list entry** is a line a page's chrome does not print:

- a clock time followed by names only ("20h00 Amiens - Pau", "12:30 Everton v Fulham",
  "7h05 Le Palais": capitalised words, a dash or "v"/"vs" between them, particles);
- clock times only ("10h - 20h", "9:00-17:00": a place's hours);
- a score line (:func:`~veille.extract.match_sheet.score_line`: a round's results).

A link title, a ticker's timed headline ("10h02 Roubaix : un entrepôt ravagé par les
flammes") or a menu holds lower-case words of a sentence: no entry. A run of
:data:`MIN_ENTRIES` entries or more, with the short headers between them ("Samedi 12
décembre", "Départs de Quiberon", "Colmar, place des Dominicains": at most
:data:`MAX_HEADER_WORDS` words, no sentence end, no furniture term), entries being at
least half of its lines, is the article's list: its lines are text ("data" while the
link lists are marked, then "listed": kept, an edge of the body, never a headline), and
its score lines are a round's results, not one match's sheet (never layout).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.extract import textshape as ts
from veille.extract.match_sheet import score_line

#: Entries in a run, at least.
MIN_ENTRIES = 3
#: Words of a header between entries, at most.
MAX_HEADER_WORDS = 6
#: Words of an entry, at most.
MAX_ENTRY_WORDS = 10

_CLOCK = r"\d{1,2}(?:\s?[h:.]\s?\d{2}|\s?h)(?!\w)"
_CLOCK_LEAD = re.compile(rf"^{_CLOCK}\s+(?P<rest>\S.*)$", re.IGNORECASE)
_CLOCKS_ONLY = re.compile(rf"^{_CLOCK}(?:\s*(?:[-–/àa]|to|and|et)\s*{_CLOCK})*$",
                          re.IGNORECASE)
#: Words a pairing or a place's name holds besides its capitalised words.
_JOINERS = frozenset({"-", "–", "—", "v", "v.", "vs", "vs.", "/", "&", "de", "du", "des",
                      "la", "le", "les", "of", "the", "di", "del", "della", "y", "e", "et"})


def _names_only(text: str) -> bool:
    words = text.replace("(", " ").replace(")", " ").split()
    return 0 < len(words) <= MAX_ENTRY_WORDS and all(
        w.lower() in _JOINERS or w[:1].isupper() or re.match(r"^[dl]['’][A-ZÀ-Ý]", w)
        for w in words) and any(w[:1].isupper() for w in words)


def list_entry(text: str, page: str = "") -> bool:
    """Whether ``text`` is one entry of a list the article prints (see the module)."""
    text = text.strip()
    if len(text) > 120 or len(text.split()) > MAX_ENTRY_WORDS or \
            text.endswith((".", "!", "?", ":")):
        return False
    if _CLOCKS_ONLY.match(text):
        return True
    lead = _CLOCK_LEAD.match(text)
    if lead is not None:
        return _names_only(lead["rest"])
    return score_line(text, page)


def _header(text: str) -> bool:
    return (len(text.split()) <= MAX_HEADER_WORDS and not text.rstrip().endswith((".", "!", "?"))
            and ts.furniture_hits(text) == 0)


def content_lists(blocks: Sequence[str], kinds: Sequence[str]) -> set[int]:
    """The blocks of ``blocks`` that make an article's list (entries and their headers:
    see the module). ``kinds``: the blocks' kinds so far; a paragraph ("prose") or a
    block of the site's chrome ends a run."""
    page = "\n".join(blocks)
    found: set[int] = set()
    run: list[int] = []
    entries = 0
    # Each block's answer, read once: a run's blocks are asked again when it closes and
    # when a header follows them (issue 13).
    is_entry: dict[int, bool] = {}

    def entry(i: int) -> bool:
        known = is_entry.get(i)
        if known is None:
            known = is_entry[i] = list_entry(blocks[i], page)
        return known

    def close() -> None:
        nonlocal run, entries
        while run and not entry(run[-1]):
            run.pop()  # a trailing header belongs to what follows
        if entries >= MIN_ENTRIES and 2 * entries >= len(run):
            found.update(run)
        run, entries = [], 0

    for i, block in enumerate(blocks):
        if kinds[i] in {"prose", "site", "repeat", "dateline", "byline", "credit"}:
            close()
            continue
        if entry(i):
            run.append(i)
            entries += 1
            continue
        header = _header(block)  # once: both branches below ask it
        if header and not entries:
            run = [i]  # one header right above the first entry ("Vendredi 11 décembre")
        elif header and any(entry(j) for j in run[-2:]):
            run.append(i)  # a header: one of two lines at most between entries
        else:
            close()
    close()
    return found


"""What every door shows for an article or a story **without a headline** (t-final29 U4).

A record, a page or a capture may carry no headline: it was listed "(untitled)" in
``veille stories``, ``veille latest``, the home page, the stories page and the feeds, several
rows alike. Each door now shows instead the first words of its text (the lead, else the
first paragraph), cut at a word boundary with an ellipsis, **marked as no headline**: "(sans
titre) La départementale 906 est coupée…" in the terminal and in a feed's title, in italics
on the web pages. The rule is :func:`shown_title` here, for every door (CLI, pages, feeds;
the API gives the same words in ``untitled_text``); the stored ``title`` stays empty (a
search by ``title:`` never matches these words, and an export re-ingested keeps no false
headline).

Shapes: :func:`opening_words` takes and returns ``str``; :func:`shown_title` returns a
:class:`ShownTitle`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

OPENING_CHARS = 90
"""The most characters of text a title in place of a headline keeps (before "…"): about a
headline's length (French news headlines run 60 to 100 characters), so a list row stays one
line and two briefs of one outlet still differ by their first words."""
ELLIPSIS = "…"


def opening_words(text: str, limit: int = OPENING_CHARS) -> str:
    """The first words of ``text`` (whitespace made single spaces), at most ``limit``
    characters, cut at the last word boundary before the limit and ended with "…" when
    cut ("" for a blank text). A first word longer than ``limit`` is cut inside itself
    (a text with no space, e.g. a URL), "…" after it. Trailing punctuation before the cut
    (",", ":", "—") is dropped so the ellipsis follows a word. Words cut here already are
    kept as they are (the store gives them cut: :func:`veille.store.dedup_sql.
    untitled_texts`)."""
    words = " ".join(text.split())
    if len(words) <= limit or len(words) == limit + 1 and words.endswith(ELLIPSIS):
        return words  # short, or cut here already
    cut = words[:limit + 1]
    space = cut.rfind(" ")
    kept = cut[:space] if space > 0 else words[:limit]
    return kept.rstrip(" ,;:–—-(«\"'") + ELLIPSIS


@dataclass(frozen=True, slots=True)
class ShownTitle:
    """What a door shows in a headline's place: ``text``, and ``headline`` False when it is
    the first words of the text (show it marked: italics, "(sans titre)"), True for the
    article's own headline. ``text`` is "" only for an article with neither headline nor
    text (the door then says "(untitled)" alone)."""

    text: str
    headline: bool


def untitled_text(title: str, lead: str = "", paragraphs: Sequence[str] = ()) -> str:
    """The words to show in place of a missing headline: "" when ``title`` is one (not
    blank), else :func:`opening_words` of ``lead``, else of the first non-blank paragraph."""
    if title.strip():
        return ""
    for text in (lead, *paragraphs):
        if text.strip():
            return opening_words(text)
    return ""


def shown_title(title: str, lead: str = "", paragraphs: Sequence[str] = ()) -> ShownTitle:
    """``title`` (made one line) when it is not blank; else the first words of the lead or
    first paragraph (:func:`untitled_text`), marked as no headline."""
    if title.strip():
        return ShownTitle(" ".join(title.split()), True)
    return ShownTitle(untitled_text(title, lead, paragraphs), False)


def plain_title(title: str, untitled: str, lead: str = "",
                paragraphs: Sequence[str] = ()) -> str:
    """:func:`shown_title` as plain text (a terminal line, a feed entry's title): the
    headline, else ``untitled`` (the reader's "(sans titre)" / "(untitled)", the mark that
    the words after it are no headline) and the first words, else ``untitled`` alone."""
    shown = shown_title(title, lead, paragraphs)
    if shown.headline:
        return shown.text
    return f"{untitled} {shown.text}" if shown.text else untitled

"""The one size bound of an article's text, whatever the input it came from.

A long read runs to 30,000 words (about 200,000 characters), a whole page with its
comments rarely past 500,000: past :data:`MAX_ARTICLE_CHARS` characters no article is
plausible. Every extractor's paragraphs (a text capture, an HTML page, a JSON Lines
record, a ninjs, NewsML-G2 or NITF item) are cut there, at a paragraph's end, and the cut
is said in ``evidence["input"]`` (issue 13, t-scale19 P5, P9: a 50 MB ninjs item was one
article of 48 M characters, 19 times its size in memory, and made every search that
matched it hang; text was cut at 1 M characters and HTML at 6 M). The stored article,
its index entry, its enrichment and the snippets of a search are so bounded by it.
"""

from __future__ import annotations

from veille.record import Content

__all__ = ["MAX_ARTICLE_CHARS", "SIZE_CUT", "bound_article", "bounded_paragraphs", "cut_point",
           "mark_size_cut"]

MAX_ARTICLE_CHARS = 1_000_000

#: The evidence key saying an article was cut by a size bound (this one, or an extractor's
#: own: ``evidence["limits"]`` of a text capture), one line: the ingest summary prints it
#: as a note (t-final25 S1: a 46 MB text became a silent, untitled article, ``truncated:
#: false``).
SIZE_CUT = "size_cut"


def cut_point(text: str, limit: int = MAX_ARTICLE_CHARS) -> int:
    """Where to cut ``text`` (longer than ``limit``) so that at most ``limit`` characters
    are kept: after its last line break in the second half of them, else before its last
    space there, else at ``limit``."""
    cut = text.rfind("\n", limit // 2, limit)
    if cut <= 0:
        cut = text.rfind(" ", limit // 2, limit)
    return cut if cut > 0 else limit


def bounded_paragraphs(paragraphs: list[str], limit: int = MAX_ARTICLE_CHARS,
                       ) -> tuple[list[str], int, int]:
    """``paragraphs`` up to ``limit`` characters in all (a paragraph that crosses it cut
    by :func:`cut_point`), with the characters kept and the characters there were; the
    list itself when it fits."""
    total = sum(map(len, paragraphs))
    if total <= limit:
        return paragraphs, total, total
    kept: list[str] = []
    size = 0
    for paragraph in paragraphs:
        room = limit - size
        if len(paragraph) > room:
            if room >= 200 or not kept:  # a part worth reading: cut where words end
                head = paragraph[:cut_point(paragraph, room)].rstrip()
                if head:
                    kept.append(head)
                    size += len(head)
            break
        kept.append(paragraph)
        size += len(paragraph)
    return kept, size, total


def bound_article(content: Content, limit: int = MAX_ARTICLE_CHARS) -> Content:
    """``content`` with its paragraphs within ``limit`` characters
    (:func:`bounded_paragraphs`); a cut says so in ``evidence["input"]`` ("cut at N of M
    characters"), after what the extractor said there."""
    paragraphs, kept, total = bounded_paragraphs(content.paragraphs, limit)
    if kept < total:
        content.paragraphs = paragraphs
        note = (f"article text cut at {kept:,} of {total:,} characters (no article runs "
                f"past {limit:,})")
        earlier = content.evidence.get("input")
        content.evidence["input"] = f"{earlier}; {note}" if earlier else note
    limits = content.evidence.get("limits", "")
    if kept < total or limits:
        mark_size_cut(content, note if kept < total else limits)
    return content


def mark_size_cut(content: Content, why: str) -> None:
    """Mark ``content`` cut by a size bound: ``truncated``, and ``why`` (one line: what
    was kept of what) in ``evidence["truncated"]`` (after what it said there) and in
    ``evidence[SIZE_CUT]``. Deduplication then takes it for a cut copy, as any
    truncated text (docs/record.md)."""
    content.truncated = True
    earlier = content.evidence.get("truncated")
    content.evidence["truncated"] = f"{earlier}; {why}" if earlier else why
    content.evidence[SIZE_CUT] = why

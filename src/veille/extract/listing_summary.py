"""A feed item stored from its summary alone: the text is what the feed gave, maybe a
synopsis of an article it does not carry.

``veille ingest feed.xml`` fetches nothing: an item whose feed gives no full text (RSS
``content:encoded``, Atom ``content``, JSON Feed ``content_html``/``content_text``) but a
summary (RSS ``description``, "the item synopsis" of the RSS 2.0 specification; Atom
``summary``; JSON Feed ``summary``) is stored from that summary (f-outlet27: such a file
was refused whole, "gives a link and no text"), and says so in ``evidence["body"]`` and in
one note of the ingest summary. Many feeds put the whole short dispatch in ``description``,
others one or two sentences of it; the text is marked a **summary** (``content.truncated``,
the mark of a cut copy: deduplication then reads it as an excerpt of a fuller copy, which
later completes nothing but is linked to it) when it is short (under :data:`SUMMARY_WORDS`
words) or ends cut ("…", "[…]", "(...)").
"""

from __future__ import annotations

import re

from veille.record import LISTING_SUMMARY_HINT, Content

SUMMARY_WORDS = 100
"""Below this many words a feed's summary is marked a summary: a standfirst, lead or
teaser summary runs 30 to 60 words (``veille.extract.html.body.TEASER_SUMMARY_WORDS``:
60), a news brief from about 100."""

_CUT_END = re.compile(r"(?:…|\.\.\.|\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\))\s*$")
"""A text that ends cut: an ellipsis, bare or in brackets or parentheses."""


def mark_listing_summary(content: Content, field: str) -> None:
    """Say in ``content.evidence`` that the text is the feed's ``field`` (e.g. "RSS
    description") alone (``evidence["body"]`` and ``evidence[LISTING_SUMMARY_HINT]``,
    the note's line), and mark it a summary (``truncated``) when it is short or ends cut
    (see the module's rule)."""
    words = sum(len(p.split()) for p in content.paragraphs)
    last = content.paragraphs[-1] if content.paragraphs else ""
    short = words < SUMMARY_WORDS or bool(_CUT_END.search(last))
    content.evidence["body"] = f"the feed's {field} (the item gives no full text)"
    note = (f"stored from the feed's {field} alone (no full text in the item; follow the "
            "feed with `veille sources add URL` to fetch the page)")
    if short:
        content.truncated = True
        content.evidence["truncated"] = (f"a summary: the feed's {field}, {words} words "
                                         "(not the whole article)")
        note += f": marked as a summary ({words} words)"
    content.evidence[LISTING_SUMMARY_HINT] = note

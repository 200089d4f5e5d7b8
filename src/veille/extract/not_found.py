"""A "page not found" page saved or copied as if it were an article (newuser11 T1: La
Presse's "Page introuvable" capture, stored with its apology as the body).

An error page addresses the reader about the page itself: "la page que vous cherchez
n'existe pas", "the page you are looking for", "la page demandée n'existe plus". An article
speaks of the world, and a brief that mentions a web page ("la page Facebook de la mairie,
introuvable depuis lundi") does not tell the reader that *they* are looking for it. So the
rule needs both: a short body (at most :data:`MAX_PARAGRAPHS` paragraphs and
:data:`MAX_CHARS` characters, what an error message takes) whose first paragraph holds
such a phrase (:data:`NOT_FOUND`). The phrase list is the one lexical part, in the
languages veille serves first (French, English); the shape decides with it.

An error page often offers a few suggestions under its message (a "Nos suggestions"
heading and a card or two: three or more cards make it a listing, refused on their own).
The page's headline may also be kept as the first paragraph ("Oups! Cette page est
introuvable."). So the message may be the second paragraph when the first is a short
heading (at most :data:`HEADING_CHARS`), and a longer body is still the message when
the paragraph right after it is a label (at most :data:`LABEL_WORDS` words, no sentence
end: "Nos suggestions", "Les plus lus") and what follows the message holds at most
:data:`MAX_AFTER_CHARS` characters: an article opening by telling the reader about the
page they look for, with a label and so little text after it, is none (newuser17b X1).

The apology may also be the page's headline alone ("Sorry, we can't find that page"), its
explanation printed outside the body, so that the body is only a hint ("It might have
been moved") or the suggestions: a headline (at most :data:`HEADING_CHARS`) holding such a
phrase over a body as short as a message, or opening with a label, is the message too
(verify18b V3). English error pages say it from the site's side as well: "we can't find
that page", "the page could not be found", "the link you followed may be broken", "the
page may have been removed" (and in French "a peut-être été supprimée").

A page with strong article evidence is an article whatever its first paragraph says
(verify18b V5, an article quoting "la page que vous cherchez"): a published time, a
headline of at least :data:`HEADLINE_WORDS` words that holds no such phrase (an apology
is short), and at least :data:`PROSE_PARAGRAPHS` prose paragraphs (at least
:data:`PROSE_WORDS` words, ending a sentence).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["HEADING_CHARS", "HEADLINE_WORDS", "LABEL_WORDS", "MAX_AFTER_CHARS", "MAX_CHARS",
           "MAX_PARAGRAPHS", "NOT_FOUND", "PROSE_PARAGRAPHS", "PROSE_WORDS", "not_found_message"]

#: Paragraphs of an error page's message, at most.
MAX_PARAGRAPHS = 2
#: Characters of an error page's message, at most.
MAX_CHARS = 500
#: Characters of a heading kept above the message (the page's headline), at most.
HEADING_CHARS = 120
#: Characters after the message (a suggestions heading and one or two cards), at most.
MAX_AFTER_CHARS = 600
#: Words of the label opening the suggestions under the message, at most.
LABEL_WORDS = 6
#: Words of an article's headline, at least (an apology takes fewer or names the page).
HEADLINE_WORDS = 8
#: Prose paragraphs of an article, at least.
PROSE_PARAGRAPHS = 2
#: Words of a prose paragraph, at least.
PROSE_WORDS = 12
#: The page (or link, content) that the reader looks for, or that was asked for and does
#: not exist: a few words may come between the noun and the phrase ("la page web que vous").
NOT_FOUND = re.compile(
    r"(?i)\b(?:page|article|contenu|content|lien|link)s?\b(?:\s+\S+){0,3}?\s+"
    r"(?:que\s+vous\s+(?:cherchez|recherchez|demandez|avez\s+demand[ée]e?)"
    r"|(?:demand[ée]e?|recherch[ée]e?)\s+n['’]existe"
    r"|you(?:['’]re|\s+are|\s+were)?\s+(?:looking\s+for|trying\s+to\s+reach|requested"
    r"|searched\s+for|followed|clicked)"
    r"|(?:may|might)\s+(?:have\s+been|be)\s+(?:removed|deleted|moved|renamed|broken|expired)"
    r"|(?:a|ont)\s+peut-[êe]tre\s+été\s+(?:supprimé|déplacé|retiré|renommé)e?s?"
    r"|(?:could|can)\s*(?:not|n['’]t)\s+be\s+found)"
    r"|\b(?:can['’]?t|cannot|could\s*n['’]?t|could\s+not|(?:are|were)\s+unable\s+to)"
    r"\s+(?:seem\s+to\s+)?find\s+(?:that|the|this|your)\s+(?:page|article|content|link)\b")


def _prose(paragraph: str) -> bool:
    text = paragraph.strip()
    return len(text.split()) >= PROSE_WORDS and text.endswith((".", "!", "?", "…", "»", "\""))


def _article_evidence(paragraphs: Sequence[str], headline: str, dated: bool) -> bool:
    """A published time, a long headline that is no apology, several prose paragraphs."""
    return (dated and len(headline.split()) >= HEADLINE_WORDS and not NOT_FOUND.search(headline)
            and sum(map(_prose, paragraphs)) >= PROSE_PARAGRAPHS)


def _short(paragraphs: Sequence[str]) -> bool:
    """Whether ``paragraphs`` are as short as an error page's message."""
    return len(paragraphs) <= MAX_PARAGRAPHS and sum(len(p) for p in paragraphs) <= MAX_CHARS


def _suggestions(after: Sequence[str]) -> bool:
    """Whether ``after`` (what follows the message) is a label and a card or two."""
    if not after:
        return True
    label = after[0].strip()
    return (len(label.split()) <= LABEL_WORDS and not label.endswith((".", "!", "?", "…"))
            and sum(len(p) for p in after) <= MAX_AFTER_CHARS)


def not_found_message(paragraphs: Sequence[str], *, headline: str = "",
                      dated: bool = False) -> bool:
    """Whether ``paragraphs`` (an extracted body, the headline left out) are a "page not
    found" message rather than an article (module docstring). ``headline`` is the page's
    headline ("" when unknown), ``dated`` whether the page declares a published time."""
    if not paragraphs or _article_evidence(paragraphs, headline, dated):
        return False
    if len(headline) <= HEADING_CHARS and NOT_FOUND.search(headline) and (
            _short(paragraphs) or _suggestions(paragraphs)):
        return True  # the headline is the apology, the body its hint or suggestions (V3)
    # The message: the first paragraph, or the second under a short heading.
    at = 0 if NOT_FOUND.search(paragraphs[0]) else (
        1 if len(paragraphs) > 1 and len(paragraphs[0]) <= HEADING_CHARS
        and NOT_FOUND.search(paragraphs[1]) else -1)
    if at < 0 or sum(len(p) for p in paragraphs[:at + 1]) > MAX_CHARS:
        return False
    if _short(paragraphs):
        return True
    return _suggestions(paragraphs[at + 1:])

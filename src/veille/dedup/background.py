"""Background sentences: text an article shares with earlier articles that are not copies
of it, read as no story words.

Wire agencies (AFP, Reuters, AP) end every dispatch on a running story with the same
background paragraphs ("L'Ukraine est confrontée depuis le début de l'invasion russe…");
sites end their briefs with the same newsletter line. Those words are the running topic's
(Ukraine, Kiev, frappes russes), so they joined dispatches on four different events into
one story (newuser4 N20; fresh user nu3 N1 for a site's trailer). Text that recurs verbatim
in articles that are not copies of each other is, by that very fact, not what either is
about: Broder's rule of ignoring shingles that occur in too many documents (1997), applied
to whole sentences and from the second document on, as ``docs/dedup.md`` does for
signatures.

A sentence is compared near-verbatim: folded (:func:`veille.extract.textshape.fold`), its
letters-only words kept (figures and punctuation dropped, so "plus de 10 000 civils" and
"plus de 12 000 civils" are one sentence), at least :data:`MIN_WORDS` of them. The
headline and the lead (the first paragraph) are always read: the news is there. A copy
(reprint, teaser, version) shares its original's sentences by being a copy: a sentence
first printed by an article this one copies is no background.

**Cold start.** The first article to print a background sentence cannot know it yet, and
reads it. When a second article that is no copy of it prints the sentence, the sentence
becomes background for every later article, and the first one is reported
(:meth:`Background.split`'s second value) so that its story, while that article is still
its only member, is recomputed without it (:meth:`veille.dedup.stories.Stories.discount`).
A story of two articles or more keeps the words it averaged in (a known limit: each
member's vector is not kept).

State is bounded: :data:`MAX_SENTENCES` sentences, least recently seen forgotten first. It
is handed in with the story state by the ingest loop, which replays the store's recent
articles through it at start (``veille.ingest.warm_stories``), so a new run knows what
the last ones printed.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Sequence

from veille.enrich.text import sentences
from veille.extract.textshape import fold

MIN_WORDS = 4
"""Words (letters only) a sentence needs to be remembered: shorter ones ("Partager", "Lire
aussi") are too common to say anything, either way."""
MAX_SENTENCES = 200_000
"""Sentences remembered: about 7,000 articles of 30 sentences, more than the 5,000 the ingest
loop replays at start."""
_LETTERS = re.compile(r"[^\W\d_]+")
_SHARED = ""
"""The owner recorded for a sentence already found in two articles that are no copies of
each other: background for every later article."""


_ASCII_LETTERS = re.compile(r"[a-z]+")
""":data:`_LETTERS` of a lower-cased ASCII text (its letters are a-z): a set of characters
that the ``re`` engine tests faster than the Unicode categories."""


def sentence_key(sentence: str) -> int | None:
    """The near-verbatim key of a sentence (folded letter words), ``None`` under
    :data:`MIN_WORDS` words. An ASCII sentence's folded letter words are those of its lower
    case (folding it would only collapse its spaces, which separate words either way)."""
    if sentence.isascii():
        found = _ASCII_LETTERS.findall(sentence.lower())
    else:
        found = _LETTERS.findall(fold(sentence))
    return hash(" ".join(found)) if len(found) >= MIN_WORDS else None


class Background:
    """The sentences of recent articles, each with the first article that printed it."""

    def __init__(self, capacity: int = MAX_SENTENCES) -> None:
        self.capacity = capacity
        self.owner: OrderedDict[int, str] = OrderedDict()

    def split(self, article_id: str, paragraphs: Sequence[str],
              copies: Sequence[str] = ()) -> tuple[list[str], dict[str, list[str]]]:
        """``paragraphs`` with their background sentences taken out (the first paragraph is
        kept whole; a paragraph left empty is dropped), and the sentences this article has
        just found to be background, by the earlier article that printed them first (the
        cold start: that article read them). ``copies``: the articles this one copies.
        Remembers the article's sentences. Linear in the text."""
        kept: list[str] = []
        found: dict[str, list[str]] = {}
        owner = self.owner
        for index, paragraph in enumerate(paragraphs):
            parts = []
            for sentence in sentences(paragraph):
                key = sentence_key(sentence.text)
                if key is None:
                    parts.append(sentence.text)
                    continue
                first = owner.get(key)
                if first is None:
                    owner[key] = article_id
                    parts.append(sentence.text)
                    continue
                owner.move_to_end(key)
                if first == article_id or first in copies or index == 0:
                    parts.append(sentence.text)
                    continue
                if first != _SHARED:
                    found.setdefault(first, []).append(sentence.text)
                    owner[key] = _SHARED
            if parts:
                kept.append(" ".join(parts))
        while len(owner) > self.capacity:
            owner.popitem(last=False)
        return kept, found

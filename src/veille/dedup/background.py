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
import threading
from collections import OrderedDict
from collections.abc import Sequence
from hashlib import blake2b

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
    case (folding it would only collapse its spaces, which separate words either way).
    A digest of them, the same in every process (a saved story state holds these keys:
    :mod:`veille.dedup.story_state`); it was Python's ``hash``, salted per process, so a
    state loaded by the next writer knew none of its sentences (r-perf49)."""
    if sentence.isascii():
        found = _ASCII_LETTERS.findall(sentence.lower())
    else:
        found = _LETTERS.findall(fold(sentence))
    if len(found) < MIN_WORDS:
        return None
    return words_key(" ".join(found))


def words_key(words: str) -> int:
    """The 64-bit signed digest (BLAKE2b) of a sentence's folded letter words, joined by
    spaces: :func:`sentence_key`'s value, the same in every process."""
    return int.from_bytes(blake2b(words.encode(), digest_size=8).digest(), "little", signed=True)


Keyed = tuple[tuple[int, int, int | None], ...]
"""A paragraph's sentences as (start, end, :func:`sentence_key`), in order."""

MEMO_BYTES = 48_000_000
"""Bytes, estimated (:func:`_memo_size`), of the paragraphs whose sentence keys the process
remembers (:func:`remembered`): about 60,000 paragraphs of 500 characters, the 4,000
articles a writer's re-clustering and its replay read (``veille.ingest``'s window of 2,000
and the 2,000 before it), so that the next writer's reads all find them."""


def keyed(paragraph: str) -> Keyed:
    """The sentences of ``paragraph`` (:func:`veille.enrich.text.sentences`) with their
    keys (:func:`sentence_key`): what :meth:`Background.split` reads of a paragraph."""
    return tuple((s.start, s.end, sentence_key(s.text)) for s in sentences(paragraph))


def _memo_size(paragraph: str, found: Keyed) -> int:
    """Estimated bytes the memo holds for ``paragraph``: the string (its characters, a
    header) and the tuple of its sentences (a tuple of three numbers each)."""
    return len(paragraph) + 80 + 130 * len(found)


class _Memo:
    """:func:`keyed` of the paragraphs last read by any :class:`Background` of the process,
    least recently read forgotten first beyond :data:`MEMO_BYTES`; emptied when
    :data:`MIN_WORDS` changes (the keys depend on it, on nothing else than the text)."""

    def __init__(self) -> None:
        self.found: OrderedDict[str, Keyed] = OrderedDict()
        self.bytes = 0
        self.min_words = MIN_WORDS
        self.lock = threading.Lock()

    def get(self, paragraph: str) -> Keyed:
        with self.lock:
            if self.min_words != MIN_WORDS:
                self.clear()
            found = self.found.get(paragraph)
            if found is not None:
                self.found.move_to_end(paragraph)
                return found
        found = keyed(paragraph)
        size = _memo_size(paragraph, found)
        with self.lock:
            if size <= MEMO_BYTES and paragraph not in self.found:
                self.found[paragraph] = found
                self.bytes += size
            while self.bytes > MEMO_BYTES:
                old, old_found = self.found.popitem(last=False)
                self.bytes -= _memo_size(old, old_found)
        return found

    def clear(self) -> None:
        self.found.clear()
        self.bytes = 0
        self.min_words = MIN_WORDS


_MEMO = _Memo()


def remembered(paragraph: str) -> Keyed:
    """:func:`keyed`, remembered by the process (:class:`_Memo`): a stored article read
    again by the next writer's re-clustering and catch-up (each writer has its own
    :class:`Background`, as each re-clustering) is not split and keyed again (issue #13:
    a writer of 10 captures on a store of 150 spent 29 % of its CPU keying the stored
    paragraphs its predecessor had keyed). A pure function of the paragraph's text given
    :data:`MIN_WORDS`, found only for that very text."""
    return _MEMO.get(paragraph)


class Background:
    """The sentences of recent articles, each with the first article that printed it."""

    def __init__(self, capacity: int = MAX_SENTENCES) -> None:
        self.capacity = capacity
        self.owner: OrderedDict[int, str] = OrderedDict()

    def keyed(self, paragraph: str) -> Keyed:
        """:func:`keyed` of ``paragraph``, remembered by the process (:func:`remembered`)."""
        return remembered(paragraph)

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
            for start, end, key in self.keyed(paragraph):
                if key is None:
                    parts.append(paragraph[start:end])
                    continue
                first = owner.get(key)
                if first is None:
                    owner[key] = article_id
                    parts.append(paragraph[start:end])
                    continue
                owner.move_to_end(key)
                if first == article_id or first in copies or index == 0:
                    parts.append(paragraph[start:end])
                    continue
                if first != _SHARED:
                    found.setdefault(first, []).append(paragraph[start:end])
                    owner[key] = _SHARED
            if parts:
                kept.append(" ".join(parts))
        while len(owner) > self.capacity:
            owner.popitem(last=False)
        return kept, found

"""The story terms of an article that has versions: what every version of it says.

A version (an update of the same article: the same URL, a wire's new version, a capture of
the same page with a new headline) joins its article's story at ingest without a vote
(docs/dedup.md, Versions). But the stories are clustered again from the stored articles
(:mod:`veille.dedup.recluster`), and the stored article holds its *latest* content: the
update's new words then voted as if the article had always said them. A tower fire in
Grenoble's Villeneuve whose update added "un suspect interpellé … placé en garde à vue …
a indiqué le parquet" moved into the story of a teacher assaulted in the same quarter the
next day (a 15-year-old "mis en examen", "a annoncé le parquet"): the update's added
words, read as crime, made the fire's and the assault's kinds of event agree (issue #14,
t-final29 F2).

The rule: **an update brings no evidence its article's earlier versions lack**. An article
with versions is clustered on the terms all its versions hold (:func:`held_terms`: each
term at its lowest weight; its names, headline terms, kinds of event and sub-places are
those all versions give). What an update only adds (an arrest, a toll, a new quote) may
still tell the reader more, but it does not take the article into another story: one
event's article stays where its first telling put it, and a correction that takes a word
back takes back its evidence too. The cost: an article first published as a flash of one
line draws other outlets' articles only on the flash's words (measured: the held-out set
bench/data/heldout/f-stories29, whose follow-ups are other articles, not versions).
"""

from __future__ import annotations

from collections.abc import Iterable

from veille.dedup.stories import Terms


def held_terms(current: Terms, earlier: Iterable[Terms]) -> Terms:
    """The terms of ``current`` (an article's latest content) that every one of ``earlier``
    (the terms of its earlier versions) holds too, each at its lowest weight; its names,
    headline terms, kinds of event and sub-places (lead and all) are likewise those all of
    them give. ``current`` itself when ``earlier`` is empty. Linear in the terms."""
    counts = dict(current)
    names, headline = current.names, current.headline
    kinds, places, mentions = current.kinds, current.places, current.mentions
    for other in earlier:
        counts = {t: min(w, other[t]) for t, w in counts.items() if t in other}
        headline = headline & other.headline
        kinds, places = kinds & other.kinds, places & other.places
        mentions = mentions & other.mentions
    return Terms(counts, names & counts.keys(), headline & counts.keys(), kinds, places,
                 mentions)

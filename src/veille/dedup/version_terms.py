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

**The event's days are every version's** (:data:`EVENT_DAYS_OF_VERSIONS`): a day key
(:data:`veille.dedup.event_days.DAY`: the day its lead dates the event, the days it refers
back to or recalls) that any version reads is held. An update rewrites its lead ("le bilan
des inondations qui ont frappé mardi soir …" for "… évacués mardi soir …, a annoncé
mercredi la préfecture") and the two leads may date one event on two days; kept only where
both agreed, the day went, and a follow-up that refers back to the event's day ("au
lendemain de la crue", Le Monde's day-2 report) lost the thread that lifts the time fade:
it was a story of its own once Ouest-France's update was stored, and in the story with the
first text alone (t-final65 A3: membership depended on what else was stored). A day is no
word of the text: it takes no article into a story by itself (the thread also asks a town
in both leads and a person both name, :meth:`veille.dedup.stories.Stories._day_thread`).
"""

from __future__ import annotations

from collections.abc import Iterable

from veille.dedup.event_days import DAY
from veille.dedup.stories import Terms

EVENT_DAYS_OF_VERSIONS = True
"""Whether the day keys any version reads are held (the rule above, t-final65 A3); False:
only those all versions read, as before (h-stories66)."""


def held_terms(current: Terms, earlier: Iterable[Terms]) -> Terms:
    """The terms of ``current`` (an article's latest content) that every one of ``earlier``
    (the terms of its earlier versions) holds too, each at its lowest weight; its names,
    headline terms, kinds of event and sub-places (lead and all) are likewise those all of
    them give, but for the day keys (:data:`~veille.dedup.event_days.DAY`) of its
    sub-places, held when any version reads them (:data:`EVENT_DAYS_OF_VERSIONS`).
    ``current`` itself when ``earlier`` is empty. Linear in the terms."""
    counts = dict(current)
    names, headline = current.names, current.headline
    kinds, places, mentions = current.kinds, current.places, current.mentions
    lead_days = {k for k in places if k.startswith(DAY)}
    text_days = {k for k in mentions if k.startswith(DAY)}
    for other in earlier:
        counts = {t: min(w, other[t]) for t, w in counts.items() if t in other}
        headline = headline & other.headline
        kinds, places = kinds & other.kinds, places & other.places
        mentions = mentions & other.mentions
        lead_days.update(k for k in other.places if k.startswith(DAY))
        text_days.update(k for k in other.mentions if k.startswith(DAY))
    if EVENT_DAYS_OF_VERSIONS:
        places, mentions = places | lead_days, mentions | text_days
    return Terms(counts, names & counts.keys(), headline & counts.keys(), kinds, places,
                 mentions)

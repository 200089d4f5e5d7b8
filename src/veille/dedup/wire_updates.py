"""Whether two records of one source are the same dispatch at two moments (issue 14,
t-final24 F8): the rule :meth:`veille.dedup.near.NearDuplicateStage._updates` applies to
records that came with neither URL nor wire guid (an agency desk's JSON Lines export), which
nothing else identifies.

An agency update keeps its dispatch's ``published`` and moves ``updated`` (AFP, Reuters and
the IPTC ninjs ``versioncreated``/``firstcreated`` pair; schema.org ``dateModified``). Two
records of one source with the same publication minute (a time known, not a day), one of
which states an update (:func:`veille.dedup.version_times.stated_update`: ``updated`` more
than a minute after ``published``), and which keep the text (``near.same_text``, checked by
the caller), are one dispatch: the record with the later own time is the current version
and the other an earlier one (the store orders them: ``dedup/capture_order.py``). The rule
reads the records only, never their arrival: the update read before its dispatch, after it
or in the same input gives the same article (before, only the dispatch stored first, in an
earlier ingest, made the update its version; read the other way the dispatch was a
"republication" of its own update). Two records neither of which states an update are two
sendings, not versions (the text decides whether they are copies)."""

from __future__ import annotations

from datetime import datetime

from veille.dedup.version_times import stated_update


def minute_of(when: datetime) -> int:
    """Minutes since the epoch (a time without a zone read as UTC's, as ``timestamp``
    reads it the machine's: only compared with times of the same record kind)."""
    return int(when.timestamp() // 60)


def one_dispatch(published: datetime, updated: datetime | None,
                 other_published: datetime | None, other_updated: datetime | None) -> bool:
    """Whether a record (``published``, a time; ``updated``) and another of the same source
    (``other_published``, ``other_updated``), whose texts are one text, are one dispatch at
    two moments: the same publication minute, and one of the two states an update."""
    if other_published is None or minute_of(other_published) != minute_of(published):
        return False
    return stated_update(published, updated) is not None or \
        stated_update(other_published, other_updated) is not None

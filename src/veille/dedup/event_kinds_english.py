"""English event words for kinds of :data:`veille.dedup.event_kinds.KINDS` its English
entries missed: an opening, a walkout, and (:data:`ENGLISH_VERBS`) a visit.

The lexicon named "strike" but no English opening but "reopens" and "grand opening", nor a
walkout: "Health secretary opens new children's hospital wing" and "nurses walk out as
talks with the health secretary fail" named no kinds that differ, so one minister's name
joined two events (h-bridge53's held-out A, t-final53b; r-stories54). These entries follow
the lexicon's rules (folded; a single word matches as a prefix, a trailing space asks for
the whole word) and name the event itself with the words that fix its sense ("opens new",
not "opens"; "officially opened", not "opened fire"); they were written from the IPTC
families "social conflict" (labour dispute) and the lexicon's "opening", not from any
benchmark's articles.
"""

from __future__ import annotations

ENGLISH_KINDS: dict[str, tuple[str, ...]] = {
    "opening": (
        "opens new", "opened new", "opened a new", "opened the new", "opening of the new",
        "opening of a new", "officially opens", "officially opened", "officially open ",
        "cut the ribbon", "cut a ribbon", "cuts the ribbon", "ribbon-cutting",
        "ribbon cutting", "foundation stone",
    ),
    "social": (
        "walkout", "walk out ", "walks out ", "walked out ", "picket line",
        "industrial action", "strike action",
    ),
}
"""Kind -> English entries, added to :data:`veille.dedup.event_kinds.KINDS`."""

ENGLISH_VERBS: dict[str, tuple[str, ...]] = {
    "visit": (
        "visits ", "visited ", "on a visit to", "toured ", "tours ",
    ),
}
"""Kind -> English verbs of a visit, added to :data:`veille.dedup.event_kinds.EVENT_VERBS`
(its "visit" entries were French only)."""

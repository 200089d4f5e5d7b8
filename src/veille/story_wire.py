"""The news agency whose dispatch a story's copies are (h-copies66, t-final65 C6).

A dispatch credited "(AFP)", "EFE", "ANSA", "Reuters", "dpa", "Lusa" and run by several
outlets was recognised on each article (``origin: EFE dispatch``,
:mod:`veille.wire_origin`), but the story read as if one newspaper had copied another: it
never named the agency. :func:`story_wire` finds the largest group of a story's copies
(an original and the articles filed as its copies) whose members credit one agency, and
says it: the agency, how many outlets carry it, the first to publish it. The copies of one
dispatch stay one piece of coverage: the story's ``independent`` count is the store's and
does not change here.

:func:`story_wire` is pure (the caller gives the records and the members' order);
:func:`stored_story_wire` reads them from a store, for the web's story view and the CLI's
story line (h-copies67: the CLI never named the agency).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from veille.record import Article
from veille.store.base import Store, StoryArticle
from veille.wire_origin import DISPATCH, origin_of


@dataclass(frozen=True, slots=True)
class StoryWire:
    """``agency`` as credited ("AFP"); ``sources`` the outlets carrying it, first to
    publish first (each once, "" left out); ``articles`` the ids of its articles, in the
    story's timeline order."""

    agency: str
    sources: tuple[str, ...]
    articles: tuple[str, ...] = field(default=())


def _agency(record: Article, copy: bool) -> str:
    """The agency ``record`` runs as a dispatch ("" when it credits none or writes its own
    text with it: :data:`veille.wire_origin.WITH`)."""
    content = record.content
    if content is None:
        return ""
    credit = str(content.evidence.get("credit", ""))
    found = origin_of(credit, record.source or "", content.paragraphs, copy=copy,
                      same_dispatch=copy)
    return found.agency if found is not None and found.kind == DISPATCH else ""


def story_wire(members: Sequence[StoryArticle], records: Mapping[str, Article]
               ) -> StoryWire | None:
    """The dispatch carried by the most outlets of a story, or None.

    ``members``: the story's articles in timeline order (:meth:`Store.story`);
    ``records``: their stored records by id. A group is an original and the members filed
    as its copies (``dedup.duplicate_of``); its agency is the one most of its members
    credit as a dispatch (a copy is a run of the dispatch it copies,
    :func:`veille.wire_origin.origin_of` with ``copy``). Only a group carried by two
    outlets or more is said: one outlet's text is no dispatch "carried by" anyone."""
    order = {m.article_id: n for n, m in enumerate(members)}
    groups: dict[str, list[str]] = {}
    for member in members:
        record = records.get(member.article_id)
        original = record.dedup.duplicate_of if record is not None and record.dedup else None
        if member.reprint and original and original in order:
            groups.setdefault(original, [original]).append(member.article_id)
    best: StoryWire | None = None
    for original, ids in groups.items():
        ids = sorted(dict.fromkeys(ids), key=order.__getitem__)
        credits = [_agency(records[i], i != original) for i in ids if i in records]
        named = [c for c in credits if c]
        if not named:
            continue
        # the form most of them write, the shortest of equals ("EFE" over "Agencia EFE":
        # the agency's name, not its credit line; h-copies67)
        agency = max(dict.fromkeys(named), key=lambda c: (named.count(c), -len(c)))
        sources = tuple(dict.fromkeys(
            records[i].source for i in ids if i in records and records[i].source))
        if len(sources) < 2:
            continue
        if best is None or len(sources) > len(best.sources):
            best = StoryWire(agency, sources, tuple(ids))
    return best


def stored_story_wire(store: Store, members: Sequence[StoryArticle]) -> StoryWire | None:
    """:func:`story_wire` of a story's ``members`` (:meth:`Store.story`, timeline order),
    reading from ``store`` the records of its copies and of their originals only; None
    when no member is a copy."""
    copies = [m.article_id for m in members if m.reprint]
    if not copies:
        return None
    records = store.get_many(copies)
    wanted = [str(r.dedup.duplicate_of) for r in records.values()
              if r.dedup is not None and r.dedup.duplicate_of and
              r.dedup.duplicate_of not in records]
    records.update(store.get_many(wanted) if wanted else {})
    return story_wire(members, records)


def names_first_run(wire: StoryWire | None, first_source: str, tied: Sequence[str]) -> bool:
    """Whether a story's first-publication line names the agency of ``wire`` ("EFE
    dispatch, carried first by Levante-EMV", h-copies67): the story's first publication
    (``first_source``, no other outlet ``tied`` with it) is the dispatch's first run, by an
    outlet that is not the agency itself (afp.com's own article stays "first published by
    afp.com": :func:`veille.dedup.credit_order.credits_outlet`)."""
    from veille.dedup.credit_order import credits_outlet

    return bool(wire is not None and first_source and not tied and wire.sources
                and wire.sources[0] == first_source
                and not credits_outlet(wire.agency, first_source))

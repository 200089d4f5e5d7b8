"""The SQLite side of near duplicates, versions and stories (migration 2).

Kept apart from ``sqlite.py`` so that module stays about articles and raw inputs. Every
function takes the open connection and runs inside the caller's transaction.

- ``signatures``: one compact row per article (its bottom-k signature, source and minute),
  read back at start to warm the in-memory candidate index of a time window.
- ``article_links``: the copies found at ingest (``reprint``, ``teaser``), both ends kept so
  ``veille duplicates ID`` answers either way.
- ``article_versions``: the earlier contents of an article with a diff to the next one.
- ``story_members``: which story each article joined, and whether it is a reprint.
"""

from __future__ import annotations

import base64
import difflib
import json
import re
import sqlite3
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from veille.dedup.capture_order import compare_captures, own_time_later
from veille.dedup.published_order import (
    NO_SLACK,
    Slack,
    latest_published,
    order_unknown,
    outlet_text,
    published_before,
    published_span,
    span_before,
    zone_slack,
)
from veille.dedup.representative import in_language, main_language, newest, text_length
from veille.dedup.same_minute import minute_ties
from veille.dedup.version_times import declared_time, stated_update
from veille.display_title import untitled_text
from veille.extract.timezones import assumed_zone_name
from veille.outlet_identity import one_outlet
from veille.record import COMPLETED, DAY, TIME, TRANSFER_HINT, Article, Dedup, distinct
from veille.store.base import (
    Link,
    StoryArticle,
    StorySummary,
    Version,
    copy_relation,
    outlets_known,
)
from veille.store.calendar import article_day, article_precision, article_time
from veille.store.story_page import PageQuery, page_story_ids

if TYPE_CHECKING:  # imported by the functions that use them (start-up time)
    from veille.dedup.credit_order import (
        Outlet,
    )
    from veille.dedup.signature import Signature

#: A sequence number above any stored (SQLite and PostgreSQL integers are 64-bit).
UNLIMITED_SEQ = 2**62


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


MEMBER_UPSERT = ("INSERT OR REPLACE INTO story_members "
                 "(article_id, story_id, source, reprint, at, reason) VALUES (?,?,?,?,?,?)")
"""A story membership, with the join's reason (``dedup.story_reason``; migration 21; the
PostgreSQL store translates it, ``veille.store.postgres.PG_STATEMENTS``)."""


def write_dedup(conn: sqlite3.Connection, article: Article) -> None:
    """Store a new article's signature, links and story membership."""
    from veille.dedup.near import article_minute

    dedup = article.dedup
    if dedup is None:
        return
    if dedup.signature:
        conn.execute("INSERT OR REPLACE INTO signatures VALUES (?,?,?,?)",
                     (article.id, article.source, article_minute(article),
                      base64.b64decode(dedup.signature)))
    if dedup.duplicate_of is not None:
        # A copy is the reprint (teaser...) of its original, not of the other copies it
        # matched, which may be later than it (newuser4 N6).
        conn.execute("INSERT OR IGNORE INTO article_links VALUES (?,?,?,?)",
                     (article.id, dedup.duplicate_of, dedup.relation or "reprint",
                      dedup.similarity))
    elif dedup.relation:
        for other in dedup.near_duplicates:
            conn.execute("INSERT OR IGNORE INTO article_links VALUES (?,?,?,?)",
                         (article.id, other, dedup.relation, dedup.similarity))
    # else an original matched by stored copies (:func:`take_original`): they link to it
    if dedup.story_id:
        conn.execute(MEMBER_UPSERT,
                     (article.id, dedup.story_id, article.source,
                      1 if copy_in_story(conn, dedup.duplicate_of, dedup.story_id) else 0,
                      _iso(article.first_seen), dedup.story_reason))


def copy_in_story(conn: sqlite3.Connection, original: str | None, story_id: str) -> bool:
    """Whether an article copying ``original`` (its ``dedup.duplicate_of``; None for an
    article of its own) is a copy **within** the story ``story_id``: its original is in
    that story, or in none (not clustered), as a copy joins its original's story.

    A copy taken out of its original's story by hand (``veille stories detach``), or kept
    apart by an earlier edit, is its story's own text there: its story's lone article read
    "1 article, including 1 reprint; 1 source: 0 with their own article, 1 only copying"
    (t-final29 U5), a story copying nothing it holds. Its record still names its original
    (``dedup.duplicate_of``, the article page's "reprint of")."""
    if not original:
        return False
    row = conn.execute("SELECT story_id FROM story_members WHERE article_id = ?",
                       (original,)).fetchone()
    return row is None or str(row[0]) == story_id


def settle_copy_flags(conn: sqlite3.Connection, article_ids: Sequence[str]) -> None:
    """Set the story membership's copy flag (``story_members.reprint``) of ``article_ids``
    and of their copies (``article_links``) by :func:`copy_in_story`, after stories moved
    them: a copy detached from its original's story, or its original detached from it, is
    no copy within its story any more; undone, it is one again."""
    ids = list(dict.fromkeys(article_ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i: i + 500]
        ids.extend(str(r[0]) for r in conn.execute(
            f"SELECT DISTINCT article_id FROM article_links WHERE other_id IN ({_in(chunk)})",
            chunk) if str(r[0]) not in ids)
    originals = copies_of(conn, ids)
    for article_id, (story, flag) in story_of(conn, ids).items():
        settled = copy_in_story(conn, originals.get(article_id), story)
        if settled != flag:
            conn.execute("UPDATE story_members SET reprint = ? WHERE article_id = ?",
                         (1 if settled else 0, article_id))


def declared_apart(article: Article, stored_doc: str) -> bool:
    """Whether ``article`` declares itself another publication than the stored article
    whose record (JSON) is ``stored_doc``, when both have no source or URL to tell them
    apart (text captures, saved pages): the pages name different sites (``site_name``,
    e.g. ``og:site_name``), or they differ in both headline and publication time. A page
    saved again keeps its site, headline and time; an outlet running a dispatch word for
    word gives it its own headline and time (docs/dedup.md, newuser9 R4/R5)."""
    content = article.content
    if content is None:
        return False
    stored = json.loads(stored_doc).get("content") or {}
    site, other_site = fold_words(content.site_name), fold_words(stored.get("site_name") or "")
    if site and other_site and site != other_site:
        return True
    title, other_title = fold_words(content.title), fold_words(stored.get("title") or "")
    published = content.published.isoformat() if content.published else ""
    other_published = str(stored.get("published") or "")
    return bool(title and other_title and title != other_title and published
                and other_published and _instant(published) != _instant(other_published))


def retitled(article: Article, stored_doc: str) -> bool:
    """Whether ``article`` and the stored article whose record (JSON) is ``stored_doc``,
    one body, print different headlines (:func:`fold_words`: case and spacing aside; a
    side without a headline differs from none): an edited headline is a new version of
    the article, or another outlet's copy, never the same page read again (t-final51
    A10)."""
    content = article.content
    if content is None:
        return False
    title = fold_words(content.title)
    other = fold_words((json.loads(stored_doc).get("content") or {}).get("title") or "")
    return bool(title and other and title != other)


def _instant(iso: str) -> datetime | str:
    """``iso`` as an aware instant (a naive one read as UTC), or itself if unreadable."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def fold_words(text: str) -> str:
    """``text`` case-folded with its words joined by single spaces (accents kept)."""
    return " ".join(text.casefold().split())


def mark_exact_copy(conn: sqlite3.Connection, article: Article, other_id: str,
                    other_source: str | None) -> None:
    """Make ``article``, whose body is exactly stored article ``other_id``'s (the same
    fingerprint) but which is another publication, a copy of it: a ``reprint`` (another
    outlet; a ``teaser`` when ``other_id`` is one: the same excerpt) or ``republication``
    (its source, at another URL) with similarity 1.0.

    The near-duplicate stage usually found it already (its verdict is kept: it names the
    earliest copy); when it did not (the original is out of its time window, or the stage
    did not run), the copy is linked to ``other_id``'s original (and joins its story when
    the story stage gave it none)."""
    if article.dedup is None:
        return
    dedup = article.dedup
    if dedup.duplicate_of is not None and dedup.relation in COPY_RELATIONS + (
            "republication",):
        return
    row = conn.execute(
        f"SELECT other_id, relation FROM article_links WHERE article_id = ? AND relation IN "
        f"({_in(COPY_RELATIONS)}) LIMIT 1", (other_id, *COPY_RELATIONS)).fetchone()
    original = str(row[0]) if row else other_id
    same_source = one_outlet(article.source, other_source)
    # the same words as a teaser are the same excerpt (t-final22 F1: an aggregator's copy
    # of a paper's paywalled teaser was a "reprint")
    dedup.relation = "republication" if same_source else (
        "teaser" if row is not None and row[1] == "teaser" else "reprint")
    dedup.duplicate_of, dedup.similarity = original, 1.0
    dedup.near_duplicates = distinct([other_id, *dedup.near_duplicates])
    story = None if dedup.story_id else conn.execute(
        "SELECT story_id FROM story_members WHERE article_id = ?", (original,)).fetchone()
    if story is not None:
        dedup.story_id = str(story[0])


ORIGINAL_TOLERANCE = timedelta(minutes=5)
"""How much earlier than every stored copy a later-ingested copy must be published to be
their original: pages and feeds round or shift times by a minute or two, so a copy dated
within this of the first seen keeps ingest order (docs/dedup.md)."""
COPY_RELATIONS = ("reprint", "teaser")


def _in(ids: Sequence[str]) -> str:
    return ",".join("?" * len(ids))


def _dating(conn: sqlite3.Connection, ids: Sequence[str]
            ) -> dict[str, tuple[datetime | None, bool, str, str | None]]:
    """Each stored article's ``(published, known to the day only, relation, duplicate_of)``,
    read without loading its record."""
    found = {}
    for i in range(0, len(ids), 500):
        chunk = list(ids[i: i + 500])
        for r in conn.execute(
                "SELECT id, published, json_extract(doc, '$.content.published_precision'), "
                "json_extract(doc, '$.dedup.relation'), json_extract(doc, '$.dedup.duplicate_of') "
                f"FROM articles WHERE id IN ({_in(chunk)})", chunk):
            found[str(r[0])] = (datetime.fromisoformat(r[1]) if r[1] else None, r[2] == DAY,
                                str(r[3] or ""), r[4])
    return found


def take_original(conn: sqlite3.Connection, article: Article) -> list[str]:
    """Make a new reprint the original when it came before every copy it matched, or
    contains them where their order is unknown.

    Feeds are polled in any order and archives come late, so the copy seen first is not
    always the one published first. ``article`` (not stored yet) is a ``reprint``; the
    originals of its stored matches are weighed (:func:`_precedes`): the new article
    takes their place when, for every one, it was published more than
    :data:`ORIGINAL_TOLERANCE` before it (a date known to the day only spans its day,
    :func:`veille.dedup.published_order.published_before`: it is before a time of a later
    day only), or, when neither is surely before the other (a day-only date and a time of
    that day, times within the tolerance, or either undated), the other credits its outlet
    or it is an agency's own article and the other not
    (:mod:`veille.dedup.credit_order`, t-reader21 R3), else, both dated, its text contains
    the other's (:func:`veille.dedup.near.contains`: a cut copy is the copy of the text it
    was cut from, t-reader20 R1). An original stored first that is neither later nor contained
    keeps its place (first seen). A copy of those originals blocks the change only when it
    was surely published before the new article (it would be the earliest), and is no
    teaser: an excerpt out before the full text is the original of nothing (t-final21 F2:
    a teaser stamped 08:00 kept a paper's copy crediting AFP the original of AFP's 10:00
    dispatch when the dispatch came last, and only then), nor a copy whose credit or
    dateline makes the new article its original within
    :data:`~veille.dedup.credit_order.CREDIT_SPAN` (:func:`_credited_within`: a paper's
    "(avec AFP)" copy stamped before AFP's signed dispatch, t-final22 F6).

    **Only texts it is a copy of** (t-final22 F1): an original it is an excerpt of (its
    text much shorter and contained in it, :func:`_excerpt_of`; a cut copy contained in
    it, whatever its length) makes it a ``teaser`` of that text whatever the times, and
    an original it does not resemble (:func:`_resembles`: matched through a third text)
    is never displaced; a stored original that is an excerpt of the new text is displaced
    whatever the times, and becomes its teaser.

    The new article then loses its relation and ``duplicate_of``; the originals it
    displaces become reprints of it (teasers when they are its excerpts), and the stored
    reprints and teasers of those originals are relinked to it (same relation, new
    ``duplicate_of``; a link row is added so ``Store.links`` shows them). Returns the ids
    of the stored articles relinked, whose records and story membership are updated here,
    in the caller's transaction; the caller logs a ``link`` for each.
    """
    from veille.dedup.credit_order import Outlet, credit_order, credited_order, text_credit
    from veille.dedup.home_clock import read_order
    from veille.dedup.near import decode

    dedup, content = article.dedup, article.content
    if dedup is None or dedup.relation != "reprint" or not dedup.near_duplicates or \
            content is None:
        return []
    matched = _dating(conn, dedup.near_duplicates)
    roots = list(dict.fromkeys(
        str(copy_of) if relation in COPY_RELATIONS and copy_of else other_id
        for other_id, (_, _, relation, copy_of) in matched.items()))
    dating = {**matched, **_dating(conn, [r for r in roots if r not in matched])}
    if len(matched) < len(dedup.near_duplicates) or any(r not in dating for r in roots):
        _to_root(dedup, matched)
        return []
    signatures = _signatures(conn, list(dating)) if dedup.signature else {}
    own = decode(dedup.signature) if dedup.signature else None
    if own is not None:
        excerpt = _excerpt_of(own, content.truncated, signatures, list(dating))
        if excerpt is not None:  # an excerpt of a fuller text: its teaser, never its original
            dedup.relation, dedup.duplicate_of, dedup.similarity = "teaser", *excerpt
            dedup.near_duplicates = distinct([excerpt[0], *dedup.near_duplicates])
            return []
    cut = _cut(conn, roots)
    contained = {r for r in roots if own is not None and r in signatures and _excerpt_score(
        signatures[r], r in cut, own) is not None}
    slacks = _slacks(conn, list(dating))
    own_slack = zone_slack(content.published, content.evidence.get("timezone", ""),
                           content.published_precision,
                           outlet_text(article.source, content.url, content.site_name)) \
        if content.published is not None else NO_SLACK
    published = (content.published, content.published_precision, own_slack)
    outlet = Outlet(article.source or "", text_credit(content.evidence.get("credit", ""),
                                                      content.paragraphs))
    outlets = _outlets(conn, list(dating))
    updated = _updating(conn, list(dating))
    own_update = stated_update(content.published, content.updated) is not None
    if not all(i in contained or (_resembles(own, signatures.get(i)) and _precedes(
                   published, (when, DAY if day else None, slacks.get(i, NO_SLACK)), own,
                   signatures.get(i),
                   credited=credit_order(outlet, outlets.get(i, Outlet(""))),
                   credit=credited_order(outlet, outlets.get(i, Outlet(""))),
                   read=read_order((content.published, content.published_precision),
                                   outlet.credit, (when, DAY if day else None),
                                   outlets.get(i, Outlet("")).credit, ORIGINAL_TOLERANCE),
                   update=_update_order(own_update, i in updated)))
               for i, (when, day, _, _) in dating.items() if i in roots) or any(
            when is not None and content.published is not None and relation != "teaser"
            and published_before(when, DAY if day else None, content.published,
                                 content.published_precision, ORIGINAL_TOLERANCE,
                                 first_slack=slacks.get(i, NO_SLACK), second_slack=own_slack)
            and not _credited_within(published, (when, DAY if day else None,
                                                 slacks.get(i, NO_SLACK)),
                                     credited_order(outlet, outlets.get(i, Outlet(""))))
            for i, (when, day, relation, _) in dating.items() if i not in roots):
        _to_root(dedup, matched)
        return []
    copies = [str(r[0]) for r in conn.execute(
        f"SELECT article_id FROM article_links WHERE other_id IN ({_in(roots)}) UNION "
        f"SELECT other_id FROM article_links WHERE article_id IN ({_in(roots)})",
        (*roots, *roots))]
    dating.update(_dating(conn, [c for c in copies if c not in dating]))
    relinked = [i for i, (_, _, relation, copy_of) in dating.items()
                if i in roots or (relation in COPY_RELATIONS and copy_of in roots)]
    # a copy of a displaced original that is an excerpt of the new one is its teaser (an
    # aggregator's "reprint" of a paper's teaser, the paper's full copy arriving later)
    contained |= _excerpts(conn, own, [i for i in relinked if i not in roots])
    dedup.relation, dedup.duplicate_of = "", None
    linked = set(dedup.near_duplicates)
    for other_id in relinked:
        [doc] = [json.loads(r[0]) for r in conn.execute(
            "SELECT doc FROM articles WHERE id = ?", (other_id,))]
        other = doc.get("dedup") or {}
        if other_id not in roots:  # a copy of a displaced original: it copied the new one
            conn.execute(f"DELETE FROM article_links WHERE article_id = ? AND other_id IN "
                         f"({_in(roots)})", (other_id, *roots))
        if other_id in contained:  # an excerpt: the teaser of its full text
            other["relation"] = "teaser"
        elif other.get("relation") not in COPY_RELATIONS:
            other["relation"] = "reprint"
        other["duplicate_of"] = article.id
        score = _pair_score(conn, dedup.signature, other_id,
                            float(other.get("similarity") or 0.0) if other_id not in linked
                            else dedup.similarity)
        _add_match(other, article.id, score)
        doc["dedup"] = other
        conn.execute("UPDATE articles SET doc = ? WHERE id = ?",
                     (json.dumps(doc, ensure_ascii=False), other_id))
        conn.execute("UPDATE story_members SET reprint = 1 WHERE article_id = ?", (other_id,))
        # The copy now points to the new original (the link says who copied whom).
        conn.execute("INSERT OR IGNORE INTO article_links VALUES (?,?,?,?)",
                     (other_id, article.id, other["relation"], score))
    return relinked


def _excerpt_score(short: Signature, short_cut: bool, long: Signature) -> float | None:
    """The score of the text signed ``short`` as an **excerpt** of the one signed ``long``
    (``None`` when it is none): much shorter and contained in it
    (:func:`veille.dedup.near.extract_score`: at most half of it, most of its text in it),
    or, cut (``short_cut``: a paywall notice or an archive ended it,
    ``content.truncated``), contained in it whatever its length
    (:func:`veille.dedup.near.cut_score`). Signatures of different definitions: ``None``.
    An excerpt is the teaser of the fuller text, never its original nor its reprint's
    original, whatever the times (docs/dedup.md, t-final22 F1/F3)."""
    from veille.dedup.near import cut_score, extract_score
    from veille.dedup.signature import compare

    if short.version != long.version:
        return None
    sim = compare(short, long)
    small, large = sim.sizes
    score = extract_score(sim, small, large)
    if score is None and short_cut:
        score = cut_score(sim, small, large)
    return None if score is None else round(score, 3)


def _excerpt_of(own: Signature, own_cut: bool, signatures: Mapping[str, Signature],
                ids: Sequence[str]) -> tuple[str, float] | None:
    """The one of ``ids`` (with its score) the new text signed ``own`` is an excerpt of
    (:func:`_excerpt_score`), the best one; ``None`` when of none. A teaser republished by
    an aggregator matches the first teaser (the same words) better than the dispatch it
    was cut from, and was taken for a "reprint" of it (t-final22 F1)."""
    found = [(score, i) for i in ids if i in signatures and
             (score := _excerpt_score(own, own_cut, signatures[i])) is not None]
    if not found:
        return None
    score, best = max(found, key=lambda pair: pair[0])
    return best, score


def _resembles(own: Signature | None, other: Signature | None) -> bool:
    """Whether the new text signed ``own`` is a copy of the stored one signed ``other``
    by :func:`veille.dedup.near.judge` (a reprint or near-identical text), not merely
    matched through a third text: an article displaces as original only a text it is a
    copy of (t-final22 F1: the dispatch became the "reprint of 0.00" of an aggregator's
    excerpt of a paper's intro). True when either signature is missing or of another
    definition (no evidence: the times and credits decide, as before)."""
    from veille.dedup.near import judge
    from veille.dedup.signature import compare

    if own is None or other is None or own.version != other.version:
        return True
    return judge(own, other, compare(own, other)) is not None


def _cut(conn: sqlite3.Connection, ids: Sequence[str]) -> set[str]:
    """The stored articles among ``ids`` that are cut copies (``content.truncated``)."""
    found: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = list(ids[i: i + 500])
        found.update(str(r[0]) for r in conn.execute(
            "SELECT id, json_extract(doc, '$.content.truncated') FROM articles "
            f"WHERE id IN ({_in(chunk)})", chunk) if r[1] in (1, True, "true"))
    return found


def _to_root(dedup: Dedup, matched: Mapping[str, tuple[datetime | None, bool, str,
                                                       str | None]]) -> None:
    """Link a copy that keeps its relation to the original of the match it names, when
    that match is itself a copy (``matched``: :func:`_dating` of its matches): the stage
    names the match with the earliest minute, and a timed copy of a day-only original is
    earlier by that measure (its day ends later), though it copied it or their order is
    unknown (t-reader20 R1). A copy is the reprint of its original, not of the other
    copies (newuser4 N6)."""
    named = matched.get(dedup.duplicate_of or "")
    if named is not None and named[2] in COPY_RELATIONS and named[3]:
        dedup.duplicate_of = str(named[3])


def root_of(conn: sqlite3.Connection, article_id: str) -> str:
    """The article at the end of ``article_id``'s copy links (each stored record's
    ``dedup.duplicate_of``, followed while there is one): the one that copies nothing;
    ``article_id`` itself when it copies nothing or is not stored. A loop of links (never
    written, but records may be edited) stops where it would come back."""
    root, seen = article_id, {article_id}
    while True:
        row = conn.execute("SELECT json_extract(doc, '$.dedup.duplicate_of') FROM articles "
                           "WHERE id = ?", (root,)).fetchone()
        if row is None or not row[0] or str(row[0]) in seen:
            return root
        root = str(row[0])
        seen.add(root)


def to_root(conn: sqlite3.Connection, dedup: Dedup, text: Sequence[str] = (),
            stated: str = "") -> None:
    """File a new copy under the **root** of the article it names: when ``duplicate_of``
    is itself a copy (its record names an original: a reprint, a teaser, a
    republication), follow those links to the article that copies nothing, and name it
    instead, with the pair's score (:func:`_pair_score`) among the copy's matches.

    A copy is never filed under a copy (t-final21 F1): a paywalled excerpt matches the
    dispatch and the paper's "(avec AFP)" copy of it equally well, and the stage names the
    one stamped first, which may be the reprint (stamped two minutes before the dispatch,
    the credit making it the copy); its page then named the reprint its original under
    "first published by AFP". Whatever the relation (its kind is kept: an excerpt of a
    reprint is an excerpt of the dispatch).

    A ``republication`` (its own site's text again at another URL) keeps its link: it
    says which of the outlet's texts it repeats, and the root is another outlet's.

    A ``reprint`` whose printed ``text`` (:func:`veille.dedup.near.body_of`) holds a
    sentence of one of its matches, itself a copy of the root, that the root never printed
    in any version is that match's reprint (:func:`veille.dedup.held_text.holder`;
    t-final52b A7: Le Parisien's copy of Ouest-France's update, a paragraph Le Télégramme
    never printed, was "reprint of 1.00 … Le Télégramme").

    ``stated`` is the original a line of ``veille export`` says its store filed the copy
    under (:func:`veille.record.exported_original`): it is kept when it is stored, copies
    nothing and is one of the copy's matches here too. That rule read the original's
    earlier versions, which a store rebuilt from its export restores only once every
    line is stored, so it filed a copy under another (issue 14: "+2 reprints" became
    two rows in `veille quotes`)."""
    named = dedup.duplicate_of
    if not named or dedup.relation not in COPY_RELATIONS:
        return
    root = root_of(conn, named)
    if stated and stated in (root, *dedup.near_duplicates) and root_of(conn, stated) == \
            stated and conn.execute("SELECT 1 FROM articles WHERE id = ?",
                                    (stated,)).fetchone():
        root = stated
    elif dedup.relation == "reprint" and text:
        root = _holding(conn, text, root, [m for m in dedup.near_duplicates if m != root]) \
            or root
    if root == named:
        return
    score = _pair_score(conn, dedup.signature or "", root, dedup.similarity)
    fields: dict[str, Any] = {"near_duplicates": list(dedup.near_duplicates),
                              "similarity": dedup.similarity}
    _add_match(fields, root, score)
    dedup.duplicate_of = root
    dedup.near_duplicates, dedup.similarity = fields["near_duplicates"], fields["similarity"]


def _holding(conn: sqlite3.Connection, text: Sequence[str], root: str,
             matches: Sequence[str]) -> str | None:
    """The one of ``matches`` (stored reprints filed under ``root``) whose own text the
    copy printing ``text`` holds beyond the root's (:func:`veille.dedup.held_text.holder`),
    else ``None``."""
    from veille.dedup.held_text import holder, shingles

    copies = [str(r[0]) for r in _article_rows(
        conn, "json_extract(doc, '$.dedup.relation')", matches) if r[1] == "reprint"]
    copies = [c for c in copies if root_of(conn, c) == root]
    if not copies:
        return None
    printed = printed_versions(conn, [root, *copies])
    return holder(shingles(text), {c: printed[c][-1] for c in copies if printed.get(c)},
                  printed.get(root, []))


def printed_versions(conn: sqlite3.Connection, ids: Sequence[str]
                     ) -> dict[str, list[frozenset[int]]]:
    """Each stored article of ``ids`` -> the shingles of the text each of its versions
    printed (:func:`veille.dedup.held_text.shingles` of
    :func:`veille.dedup.near.body_of`), oldest first, the current one last."""
    from veille.dedup.held_text import shingles
    from veille.dedup.near import body_of

    earlier = earlier_contents(conn, ids)
    found: dict[str, list[frozenset[int]]] = {}
    for r in _article_rows(conn, "doc", ids):
        current = Article.from_dict(json.loads(r[1]))
        found[str(r[0])] = [shingles(body_of(a)) for a in
                            [*earlier.get(str(r[0]), []), current]]
    return found


def _outlets(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, Outlet]:
    """Each stored article's :class:`~veille.dedup.credit_order.Outlet`: its source and the
    agencies its record credits (``evidence.credit``) or its opening dateline names
    (:func:`~veille.dedup.credit_order.text_credit`), read without loading its record."""
    from veille.dedup.credit_order import DATELINE_PARAGRAPHS, Outlet, text_credit

    found: dict[str, Outlet] = {}
    for r in _article_rows(conn, "source, json_extract(doc, '$.content.evidence'), "
                                 "json_extract(doc, '$.content.paragraphs')", ids):
        evidence = json.loads(r[2]) if isinstance(r[2], str) and r[2] else {}
        credit = evidence.get("credit") if isinstance(evidence, dict) else ""
        paragraphs = json.loads(r[3]) if isinstance(r[3], str) and r[3] else []
        found[str(r[0])] = Outlet(str(r[1] or ""), text_credit(
            credit if isinstance(credit, str) else "",
            [p for p in paragraphs if isinstance(p, str)][:DATELINE_PARAGRAPHS]))
    return found


def _article_rows(conn: sqlite3.Connection, columns: str, ids: Sequence[str]
                  ) -> Iterator[tuple[Any, ...]]:
    """``(id, *columns)`` of each stored article of ``ids`` (``columns``: SQL expressions
    over ``articles``), read 500 ids a query."""
    for i in range(0, len(ids), 500):
        chunk = list(ids[i: i + 500])
        yield from conn.execute(
            f"SELECT id, {columns} FROM articles WHERE id IN ({_in(chunk)})", chunk)


def _signatures(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, Signature]:
    """The stored signatures of ``ids`` (those that have one)."""
    from veille.dedup.signature import Signature

    found: dict[str, Signature] = {}
    for i in range(0, len(ids), 500):
        chunk = list(ids[i: i + 500])
        found.update((str(r[0]), Signature.from_bytes(bytes(r[1]))) for r in conn.execute(
            f"SELECT article_id, signature FROM signatures WHERE article_id IN ({_in(chunk)})",
            chunk))
    return found


Dated = tuple[datetime | None, str | None, Slack]
"""A publication time, its precision (``"day"``, ``"time"`` or ``None``) and the slack of
its assumed zone (:func:`veille.dedup.published_order.zone_slack`)."""


def _slacks(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, Slack]:
    """Each stored article's :func:`~veille.dedup.published_order.zone_slack` (from its
    ``published`` and ``evidence.timezone``, and the clocks its outlet may print), for
    those read in an assumed zone with several clocks; the others have none (absent)."""
    found: dict[str, Slack] = {}
    for r in _article_rows(conn, "json_extract(doc, '$.content.published'), "
                                 "json_extract(doc, '$.content.evidence.timezone'), "
                                 "json_extract(doc, '$.content.published_precision'), "
                                 "source, json_extract(doc, '$.content.url'), "
                                 "json_extract(doc, '$.content.site_name')", ids):
        when = _zoned(r[1])
        if when is not None and isinstance(r[2], str):
            slack = zone_slack(when, r[2], r[3], outlet_text(r[4], r[5], r[6]))
            if slack != NO_SLACK:
                found[str(r[0])] = slack
    return found


def _updating(conn: sqlite3.Connection, ids: Sequence[str]) -> set[str]:
    """The stored articles among ``ids`` whose content states an update (``updated`` later
    than ``published``: :func:`~veille.dedup.version_times.stated_update`)."""
    found = set()
    for i in range(0, len(ids), 500):
        chunk = list(ids[i: i + 500])
        for r in conn.execute(
                "SELECT id, json_extract(doc, '$.content.published'), "
                "json_extract(doc, '$.content.updated') FROM articles "
                f"WHERE id IN ({_in(chunk)}) AND json_extract(doc, '$.content.updated') "
                "IS NOT NULL", chunk):
            published = datetime.fromisoformat(r[1]) if r[1] else None
            if stated_update(published, datetime.fromisoformat(r[2])) is not None:
                found.add(str(r[0]))
    return found


def _update_order(new_updates: bool, stored_updates: bool) -> bool | None:
    """Whether a new copy is the original of a stored one by the updates they state, when
    their publication times do not order them: the one that states none is the text the
    other updated (t-final33 #5: a dispatch was made the "reprint" of a copy that declared
    its publication time and an update, because that copy, longer, contained it); None when
    both or neither state one."""
    return None if new_updates == stored_updates else stored_updates


def _precedes(new: Dated, stored: Dated, new_text: Signature | None,
              stored_text: Signature | None, *, credited: bool | None = None,
              credit: bool | None = None, read: bool | None = None,
              update: bool | None = None) -> bool:
    """Whether a new copy takes the place of a stored one as the original: published
    surely before it (more than :data:`ORIGINAL_TOLERANCE`, a day-only date spanning its
    day), or, when both are dated and neither is surely before the other, containing its
    text (:func:`veille.dedup.near.contains`): the content decides where the times do not
    (t-reader20 R1). A stored copy surely published before is never displaced, nor, when
    no credit decides, one when either is undated (the first seen stays the original: an
    undated local paper that adds a paragraph to the dispatch it runs contains it too, and
    is no original of it, ``tests/monitor/test_reprint_own_words_alerts.py``).

    Where the times do not tell (within the tolerance, a day and a time of it, or either
    undated), ``credited`` decides first when it says something
    (:func:`veille.dedup.credit_order.credit_order` of the two copies' outlets): a copy
    that credits the other's outlet is its copy, an agency's own article the original of
    an outlet's copy (t-reader21 R3). ``credit``, the credit alone
    (:func:`~veille.dedup.credit_order.credited_order`), decides before the times up to
    :data:`~veille.dedup.credit_order.CREDIT_SPAN` apart (t-reader22 R2: a copy ending
    "(avec AFP)" stamped 12 minutes before the dispatch). Then ``read``
    (:func:`veille.dedup.home_clock.read_order`): when either copy credits an agency, the
    one published first as read, without the assumed zones' slack (q-first28, t-final28 F1:
    two copies crediting AFP are siblings, the earlier the original). ``update``
    (:func:`_update_order`) decides before ``read``: of two copies the times as read do
    not order (within the tolerance), one stating an update, the other is the original
    (t-final33 #5); where only an assumed zone's slack leaves them unordered, the time as
    read decides, credit or not (h-copies67: two unknown US outlets crediting AP at 09:00
    and 09:30, the earlier stating an update, made the later the original)."""
    from veille.dedup.credit_order import CREDIT_SPAN
    from veille.dedup.near import contains
    from veille.dedup.signature import compare

    (when, precision, slack), (other, other_precision, other_slack) = new, stored
    if credit is not None and (when is None or other is None or not (
            published_before(when, precision, other, other_precision, CREDIT_SPAN) or
            published_before(other, other_precision, when, precision, CREDIT_SPAN))):
        return credit
    if when is not None and other is not None:
        # another clock of an assumed zone may put them the other way round (t-final25 F7)
        if published_before(when, precision, other, other_precision, ORIGINAL_TOLERANCE,
                            first_slack=slack, second_slack=other_slack):
            return True
        if published_before(other, other_precision, when, precision, ORIGINAL_TOLERANCE,
                            first_slack=other_slack, second_slack=slack):
            return False
    if credited is not None:
        return credited
    if update is not None and when is not None and other is not None:
        # only where the times as read do not order them either: an assumed zone's slack
        # alone leaves them unordered, and the time as read decides (h-copies67)
        if published_before(when, precision, other, other_precision, ORIGINAL_TOLERANCE):
            return True
        if published_before(other, other_precision, when, precision, ORIGINAL_TOLERANCE):
            return False
        return update  # the same publication time, one states an update: the other first
    if read is not None:  # a copy crediting an agency copied no earlier copy (q-first28)
        return read
    if when is None or other is None:
        return False  # no publication time to weigh: the first seen stays the original
    if new_text is None or stored_text is None or new_text.version != stored_text.version:
        return False
    sim = compare(new_text, stored_text)
    return contains(sim, *sim.sizes)


def _credited_within(new: Dated, stored: Dated, credit: bool | None) -> bool:
    """Whether ``credit`` (:func:`~veille.dedup.credit_order.credited_order` of a new copy
    and a stored one) makes the new copy the original, the two times being at most
    :data:`~veille.dedup.credit_order.CREDIT_SPAN` apart (or either undated): the reach of
    a credit over a clock, as :func:`_precedes` gives it."""
    from veille.dedup.credit_order import CREDIT_SPAN

    (when, precision, _), (other, other_precision, _) = new, stored
    return credit is True and (when is None or other is None or not (
        published_before(when, precision, other, other_precision, CREDIT_SPAN) or
        published_before(other, other_precision, when, precision, CREDIT_SPAN)))


def _add_match(dedup: dict[str, Any], original_id: str, score: float) -> None:
    """Name a relinked copy's new original among its matches, as the stage names a copy's
    original (``Dedup.near_duplicates``: best match first, ``similarity`` the best one's,
    docs/record.md): first, with its score, when it is at least as close as the copy's
    best match, else after them. A displaced original matched nothing when it was stored:
    it kept ``near_duplicates: []`` and ``similarity: 0.0`` as a reprint (newuser7 P2)."""
    found = [str(i) for i in dedup.get("near_duplicates") or [] if i != original_id]
    best = dedup.get("similarity")
    if not found or score >= (float(best) if isinstance(best, (int, float)) else 0.0):
        dedup["near_duplicates"], dedup["similarity"] = [original_id, *found], score
    else:
        dedup["near_duplicates"] = [*found, original_id]


def _pair_score(conn: sqlite3.Connection, signature: str, other_id: str,
                fallback: float) -> float:
    """The similarity of one relinked copy to its new original, from both stored
    signatures, as ``NearDuplicateStage`` scores a match (``judge``'s score, else the
    estimated resemblance), rounded to 3 places; ``fallback`` when either signature is
    missing or of another version. The new original's own ``similarity`` is its best
    match's only: written on every link, it said every copy was identical to it
    (newuser6 M1)."""
    from veille.dedup.near import decode, judge
    from veille.dedup.signature import Signature, compare

    row = conn.execute("SELECT signature FROM signatures WHERE article_id = ?",
                       (other_id,)).fetchone()
    if not signature or row is None:
        return fallback
    new, old = decode(signature), Signature.from_bytes(bytes(row[0]))
    if new.version != old.version:
        return fallback
    sim = compare(new, old)
    verdict = judge(new, old, sim)
    return round(verdict.score if verdict is not None else sim.resemblance, 3)


def _first_published(dating: Mapping[str, tuple[datetime | None, bool, str, str | None]],
                     ids: Sequence[str]) -> str:
    """The one of ``ids`` (in their tie order) published first by
    :func:`veille.dedup.published_order.latest_published` (a day-only date is the end of
    its day); undated or unknown ones come after every dated one."""
    def key(article_id: str) -> tuple[bool, datetime]:
        when, day, _, _ = dating.get(article_id, (None, False, "", None))
        return (True, datetime.min.replace(tzinfo=UTC)) if when is None else (
            False, latest_published(when, DAY if day else None))
    return min(ids, key=key)


def take_teasers(conn: sqlite3.Connection, article: Article) -> list[str]:
    """Make the stored texts a new full article contains its teasers.

    ``NearDuplicateStage`` leaves a new article with no relation and its matches in
    ``near_duplicates`` only when every match is a shorter text it contains (verdict
    ``full``): a teaser seen first. Each matched original becomes a ``teaser`` of
    ``article`` (a link row, its record and story membership updated here, in the caller's
    transaction). When one of them is already a copy of another article, the new text is a
    reprint of that article instead (it contains a teaser of it): of the first published
    of those originals when there are several (:func:`_first_published`), unless that
    article is itself an excerpt of the new text (:func:`_excerpt_score`): then it, its
    copies and the matched texts are all the new text's teasers. A full text is never the
    "reprint" of an excerpt (t-final22 F1: a paper's copy became the reprint of an
    aggregator's copy of its paywalled teaser). Returns the ids relinked; the caller logs a
    ``link`` for each.
    """
    from veille.dedup.near import decode

    dedup = article.dedup
    if dedup is None or dedup.relation or dedup.duplicate_of is not None or \
            not dedup.near_duplicates:
        return []
    dating = _dating(conn, dedup.near_duplicates)
    roots = sorted({str(copy_of) for _, _, relation, copy_of in dating.values()
                    if relation in COPY_RELATIONS and copy_of})
    own = decode(dedup.signature) if dedup.signature else None
    excerpts = _excerpts(conn, own, roots)
    full = [r for r in roots if r not in excerpts]
    if full:
        original = _first_published(_dating(conn, full), full)
        dedup.relation, dedup.duplicate_of = "reprint", original
        conn.execute("INSERT OR IGNORE INTO article_links VALUES (?,?,?,?)",
                     (article.id, original, "reprint", dedup.similarity))
        return []
    copies = [str(r[0]) for r in conn.execute(
        f"SELECT article_id FROM article_links WHERE other_id IN ({_in(roots)}) AND "
        f"relation IN ({_in(COPY_RELATIONS)})", (*roots, *COPY_RELATIONS))] if roots else []
    return [other_id for other_id in dict.fromkeys([*dating, *roots, *copies])
            if other_id != article.id and _refile_teaser(
                conn, other_id, article.id, dedup.signature, dedup.similarity, roots)]


def adopt_excerpts(conn: sqlite3.Connection, article: Article) -> list[str]:
    """Make the stored originals a new copy contains as excerpts teasers of its original.

    A new reprint (or a new original) may contain, besides the text it copies, a stored
    excerpt that copies nothing: a paper's paywalled teaser of its own intro, read before
    the paper's full copy of the dispatch (verdict ``full``, which the stage does not make
    a relation when the text is a copy of another). That teaser stayed an original, "with
    its own article", and the story "first published by" the paper at the teaser's time
    (t-final22 F2). Each such match (its record names no original, it is no root of the
    new article, and it is an excerpt of it: :func:`_excerpt_score`) becomes a ``teaser``
    of the new article's original (the new article itself when it copies nothing: a copy
    is never filed under a copy), with the copies filed under it. Run after
    :func:`take_original`, :func:`take_teasers` and :func:`to_root`, in the caller's
    transaction; returns the ids relinked (the caller logs a ``link`` for each)."""
    from veille.dedup.near import decode

    dedup = article.dedup
    if dedup is None or not dedup.near_duplicates or not dedup.signature or \
            dedup.relation == "teaser":
        return []
    root = article.id if dedup.duplicate_of is None else root_of(conn, dedup.duplicate_of)
    dating = _dating(conn, [i for i in dedup.near_duplicates if i != root])
    alone = [i for i, (_, _, relation, copy_of) in dating.items()
             if not relation and not copy_of]
    excerpts = sorted(_excerpts(conn, decode(dedup.signature), alone))
    if not excerpts:
        return []
    copies = [str(r[0]) for r in conn.execute(
        f"SELECT article_id FROM article_links WHERE other_id IN ({_in(excerpts)}) AND "
        f"relation IN ({_in(COPY_RELATIONS)})", (*excerpts, *COPY_RELATIONS))]
    if root == article.id:
        signature = dedup.signature
    else:
        row = conn.execute("SELECT signature FROM signatures WHERE article_id = ?",
                           (root,)).fetchone()
        signature = base64.b64encode(bytes(row[0])).decode("ascii") if row else ""
    relinked = [other_id for other_id in dict.fromkeys([*excerpts, *copies])
                if other_id not in (article.id, root) and _refile_teaser(
                    conn, other_id, root, signature, 0.0, excerpts,
                    None if root == article.id else (article.id, dedup.signature))]
    return relinked


def _excerpts(conn: sqlite3.Connection, own: Signature | None,
              ids: Sequence[str]) -> set[str]:
    """The stored articles among ``ids`` that are excerpts of the text signed ``own``
    (:func:`_excerpt_score`; none when ``own`` is None)."""
    if own is None or not ids:
        return set()
    signatures, cut = _signatures(conn, ids), _cut(conn, ids)
    return {i for i in ids if i in signatures and
            _excerpt_score(signatures[i], i in cut, own) is not None}


def _refile_teaser(conn: sqlite3.Connection, other_id: str, original: str,
                   signature: str, fallback: float, left: Sequence[str],
                   via: tuple[str, str] | None = None) -> bool:
    """File the stored article ``other_id`` as a ``teaser`` of ``original`` (signed
    ``signature``, base64: the pair's score from both signatures, ``fallback`` when one is
    missing): its record, story membership and a link row; its links to ``left`` (the
    texts it copied that are now teasers too) removed. ``via``: the new text (id,
    signature) it was found an excerpt of, when that is a copy of ``original``: named
    among its matches too, with its score (the excerpt may share nothing with the root,
    a paper's teaser of its own intro). A republication (its own site's text again, not a
    copy of another outlet) keeps its link. Whether it was refiled."""
    rows = conn.execute("SELECT doc FROM articles WHERE id = ?", (other_id,)).fetchall()
    if not rows:
        return False
    doc = json.loads(rows[0][0])
    other = doc.get("dedup") or {}
    if other.get("duplicate_of") and other.get("relation") not in COPY_RELATIONS:
        return False  # a republication of its own site's text: it keeps that link
    if left:
        conn.execute(f"DELETE FROM article_links WHERE article_id = ? AND other_id IN "
                     f"({_in(left)})", (other_id, *left))
    other["relation"], other["duplicate_of"] = "teaser", original
    if via is not None:
        _add_match(other, via[0], _pair_score(conn, via[1], other_id, fallback))
    score = _pair_score(conn, signature, other_id, fallback)
    _add_match(other, original, score)
    doc["dedup"] = other
    conn.execute("UPDATE articles SET doc = ? WHERE id = ?",
                 (json.dumps(doc, ensure_ascii=False), other_id))
    conn.execute("UPDATE story_members SET reprint = 1 WHERE article_id = ?", (other_id,))
    conn.execute("INSERT OR IGNORE INTO article_links VALUES (?,?,?,?)",
                 (other_id, original, "teaser", score))
    return True


def _text(doc: dict[str, object]) -> list[str]:
    content = doc.get("content") or {}
    assert isinstance(content, dict)
    return [str(content.get("title", "")), *[str(p) for p in content.get("paragraphs", [])]]


def add_version(conn: sqlite3.Connection, article_id: str, old_doc: str,
                article: Article) -> Article:
    """Push the stored content into the version chain; return the article to store now.

    The returned article keeps the stored id, first-seen time and place among copies and
    stories (:func:`keep_place`), takes the new content, and records in
    ``dedup.version_of`` which article it updates.
    """
    old = json.loads(old_doc)
    new = Article.from_dict({**article.to_dict(), "id": article_id,
                             "first_seen": old.get("first_seen")})
    keep_first_publication(old, new)
    push_version(conn, article_id, old_doc, new, article.first_seen)
    keep_place(conn, article_id, old, new)
    if new.dedup is not None:  # read now: the new article's first-seen time (ingest)
        new.dedup.version_seen = _iso(article.first_seen)
    if new.dedup is not None and new.dedup.signature:
        # The current content's signature is what later texts are compared with: the
        # first content's stayed, so a teaser of the update read in a later ingest was
        # no copy of it (issue 14).
        conn.execute("UPDATE signatures SET signature = ? WHERE article_id = ?",
                     (base64.b64decode(new.dedup.signature), article_id))
    return new


def found_teasers(article: Article) -> list[str]:
    """The stored texts ``NearDuplicateStage`` matched with ``article``'s text
    (``near_duplicates``), read before :func:`add_version` gives the version its article's
    place and matches instead: the candidates :func:`take_version_teasers` reads."""
    return list(article.dedup.near_duplicates) if article.dedup is not None else []


def take_version_copies(conn: sqlite3.Connection, current: Article) -> list[str]:
    """Credit to ``current`` (a new version of a stored reprint, its signature stored by
    :func:`add_version`) the other reprints of its root that hold the new version's own
    text, a sentence the root never printed (:func:`veille.dedup.held_text.holder`, as
    :func:`to_root` does for a new copy): a copy of an outlet's update read before the
    update was filed under the root, and stayed its "reprint" once the update came
    (t-final52b A7 in the other arrival order). The ids relinked; the caller logs a
    ``link`` for each."""
    from veille.dedup.held_text import holder, shingles
    from veille.dedup.near import body_of

    dedup = current.dedup
    if dedup is None or dedup.relation != "reprint" or not dedup.duplicate_of:
        return []
    root = root_of(conn, current.id)
    copies = [str(r[0]) for r in conn.execute(
        "SELECT article_id FROM article_links WHERE other_id = ? AND relation = 'reprint' "
        "AND article_id != ?", (root, current.id))] if root != current.id else []
    if not copies:
        return []
    printed = printed_versions(conn, [root, *copies])
    text = shingles(body_of(current))
    relinked = []
    for copy in copies:
        if copy not in printed or holder(printed[copy][-1], {current.id: text},
                                         printed.get(root, [])) != current.id:
            continue
        [doc] = [json.loads(r[0]) for r in conn.execute(
            "SELECT doc FROM articles WHERE id = ?", (copy,))]
        other = doc.get("dedup") or {}
        if other.get("relation") != "reprint" or other.get("duplicate_of") != root:
            continue
        score = _pair_score(conn, str(other.get("signature") or ""), current.id,
                            float(other.get("similarity") or 0.0))
        other["duplicate_of"] = current.id
        _add_match(other, current.id, score)
        doc["dedup"] = other
        conn.execute("UPDATE articles SET doc = ? WHERE id = ?",
                     (json.dumps(doc, ensure_ascii=False), copy))
        conn.execute("DELETE FROM article_links WHERE article_id = ? AND other_id = ?",
                     (copy, root))
        conn.execute("INSERT OR IGNORE INTO article_links VALUES (?,?,?,?)",
                     (copy, current.id, "reprint", score))
        relinked.append(copy)
    return relinked


def take_version_teasers(conn: sqlite3.Connection, current: Article,
                         found: Sequence[str]) -> list[str]:
    """Make the stored texts of ``found`` (:func:`found_teasers`) that copy nothing and are
    excerpts of the new version ``current`` (:func:`_excerpt_score`) the article's teasers.
    A version takes its article's place (:func:`keep_place`) and :func:`take_teasers`,
    which a new article goes through, was never run on it: an aggregator's excerpt of an
    agency update's new lead, read after the dispatch and before the update, stayed
    independent coverage (issue 14). The stage's verdict cannot say it: matched with the
    article's own reprints, the version's text is their copy. A text already a copy
    keeps its link. The ids relinked; the caller logs a ``link`` for each."""
    from veille.dedup.near import decode

    dedup = current.dedup
    if dedup is None or not dedup.signature or not found:
        return []
    dating = _dating(conn, [i for i in found if i != current.id])
    alone = [other for other, (_, _, relation, copy_of) in dating.items()
             if not relation and not copy_of]
    excerpts = _excerpts(conn, decode(dedup.signature), alone)
    relinked = [other for other in alone if other in excerpts and _refile_teaser(
        conn, other, current.id, dedup.signature, dedup.similarity, [])]
    dedup.near_duplicates = list(dict.fromkeys([*dedup.near_duplicates, *relinked]))
    return relinked


def complete(conn: sqlite3.Connection, article_id: str, old_doc: str,
             article: Article) -> Article:
    """The article to store now when ``article``, the page read whole, completes the stored
    record ``old_doc`` that a cut connection left (:mod:`veille.dedup.completion`): the
    new content under the stored id, first-seen time and place (:func:`keep_place`), not a
    version (``dedup.version_of`` stays the stored one), its evidence saying it completed
    a cut read (``transfer: completed``)."""
    old = json.loads(old_doc)
    new = Article.from_dict({**article.to_dict(), "id": article_id,
                             "first_seen": old.get("first_seen")})
    keep_place(conn, article_id, old, new)
    if new.dedup is not None:  # the same version: read when it was first read
        new.dedup.version_of = (old.get("dedup") or {}).get("version_of")
        new.dedup.version_seen = (old.get("dedup") or {}).get("version_seen")
    if new.content is not None:
        new.content.evidence[TRANSFER_HINT] = COMPLETED
    return new


def keep_first_publication(old: Mapping[str, Any], new: Article) -> None:
    """Keep the stored content's publication time on ``new``, its next version, when the
    new one dates the article later: an agency re-dating its dispatch at each update ("le
    bilan s'alourdit", 09:58 then 11:04 at one URL), a publisher re-dating an item. The
    article was first published at the earlier time, and veille read it then; the new
    date becomes the article's ``updated`` (unless a later one is given), so the page's
    own time (the later of the two, :mod:`veille.dedup.capture_order`) is unchanged, and
    ``evidence["published"]`` says where the date comes from. Before, the story of such a
    dispatch said the agency published first at 11:04, after its own reprints (newuser14b
    S2). ``old`` is the stored record (:meth:`Article.to_dict` form); only aware times are
    compared."""
    content = new.content
    stored = old.get("content") or {}
    if content is None or not isinstance(stored, Mapping):
        return
    first = _zoned(stored.get("published"))
    if first is None:
        return
    precision = str(stored.get("published_precision") or TIME)
    if content.published is None:
        # A version that gives no usable date (none printed, or one refused as later than
        # its reading) says nothing of when the article came out: it keeps the first
        # version's date, and its updated (verify16 Z9: an undated update sent a dated
        # article to "date unknown", out of every date filter).
        content.published, content.published_precision = first, precision
        if content.updated is None:
            content.updated = _zoned(stored.get("updated"))
        content.evidence["published"] = "the article's first version (a later one gave none)"
        return
    if content.published.utcoffset() is None:
        return
    if not span_before(published_span(first, precision),
                       published_span(content.published, content.published_precision)):
        return  # not later (or the same day told with a time): the new date stands
    if content.published_precision != DAY and (
            content.updated is None or content.updated < content.published):
        content.updated = content.published
    content.published, content.published_precision = first, precision
    content.evidence["published"] = "the article's first version (a later version re-dated it)"


def keep_place(conn: sqlite3.Connection, article_id: str, old: Mapping[str, Any],
               new: Article) -> None:
    """Give ``new``, the next content of the stored article ``article_id`` (its record
    ``old``), the article's place in the dedup graph, and mark it a version
    (``dedup.version_of`` = ``article_id``).

    A version is the same article changed: an original stays the original (its reprints
    and teasers keep pointing at it), a copy stays the copy of its original, the story is
    the article's. The stage's verdict on the new text is not its place: it was compared
    with the article's own copies, and took one for its original, so the original said it
    was a copy of its own reprint, which said the reverse (newuser11b U9). The place is the
    stored record's ``relation`` and ``duplicate_of``; a record of a version written before
    (``relation`` ``version``) has it from the links, where it is the copy (``article_links``
    with ``article_id`` first), else it is an original."""
    if new.dedup is None:
        return
    stored = old.get("dedup") or {}
    relation, original = str(stored.get("relation") or ""), stored.get("duplicate_of")
    if relation == "version" or original == article_id:
        row = conn.execute("SELECT other_id, relation FROM article_links WHERE article_id = ? "
                           "AND other_id <> ? AND relation NOT IN ('exact', 'version') "
                           "ORDER BY score DESC LIMIT 1", (article_id, article_id)).fetchone()
        relation, original = (str(row[1]), str(row[0])) if row else ("", None)
    dedup = new.dedup
    dedup.relation, dedup.duplicate_of = relation, original
    dedup.near_duplicates = [str(i) for i in stored.get("near_duplicates") or []
                             if i != article_id]
    dedup.similarity = float(stored.get("similarity") or 0.0)
    dedup.story_id = stored.get("story_id") or dedup.story_id
    dedup.version_of = article_id


def restamped(old_doc: str, article: Article) -> bool:
    """Whether ``article``, at the URL of the stored ``old_doc`` with the same body, is a
    version of it: another headline (newsrooms rewrite one as a story develops without
    changing the text: newuser4 N33), or its site's correction of the publication date to
    an earlier time (:func:`date_corrected`; newuser16c N16). A later time of its own
    alone (a touched "updated", a "Mis à jour le … à 08h45" line, an item re-dated later)
    is no version: :func:`stamped_later` (newuser16c N9). The body's fingerprint alone
    called a new headline a duplicate, and the old headline stayed."""
    content = article.content
    stored = json.loads(old_doc)
    old = stored.get("content") or {}
    if content is None or not isinstance(old, dict):
        return False
    if " ".join(content.title.split()) != " ".join(str(old.get("title") or "").split()):
        return True
    return date_corrected(stored, article) or dated_at_last(stored, article)


def date_corrected(stored: Mapping[str, Any], article: Article) -> bool:
    """Whether ``article``, a later read of the stored record ``stored``
    (:meth:`Article.to_dict` form), corrects its publication date to an earlier time: its
    ``published`` is before the stored one (both aware; a day-only date its whole day) and
    it was not fetched before the stored capture (``raw.fetched_at``, both aware). An older
    capture read late (a WARC out of order) has the earlier fetch time, so it stays an
    earlier version; a date the article already had (a stale cache) is not before the
    stored one (newuser16c N16: a CMS that stamped the article at its last edit corrected
    08:36 to 07:06, and the page read again was called a duplicate)."""
    content = article.content
    old = stored.get("content") or {}
    raw = stored.get("raw") or {}
    if content is None or content.published is None or not isinstance(old, Mapping) \
            or content.published.utcoffset() is None:
        return False
    before = _zoned(old.get("published"))
    fetched = _zoned(raw.get("fetched_at")) if isinstance(raw, Mapping) else None
    now = article.raw.fetched_at
    if before is None or fetched is None or now is None or now.utcoffset() is None \
            or now < fetched:
        return False  # an older capture (the same second tells nothing: not older)
    return span_before(published_span(content.published, content.published_precision),
                       published_span(before, str(old.get("published_precision") or TIME)))


def dated_at_last(stored: Mapping[str, Any], article: Article) -> bool:
    """Whether ``article``, another read of the stored record ``stored``
    (:meth:`Article.to_dict` form), gives the publication date the stored one lacks (none
    printed, or one refused: a future typo, "14/12/2026" for "30/11/2026"). The corrected
    capture was a duplicate of the undated one, or stored apart as its "[republication]",
    and the story said "first published …, date unknown" (t-final58 #16): it is the
    article's new version, carrying the date. Whatever the two fetch times: a saved file's
    is its modification time, and the corrected file is often the older one (the typo was
    made in a copy); the publication date is the article's, whichever read gives it."""
    content = article.content
    old = stored.get("content") or {}
    return not (content is None or content.published is None
                or content.published.utcoffset() is None
                or not isinstance(old, Mapping) or old.get("published"))


def note_date_correction(old_doc: str, article: Article) -> None:
    """Say in ``article``'s evidence (``published``) that its site corrected the stored
    publication date to this earlier one (:func:`date_corrected`), with the date it
    replaces: the version's diff shows no text, the evidence shows why it is one."""
    old = (json.loads(old_doc).get("content") or {}).get("published")
    if article.content is not None:
        article.content.evidence["published"] = (
            f"corrected by its site to an earlier time (was {old})" if old else
            "given by this later read: the earlier one had none (or one refused)")


def stamped_later(old_doc: str, article: Article) -> bool:
    """Whether ``article``, at the URL of the stored ``old_doc`` with the same body and
    headline, only has a later time of its own (:func:`own_time_later`: a touched
    ``updated``, a publication date moved later): no change a reader can see, so no
    version and no "Article mis à jour" (newuser16c N9: a live page re-stamped "Mis à jour
    le … à 08h45" every few minutes made identical versions, each alerted to every saved
    search); :func:`stamp` records the time on the stored article."""
    return own_time_later(article.to_dict(), json.loads(old_doc))


def stamp(old_doc: str, article: Article) -> Article:
    """The stored article ``old_doc`` with the later time of ``article`` (its re-stamped
    read, :func:`stamped_later`) as its ``updated``: the text, headline, publication date
    (the article came out then: :func:`keep_first_publication`), version and input stay."""
    current = Article.from_dict(json.loads(old_doc))
    content, new = current.content, article.content
    assert content is not None and new is not None
    times = [t for t in (new.updated, new.published, content.updated)
             if t is not None and t.utcoffset() is not None]
    if times:
        content.updated = max(times)
    content.evidence["updated"] = "a later read of the page re-stamped it (no other change)"
    return current


def push_version(conn: sqlite3.Connection, article_id: str, old_doc: str, new: Article,
                 seen_at: datetime) -> None:
    """Keep the stored document ``old_doc`` as the article's next earlier version, with
    its diff (title and paragraphs, unified, no context) to ``new``, the content replacing
    it at ``seen_at``: a page updated at its URL, a wire item's later version (same
    guid)."""
    old = json.loads(old_doc)
    row = conn.execute("SELECT COALESCE(MAX(version), 0) FROM article_versions "
                       "WHERE article_id = ?", (article_id,)).fetchone()
    diff = _diff(old, new.to_dict())
    raw = old.get("raw") or {}
    assert isinstance(raw, dict)
    dedup = old.get("dedup")
    if isinstance(dedup, dict) and not dedup.get("version_seen") and not dedup.get(
            "version_of") and old.get("first_seen"):
        # the article's first content was read when the article was first seen: said on
        # the version kept, as every later content says its own reading (t-final29 F9)
        dedup["version_seen"] = old["first_seen"]
        old_doc = json.dumps(old, ensure_ascii=False)
    conn.execute("INSERT INTO article_versions VALUES (?,?,?,?,?,?,?)",
                 (article_id, int(row[0]) + 1, str(raw.get("raw_id", "")),
                  _iso(seen_at), str((old.get("content") or {}).get("title", "")),
                  diff, old_doc))


def insert_older_version(conn: sqlite3.Connection, article_id: str, current_doc: str,
                         late: Article) -> int:
    """Put ``late``, a capture of the stored article older than its current content
    (``dedup/capture_order.py``), into the version chain at its place in time; the current
    content is untouched. Returns the version number it takes.

    The chain is ordered by the same evidence: the late capture goes after the last earlier
    version it is later than (or equal to, in arrival order), the versions after it move up
    by one, and the diffs on both sides of it are rewritten (each diff goes from a version
    to the next one, the last to the current content)."""
    doc = Article.from_dict({**late.to_dict(), "id": article_id})
    if doc.dedup is not None:  # read now, after the contents it goes before
        doc.dedup.version_seen = _iso(late.first_seen)
    record = doc.to_dict()
    rows = [(int(r[0]), str(r[1])) for r in conn.execute(
        "SELECT version, doc FROM article_versions WHERE article_id = ? ORDER BY version",
        (article_id,))]
    place = len(rows)
    while place and compare_captures(record, json.loads(rows[place - 1][1])) < 0:
        place -= 1
    number = place + 1
    # Two statements: a unique key is checked row by row (SQLite), never mid-shift.
    conn.execute("UPDATE article_versions SET version = -(version + 1) "
                 "WHERE article_id = ? AND version >= ?", (article_id, number))
    conn.execute("UPDATE article_versions SET version = -version "
                 "WHERE article_id = ? AND version < 0", (article_id,))
    following = json.loads(rows[place][1] if place < len(rows) else current_doc)
    seen = ((following.get("raw") or {}).get("fetched_at") or _iso(late.first_seen))
    conn.execute("INSERT INTO article_versions VALUES (?,?,?,?,?,?,?)",
                 (article_id, number, late.raw.raw_id, str(seen), doc.content.title
                  if doc.content else "", _diff(record, following),
                  json.dumps(record, ensure_ascii=False)))
    if place:
        conn.execute("UPDATE article_versions SET diff = ? WHERE article_id = ? AND version = ?",
                     (_diff(json.loads(rows[place - 1][1]), record), article_id, place))
    return number


def _diff(old: dict[str, Any], new: dict[str, Any]) -> str:
    return "\n".join(difflib.unified_diff(_text(old), _text(new), "before", "after",
                                          lineterm="", n=0))


def forget(conn: sqlite3.Connection, article_id: str) -> None:
    """Remove a deleted article's signature, links, versions, story membership and
    persisted story terms."""
    for table, column in (("signatures", "article_id"), ("story_members", "article_id"),
                          ("story_terms", "article_id"),
                          ("article_versions", "article_id"), ("article_links", "article_id"),
                          ("article_links", "other_id")):
        conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (article_id,))


def recent_signatures(conn: sqlite3.Connection,
                      window_minutes: int) -> list[tuple[str, str, int, bytes]]:
    return [(r[0], r[1], int(r[2]), bytes(r[3])) for r in conn.execute(
        "SELECT article_id, source, minute, signature FROM signatures "
        "WHERE minute >= (SELECT MAX(minute) FROM signatures) - ? ORDER BY minute",
        (window_minutes,))]


def signatures_between(conn: sqlite3.Connection, first: int,
                       last: int) -> list[tuple[str, str, int, bytes]]:
    return [(r[0], r[1], int(r[2]), bytes(r[3])) for r in conn.execute(
        "SELECT article_id, source, minute, signature FROM signatures "
        "WHERE minute >= ? AND minute < ? ORDER BY minute", (first, last))]

def update_signatures(conn: sqlite3.Connection, rows: list[tuple[str, bytes]]) -> None:
    """Replace stored signatures (``(article_id, signature)``): re-signed after an upgrade."""
    conn.executemany("UPDATE signatures SET signature = ? WHERE article_id = ?",
                     [(blob, article_id) for article_id, blob in rows])


def links(conn: sqlite3.Connection, article_id: str) -> list[Link]:
    """Reprints and teasers (other articles, each with its source), then exact copies (raw
    inputs, by origin). (newuser11b U22: a reprint's link said ``"source": ""``.)"""
    rows = conn.execute(
        "SELECT l.other_id, l.relation, l.score, 'of', COALESCE(a.source, '') "
        "FROM article_links l LEFT JOIN articles a ON a.id = l.other_id "
        "WHERE l.article_id = ? UNION "
        "SELECT l.article_id, l.relation, l.score, 'by', COALESCE(a.source, '') "
        "FROM article_links l LEFT JOIN articles a ON a.id = l.article_id "
        "WHERE l.other_id = ? ORDER BY 1", (article_id, article_id)).fetchall()
    held = _held_versions(conn, article_id, [(str(r[0]), str(r[3])) for r in rows])
    shared = _shared_sources(conn, article_id, [str(r[0]) for r in rows if r[1] == "reprint"])
    found = [Link(article_id=article_id, other_id=r[0], relation=r[1], score=float(r[2]),
                  direction=r[3], source=r[4], version=held.get(str(r[0])),
                  shared=shared.get(str(r[0])))
             for r in rows]
    # An input at the article's own URL is the article read again, never its copy (kind
    # 'same' since newuser11b U8; a store written before filed it as 'exact').
    exact = conn.execute(
        "SELECT raw_id, origin, COALESCE(source, '') FROM duplicates "
        "WHERE article_id = ? AND kind = 'exact' AND origin != "
        "COALESCE((SELECT url FROM articles WHERE id = ?), '') ORDER BY seen_at, raw_id",
        (article_id, article_id)).fetchall()
    # and every other origin that brought the same bytes (its own raw-input row, schema
    # 18: a third URL of identical bytes, or one read in a later run; f-b2-32)
    exact += conn.execute(
        "SELECT f.raw_id, f.origin, COALESCE(f.source, '') FROM raw_fetches f "
        "JOIN articles a ON a.id = ? WHERE (f.raw_id = a.raw_id OR f.raw_id IN "
        "(SELECT raw_id FROM duplicates WHERE article_id = ? AND kind = 'exact')) "
        "AND f.origin != COALESCE(a.url, '') "
        "AND f.origin != COALESCE(json_extract(a.doc, '$.raw.origin'), '') "
        "AND f.origin NOT IN (SELECT origin FROM duplicates WHERE article_id = ?) "
        "ORDER BY f.fetched_at, f.origin", (article_id, article_id, article_id)).fetchall()
    return found + [Link(article_id=article_id, other_id=r[0], relation="exact", score=1.0,
                         origin=r[1], source=r[2]) for r in exact]


def _shared_sources(conn: sqlite3.Connection, article_id: str, others: Sequence[str]
                    ) -> dict[str, str]:
    """``other id -> shared source`` for the reprint links of ``article_id`` whose two
    copies neither can be shown first (:func:`veille.dedup.shared_source.shared_source`:
    the agency either credits, or ``""``); t-final52b B6."""
    from veille.dedup.credit_order import Outlet
    from veille.dedup.shared_source import shared_source

    if not others:
        return {}
    ids = [article_id, *others]
    dating, outlets = _dating(conn, ids), _outlets(conn, ids)
    # each text as published at its publication time: its first version (an update
    # stated later adds what the other copy could not hold, t-final52b B6)
    printed = printed_versions(conn, ids)

    def side(i: str) -> tuple[datetime | None, bool, Outlet, int]:
        when, day, _, _ = dating.get(i, (None, False, "", None))
        return when, day, outlets.get(i, Outlet("")), len(printed[i][0]) if printed.get(i) \
            else 0

    found: dict[str, str] = {}
    for other in others:
        if article_id in dating and other in dating and \
                (source := shared_source(side(article_id), side(other))) is not None:
            found[other] = source
    return found


def _held_versions(conn: sqlite3.Connection, article_id: str,
                   linked: Sequence[tuple[str, str]]) -> dict[str, int]:
    """``other id -> version`` for the links of ``article_id`` (``(other id, direction)``)
    whose original has versions: the version whose text the copy holds
    (:func:`veille.dedup.held_text.closest_version`; the original is the other article
    of an ``of`` link, ``article_id`` of a ``by`` link). Reads texts only when an original
    has versions."""
    from veille.dedup.held_text import closest_version

    originals = {other if direction == "of" else article_id for other, direction in linked}
    versioned = {str(r[0]) for r in conn.execute(
        f"SELECT DISTINCT article_id FROM article_versions WHERE article_id IN "
        f"({_in(list(originals))})", list(originals))} if originals else set()
    if not versioned:
        return {}
    printed = printed_versions(conn, list({*versioned, article_id,
                                           *(o for o, _ in linked)}))
    found: dict[str, int] = {}
    for other, direction in linked:
        original, copy = (other, article_id) if direction == "of" else (article_id, other)
        if original in versioned and copy in printed and original in printed:
            number = closest_version(printed[copy][-1], printed[original])
            if number is not None:
                found[other] = number
    return found


def earlier_contents(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, list[Article]]:
    """The earlier versions of each of ``ids`` that has any, as the documents the chain keeps
    of them (article id -> its earlier contents, oldest first); what the re-clustering of
    stories reads so an update brings no word its earlier versions lack
    (:mod:`veille.dedup.version_terms`). Articles without versions are left out."""
    found: dict[str, list[Article]] = {}
    wanted = list(dict.fromkeys(ids))
    for i in range(0, len(wanted), 500):
        chunk = wanted[i: i + 500]
        for article_id, doc in conn.execute(
                "SELECT article_id, doc FROM article_versions WHERE article_id IN "
                f"({','.join('?' * len(chunk))}) ORDER BY article_id, version", chunk):
            found.setdefault(str(article_id), []).append(Article.from_dict(json.loads(doc)))
    return found


def versions(conn: sqlite3.Connection, article_id: str) -> list[Version]:
    """The article's earlier contents, oldest first, each with the time veille first saw it
    (``seen_at``: when an ingest read the capture that brought it) and the time the next
    one replaced it (the stored ``seen_at`` column, ``replaced_at``). And each one's own time
    as its source declared it (``declared_at``: the kept record's ``content.updated``, read
    from the document the chain keeps of each version, so a store written before has it
    too; :func:`veille.dedup.version_times.declared_time`). The first version's
    publication is not its declared version time: the pages give it apart ("publiée selon
    la page le …", t-reader22 R6).

    The time veille saw a content is its reading, never its capture's own time
    (``raw.fetched_at``: a file's modification time, a WARC record's date), which dated a
    version three days before the article's first sighting (t-final29 F9):
    :func:`_read_at`. So no version is seen before the article (``articles.first_seen``),
    and every door (``veille show``, ``veille duplicates``, the API, the article page)
    gives the one first-seen time."""
    row = conn.execute("SELECT first_seen FROM articles WHERE id = ?",
                       (article_id,)).fetchone()
    rows = conn.execute("SELECT version, seen_at, title, diff, "
                        "json_extract(doc, '$.dedup.version_seen'), "
                        "json_extract(doc, '$.content.updated'), "
                        "json_extract(doc, '$.dedup.version_of'), "
                        "json_extract(doc, '$.first_seen'), "
                        "json_extract(doc, '$.raw.fetched_at'), "
                        "json_extract(doc, '$.content.published') FROM article_versions "
                        "WHERE article_id = ? ORDER BY version", (article_id,)).fetchall()
    found: list[Version] = []
    for r in rows:
        replaced = datetime.fromisoformat(r[1])
        first = _zoned(row[0] if row else None) or replaced
        seen = _read_at(first, _zoned(r[4]), bool(r[6]), _zoned(r[7]),
                        found[-1].replaced_at if found else None)
        found.append(Version(article_id=article_id, version=int(r[0]), seen_at=seen,
                             title=r[2], diff=r[3], replaced_at=replaced,
                             declared_at=declared_time(r[5], r[9], first=int(r[0]) == 1),
                             captured_at=_zoned(r[8])))
    return found


def _read_at(first_seen: datetime, stated: datetime | None, a_version: bool,
             record_seen: datetime | None, before_replaced: datetime | None) -> datetime:
    """When veille read a kept content, never before the article's ``first_seen``: the
    reading time the chain stated for it (``dedup.version_seen``, written since
    t-final29 F9); in a chain written before, a content that was a version of the
    article was read when it replaced the one before it (``before_replaced``, that one's
    ``replaced_at``), any other when its record was first seen (``record_seen``: the
    article's first content, or an older capture read late)."""
    seen = stated or (before_replaced if a_version else record_seen) or first_seen
    return max(seen, first_seen)


def _zoned(value: object) -> datetime | None:
    """An ISO 8601 time with a zone, else ``None``."""
    try:
        when = datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
    return when if when is not None and when.utcoffset() is not None else None


def story_articles(conn: sqlite3.Connection, story_id: str) -> list[StoryArticle]:
    rows = conn.execute(
        "SELECT m.article_id, m.source, m.reprint, a.url, a.title, "
        f"{article_time()}, {article_precision()}, json_extract(a.doc, '$.dedup.relation'), "
        "COALESCE(a.language, ''), json_extract(a.doc, '$.content.updated'), "
        "(SELECT COUNT(*) FROM article_versions v WHERE v.article_id = m.article_id), "
        "json_extract(a.doc, '$.content.evidence.timezone'), "
        # the source of the text it copies (h-copies66: a copy of or by an unknown outlet
        # is no "reprint"); NULL when it names none
        "(SELECT o.source FROM articles o "
        "WHERE o.id = json_extract(a.doc, '$.dedup.duplicate_of')) "
        "FROM story_members m JOIN articles a ON a.id = m.article_id "
        "WHERE m.story_id = ? ORDER BY a.sort_time, a.seq", (story_id,)).fetchall()
    members = [StoryArticle(article_id=r[0], story_id=story_id, source=r[1],
                            reprint=bool(r[2]), url=r[3], title=r[4],
                            time=datetime.fromisoformat(r[5]), precision=r[6],
                            relation=copy_relation(bool(r[2]), r[7],
                                                   outlets_known(r[1], r[12])),
                            language=r[8],
                            updated=_zoned(r[9]), versions=int(r[10]),
                            zone_assumed=assumed_zone_name(str(r[11] or ""))
                            if r[6] == TIME else "")
               for r in rows]
    openings = untitled_texts(conn, [m.article_id for m in members if not m.title])
    if openings:  # t-final29 U4: an untitled row shows its first words, marked
        members = [replace(m, lead=openings[m.article_id]) if m.article_id in openings
                   else m for m in members]
    # The timeline's order (newuser12b D9): by the latest instant each may have come out
    # (a day-only date spans its day: never before a time of that same day), the undated
    # ones (first-seen time, no publication time) after every dated one.
    members.sort(key=lambda m: (m.precision == "seen",
                                latest_published(m.time, m.precision)))
    copies = conn.execute(
        "SELECT d.article_id, d.source, r.url, a.title, d.seen_at, COALESCE(a.language, ''), "
        "m.source FROM duplicates d "
        "JOIN story_members m ON m.article_id = d.article_id "
        "JOIN articles a ON a.id = d.article_id JOIN raw_inputs r ON r.raw_id = d.raw_id "
        "WHERE m.story_id = ? AND d.kind = 'exact' AND COALESCE(d.source, '') != '' "
        "AND d.source != m.source "  # the same outlet's text read again is no coverage
        "ORDER BY d.seen_at", (story_id,)).fetchall()
    return members + [StoryArticle(article_id=r[0], story_id=story_id, source=r[1],
                                   reprint=True, url=r[2], title=r[3],
                                   time=datetime.fromisoformat(r[4]),
                                   relation=copy_relation(True, "reprint",
                                                          outlets_known(r[1], r[6])),
                                   language=r[5])
                      for r in copies]




def untitled_texts(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, str]:
    """Each of ``ids`` (articles without a headline) with the first words of its lead or
    paragraphs (:func:`veille.display_title.untitled_text`); ids without text, or
    unknown, are absent. Reads two fields of each record, for untitled articles only."""
    found: dict[str, str] = {}
    for article_id, lead, paragraphs in article_texts(conn, list(dict.fromkeys(ids))):
        words = untitled_text("", lead, paragraphs)
        if words:
            found[article_id] = words
    return found


def article_texts(conn: sqlite3.Connection, ids: Sequence[str]
                  ) -> Iterator[tuple[str, str, list[str]]]:
    """Each of ``ids`` stored, as ``(id, lead, paragraphs)`` (the lead "" when none; the
    paragraphs that are text), read 500 records at a time, two fields each."""
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        for article_id, lead, paragraphs in conn.execute(
                "SELECT id, json_extract(doc, '$.content.lead'), "
                "json_extract(doc, '$.content.paragraphs') "
                f"FROM articles WHERE id IN ({_in(chunk)})", chunk):
            texts = json.loads(paragraphs) if isinstance(paragraphs, str) else paragraphs
            yield (str(article_id), lead if isinstance(lead, str) else "",
                   [p for p in texts or [] if isinstance(p, str)])


def latest_groups(conn: sqlite3.Connection, *, limit: int, offset: int, after_seq: int,
                  dated: bool, until_seq: int | None = None) -> list[list[str]]:
    """The latest list collapsed by story, one page of it: each entry lists the ids of one
    story's articles in the list (an article in no story is alone), newest first.

    Stories are ordered by their newest article, so a story is on one page only and paging
    through every page lists every article exactly once. A story with a dated article is in
    the dated list (with its undated ones, listed after the dated ones), ordered by its
    newest *dated* article: an undated one's first-seen time is no publication time
    (docs/web.md); the undated list holds the others. ``until_seq`` lists only the
    articles stored up to it (a snapshot that later arrivals do not shift).
    """
    rows = conn.execute(
        "WITH listed AS (SELECT a.id, a.seq, a.sort_time, "
        " CASE WHEN a.published IS NULL THEN 0 ELSE 1 END AS dated, "
        " COALESCE(m.story_id, '#' || a.id) AS gkey FROM articles a "
        " LEFT JOIN story_members m ON m.article_id = a.id WHERE a.seq > ? AND a.seq <= ?), "
        "grouped AS (SELECT gkey, MAX(CASE WHEN dated = ? THEN sort_time END) AS t, "
        " MAX(CASE WHEN dated = ? THEN seq END) AS s FROM listed "
        " GROUP BY gkey HAVING MAX(dated) = ? ORDER BY t DESC, s DESC LIMIT ? OFFSET ?) "
        "SELECT g.gkey, l.id FROM grouped g JOIN listed l ON l.gkey = g.gkey "
        "ORDER BY g.t DESC, g.s DESC, l.dated DESC, l.sort_time DESC, l.seq DESC",
        (after_seq, UNLIMITED_SEQ if until_seq is None else until_seq,
         *[1 if dated else 0] * 3, limit, offset)).fetchall()
    groups: dict[str, list[str]] = {}
    for key, article_id in rows:
        groups.setdefault(key, []).append(article_id)
    return list(groups.values())


def latest_count(conn: sqlite3.Connection, *, after_seq: int, dated: bool,
                 collapse: bool, until_seq: int | None = None) -> tuple[int, int]:
    """``(rows, articles)`` of the whole latest list :func:`latest_groups` pages through
    (``collapse``) or of the plain list (an article a row, dated or not by ``dated``):
    what a reader paging through it to its end would see, so a page can say how many
    there are in all (issue 14: a list never hides one without saying so)."""
    upto = UNLIMITED_SEQ if until_seq is None else until_seq
    if not collapse:
        row = conn.execute(
            "SELECT COUNT(*) FROM articles WHERE seq > ? AND seq <= ? AND published IS "
            + ("NOT NULL" if dated else "NULL"), (after_seq, upto)).fetchone()
        return int(row[0]), int(row[0])
    row = conn.execute(
        "WITH listed AS (SELECT CASE WHEN a.published IS NULL THEN 0 ELSE 1 END AS dated, "
        " COALESCE(m.story_id, '#' || a.id) AS gkey FROM articles a "
        " LEFT JOIN story_members m ON m.article_id = a.id WHERE a.seq > ? AND a.seq <= ?), "
        "grouped AS (SELECT COUNT(*) AS n FROM listed GROUP BY gkey HAVING MAX(dated) = ?) "
        "SELECT COUNT(*), COALESCE(SUM(n), 0) FROM grouped",
        (after_seq, upto, 1 if dated else 0)).fetchone()
    return int(row[0]), int(row[1])


def move_to_stories(conn: sqlite3.Connection, moves: Mapping[str, str],
                    reasons: Mapping[str, str | None] | None = None) -> list[str]:
    """Move stored articles into other stories (``article id -> story id``: a provisional
    article, ``veille.dedup.stories``): their story membership and their record's
    ``dedup.story_id``. Returns the ids of the articles moved (an article not stored, or in
    no story, is left out), whose change the caller logs.

    Each target is read as the store holds it before any of ``moves`` is made
    (:func:`current_story`), so the result does not depend on the moves' order; a story
    named after an article that ``moves`` puts in it (``moves[x] == x``) is that new
    story, not the story the article leaves (a story split by the re-clustering of a
    window, :mod:`veille.dedup.recluster`).

    ``reasons`` (article id -> why it is in its story, ``None`` for the score: the
    ``dedup.story_reason`` of :mod:`veille.dedup.commentary`) sets the join's reason of
    the articles it names, moved or not (record and ``story_members.reason``); a moved
    article it does not name keeps its reason. An article whose reason alone changed is
    logged as one whose story changed."""
    moved = []
    reasons = reasons or {}
    targets = {story_id: story_id if moves.get(story_id) == story_id
               else current_story(conn, story_id) for story_id in set(moves.values())}
    for article_id in sorted({*moves, *reasons}):
        rows = conn.execute("SELECT doc FROM articles WHERE id = ?", (article_id,)).fetchall()
        if not rows:
            continue
        doc = json.loads(rows[0][0])
        dedup = doc.get("dedup")
        if not dedup or not dedup.get("story_id"):
            continue
        story_id = targets[moves[article_id]] if article_id in moves else dedup["story_id"]
        reason = reasons[article_id] if article_id in reasons else dedup.get("story_reason")
        if dedup["story_id"] == story_id and dedup.get("story_reason") == reason:
            continue
        dedup["story_id"] = story_id
        if reason:
            dedup["story_reason"] = reason
        else:
            dedup.pop("story_reason", None)
        conn.execute("UPDATE articles SET doc = ? WHERE id = ?",
                     (json.dumps(doc, ensure_ascii=False), article_id))
        conn.execute("UPDATE story_members SET story_id = ?, reason = ? WHERE article_id = ?",
                     (story_id, reason or None, article_id))
        moved.append(article_id)
    settle_copy_flags(conn, moved)
    return moved


def current_story(conn: sqlite3.Connection, story_id: str) -> str:
    """The id a story named ``story_id`` goes by now: itself while a stored article is in
    a story of that id (or none is: a new story), else the story of the article of that
    id (story ids are the ids of articles, :func:`name_stories_after_originals`: a story
    renamed after its original, a story merged into another, keeps leading to its
    articles, from an old link, a followed story or a writer's in-memory state)."""
    if conn.execute("SELECT 1 FROM story_members WHERE story_id = ? LIMIT 1",
                    (story_id,)).fetchone():
        return story_id
    row = conn.execute("SELECT story_id FROM story_members WHERE article_id = ?",
                       (story_id,)).fetchone()
    return str(row[0]) if row else story_id


def story_id_of(conn: sqlite3.Connection, story_id: str) -> str | None:
    """:func:`current_story` of ``story_id`` when it leads to a stored story, else None."""
    found = current_story(conn, story_id)
    row = conn.execute("SELECT 1 FROM story_members WHERE story_id = ? LIMIT 1",
                       (found,)).fetchone()
    return found if row else None


def name_stories_after_originals(conn: sqlite3.Connection,
                                 article_ids: Sequence[str],
                                 fresh: Collection[str] | None = None) -> list[str]:
    """Rename each story of ``article_ids`` that is named after a **copy** (a reprint,
    teaser or republication: :func:`root_of` its links) after that copy's original, when
    the original is in the same story and names no other story, and, given ``fresh`` (the
    ids of the articles the caller's transaction stores), when every member of the story
    is fresh: a story id no committed state ever held. Returns the ids of the
    articles whose story id changed (their records and memberships updated here, in the
    caller's transaction; the caller logs a ``link`` for each).

    A story id once stored is kept (docs/dedup.md: the id "stays the id of the article
    that started it, even when an earlier copy arrives later"; t-final60 #8: the AFP
    dispatch ingested after its reprints and a follow-up re-keyed the story from
    ``b7ee9b719c9093b5`` to the dispatch's id, and every link, feed and saved search holding
    the old id went through a 308). Its title and first publication follow the original
    all the same (:mod:`veille.dedup.representative`, :data:`_FIRST`).

    A story takes the id of the first article the story stage reads, and the stage reads
    a batch in publication order: a reprint stamped two minutes before the agency's
    dispatch, or a teaser stamped first, named the story (t-final21 F2: the story of the
    AFP dispatch was "f9b880e9517768b5", the paper's "(avec AFP)" reprint). The store
    decides which text is a copy of which (:func:`take_original`, :func:`take_teasers`),
    so it renames; the old id still leads to the story (:func:`current_story`), and the
    saved searches following the story follow the new id."""
    stories = sorted({str(r[0]) for i in range(0, len(article_ids), 500) for r in conn.execute(
        f"SELECT story_id FROM story_members WHERE article_id IN "
        f"({_in(article_ids[i:i + 500])})", list(article_ids[i:i + 500]))})
    renamed: list[str] = []
    for story in stories:
        root = root_of(conn, story)
        if root == story:
            continue
        member = conn.execute("SELECT story_id FROM story_members WHERE article_id = ?",
                              (root,)).fetchone()
        if member is None or str(member[0]) != story or conn.execute(
                "SELECT 1 FROM story_members WHERE story_id = ? LIMIT 1", (root,)).fetchone():
            continue
        members = [str(r[0]) for r in conn.execute(
            "SELECT article_id FROM story_members WHERE story_id = ?", (story,))]
        if fresh is not None and any(m not in fresh for m in members):
            continue  # a stored story keeps its id
        conn.execute("UPDATE story_members SET story_id = ? WHERE story_id = ?", (root, story))
        for article_id in members:  # the record read and written whole (PostgreSQL too)
            for (doc_text,) in conn.execute("SELECT doc FROM articles WHERE id = ?",
                                            (article_id,)).fetchall():
                doc = json.loads(doc_text)
                if isinstance(doc.get("dedup"), dict):
                    doc["dedup"]["story_id"] = root
                    conn.execute("UPDATE articles SET doc = ? WHERE id = ?",
                                 (json.dumps(doc, ensure_ascii=False), article_id))
        _follow_renamed_story(conn, story, root)
        renamed.extend(members)
    return renamed


def _follow_renamed_story(conn: sqlite3.Connection, old: str, new: str) -> None:
    """The saved searches that follow story ``old`` (``filters.stories``) follow ``new``."""
    for search_id, filters in conn.execute(
            "SELECT id, filters FROM saved_searches WHERE filters LIKE ?",
            (f"%{old}%",)).fetchall():
        given = json.loads(filters)
        followed = given.get("stories")
        if isinstance(followed, list) and old in followed:
            given["stories"] = list(dict.fromkeys(new if s == old else s for s in followed))
            conn.execute("UPDATE saved_searches SET filters = ? WHERE id = ?",
                         (json.dumps(given, ensure_ascii=False), search_id))


def copies_of(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    """Each copy among ``ids`` (a reprint, teaser or republication: its record names the
    article it copies, ``dedup.duplicate_of``) with that article's id; others are absent."""
    found: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i: i + 500]
        found.update((str(r[0]), str(r[1])) for r in conn.execute(
            "SELECT id, json_extract(doc, '$.dedup.duplicate_of') FROM articles "
            f"WHERE id IN ({_in(chunk)}) AND "
            "json_extract(doc, '$.dedup.duplicate_of') IS NOT NULL", chunk))
    return found


def story_of(conn: sqlite3.Connection, ids: list[str]) -> dict[str, tuple[str, bool]]:
    """Each clustered article's story id and whether it is a reprint (others are absent)."""
    found: dict[str, tuple[str, bool]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i: i + 500]
        found.update((r[0], (r[1], bool(r[2]))) for r in conn.execute(
            "SELECT article_id, story_id, reprint FROM story_members "
            f"WHERE article_id IN ({','.join('?' * len(chunk))})", chunk))
    return found


_STORY_SOURCES = (
    "(SELECT COUNT(DISTINCT s) FROM (SELECT m3.source AS s FROM story_members m3 "
    " WHERE m3.story_id = m.story_id AND COALESCE(m3.source, '') != '' "
    " UNION SELECT d.source FROM duplicates d "
    " JOIN story_members m4 ON m4.article_id = d.article_id WHERE m4.story_id = m.story_id "
    " AND d.kind = 'exact' AND COALESCE(d.source, '') != '') AS story_sources)")


_STORY_COPIES = (
    "(SELECT COUNT(*) FROM duplicates d JOIN story_members m5 ON m5.article_id = d.article_id "
    " WHERE m5.story_id = m.story_id AND d.kind = 'exact' AND COALESCE(d.source, '') != '' "
    " AND d.source != m5.source)")
"""How many exact copies from another outlet a story's articles have (the rows
:func:`story_articles` lists as reprints): counted among the story's articles, as its
reprints count them. Before, "1 article, including 1 reprint; 1 source: 0 with their own
article, 1 only copying · 1 article without a source" counted the copy as a reprint but not
as an article: one article, the reprint of nothing (t-final51 A10)."""


def story_sources(conn: sqlite3.Connection, story_ids: list[str]) -> dict[str, int]:
    """How many sources carry each story: its articles' and its exact copies' from other
    outlets, the count the story page shows (:func:`stories`); unknown ids are absent.
    Articles without a source (``''``) are no outlet: they count in none (R10)."""
    found: dict[str, int] = {}
    for i in range(0, len(story_ids), 500):
        chunk = story_ids[i: i + 500]
        found.update((r[0], int(r[1])) for r in conn.execute(
            f"SELECT m.story_id, {_STORY_SOURCES} FROM story_members m "
            f"WHERE m.story_id IN ({','.join('?' * len(chunk))}) GROUP BY m.story_id", chunk))
    grouped = grouped_counts(conn, [k for k, n in found.items() if n >= 2])
    return {k: grouped[k][0] if k in grouped else n for k, n in found.items()}


def grouped_counts(conn: sqlite3.Connection, story_ids: Sequence[str]
                   ) -> dict[str, tuple[int, int]]:
    """``story id -> (sources, independent)`` counted by outlet groups: one outlet's
    network and its editions are one source (:mod:`veille.outlet_groups`, docs/dedup.md
    *Sources and editions*; t-final29 F2, "France Bleu" and "France Bleu Isère" were two
    independent sources). The sources are its articles' and its exact copies' (as
    :data:`_STORY_SOURCES`); a group has its own article when one of its sources has one.
    Stories without a source are absent."""
    from veille.outlet_groups import group_counts, site_of

    found: dict[str, dict[str, bool]] = {}
    sites: dict[str, dict[str, set[str]]] = {}
    ids = list(story_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i: i + 500]
        for story, source, copy, url in conn.execute(
                "SELECT m.story_id, m.source, m.reprint, a.url FROM story_members m "
                f"LEFT JOIN articles a ON a.id = m.article_id WHERE m.story_id IN "
                f"({_in(chunk)}) AND COALESCE(m.source, '') != ''", chunk):
            # each source's article sites: a network's editions are learnt from the site
            # they are published on (outlet_groups rule 4, f-b2-32)
            own = found.setdefault(str(story), {})
            own[str(source)] = own.get(str(source), False) or not int(copy)
            if site := site_of(url):
                sites.setdefault(str(story), {}).setdefault(str(source), set()).add(site)
        for story, source in conn.execute(
                "SELECT m.story_id, d.source FROM duplicates d JOIN story_members m "
                f"ON m.article_id = d.article_id WHERE m.story_id IN ({_in(chunk)}) "
                "AND d.kind = 'exact' AND COALESCE(d.source, '') != ''", chunk):
            found.setdefault(str(story), {}).setdefault(str(source), False)
    return {story: group_counts(flags, sites.get(story)) for story, flags in found.items()}


NOT_PROSE_REASON = "not_prose"
"""``story_members.reason`` of an article of no prose (a keyword dump, a list of names): a
story of its own, seeded by it, that no other article joins (``StoryStage``, the
reclustering), and that the story lists leave out; the evidence key of
:data:`veille.extract.word_salad.NOT_PROSE`."""
_PROSE_STORY = ("m.story_id NOT IN (SELECT p.story_id FROM story_members p "
                "WHERE p.reason = ?)")
"""SQL: not the story of an article of no prose (its membership's reason
:data:`NOT_PROSE_REASON`; a scan of the memberships, not of the records: h-ui63 read every
story seed's JSON record); one parameter, :data:`NOT_PROSE_REASON`."""


_STORY_ORDER = ("ORDER BY MAX(CASE WHEN a.published IS NOT NULL THEN 1 ELSE 0 END) DESC, "
                "MAX(CASE WHEN a.published IS NOT NULL THEN a.sort_time END) DESC, "
                "MAX(a.sort_time) DESC, m.story_id ")
"""The story lists' order (:func:`stories`): dated stories first, by their newest dated
article, then by their newest article; the story id breaks ties, so a page is one slice."""

_PAGE_CHUNK = 500
"""Story ids bound in one ``IN (...)`` of :func:`_story_rows` (SQLite's limit on bound
parameters is 999 in old builds)."""


def _chunks(ids: list[str]) -> list[list[str]]:
    """``ids`` in runs of :data:`_PAGE_CHUNK` at most."""
    return [ids[i:i + _PAGE_CHUNK] for i in range(0, len(ids), _PAGE_CHUNK)]


def _story_rows(conn: sqlite3.Connection, ids: list[str], group: str,
                min_articles: int) -> list[tuple[Any, ...]]:
    """The figures :func:`stories` shows of the stories ``ids`` (one row each, in no given
    order): the same aggregates over each story's memberships as the list query computed
    before the LIMIT, so a story's row does not depend on the page it is on. ``group``:
    the list's ``GROUP BY ... HAVING`` (one parameter, ``min_articles``)."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return list(conn.execute(
        f"SELECT m.story_id, COUNT(*), {_STORY_SOURCES}, "
        "COUNT(DISTINCT CASE WHEN m.reprint = 0 AND COALESCE(m.source, '') != '' "
        "THEN m.source END), "
        f"{_FIRST.format(what=_WHEN)}, {_END.format(what=_WHEN, order='DESC')}, "
        f"{_FIRST.format(what='a2.title')}, {_FIRST.format(what='m2.source')}, "
        "SUM(CASE WHEN COALESCE(m.source, '') = '' THEN 1 ELSE 0 END), "
        f"{_FIRST.format(what=_FIRST_TITLE)}, {_STORY_COPIES} "
        "FROM story_members m JOIN articles a ON a.id = m.article_id "
        f"WHERE m.story_id IN ({marks}) {group}", (*ids, min_articles)).fetchall())


def stories(conn: sqlite3.Connection, *, limit: int, offset: int, min_articles: int,
            story_id: str | None = None, until_seq: int | None = None,
            prose_only: bool = False) -> list[StorySummary]:
    """The list's page of stories (:func:`_stories`), read in one snapshot of the store.

    The page is chosen by one statement and its figures read by others (r-perf66): a
    writer committing between them could leave a page story's figures from another state
    than its place, or a story merged away meanwhile missing from the page (one story
    short). On a SQLite connection outside a transaction, every statement runs in one read
    transaction (WAL: one snapshot; a writer committing meanwhile is not seen), ended
    when the page is read (brief r-perf67 item 3; r-perf66 report §4.2). Inside the
    caller's transaction (or on PostgreSQL, whose statements see their own snapshot) it
    reads as the caller reads."""
    own = isinstance(conn, sqlite3.Connection) and not conn.in_transaction
    if not own:
        return _stories(conn, limit=limit, offset=offset, min_articles=min_articles,
                        story_id=story_id, until_seq=until_seq, prose_only=prose_only)
    conn.execute("BEGIN")
    try:
        page = _stories(conn, limit=limit, offset=offset, min_articles=min_articles,
                        story_id=story_id, until_seq=until_seq, prose_only=prose_only)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    if conn.in_transaction:
        conn.execute("COMMIT")  # a read: ends the snapshot, writes nothing
    return page


def _stories(conn: sqlite3.Connection, *, limit: int, offset: int, min_articles: int,
             story_id: str | None = None, until_seq: int | None = None,
             prose_only: bool = False) -> list[StorySummary]:
    """Sources count exact copies from other outlets too; ``independent`` does not; neither
    counts articles without a source (``''``: no outlet, R10), ``unsourced`` does. With
    ``until_seq``, only the stories with an article stored up to it (a paging snapshot).
    ``prose_only``: not the stories of a body of no prose (:data:`_PROSE_STORY`), as the
    story lists show them by default (t-check62: each listed as "1 article; 1 source").

    Stories with a dated article come first, by their newest dated article; stories whose
    articles are all undated follow, newest first seen first: a first-seen time is no
    publication time, so an undated story is never listed as the newest news (as
    :meth:`veille.service.Veille.latest` lists undated articles after the dated ones)."""
    where = "WHERE m.story_id = ? " if story_id is not None else ""
    args: tuple[object, ...] = (story_id,) if story_id is not None else ()
    if prose_only:
        where = f"{where}{'AND' if where else 'WHERE'} {_PROSE_STORY} "
        args = (*args, NOT_PROSE_REASON)
    born = f" AND MIN(a.seq) <= {int(until_seq)}" if until_seq is not None else ""
    group = f"GROUP BY m.story_id HAVING COUNT(*) >= ?{born} "
    # the page's stories first, by the list's order alone; then the shown figures of these
    # stories only: the figures' subqueries ran for every story before the LIMIT (r-perf66)
    walked = None if story_id is not None else page_story_ids(conn, PageQuery(
        limit=limit, offset=offset, min_articles=min_articles, until_seq=until_seq,
        not_prose_reason=NOT_PROSE_REASON if prose_only else None))
    page = walked if walked is not None else [r[0] for r in conn.execute(
        f"SELECT m.story_id FROM story_members m JOIN articles a ON a.id = m.article_id "
        f"{where}{group}{_STORY_ORDER}LIMIT ? OFFSET ?",
        (*args, min_articles, limit, offset)).fetchall()]
    rank = {story: i for i, story in enumerate(page)}
    rows = sorted((row for ids in _chunks(page)
                   for row in _story_rows(conn, ids, group, min_articles)),
                  key=lambda r: rank[r[0]])
    # one outlet's editions count once (docs/dedup.md, *Sources and editions*)
    grouped = grouped_counts(conn, [r[0] for r in rows if int(r[2]) >= 2])
    counts = {r[0]: grouped.get(r[0], (int(r[2]), int(r[3]))) for r in rows}
    return [StorySummary(story_id=r[0], articles=int(r[1]) + int(r[10] or 0),
                         sources=counts[r[0]][0],
                         independent=counts[r[0]][1], first=_when(r[4]), last=_when(r[5]),
                         title=(head := _story_head(conn, r[0], r[6] or ""))[0],
                         first_tied=head[1], lead=head[2],
                         first_precision=_precision(r[4]),
                         last_precision=_precision(r[5]),
                         first_source=head[3][0] if head[3] else r[7] or "",
                         unsourced=int(r[8] or 0),
                         first_title=_first_title(conn, head[3][1]) if head[3] else
                         r[9] or r[6] or "", first_same_minute=head[3] is not None)
            for r in rows]


def _first_title(conn: sqlite3.Connection, article_id: str) -> str:
    """An article's headline as first published (:data:`_FIRST_TITLE`)."""
    row = conn.execute(f"SELECT {_FIRST_TITLE} FROM articles a2 WHERE a2.id = ?",
                       (article_id,)).fetchone()
    return str(row[0] or "") if row else ""


def story_count(conn: sqlite3.Connection, *, min_articles: int,
                until_seq: int | None = None, prose_only: bool = False) -> int:
    """How many stories :func:`stories` lists in all (those of ``min_articles`` or more;
    with ``until_seq``, those with an article stored up to it, as :func:`stories` pages a
    snapshot), so a page past the last can link to the last one (t-reader19 R15) and the
    list says how many it holds (t-reader20 R13). (The subquery is named: PostgreSQL
    refuses one without a name.) ``prose_only``: as :func:`stories`."""
    if prose_only:
        row = conn.execute(f"SELECT COUNT(*) FROM (SELECT m.story_id FROM story_members m "
                           f"JOIN articles a ON a.id = m.article_id WHERE {_PROSE_STORY} "
                           "GROUP BY m.story_id HAVING COUNT(*) >= ? AND MIN(a.seq) <= ?) "
                           "AS counted", (NOT_PROSE_REASON, min_articles,
                                          UNLIMITED_SEQ if until_seq is None
                                          else until_seq)).fetchone()
    elif until_seq is None:
        row = conn.execute("SELECT COUNT(*) FROM (SELECT story_id FROM story_members "
                           "GROUP BY story_id HAVING COUNT(*) >= ?) AS counted",
                           (min_articles,)).fetchone()
    else:
        row = conn.execute("SELECT COUNT(*) FROM (SELECT m.story_id FROM story_members m "
                           "JOIN articles a ON a.id = m.article_id GROUP BY m.story_id "
                           "HAVING COUNT(*) >= ? AND MIN(a.seq) <= ?) AS counted",
                           (min_articles, until_seq)).fetchone()
    return int(row[0])


LIVE_HEADLINE = re.compile(r"^\W*(?:en\s+)?(?:direct|live)\b\s*[-–—:.|/]", re.IGNORECASE)
"""A live page's rolling headline ("DIRECT - Incendie…", "EN DIRECT : …", "LIVE | …",
"DIRECT. …"): the marker French and English news sites put before a live blog's current
banner, which changes at every update."""


def _story_head(conn: sqlite3.Connection, story_id: str, first: str
                ) -> tuple[str, tuple[str, ...], str, tuple[str, str] | None]:
    """A story's title: its **newest independent article's** (:func:`veille.dedup.
    representative.newest`: not a copy, a teaser or a reprint; not a text under half the
    longest, a two-line brief; then the newest day, a timed article before a day-only one,
    then the latest), its dated articles before undated ones: the title says what the story
    is now (t-final63: a shipwreck kept its first day's "deux toujours disparus" after five
    days of news; the first publication's own headline stays :attr:`StorySummary.
    first_title`, "first published as …"). It no longer goes to the original the story's
    reprints copy over a later follow-up (h-stories60): the newest rule does not depend on
    the order of ingest either. A live page's rolling headline (:data:`LIVE_HEADLINE`) never
    titles it while another article's title does not roll (newuser12b D15: the story was
    renamed at every update of a live blog). ``first``, the first publication's title, when
    the story has no member left to read (issue #14, f-stories21: a two-line brief
    published first titled the story over the full dispatch an hour later, on the story
    page, in the API and in ``veille stories``).

    And the sources whose order with the first publication is **unknown**
    (:func:`_order_unknown`), as :attr:`StorySummary.first_tied` gives them; and, for a
    story none of whose articles has a headline, the first words of its first own
    article's text (:attr:`StorySummary.lead`, t-final29 U4), else "".

    And, when outlets published at the first publication's minute
    (:func:`veille.dedup.same_minute.minute_ties`: arrival made one of them the own article),
    the source and id of the first of them in a stable order, else ``None``; the others are
    among the sources tied, and the title is chosen with their copies as own articles."""
    rows = conn.execute(
        "SELECT a2.title, m2.reprint, a2.id, NULL, "
        f"{article_precision('a2')}, {article_time('a2')}, COALESCE(m2.source, ''), NULL "
        "FROM story_members m2 JOIN articles a2 "
        "ON a2.id = m2.article_id WHERE m2.story_id = ? ORDER BY m2.reprint, "
        f"{article_day('a2')}, CASE {article_precision('a2')} WHEN 'time' THEN 0 "
        "WHEN 'day' THEN 1 ELSE 2 END, a2.sort_time, a2.seq", (story_id,)).fetchall()
    if any(r[1] for r in rows):  # a reprint: its zone and relation may make the order
        rows = _with_zones(conn, rows)  # unknown; a story of own articles reads no record
    tied = _order_unknown(rows)
    ties = minute_ties(rows)  # one minute, several outlets: a stable first (r-stories54)
    if ties:
        tied = tuple(x for x in dict.fromkeys((*(r[6] for r in ties), *tied))
                     if x != ties[0][6])
        rows = [*ties, *(r for r in rows if r not in ties)]
    first_of = (str(ties[0][6]), str(ties[0][2])) if ties else None
    titled = [r for r in rows if r[0]]
    steady = [r for r in titled if not LIVE_HEADLINE.match(r[0])] or titled
    dated = [r for r in steady if r[4] != "seen"] or steady
    if not dated:
        order = [] if first else [str(r[2]) for r in rows[:5]]  # first own article first
        openings = untitled_texts(conn, order)
        opening = next((openings[i] for i in order if i in openings), "")
        return first, tied, opening, first_of
    if len(dated) > 1:  # a story told in several languages is titled in its main one
        dated = _in_main_language(conn, story_id, dated)
    if len(dated) == 1:  # nothing to choose among: no record read (f-reader21's bound)
        return str(dated[0][0]), tied, "", first_of
    # The texts' lengths: the candidates' records only (SQLite keeps a record parsed for
    # the row's second json_extract).
    lengths = {article_id: text_length([lead, *texts] if lead else texts)
               for article_id, lead, texts in article_texts(conn, [str(r[2]) for r in dated])}

    def length(row: tuple[Any, ...]) -> int:
        return lengths.get(str(row[2]), 0)

    return str(newest(dated, length=length,
                      reprint=lambda row: bool(row[1]) and row not in ties,
                      when=lambda row: (str(row[5])[:10], row[4] == "time"))[0]), tied, "", \
        first_of


def _in_main_language(conn: sqlite3.Connection, story_id: str,
                      rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The candidate ``rows`` (:func:`_story_head`'s, the article id third) written in the
    language most of the story's members are in (:func:`veille.dedup.representative.
    main_language`, :func:`~veille.dedup.representative.in_language`); ``rows`` when the
    story has no main language or the candidates are all in one. Two small queries: the
    members' languages counted, and the candidates' own, read only when they differ."""
    counts = dict(conn.execute(
        "SELECT COALESCE(a.language, ''), COUNT(*) FROM story_members m JOIN articles a "
        "ON a.id = m.article_id WHERE m.story_id = ? GROUP BY COALESCE(a.language, '')",
        (story_id,)).fetchall())
    main = main_language(counts)
    if not main or len(counts) < 2:
        return rows
    ids = [str(r[2]) for r in rows]
    languages: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        languages.update(conn.execute(
            f"SELECT id, COALESCE(language, '') FROM articles WHERE id IN "
            f"({', '.join('?' * len(chunk))})", chunk).fetchall())
    return in_language(rows, lambda row: languages.get(str(row[2]), ""), main)


def _with_zones(conn: sqlite3.Connection,
                rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """``rows`` (:func:`_story_head`'s) with each member's ``evidence.timezone`` and
    ``dedup.relation`` read from its record, what names its outlet
    (:func:`veille.dedup.published_order.outlet_text`: the clocks it may print, t-final27
    F7), and its ``evidence.credit`` (q-first28), for :func:`_order_unknown` (q-zones25);
    read only for a story with a reprint, so a story of own articles reads no record (the
    story summary of a huge record, bench/article_page.py)."""
    found: dict[str, tuple[Any, Any, str, str]] = {}
    ids = [str(r[2]) for r in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for article_id, zone, relation, source, url, site, credit in conn.execute(
                "SELECT id, json_extract(doc, '$.content.evidence.timezone'), "
                "json_extract(doc, '$.dedup.relation'), source, "
                "json_extract(doc, '$.content.url'), json_extract(doc, '$.content.site_name'), "
                "json_extract(doc, '$.content.evidence.credit') "
                f"FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            found[str(article_id)] = (zone, relation, outlet_text(source, url, site),
                                      credit if isinstance(credit, str) else "")
    out = []
    for r in rows:
        zone, relation, outlet, credit = found.get(str(r[2]), (None, None, None, ""))
        out.append((*r[:3], zone, *r[4:7], relation, outlet, credit))
    return out


def _order_unknown(rows: Sequence[tuple[Any, ...]]) -> tuple[str, ...]:
    """The other sources that may have published before the first publication (``rows``:
    a story's members in :data:`_FIRST`'s order, ``(title, reprint, id, evidence.timezone,
    precision, time, source, relation[, outlet])``, the outlet as :func:`_with_zones`
    gives it): their own articles (no copy: a reprint comes
    after the article it copies) whose order with the first is unknown
    (:func:`veille.dedup.published_order.order_unknown`: a time of day against a day-only
    date of that day, or two day-only dates). The first publication sorts first by
    convention there (a timed article before a day-only one), not by what is known (issue
    #14, f-stories21).

    And its reprints (not its teasers) whose order with it is unknown because either time
    was read in an assumed zone that another clock of its country puts the other way round
    (:func:`veille.dedup.published_order.zone_slack`): the times did not say who copied
    whom, arrival did (t-final25 F7: Réunion la 1ère's 07:30, read in Paris, against a
    Paris site's copy at 05:00+01:00). Only the clocks its outlet may print count
    (``rows``' ninth field, :func:`veille.dedup.published_order.outlet_text`), and a
    reprint that credits an agency, or copies a first publication that does, published
    after it as read (:func:`veille.dedup.home_clock.read_order`, the tenth field the
    credit) is its copy,
    no tie (q-first28, t-final28 F1: France Bleu's "avec AFP" copy at 10:15 read in Paris
    was "first published by afp.com or francebleu.fr" beside AFP's 09:05)."""
    from veille.dedup.home_clock import read_order

    dated = [(datetime.fromisoformat(r[5]), r[4], r[6], bool(r[1]), str(r[7] or ""),
              str(r[3] or ""), r[8] if len(r) > 8 else None, r[9] if len(r) > 9 else "")
             for r in rows if r[4] in (DAY, TIME)]
    own = [d for d in dated if not d[3]]
    if not own:
        return ()
    when, precision, source, _, _, how, outlet, credit = own[0]
    slack = zone_slack(when, how, precision, outlet)
    found = []
    for at, other_precision, other, reprint, relation, other_how, other_outlet, other_credit \
            in dated:
        if not other or other == source or (reprint and relation != "reprint"):
            continue
        if not reprint:
            if order_unknown(when, precision, at, other_precision):
                found.append(other)
            continue
        if read_order((when, precision), credit, (at, other_precision), other_credit,
                      ORIGINAL_TOLERANCE):
            continue  # a credited copy after the first as read copied it (q-first28)
        # a copy comes after its original, unless an assumed clock says it may not
        other_slack = zone_slack(at, other_how, other_precision, other_outlet)
        if NO_SLACK != slack or NO_SLACK != other_slack:
            if order_unknown(when, precision, at, other_precision, first_slack=slack,
                             second_slack=other_slack):
                found.append(other)
    return tuple(dict.fromkeys(found))


_WHEN = f"{article_time('a2')} || ' ' || {article_precision('a2')}"
"""A story article's own time and its precision (``2026-11-30T00:00:00+01:00 day``)."""
_END = ("(SELECT {what} FROM story_members m2 JOIN articles a2 ON a2.id = m2.article_id "
        " WHERE m2.story_id = m.story_id ORDER BY "
        f" CASE {article_precision('a2')} WHEN 'seen' THEN 1 ELSE 0 END, "
        " a2.sort_time {order}, a2.seq {order} LIMIT 1)")
"""The first (``order`` empty) or last (``DESC``) article of a story, by time, a dated one
before any undated one: an undated article's first-seen time is no publication time, so it
never becomes the story's end (newuser12b D9: one undated reprint made a story of 22 dated
articles end "now" and read "date unknown")."""
_FIRST_TITLE = ("COALESCE((SELECT v.title FROM article_versions v "
                "WHERE v.article_id = a2.id ORDER BY v.version LIMIT 1), a2.title)")
"""An article's headline as first published: its first version's, when it has earlier
versions (an update changed it since), else its own (t-final29 F10: "first published by
AFP, 09:02" stood under the 11:30 update's "cinq hommes", where AFP's 09:02 headline said
"quatre hommes")."""
_FIRST = ("(SELECT {what} FROM story_members m2 JOIN articles a2 ON a2.id = m2.article_id "
          " WHERE m2.story_id = m.story_id ORDER BY m2.reprint, "
          f"{article_day('a2')}, CASE {article_precision('a2')} WHEN 'time' THEN 0 "
          " WHEN 'day' THEN 1 ELSE 2 END, a2.sort_time, a2.seq LIMIT 1)")
"""The story's first publication, whose time, title and source the story shows (newuser7
P15): its own articles before reprints (a reprint copies an article of the story, which
dedup found earlier: docs/dedup.md), then by calendar day, and within a day a timed article
before one dated to the day only (midnight is a placeholder, not a time: it never outranks
a 09:58 of the same day) or undated: the order of
:func:`veille.dedup.published_order.latest_published`, in SQL."""


def _when(value: str) -> datetime:
    return datetime.fromisoformat(value.partition(" ")[0])


def _precision(value: str) -> str:
    return value.partition(" ")[2] or "time"


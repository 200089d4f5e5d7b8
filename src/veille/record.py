"""The one record that flows through veille: :class:`Article`.

An article is built in sections, one per stage family, so that a stage can declare what it
needs (``requires``) and what it fills (``assigns``), and an empty section means its stage
has not run. Dates are timezone-aware ``datetime`` objects. ``to_dict``/``from_dict`` give
JSON-safe data for the store and for executors in other processes; pickle is never the
format. Field-by-field documentation lives in ``docs/record.md``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

SECTIONS = ("raw", "content", "dedup", "enrichment")
#: Never text in a stored field: the C0 controls but tab and newline (ESC starts every
#: terminal escape, CR overwrites a line, BEL rings), DEL, and the C1 controls (U+009B is an
#: 8-bit CSI), and the two bidi overrides U+202D and U+202E, which reverse the order in
#: which the characters that follow are shown, so that a headline can display other words
#: than it holds ("Trojan Source", CVE-2021-42574; t-reader21 R16). The other bidi controls
#: (embeddings, isolates, marks) are kept: right-to-left text uses them; terminals drop them.
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202d\u202e]")


#: The bidi embeddings and isolates that open a run (LRE, RLE; LRI, RLI, FSI) and the
#: controls that close one (PDF, PDI): kept when they pair up within a line.
BIDI_PAIRS = re.compile("[\u202a-\u202c\u2066-\u2069]")
_OPENS = {"\u202a": "\u202c", "\u202b": "\u202c", "\u2066": "\u2069", "\u2067": "\u2069",
          "\u2068": "\u2069"}


def strip_controls(text: str) -> str:
    """``text`` without :data:`CONTROLS` (issue 11: titles carried OSC 52 and OSC 8), nor
    the bidi controls left unbalanced (:func:`balanced_bidi`)."""
    text = CONTROLS.sub("", text)
    return balanced_bidi(text) if BIDI_PAIRS.search(text) else text


def balanced_bidi(text: str) -> str:
    """``text`` without the bidi controls that pair with none in their line: a PDF
    (U+202C) or PDI (U+2069) closing nothing, an embedding or isolate never closed. A title
    "U+202E Titre inversé U+202C" kept its closing U+202C once the override U+202E was
    dropped (:data:`CONTROLS`; t-reader22 R11); an unclosed one would reach past the field
    into the page's text around it. Pairs nest (UAX #9): a closer matches the last opener
    of its kind."""
    out: list[str] = []
    for line in text.split("\n"):
        chars = list(line)
        stack: list[int] = []
        drop: set[int] = set()
        for i, c in enumerate(chars):
            if c in _OPENS:
                stack.append(i)
            elif c == "\u202c":  # PDF: closes the last embedding, never an isolate
                if stack and _OPENS[chars[stack[-1]]] == c:
                    stack.pop()
                else:
                    drop.add(i)
            elif c == "\u2069":  # PDI: closes the last isolate and the embeddings in it
                if any(_OPENS[chars[j]] == c for j in stack):
                    while _OPENS[chars[stack[-1]]] != c:
                        drop.add(stack.pop())
                    stack.pop()
                else:
                    drop.add(i)
        drop.update(stack)
        out.append("".join(c for i, c in enumerate(chars) if i not in drop))
    return "\n".join(out)


def distinct(ids: Iterable[str]) -> list[str]:
    """``ids`` in their order, each once (a copy's ``near_duplicates``: r-ux55, a copy of an
    original and its update named the original twice)."""
    return list(dict.fromkeys(ids))


def utcnow() -> datetime:
    """Now, timezone-aware, truncated to the second (stable in JSON round trips)."""
    return datetime.now(UTC).replace(microsecond=0)


def _dt(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _parse_dt(value: str | None) -> datetime | None:
    if not value:
        return None
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(slots=True)
class RawInput:
    """The raw input an article was extracted from, kept so extraction can be re-run.

    ``raw_id`` is the SHA-256 of ``data``: the same bytes always give the same id, which
    is what makes ingest idempotent. ``hints`` carry what the listing that led to the input
    said about it (``published``: an ISO date, ``published_from``: which field gave it);
    extraction uses them only where the input itself says nothing.
    """

    data: bytes
    origin: str
    media_type: str
    url: str | None = None
    source: str | None = None
    fetched_at: datetime = field(default_factory=utcnow)
    raw_id: str = ""
    hints: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.raw_id:
            self.raw_id = sha256_hex(self.data)


READ_AT_HINT = "read_at"
"""``RawInput.hints`` key: when veille read a capture whose ``fetched_at`` is earlier (a file
dated by its modification time), ISO 8601 UTC. See :func:`capture_bound`."""


def capture_bound(raw: RawInput) -> datetime:
    """The latest time ``raw`` can date from, against which a date "after the fetch" is
    refused: its ``fetched_at`` (a fetch's response time, a WARC record's ``WARC-Date``, the
    reading of stdin or of a JSON line), or the time veille read it
    (``hints[READ_AT_HINT]``) when that is later: a file's modification time dates the
    saved page (its relative dates count from it) but bounds nothing, since a copy, a
    ``touch`` or an archive unpacked sets it freely (t-final30 F2). Aware."""
    fetched = raw.fetched_at if raw.fetched_at.tzinfo else raw.fetched_at.replace(tzinfo=UTC)
    try:
        read = datetime.fromisoformat(raw.hints.get(READ_AT_HINT, ""))
    except ValueError:
        return fetched
    read = read if read.tzinfo else read.replace(tzinfo=UTC)
    return max(fetched, read)


def capture_time_known(raw: RawInput) -> bool:
    """Whether ``raw.fetched_at`` is the time the page was captured, against which a
    relative date on it ("Updated 2 hours ago") may be read: a fetch's response time, a
    WARC record's ``WARC-Date``, a record's own field. Not for a saved file, dated by its
    modification time (``hints[READ_AT_HINT]``: a copy or a ``touch`` sets it freely), nor
    for standard input, dated by its reading (t-final32 #3)."""
    return READ_AT_HINT not in raw.hints and not (raw.origin == "<stdin>" and not raw.url)


DAY = "day"
"""``Content.published_precision`` when only the calendar day of publication is known
(``2026-11-20``, "12 mars 2024", a news sitemap's day): ``published`` is then midnight of
that day in the page's zone, and no time of day may be shown for it."""
TIME = "time"
"""``Content.published_precision`` when the publication time is known (the default)."""
BY_UPDATE = "the update time (no publication time given: published on or before it)"
"""``Content.evidence["published"]`` of a content dated by its update time, the page giving
no publication time (:func:`veille.extract.stage.dated_by_update`): the displays say
"updated" before such a date (t-final31 F7)."""
NO_DATE = ""
"""``Content.published_precision`` when there is no ``published`` date: no precision (written
``null`` by :meth:`Content.to_dict`; a stored record that said ``"time"`` next to a null
date reads back as this)."""


@dataclass(slots=True)
class Content:
    """What extraction found in the raw input."""

    title: str = ""
    lead: str = ""
    paragraphs: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    author_roles: dict[str, str] = field(default_factory=dict)
    """An author's role as the byline prints it beside or under the name ("Correspondant à
    Rome", "Scotland political editor"), by name; only authors whose role was printed."""
    published: datetime | None = None
    updated: datetime | None = None
    updated_precision: str = TIME
    """:data:`DAY` when the source gives only the day of ``updated`` ("Feb 3, 2026 Updated
    Feb 4, 2026"): ``updated`` is then midnight of that day in the page's zone, and no time
    may be shown for it, as for ``published`` (t-final59 #4d); :data:`TIME` otherwise.
    Written by :meth:`to_dict` only when :data:`DAY` (older records read back as
    :data:`TIME`)."""
    published_precision: str = TIME
    """:data:`DAY` when the source gives only the day of ``published``, :data:`TIME` when it
    gives the time, :data:`NO_DATE` when there is no ``published`` (extraction sets it, and
    :meth:`to_dict` and :meth:`from_dict` hold to it whatever the value)."""
    language: str = ""
    site_name: str = ""
    url: str | None = None
    truncated: bool = False
    extractor: str = ""
    evidence: dict[str, str] = field(default_factory=dict)
    guid: str = ""
    version: int = 0
    subjects: list[str] = field(default_factory=list)
    urgency: int | None = None
    section: str = ""
    description: str = ""
    image: str = ""

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "lead": self.lead,
            "paragraphs": list(self.paragraphs),
            "authors": list(self.authors),
            **({"author_roles": dict(self.author_roles)} if self.author_roles else {}),
            "published": _dt(self.published),
            "updated": _dt(self.updated),
            **({"updated_precision": DAY}
               if self.updated is not None and self.updated_precision == DAY else {}),
            "published_precision": (self.published_precision or TIME
                                    if self.published is not None else None),
            "language": self.language,
            "site_name": self.site_name,
            "url": self.url,
            "truncated": self.truncated,
            "extractor": self.extractor,
            "evidence": dict(self.evidence),
            "guid": self.guid,
            "version": self.version,
            "subjects": list(self.subjects),
            "urgency": self.urgency,
            "section": self.section,
            "description": self.description,
            "image": self.image,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Content:
        published = _parse_dt(data.get("published"))
        return cls(
            title=data.get("title", ""),
            lead=data.get("lead", ""),
            paragraphs=list(data.get("paragraphs", [])),
            authors=list(data.get("authors", [])),
            author_roles={str(k): str(v) for k, v in (data.get("author_roles") or {}).items()},
            published=published,
            updated=_parse_dt(data.get("updated")),
            updated_precision=DAY if data.get("updated_precision") == DAY else TIME,
            published_precision=(data.get("published_precision") or TIME
                                 if published is not None else NO_DATE),
            language=data.get("language", ""),
            site_name=data.get("site_name", ""),
            url=data.get("url"),
            truncated=bool(data.get("truncated", False)),
            extractor=data.get("extractor", ""),
            evidence=dict(data.get("evidence", {})),
            guid=data.get("guid", ""),
            version=int(data.get("version") or 0),
            subjects=list(data.get("subjects") or []),
            urgency=data.get("urgency"),
            section=data.get("section", ""),
            description=data.get("description", ""),
            image=data.get("image", ""),
        )


REPRINT_RELATIONS = frozenset({"reprint", "teaser", "republication"})
"""The :attr:`Dedup.relation` values of a copy of an earlier article (docs/dedup.md): a
reprint or teaser of another outlet's, or the same site's text again at another URL. An
article with none is *independent* coverage (the Attention page's ``independent``, the
entity and place pages' independent articles), and a saved search that leaves out reprints
does not alert on a copy whose original it matched (a republication alerted again)."""


@dataclass(slots=True)
class Dedup:
    """What deduplication found: fingerprints, and the links to copies, versions and stories.

    Every field but ``fingerprint`` has a default, so records written before near-duplicate
    detection existed still load.
    """

    fingerprint: str = ""
    signature: str = ""
    relation: str = ""
    duplicate_of: str | None = None
    near_duplicates: list[str] = field(default_factory=list)
    similarity: float = 0.0
    version_of: str | None = None
    story_id: str | None = None
    version_seen: str | None = None
    """For a version (``version_of``), when veille read the capture that brought this
    content (ISO 8601, UTC): the ingest's reading time, never the capture's own time (a
    file's modification time, a WARC record's date: ``raw.fetched_at``, which dates the
    capture, not veille's reading of it; t-final29 F9). ``None`` for a first content
    (read at the article's ``first_seen``) and in records written before."""
    story_reason: str | None = None
    """Why the article is in its story when a rule other than the score put it there
    (:func:`veille.dedup.commentary.reason_of`: ``"commentary:name,name"``, a commentary
    settled into the story it comments, and the names the rule read); ``None`` for a
    join by the score (and in records written before r-rpm53). Kept in the store's
    ``story_members.reason`` too, and read back when a state is replayed."""

    def to_dict(self) -> dict[str, Any]:
        found = {"fingerprint": self.fingerprint, "signature": self.signature,
                 "relation": self.relation, "duplicate_of": self.duplicate_of,
                 "near_duplicates": distinct(self.near_duplicates),
                 "similarity": self.similarity, "version_of": self.version_of,
                 "story_id": self.story_id}
        if self.version_seen:
            found["version_seen"] = self.version_seen
        if self.story_reason:
            found["story_reason"] = self.story_reason
        return found

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Dedup:
        return cls(fingerprint=data.get("fingerprint", ""),
                   signature=data.get("signature", ""),
                   relation=data.get("relation", ""),
                   duplicate_of=data.get("duplicate_of"),
                   near_duplicates=distinct(data.get("near_duplicates") or ()),
                   similarity=float(data.get("similarity", 0.0)),
                   version_of=data.get("version_of"),
                   story_id=data.get("story_id"),
                   version_seen=data.get("version_seen") or None,
                   story_reason=data.get("story_reason") or None)


@dataclass(slots=True)
class Article:
    """One news article, as it moves from raw input to the store.

    ``id`` is stable: derived from the URL when known, else from the raw input's hash, so
    re-ingesting the same thing finds the same article. ``first_seen`` is when veille first
    stored it, kept apart from ``content.published`` and ``content.updated``.
    """

    raw: RawInput
    id: str = ""
    source: str = ""
    first_seen: datetime = field(default_factory=utcnow)
    content: Content | None = None
    dedup: Dedup | None = None
    enrichment: dict[str, Any] | None = None
    ext: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = self.raw.hints.get(MOVED_HINT) or exported_id(self.raw) or article_id(
                url=self.raw.url or self.raw.hints.get(ITEM_HINT), raw_id=self.raw.raw_id)
        if not self.source:
            self.source = self.raw.source or source_from_url(self.raw.url) or ""

    def has(self, section: str) -> bool:
        """True when the named section has been filled by its stage."""
        if section == "raw":
            return True
        return getattr(self, section) is not None

    @property
    def url(self) -> str | None:
        return (self.content.url if self.content and self.content.url else None) or self.raw.url

    def to_dict(self, *, with_raw_data: bool = False) -> dict[str, Any]:
        raw: dict[str, Any] = {
            "raw_id": self.raw.raw_id,
            "origin": self.raw.origin,
            "media_type": self.raw.media_type,
            "url": self.raw.url,
            "source": self.raw.source,
            "fetched_at": _dt(self.raw.fetched_at),
        }
        if self.raw.hints:
            raw["hints"] = dict(self.raw.hints)
        if with_raw_data:
            raw["data"] = self.raw.data.decode("latin-1")
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "first_seen": _dt(self.first_seen),
            "raw": raw,
            "content": self.content.to_dict() if self.content else None,
            "dedup": self.dedup.to_dict() if self.dedup else None,
            "enrichment": self.enrichment,
            "ext": self.ext,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        raw_d = data["raw"]
        raw = RawInput(
            data=raw_d["data"].encode("latin-1") if "data" in raw_d else b"",
            origin=raw_d.get("origin", ""),
            media_type=raw_d.get("media_type", ""),
            url=raw_d.get("url"),
            source=raw_d.get("source"),
            fetched_at=_parse_dt(raw_d.get("fetched_at")) or utcnow(),
            raw_id=raw_d["raw_id"],
            hints={str(k): str(v) for k, v in (raw_d.get("hints") or {}).items()},
        )
        return cls(
            raw=raw,
            id=data["id"],
            source=data.get("source", ""),
            first_seen=_parse_dt(data.get("first_seen")) or utcnow(),
            content=Content.from_dict(data["content"]) if data.get("content") else None,
            dedup=Dedup.from_dict(data["dedup"]) if data.get("dedup") else None,
            enrichment=data.get("enrichment"),
            ext=dict(data.get("ext") or {}),
        )


ZONE_HINT = "timezone"
"""The ``RawInput.hints`` key of the input's source's time zone setting (a tz database
name: ``veille sources add --timezone``, ``source_timezones``): the zone of its dates
written without one (:func:`veille.extract.timezones.page_zone`)."""
ITEM_HINT = "item"
"""The :attr:`RawInput.hints` key of an input's identity when it has no URL: a file of a
folder source (:func:`folder_item`). It stands for a URL in :func:`article_id`, so the file
overwritten in place is a version of its article, as a page fetched again is (docs/dedup.md,
versions)."""


MOVED_HINT = "moved_article"
"""The :attr:`RawInput.hints` key of the stored article a page is a version of although
its URL changed: the page of a known article's URL that redirected permanently (``301``,
``308``) to another URL of the same site (the site moved it: newuser13b M2, it became a
second article, a "republication"). Its value is that article's id, which the input
keeps (:mod:`veille.collect.poll`)."""

EXPORTED_FIRST_SEEN_HINT = "exported_first_seen"
"""The :attr:`RawInput.hints` key of the ``first_seen`` a line of ``veille export`` gives
its article (an ISO time; only a line with a ``content`` object and an id): read back, the
article keeps the time its first store saw it, not the import's (t-final33 #11: an undated
article, whose first-seen time is the only date lists show, took the time of the import).
"""

EXPORTED_ID_HINT = "exported_id"
"""The :attr:`RawInput.hints` key of the id a line of ``veille export`` gives its article
(16 lowercase hex digits; only a line with a ``content`` object, :mod:`veille.collect.files`):
the article reads back under that id, though it is not its URL's hash (a moved article keeps
its first id, a reused URL's later article has another; newuser16c N1), so every link,
follow and note made for it still leads to it."""
_EXPORTED_ID = re.compile(r"[0-9a-f]{16}")

MERGED_IDS_HINT = "merged_ids"
"""The :attr:`RawInput.hints` key of the ids an export line says were merged into its
article (its ``merged_ids``: pages the site moved, stored twice, then merged), space
separated, each of :data:`_EXPORTED_ID`'s shape: ingesting the line records them again,
so they still lead to the article (verify18a V3)."""
MAX_MERGED_IDS = 100
"""The most merged ids read from one export line."""


def merged_ids(raw: RawInput) -> list[str]:
    """The well-formed ids of :data:`MERGED_IDS_HINT`, at most :data:`MAX_MERGED_IDS`."""
    return [i for i in raw.hints.get(MERGED_IDS_HINT, "").split()[:MAX_MERGED_IDS]
            if _EXPORTED_ID.fullmatch(i)]


UNPUBLISHED_HINT = "unpublished"
"""The :attr:`RawInput.hints` key of what a line of ``veille export`` said of its article's
page: ``"<status> <ISO time>"`` (``410 2026-12-01T07:00:00+00:00``) when the site had
removed it (the line's ``unpublished`` object, :mod:`veille.collect.gone`). Ingesting the
line records that last fetch again for the article's URL, unless the store fetched that
URL itself, so a store rebuilt from its export still says the article was unpublished
(newuser16c N1, verify17)."""
_UNPUBLISHED = re.compile(r"(404|410) (\S+)")


def exported_unpublished(raw: RawInput) -> tuple[int, datetime] | None:
    """``(HTTP status, time seen)`` of :data:`UNPUBLISHED_HINT` when well formed, else None."""
    found = _UNPUBLISHED.fullmatch(raw.hints.get(UNPUBLISHED_HINT, ""))
    if found is None:
        return None
    try:
        seen = datetime.fromisoformat(found.group(2))
    except ValueError:
        return None
    return int(found.group(1)), seen if seen.tzinfo else seen.replace(tzinfo=UTC)

TRANSFER_HINT = "transfer"
"""The :attr:`RawInput.hints` key (and ``Content.evidence`` key) of how a fetched page's
body came: :data:`POSSIBLY_CUT` when it may be cut short by the connection
(:func:`veille.collect.fetch.open_document`; newuser13b M13)."""
POSSIBLY_CUT = "possibly_cut"
"""A body that had no ``Content-Length``, was not chunked, and ended with its HTML document
still open, twice: what the connection's close left of the page, maybe not all of it. A
later read that continues its text completes the article (:data:`COMPLETED`) rather
than updating it."""
LISTING_SUMMARY_HINT = "listing_summary"
"""The :attr:`RawInput.hints` key of a feed item stored from its summary alone (RSS
``description``, Atom ``summary``, JSON Feed ``summary``; its value names the field), and
the ``Content.evidence`` key of the line saying so (:mod:`veille.extract.listing_summary`)."""
WARC_TRUNCATED_HINT = "warc_truncated"
"""The :attr:`RawInput.hints` key of a WARC record's ``WARC-Truncated`` reason (``length``,
``time``, ``disconnect``, ``unspecified``: WARC 1.1, the ``WARC-Truncated`` field): the
archive holds part of the page's payload only (Common Crawl cuts payloads at 1 MiB and says
so with ``length``). The article is stored ``truncated`` and :data:`POSSIBLY_CUT`, so a
later whole copy completes it (newuser16b C4)."""
COMPLETED = "completed"
"""The ``Content.evidence["transfer"]`` of an article whose possibly cut text a later
whole read continued and replaced, and the change log's kind for that replacement: the
same version, no update (newuser13b M13)."""


def folder_item(source: str, relative: str) -> str:
    """The identity of the file at ``relative`` (a POSIX path below the folder) of the folder
    source named ``source``: ``folder:<source>/<relative>``. Not a URL: never fetched or
    shown, only hashed into the article's id like one."""
    return f"folder:{source}/{relative}"


def exported_id(raw: RawInput) -> str:
    """The id a line of ``veille export`` gave the input (:data:`EXPORTED_ID_HINT`) when
    it is well formed, else ""."""
    exported = raw.hints.get(EXPORTED_ID_HINT, "")
    return exported if _EXPORTED_ID.fullmatch(exported) else ""


EXPORTED_ORIGINAL_HINT = "exported_original"
"""The :attr:`RawInput.hints` key of the original a line of ``veille export`` says its
article is a copy of (its ``dedup.duplicate_of``): the store reading the line back files
the copy under it when its own matching agrees (:func:`veille.store.dedup_sql.to_root`,
issue 14)."""


def exported_original(raw: RawInput) -> str:
    """The original a line of ``veille export`` names (:data:`EXPORTED_ORIGINAL_HINT`) when
    the line is one (:func:`exported_id`) and the value has an id's shape, else ""."""
    stated = raw.hints.get(EXPORTED_ORIGINAL_HINT, "") if exported_id(raw) else ""
    return stated if _EXPORTED_ID.fullmatch(stated) else ""


def exported_first_seen(raw: RawInput) -> datetime | None:
    """The ``first_seen`` a line of ``veille export`` gave its article
    (:data:`EXPORTED_FIRST_SEEN_HINT`), an aware time, else None (none, or not a time)."""
    text = raw.hints.get(EXPORTED_FIRST_SEEN_HINT, "") if exported_id(raw) else ""
    try:
        when = datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    return when if when is not None and when.tzinfo is not None else None


def exported_history(raw: RawInput) -> bool:
    """Whether ``raw`` is a line of ``veille export`` (:func:`exported_id`) that may carry
    its article's earlier versions or story overrides (``"versions"``,
    ``"story_overrides"``: :mod:`veille.store.sqlite_history`), for ingest to restore."""
    return bool(exported_id(raw)) and (b'"versions"' in raw.data or
                                       b'"story_overrides"' in raw.data)


def article_id(*, url: str | None, raw_id: str) -> str:
    """A short stable id: from the URL (or an :data:`ITEM_HINT` identity) when there is one,
    else from the raw bytes."""
    basis = ("url:" + url.strip()) if url else ("raw:" + raw_id)
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def reused_id(url: str, n: int) -> str:
    """The id of the ``n``-th article a reused URL named: ``n`` = 0 is the URL's own
    :func:`article_id`; ``n`` >= 1 the article that came at the URL with another text after
    article ``n - 1`` (a live page, a CMS slug given to a new story; docs/dedup.md)."""
    if n == 0:
        return article_id(url=url, raw_id="")
    basis = f"reuse:{n}:url:" + url.strip()
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def names_one_page(url: str) -> bool:
    """Whether a page's own canonical URL (``<link rel="canonical">``, ``og:url``) may stand
    for the article's identity when the page came without one (a saved file): an absolute
    http(s) URL with a path below the site's root. Sites that point every page's canonical
    at their home page exist (Google's canonicalisation guide lists it among common
    mistakes), and taking such a URL would make unrelated articles versions of one."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and \
        parts.path.strip("/") not in ("", "index.html", "index.php", "amp")


def source_from_url(url: str | None) -> str | None:
    """The site a URL belongs to: its host without a leading ``www.``."""
    if not url:
        return None
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return None
    return host.removeprefix("www.") or None

"""One exception tree for veille.

Every error veille raises on purpose is a :class:`VeilleError`, so the CLI and the web
layer can turn it into a one-line message (what, where, why, and what to do next)
instead of a traceback. Anything else that escapes is a bug.

::

    VeilleError
    ├── ConfigError          a setting is missing or invalid
    ├── ItemError            one input item cannot be processed; the batch goes on
    │   ├── InputError       unreadable, empty, binary, too large, broken JSON line
    │   ├── ExtractionError  the item was read but no article could be extracted
    │   └── FetchError       a URL could not be fetched (blocked, refused, HTTP error, timeout)
    ├── StoreError           the store cannot be opened, migrated or written
    │   ├── DiskFull         the disk holding the store is full
    │   ├── SchemaError      the store was written by a newer veille
    │   └── ChangeLogGap     a follower of the change log lacks changes compaction removed
    ├── NotFound             an article, story or raw input id that does not exist
    ├── StoryEditRefused     a story correction that would change nothing (already alone,
    │                        already together)
    ├── PipelineError        stages declared in an order that cannot work
    ├── QueryError           a search query that cannot be read, even on a best effort
    └── SearchIndexError     the search index cannot be opened, is locked, or is outdated
        └── IndexBusy        another process holds the index's writer
"""

from __future__ import annotations

from dataclasses import dataclass


class VeilleError(Exception):
    """Base of every error veille raises on purpose."""

    hint: str = ""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        if hint:
            self.hint = hint

    def one_line(self) -> str:
        """The message a user sees: the error, then what to do next."""
        text = str(self)
        return f"{text} ({self.hint})" if self.hint else text


class ConfigError(VeilleError):
    """A setting is missing or has a value veille cannot use."""


class ArgumentError(VeilleError):
    """A value given to a command, the HTTP API or the Python API is not one veille can
    use (``--source 'http://'``): exit status 2 in the CLI, 422 in the API."""

    http_status = 422


class ItemError(VeilleError):
    """One input item failed; the batch it belongs to goes on.

    ``origin`` says where the item came from (a path, ``path#line``, a URL) and
    ``reason`` is a short machine-friendly tag counted in summaries.
    """

    def __init__(self, message: str, *, origin: str = "", reason: str = "", hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.origin = origin
        self.reason = reason or type(self).__name__

    def one_line(self) -> str:
        where = f"{self.origin}: " if self.origin else ""
        return f"{where}{super().one_line()}"


@dataclass(frozen=True, slots=True)
class ItemProblem:
    """One failed item, as data rather than a sentence: ``origin`` is where it came from
    (a path, ``path#2`` for the second record or line of a file, a URL), ``reason`` what
    failed (the short tag summaries count: ``bad-json``, ``no-text``, ``http-404``...),
    ``message`` why (English, without the origin or the hint), ``hint`` what to do ("" when
    nothing helps). :meth:`one_line` is the CLI's line; the write API returns the fields
    (:mod:`veille.web.write`), each user saying where and what to do in its own terms."""

    origin: str
    reason: str
    message: str
    hint: str = ""

    @classmethod
    def of(cls, exc: ItemError, origin: str = "") -> ItemProblem:
        """The problem ``exc`` describes; ``origin`` stands in when it names none."""
        return cls(origin=exc.origin or origin, reason=exc.reason, message=str(exc),
                   hint=exc.hint)

    def one_line(self) -> str:
        """``origin: message (hint)``, as :meth:`ItemError.one_line` says it."""
        where = f"{self.origin}: " if self.origin else ""
        return f"{where}{self.message} ({self.hint})" if self.hint else \
            f"{where}{self.message}"

    def in_input(self, name: str) -> str | None:
        """Where in the input named ``name`` this item is: "" for the whole input, "#2"
        for its second item, "@512" for the record at byte 512 of an archive; None when
        the problem is not of that input."""
        if self.origin == name:
            return ""
        rest = self.origin[len(name):] if self.origin.startswith(name) else ""
        return rest if rest[:1] in ("#", "@") and rest[1:2].isdigit() else None

    def as_dict(self) -> dict[str, str]:
        return {"origin": self.origin, "reason": self.reason, "message": self.message,
                "hint": self.hint}


class InputError(ItemError):
    """The raw bytes of an item cannot be read as an input veille understands."""


class ExtractionError(ItemError):
    """The item was decoded, but no article could be extracted from it."""


class InputNote(InputError):
    """Something a reader says about its input that is no item: no record was lost, so it
    is neither read nor failed, only told (``IngestSummary.notes``): a stretch of bytes
    between two intact WARC records, a record whose Content-Length ran into the next one
    and was read to its real end (newuser16b C5: "failed 1", exit 1, "skipped", though
    every record was stored)."""


class NotAnArticle(InputError):
    """The item is no article and is skipped, not failed: a wire picture, video, audio or
    graphic item (NewsML-G2 ``itemClass`` ``ninat:picture``..., ninjs ``type``), a
    NewsML-G2 package, concept, planning or knowledge item, a WARC record that is no page
    (request, metadata, revisit, a non-HTML or non-200 response). Counted apart
    (``IngestSummary.skipped``, by ``kind``), never stored as a failure.

    ``kind``: what the item is, in a few words the summary prints and counts ("picture",
    "package item", "WARC request record")."""

    def __init__(self, message: str, *, origin: str = "", reason: str = "not-text",
                 hint: str = "", kind: str = "") -> None:
        super().__init__(message, origin=origin, reason=reason, hint=hint)
        self.kind = kind or reason


class FetchError(ItemError):
    """A URL could not be fetched: refused by the address guard or robots.txt, an HTTP
    error status, a timeout, a response too large, or too many redirects.

    ``reason`` says which (``blocked-address``, ``robots``, ``http-404``, ``timeout``...),
    so a poll over many URLs counts its failures and goes on. ``retry_after``: the seconds
    the site's ``Retry-After`` asked to wait (a ``429`` or ``503``), None when it gave none.
    """

    retry_after: float | None = None


class StoreError(VeilleError):
    """The store cannot be opened, migrated or written."""


class DiskFull(StoreError):
    """The disk holding the store is full (:mod:`veille.diskfull`): the transaction was
    rolled back, what was committed before is kept."""


class SchemaError(StoreError):
    """The store's schema is newer than this veille understands."""


class ChangeLogGap(StoreError):
    """A derived view's position is below what compaction removed from the change log
    (see :mod:`veille.store.changelog`): the changes it lacks are gone, so it must rebuild
    from the store's current state rather than replay them."""

    def __init__(self, view: str, applied: int, compacted: int) -> None:
        super().__init__(
            f"{view} stands at change {applied}, but the change log was compacted up to "
            f"change {compacted}: changes {applied + 1}..{compacted} are gone",
            hint="it rebuilds from the store (the source of truth); `veille compact` lists "
                 "the followers the log keeps changes for")
        self.view, self.applied, self.compacted = view, applied, compacted


class NotFound(VeilleError):
    """The requested id does not exist."""


class ArticleMerged(NotFound):
    """The requested article id no longer exists because veille merged that article into
    another one (a page its site moved, stored first under its new URL: docs/collect.md
    "A page its site moved"). ``article_id`` is the id asked for, ``into`` the id of the
    article it became; the web app answers a permanent redirect to it, the CLI shows it
    (newuser16c N8: an id veille handed out must not become a dead link)."""

    def __init__(self, article_id: str, into: str) -> None:
        super().__init__(f"article {article_id!r} was merged into article {into!r}",
                         hint=f"see `veille show {into}`")
        self.article_id = article_id
        self.into = into


class StoryEditRefused(VeilleError):
    """A user's story correction (:mod:`veille.dedup.story_overrides`) that cannot be
    made as asked: the article is alone in its story already, is in the other's story
    already, or names itself. The web answers 409 Conflict."""

    http_status = 409


class ArticleEditRefused(VeilleError):
    """A user's correction of a stored article (:mod:`veille.source_edits`) that would
    change nothing: the article has that source already. The web answers 409 Conflict."""

    http_status = 409


class PipelineError(VeilleError):
    """The stages of a pipeline cannot run in the order given."""


class QueryError(VeilleError):
    """A search query veille cannot read at all.

    Most malformed queries get a best-effort reading with a warning instead; this is for
    the few that cannot (a page out of range, a query that is nothing but operators).
    """


class SearchIndexError(VeilleError):
    """The search index cannot be opened or written (locked, damaged or outdated).

    The index can always be rebuilt from the store with ``veille reindex``.
    """


class IndexFormatError(SearchIndexError):
    """The search index was written in another format than this veille reads (an
    upgrade): it is rebuilt from the store, which is the source of truth."""


class IndexBusy(SearchIndexError):
    """Another process holds the search index's writer; it applies pending changes too."""


def is_rust_panic(exc: BaseException) -> bool:
    """Whether ``exc`` is a Rust panic raised through pyo3 (``pyo3_runtime.PanicException``,
    which derives from ``BaseException`` and cannot be imported by name: pyo3's docs,
    "PanicException")."""
    kind = type(exc)
    return kind.__name__ == "PanicException" and kind.__module__ == "pyo3_runtime"

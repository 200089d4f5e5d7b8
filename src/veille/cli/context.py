"""What every command shares: settings from flags and environment, and the application
service (:class:`veille.service.Veille`) that owns the store and the index."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from veille.errors import ArgumentError, ArticleMerged, StoreError
from veille.settings import Settings, load_settings

if TYPE_CHECKING:  # the store and the service are imported when a command opens them
    from veille.record import Article
    from veille.service import Veille
    from veille.store.sqlite import SQLiteStore


@dataclass(slots=True)
class AppContext:
    """Lazily opened resources for one command run."""

    overrides: dict[str, Any] = field(default_factory=dict)
    _settings: Settings | None = None
    _service: Veille | None = None
    _reader: SQLiteStore | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(self.overrides)
        return self._settings

    @property
    def service(self) -> Veille:
        """The one write path (and read path) of this data directory.

        Raises :class:`StoreError` (:func:`no_store`) when the data directory holds no store
        and the running command is not one that creates it (:func:`creates_store`): every
        other command has nothing to do on an empty new store, and a mistyped
        ``--data-dir`` would leave one in the wrong place (newuser8 Q26)."""
        if self._service is None:
            from veille.kept_tables import keep_tables_in
            from veille.service import Veille

            self.require_store()
            # the place tables, built once and read back by the next commands (r-perf67)
            keep_tables_in(self.settings.data_dir / "cache" / "tables")
            self._service = Veille(self.settings)
        return self._service

    @property
    def has_store(self) -> bool:
        """Whether there is a store to open: ``store_url`` is set (PostgreSQL), or the
        SQLite file exists."""
        return bool(self.settings.store_url) or self.settings.store_path.exists()

    def require_store(self) -> None:
        """Raise :func:`no_store` when there is no store and the running command may not
        create one (outside a click command, e.g. a test of this class, it may)."""
        if self.has_store:
            return
        ctx = click.get_current_context(silent=True)
        if ctx is None or ctx.command in _STORE_CREATORS:
            return
        raise no_store(self.settings.store_path)

    @property
    def store(self) -> SQLiteStore:
        return self.service.store

    @property
    def reader(self) -> SQLiteStore:
        """The store, for a command that only reads: the ``store_url`` one when set
        (PostgreSQL), else the SQLite file, read-only if the data directory is
        (:func:`veille.store.readonly.open_for_reading`); closed when the command ends."""
        if self._reader is None and self.settings.store_url:
            # the configured store, never the SQLite file a migration left behind
            # (newuser8 Q9: `latest`, `show`, `stats` read that stale copy, or said "no
            # veille store" of a PostgreSQL one)
            from veille.backends import open_store

            self._reader = open_store(self.settings)
            click.get_current_context().call_on_close(self._reader.close)
        if self._reader is None:
            from veille.store.readonly import open_for_reading

            path = self.settings.store_path
            if not path.exists():  # a mistyped path would be created empty (newuser6 M24)
                raise no_store(path)
            self._reader = open_for_reading(path)
            click.get_current_context().call_on_close(self._reader.close)
        return self._reader

    def close(self) -> None:
        if self._service is not None:
            self._service.close()


_STORE_CREATORS: set[click.Command] = set()

CommandT = TypeVar("CommandT", bound=click.Command)


def creates_store(command: CommandT) -> CommandT:
    """Mark ``command`` as one that creates the store when the data directory has none
    (``ingest``, ``fetch``, ``watch``, ``sources add``, ``saved add``, ``user
    set-password``); :attr:`AppContext.service` refuses every other command there. Put it
    above ``@click.command``."""
    _STORE_CREATORS.add(command)
    return command


def no_store(path: Path) -> StoreError:
    """The error of a command that reads the store at ``path`` when there is none."""
    return StoreError(f"no veille store in {path.parent}: nothing was ingested there",
                      hint="check --data-dir (or VEILLE_DATA_DIR); `veille ingest` or "
                      "`veille fetch` creates the store")


def app(ctx: click.Context) -> AppContext:
    obj = ctx.find_object(AppContext)
    assert obj is not None
    return obj


def data_dir_option(value: str | None) -> Path | None:
    return Path(value) if value else None


_HEX = re.compile(r"[0-9a-f]{1,15}")
SHOWN_MATCHES = 5
"""How many of the ids an ambiguous prefix begins, at most, its error names."""


def full_id(store: SQLiteStore, given: str, *, story: bool = False) -> str:
    """The article id (or story id, with ``story``) that ``given`` begins when it is the
    start of exactly one (the lists may show ids cut short, and a user types the start;
    f-cliux32), else ``given`` as typed (a whole id, or one that names nothing, which the
    command then reports as unknown). Raises :class:`~veille.errors.ArgumentError` for
    the start of several ids, naming some of them."""
    text = given.strip().lower()
    if not _HEX.fullmatch(text):
        return given
    found = store.ids_starting(text, stories=story, limit=SHOWN_MATCHES + 1)
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        kind = "story" if story else "article"
        more = ", ..." if len(found) > SHOWN_MATCHES else ""
        raise ArgumentError(f"{given!r} is the start of several {kind} ids: "
                            f"{', '.join(found[:SHOWN_MATCHES])}{more}",
                            hint="give more of the id")
    return given


def article_by_id(store: SQLiteStore, article_id: str) -> Article:
    """The article ``article_id`` names (its whole id, or the start of one id:
    :func:`full_id`), or the one it was merged into, with a note on standard error saying
    so (newuser16c N8: an id veille handed out, from a page its site moved, is not a dead
    end). Raises :class:`~veille.errors.NotFound` for an unknown id."""
    article_id = full_id(store, article_id)
    try:
        return store.get(article_id)
    except ArticleMerged as merged:
        click.echo(f"note: {merged}; showing {merged.into}", err=True)
        return store.get(merged.into)

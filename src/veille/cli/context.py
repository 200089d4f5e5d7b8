"""What every command shares: settings from flags and environment, and the application
service (:class:`veille.service.Veille`) that owns the store and the index."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from veille.errors import StoreError
from veille.service import Veille
from veille.settings import Settings, load_settings
from veille.store.readonly import open_for_reading
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
        """The one write path (and read path) of this data directory."""
        if self._service is None:
            self._service = Veille(self.settings)
        return self._service

    @property
    def existing(self) -> Veille:
        """:attr:`service`, for a command that has nothing to do without a store (``search``,
        ``reindex``, ``check``): raises :class:`StoreError` when the data directory holds
        none, rather than create an empty one (a mistyped ``--data-dir``: newuser8 Q26)."""
        if self._service is None and not self.settings.store_url:
            path = self.settings.store_path
            if not path.exists():
                raise no_store(path)
        return self.service

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
            path = self.settings.store_path
            if not path.exists():  # a mistyped path would be created empty (newuser6 M24)
                raise no_store(path)
            self._reader = open_for_reading(path)
            click.get_current_context().call_on_close(self._reader.close)
        return self._reader

    def close(self) -> None:
        if self._service is not None:
            self._service.close()


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

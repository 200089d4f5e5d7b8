"""The store: the source of truth. It keeps every raw input and every article.

``veille.store.SQLiteStore`` (and ``Store``, ``Change``, ``BatchResult``) are loaded when
first asked for (PEP 562): importing ``veille.store.base`` or ``veille.store.readonly``
must not load the SQLite store and its dedup rules (CLI start-up time, f-startup28)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from veille.store.base import BatchResult, Change, Store
    from veille.store.sqlite import SQLiteStore

__all__ = ["BatchResult", "Change", "SQLiteStore", "Store"]

_HOMES = {"BatchResult": "veille.store.base", "Change": "veille.store.base",
          "Store": "veille.store.base", "SQLiteStore": "veille.store.sqlite"}


def __getattr__(name: str) -> Any:
    """The re-exported class ``name``, imported on first use; AttributeError otherwise."""
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)

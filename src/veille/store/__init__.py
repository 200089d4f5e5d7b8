"""The store: the source of truth. It keeps every raw input and every article."""

from veille.store.base import BatchResult, Change, Store
from veille.store.sqlite import SQLiteStore

__all__ = ["BatchResult", "Change", "SQLiteStore", "Store"]

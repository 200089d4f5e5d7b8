"""veille: collect, extract, deduplicate and search the news.

The Python API is one object per data directory (see docs/python-api.md)::

    import veille
    with veille.open("data") as v:
        v.ingest("captures/")
        for hit in v.search("coalition").hits:
            print(hit.id, hit.title)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from veille.service import Veille


def open(data_dir: str | Path | None = None, **settings: Any) -> Veille:  # noqa: A001
    """Open a data directory (created when missing); see :func:`veille.service.open`."""
    from veille.service import open as open_service

    return open_service(data_dir, **settings)


__all__ = ["open"]

"""The rows of the data files veille ships, read and split once while a wave of table builds
runs (issue #13).

The story terms' first article builds some twenty tables from the same three files of
``enrich/data`` (:mod:`veille.dedup.areas`, :mod:`~veille.dedup.areas_abroad`,
:mod:`~veille.dedup.specifics`, :mod:`~veille.dedup.stated_places`,
:mod:`~veille.dedup.namesakes`, :mod:`~veille.dedup.regions_abroad`,
:mod:`~veille.dedup.estates`), each reading, decompressing and splitting its file afresh:
``gazetteer.tsv`` twelve times, ``communes.tsv.gz`` six, ``minor_towns.tsv.gz`` three,
~45, ~50 and ~90 ms each (r-captures59: about 0.9 of the 7.1 CPU seconds of a cold ingest
of the AEB captures).

:func:`rows` gives a file's lines split at tabs. While a :func:`sharing` block is open (the
story terms open one for each article: :func:`veille.dedup.reading.read_once`), the rows of
each file are read once and every builder after gets the same list; when the last open
block ends they are dropped (tens of MB: only the tables built from them stay). Outside a
block each call reads the file again, as the builders did. The builders only read the
rows: a list shared is never changed.

A file's rows: ``read_text("utf-8")`` (``.gz``: ``gzip`` decompressed, decoded as UTF-8),
``splitlines()``, each line ``split("\\t")``: what each builder did, so every table is
the same (``tests/enrich/test_shipped_rows.py`` builds them both ways).
"""

from __future__ import annotations

import gzip
import threading
from importlib import resources

__all__ = ["rows", "sharing"]

_LOCK = threading.Lock()
_open = 0
"""How many :func:`sharing` blocks are open, in every thread."""
_kept: dict[str, list[list[str]]] = {}
"""The rows read while a block is open, by file name."""


def _read(name: str) -> list[list[str]]:
    data = resources.files("veille.enrich").joinpath("data", name)
    text = gzip.decompress(data.read_bytes()).decode("utf-8") if name.endswith(".gz") \
        else data.read_text("utf-8")
    return [line.split("\t") for line in text.splitlines()]


def rows(name: str) -> list[list[str]]:
    """The cells of each line of ``enrich/data/<name>`` (module docstring), in file order;
    the same list for every call while a :func:`sharing` block is open. Read only: the
    list may be another caller's. Raises ``FileNotFoundError`` for a file veille does not
    ship, ``OSError`` or ``UnicodeDecodeError`` for a damaged one."""
    with _LOCK:
        found = _kept.get(name)
        keep = _open > 0
    if found is not None:
        return found
    found = _read(name)
    if keep:
        with _LOCK:
            if _open > 0:
                found = _kept.setdefault(name, found)
    return found


class sharing:  # noqa: N801 (used as a function: ``with sharing():``)
    """While open, :func:`rows` reads each file once; the rows are dropped when the last
    block open (in any thread) ends."""

    __slots__ = ()

    def __enter__(self) -> None:
        global _open
        with _LOCK:
            _open += 1

    def __exit__(self, *exc: object) -> None:
        global _open
        with _LOCK:
            _open -= 1
            if _open == 0:
                _kept.clear()

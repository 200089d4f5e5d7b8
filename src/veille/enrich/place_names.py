"""The place gazetteer's names, without the gazetteer: what a capture's extraction asks of
it, answered from a shipped index (issue #13).

Two questions of the text-capture extraction need the gazetteer
(:func:`veille.enrich.places.shipped`: 110,000 rows joined with the communes and the
alternate names, ~1.7 s of CPU and ~100 MB once per process) for one name at a time: is the
first part of a "Name · Place · date" line a place (``veille.extract.bare_byline``), and
which clocks have the places a capture names (``veille.extract.place_zones``, the places
clock of a capture printing a time and no address). A one-file ``veille ingest`` paid the
whole build for them.

``data/place_name_index.tsv.gz`` holds every key of :attr:`Gazetteer.by_name
<veille.enrich.places.Gazetteer.by_name>` (a folded name) with, for each place under it,
what the clock needs: its kind, country, ISO 3166-2 id (ids of other sources are left out:
only that prefix is read) and first-level code. It is written by ``python -m
veille.enrich.place_names`` from the gazetteer itself (:func:`lines`), and carries the
digest of the files the gazetteer is built from (:data:`veille.enrich.places.SOURCES`):
when they change and the index was not written again, :func:`index` is ``None`` and the
callers build the gazetteer as before. ``tests/enrich/test_place_names.py`` checks that
the shipped index is the gazetteer's, key for key.

A name is looked up as :meth:`Gazetteer.candidates <veille.enrich.places.Gazetteer.
candidates>` looks it up (its :func:`~veille.enrich.text.fold`); a name that is no key and
holds an Arabic article particle ("Deir el-Zour") is one the gazetteer finds by its
transliteration: :func:`regions` gives ``None`` for it, and the caller asks the gazetteer.
"""

from __future__ import annotations

import functools
import gzip
import sys
from collections.abc import Iterable, Iterator
from hashlib import blake2b
from importlib import resources
from typing import TYPE_CHECKING

from veille.enrich.text import fold

if TYPE_CHECKING:
    from veille.enrich.places import Gazetteer

FILE = "place_name_index.tsv.gz"
"""The index, in ``veille/enrich/data``."""
_HEADER = "# sources "

Region = tuple[str, str, str, str]
"""A place under a name, as the clock reads it: (kind, country, ISO 3166-2 id or "",
first-level code)."""


def sources_digest() -> str:
    """BLAKE2b of the files the gazetteer is built from, in :data:`SOURCES
    <veille.enrich.places.SOURCES>` order, each with its name and length."""
    from veille.enrich.places import SOURCES

    data = resources.files("veille.enrich").joinpath("data")
    digest = blake2b(digest_size=16)
    for name in SOURCES:
        content = data.joinpath(name).read_bytes()
        digest.update(f"{name}\t{len(content)}\n".encode())
        digest.update(content)
    return digest.hexdigest()


def _region(kind: str, country: str, pid: str, admin1: str) -> str:
    return "/".join((kind, country, pid if pid.startswith("iso3166-2:") else "", admin1))


def lines(gazetteer: Gazetteer, digest: str) -> Iterator[str]:
    """The index of ``gazetteer`` (its file's lines, ``digest`` first): each key of
    ``by_name`` in order, a tab, its places' regions (:data:`Region`, fields joined by
    "/") joined by "|", each once, in the order of first appearance."""
    yield _HEADER + digest
    for key in sorted(gazetteer.by_name):
        regions = dict.fromkeys(_region(p.kind, p.country, p.id, p.admin1)
                                for p in gazetteer.by_name[key])
        yield key + "\t" + "|".join(regions)


def _parse(text: Iterable[str]) -> dict[str, str]:
    """Key → its regions as written (split when asked: :func:`regions`)."""
    return dict(line.split("\t", 1) for line in text)


@functools.cache
def index() -> dict[str, str] | None:
    """The shipped index (key → its places' regions as the file writes them), read once
    per process; ``None`` when it is missing or was written from other source files than
    the installed ones (:func:`read`)."""
    try:
        raw = resources.files("veille.enrich").joinpath("data").joinpath(FILE).read_bytes()
    except OSError:
        return None
    return read(raw, sources_digest())


def read(raw: bytes, digest: str) -> dict[str, str] | None:
    """The index in ``raw`` (the gzip file), ``None`` unless written from sources of
    ``digest`` (:func:`sources_digest`)."""
    text = gzip.decompress(raw).decode("utf-8").split("\n")
    if text[0] != _HEADER + digest:
        return None
    return _parse(line for line in text[1:] if line)


def regions(name: str) -> tuple[Region, ...] | None:
    """The regions of the places named ``name`` (() when none), as the gazetteer's
    candidates would give them; ``None`` when the index cannot tell: not shipped or
    outdated, or a name the gazetteer finds by transliteration only."""
    table = index()
    if table is None:
        return None
    found = table.get(fold(name))
    if found is not None:
        return tuple(tuple(r.split("/", 3)) for r in found.split("|"))  # type: ignore[misc]
    from veille.enrich.places import _ARABIC_ARTICLE

    return None if _ARABIC_ARTICLE.search(name.lower()) is not None else ()


def is_place(name: str) -> bool:
    """Whether the gazetteer has a place named ``name`` (``bool(candidates(name))``),
    built only when the index cannot tell."""
    found = regions(name)
    if found is not None:
        return bool(found)
    from veille.enrich.places import shipped

    return bool(shipped().candidates(name))


def write(path: str) -> None:
    """Write the index of the shipped gazetteer to ``path`` (gzip, fixed mtime)."""
    from veille.enrich.places import shipped

    body = "\n".join(lines(shipped(), sources_digest())) + "\n"
    with open(path, "wb") as out:
        out.write(gzip.compress(body.encode("utf-8"), compresslevel=9, mtime=0))


if __name__ == "__main__":
    write(sys.argv[1] if len(sys.argv) > 1 else
          str(resources.files("veille.enrich").joinpath("data").joinpath(FILE)))

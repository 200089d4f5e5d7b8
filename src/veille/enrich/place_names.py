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
<veille.enrich.places.Gazetteer.by_name>` (a folded name) with what the clock reads of the
places under it (:class:`Spot`: kind, country, ISO 3166-2 id, first-level code, point,
population; only the kinds the clock counts, :data:`VOTING`), and of the minor towns and
villages abroad of that name (r-perf51: the vote of r-zones50 needs kinds, populations and
points), then the keys the gazetteer finds transliterated Arabic names by. It is written
by ``python -m veille.enrich.place_names`` from the gazetteer itself (:func:`lines`), and
carries the digest of the files the gazetteer is built from (:data:`veille.enrich.places.
SOURCES`) and of its own filter: when they change and the index was not written again,
:func:`index` is ``None`` and the callers build the gazetteer as before.
``tests/enrich/test_place_names.py`` checks that the shipped index is the gazetteer's, key
for key, and ``tests/extract/test_place_votes_r_perf51.py`` that the clock answers alike.
Read: ~0.1 s of CPU and ~20 MB, once per process.

A name is looked up as :meth:`Gazetteer.candidates <veille.enrich.places.Gazetteer.
candidates>` looks it up (its :func:`~veille.enrich.text.fold`); a name that is no key and
holds an Arabic article particle ("Deir el-Zour") is one the gazetteer finds by its
transliteration: :func:`places` gives ``None`` for it when that finds voting places (their
minor towns are looked up under the name as written), and the caller asks the gazetteer.
"""

from __future__ import annotations

import functools
import gzip
import sys
from collections.abc import Iterable, Iterator
from hashlib import blake2b
from importlib import resources
from typing import TYPE_CHECKING, NamedTuple

from veille.enrich.text import fold
from veille.kept_tables import kept_once

if TYPE_CHECKING:
    from veille.enrich.places import Gazetteer, Place

FILE = "place_name_index.tsv.gz"
"""The index, in ``veille/enrich/data``."""
_HEADER = "# sources "
_TRANSLITERATED = "="
"""Opens the lines of :meth:`Gazetteer._by_transliteration
<veille.enrich.places.Gazetteer.candidates>`'s keys (a folded key never opens with it)."""
VOTING = frozenset({"country", "region", "capital", "city", "department", "commune"})
"""The kinds of places the index keeps under a name (the places clock's voters)."""
MIN_COMMUNE = 10_000
"""France's communes smaller than this are left out of the index (the places clock reads
none: :data:`veille.extract.place_zones.MIN_COMMUNE`)."""


class Spot(NamedTuple):
    """A place under a name, as the places clock reads it (:func:`veille.extract.
    place_zones.zone_by_places`): the fields of :class:`~veille.enrich.places.Place` it
    reads; ``id`` only when an ISO 3166-2 id (else ""), ``lat``/``lon`` in WGS84 degrees
    or ``None``."""

    kind: str
    country: str
    id: str
    admin1: str
    lat: float | None
    lon: float | None
    population: int


def sources_digest() -> str:
    """BLAKE2b of the files the gazetteer is built from, in :data:`SOURCES
    <veille.enrich.places.SOURCES>` order, each with its name and length, and of the index's
    own filter (:data:`VOTING`, :data:`MIN_COMMUNE`)."""
    from veille.enrich.places import SOURCES

    data = resources.files("veille.enrich").joinpath("data")
    digest = blake2b(digest_size=16)
    digest.update(f"{sorted(VOTING)} {MIN_COMMUNE}\n".encode())
    for name in SOURCES:
        content = data.joinpath(name).read_bytes()
        digest.update(f"{name}\t{len(content)}\n".encode())
        digest.update(content)
    return digest.hexdigest()


def _coordinate(value: float | None) -> str:
    return "" if value is None else repr(value)


def _spot(place: Place, population: bool = True) -> str:
    pid = place.id if place.id.startswith("iso3166-2:") else ""
    return "/".join((place.kind, place.country, pid, place.admin1, _coordinate(place.lat),
                     _coordinate(place.lon), str(place.population if population else 0)))


def _voting(places: Iterable[Place]) -> str:
    """The places of :data:`VOTING` kinds (communes of :data:`MIN_COMMUNE` inhabitants at
    least), in order, each as its :class:`Spot`'s fields joined by "/", joined by "|"."""
    return "|".join(_spot(p) for p in places if p.kind in VOTING and (
        p.kind != "commune" or p.population >= MIN_COMMUNE))


def lines(gazetteer: Gazetteer, digest: str) -> Iterator[str]:
    """The index of ``gazetteer`` (its file's lines, ``digest`` first): each key of
    ``by_name`` in order, a tab, its voting places (:func:`_voting`), a tab, the minor
    towns and villages abroad its name gives (:meth:`~veille.enrich.places.Gazetteer.
    minor_towns`, :meth:`~veille.enrich.places.Gazetteer.villages_named`; population 0,
    each once); then each transliteration key, after :data:`_TRANSLITERATED`, a tab and its
    voting places. Raises ``ValueError`` for a key that :func:`fold` would change (its
    minor towns would be looked up under another name)."""
    yield _HEADER + digest
    for key in sorted(gazetteer.by_name):
        if fold(key) != key or key.startswith(_TRANSLITERATED):
            raise ValueError(f"gazetteer key not folded: {key!r}")
        others = dict.fromkeys(_spot(p, population=False) for p in [
            *gazetteer.minor_towns(key), *gazetteer.villages_named(key)])
        yield f"{key}\t{_voting(gazetteer.by_name[key])}\t{'|'.join(others)}"
    transliterated = gazetteer._by_transliteration  # noqa: SLF001 (the lookup it mirrors)
    for key in sorted(transliterated):
        yield f"{_TRANSLITERATED}{key}\t{_voting(transliterated[key])}"


def _parse(text: Iterable[str]) -> dict[str, str]:
    """Key → the rest of its line (split when asked: :func:`places`)."""
    return dict(line.split("\t", 1) for line in text)


@kept_once
def index() -> dict[str, str] | None:
    """The shipped index (key → the rest of its line), read once per process; ``None``
    when it is missing or was written from other source files than the installed ones
    (:func:`read`)."""
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


def _spots(field: str) -> list[Spot]:
    out = []
    for entry in field.split("|") if field else ():
        kind, country, pid, admin1, lat, lon, population = entry.split("/")
        out.append(Spot(kind, country, pid, admin1, float(lat) if lat else None,
                        float(lon) if lon else None, int(population)))
    return out


def _line(table: dict[str, str], key: str) -> str | None:
    """The rest of the line of the gazetteer's key ``key`` (never a transliteration's)."""
    return None if key.startswith(_TRANSLITERATED) else table.get(key)


@functools.lru_cache(maxsize=4096)
def places(name: str) -> tuple[tuple[Spot, ...], tuple[Spot, ...]] | None:
    """(the voting places of the gazetteer's candidates for ``name``, in their order; the
    minor towns and villages abroad of that name, population 0, each once), as
    :meth:`Gazetteer.candidates <veille.enrich.places.Gazetteer.candidates>` (filtered to
    :data:`VOTING`), :meth:`~veille.enrich.places.Gazetteer.minor_towns` and
    :meth:`~veille.enrich.places.Gazetteer.villages_named` give them; ``None`` when the
    index cannot tell: not shipped or outdated, or a name the gazetteer finds only by its
    Arabic article (its minor towns are looked up under the name as written). Bounded:
    4,096 names cached."""
    table = index()
    if table is None:
        return None
    found = _line(table, fold(name))
    if found is not None:
        voting, _, others = found.partition("\t")
        return tuple(_spots(voting)), tuple(_spots(others))
    from veille.enrich.places import _ARABIC_ARTICLE, transliteration_key

    lowered = name.lower()
    if _ARABIC_ARTICLE.search(lowered) is None:
        return (), ()
    # as ``candidates``: the transliteration's places, else the name without its article
    transliterated = table.get(_TRANSLITERATED + transliteration_key(name))
    if transliterated is None and _ARABIC_ARTICLE.match(lowered):
        bare = _line(table, fold(_ARABIC_ARTICLE.sub("", lowered, count=1)))
        transliterated = None if bare is None else bare.partition("\t")[0]
    return ((), ()) if not transliterated else None


def is_place(name: str) -> bool:
    """Whether the gazetteer has a place named ``name`` (``bool(candidates(name))``),
    built only when the index cannot tell."""
    table = index()
    if table is not None:
        if _line(table, fold(name)) is not None:
            return True
        from veille.enrich.places import _ARABIC_ARTICLE

        if _ARABIC_ARTICLE.search(name.lower()) is None:
            return False
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

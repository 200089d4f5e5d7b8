"""Story terms as the store keeps them: their encoding and the version of their rules.

A writer's start (:func:`veille.ingest.warm_stories`) replays the store's latest 5,000
articles through :func:`veille.dedup.stories.terms` (about 8 ms of CPU each since the story
rules of issue #14 grew, so about 40 s a ``veille ingest``: issue #13, p-warm30), and its
end clusters a window of up to 2,000 again (:func:`veille.ingest.recluster_stories`). The
terms are a function of their input alone, so the store keeps them
(:mod:`veille.store.sqlite_terms`) and a writer reads them back
(:class:`veille.dedup.terms_memo.TermsMemo` with a store) instead of reading them again.

**Exact.** :func:`encode` keeps everything a :class:`~veille.dedup.stories.Terms` holds:
the counts in their order (JSON keeps a dict's order; a float is written as its shortest
repr, which reads back to the same float; an int stays an int) and its five sets of
names, headline terms, kinds of event, sub-places and mentions. :func:`decode` gives an
equal object (``tests/dedup/test_stored_terms.py``).

**Versioned.** A row is read only under the :func:`terms_version` it was written with: a
digest of :data:`FORMAT`, of every file of the installed ``veille`` package (its code and
its data: word lists, places), and of the scalar settings of the ``veille.dedup`` modules
(``CONTEXT``, ``HISTORY``, … as a bench or a test sets them). A change to any rule, list
or setting the terms read is a new version, and every row of an older one is read as no
row: its terms are read afresh and written again. No one has to remember to bump a
number, at the cost of one slow start (the former figure) after each upgrade.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import pkgutil
import sys
import zlib

from veille.dedup.stories import Terms
from veille.kept_tables import package_digest

__all__ = ["FORMAT", "decode", "encode", "terms_version"]

FORMAT = 1
"""The encoding of :func:`encode`; bumped when it changes."""


def encode(terms: Terms) -> bytes:
    """``terms`` as bytes: JSON (ASCII, so a lone surrogate is escaped and read back) of
    ``[counts, names, headline, kinds, places, mentions]``, the sets sorted, compressed
    with zlib (level 1). About 1-3 KB for a 4,000-character page."""
    data = [terms, sorted(terms.names), sorted(terms.headline), sorted(terms.kinds),
            sorted(terms.places), sorted(terms.mentions)]
    return zlib.compress(json.dumps(data, separators=(",", ":")).encode("ascii"), 1)


def decode(data: bytes) -> Terms:
    """The :class:`~veille.dedup.stories.Terms` :func:`encode` wrote. Raises
    ``ValueError`` (``zlib.error``, ``json.JSONDecodeError``) for bytes it did not write."""
    try:
        counts, names, headline, kinds, places, mentions = json.loads(zlib.decompress(data))
    except zlib.error as exc:
        raise ValueError(f"not encoded story terms: {exc}") from exc
    return Terms(counts, frozenset(names), frozenset(headline), frozenset(kinds),
                 frozenset(places), frozenset(mentions))


def _settings() -> str:
    """The scalar settings (upper-case module globals that are bool, int, float or str) of
    every ``veille.dedup`` module, as text; every such module imported, so the text does
    not depend on which ones a command happened to import."""
    package = sys.modules["veille.dedup"]
    lines = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"veille.dedup.{info.name}")
        for name, value in sorted(vars(module).items()):
            if name.isupper() and isinstance(value, (bool, int, float, str)):
                lines.append(f"{info.name}.{name}={value!r}")
    return "\n".join(lines)


def terms_version() -> str:
    """The version the terms read now are persisted under (module docstring): 32 hex
    digits. Read when a writer's reader is made (the settings as they are then)."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"format {FORMAT}\n".encode())
    digest.update(package_digest())
    digest.update(_settings().encode("utf-8", "surrogatepass"))
    return digest.hexdigest()

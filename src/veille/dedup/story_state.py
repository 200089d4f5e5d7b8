"""A writer's story state as the store keeps it: its encoding, version and checks.

Each writer (each ``veille ingest``, each watch) clustered its new articles with a story
state rebuilt at its start by replaying the store's latest 5,000 articles
(:func:`veille.ingest.warm_stories`): about a third of a small ingest's CPU into a store of
5,000 articles, paid again by every ingest (issue #13, r-perf35 section 4). A writer now
ends by writing its state with the change log's position it reflects
(:meth:`veille.ingest.StoryFollower.save`, :mod:`veille.store.sqlite_state`), and the next
one loads it and replays only the log's changes since that position, as a watch's state
follows another writer (:meth:`veille.ingest.StoryFollower.current`).

**A cache, never the truth.** The state is derived from the store's articles; it is read
only under the :func:`state_version` it was written with (this module's :data:`FORMAT`,
the Python version, and :func:`veille.dedup.stored_terms.terms_version`: every file of the
``veille`` package and the scalar settings of ``veille.dedup``), only when its digest
matches its bytes, and only when the change log still reaches its position. Anything else
is read as no state: the writer replays the store's latest articles as before, and says
why once (:func:`decode` raises :class:`StateError`).

**Only our classes.** The state is pickled (its stories, document frequencies and
background sentences are plain containers of the classes of :mod:`veille.dedup.stories`),
and unpickled by :class:`_Unpickler`, which builds no class outside :data:`ALLOWED`: bytes
written into the table by someone else cannot name a function to call.
"""

from __future__ import annotations

import hashlib
import io
import pickle
import sys
import zlib
from collections import OrderedDict
from typing import Protocol, runtime_checkable

from veille.dedup.stored_terms import terms_version
from veille.dedup.stories import Stories

__all__ = ["ALLOWED", "FORMAT", "StateError", "StateSource", "decode", "digest_of", "encode",
           "state_version"]

FORMAT = 1
"""The encoding of :func:`encode`; bumped when it changes."""

ALLOWED: frozenset[tuple[str, str]] = frozenset({
    ("builtins", "set"), ("builtins", "frozenset"), ("builtins", "dict"),
    ("builtins", "list"), ("builtins", "tuple"), ("builtins", "object"),
    ("collections", "Counter"), ("collections", "OrderedDict"),
    ("copyreg", "_reconstructor"),
    ("veille.dedup.stories", "Stories"), ("veille.dedup.stories", "Story"),
    ("veille.dedup.stories", "Terms"),
    ("veille.dedup.background", "Background"),
    ("veille.dedup.template", "Wording"),
})
"""(module, name) of the classes a state may hold; any other is refused."""


@runtime_checkable
class StateSource(Protocol):
    """A store that keeps story states (:class:`veille.store.sqlite_state.StateTables`)."""

    def story_state(self, name: str) -> tuple[str, int, bytes, bytes] | None:
        ...  # pragma: no cover

    def put_story_state(self, name: str, version: str, seq: int, digest: bytes,
                        state: bytes) -> None:
        ...  # pragma: no cover


class StateError(ValueError):
    """Bytes that are no story state this version wrote (why, in a few words)."""


def state_version() -> str:
    """The version a state is written and read under: 32 hex digits."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"story state {FORMAT} python {sys.version_info[:2]}\n".encode())
    digest.update(terms_version().encode())
    return digest.hexdigest()


def digest_of(data: bytes) -> bytes:
    """The 16-byte check of an encoded state (a torn or altered row is told)."""
    return hashlib.blake2b(data, digest_size=16).digest()


def encode(stories: Stories) -> bytes:
    """``stories`` as bytes (pickled, zlib level 1), without what belongs to one process:
    its store callbacks (``lookup``, ``recall``: the loader hands in its own) and the
    background's memo of split paragraphs (a pure function's answers, rebuilt on
    demand). ``stories`` is left as it was."""
    lookup, recall = stories.lookup, stories.recall
    background = stories.background
    memo, chars = background._keyed, background._keyed_chars
    try:
        stories.lookup = stories.recall = None
        background._keyed, background._keyed_chars = OrderedDict(), 0
        data = pickle.dumps(stories, protocol=5)
    finally:
        stories.lookup, stories.recall = lookup, recall
        background._keyed, background._keyed_chars = memo, chars
    return zlib.compress(data, 1)


class _Unpickler(pickle.Unpickler):
    """Builds only the classes of :data:`ALLOWED`."""

    def find_class(self, module: str, name: str) -> object:
        if (module, name) not in ALLOWED:
            raise StateError(f"a story state does not hold {module}.{name}")
        return super().find_class(module, name)


def decode(data: bytes) -> Stories:
    """The :class:`~veille.dedup.stories.Stories` :func:`encode` wrote; raises
    :class:`StateError` for any other bytes."""
    try:
        raw = zlib.decompress(data)
    except zlib.error as exc:
        raise StateError(f"not an encoded story state: {exc}") from exc
    try:
        state = _Unpickler(io.BytesIO(raw)).load()
    except StateError:
        raise
    except Exception as exc:  # noqa: BLE001 (any failure of foreign bytes)
        raise StateError(f"not an encoded story state: {exc!r}") from exc
    if not isinstance(state, Stories):
        raise StateError(f"not a story state: {type(state).__name__}")
    return state

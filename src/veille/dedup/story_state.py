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

**Plain data, no code.** The state is written as JSON (zlib level 1), a tree of lists,
strings, numbers and tagged objects (``{"t": tag, "v": value}``: a set, a Counter, a
tuple, one of the classes of :data:`CLASSES` by its field names); reading it builds only
those containers and classes, sets only their declared fields, and refuses any other tag
or field (:class:`StateError`): bytes written into the table by someone else cannot make
the reader call anything. It replaced a pickle read through a restricted unpickler
(r-perf36; r-perf49).
"""

from __future__ import annotations

import base64
import hashlib
import json
import sys
import zlib
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import fields
from typing import Protocol, runtime_checkable

from veille.collector import paused
from veille.dedup.background import Background
from veille.dedup.stored_terms import terms_version
from veille.dedup.stories import Stories, Story, Terms
from veille.dedup.template import Wording

__all__ = ["CLASSES", "FORMAT", "StateError", "StateSource", "decode", "digest_of",
           "dumps", "encode", "loads", "state_version"]

FORMAT = 2
"""The encoding of :func:`encode`; bumped when it changes (1: a pickle, r-perf36; 2: JSON,
r-perf49)."""

_SKIPPED = frozenset({"lookup", "recall"})
"""Fields of :class:`Stories` that belong to one process (the store's callbacks: the
loader hands in its own)."""
_STORY_FIELDS = tuple(f.name for f in fields(Story))
_STORIES_FIELDS = tuple(f.name for f in fields(Stories) if f.name not in _SKIPPED)
_TERMS_SLOTS = Terms.__slots__
_WORDING_SLOTS = Wording.__slots__
CLASSES = ("Stories", "Story", "Terms", "Background", "Wording")
"""The classes a state may hold (by tag); any other tag is refused."""

_PLAIN = frozenset({str, int, float, bool, type(None)})
"""Types JSON holds as they are."""


@runtime_checkable
class StateSource(Protocol):
    """A store that keeps story states (:class:`veille.store.sqlite_state.StateTables`)."""

    def story_state(self, name: str) -> tuple[str, int, bytes, bytes] | None:
        ...  # pragma: no cover

    def story_state_head(self, name: str) -> tuple[str, int, bytes] | None:
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


def _enc(value: object) -> object:
    """``value`` as JSON data (tagged where JSON has no type of its own)."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is list:
        return [v if type(v) in _PLAIN else _enc(v) for v in value]  # type: ignore[attr-defined]
    if kind is dict:
        if all(type(k) is str for k in value):  # type: ignore[attr-defined]
            return {"t": "d", "v": {k: _enc(v) for k, v in value.items()}}  # type: ignore[attr-defined]
        return {"t": "dk", "v": [[_enc(k), _enc(v)] for k, v in value.items()]}  # type: ignore[attr-defined]
    if kind is set or kind is frozenset:
        # sorted: a state read back and written again gives the same bytes
        items = list(value)  # type: ignore[call-overload]
        try:
            items.sort()
        except TypeError:  # no order among them: as they come
            pass
        return {"t": "s" if kind is set else "f", "v": [_enc(v) for v in items]}
    if kind is tuple:
        return {"t": "u", "v": [_enc(v) for v in value]}  # type: ignore[attr-defined]
    if kind is Counter:
        return {"t": "C", "v": [[k if type(k) in _PLAIN else _enc(k),
                                 v if type(v) in _PLAIN else _enc(v)]
                                for k, v in value.items()]}  # type: ignore[attr-defined]
    if kind is OrderedDict:
        return {"t": "o", "v": [[_enc(k), _enc(v)] for k, v in value.items()]}  # type: ignore[attr-defined]
    if kind is bytes:
        return {"t": "b", "v": base64.b64encode(value).decode("ascii")}  # type: ignore[arg-type]
    if kind is Story:
        return {"t": "Story", "v": {n: _enc(getattr(value, n)) for n in _STORY_FIELDS}}
    if kind is Stories:
        return {"t": "Stories", "v": {n: _enc(getattr(value, n)) for n in _STORIES_FIELDS}}
    if kind is Terms:
        assert isinstance(value, Terms)
        return {"t": "Terms", "v": [dict(value),
                                    {n: _enc(getattr(value, n)) for n in _TERMS_SLOTS}]}
    if kind is Background:
        assert isinstance(value, Background)
        # its memo of split paragraphs: a pure function's answers, rebuilt on demand
        return {"t": "Background", "v": [value.capacity, _enc(value.owner)]}
    if kind is Wording:
        # every part, computed or not: a kept wording holds its text cut, no paragraphs
        # (Wording.kept), so its parts are no function of what else it holds
        return {"t": "Wording", "v": {n: _enc(getattr(value, n)) for n in _WORDING_SLOTS}}
    raise TypeError(f"a story state does not hold {kind.__name__}")


def _pairs(value: object) -> list[tuple[object, object]]:
    if not isinstance(value, list):
        raise StateError("pairs expected")
    # plain keys and values (a Counter's words and counts) kept as they are, without a call
    return [(k if type(k) in _PLAIN else _dec(k), v if type(v) in _PLAIN else _dec(v))
            for k, v in value]


def _fields(cls: type, value: object, names: tuple[str, ...]) -> object:
    if not isinstance(value, dict) or set(value) - set(names) or \
            (cls is Wording and set(value) != set(names)):
        raise StateError(f"not the fields of {cls.__name__}")
    obj: object = object.__new__(cls)
    for name in _SKIPPED if cls is Stories else ():
        object.__setattr__(obj, name, None)
    for name in names:
        if name in value:
            object.__setattr__(obj, name, _dec(value[name]))
    return obj


def _terms(value: object) -> Terms:
    if not isinstance(value, list) or len(value) != 2 or not isinstance(value[0], dict) \
            or not isinstance(value[1], dict) or set(value[1]) != set(_TERMS_SLOTS):
        raise StateError("not the fields of Terms")
    counts, slots = value
    if not all(type(v) in (int, float) for v in counts.values()):
        raise StateError("not the counts of Terms")
    terms = Terms(counts)
    for name in _TERMS_SLOTS:
        setattr(terms, name, _dec(slots[name]))
    return terms


def _background(value: object) -> Background:
    if not isinstance(value, list) or len(value) != 2 or type(value[0]) is not int:
        raise StateError("not the fields of Background")
    background = Background(value[0])
    owner = _dec(value[1])
    if not isinstance(owner, OrderedDict):
        raise StateError("not the owners of Background")
    background.owner = owner
    return background


def _wording(value: object) -> Wording:
    wording = _fields(Wording, value, _WORDING_SLOTS)
    assert isinstance(wording, Wording)
    paragraphs = wording.paragraphs
    if not isinstance(paragraphs, list | tuple) or not all(isinstance(p, str)
                                                          for p in paragraphs):
        raise StateError("not the paragraphs of a Wording")
    return wording


_TAGS: dict[str, Callable[[object], object]] = {
    "d": lambda v: {k: _dec(x) for k, x in v.items()} if isinstance(v, dict) else _bad(),
    "dk": lambda v: dict(_pairs(v)),
    "s": lambda v: {_dec(x) for x in v} if isinstance(v, list) else _bad(),
    "f": lambda v: frozenset(_dec(x) for x in v) if isinstance(v, list) else _bad(),
    "u": lambda v: tuple(_dec(x) for x in v) if isinstance(v, list) else _bad(),
    "C": lambda v: Counter(dict(_pairs(v))),
    "o": lambda v: OrderedDict(_pairs(v)),
    "b": lambda v: base64.b64decode(v, validate=True) if isinstance(v, str) else _bad(),
    "Story": lambda v: _fields(Story, v, _STORY_FIELDS),
    "Stories": lambda v: _fields(Stories, v, _STORIES_FIELDS),
    "Terms": _terms,
    "Background": _background,
    "Wording": _wording,
}


def _bad() -> object:
    raise StateError("a tagged value of the wrong shape")


def _dec(value: object) -> object:
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is list:
        return [v if type(v) in _PLAIN else _dec(v) for v in value]  # type: ignore[attr-defined]
    if kind is dict and len(value) == 2:  # type: ignore[arg-type]
        tag = value.get("t")  # type: ignore[attr-defined]
        build = _TAGS.get(tag) if isinstance(tag, str) else None
        if build is not None and "v" in value:  # type: ignore[operator]
            return build(value["v"])  # type: ignore[index]
    raise StateError(f"a story state does not hold {str(value)[:60]!r}")


def dumps(value: object) -> bytes:
    """``value`` (a story state, or plain data holding some) as compressed JSON."""
    with paused():  # a tree as large as the state, all of it kept until written
        text = json.dumps(_enc(value), ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8"), 1)


def loads(data: bytes) -> object:
    """What :func:`dumps` wrote; raises :class:`StateError` for any other bytes."""
    with paused():  # every container read is kept: the state (:mod:`veille.collector`)
        try:
            raw = json.loads(zlib.decompress(data).decode("utf-8"))
        except (zlib.error, UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise StateError(f"not an encoded story state: {exc}") from exc
        try:
            return _dec(raw)
        except StateError:
            raise
        except Exception as exc:  # noqa: BLE001 (any failure of foreign data)
            raise StateError(f"not an encoded story state: {exc!r}") from exc


def encode(stories: Stories) -> bytes:
    """``stories`` as bytes (:func:`dumps`), without what belongs to one process: its
    store callbacks (``lookup``, ``recall``: the loader hands in its own) and the memos of
    pure functions (the background's split paragraphs, a wording's parts). ``stories``
    is left as it was."""
    return dumps(stories)


def decode(data: bytes) -> Stories:
    """The :class:`~veille.dedup.stories.Stories` :func:`encode` wrote; raises
    :class:`StateError` for any other bytes."""
    state = loads(data)
    if not isinstance(state, Stories):
        raise StateError(f"not a story state: {type(state).__name__}")
    return state

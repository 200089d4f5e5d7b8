"""The in-memory candidate index: which recent documents share sampled shingles with a text.

Memory is the constraint (the goal is under 1 KB per document at a million documents), so
nothing here is a Python object per document. Documents live in fixed-size numpy chunks
(id as 64 bits, source number, time in minutes, signature); the postings are sorted runs of
``(hash, slot)`` pairs, merged like a log-structured tree so inserting stays amortised
``O(log n)``. Only a time window of documents is kept: chunks wholly older than the window
are freed, and postings of expired slots are dropped when runs merge. Hashes shared by too
many documents (boilerplate such as "a annonce mardi") are skipped as candidate keys: they
say nothing about which document is a copy.

A source's own boilerplate (a newsletter trailer, a "lire aussi" line, a legal notice: the
same words at the end of every brief of one site) is found the same way, per source: a
sampled hash that :data:`SOURCE_COMMON` or more earlier documents of the query's source
carry, in the window, is no candidate key and is left out when the stage compares texts
(``Candidate.common``). This is Broder's rule of ignoring shingles that occur in too many
documents ("On the resemblance and containment of documents", 1997; "Syntactic clustering
of the Web", 1997), counted per site as in template detection, because a dispatch carried
by many outlets is the very thing to find. It costs no memory beyond the postings: the
documents carrying a key are its posting, and a flat array gives each slot's source.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from veille.dedup.signature import K, L, Signature, distinct

CHUNK = 4096
MAX_POSTING = 64
SOURCE_COMMON = 3
"""Earlier documents of one source (in the window) carrying a hash that make it the
source's boilerplate: a text republished by its own site three times in the window is rare,
a trailer is on every brief."""
_BUFFER = 1024
_NONE = np.int32(-(2**31))

I32 = npt.NDArray[np.int32]
U32 = npt.NDArray[np.uint32]
U64 = npt.NDArray[np.uint64]


@dataclass(slots=True)
class _Chunk:
    ids: U64 = field(default_factory=lambda: np.zeros(CHUNK, np.uint64))
    sources: I32 = field(default_factory=lambda: np.zeros(CHUNK, np.int32))
    minutes: I32 = field(default_factory=lambda: np.full(CHUNK, _NONE, np.int32))
    sizes: I32 = field(default_factory=lambda: np.zeros(CHUNK, np.int32))
    sketch: U32 = field(default_factory=lambda: np.zeros((CHUNK, K + L), np.uint32))
    lens: npt.NDArray[np.uint8] = field(default_factory=lambda: np.zeros((CHUNK, 2), np.uint8))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A recent document that shares sampled shingles with the query."""

    id: str
    source: str
    minute: int
    hits: int
    signature: Signature
    common: frozenset[int] = frozenset()
    """The query's hashes that are its source's boilerplate: compare without them."""


class CandidateIndex:
    """Recent signatures and their postings, bounded by a window of ``window_minutes``."""

    def __init__(self, *, window_minutes: int = 14 * 24 * 60) -> None:
        self.window = window_minutes
        self._chunks: list[_Chunk | None] = []
        self._count = 0
        self._sources: dict[str, int] = {}
        self._source_names: list[str] = []
        self._runs: list[tuple[U32, U32]] = []
        # The postings not yet in a run, in arrival order (a query searches them with its
        # own sorted keys: no per-key Python work when a document is added).
        self._buf_keys = np.empty(_BUFFER + 2 * (K + L), np.uint32)
        self._buf_slots = np.empty(_BUFFER + 2 * (K + L), np.uint32)
        self._buffered = 0
        self._minutes = np.empty(CHUNK, np.int32)
        self._slot_sources = np.empty(CHUNK, np.int32)
        self._newest = int(_NONE)
        self._pending: list[int] = []
        self._last_signature: Signature | None = None
        self._last_keys: tuple[U32, list[int]] = (np.empty(0, np.uint32), [])

    def __len__(self) -> int:
        return self._count

    # -- adding --------------------------------------------------------------------------

    def add(self, article_id: str, source: str, minute: int, signature: Signature) -> None:
        """Index a document; it stays pending until :meth:`commit` keeps or drops it."""
        slot = self._count
        if slot % CHUNK == 0:
            self._chunks.append(_Chunk())
            self._expire_chunks()
        chunk = self._chunks[slot // CHUNK]
        assert chunk is not None
        i = slot % CHUNK
        number = self._source_number(source)
        chunk.ids[i] = int(article_id, 16)
        chunk.sources[i] = number
        chunk.minutes[i] = minute
        chunk.sizes[i] = signature.size
        n, m = len(signature.sketch), len(signature.lead)
        row = chunk.sketch[i]
        row[:n] = signature.sketch
        row[K:K + m] = signature.lead
        lens = chunk.lens[i]
        lens[0], lens[1] = n, m
        if slot >= len(self._minutes):
            self._minutes = np.concatenate([self._minutes, np.empty(CHUNK, np.int32)])
            self._slot_sources = np.concatenate([self._slot_sources,
                                                 np.empty(CHUNK, np.int32)])
        self._minutes[slot] = minute
        self._slot_sources[slot] = number
        self._count += 1
        self._newest = max(self._newest, minute)
        keys, _ = self._keys(signature)
        n = self._buffered
        self._buf_keys[n:n + len(keys)] = keys
        self._buf_slots[n:n + len(keys)] = slot
        self._buffered += len(keys)
        self._pending.append(slot)
        if self._buffered >= _BUFFER:
            self._flush()

    def commit(self, kept: set[str]) -> None:
        """Drop the pending documents the store did not keep (exact duplicates, failures)."""
        for slot in self._pending:
            chunk = self._chunks[slot // CHUNK]
            if chunk is not None and f"{int(chunk.ids[slot % CHUNK]):016x}" not in kept:
                chunk.minutes[slot % CHUNK] = _NONE
                self._minutes[slot] = _NONE
        self._pending = []

    def _source_number(self, source: str) -> int:
        number = self._sources.get(source)
        if number is None:
            number = self._sources[source] = len(self._source_names)
            self._source_names.append(source)
        return number

    def _flush(self) -> None:
        if not self._buffered:
            return
        keys = self._buf_keys[:self._buffered]
        slots = self._buf_slots[:self._buffered]
        order = np.argsort(keys, kind="stable")
        self._runs.append((keys[order], slots[order]))
        self._buffered = 0
        while len(self._runs) > 1 and len(self._runs[-2][0]) <= 2 * len(self._runs[-1][0]):
            (k1, s1), (k2, s2) = self._runs.pop(), self._runs.pop()
            keys, slots = np.concatenate([k2, k1]), np.concatenate([s2, s1])
            live = self._live(slots)
            keys, slots = keys[live], slots[live]
            order = np.argsort(keys, kind="stable")
            self._runs.append((keys[order], slots[order]))

    def _minutes_of(self, slots: U32) -> I32:
        minutes: I32 = self._minutes[slots]
        return minutes

    def _live(self, slots: U32) -> npt.NDArray[np.bool_]:
        result: npt.NDArray[np.bool_] = self._minutes_of(slots) >= self._newest - self.window
        return result

    def _expire_chunks(self) -> None:
        """Free whole chunks whose newest document is older than the window.

        The flat array of minutes (4 bytes a slot) stays: it is what marks their postings
        as expired until the next merge drops them.
        """
        for n, chunk in enumerate(self._chunks[:-1]):
            if chunk is not None and int(chunk.minutes.max()) < self._newest - self.window:
                self._chunks[n] = None
                self._minutes[n * CHUNK:(n + 1) * CHUNK] = _NONE

    # -- querying ------------------------------------------------------------------------

    def candidates(self, signature: Signature, minute: int, *, limit: int = 8,
                   min_hits: int = 2, source: str | None = None) -> list[Candidate]:
        """Documents within the window around ``minute`` sharing at least ``min_hits`` keys.

        With the query's ``source``, the keys that :data:`SOURCE_COMMON` or more of that
        source's documents in the window carry are its boilerplate: they count no hit and
        come back in each candidate's ``common``, for the comparison to leave out.

        A run costs one vectorised binary search (cache misses in a large run are most of
        the cost); what the runs give (a few tens of slots) is counted with plain Python
        containers, which beat numpy's per-call overhead at that size.
        """
        keys, listed = self._keys(signature)
        number = None if source is None else self._sources.get(source)
        found: list[int] = []
        big: dict[int, int] = {}  # key -> same-source documents in its long postings
        for run_keys, run_slots in self._runs:
            if not len(run_keys):
                continue  # a merge dropped every posting of the run (all expired)
            # Where each key would start; the keys found there (a few of the query's) are
            # searched again for where they end: a second search for those only, not for
            # every key (the searches' cache misses in a large run are most of the cost).
            at = run_keys.searchsorted(keys)
            hit = (run_keys.take(at, mode="clip") == keys).nonzero()[0]
            if len(hit):
                starts = at.take(hit)
                ends = run_keys.searchsorted(keys.take(hit), side="right")
                for j, a, b in zip(hit.tolist(), starts.tolist(), ends.tolist(),
                                   strict=True):
                    if b - a == 1:
                        found.append(run_slots.item(a))
                    elif b - a <= MAX_POSTING:
                        found += run_slots[a:b].tolist()
                    elif number is not None:
                        key = listed[j]
                        big[key] = big.get(key, 0) + self._carriers(run_slots[a:b], number,
                                                                    minute)
        found += self._buffered_slots(keys)
        if len(found) < min_hits:
            return []
        minutes = self._minutes
        window = self.window
        hits = {slot: count for slot, count in Counter(found).items()
                if count >= min_hits and abs(minutes.item(slot) - minute) <= window}
        common: frozenset[int] = frozenset()
        if number is not None:
            common = self._common(hits, listed, big, number)
            if common:
                hits = {slot: count - len(common.intersection(self._keys_of(slot)))
                        for slot, count in hits.items()}
        best = sorted((-count, slot) for slot, count in hits.items() if count >= min_hits)
        return [self._candidate(slot, -negative, common) for negative, slot in best[:limit]]

    def _buffered_slots(self, keys: U32) -> list[int]:
        """The slots of the postings not yet flushed whose key is among ``keys`` (sorted,
        distinct: :meth:`_keys`), one per posting: each key's position in ``keys`` found by
        one vectorised binary search over the buffer."""
        n = self._buffered
        if not n or not len(keys):
            return []
        pending = self._buf_keys[:n]
        # A position past the keys is clipped to the last key, which is then smaller
        # than the posting's: no match, as for any other key absent from the query.
        at = keys.searchsorted(pending)
        slots: list[int] = self._buf_slots[:n][keys.take(at, mode="clip") == pending].tolist()
        return slots

    def _common(self, hits: dict[int, int], listed: list[int], big: dict[int, int],
                number: int) -> frozenset[int]:
        """The query's keys (``listed``) that :data:`SOURCE_COMMON` or more live documents
        of source ``number`` carry: those among the live slots sharing two keys or more
        with it (``hits``: a boilerplate line has more than one shingle), and the counts
        of its long postings (``big``)."""
        sources = self._slot_sources
        same = [slot for slot in hits if sources.item(slot) == number]
        if len(same) < SOURCE_COMMON and not big:  # no key can have enough
            return frozenset()
        carriers = Counter(big)
        if len(same) >= SOURCE_COMMON:  # else no key can have enough
            query = set(listed)
            for slot in same:
                carriers.update(query.intersection(self._keys_of(slot)))
        return frozenset(key for key, count in carriers.items() if count >= SOURCE_COMMON)

    def _keys_of(self, slot: int) -> list[int]:
        """The keys a stored document was posted under (its sketch and lead)."""
        chunk = self._chunks[slot // CHUNK]
        assert chunk is not None
        i = slot % CHUNK
        n, m = chunk.lens[i].tolist()
        row = chunk.sketch[i]
        keys: list[int] = row[:n].tolist() + row[K:K + m].tolist()
        return keys

    def _carriers(self, slots: U32, number: int, minute: int) -> int:
        """How many of the last ``4 x MAX_POSTING`` of ``slots`` (a long posting: boilerplate
        of some source, or a phrase of the language) are live documents of source
        ``number``; a site's own boilerplate is on most of its recent documents."""
        slots = slots[-4 * MAX_POSTING:]
        when = self._minutes[slots].astype(np.int64)
        return int(np.count_nonzero((self._slot_sources[slots] == number)
                                    & (np.abs(when - minute) <= self.window)))

    def _keys(self, signature: Signature) -> tuple[U32, list[int]]:
        """The signature's distinct hashes (sketch and lead), sorted, as an array and a list.

        The last one is kept, as the ingest loop asks for candidates and then adds the same
        signature.
        """
        if self._last_signature is not signature:
            keys = distinct(np.concatenate((signature.sketch, signature.lead)))
            self._last_signature = signature
            self._last_keys = (keys, keys.tolist())
        return self._last_keys

    def _candidate(self, slot: int, hits: int, common: frozenset[int]) -> Candidate:
        chunk = self._chunks[slot // CHUNK]
        assert chunk is not None
        i = slot % CHUNK
        row = chunk.sketch[i]
        signature = Signature(sketch=row[:chunk.lens.item(i, 0)],
                              lead=row[K:K + chunk.lens.item(i, 1)], size=chunk.sizes.item(i))
        return Candidate(id=f"{chunk.ids.item(i):016x}",
                         source=self._source_names[chunk.sources.item(i)],
                         minute=chunk.minutes.item(i), hits=hits, signature=signature,
                         common=common)

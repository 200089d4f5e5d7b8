"""One reading of an article's text, shared by the readers of its story terms (issue #13).

:func:`veille.dedup.stories.terms` hands an article's headline and body to some twenty
readers (places, towns, persons, arguments, dates, days, sites, roles, kinds of event,
recalls, history...), each written on its own and each reading the text again. Several of
them ask the same questions of the same pieces of text: whether the words around a date
read as English (each test of a date mention's tense: :func:`veille.enrich.dates.
is_english`), which entries of the event lexicon a folded piece holds, which kinds of event
a headline names, which event verbs a text tells (:mod:`veille.dedup.event_kinds`).

A :func:`reading` is opened by :func:`~veille.dedup.stories.terms` for one article; while it
is open, each function marked :func:`shared` answers each distinct question once and every
reader after gets the same answer (a lookup). Closed, the functions work as before, one
call one answer (the rest of veille calls them too). The readers' rules are unchanged: only
where their input comes from is. What a reading keeps lives as long as the article's
reading (a few hundred KB at most for a capped body, :data:`veille.dedup.stories.
MAX_TERM_CHARS`), so nothing grows with the number of articles.

The answers must be values no reader changes (strings, numbers, frozen sets, and dicts
their callers only read): a shared answer changed by one reader would be read changed by
the next. ``tests/dedup/test_reading.py`` checks that the story terms read with the reading
open are those read with every function called afresh.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from veille.enrich.shipped_rows import sharing
from veille.extract import textshape

__all__ = ["plain_lower", "read_once", "reading", "shared"]

F = TypeVar("F", bound=Callable[..., Any])

_open: list[dict[Any, Any]] = []
"""The open readings' memos, innermost last (a reading opened inside another, as a
background cut's terms inside an article's, has its own)."""

ENABLED = True
"""Whether :func:`reading` shares anything (False: every call answered afresh, as before
issue #13's shared reading; what the tests compare against)."""


@contextmanager
def reading() -> Iterator[None]:
    """Open a reading of one article: the :func:`shared` functions' answers are kept until
    it closes."""
    _open.append({})
    try:
        yield
    finally:
        _open.pop()


def read_once(function: F) -> F:
    """``function`` (an article's reader: :func:`veille.dedup.stories.terms`) called inside
    a :func:`reading` of its own, and with the shipped data files' rows shared
    (:func:`veille.enrich.shipped_rows.sharing`: the tables its readers build on a first
    article read each file once; r-captures59)."""

    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        with sharing(), reading():
            return function(*args, **kwargs)

    return call  # type: ignore[return-value]


def shared(function: F) -> F:
    """``function`` answering each distinct call once while a :func:`reading` is open (its
    positional arguments, hashable, are the key); called as before otherwise."""

    @functools.wraps(function)
    def call(*args: Any) -> Any:
        if not _open or not ENABLED:
            return function(*args)
        memo = _open[-1]
        key = (function, args)
        try:
            return memo[key]
        except KeyError:
            found = memo[key] = function(*args)
            return found
        except TypeError:  # an unhashable argument (a list of paragraphs): not kept
            return function(*args)

    return call  # type: ignore[return-value]


plain_lower = shared(textshape.plain_lower)
""":func:`veille.extract.textshape.plain_lower`, answered once a text while a reading is
open: the arguments' and the sub-places' readers (:mod:`veille.dedup.arguments`,
:mod:`veille.dedup.specifics`) lower the same headline and body (r-perf55: 418 of 1,220
calls repeated on the AEB w3m renders; the arguments' reader 0.36 -> 0.34 ms an article)."""


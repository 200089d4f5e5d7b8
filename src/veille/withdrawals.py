"""Which stored articles their agency withdrew: a wire kill (NewsML-G2 ``stat:canceled``,
ninjs ``pubstatus`` "canceled") or hold ("withheld"), read from each article's latest
version (:func:`veille.extract.wire.withdrawn`).

Every list marks such an article as the article page does, the CLI's and the web's alike
(t-final60 #9: a killed AFP dispatch was listed with no mark in ``latest``, ``show``,
search and the web's search page; only its own page and the API said it).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from veille.extract.wire import withdrawn
from veille.extract.word_salad import unread_body
from veille.record import Article


class ArticleReader(Protocol):
    def get_many(self, ids: Iterable[str]) -> dict[str, Article]: ...


def withdrawn_of(store: ArticleReader, ids: Iterable[str]) -> dict[str, str]:
    """``{article id: "canceled" | "withheld"}`` for the articles of ``ids`` their agency
    withdrew; the others are absent. One read of the store for all ``ids`` (a page of a
    list: at most a few hundred)."""
    return list_marks(store, ids)[0]


def list_marks(store: ArticleReader, ids: Iterable[str]
               ) -> tuple[dict[str, str], dict[str, str]]:
    """What a list marks of the articles of ``ids``, from one read of the store:
    ``({id: "canceled" | "withheld"}, {id: why its body is no prose})``: the agency's
    kills and holds (:func:`withdrawn_of`) and the bodies of no prose (a keyword dump, a
    list of names: :func:`veille.extract.word_salad.unread_body`; t-check62: listed
    unmarked in ``stories``, ``latest`` and ``search``). Others are absent."""
    wanted = [i for i in dict.fromkeys(ids) if i]
    found = store.get_many(wanted) if wanted else {}
    killed, unread = {}, {}
    for i, a in found.items():
        if a.content is None:
            continue
        if status := withdrawn(a.content.evidence):
            killed[i] = status
        if why := unread_body(a.content.evidence):
            unread[i] = why
    return killed, unread


def withdrawn_mark(status: str) -> str:
    """What a CLI list line adds for an article its agency withdrew: ``  [withdrawn by its
    agency: canceled]``, else ""."""
    return f"  [withdrawn by its agency: {status}]" if status else ""

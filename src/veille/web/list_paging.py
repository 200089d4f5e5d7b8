"""How a ranked list of the API that is no search pages: by ``offset`` or by the
``next_cursor`` of the answer before, with its ``total`` (h-api65, t-final64 #8: the
entities and places lists gave neither, and a page read by offset gave no cursor).

Every answer past which more rows are listed gives a ``next_cursor``, the first page's
and a page read by ``offset`` alike; sending it as ``cursor`` (with the same filters and
``limit``) gives the rows after. The cursor carries the rows shown so far and the change
log position of the page it started from (:class:`~veille.search.cursor.Cursor`): a list
that can be cut at that position (the quotes) leaves out what was stored since, so none
is given twice or skipped; a list ranked by counts (entities, places) pages by rows. A
cursor that cannot be used (cut, another list's) gives the first page with a warning
(:data:`veille.search.paging.UNUSED`), never an error."""

from __future__ import annotations

from dataclasses import dataclass

from veille.search.cursor import Cursor, binding
from veille.search.paging import read_cursor


@dataclass(frozen=True, slots=True)
class ListPage:
    """Where a page starts: ``offset`` rows in, in the list as it stood at ``snapshot``
    (a change log position: ``Store.max_seq``)."""

    offset: int
    snapshot: int
    bound: bytes


def start(list_name: str, params: tuple[object, ...], *, cursor: str | None, offset: int,
          snapshot: int, warnings: list[str]) -> ListPage:
    """The page ``cursor`` leads to (``offset`` ignored), else the one at ``offset`` in the
    list as it stands now (``snapshot``). ``params``: the filters and limit that name the
    list (a cursor of another list is refused, with a warning added to ``warnings``)."""
    bound = binding(list_name, *params)
    at = read_cursor(cursor, bound, warnings)
    if at is not None:
        return ListPage(at.rows, at.snapshot, bound)
    return ListPage(offset, snapshot, bound)


def next_cursor(page: ListPage, shown: int, total: int) -> str | None:
    """The cursor of the page after ``page`` (which showed ``shown`` rows of ``total``);
    ``None`` when it was the last."""
    if page.offset + shown >= total or shown == 0:
        return None
    return Cursor(page.snapshot, pages=((0, page.offset + shown),),
                  binding=page.bound).encode()

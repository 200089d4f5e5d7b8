"""The stage protocol: one small step that fills one section of an :class:`Article`.

A stage does no I/O it does not own: whatever it needs from outside (a site's known chrome,
a clock) is handed to it, so the same stage runs in-process, in a process pool or on a
cluster engine. It declares the sections it ``requires`` and the ones it ``assigns``; the
pipeline checks the order before anything runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import ClassVar

from veille.errors import ItemProblem
from veille.record import Article


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one item: ``ok``, or failed with a ``problem`` (what, where, why,
    what to do: :class:`~veille.errors.ItemProblem`). ``origin`` is the input's own origin
    (which raw input failed), which the problem's may refine (``file.jsonl#3``)."""

    article: Article | None
    problem: ItemProblem | None = None
    origin: str = ""

    @property
    def ok(self) -> bool:
        return self.article is not None and self.problem is None

    @property
    def error(self) -> str:
        """The problem as one line ("" when none)."""
        return self.problem.one_line() if self.problem else ""

    @property
    def reason(self) -> str:
        return self.problem.reason if self.problem else ""


class Stage:
    """Base class of stages: override ``__call__``; ``pipe`` streams by default."""

    name: ClassVar[str] = "stage"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, article: Article) -> Article:
        raise NotImplementedError

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            yield self(article)

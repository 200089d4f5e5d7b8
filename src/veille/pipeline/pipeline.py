"""A pipeline: stages in an order that is checked up front, with a per-item error policy.

An :class:`~veille.errors.ItemError` from a stage fails that item with its one-line
message; any other exception is a bug, but it too fails only its item (reported as an
internal error) so that one bad input never takes a batch down.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from veille.errors import ItemError, ItemProblem, PipelineError
from veille.pipeline.stage import Outcome, Stage
from veille.pipeline.stats import Stats
from veille.record import Article


class Pipeline:
    """Runs stages in order over articles, one item at a time."""

    def __init__(self, stages: Sequence[Stage], *, given: Sequence[str] = ()) -> None:
        """``given``: sections the records already have when they arrive besides ``raw``
        (the rest of a pipeline whose first stages ran elsewhere, or enrichment of stored
        articles)."""
        self.stages = list(stages)
        self.given = tuple(given)
        self.check_order()
        self.stats = Stats()

    def check_order(self) -> None:
        """Refuse an order in which a stage needs a section no earlier stage fills
        (``given``: the sections the articles already have, ``raw`` always)."""
        available = {"raw", *self.given}
        for stage in self.stages:
            missing = [s for s in stage.requires if s not in available]
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} requires {', '.join(missing)}, "
                    "which no earlier stage assigns",
                    hint="reorder the stages or add the one that assigns it",
                )
            available.update(stage.assigns)

    def run_one(self, article: Article) -> Outcome:
        origin = article.raw.origin
        for stage in self.stages:
            try:
                article = stage(article)
            except ItemError as exc:
                self.stats.fail(exc.reason)
                return Outcome(None, ItemProblem.of(exc, origin), origin)
            except Exception as exc:  # noqa: BLE001 - a bug must not take the batch down
                reason = f"internal:{type(exc).__name__}"
                self.stats.fail(reason)
                return Outcome(None, ItemProblem(
                    origin, reason, f"internal error in stage {stage.name} "
                    f"({type(exc).__name__}: {exc})", "please report it"), origin)
        self.stats.inc("extracted")
        return Outcome(article)

    def run(self, articles: Iterable[Article]) -> Iterator[Outcome]:
        for article in articles:
            yield self.run_one(article)

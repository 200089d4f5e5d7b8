"""Counters, not log-grepping: each stage counts what it saw, kept and failed, by reason."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(slots=True)
class Stats:
    """Named counters plus failure reasons, mergeable across workers."""

    counts: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)

    def inc(self, key: str, n: int = 1) -> None:
        self.counts[key] += n

    def fail(self, reason: str) -> None:
        self.counts["failed"] += 1
        self.reasons[reason] += 1

    def merge(self, other: Stats) -> None:
        self.counts.update(other.counts)
        self.reasons.update(other.reasons)

    def __getitem__(self, key: str) -> int:
        return self.counts.get(key, 0)

    def as_dict(self) -> dict[str, object]:
        return {**dict(self.counts), "failure_reasons": dict(self.reasons)}

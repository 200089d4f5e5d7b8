"""How far a read replica (``read_url``) is behind the primary store (newuser15c D2: a
lagging replica was invisible: ``/api/v1/stats`` gave its counts as the store's with
``index_lag: 0``, ``veille check`` said all agreed, and ``veille search`` silently missed
the newest articles).

PostgreSQL streaming replication is asynchronous by default: a replica replays the
primary's write-ahead log a moment later, or much later when it is slow, cut off or paused
(https://www.postgresql.org/docs/current/warm-standby.html#STREAMING-REPLICATION). The
replica holds a copy of the store's change log, so its position is the last change it
holds, compared with the primary's head: ``lag`` changes committed on the primary are not
on the replica yet, and ``lag_seconds`` is the age of the oldest of them (when it was
committed on the primary, from the ``changes.at`` column), 0 when none is missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from veille.record import utcnow
from veille.store.base import Store


@dataclass(frozen=True, slots=True)
class ReplicaPosition:
    """Where the read replica stands: ``seq`` (its last change), ``primary_seq`` (the
    primary's), ``lag`` (changes missing on it, ``>= 0``) and ``lag_seconds`` (how long
    ago the oldest missing change was committed on the primary; 0.0 when none is)."""

    seq: int
    primary_seq: int
    lag: int
    lag_seconds: float

    def as_dict(self) -> dict[str, object]:
        return {"replica_seq": self.seq, "replica_lag": self.lag,
                "replica_lag_seconds": round(self.lag_seconds, 1)}

    def one_line(self) -> str:
        """'' when the replica is up to date, else what it misses, in one line."""
        if self.lag <= 0:
            return ""
        return (f"the read replica (read_url) is {self.lag} changes behind the primary "
                f"(change {self.seq} of {self.primary_seq}, the oldest missing one "
                f"{self.lag_seconds:.0f} s old): searches and pages miss them until it "
                "replays them")


def replica_position(primary: Store, replica: Store) -> ReplicaPosition:
    """Compare the replica's change log with the primary's (two ``MAX(seq)`` reads and
    one indexed lookup). Raises what the stores raise when one cannot be read."""
    head = primary.change_seq()
    seq = replica.change_seq()
    lag = max(0, head - seq)
    seconds = 0.0
    if lag:
        row = primary.conn.execute(  # type: ignore[attr-defined]
            "SELECT at FROM changes WHERE seq > ? ORDER BY seq LIMIT 1", (seq,)).fetchone()
        if row is not None and row[0]:
            at = datetime.fromisoformat(str(row[0]))
            at = at if at.tzinfo else at.replace(tzinfo=UTC)
            seconds = max(0.0, (utcnow() - at).total_seconds())
    return ReplicaPosition(seq=seq, primary_seq=head, lag=lag, lag_seconds=seconds)

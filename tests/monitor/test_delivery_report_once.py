"""Regression (ci-53, under load): `veille watch --once` said "alerts: sent 1, failed 2
(webhook 1 sent, 2 failed)" for one alert whose webhook failed: the watch's two delivery
passes each counted the row's failed attempt. A row is now counted once, by its last
outcome, within a pass and across the passes a report adds."""

from __future__ import annotations

from datetime import UTC, datetime

from veille.monitor.deliver import DeliveryReport
from veille.store.base import Delivery

NOW = datetime(2026, 12, 5, 8, 0, tzinfo=UTC)


def _row(key: str, channel: str = "webhook") -> Delivery:
    return Delivery(key=key, search_id=1, article_id="a" * 16, version=1, kind="new",
                    channel=channel, due_at=NOW)


def test_a_row_failing_in_two_passes_is_one_failure() -> None:
    run, first, second = DeliveryReport(), DeliveryReport(), DeliveryReport()
    first.count([_row("k1")], sent=False)
    first.count([_row("k2")], sent=True)
    second.count([_row("k1")], sent=False)
    run.add(first)
    run.add(second)
    assert (run.sent, run.failed, run.channels) == (1, 1, {"webhook": [1, 1]})


def test_a_row_failed_then_sent_is_sent_only() -> None:
    report = DeliveryReport()
    report.count([_row("k1", "email")], sent=False)
    report.count([_row("k1", "email"), _row("k3")], sent=True)
    assert (report.sent, report.failed) == (2, 0)
    assert report.channels == {"email": [1, 0], "webhook": [1, 0]}

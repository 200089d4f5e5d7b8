"""Regression (h-copies66b "still wrong" 3, h-copies67): two outlets outside veille's
outlet table, in a country of several clocks, carry one AP dispatch at 09:00 and 09:30 (no
zone printed: each time read on the assumed New York clock, so either may be hours off),
the earlier stating an update. The update rule (t-final33 #5) made the later copy the
original, as if the two were published at the same time. The time as read decides unless
the two are within the tolerance; the same minute with one update keeps t-final33 #5's
answer. Real SQLite store, real ingest, both orders of arrival."""

from __future__ import annotations

import pytest

from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

BODY = [
    "A freight train derailed early Wednesday near the county fairgrounds, spilling grain "
    "across two lanes of the highway and closing the road for most of the morning, state "
    "police said.",
    "No one was injured. The railroad said 14 of the train's 80 cars left the tracks shortly "
    "after 5 a.m. and crews were working to clear the line by evening.",
    "\"We were lucky nothing hazardous was on board,\" said county emergency manager Dana "
    "Whitfield, who urged drivers to use the interstate instead.",
]


def _capture(outlet: str, at: str, updated: str = "") -> bytes:
    head = [outlet, "Home  News  Sports  Opinion",
            "Freight train derails near fairgrounds, spilling grain on highway",
            "By The Associated Press", f"April 22, 2026 {at}"]
    if updated:
        head.append(f"Updated April 22, 2026 {updated}")
    return ("\n\n".join([*head, *BODY]) + "\n").encode()


def _ingest(store: SQLiteStore, copies: list[tuple[str, str, str]]) -> dict[str, str]:
    ids = {}
    for outlet, at, updated in copies:
        [ids[outlet]] = ingest_texts(store, [(f"{outlet}.txt", _capture(outlet, at, updated))],
                                     source=outlet).new_ids
    return ids


@pytest.mark.parametrize("reverse", [False, True])
def test_the_earlier_copy_stating_an_update_stays_the_original(store: SQLiteStore,
                                                               reverse: bool) -> None:
    copies = [("dailyledger-news.us", "9:00 AM", "10:10 AM"), ("rivercountypost.us", "9:30 AM", "")]
    ids = _ingest(store, copies[::-1] if reverse else copies)
    first, later = store.get(ids["dailyledger-news.us"]), store.get(ids["rivercountypost.us"])
    assert first is not None and first.dedup is not None
    assert later is not None and later.dedup is not None
    assert first.content.evidence["timezone"] == "assumed (America/New_York)"
    assert (first.dedup.relation or "", first.dedup.duplicate_of) == ("", None)
    assert later.dedup.duplicate_of == first.id
    [summary] = store.stories(limit=5)
    assert (summary.first_source, summary.first_tied) == ("dailyledger-news.us", ())


@pytest.mark.parametrize("reverse", [False, True])
def test_the_same_minute_the_copy_stating_no_update_is_the_original(store: SQLiteStore,
                                                                    reverse: bool) -> None:
    """t-final33 #5's rule, kept: the same publication time, one states an update."""
    copies = [("dailyledger-news.us", "9:00 AM", ""), ("rivercountypost.us", "9:00 AM", "9:40 AM")]
    ids = _ingest(store, copies[::-1] if reverse else copies)
    plain, updated = store.get(ids["dailyledger-news.us"]), store.get(ids["rivercountypost.us"])
    assert plain is not None and plain.dedup is not None
    assert updated is not None and updated.dedup is not None
    assert plain.dedup.duplicate_of is None
    assert updated.dedup.duplicate_of == plain.id

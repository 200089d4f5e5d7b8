"""Regression (newuser7 P15, the rest; t-reader20 R1): a copy dated to the day only
(stored as midnight, a placeholder) was read as midnight ("published more than 5 minutes
before" a time of its day), then as the end of its day, which made it a reprint of every
timed copy of that day. A day-only date is its whole day: against a time of that same day
the order is unknown, so the first seen keeps the original's place when the texts are the
same (the texts decide otherwise: ``test_copy_direction.py``); a day-only copy of the day
before is still earlier; two day-only copies of one day keep ingest order. Real SQLite
store, real ingest."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.dedup.capture_order import compare_captures
from veille.dedup.published_order import latest_published, published_before
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

DISPATCH = [
    "La préfecture du Finistère a ordonné mardi la fermeture de trois plages de la baie de "
    "Douarnenez après la découverte d'algues vertes en décomposition sur plus de deux "
    "kilomètres, a-t-on appris auprès des services de l'État.",
    "Les analyses de l'agence régionale de santé ont relevé des concentrations d'hydrogène "
    "sulfuré supérieures aux seuils d'alerte près de l'embouchure du Ris, selon le communiqué.",
    "Les communes concernées devront ramasser les algues dans les quarante-huit heures, et "
    "les promeneurs sont invités à ne pas s'approcher des zones balisées par des rubans.",
    "Les associations de défense de l'environnement réclament depuis des années un plan de "
    "réduction des nitrates d'origine agricole dans les bassins versants de la baie.",
]

COPIES = {  # outlet -> (headline, published)
    "timed": ("Algues vertes : trois plages fermées à Douarnenez", "2026-06-09T09:58:00+02:00"),
    "later": ("Douarnenez : les plages fermées", "2026-06-09T11:40:00+02:00"),
    "dayonly": ("Baie de Douarnenez : trois plages interdites", "2026-06-09"),
}


def record(name: str, headline: str, published: str) -> bytes:
    return (json.dumps({"title": headline, "url": f"https://{name}.example/algues",
                        "source": f"{name}.example", "text": "\n\n".join(DISPATCH),
                        "language": "fr", "published": published}, ensure_ascii=False)
            + "\n").encode()


def ingest(store: SQLiteStore, copies: dict[str, tuple[str, str]], order: tuple[str, ...],
           *, one_batch: bool = False) -> dict[str, str]:
    if one_batch:
        ids = ingest_texts(store, [("all.jsonl", b"".join(
            record(name, *copies[name]) for name in order))]).new_ids
        # new_ids lists a batch by time (the order its stateful stages read it in)
        return {store.get(i).source.removesuffix(".example"): i for i in ids}
    found = {}
    for name in order:
        [found[name]] = ingest_texts(store, [(f"{name}.jsonl", record(
            name, *copies[name]))]).new_ids
    return found


def relation(store: SQLiteStore, article_id: str) -> tuple[str, str | None]:
    dedup = store.get(article_id).dedup
    assert dedup is not None
    return (dedup.relation or "", dedup.duplicate_of)


@pytest.mark.parametrize("one_batch", [False, True])
@pytest.mark.parametrize("order", list(itertools.permutations(COPIES)))
def test_a_day_only_copy_and_a_time_of_its_day_are_in_no_known_order(
        store: SQLiteStore, order: tuple[str, ...], one_batch: bool) -> None:
    """The timed copy comes before the later one whatever the ingest order; the day-only
    copy (the same text) is the original only when it was seen before both timed ones
    (one batch is read in time order, the day-only date at the end of its day)."""
    ids = ingest(store, COPIES, order, one_batch=one_batch)
    assert store.get(ids["dayonly"]).content.published_precision == "day"  # type: ignore
    first = "dayonly" if order[0] == "dayonly" and not one_batch else "timed"
    assert relation(store, ids[first]) == ("", None)
    for copy in set(COPIES) - {first}:
        assert relation(store, ids[copy]) == ("reprint", ids[first])
    [story] = store.stories()
    assert story.first_source == f"{first}.example"
    assert story.title == COPIES[first][0]
    assert {m.source: m.reprint for m in store.story(story.story_id)} == {
        f"{name}.example": name != first for name in COPIES}


@pytest.mark.parametrize("order", [("timed", "dayonly"), ("dayonly", "timed")])
def test_a_day_only_copy_of_the_day_before_is_still_the_original(
        store: SQLiteStore, order: tuple[str, ...]) -> None:
    copies = {**COPIES, "dayonly": (COPIES["dayonly"][0], "2026-06-08")}
    ids = ingest(store, copies, order)
    assert relation(store, ids["dayonly"]) == ("", None)
    assert relation(store, ids["timed"]) == ("reprint", ids["dayonly"])
    [story] = store.stories()
    assert (story.first_source, story.first_precision) == ("dayonly.example", "day")


def test_two_day_only_copies_of_one_day_keep_ingest_order(store: SQLiteStore) -> None:
    copies = {"first": ("Douarnenez : plages fermées", "2026-06-09"),
              "second": ("Algues vertes à Douarnenez", "2026-06-09")}
    ids = ingest(store, copies, ("first", "second"))
    assert relation(store, ids["first"]) == ("", None)
    assert relation(store, ids["second"]) == ("reprint", ids["first"])


def test_the_shared_comparison_reads_a_day_only_date_as_its_whole_day() -> None:
    midnight = datetime.fromisoformat("2026-06-09T00:00:00+02:00")
    morning = datetime.fromisoformat("2026-06-09T09:58:00+02:00")
    day_before = datetime.fromisoformat("2026-06-08T00:00:00+02:00")
    assert not published_before(morning, "time", midnight, "day")  # unknown order
    assert not published_before(midnight, "day", morning, "time")
    assert published_before(day_before, "day", morning, "time")
    assert not published_before(midnight, "day", midnight, "day")  # a tie
    assert published_before(day_before, "day", midnight, "day")
    assert latest_published(midnight, "day").isoformat() == "2026-06-09T23:59:59.999999+02:00"
    assert latest_published(morning, None) == morning


def capture(published: str | None, precision: str | None, fetched: str | None
            ) -> dict[str, object]:
    return {"content": {"published": published, "published_precision": precision},
            "raw": {"fetched_at": fetched}}


def test_a_day_only_capture_tells_nothing_against_a_time_of_its_day() -> None:
    """Versions of one article: "9 June" is not earlier than 09:58 on 9 June (it was read
    as midnight), so the fetch time decides; against another day it still decides."""
    timed = capture("2026-06-09T09:58:00+02:00", "time", "2026-06-09T08:30:00+00:00")
    day = capture("2026-06-09T00:00:00+02:00", "day", "2026-06-09T15:00:00+00:00")
    assert compare_captures(timed, day) == -1  # fetched earlier: the older capture
    assert compare_captures(day, timed) == 1
    day_before = capture("2026-06-08T00:00:00+02:00", "day", "2026-06-09T15:00:00+00:00")
    assert compare_captures(day_before, timed) == -1  # its whole day is before 09:58
    next_midnight = capture("2026-06-10T00:00:00+02:00", "time", None)
    assert compare_captures(day, next_midnight) == -1  # the day ends at the next midnight


_WHEN = st.datetimes(min_value=datetime(2026, 6, 1), max_value=datetime(2026, 6, 4),
                     timezones=st.just(UTC))
_PRECISION = st.sampled_from(["day", "time", None])


@given(_WHEN, _PRECISION, _WHEN, _PRECISION, st.one_of(st.none(), _WHEN),
       st.one_of(st.none(), _WHEN))
def test_the_order_of_copies_and_captures_is_antisymmetric(
        a: datetime, pa: str | None, b: datetime, pb: str | None,
        fa: datetime | None, fb: datetime | None) -> None:
    a = a.replace(hour=0, minute=0, second=0, microsecond=0) if pa == "day" else a
    b = b.replace(hour=0, minute=0, second=0, microsecond=0) if pb == "day" else b
    assert not (published_before(a, pa, b, pb) and published_before(b, pb, a, pa))
    first = capture(a.isoformat(), pa, fa.isoformat() if fa else None)
    second = capture(b.isoformat(), pb, fb.isoformat() if fb else None)
    assert compare_captures(first, second) == -compare_captures(second, first)
    if pa == "day" and a <= b < a + timedelta(days=1):
        # a time of its day (or the same day) is in no known order with it
        assert not published_before(b, pb, a, pa) and not published_before(a, pa, b, pb)

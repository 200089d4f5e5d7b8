"""Two accidents of one city with different vehicles are two stories (t-final33 #1, r-events34).

A ferry that collided with a fishing boat off an island and a minibus that crashed in
another district, one evening in one city, shared only the city's hospital, "injured",
"police" and the Transport Department: "collide" named no kind of event, and the site rule
(:data:`veille.dedup.stories.SITES`) had one class for every vehicle. A vehicle is keyed by
its mode of transport now (:data:`veille.dedup.sites.MODES`), compared even when a headline
names no kind of event ("a bumboat hits a barge", "a lorry overturns"). A follow-up that
names its vehicle again stays in its story.

Texts written for these tests (invented events and people), ingested one record per ingest
into a real store.
"""

from __future__ import annotations

import json
from pathlib import Path

import veille
from veille.dedup.event_kinds import event_kinds
from veille.dedup.sites import sites

FERRY = ("Ferry and fishing boat collide off Lamma Island, nine injured",
         "Nine people were injured on Wednesday evening when a ferry sailing from Central to "
         "Lamma Island collided with a fishing boat in fog, police said.\n\nSix were taken to "
         "Queen Mary Hospital and three to Tung Wah Hospital, the Hospital Authority said. "
         "The Marine Department has opened an investigation.\n\nThe Secretary for "
         "Transport said she would visit the injured in hospital on Thursday.",
         "2026-11-18T20:10:00+08:00")
MINIBUS = ("Minibus driver arrested after Sha Tin crash that hurt seven",
           "A minibus driver was arrested for dangerous driving after his vehicle crashed into "
           "a lamp post on Tai Chung Kiu Road in Sha Tin on Wednesday night, injuring seven "
           "passengers.\n\nPolice said the driver, 61, was taken to Prince of Wales Hospital "
           "with the injured. The Transport Department will review the route.",
           "2026-11-18T22:30:00+08:00")
FERRY_NEXT = ("Lamma ferry captain suspended after collision with fishing boat",
              "The captain of the ferry that collided with a fishing boat off Lamma Island on "
              "Wednesday has been suspended, the operator said on Friday.\n\nThe Marine "
              "Department said its inquiry would look at the fog and the ferry's radar. Two "
              "of the nine injured remain in Queen Mary Hospital.",
              "2026-11-20T11:00:00+08:00")
BUMBOAT = ("Tourist bumboat hits barge on the river, five hurt",
           "Five people were hurt on Tuesday evening when a tourist bumboat struck a moored "
           "barge near Boat Quay, the civil defence force said.\n\nThree passengers were taken "
           "to General Hospital. The Port Authority is investigating.",
           "2026-05-12T20:10:00+08:00")
COUNCIL = ("City council approves new harbour budget",
           "The city council on Monday approved a budget of 40 million for the harbour front, "
           "with a new library and a market hall.\n\nThe mayor said work would start in "
           "spring. Two members voted against.",
           "2026-11-16T18:00:00+08:00")
LORRY = ("Lorry overturns on expressway, driver and two workers hurt",
         "A lorry carrying workers overturned on the expressway near the port on Tuesday "
         "evening, hurting the driver and two passengers.\n\nPolice said the driver was taken "
         "to General Hospital. The civil defence force said one man had to be freed.",
         "2026-05-12T21:40:00+08:00")


def _record(k: int, item: tuple[str, str, str]) -> tuple[str, bytes]:
    title, text, published = item
    record = {"title": title, "text": text, "published": published,
              "url": f"https://journal{k}.example/a/{k}", "language": "en"}
    return f"r{k}.jsonl", json.dumps(record, ensure_ascii=False).encode()


def _stories(v: veille.Veille, n: int) -> list[str]:
    by_url = {a.url: a.dedup.story_id for a in v.store.iter_articles() if a.dedup}
    return [by_url[f"https://journal{k}.example/a/{k}"] or "" for k in range(n)]


def test_a_ferry_collision_and_a_minibus_crash_of_one_city_are_two_stories(tmp_path: Path
                                                                           ) -> None:
    """Regression (t-final33 #1): the minibus crash joined the ferry collision's story.
    The ferry's follow-up two days later stays with the ferry."""
    items = [COUNCIL, FERRY, MINIBUS, FERRY_NEXT]
    with veille.open(tmp_path / "data") as v:
        for k, item in enumerate(items):
            v.ingest_bytes([_record(k, item)])
        _council, ferry, minibus, ferry_next = _stories(v, len(items))
    assert minibus != ferry
    assert ferry_next == ferry


def test_vehicles_of_different_modes_part_without_a_kind_of_event(tmp_path: Path) -> None:
    """Regression: "a bumboat hits a barge" and "a lorry overturns" name no kind of event;
    the two were one story."""
    with veille.open(tmp_path / "data") as v:
        for k, item in enumerate([BUMBOAT, LORRY]):
            v.ingest_bytes([_record(k, item)])
        boat, lorry = _stories(v, 2)
    assert boat != lorry


def test_collide_names_an_accident_and_vehicles_are_keyed_by_mode() -> None:
    assert "accident" in event_kinds(FERRY[0], [FERRY[1]])
    assert sites(FERRY[0], "")[0] == {"site:water"}
    assert sites(MINIBUS[0], "")[0] == {"site:road"}

"""Towns abroad of one name in two countries or regions are two places (t-final34 A1: a bin
strike in Birmingham, England and a sanitation deal in Birmingham, Alabama, the same day,
were one story): :func:`veille.dedup.namesakes.world_seats` resolves such a town by the area
written after it, else by the area or a sibling town the text names, else to the most
populous; two sides resolving one name to two places are two events. One event told by two
outlets, one naming the state and the other not, stays one story. Texts written here; a
real SQLite store, the real ingest."""

from __future__ import annotations

import json

from veille.dedup.namesakes import seats_differ, world_seats
from veille.ingest import ingest_texts
from veille.store.sqlite import SQLiteStore

CAM_GB = ("Cambridge council approves plan to pedestrianise Mill Road",
          "Cambridge City Council voted on Tuesday to close Mill Road to through traffic from "
          "April, after a two-year trial.\n\nCouncil leader Alice Hartley said the plan would "
          "make the street safer for the 4,000 people who cycle along it every day.",
          "2026-03-10T18:00:00+00:00")
CAM_US = ("Cambridge council approves plan to pedestrianize Main Street",
          "Cambridge, Massachusetts - The Cambridge City Council voted on Tuesday to close "
          "Main Street to through traffic from April, after a two-year trial.\n\nMayor Dennis "
          "Okafor said the plan would make the street safer for the students who walk along "
          "it every day.",
          "2026-03-10T19:30:00-05:00")
CAM_US_2 = ("Cambridge councilors close Main Street to cars after trial",
            "Cambridge councilors voted on Tuesday night to close Main Street to through "
            "traffic from April, near the campuses in Cambridge, Massachusetts.\n\nMayor "
            "Dennis Okafor said the students who walk along it every day would be safer.",
            "2026-03-10T22:00:00-05:00")


def _ingest(store: SQLiteStore, items: list[tuple[str, str, str]]) -> list[str]:
    for k, (title, text, published) in enumerate(items):
        record = {"title": title, "text": text, "published": published,
                  "source": f"source{k}.example", "url": f"https://source{k}.example/a/{k}",
                  "language": "en"}
        ingest_texts(store, [(f"r{k}.jsonl", json.dumps(record).encode())])
    by_url = {a.url: a.dedup.story_id for a in store.iter_articles() if a.dedup}
    return [str(by_url[f"https://source{k}.example/a/{k}"]) for k in range(len(items))]


def test_two_namesake_towns_abroad_are_two_events(store: SQLiteStore) -> None:
    gb, us, us_again = _ingest(store, [CAM_GB, CAM_US, CAM_US_2])
    assert gb != us
    assert us == us_again


def test_world_seats() -> None:
    # the area written after the town; a place the gazetteer lacks is keyed by that area
    assert world_seats("Portland council votes", "PORTLAND, Maine - The council …")[0] == \
        {"seat:portland:us-me"}
    assert world_seats("Perth council votes", "In Perth, Scotland, councillors …")[0] == \
        {"seat:perth:gb-sct"}
    # a region the text names; none: the most populous namesake
    oregon = world_seats("Portland council votes", "The vote in Oregon was close.")[0]
    assert oregon == world_seats("Portland council votes", "The vote was close.")[0] == \
        {"seat:portland:us-or"}
    # a sibling town of one country only ("from Ensley"): Birmingham, Alabama; and the
    # town table's reading of the name (England's) is taken out
    seated, dropped = world_seats("Birmingham council approves deal",
                                  "Trash piled up in neighborhoods from Ensley to the "
                                  "airport.")
    assert seated == {"seat:birmingham:us-al"} and dropped == {"town:country:gb"}
    # the areas of two namesakes: unresolved
    assert world_seats("Portland council votes",
                       "Unlike Maine, Oregon has no such rule.")[0] == frozenset()
    # a small town of one place only: nothing to tell apart ("Union local president")
    assert world_seats("Strike", "Union local president Ann Lee said …")[0] == frozenset()
    assert seats_differ({"seat:birmingham:us-al"}, {"seat:birmingham:gb-eng"})

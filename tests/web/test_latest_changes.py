"""Corrections reach a poller of the latest list (newuser10 S18): ``after_seq``/``max_seq``
follow articles' insertion order, so a new version (a corrected headline) was never sent
again; ``changed_after=<change_seq>`` lists the articles changed since a change log
position, deletions apart, and says ``reload`` when the log was compacted past it.
Real store, real server on 127.0.0.1, the new version posted through the write API."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from web_kit import TOKEN, LiveServer, serve

import veille
from veille.cli.main import main
from veille.store.sqlite import SQLiteStore

URL = "https://foix.example/pont"
TEXT = ("Le pont de l'Ariège, fermé depuis la crue, rouvrira {day} à la circulation, a "
        "annoncé la mairie. Les travaux de consolidation des piles sont terminés et les "
        "contrôles de sécurité ont été menés par les services de l'État cette semaine.")
OTHER = {"url": "https://pamiers.example/marche", "title": "Pamiers : le marché déménage",
         "language": "fr", "published": "2026-11-30T08:00:00+01:00",
         "text": "Le marché du samedi s'installera place du Mercadal pendant les travaux "
                 "de la halle, a décidé le conseil municipal de Pamiers."}


def dispatch(day: str) -> dict[str, str]:
    """The same dispatch (same URL) with the day of the reopening in its headline."""
    return {"url": URL, "title": f"Foix : le pont rouvrira {day}", "language": "fr",
            "published": "2026-11-30T09:00:00+01:00", "text": TEXT.format(day=day)}


def post(http: httpx.Client, record: dict[str, str]) -> dict[str, Any]:
    answer = http.post("/api/v1/articles", params={"source": "foix.example"},
                       content=json.dumps(record, ensure_ascii=False).encode(),
                       headers={"authorization": f"Bearer {TOKEN}",
                                "content-type": "application/json"})
    assert answer.status_code in (200, 201), answer.text
    return dict(answer.json())


def records_bytes() -> bytes:
    """The first ingest: another dispatch and this one saying Monday, as JSON Lines."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n"
                   for r in (OTHER, dispatch("lundi"))).encode()


def ingested(root: Path) -> Path:
    path = root / "first.jsonl"
    path.write_bytes(records_bytes())
    assert main(["--data-dir", str(root / "data"), "ingest", str(path)]) == 0
    return root / "data"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    with serve(ingested(tmp_path), api_token=TOKEN) as live:
        yield live


def test_a_new_version_reaches_a_poller(server: LiveServer) -> None:
    poll_a_correction(server)


def test_a_new_version_reaches_a_poller_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    """The same on the PostgreSQL store (its change log, read through the SQL adapter)."""
    with veille.open(tmp_path / "data", store_url=pg_url) as writer:
        assert len(writer.ingest_bytes([("first.jsonl", records_bytes())]).new_ids) == 2
    with serve(tmp_path / "data", store_url=pg_url, api_token=TOKEN) as live:
        poll_a_correction(live)


def poll_a_correction(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        first = http.get("/api/v1/latest").json()
        (old,) = [a for a in first["articles"] if a["title"].startswith("Foix")]
        assert first["change_seq"] > 0
        post(http, dispatch("mardi"))
        params = {"after_seq": first["max_seq"], "changed_after": first["change_seq"]}
        polled = http.get("/api/v1/latest", params=params).json()
        assert polled["articles"] == [] and polled["max_seq"] == first["max_seq"]
        assert [(a["id"], a["title"]) for a in polled["changed"]] == [
            (old["id"], "Foix : le pont rouvrira mardi")]
        assert polled["change_seq"] > first["change_seq"]
        assert polled["deleted"] == [] and polled["reload"] is False
        # polled again from its new position: nothing more
        again = http.get("/api/v1/latest", params={
            "after_seq": polled["max_seq"], "changed_after": polled["change_seq"]}).json()
        assert again["changed"] == [] and again["articles"] == []
        # without changed_after the answer is what it was (after_seq alone: no corrections)
        plain = http.get("/api/v1/latest", params={"after_seq": first["max_seq"]}).json()
        assert plain["articles"] == [] and plain["changed"] == []


def test_the_until_seq_snapshot_still_holds(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        first = http.get("/api/v1/latest", params={"limit": 1}).json()
        post(http, dispatch("mardi"))
        second = http.get("/api/v1/latest", params={
            "limit": 1, "offset": 1, "until_seq": first["max_seq"]}).json()
        ids = [a["id"] for a in first["articles"] + second["articles"]]
        assert len(ids) == len(set(ids)) == 2 and second["max_seq"] == first["max_seq"]


def test_a_position_past_the_compacted_log_or_ahead_of_it_says_reload(tmp_path: Path) -> None:
    data = ingested(tmp_path)
    with serve(data, api_token=TOKEN) as live, httpx.Client(base_url=live.url,
                                                            timeout=60) as http:
        start = http.get("/api/v1/latest").json()["change_seq"]
        post(http, dispatch("mardi"))
        post(http, dispatch("mercredi"))
        store = SQLiteStore.open(data / "veille.sqlite3")
        try:
            done = store.compact_log(keep_age=timedelta(0), follower_age=timedelta(0))
        finally:
            store.close()
        assert done.compacted_seq > start
        gone = http.get("/api/v1/latest", params={"changed_after": start}).json()
        assert gone["reload"] is True and gone["changed"] == []
        ahead = http.get("/api/v1/latest",
                         params={"changed_after": gone["change_seq"] + 5}).json()
        assert ahead["reload"] is True
        here = http.get("/api/v1/latest", params={"changed_after": gone["change_seq"]}).json()
        assert here["reload"] is False and here["changed"] == []


def test_changed_after_is_bounded(server: LiveServer) -> None:
    answer = httpx.get(f"{server.url}/api/v1/latest", params={"changed_after": -1})
    assert answer.status_code == 422

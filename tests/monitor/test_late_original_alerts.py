"""Alerts when the original of a dispatch is ingested after a copy of it (published first,
seen later: docs/dedup.md). The copy seen first was alerted as the original; the late
original takes its place without alerting a second time, in a search that leaves out
reprints or in a story alert, and the copy (now a reprint, logged as a ``link``) alerts no
more."""

from __future__ import annotations

import json
from pathlib import Path

import veille
from alert_kit import dated_outlet, webhook_server
from alert_kit import dated_outlet as page
from veille.store.base import SavedSearch


def test_a_late_original_does_not_alert_again_where_reprints_are_left_out(
        tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        collapsed = v.save_search(SavedSearch(name="sans reprises", query="Etna"))
        every = v.save_search(SavedSearch(name="tout", query="Etna", collapse=False))
        v.ingest_bytes([page("copie.example", 0, 1, edit=True)])
        assert v.store.count_matches(collapsed.id) == 1
        v.ingest_bytes([page("agence.example", 0, 3)])  # published 2 hours before the copy
        [original, copy] = sorted(v.latest(2), key=lambda a: a.source)
        assert original.dedup is not None and copy.dedup is not None
        assert (original.dedup.relation, copy.dedup.duplicate_of) == ("", original.id)
        assert v.store.count_matches(collapsed.id) == 1  # the text was alerted already
        assert v.store.count_matches(every.id) == 2


def test_a_late_original_in_one_chunk_with_its_copy_alerts_once(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        collapsed = v.save_search(SavedSearch(name="sans reprises", query="Etna"))
        v.ingest_bytes([page("copie.example", 0, 1, edit=True), page("agence.example", 0, 3)])
        [match] = v.store.matches(collapsed.id)
        assert v.store.get(match.article_id).source == "agence.example"


def test_a_late_original_is_no_new_source_for_a_story_alert(tmp_path: Path) -> None:
    with veille.open(tmp_path / "data") as v:
        one, two = (v.save_search(SavedSearch(name=name, query="", breaking=n,
                                              within_minutes=60, collapse=False))
                    for n, name in ((1, "une source"), (2, "deux sources")))
        v.ingest_bytes([page("copie.example", 0, 1, edit=True)])
        assert (v.store.count_matches(one.id), v.store.count_matches(two.id)) == (1, 0)
        v.ingest_bytes([page("agence.example", 0, 3)])  # takes the copy's place: no source
        assert (v.store.count_matches(one.id), v.store.count_matches(two.id)) == (1, 0)
        v.ingest_bytes([page("outlet1.example", 1, 0.5)])  # a second source: both cross
        assert (v.store.count_matches(one.id), v.store.count_matches(two.id)) == (2, 1)


def test_a_late_original_enriched_with_its_alerted_copy_is_delivered_once(
        tmp_path: Path) -> None:
    """newuser11b U4: the copy alerted when stored, then its original, stored later in the
    same poll (another batch: a chunk of its own, where it was rightly left out); the
    enrichment that follows logs both in one chunk of the change log, and the original,
    never matched, was alerted by its ``enrich`` change: the copy in that chunk was taken
    for one matched only then, not one delivered already."""
    with webhook_server() as (hooks, url), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.0/8") as v:
        collapsed = v.save_search(SavedSearch(name="sans reprises", query="Etna",
                                              webhook=url))
        v.ingest_bytes([page("copie.example", 0, 1, edit=True)])
        v.deliver_alerts()
        v.ingest_bytes([page("agence.example", 0, 3)])
        v.enrich()  # one chunk: the copy's and the original's enrich changes
        v.match_alerts()
        v.deliver_alerts()
        [match] = v.store.matches(collapsed.id)
        assert v.store.get(match.article_id).source == "copie.example"
        sent = [json.loads(body)["article"]["id"] for _headers, body in hooks.posts]
        assert sent == [match.article_id]


def test_a_corrected_late_original_stays_the_original_and_alerts_as_an_update(
        tmp_path: Path) -> None:
    """newuser11b U4 (and U9): the late original's correction (its URL back with another
    text) was stored as ``relation: version`` with ``duplicate_of`` its own reprint: no
    longer an original, so a search leaving out reprints, which had alerted the copy, got
    the dispatch a second time, as a "new" article; and a corrected reprint was taken
    for an original the same way. The original's correction updates the dispatch the
    search alerted through the copy: an update, never a new article (s-misc12)."""
    with webhook_server() as (hooks, url), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.0/8") as v:
        collapsed = v.save_search(SavedSearch(name="sans reprises", query="Etna",
                                              webhook=url))
        v.ingest_bytes([page("copie.example", 0, 1, edit=True)])
        v.ingest_bytes([page("agence.example", 0, 3)])
        [copy, original] = sorted(v.latest(2), key=lambda a: a.source != "copie.example")
        for host, n in (("agence.example", 0), ("copie.example", 0)):
            name, data = page(host, n, 3 if host == "agence.example" else 1,
                              edit=host == "copie.example")
            record = json.loads(data)
            record["text"] += "\n\nMise à jour : l'aéroport de Catane a rouvert à midi."
            v.ingest_bytes([("v2-" + name, json.dumps(record).encode())])
        assert len(v.store.versions(original.id)) == len(v.store.versions(copy.id)) == 1
        now = {a.id: a for a in v.latest(2)}
        assert now[original.id].dedup is not None and now[copy.id].dedup is not None
        assert (now[original.id].dedup.relation, now[original.id].dedup.duplicate_of,
                now[original.id].dedup.version_of) == ("", None, original.id)
        assert (now[copy.id].dedup.relation, now[copy.id].dedup.duplicate_of) == (
            "reprint", original.id)
        v.enrich()
        v.match_alerts()
        v.deliver_alerts()
        sent = [(json.loads(body)["article"]["id"], json.loads(body)["kind"])
                for _headers, body in hooks.posts]
        assert (copy.id, "new") in sent and (original.id, "new") not in sent, sent
        assert (original.id, "update") in sent
        assert {m.kind for m in v.store.matches(collapsed.id)[:-1]} <= {"update"}


def test_a_sites_republication_does_not_alert_again_where_reprints_are_left_out(
        tmp_path: Path) -> None:
    """The same site's text again at another URL (a ``republication``: new headline, one
    word changed) is no new coverage: a search leaving out reprints alerted on it a second
    time, as it does not on another outlet's reprint."""
    first = dated_outlet("agence.example", 0, 3)
    again = json.loads(dated_outlet("agence.example", 0, 1, edit=True)[1])
    again.update(title="Etna : la lave menace toujours", url="https://agence.example/autre")
    with veille.open(tmp_path / "data") as v:
        collapsed = v.save_search(SavedSearch(name="sans reprises", query="Etna"))
        every = v.save_search(SavedSearch(name="tout", query="Etna", collapse=False))
        v.ingest_bytes([first])
        v.ingest_bytes([("again.jsonl", json.dumps(again, ensure_ascii=False).encode())])
        republished = next(a for a in v.latest(2) if a.url == again["url"])
        assert republished.dedup is not None and republished.dedup.relation == "republication"
        assert v.store.count_matches(collapsed.id) == 1
        assert v.store.count_matches(every.id) == 2


def test_the_original_s_corrections_update_the_dispatch_alerted_through_its_copy(
        tmp_path: Path) -> None:
    """note9 "What is left": with reprints collapsed, a search that alerted the copy (stored
    first) got no alert for the original's later corrections: the late original's first
    text is left out (one alert per dispatch), each of its corrections is an update
    (webhook ``kind: update``), once per version; a search that lists reprints alerted
    the original as new and gets the same updates."""
    with webhook_server() as (hooks, url), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.0/8") as v:
        v.save_search(SavedSearch(name="sans reprises", query="Etna", webhook=url))
        v.save_search(SavedSearch(name="tout", query="Etna", collapse=False,
                                  webhook=url + "?tout"))
        v.ingest_bytes([page("copie.example", 0, 1, edit=True)])
        v.ingest_bytes([page("agence.example", 0, 3)])
        v.enrich()
        v.match_alerts()
        v.deliver_alerts()
        [original] = [a for a in v.latest(2) if a.source == "agence.example"]
        name, data = page("agence.example", 0, 3)
        for n, news in enumerate(("l'aéroport de Catane a rouvert à midi.",
                                  "la coulée de lave s'est arrêtée dans la soirée.")):
            record = json.loads(data)
            record["text"] += f"\n\nMise à jour : {news}"
            v.ingest_bytes([(f"v{n + 2}-{name}", json.dumps(record).encode())])
            v.enrich()
            v.match_alerts()
            v.deliver_alerts()
        got: dict[str, list[tuple[str, str, int]]] = {"sans reprises": [], "tout": []}
        for _headers, body in hooks.posts:
            alert = json.loads(body)
            got[alert["search"]["name"]].append(
                (alert["article"]["id"], alert["kind"], alert["version"]))
        collapsed = [(i, kind, n) for i, kind, n in got["sans reprises"] if i == original.id]
        assert collapsed == [(original.id, "update", 2), (original.id, "update", 3)], got
        every = [(i, kind, n) for i, kind, n in got["tout"] if i == original.id]
        assert every == [(original.id, "new", 1), (original.id, "update", 2),
                         (original.id, "update", 3)], got

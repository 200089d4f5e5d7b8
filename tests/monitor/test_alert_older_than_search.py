"""An article stored before a saved search (or a story follow) existed is no news to it:
its later versions (a correction, a re-stamp) do not alert it as "Nouvel article"
(newuser16c N10: a follow announced the story's earlier article as "new coverage", a new
search an older match as new, when their pages were corrected). Real SQLite store and
index, a real webhook receiver on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import veille
from alert_kit import webhook_server
from capture_kit import json_record
from veille.store.base import SavedSearch

TITLE = "Marseille : l'OM s'impose face à Lens au Vélodrome"


def article(i: int, title: str, extra: str = "") -> tuple[str, bytes]:
    record = json_record(i, title=title)
    record["text"] = str(record["text"]) + extra
    return f"a{i}-{len(extra)}.jsonl", json.dumps(record, ensure_ascii=False).encode()


def test_a_correction_of_an_older_article_is_no_news_to_a_later_search_or_follow(
        tmp_path: Path) -> None:
    with webhook_server() as (hooks, hook), \
            veille.open(tmp_path / "data", fetch_allow="127.0.0.1") as v:
        v.ingest_bytes([article(1, TITLE)])
        [stored] = v.latest(1)
        assert stored.dedup is not None and stored.dedup.story_id
        v.save_search(SavedSearch(name="Velodrome", query="Vélodrome", webhook=hook))
        v.save_search(SavedSearch(name="Suivi", query="", stories=[stored.dedup.story_id],
                                  webhook=hook))
        v.ingest_bytes([article(1, TITLE, "\n\nMise à jour : le score est de trois à un.")])
        v.enrich()
        v.deliver_alerts()
        assert hooks.posts == []
        # a new article after the search: news to it, and its correction an update
        v.ingest_bytes([article(2, "Vélodrome : la pelouse sera changée cet hiver")])
        v.ingest_bytes([article(2, "Vélodrome : la pelouse sera changée cet hiver",
                                "\n\nMise à jour : les travaux commencent en janvier.")])
        v.deliver_alerts()
        [second] = [a for a in v.latest(2) if a.id != stored.id]
        assert second.dedup is not None
        joined = second.dedup.story_id == stored.dedup.story_id  # new coverage of the story
        kinds = sorted((json.loads(b)["search"]["name"], json.loads(b)["kind"])
                       for _h, b in hooks.posts)
        assert kinds == [("Suivi", "new")] * joined + [("Velodrome", "new")]

"""A watch keeps its story state across polls (docs/benchmarks.md, "Start-up cost"): each
poll rebuilt it from the store's 5,000 latest articles, replaying their sentences (about
1.5 CPU s a poll). It is now warmed once and brought up to date from the store's change
log, so what another process stored between two polls is still clustered with.

Real HTTP server on 127.0.0.1, real SQLite store, the other process a real ``veille
ingest``; warm-ups are counted, not timed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import veille.ingest
from capture_kit import err, run_veille
from veille.collect.fetch import FetchPolicy
from veille.collect.netguard import AddressPolicy
from veille.collect.poll import Collector
from veille.collect.testserver import LocalServer, Page, Site
from veille.collect.watch import watch
from veille.dedup.stories import Stories
from veille.ingest import ingest_texts
from veille.settings import Settings
from veille.store.base import Source
from veille.store.sqlite import SQLiteStore

POLICY = FetchPolicy(timeout=20.0, deadline=30.0, retries=0, delay=0.0, per_host=4,
                     allow=AddressPolicy.parse("127.0.0.1"), backoff=0.01)
DAY = "2026-11-20"
FLOOD = ("Crue historique de la Garonne",
         "La Garonne a atteint six mètres au pont Neuf, un niveau jamais vu depuis 1875. "
         "Météo-France maintient la vigilance rouge sur la Haute-Garonne et annonce encore "
         "des pluies.")
BUDGET = ("Le Sénat adopte le budget de la Sécurité sociale",
          "Les sénateurs ont voté mardi soir le projet de loi de financement de la Sécurité "
          "sociale, après une semaine de débats sur les retraites et les franchises "
          "médicales.")
FIRE = ("Incendie dans les calanques de Marseille",
        "Un incendie a parcouru trois cents hectares dans le massif des calanques, au sud de "
        "Marseille. Les marins-pompiers de Marseille luttent contre les flammes attisées par "
        "le mistral.")
FIRE_AGAIN = ("Calanques : l'incendie de Marseille fixé",
              "Les marins-pompiers annoncent avoir fixé l'incendie des calanques de Marseille "
              "au petit matin. Le mistral avait poussé les flammes vers Luminy, où des "
              "étudiants ont été évacués.")


def page(title: str, body: str, hour: int) -> bytes:
    return (f"<!doctype html><html lang='fr'><head><title>{title}</title>"
            f"<meta property='article:published_time' content='{DAY}T{hour:02d}:00:00Z'>"
            f"</head><body><article><h1>{title}</h1><p>{body}</p></article></body></html>"
            ).encode()


def rss(*paths: str) -> bytes:
    items = "".join(f"<item><title>{p}</title><link>/{p}.html</link></item>" for p in paths)
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Site</title>"
            f"{items}</channel></rss>").encode()


@pytest.fixture
def warm_ups(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts every warm-up of a story state from the store (the real one runs)."""
    calls: list[int] = []
    real: Callable[..., Stories] = veille.ingest.warm_stories

    def counted(*args: object, **kwargs: object) -> Stories:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(veille.ingest, "warm_stories", counted)
    return calls


def test_a_second_poll_keeps_the_state_and_follows_another_writer(
        tmp_path: Path, warm_ups: list[int]) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    store = SQLiteStore.open(settings.store_path)
    site = Site(pages={"/flood.html": Page(page(*FLOOD, 8)),
                       "/budget.html": Page(page(*BUDGET, 9)),
                       "/fire2.html": Page(page(*FIRE_AGAIN, 14)),
                       "/feed.xml": Page(rss("flood", "budget"), "application/rss+xml")})
    with LocalServer(site) as running:
        collector = Collector(store, settings, policy=POLICY)
        sources = [Source(name="site", kind="feed", url=running.url("/feed.xml")),
                   Source(name="other", kind="feed", url=running.url("/other.xml"))]
        for source in sources:
            store.add_source(source)
        first = watch(store, collector, once=True)
        assert first.ingest.new == 2, first.ingest.errors
        assert len(warm_ups) == 1
        # another process stores an article on a new event between the two polls
        (tmp_path / "fire.html").write_bytes(page(*FIRE, 11))
        other = run_veille(["ingest", str(tmp_path / "fire.html")], data_dir=settings.data_dir)
        assert other.returncode == 0, err(other)
        # the feed now lists the event's next article, which is no copy of the first
        site.pages["/feed.xml"] = Page(rss("flood", "budget", "fire2"), "application/rss+xml")
        second = watch(store, collector, once=True)
        assert second.ingest.new == 1, second.ingest.errors
    assert len(warm_ups) == 1, "the second poll warmed the story state up again"
    assert collector.stories.replayed == 1  # the other process's article, from the log
    stories = {a.content.title if a.content else "": a.dedup.story_id if a.dedup else None
               for a in store.latest()}
    assert stories[FIRE_AGAIN[0]] == stories[FIRE[0]]
    assert stories[FIRE[0]] not in (stories[FLOOD[0]], stories[BUDGET[0]])


def test_a_change_it_cannot_follow_warms_it_again(tmp_path: Path,
                                                  warm_ups: list[int]) -> None:
    """Articles another writer stores are replayed from the log; one it deletes makes the
    state warm up again from the store (the source of truth)."""
    store = SQLiteStore.open(tmp_path / "s.sqlite3")
    ingest_texts(store, [("a.html", page(*FLOOD, 8))])
    follower = veille.ingest.StoryFollower(store, snapshots=False)  # warmed from the store
    stories = follower.current()
    assert len(stories.story_of) == 1 and follower.warm_ups == 1
    ingest_texts(store, [("b.html", page(*BUDGET, 9))])  # another writer (its own state)
    assert follower.current() is stories and follower.warm_ups == 1
    assert len(stories.story_of) == 2 and follower.replayed == 1
    store.delete_articles(list(stories.story_of)[:1])
    rebuilt = follower.current()
    assert rebuilt is not stories and len(rebuilt.story_of) == 1 and follower.warm_ups == 2
    # two here; of the two ingests, the first warms up, the second loads the state the
    # first saved and follows the log from there (r-perf36, veille.dedup.story_state)
    assert len(warm_ups) == 3

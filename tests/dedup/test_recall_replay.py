"""The story state's catch-up (``Stories.catch_up``, :func:`veille.ingest.recall_between`)
replays each stored article of a late article's span; an article whose story is active
with it is only read for its background sentences, not for its terms
(:func:`veille.ingest.replay`, issue #13: the terms of the same stored articles were
computed again for every late article of a backfill, ~80% of its ingest time). The same
stories as the full replay, on a real SQLite store; the background's sentence keys,
remembered per paragraph, are those computed again.

The articles are generated from a few own sentences (invented facts), in several topics,
dated over two months and ingested newest batch first, so that nearly every article is
late and recalls its days.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import veille.ingest
from veille.dedup import background as background_module
from veille.dedup.background import Background, keyed, sentence_key
from veille.dedup.near import article_minute, body_of
from veille.dedup.stories import (
    Stories,
    TermsReader,
    copies_of,
    story_news,
    story_terms,
    story_wording,
)
from veille.enrich.text import sentences
from veille.ingest import ingest_texts
from veille.record import Article
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore

TOPICS = {
    "incendie": ["Un incendie a détruit un entrepôt de la zone industrielle de {town}.",
                 "Les pompiers de {town} ont mobilisé une soixantaine d'hommes.",
                 "Une enquête a été ouverte pour déterminer l'origine du sinistre.",
                 "La préfecture a demandé aux riverains de fermer leurs fenêtres."],
    "budget": ["Le conseil municipal de {town} a adopté le budget primitif de l'année.",
               "L'opposition a dénoncé une hausse de la taxe foncière de trois points.",
               "Le maire a défendu des investissements dans les écoles et la voirie.",
               "Le vote a été acquis par vingt-neuf voix contre douze."],
    "football": ["Le club de {town} s'est imposé deux buts à un samedi soir.",
                 "L'attaquant a marqué de la tête à la dernière minute du match.",
                 "L'entraîneur a salué l'engagement de ses joueurs après la rencontre.",
                 "Le club remonte à la quatrième place du classement."],
}
TOWNS = ["Toulouse", "Nantes", "Lyon", "Rennes", "Lille"]
BACKGROUND = "Cette rubrique est mise à jour chaque jour par la rédaction locale du journal."


def corpus(seed: int, n: int) -> list[tuple[str, bytes]]:
    """``n`` JSON records, newest first, each of one topic and town, some ending on a
    shared background sentence."""
    rng = random.Random(seed)
    out: list[tuple[str, bytes]] = []
    for k in range(n):
        topic = rng.choice(sorted(TOPICS))
        town = rng.choice(TOWNS)
        lines = [s.format(town=town) for s in rng.sample(TOPICS[topic], 3)]
        if rng.random() < 0.4:
            lines.append(BACKGROUND)
        day = 60 - (k * 60) // n
        record = {"title": f"{topic.capitalize()} à {town} : {lines[0][:40]}",
                  "text": "\n\n".join(lines),
                  "published": f"2026-{9 + day // 30:02d}-{1 + day % 30:02d}T"
                               f"{6 + k % 12:02d}:00:00+01:00",
                  "source": f"site{k % 3}.example", "url": f"https://site{k % 3}.example/{k}"}
        out.append((f"r{k}.jsonl", json.dumps(record, ensure_ascii=False).encode()))
    return out


def full_replay(stories: Stories, article: Article, *, recalled: bool = False,
                read: TermsReader | None = None) -> bool:
    """The replay before the change: the terms computed for every replayed article
    (``read``: the writer's memo of the terms, p-captures30)."""
    dedup = article.dedup
    if article.content is None or not dedup or not dedup.story_id:
        return False
    stories.remember(article.id, story_terms(stories, article.id, article.content.title,
                                             article.content.paragraphs, copies_of(dedup),
                                             read=read),
                     article_minute(article), dedup.story_id,
                     story_wording(body_of(article)), recalled=recalled)
    return True


def stored_stories(tmp_path: Path, name: str, inputs: Sequence[tuple[str, bytes]]
                   ) -> dict[str, str | None]:
    store = SQLiteStore.open(tmp_path / f"{name}.sqlite3")
    try:
        ingest_texts(store, inputs, settings=Settings(batch_size=4))
        return {a.id: a.dedup.story_id if a.dedup else None
                for a in store.get_many([a.id for a in store.latest(limit=1000)]).values()}
    finally:
        store.close()


@pytest.mark.parametrize("seed", [1, 2])
def test_replay_skipping_held_articles_gives_the_same_stories(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    inputs = corpus(seed, 48)
    # a backfill wider than the ingest's reorder buffer (veille.pipeline.reorder), which
    # would otherwise put these 48 articles in time order: each comes late
    monkeypatch.setattr("veille.pipeline.reorder.HOLD", 0)
    skipped: list[str] = []
    real = story_news

    def counted(stories: Stories, article_id: str, *args: object) -> list[str]:
        skipped.append(article_id)
        return real(stories, article_id, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(veille.ingest, "story_news", counted)
    fast = stored_stories(tmp_path, "fast", inputs)
    assert skipped, "no held article was replayed: the test reads nothing"
    monkeypatch.setattr(veille.ingest, "replay", full_replay)
    slow = stored_stories(tmp_path, "slow", inputs)
    assert fast == slow
    assert len(set(fast.values())) > 1


def old_split(owner: dict[int, str], article_id: str, paragraphs: Sequence[str],
              copies: Sequence[str] = ()) -> tuple[list[str], dict[str, list[str]]]:
    """Background.split before the keys were remembered (capacity unbounded)."""
    kept: list[str] = []
    found: dict[str, list[str]] = {}
    for index, paragraph in enumerate(paragraphs):
        parts = []
        for sentence in sentences(paragraph):
            key = sentence_key(sentence.text)
            if key is None:
                parts.append(sentence.text)
                continue
            first = owner.get(key)
            if first is None:
                owner[key] = article_id
                parts.append(sentence.text)
                continue
            if first == article_id or first in copies or index == 0:
                parts.append(sentence.text)
                continue
            if first != "":
                found.setdefault(first, []).append(sentence.text)
                owner[key] = ""
        if parts:
            kept.append(" ".join(parts))
    return kept, found


SENTENCES = st.sampled_from([
    "Le maire a signé l'arrêté ce matin.", "M. Dupont a répondu aux questions.",
    "Une enquête est ouverte.", "Les pompiers sont intervenus vers 14 heures!",
    "Lire aussi", "« Nous irons jusqu'au bout », a-t-il dit.", "\n", "  ",
    "La préfecture a demandé aux riverains de rester chez eux.", "É. Martin était là."])
PARAGRAPH = st.lists(SENTENCES, min_size=1, max_size=4).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.lists(PARAGRAPH, min_size=1, max_size=4)),
                min_size=1, max_size=12))
def test_split_with_remembered_keys_is_the_split(
        articles: list[tuple[int, list[str]]]) -> None:
    memo = Background()
    owner: dict[int, str] = {}
    for number, paragraphs in articles:
        article = f"a{number}"
        assert memo.split(article, paragraphs) == old_split(owner, article, paragraphs)
        assert dict(memo.owner) == owner
        for paragraph in paragraphs:
            assert memo.keyed(paragraph) == keyed(paragraph) == tuple(
                (s.start, s.end, sentence_key(s.text)) for s in sentences(paragraph))


def test_remembered_keys_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The process's memo (r-perf50) keeps at most MEMO_BYTES (estimated), the least
    recently read paragraphs forgotten first."""
    memo = background_module._MEMO
    memo.clear()
    first = "Le paragraphe numéro 0 parle de choses diverses."
    size = background_module._memo_size(first, keyed(first))
    monkeypatch.setattr(background_module, "MEMO_BYTES", 3 * size)
    for k in range(10):
        Background().split(f"a{k}", [f"Le paragraphe numéro {k} parle de choses diverses."])
    assert len(memo.found) == 3 and memo.bytes == 3 * size
    assert list(memo.found)[0] == "Le paragraphe numéro 7 parle de choses diverses."
    monkeypatch.setattr(background_module, "MEMO_BYTES", size // 2)
    Background().split("b", ["Un paragraphe assez long pour passer la borne de caractères."])
    assert memo.bytes <= size // 2
    memo.clear()


def test_keys_are_remembered_across_writers() -> None:
    """Each writer, and each re-clustering, has its own Background; the sentence keys of a
    stored paragraph one of them read are not computed again by the next (issue #13: a
    writer of 10 captures on a store of 150 spent 29 % of its CPU keying again the stored
    paragraphs its predecessor had keyed). Same keys, same object."""
    paragraph = ("Le conflit social dans les transports publics dure depuis le printemps. "
                 "Une nouvelle grève est annoncée pour jeudi.")
    first = Background()
    first.split("a1", ["Titre", paragraph])
    remembered = first.keyed(paragraph)
    assert Background().keyed(paragraph) is remembered
    assert remembered == keyed(paragraph)


def test_a_new_minimum_of_words_forgets_the_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    paragraph = "Trois mots seulement. Puis une phrase de bien plus de quatre mots ici."
    before = Background().keyed(paragraph)
    monkeypatch.setattr(background_module, "MIN_WORDS", 3)
    after = Background().keyed(paragraph)
    assert after == keyed(paragraph) != before
    monkeypatch.undo()
    assert Background().keyed(paragraph) == before

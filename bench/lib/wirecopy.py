"""A seeded wire-copy benchmark for bench/dedup.py: originals, their copies, hard negatives.

Originals are real French articles (rpm2's 400, French Wikinews' 100) and, to reach a
large size, articles made of real French sentences (the pool of bench/lib/search_corpus.py).
A share of originals is republished 1 to 4 times by other outlets, each copy transformed the
way outlets transform a dispatch: their own chrome, a new headline, a cut to a teaser, lost
or reordered paragraphs, 1–20% of the words edited, a changed byline or dateline. Hard
negatives come for free: rpm2 has 20 articles per topic (same events, same people, written
separately), so every same-topic pair that is not a copy must stay apart.

A document's ``family`` is its original's number: two documents are true duplicates exactly
when they share a family. The same seed always gives the same documents in the same order.
"""

from __future__ import annotations

import heapq
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lib.search_corpus import _clean_sentences, sentence_pool

_PARA = re.compile(r"\n\s*\n")
CHROME = ["Partager sur Facebook", "Partager sur Twitter", "Lire aussi :", "Abonnez-vous",
          "Publicité", "Newsletter : recevez l'essentiel de l'actualité",
          "Cet article vous a été utile ?", "Sur le même sujet", "Vidéo", "Réagir",
          "Tous droits réservés", "Suivez-nous sur les réseaux sociaux"]
DATELINES = ["PARIS (AFP) -", "Paris, ", "BRUXELLES (AFP) -", "(AFP) -", "De notre envoyé spécial,",
             "LYON (Reuters) -", "Correspondance."]
BYLINES = ["Par la rédaction", "Avec AFP", "Par Jean Dupont", "Par Marie Martin, avec AFP",
           "(avec Reuters)", "Par notre correspondant"]
FILLER = ["notamment", "toutefois", "ainsi", "également", "aussi", "déjà", "encore", "lundi",
          "mardi", "selon", "très", "plus", "lors", "près", "nouveau", "dernier"]


@dataclass(frozen=True, slots=True)
class Doc:
    """One benchmark document, in arrival order; ``minute`` is its publication time."""

    number: int
    family: int
    kind: str
    source: str
    minute: int
    title: str
    paragraphs: list[str]


def real_articles(shared: Path) -> list[tuple[str, list[str], str]]:
    """(title, paragraphs, topic) of rpm2 and Wikinews; the topic is '' for Wikinews."""
    out: list[tuple[str, list[str], str]] = []
    rpm2 = shared / "data" / "clustering" / "rpm2"
    for line in (rpm2 / "labels.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        doc_id, topic, _cluster, path, _n, title = line.split("\t")
        text = (rpm2 / path).read_text(encoding="utf-8-sig")
        paras = [p.strip() for p in _PARA.split(text) if p.strip()]
        if len(paras) < 3:
            paras = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z«])", text) if s.strip()]
        out.append((title, paras, f"rpm2-{topic}"))
    wikinews = shared / "data" / "corpora" / "wikinews-fr" / "articles.jsonl"
    for line in wikinews.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        paras = [p.strip() for p in _PARA.split(record["text"]) if p.strip()]
        out.append((record["title"], paras, ""))
    return out


def _grams(paras: list[str]) -> set[str]:
    words = re.findall(r"\w+", " ".join(p for p in paras if p.count(" ") >= 7).lower())
    return {" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))}


def same_dispatch(real: list[tuple[str, list[str], str]], *, at: float = 0.4) -> list[int]:
    """The family of each real article: real articles that are one dispatch share one.

    rpm2 holds some genuine rewrites of one agency dispatch by two outlets (the same
    sentences, updated). They are copies, not hard negatives, so two real articles whose
    exact word-3-gram containment (of the smaller in the larger) is at least ``at`` are
    put in one family, by union-find. The number of such pairs is printed by the bench.
    """
    grams = [_grams(paras) for _t, paras, _topic in real]
    family = list(range(len(real)))

    def find(x: int) -> int:
        while family[x] != x:
            x = family[x]
        return x

    for i in range(len(real)):
        for j in range(i):
            small = min(len(grams[i]), len(grams[j]))
            if small and len(grams[i] & grams[j]) / small >= at:
                family[find(i)] = find(j)
    return [find(i) for i in range(len(real))]


def _edit_words(rng: random.Random, text: str, rate: float) -> str:
    words = text.split()
    out: list[str] = []
    for word in words:
        if rng.random() < rate:
            roll = rng.random()
            if roll < 0.4:
                out.append(rng.choice(FILLER))
            elif roll < 0.7:
                continue
            else:
                out.extend([word, rng.choice(FILLER)])
        else:
            out.append(word)
    return " ".join(out)


def transform(rng: random.Random, title: str, paras: list[str]) -> tuple[str, str, list[str]]:
    """One outlet's copy: a kind label, a new title and the body paragraphs."""
    kinds: list[str] = []
    body = list(paras)
    if rng.random() < 0.2:
        kinds.append("teaser")
        body = body[:1] if len(body[0].split()) >= 25 or len(body) == 1 else body[:2]
        words = " ".join(body).split()
        if len(words) > 25 and rng.random() < 0.5:
            body = [" ".join(words[: rng.randint(25, len(words))]) + "…"]
    else:
        if len(body) >= 4 and rng.random() < 0.4:
            kinds.append("dropped")
            for _ in range(rng.randint(1, max(1, len(body) // 4))):
                body.pop(rng.randrange(1, len(body)))
        if len(body) >= 3 and rng.random() < 0.3:
            kinds.append("reordered")
            i = rng.randrange(1, len(body) - 1)
            body[i], body[i + 1] = body[i + 1], body[i]
        if rng.random() < 0.7:
            rate = rng.uniform(0.01, 0.20)
            kinds.append(f"edited{int(rate * 100)}%")
            body = [_edit_words(rng, p, rate) for p in body]
    if rng.random() < 0.5:
        kinds.append("dateline")
        body[0] = f"{rng.choice(DATELINES)} {body[0]}"
    if rng.random() < 0.5:
        kinds.append("byline")
        body.append(rng.choice(BYLINES))
    if rng.random() < 0.6:
        kinds.append("chrome")
        body = [rng.choice(CHROME)] + body + rng.sample(CHROME, rng.randint(1, 4))
        if len(body) > 4:
            body.insert(rng.randrange(2, len(body) - 1), rng.choice(CHROME))
    new_title = title if rng.random() < 0.3 else " ".join(title.split()[::-1])
    return "+".join(kinds) or "verbatim", new_title, body


def generate(shared: Path, count: int, *, seed: int, copy_share: float = 0.3,
             per_day: int = 40) -> Iterator[Doc]:
    """``count`` documents in arrival order: originals then copies within 3 days of them.

    About ``per_day`` documents a day: the made-up articles draw on ~7,000 sentences, so a
    faster pace would make unrelated articles of one week share sentences.
    """
    hours = max(24, count * 24 // per_day)
    rng = random.Random(seed)
    real = real_articles(shared)
    real_family = same_dispatch(real)
    # Articles made up of sentences must not borrow the real articles' sentences: a made-up
    # article quoting a real one's lead would be a partial copy, not a negative.
    taken = {x for _t, paras, _topic in real for x in _clean_sentences("\n".join(paras))}
    pool = [x for x in sentence_pool(shared / "data") if x not in taken] \
        if count > len(real) else []
    deck: list[str] = []

    def draw() -> str:
        """Sentences dealt from a shuffled deck: no reuse until the pool is used up."""
        if not deck:
            deck.extend(pool)
            rng.shuffle(deck)
        return deck.pop()

    pending: list[tuple[int, int, Doc]] = []
    number = 0
    family = 0
    minute = 0
    step = max(1, hours * 60 // max(1, count))
    while number < count:
        if family < len(real):
            title, paras, _topic = real[family]
        else:
            sentences = [draw() for _ in range(rng.randint(6, 24))]
            cuts = sorted(rng.sample(range(1, len(sentences)), rng.randint(2, 5)))
            paras = [" ".join(sentences[a:b]) for a, b in zip([0, *cuts], [*cuts, len(sentences)],
                                                               strict=True)]
            title = " ".join(rng.choice(pool).split()[:9])
        minute += rng.randint(0, 2 * step)
        source = rng.randrange(30)
        own = real_family[family] if family < len(real) else family
        original = Doc(number=0, family=own, kind="original", source=f"src{source}",
                       minute=minute, title=title, paragraphs=paras)
        heapq.heappush(pending, (minute, family * 8, original))
        if rng.random() < copy_share / (1 - copy_share) / 2.5:
            for n in range(rng.randint(1, 4)):
                kind, new_title, body = transform(rng, title, paras)
                when = minute + rng.randint(1, 3 * 24 * 60)
                other = (source + rng.randrange(1, 30)) % 30
                heapq.heappush(pending, (when, family * 8 + n + 1, Doc(
                    number=0, family=own, kind=kind, source=f"src{other}", minute=when,
                    title=new_title, paragraphs=body)))
        family += 1
        while pending and (pending[0][0] <= minute or family >= count):
            _when, _seq, doc = heapq.heappop(pending)
            yield Doc(number=number, family=doc.family, kind=doc.kind, source=doc.source,
                      minute=doc.minute, title=doc.title, paragraphs=doc.paragraphs)
            number += 1
            if number >= count:
                return

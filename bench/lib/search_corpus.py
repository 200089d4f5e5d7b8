"""A seeded synthetic French news corpus and query mix for bench/search.py.

Why synthetic: there is no public million-article French news corpus we may ship. The
articles are made of *real* French sentences (rpm2 news articles, French Wikinews, the
Europeana historical-newspaper NER text), so the vocabulary, word frequencies and sentence
lengths are those of French news; only the mix is random. The same ``seed`` always gives
the same articles and the same 1,000 queries, so runs compare.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

SOURCES = ["lemonde.fr", "lefigaro.fr", "liberation.fr", "francetvinfo.fr", "leparisien.fr",
           "ouest-france.fr", "lesechos.fr", "la-croix.com", "humanite.fr", "lepoint.fr",
           "lexpress.fr", "nouvelobs.com", "mediapart.fr", "20minutes.fr", "rfi.fr",
           "france24.com", "bfmtv.com", "europe1.fr", "rtl.fr", "sudouest.fr", "ledevoir.com",
           "lapresse.ca", "letemps.ch", "lesoir.be", "jeuneafrique.com", "afp.com",
           "courrierinternational.com", "latribune.fr", "marianne.net", "challenges.fr"]
START = datetime(2015, 1, 1, tzinfo=UTC)
SPAN_DAYS = 3650
_SENTENCE_END = re.compile(r"(?<=[.!?»])\s+(?=[A-ZÀ-Ý«\"])")
_WORD = re.compile(r"[^\W\d_]{4,}")


def _clean_sentences(text: str) -> Iterator[str]:
    for line in text.splitlines():
        for sentence in _SENTENCE_END.split(line.strip()):
            if 40 <= len(sentence) <= 400 and sum(c.isalpha() for c in sentence) > 30:
                yield sentence


def _bio_sentences(path: Path) -> Iterator[str]:
    """Europeana NER: one token per line; rebuild sentences at full stops."""
    tokens: list[str] = []
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            token = line.split(" ", 1)[0].strip()
            if not token:
                continue
            tokens.append(token)
            if token in {".", "!", "?"}:
                text = " ".join(tokens)
                text = re.sub(r" ([.,;:!?)])", r"\1", text).replace("( ", "(")
                tokens = []
                if 40 <= len(text) <= 400 and sum(c.isalpha() for c in text) > 30:
                    yield text


def sentence_pool(shared: Path) -> list[str]:
    """Every usable sentence of the French texts in ``../shared/data``, in a fixed order."""
    pool: list[str] = []
    for path in sorted((shared / "clustering" / "rpm2" / "documents").glob("*.txt")):
        pool.extend(_clean_sentences(path.read_text(encoding="utf-8-sig")))
    wikinews = shared / "corpora" / "wikinews-fr" / "articles.jsonl"
    for line in wikinews.read_text(encoding="utf-8").splitlines():
        pool.extend(_clean_sentences(json.loads(line)["text"]))
    pool.extend(_bio_sentences(shared / "ner" / "europeana-fr" / "enp_FR.bnf.bio"))
    return list(dict.fromkeys(pool))


@dataclass(frozen=True, slots=True)
class BenchDoc:
    id: str
    title: str
    body: str
    source: str
    date: datetime


def generate(pool: list[str], count: int, *, seed: int) -> Iterator[BenchDoc]:
    """``count`` articles: a title from one sentence, a body of 4 to 20 sentences."""
    rng = random.Random(seed)
    for number in range(count):
        title_words = rng.choice(pool).split()[: rng.randint(5, 12)]
        body = " ".join(rng.choice(pool) for _ in range(rng.randint(4, 20)))
        when = START + timedelta(seconds=rng.randrange(SPAN_DAYS * 86400))
        yield BenchDoc(id=f"{number:012d}", title=" ".join(title_words).rstrip(",;:"),
                       body=body, source=rng.choice(SOURCES), date=when)


@dataclass(frozen=True, slots=True)
class BenchQuery:
    kind: str
    text: str
    sort: str = "relevance"


def query_mix(pool: list[str], count: int = 1000, *, seed: int) -> list[BenchQuery]:
    """A fixed mix: 30% single words, 30% 2–4 word ANDs, 15% phrases, 15% filters, 10%
    date-sorted. Words are drawn from random sentences, so frequent words are frequent."""
    rng = random.Random(seed + 1)

    def word() -> str:
        while True:
            found = _WORD.findall(rng.choice(pool))
            if found:
                return rng.choice(found).lower()

    queries: list[BenchQuery] = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.30:
            queries.append(BenchQuery("word", word()))
        elif roll < 0.60:
            queries.append(BenchQuery("and", " ".join(word() for _ in range(rng.randint(2, 4)))))
        elif roll < 0.75:
            words = re.findall(r"[^\W\d_]+", rng.choice(pool))
            if len(words) < 3:
                queries.append(BenchQuery("word", word()))
                continue
            start = rng.randrange(len(words) - 1)
            phrase = " ".join(words[start:start + rng.randint(2, 3)])
            queries.append(BenchQuery("phrase", f'"{phrase}"'))
        elif roll < 0.90:
            which = rng.random()
            if which < 0.4:
                extra = f"source:{rng.choice(SOURCES)}"
            elif which < 0.8:
                extra = f"date:{rng.randint(2015, 2024)}"
            else:
                start = START + timedelta(days=rng.randrange(SPAN_DAYS - 60))
                end = start + timedelta(days=30)
                extra = f"date:{start.date().isoformat()}..{end.date().isoformat()}"
            queries.append(BenchQuery("filter", f"{word()} {extra}"))
        else:
            words = " ".join(word() for _ in range(rng.randint(1, 2)))
            queries.append(BenchQuery("date-sorted", words, sort="date"))
    return queries

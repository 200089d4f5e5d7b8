"""HTML extraction's work cut without changing an answer (issue 13, r-perf57).

- ``glued_notice.notice_sentence`` asks the two notice tests (copyright line, paywall
  text) of a sentence only when it is short or opens on a copyright sign: the answer
  needs both, and most sentences a paragraph opens or closes on are neither.
- ``textshape.block_shape`` reads a block's tokens from :func:`textshape.words`, which
  the sieve has most often filled already, instead of tokenising the block again.

Each test counts the work (real functions, wrapped to count) and fails on the tree
before the change; the answers are checked against the rules as they were written.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from veille.extract import glued_notice as gn
from veille.extract import textshape as ts
from veille.extract.html import extract_html
from veille.extract.notice_stance import stands_as_chrome

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

SENTENCES = [
    "Partager sur Facebook", "Share", "© 2024 Le Quotidien", "Tous droits réservés.",
    "© Reuters", "Copyright 2023 ANSA", "Il vous reste 70 % de cet article à lire.",
    "Abonnez-vous pour lire la suite de cet article et soutenir votre journal local.",
    "Réservé aux abonnés", "Le conseil municipal a voté mardi soir un budget en hausse.",
    "Vous pouvez partager cet article avec vos amis sur les réseaux sociaux, cliquez ici.",
    "Alle Rechte vorbehalten.", "All rights reserved. Reproduction prohibited without consent.",
    "(c) 2021 Example Media Group all rights reserved worldwide for this content",
    "COPYRIGHT © ANSA", "Lire aussi : Bordeaux, la rocade saturée", "", "«Non»",
    "This content is for subscribers only. Subscribe now to continue reading this story.",
]


def _notice_reference(text: str) -> bool:
    """``notice_sentence`` as written before the change (r-extract53)."""
    n = ts.word_count(text)
    if not n or n > gn.MAX_NOTICE_WORDS or gn._QUOTE_MARKS.search(text):
        return False
    if gn.share_label(text):
        return True
    if (ts.is_copyright(text) or ts.paywall_text(text)) and (
            n <= gn.SHORT_NOTICE_WORDS or gn._COPYRIGHT_SIGN.match(text)):
        return True
    if n <= gn.COPYRIGHT_SIGN_WORDS and gn._COPYRIGHT_SIGN.match(text):
        return True
    return (n <= gn.FURNITURE_SENTENCE_WORDS and gn._READER.search(text) is not None
            and ts.furniture_hits(text) >= gn.FURNITURE_SENTENCE_HITS
            and stands_as_chrome(text, ts.furniture_hits))


def _capture_sentences() -> list[str]:
    found: list[str] = []
    for path in sorted((FIXTURES / "captures").glob("*.txt")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            found += gn._BOUNDARY.split(" ".join(block.split()))
    return found


def test_notice_sentence_answers_as_written() -> None:
    sentences = SENTENCES + _capture_sentences()
    assert len(sentences) > 500
    for text in sentences:
        for variant in (text, text.upper(), text.lower()):
            assert gn.notice_sentence(variant) == _notice_reference(variant), variant


def test_long_sentence_without_sign_skips_the_notice_tests(
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    for name in ("is_copyright", "paywall_text"):
        real = getattr(ts, name)

        def counted(text: str, _real=real, _name=name) -> bool:  # type: ignore[no-untyped-def]
            asked.append(_name)
            return bool(_real(text))

        monkeypatch.setattr(ts, name, counted)
    sentence = "Le conseil municipal a voté mardi soir un budget en hausse de deux pour cent."
    assert not gn.notice_sentence(sentence)
    assert asked == []
    assert gn.notice_sentence("© 2024 Le Quotidien")  # short: still asked, still a notice
    assert asked


class _CountingPattern:
    """A compiled pattern that keeps the texts ``findall`` read (it answers as the real
    one)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.read = pattern, []  # type: ignore[var-annotated]

    def findall(self, text: str) -> list[str]:
        self.read.append(text)
        return self.pattern.findall(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self.pattern, name)


def test_block_shape_reads_the_tokens_words_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Par Jean Dupont, envoyé spécial à Lyon"
    ts.words.cache_clear()
    ts.block_shape.cache_clear()
    counting = _CountingPattern(re.compile(r"\w+", re.UNICODE))
    monkeypatch.setattr(ts, "_WORD", counting)
    ts.words(text)
    assert counting.read == [text]
    ts.block_shape(text)
    assert counting.read.count(text) == 1  # the block was not tokenised again
    ts.words.cache_clear()
    ts.block_shape.cache_clear()


def test_block_shape_unchanged_on_fixture_blocks() -> None:
    blocks = [b for path in sorted((FIXTURES / "captures").glob("*.txt"))
              for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    assert len(blocks) > 300
    for block in blocks:
        ts.block_shape.cache_clear()
        shape = ts.block_shape(block)
        ts.words.cache_clear()
        ts.block_shape.cache_clear()
        assert ts.block_shape(block) == shape  # cold tokens or kept ones: one shape


def test_html_pages_extract_as_before() -> None:
    """Every HTML fixture still extracts (the dump comparison of bench/same_outputs.py is
    the full check: identical fields on 318 pages)."""
    for path in sorted((FIXTURES / "html").glob("*.html")):
        content = extract_html(path.read_bytes().decode("utf-8", "replace"))
        assert content.paragraphs, path.name

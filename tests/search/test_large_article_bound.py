"""One very large article costs a search that matches it no more than a long one does
(t-scale19 P1, issue 13 "bounded work"): snippets are sought in the body's first
``SNIPPET_SCAN_CHARS`` characters, and the words of that part are read in one pass (the
word pattern was chosen again, scanning the whole body, at each candidate word).

The cost tests are ratios against a smaller body of the same shape, never a wall-clock
limit."""

from __future__ import annotations

import random
import time

from veille.index.query import parse_query, positive_terms
from veille.search.highlight import SNIPPET_SCAN_CHARS, Highlighter, scanned_part

_WORDS = ("le gouvernement a présenté mardi un projet de loi sur la réforme des retraites "
          "que les syndicats jugent injuste et le Premier ministre défend devant "
          "l’Assemblée nationale où la majorité reste « fragile » après les élections").split()


def _analyze(text: str, _language: str) -> list[str]:
    return [text.lower()]


def _body(chars: int, seed: int = 13) -> str:
    """Paragraphs of French words, about ``chars`` characters, every one naming the
    government (so every paragraph holds a match), with typographic apostrophes and
    quotes as French is written (so the folded text is not ASCII)."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    size = 0
    while size < chars:
        paragraph = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(30, 90)))
        paragraphs.append(f"Paragraphe {len(paragraphs)} : {paragraph} gouvernement.")
        size += len(paragraphs[-1]) + 2
    return "\n\n".join(paragraphs)


def _cpu(text: str, repeats: int) -> float:
    """The least CPU seconds of ``repeats`` snippet selections for "gouvernement"."""
    best = float("inf")
    for _ in range(repeats):
        highlighter = Highlighter(positive_terms(parse_query("gouvernement").node), _analyze)
        started = time.process_time()
        highlighter.snippets(text, "fr")
        best = min(best, time.process_time() - started)
    return best


def test_snippets_of_a_huge_body_cost_what_a_body_at_the_bound_costs() -> None:
    at_bound, huge = _body(SNIPPET_SCAN_CHARS), _body(6_000_000)  # 30 times longer
    ratio = _cpu(huge, 2) / max(_cpu(at_bound, 5), 1e-4)
    # Bounded work: about 1 (the cut of the body is a copy of its start). Linear work
    # would give ~30, and the pattern chosen at each word gave thousands.
    assert ratio <= 6, ratio


def test_words_of_a_long_body_are_read_in_one_pass() -> None:
    """Within the bound, the cost is linear: four times the body, about four times the
    work (the whole-text scan at each candidate word made it sixteen times)."""
    quarter, full = _body(SNIPPET_SCAN_CHARS // 4), _body(SNIPPET_SCAN_CHARS)
    ratio = _cpu(full, 3) / max(_cpu(quarter, 5), 1e-4)
    assert ratio <= 8, ratio


def test_a_huge_body_still_shows_marked_passages_from_its_start() -> None:
    snippets = Highlighter(positive_terms(parse_query("gouvernement").node),
                           _analyze).snippets(_body(3_000_000), "fr")
    assert snippets and all("<mark>gouvernement</mark>" in s for s in snippets)


def test_the_scanned_part_ends_at_a_line_break_or_a_space() -> None:
    text = _body(SNIPPET_SCAN_CHARS * 2)
    part = scanned_part(text)
    assert len(part) <= SNIPPET_SCAN_CHARS and text.startswith(part)
    assert text[len(part)] in "\n "
    one_line = "mot " * SNIPPET_SCAN_CHARS
    assert scanned_part(one_line).endswith("mot")
    assert scanned_part("court") == "court"

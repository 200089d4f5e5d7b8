"""A body that is no prose, whatever its headline (r-extract60; issue 14, t-final59 #8):
:func:`veille.extract.word_salad.not_prose` finds word salad, repeated token lists and
keyword dumps, and never real prose -- the held-out sets' captures (fr, en, es, it, de, pt,
ru, ar and more), any run of their paragraphs, pasted once or several times."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract.word_salad import MIN_JUDGED, SAMPLE_WORDS, not_prose

ROOT = Path(__file__).resolve().parents[2]
#: Real prose: every text capture of the held-out sets (written by people, in a dozen
#: languages), but the junk this branch's own set holds on purpose.
PROSE = sorted(
    p for p in (ROOT / "bench/data/heldout").glob("*/**/*.txt")
    if p.relative_to(ROOT / "bench/data/heldout").parts[0] != "r-extract60"
    and not p.name.startswith(("score", "after", "before", "base")))


def _paragraphs(path: Path) -> list[str]:
    return [p for p in path.read_text("utf-8", errors="replace").split("\n\n") if p.strip()]


def test_the_prose_corpus_is_there() -> None:
    assert len(PROSE) > 300


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_real_prose_is_prose(data: st.DataObject) -> None:
    paragraphs = _paragraphs(data.draw(st.sampled_from(PROSE)))
    start = data.draw(st.integers(0, max(len(paragraphs) - 1, 0)))
    end = data.draw(st.integers(start + 1, max(len(paragraphs), start + 1)))
    times = data.draw(st.integers(1, 4))  # a capture pasted twice is still its text
    assert not_prose(paragraphs[start:end] * times) is None


@pytest.mark.parametrize("vocabulary", [3, 12, 30])
@pytest.mark.parametrize("words", [MIN_JUDGED * 2, 400, 5_000])
@pytest.mark.parametrize("punctuated", [True, False])
def test_few_words_in_any_order_are_no_prose(vocabulary: int, words: int,
                                             punctuated: bool) -> None:
    if vocabulary > 2 * words ** 0.5:
        pytest.skip("as many words as prose of that length would use")
    rng = random.Random(vocabulary * words)
    pool = [f"mot{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(vocabulary)]
    drawn = [rng.choice(pool) for _ in range(words)]
    end = ". " if punctuated else ", "
    text = end.join(" ".join(drawn[i:i + 9]) for i in range(0, words, 9))
    assert not_prose([text]) is not None


@pytest.mark.parametrize("body", [
    " ".join(["Kassel Streik Busse Straßenbahn"] * 40),  # a token list, no punctuation
    "\n".join(["Roma Milano sciopero treni."] * 40),  # one short line, over and over
    ", ".join(["pisos baratos Málaga", "alquiler pisos Málaga centro", "casas Marbella",
               "comprar piso Málaga"] * 12),  # a keyword dump
])
def test_token_lists_and_keyword_dumps_are_no_prose(body: str) -> None:
    assert not_prose([body]) is not None


def test_a_short_brief_is_never_judged() -> None:
    brief = ("Un hangar de fourrage a brûlé dans la nuit à Montbrison. Les pompiers ont "
             "protégé la ferme voisine.")
    assert not_prose([brief]) is None
    assert not_prose(["oui non " * (MIN_JUDGED // 2 - 1)]) is None  # too short to say


def test_a_real_sentence_pasted_many_times_is_still_text() -> None:
    sentence = ("Le conseil municipal de Bellerive a examiné le budget annexe des transports "
                "scolaires, article par article, jusqu'au vote final de la nuit. ")
    assert not_prose([sentence * 3] * 500) is None


def test_the_work_is_bounded_by_the_sample() -> None:
    huge = "Paris Lyon " * (SAMPLE_WORDS * 5)
    found = not_prose([huge])
    assert found is not None and f"{SAMPLE_WORDS:,}" in found

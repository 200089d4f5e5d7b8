"""Story terms read a bounded opening of the article, in linear time (issue #13)."""

from __future__ import annotations

import statistics
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.dedup.stories import MAX_TERM_CHARS, _opening, terms

_PARAGRAPH = ("Le conseil municipal de Rennes a adopté lundi un plan de rénovation des écoles. "
              "Ingrid Betancourt était à Bogota. The Council approved the budget on Tuesday.")


def test_a_short_article_is_read_whole() -> None:
    counts = terms("Betancourt libérée", [_PARAGRAPH, "Rennes et Bogota."])
    # headline x3 (its first word is no name: capitalised anyway), a name in the body x1.5
    assert counts["betancourt"] == 3.0 + 1.5
    assert counts["rennes"] == 1.5 + 1.0  # a capital after a full stop is no name

    assert "les" not in counts and "de" not in counts  # stop words, short words


def test_past_the_cap_nothing_more_is_read() -> None:
    body = [_PARAGRAPH] * (3 * MAX_TERM_CHARS // len(_PARAGRAPH))
    opening = _opening(body)
    assert MAX_TERM_CHARS - len(_PARAGRAPH) < len(opening) <= MAX_TERM_CHARS
    assert not opening.endswith(" ")
    assert terms("T", body) == terms("T", [opening])
    assert terms("T", body) == terms("T", [*body, "Zanzibar " * 1000])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=200), max_size=30), st.integers(min_value=1, max_value=500))
def test_the_opening_is_a_prefix_cut_at_a_space(paragraphs: list[str], limit: int) -> None:
    joined = " ".join(paragraphs)
    opening = _opening(paragraphs, limit)
    assert joined.startswith(opening)
    assert len(opening) <= limit
    if len(joined) <= limit:
        assert opening == joined
    elif " " in joined[1:limit + 1]:
        assert joined[len(opening)] == " "  # cut at a space, no word cut in two


def _cpu(paragraphs: list[str]) -> float:
    runs = []
    for _ in range(3):
        started = time.process_time()
        terms("Titre", paragraphs)
        runs.append(time.process_time() - started)
    return statistics.median(runs)


def test_a_huge_body_costs_no_more_than_the_cap() -> None:
    """A ratio against a body of the cap's size, not a wall-clock limit: a 1 MB body (50x
    the cap) must cost about what the cap costs, not 50 times it."""
    unit = [_PARAGRAPH] * (MAX_TERM_CHARS // len(_PARAGRAPH))
    small = _cpu(unit)
    huge = _cpu(unit * 50)
    assert huge < 5 * small + 0.005



_PIECES = st.sampled_from(["Le", "conseil", "CONSEIL", "Rennes", "Élysée", "œuvre", "l'État",
                           "aujourd'hui", "Straße", "İstanbul", "x\x1fy", "a-b", "a\x0bb",
                           "cafe\u0301", ".", "!", " ", "\n", "_x", "\u00a0", "\u2028"])


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(_PIECES, max_size=30).map(" ".join)))
def test_an_ascii_word_folds_to_its_lower_case(text: str) -> None:
    """What lets :func:`terms` key an ASCII word by ``str.lower`` instead of ``fold``: a
    story word holds no character ``fold`` removes or splits on (issue #13)."""
    from veille.dedup.stories import _WORD
    from veille.extract.textshape import fold

    for word in _WORD.findall(text):
        if word.isascii():
            assert fold(word) == word.lower()

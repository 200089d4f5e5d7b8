"""Text captures take time in proportion to their size, whatever their shape (issue #13).

Each test builds one shape of capture at a small size and at eight times that size and
compares the CPU time (``time.process_time``, the median of a few runs, caches cleared):
linear work gives a ratio near 8, quadratic work near 64. The bound is 8 x 3, a ratio
against a small input of the same shape, never a wall-clock limit, so a loaded machine
slows both sides alike. The shapes are the ones that were quadratic or worse before
(one huge block, many short lines, much repetition, brackets or tags that never close,
long runs of dots), and hypothesis adds shapes made of a repeated unit.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from veille.extract import capture_head
from veille.extract import textshape as ts
from veille.extract.text_capture import MAX_CAPTURE_CHARS, extract_text_capture

SMALL = 16 * 1024
FACTOR = 8
SLACK = 3
RUNS = 3

_PROSE = (
    "Le conseil municipal de Rennes a adopté lundi soir un plan de rénovation des écoles de "
    "la ville, d'un montant de 40 millions d'euros sur cinq ans. Les travaux commenceront dès "
    "l'été prochain dans six écoles du centre, selon la mairie, qui promet de réduire de "
    "moitié leur consommation d'énergie. « C'est une bonne nouvelle », a déclaré le maire. "
    "The council approved the budget on Tuesday, after a long and heated debate."
)
_WORDS = _PROSE.split()


def _clear_caches() -> None:
    for cached in (ts.words, ts.word_count, ts.block_shape, capture_head.folded_stems):
        cached.cache_clear()


def _cpu_seconds(text: str) -> float:
    runs = []
    for _ in range(RUNS):
        _clear_caches()
        started = time.process_time()
        extract_text_capture(text)
        runs.append(time.process_time() - started)
    return statistics.median(runs)


def _ratio(make: Callable[[int], str]) -> float:
    extract_text_capture(_PROSE)  # loads the language model outside the timing
    small, large = make(SMALL), make(SMALL * FACTOR)
    return _cpu_seconds(large) / max(_cpu_seconds(small), 1e-4)


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _random_lines(low: int, high: int, joiner: str, end: str = ".") -> Callable[[int], str]:
    def make(size: int) -> str:
        rnd = random.Random(size)
        lines, total = [], 0
        while total < size:
            line = " ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(low, high))) + end
            lines.append(line)
            total += len(line) + len(joiner)
        return joiner.join(lines)
    return make


def _wrapped(size: int) -> str:
    import textwrap

    return "\n\n".join(textwrap.fill(p, 72) for p in _random_lines(20, 120, "\n\n")(size)
                       .split("\n\n"))


SHAPES: dict[str, Callable[[int], str]] = {
    "the same page repeated": _repeat(_PROSE + "\n\nMenu\nPartager\n\n"),
    "the same paragraph repeated": _repeat(_PROSE + "\n"),
    "one huge block": lambda size: " ".join(random.Random(size).choice(_WORDS)
                                            for _ in range(size // 6)),
    "many short lines": _random_lines(1, 3, "\n", ""),
    "paragraphs of prose": _random_lines(8, 60, "\n\n"),
    "a flat dump": _random_lines(3, 40, "   "),
    "a wrapped dump": _wrapped,
    "brackets that never close": _repeat('{"'),
    "nested arrays of strings": _repeat('["a", '),
    "openings inside strings": _repeat('{\\"{{'),
    "script tags that never close": _repeat("<script>x "),
    "runs of dots after prose": _repeat(_PROSE + "." * 400 + "\n"),
    "one long run of dots": lambda size: _PROSE + "." * size + " " + _PROSE,
    "short teasers repeated": _repeat("Le maire a voté le budget hier soir.\n"),
    # Markdown and lynx marks (veille.extract.markup), closed and never closed.
    "Markdown marks": _repeat("# **Le [maire](http://x.fr/a) a [12]voté** ![b](c.jpg) __d__ "),
    "emphasis that never closes": _repeat("**Le maire a voté "),
    "links that never close": _repeat("[Le maire](http://x.fr/"),
    "a heading of hashes": lambda size: "# " + "#" * size + " # " + _PROSE,
    # Printed pages, tables and live-blog stamps (veille.extract.page_layout).
    "printed pages": lambda size: "".join(
        f"01/12/2026 23:05 Titre {k}\n{_PROSE}\nhttps://x.fr/a {k % 9 + 1}/9\n"
        for k in range(size // 300)),
    "table rows": _repeat("│Julien Mercier│11 482│41,2│\n├──────┼──────┤\n"),
    "live-blog stamps": _repeat(_PROSE + "\nIl y a 3 heures\n"),
    "a page quoted in a reply": _repeat("> > " + _PROSE + "\n"),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_capture_time_grows_linearly(shape: str) -> None:
    ratio = _ratio(SHAPES[shape])
    assert ratio < FACTOR * SLACK, f"{shape}: {FACTOR}x the size took {ratio:.1f}x the time"


_ATOMS = ['.', '...', '…', '"', '«', '»', '{', '}', '[', ']', '(', ')', ':', '/', '\\', '<',
          '>', '<script>', '{"', '":', ' ', '   ', '\n', '\n\n', 'Abc', 'le', 'Par', 'By', '©',
          '2024', '12 mars', '14h05', ' - ', '|', '•', '1.', '2.', 'www.', 'Photo', 'AFP',
          'Il a dit que oui', 'cookie', 'Lire aussi', '?', 'http://', '=', '中文', '# ', '**',
          '__', '![', '](', '[12]', '- ', '1/2', '│', '┌─', 'Il y a 3 heures']


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_ATOMS), min_size=1, max_size=16).map("".join))
def test_any_repeated_unit_takes_linear_time(unit: str) -> None:
    ratio = _ratio(_repeat(unit))
    assert ratio < FACTOR * SLACK, f"{unit!r}: {FACTOR}x the size took {ratio:.1f}x the time"


def test_a_capture_past_the_limit_is_cut_and_says_so() -> None:
    text = "\n\n".join([_PROSE] * (MAX_CAPTURE_CHARS // len(_PROSE) + 50))
    result = extract_text_capture(text)
    assert "no article runs past" in result.evidence["limits"]
    assert result.paragraphs


def test_brackets_that_never_close_stop_the_json_search_and_say_so() -> None:
    # Openings that fall inside a string of every earlier scan need scans of their own:
    # the search stops at its budget, says so, and the article is still found.
    text = '{\\"{{' * 20000 + "\n\n" + _PROSE
    result = extract_text_capture(text)
    assert "stopped looking for embedded JSON" in result.evidence["json"]
    assert result.paragraphs == [_PROSE]


def test_json_ld_after_an_unclosed_bracket_is_still_cut_and_read() -> None:
    ld = '{"@type": "NewsArticle", "headline": "Rennes adopte un plan pour ses écoles"}'
    text = '[{"a": 1, "b": \n\n' + ld + "\n\n" + _PROSE
    result = extract_text_capture(text)
    assert result.title == "Rennes adopte un plan pour ses écoles"
    assert result.paragraphs == [_PROSE]

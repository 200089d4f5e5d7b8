#!/usr/bin/env python3
"""Hostile input on the parsing and output side (issue #11): nesting, attributes, escapes.

Each case makes a hostile page at a scale (1x, 10x, 100x; ``unit`` says what one unit is)
and runs it through veille's extract stage as an ingest would (decode, pre-scan, parse,
walk, extract, strip controls); ``peer`` runs the same page through what veille 0.1 did
(lexbor's parser on the whole page, no pre-scan), where that is affordable. All inputs are
generated here, seeded; nothing is downloaded. Goal: time linear in the input, peak memory
bounded (``max_input_bytes`` 50 MB; HTML is parsed up to 6 M characters).

The text capture case only measures: making text-capture extraction linear is issue #13.

Run on its own (from the repository root)::

    .venv/bin/python bench/hostile/cases_output.py            # prints a Markdown table
    .venv/bin/python bench/hostile/cases_output.py --quick    # 1x and 10x only

or with every other case, and the fitted slopes, through ``bench/hostile/run.py``.
"""

from __future__ import annotations

import argparse
import functools
import random
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

from bench.hostile.common import Case, table  # noqa: E402

from veille.cli.render import article_line, article_text  # noqa: E402
from veille.extract.stage import ExtractStage  # noqa: E402
from veille.record import Article, RawInput  # noqa: E402

PARA = ("<p>Le conseil municipal a voté mardi soir un budget en hausse de trois pour cent, "
        "malgré l'opposition, qui dénonce une hausse des impôts locaux.</p>")
ESCAPES = "&#27;]52;c;ZWNobyBwd25lZA==&#7;&#27;]8;;https://evil.example/&#7;ici&#27;]8;;&#7;"


@functools.cache
def warm() -> None:
    """Load what every extraction loads once (the language model: about 1 s and 110 MB),
    so that a run measures the input's cost; ``make`` calls it, before the clock starts."""
    _extract(("<html><body>" + PARA * 3).encode(), "text/html")


def nested_divs(scale: int) -> bytes:
    """``2,000 * scale`` nested ``<div>``, closed (100x: the issue's 200,000, 2.2 MB)."""
    warm()
    n = 2_000 * scale
    return ("<html><body>" + "<div>" * n + PARA + "</div>" * n).encode()


def unclosed_inline(scale: int) -> bytes:
    """``2,000 * scale`` unclosed ``<div><span><b><i>`` (100x: the issue's 3.4 MB)."""
    warm()
    return ("<html><body>" + "<div><span><b><i>" * (2_000 * scale) + PARA).encode()


def many_attributes(scale: int) -> bytes:
    """One ``<div>`` with ``1,000 * scale`` distinct attributes."""
    warm()
    attrs = " ".join(f"data-a{i}=x" for i in range(1_000 * scale))
    return f"<html><body><div {attrs}>{PARA}</div></body></html>".encode()


def escaped_title(scale: int) -> bytes:
    """A title of ``scale * 100`` terminal escapes (OSC 52, OSC 8, BEL as character
    references), about 10 KB at 1x."""
    warm()
    title = f"Séisme à Brest {ESCAPES} " * (100 * scale)
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            + PARA * 5 + "</article></body></html>").encode()


_WORDS = ("le la les un une des conseil municipal budget hausse ville préfecture port quais "
          "tempête mardi soir opposition maire élus annonce travaux habitants région").split()


def text_capture(scale: int) -> bytes:
    """A text capture of ``40 * scale`` paragraphs of seeded French words (~20 KB at 1x)."""
    warm()
    rng = random.Random(scale)
    lines = ["Le port de Brest rouvre ses quais", ""]
    for _ in range(40 * scale):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(60, 90))]
        lines += [" ".join(words).capitalize() + ".", ""]
    return "\n".join(lines).encode()


def _extract(data: bytes, media_type: str) -> Article:
    raw = RawInput(data=data, origin="hostile", media_type=media_type)
    return ExtractStage()(Article(raw=raw))


def extract_html(data: bytes) -> None:
    _extract(data, "text/html")


def extract_and_print(data: bytes) -> None:
    """Extract, then render for the terminal as ``latest`` and ``show`` do."""
    article = _extract(data, "text/html")
    assert "\x1b" not in article_line(article) + article_text(article)


def extract_capture(data: bytes) -> None:
    _extract(data, "text/plain")


def lexbor_alone(data: bytes) -> None:
    """veille 0.1's path: the whole page to lexbor, whatever its nesting."""
    from selectolax.lexbor import LexborHTMLParser

    LexborHTMLParser(data.decode())


CASES: list[Case] = [
    Case("nested divs", nested_divs, extract_html, lexbor_alone, "0.1 (lexbor alone)",
         unit="2,000 levels"),
    Case("unclosed inline tags", unclosed_inline, extract_html, lexbor_alone,
         "0.1 (lexbor alone)", unit="2,000 div/span/b/i"),
    Case("many attributes", many_attributes, extract_html, lexbor_alone,
         "0.1 (lexbor alone)", unit="1,000 attributes"),
    Case("huge title with escapes", escaped_title, extract_and_print,
         unit="100 escape sets (10 KB)"),
    Case("large text capture (issue #13)", text_capture, extract_capture,
         unit="40 paragraphs (20 KB)"),
]


def main(argv: list[str] | None = None) -> Any:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="1x and 10x only")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per run")
    args = parser.parse_args(argv)
    scales = (1, 10) if args.quick else (1, 10, 100)
    print(table(CASES, scales, timeout=args.timeout))


if __name__ == "__main__":
    main()

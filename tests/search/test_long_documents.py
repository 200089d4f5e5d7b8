"""A long article costs search and its page work linear in its length (newuser7 P12,
issue 13: "linear time, bounded work"): snippets of a 3,000-paragraph transcript took
seconds per hit because every paragraph scanned every match and every kept paragraph.

The cost test is a ratio against a small input of the same shape, never a wall-clock
limit (the speed itself is measured in bench/long_documents.py)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import veille
from veille.cli.main import main
from veille.index.query import parse_query, positive_terms
from veille.search.highlight import SNIPPET_SCAN_CHARS, Highlighter
from veille.search.service import search
from veille.search.types import SearchRequest


def _analyze(text: str, _language: str) -> list[str]:
    return [text.lower()]


def _transcript(paragraphs: int) -> str:
    """Paragraphs of a compte rendu, each distinct, each naming the amendment it is about."""
    return "\n\n".join(
        f"Paragraphe {n}. M. le rapporteur défend l'amendement numéro {n} sur le budget "
        f"de la transition énergétique, que la commission a examiné en séance."
        for n in range(paragraphs))


def _cpu(text: str, query: str, repeats: int) -> float:
    """The least CPU seconds of ``repeats`` snippet selections over ``text``."""
    best = float("inf")
    for _ in range(repeats):
        highlighter = Highlighter(positive_terms(parse_query(query).node), _analyze)
        started = time.process_time()
        highlighter.snippets(text, "fr")
        best = min(best, time.process_time() - started)
    return best


def test_snippet_cost_grows_linearly_with_the_body() -> None:
    small, large = _transcript(150), _transcript(15_000)  # about 22 KB and 2.3 MB
    size_ratio = len(large) / len(small)
    # The least of 3 runs of the large body: one run alone read 3.1x under a busy machine
    # (CPU time still counts cache misses), where the cost per character is flat (1.2x).
    ratio = _cpu(large, "amendement", 3) / max(_cpu(small, "amendement", 9), 1e-4)
    # Linear work gives about size_ratio; the quadratic selection gave ~100 times that.
    assert ratio <= 3 * size_ratio, (ratio, size_ratio)


def test_snippets_show_the_matching_passage_deep_in_a_long_body() -> None:
    # 1,300 paragraphs: about 190,000 characters, within the part snippets are sought in
    # (SNIPPET_SCAN_CHARS, t-scale19 P1); a body past it shows its opening there.
    text = _transcript(1300)
    assert len(text) <= SNIPPET_SCAN_CHARS
    snippets = Highlighter(positive_terms(parse_query('"Paragraphe 1298"').node),
                           _analyze).snippets(text, "fr")
    deep = [s for s in snippets if "<mark>1298</mark>" in s]
    assert deep and re.sub(r"</?mark>", "", deep[0]).startswith("Paragraphe 1298.")


def test_search_of_a_long_article_shows_its_deep_passage(tmp_path: Path) -> None:
    # about 150,000 characters: its last paragraph is within SNIPPET_SCAN_CHARS
    body = "".join(f"<p>{p}</p>\n" for p in _transcript(1000).split("\n\n"))
    page = tmp_path / "compte-rendu.html"
    page.write_text(f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Compte rendu intégral de la séance</title></head><body><article>
<h1>Compte rendu intégral de la séance</h1>{body}
<p>Le président lève la séance à vingt-trois heures sur la motion de censure.</p>
</article></body></html>""", encoding="utf-8")
    data = tmp_path / "data"
    for args in (["ingest", str(page)], ["reindex"]):
        main(["--data-dir", str(data), *args])
    with veille.open(data) as v:
        result = v.search("censure")
    assert result.total == 1
    assert any("<mark>censure</mark>" in s and "lève la séance" in s
               for s in result.hits[0].snippets)
    # a caller that shows no snippets (the article page's "see also") skips their work
    with veille.open(data) as v:
        bare = search(SearchRequest(query="censure", snippets=False), index=v.reader())
    assert bare.total == 1 and bare.hits[0].snippets == []

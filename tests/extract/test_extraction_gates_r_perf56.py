"""Extraction's work cut without changing an answer (issue 13, r-perf56).

- ``blocks._joint`` read the hyphen at a wrapped line's end with a search over the whole
  paragraph joined so far, at every line: quadratic in a paragraph's lines (a 160,000
  character paragraph took 5 s to split, 0.02 s now).
- ``textshape.is_numbered_list`` and ``match_sheet.score_line`` run their patterns only
  when a substring test says they can match (the answers are those of the patterns).
- ``list_lines.content_lists`` asks each block whether it is a header once, not twice.
"""

from __future__ import annotations

import itertools
import textwrap
import time
from pathlib import Path

from veille.extract import blocks as bl
from veille.extract import list_lines as ll
from veille.extract import match_sheet as ms
from veille.extract import textshape as ts
from veille.extract.blocks import split_blocks

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "captures"


def _wrapped(chars: int) -> str:
    sentence = "Le conseil municipal de la ville de Saint-Germain-en-Laye a voté le budget."
    para = " ".join(itertools.repeat(sentence, chars // len(sentence) + 1))[:chars]
    return "Titre\n\n" + "\n".join(textwrap.wrap(para, 72, break_on_hyphens=True)) + "\n"


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        split_blocks(text)
        best = min(best, time.process_time() - started)
    return best


def test_long_wrapped_paragraph_splits_in_linear_time() -> None:
    """8x the paragraph takes well under 64x the time (the base took ~60x)."""
    small, large = _seconds(_wrapped(20_000)), _seconds(_wrapped(160_000))
    assert large / max(small, 1e-4) < 25


def test_joint_reads_the_line_end_as_the_whole_search() -> None:
    samples = ["Pierrefitte-", "Saint-", "Châtelet -", "a-", "1-", "_-", "é-", "ab-\n",
               "x", "", "-", "mot", "fin-\n\n", "Ça-", "word- "]
    for current, nxt in itertools.product(samples, ["sur-Seine", "Orly", "2024", "", "été"]):
        whole = "" if (bl._HYPHEN_BREAK.search(current) and nxt[:1].isalpha()) else " "
        assert bl._joint(current, nxt) == whole, (current, nxt)


def _numbered_reference(text: str) -> bool:
    numbers = [int(m.group(1)) for m in ts._ENUMERATION.finditer(text)]
    if len(numbers) < 3 or numbers[:3] != [1, 2, 3]:
        return False
    run = 1
    while run < len(numbers) and numbers[run] == run + 1:
        run += 1
    return run >= 3 and ts.word_count(text) <= 20 * run


def test_numbered_list_gate_keeps_every_answer() -> None:
    texts = ["Most read 1. A 2. B 3. C", "Les plus lus 1) Un 2) Deux 3) Trois 4) Quatre",
             "01. Un 02. Deux 03. Trois", "1. Un 2. Deux", "Score 3-1 en 2024.",
             "Classement ١. أ ٢. ب ٣. ج", "1. a 3. b 2. c", "En 1.5 2.5 3.5 heures"]
    for text in texts:
        assert ts.is_numbered_list(text) == _numbered_reference(text), text
    assert ts.is_numbered_list("Most read 1. A 2. B 3. C")
    assert ts.is_numbered_list("Classement ١. أ ٢. ب ٣. ج")  # other scripts' digits
    assert not ts._may_number_three("Score 3-1 en 2024.")


def test_sides_gate_is_a_necessary_condition() -> None:
    lines = ["Cardiff 24 Leinster 22", "Cardiff 24 Leinster 22\n", "Arsenal 2 Chelsea 1 (a.p.)",
             "Leicester Tigers 17, Saracens 30", "Route 66 Highway 12", "Paris 2 Lyon",
             "Paris 2 Lyon 1 ", "Paris 2 Lyon ١", "Queen of the South 2 Ayr United 1"]
    for line in lines:
        if ms._SIDES_LINE.match(line):
            assert ms._may_end_sides(line), line
    page = "Cardiff 24 Leinster 22\nCardiff and Leinster played.\nLeinster won at Cardiff."
    assert ms.score_line("Cardiff 24 Leinster 22", page)
    assert not ms._may_end_sides("Paris 2 Lyon")


def test_content_lists_asks_each_header_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    real = ll._header

    def counted(text: str) -> bool:
        asked.append(text)
        return real(text)

    monkeypatch.setattr(ll, "_header", counted)
    blocks = ["Vendredi 11 décembre", "Un texte à lire", "20h30 Paris - Lyon", "Autre ligne"]
    ll.content_lists(blocks, ["other"] * len(blocks))
    assert len(asked) == len(set(asked)) == 3


def _content_lists_reference(blocks: list[str], kinds: list[str]) -> set[int]:
    page = "\n".join(blocks)
    found: set[int] = set()
    run: list[int] = []
    entries = 0

    def close() -> None:
        nonlocal run, entries
        while run and not ll.list_entry(blocks[run[-1]], page):
            run.pop()
        if entries >= ll.MIN_ENTRIES and 2 * entries >= len(run):
            found.update(run)
        run, entries = [], 0

    for i, block in enumerate(blocks):
        if kinds[i] in {"prose", "site", "repeat", "dateline", "byline", "credit"}:
            close()
            continue
        if ll.list_entry(block, page):
            run.append(i)
            entries += 1
        elif ll._header(block) and not entries:
            run = [i]
        elif ll._header(block) and any(ll.list_entry(blocks[j], page) for j in run[-2:]):
            run.append(i)
        else:
            close()
    close()
    return found


def test_content_lists_and_sheets_answer_as_before_on_the_fixtures() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    texts.append("Programme\nSamedi 12\n14h00 Nantes - Brest\n16h00 Lille - Lens\n"
                 "Dimanche 13\n15h00 Nice - Monaco\n17h00 Lyon - Paris\n\nUn paragraphe.")
    texts.append("Cardiff 24 Leinster 22\n\nCardiff a perdu contre Leinster. Cardiff.\n"
                 "Leinster 3 Cardiff 1\n")
    assert texts
    for text in texts:
        items = split_blocks(text).items
        kinds = [ts.block_shape(b).tail for b in items]
        assert ll.content_lists(items, kinds) == _content_lists_reference(items, kinds)
        for item in items:
            sides = ms._SIDES_LINE.match(item) is not None
            assert not sides or ms._may_end_sides(item), item
            assert ts.is_numbered_list(item) == _numbered_reference(item), item

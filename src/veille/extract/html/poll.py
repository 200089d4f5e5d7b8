"""A reader poll inside the article's body is a widget, not text (newuser4 N23).

A poll prints a question and its answers as separate short blocks in a box of their own:
``<div class="poll"><p>Sondage : êtes-vous favorable … ?</p><p>Oui</p><p>Non</p><p>Sans
opinion</p></div>``. The answers are dropped by the short-block rule; the question is a
sentence and stayed. The shape is the evidence, whatever the box's class: a question that
opens its innermost container (not a heading: a section's title may ask a question),
followed, as siblings in that container, by :data:`MIN_OPTIONS` to :data:`MAX_OPTIONS`
answers of at most :data:`OPTION_WORDS` words that are not sentences (its children, or the
items of a list in it), and nothing else. An
interview's question is followed by a long answer, not by options; a list under a question
sits in a list element of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from veille.extract.html.walk import Block

MIN_OPTIONS = 2
MAX_OPTIONS = 8
OPTION_WORDS = 5
MAX_QUESTION_CHARS = 300


def _option(block: Block, box: int) -> bool:
    text = block.text.rstrip()
    # The box's own child, or an item of a list in it (``<ul><li>Oui</li>...``: Le Soir,
    # Sudinfo; newuser11 T16).
    return (box in block.path[-2:] and len(text.split()) <= OPTION_WORDS
            and not text.endswith((".", "!", "?", "…")))


def poll_blocks(blocks: Sequence[Block], start: int, end: int) -> set[int]:
    """Indices in ``[start, end)`` of the question and answers of a poll box."""
    found: set[int] = set()
    # The answers may fall past the run's end (short blocks weigh against it): the
    # question is looked for up to the run's last block (newuser11 T16).
    for i in range(start, min(end, len(blocks) - MIN_OPTIONS)):
        block = blocks[i]
        text = block.text.rstrip()
        if (not text.endswith("?") or len(text) > MAX_QUESTION_CHARS or not block.path
                or block.kind == "h"):
            continue
        box = block.path[-1]
        if i > 0 and box in blocks[i - 1].path:
            continue  # the question does not open its box
        j = i + 1
        while j < len(blocks) and j - i <= MAX_OPTIONS + 1:
            if not _option(blocks[j], box):
                break
            j += 1
        inside_box = j < len(blocks) and box in blocks[j].path
        if MIN_OPTIONS <= j - i - 1 <= MAX_OPTIONS and not inside_box:
            found.update(range(i, j))
    return found

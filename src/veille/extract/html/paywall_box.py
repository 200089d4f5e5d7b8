"""The rest of a paywall box is chrome: once a notice says the article is cut ("Il vous
reste 68% de cet article à lire."), the lines that follow it in the same box ("Vous avez
envie de lire la suite ? Débloquez tous les articles immédiatement.", "Déjà abonné ?")
are the box's sales pitch, whatever their wording (newuser4 N3).

The box is the notice's innermost container, and only when the notice is its first
block: a notice printed straight inside the article's own container says nothing of the
blocks around it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from veille.extract.html.walk import Block


def paywall_box_end(blocks: Sequence[Block], start: int, end: int,
                    is_notice: Callable[[str], bool]) -> int:
    """Where the run ``[start, end)`` ends once the paywall box is cut: right after the
    first paywall notice (``is_notice`` on its text) that opens its innermost container
    and is followed by more of that container; ``end`` when there is none."""
    for i in range(start, end - 1):
        block = blocks[i]
        if len(block.text) > 400 or not block.path or not is_notice(block.text):
            continue
        box = block.path[-1]
        if (i == 0 or box not in blocks[i - 1].path) and box in blocks[i + 1].path:
            return i + 1
    return end

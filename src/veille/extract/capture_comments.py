"""Where the readers' comments begin in a text capture (newuser4 N16).

A capture copies the whole page: after the article, a count of comments ("12
commentaires", "Comments (4)", "Réagir") and the comments themselves, each a pseudonym, a
paragraph of prose and a relative time ("Il y a 2 heures"). The prose is someone else's
words, not the article's: the body ends at the header. A header alone is weak evidence
("Réactions" may head a section of the article), so it counts only when what follows
looks like comments: a relative or absolute time line, or a comment button ("Répondre",
"Reply", "Signaler", "Voir plus de commentaires"), within :data:`LOOK_AHEAD` blocks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veille.extract import textshape as ts

#: Blocks after the header searched for signs of comments.
LOOK_AHEAD = 8
_HEADER = re.compile(
    r"(?i)^\W*(?:\d[\d\s.,]*\s+(?:commentaires?|comments?|r[ée]actions?|responses?|replies|"
    r"contributions?|kommentare?)|(?:commentaires?|comments?|r[ée]actions?|kommentare?)"
    r"\s*\(\s*\d+\s*\)|(?:les\s+|vos\s+)?commentaires|comments|r[ée]agir|r[ée]agissez|"
    r"vos\s+r[ée]actions|leave\s+a\s+(?:comment|reply)|join\s+the\s+(?:discussion|"
    r"conversation)|"
    # An obituary's guestbook (newuser17b X20): "Messages de condoléances (3)", "Livre
    # d'or", "Condolences": readers' messages to the family, not the article.
    r"(?:\d+\s+)?(?:messages?\s+de\s+)?condol[ée]ances(?:\s*\(\s*\d+\s*\))?|"
    r"(?:\d+\s+)?condolences(?:\s*\(\s*\d+\s*\))?|livre\s+d['’]or|guest\s*book)\W*$")
_BUTTON = re.compile(
    r"(?i)^\W*(?:répondre|reply|signaler|report|antworten|melden|"
    r"(?:déposer|laisser|écrire)\s+un\s+message|leave\s+a\s+message|"
    r"(?:voir|afficher|charger)\s+(?:plus\s+de|les|tous\s+les)\s+(?:\d+\s+)?(?:autres\s+)?"
    r"(?:commentaires|réponses)|(?:load|show|view)\s+(?:more|all)\s+(?:\d+\s+)?"
    r"(?:comments|replies))\W*$")


def _looks_like_comments(blocks: Sequence[str], after: int) -> bool:
    for text in blocks[after:after + LOOK_AHEAD]:
        if len(text) > 60:
            continue
        if _BUTTON.match(text):
            return True
        if ts.block_shape(text).head == "dateline" and ts.word_count(text) <= 8:
            return True
    return False


def comments_start(blocks: Sequence[str], start: int, end: int) -> int:
    """The index in ``(start, end)`` of a comments header followed by comments, else
    ``end``: the article's run stops there."""
    for i in range(start + 1, end):
        text = blocks[i]
        if len(text) <= 40 and _HEADER.match(text) and _looks_like_comments(blocks, i + 1):
            return i
    return end

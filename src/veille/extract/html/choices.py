"""Boxes of choices: a reader poll or a quiz the reader fills in, not text (verify11a V5).

A poll of radio buttons prints a title, a question and short answers, each in a
``<label>`` around an ``<input type=radio>``, with a "Voter" button; the walk would read the
answers as one glued line and keep the title and the question. The inputs are the evidence,
whatever the box's class.
"""

from __future__ import annotations

from veille.extract.html.parse import LexborNode

__all__ = ["CHOICE_BOX_CHARS", "choice_boxes"]

#: A box of choices holds at most this much text: a question, its answers, a title.
CHOICE_BOX_CHARS = 400
_CHOICES = "input[type=radio], input[type=checkbox]"


def choice_boxes(body: LexborNode) -> set[int]:
    """The ``mem_id`` of each box of choices on the page: the largest container of at most
    :data:`CHOICE_BOX_CHARS` characters of text around two or more radio buttons or
    checkboxes. A reader poll or a quiz (``<h4>Notre sondage</h4><p>Irez-vous … ?</p>
    <label><input type=radio>Oui</label>…<button>Voter</button>``; verify11a V5) is a
    form the reader fills in, not text: its title and question go with its answers,
    whatever the box's class. Pages without such inputs cost one query."""
    boxes: set[int] = set()
    inputs = body.css(_CHOICES)
    if len(inputs) < 2:
        return boxes
    seen: set[int] = set()
    for control in inputs:
        node, best = control.parent, None
        while node is not None and node.tag not in ("body", "html"):
            if node.mem_id in seen:
                break  # climbed already from a sibling input
            seen.add(node.mem_id)
            if len(node.text(deep=True).strip()) > CHOICE_BOX_CHARS:
                break
            if len(node.css(_CHOICES)) >= 2:
                best = node
            node = node.parent
        if best is not None:
            boxes.add(best.mem_id)
    return boxes

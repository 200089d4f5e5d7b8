"""Boxes of choices: a reader poll or a quiz the reader fills in, not text (verify11a V5).

A poll of radio buttons prints a title, a question and short answers, each in a
``<label>`` around an ``<input type=radio>``, with a "Voter" button; the walk would read the
answers as one glued line and keep the title and the question. The inputs are the evidence,
whatever the box's class.
"""

from __future__ import annotations

from collections.abc import Callable

from veille.extract.html.controls import CHOICES as _CHOICES
from veille.extract.html.controls import Controls
from veille.extract.html.parse import LexborNode

__all__ = ["CHOICE_BOX_CHARS", "choice_boxes"]

#: A box of choices holds at most this much text: a question, its answers, a title.
CHOICE_BOX_CHARS = 400


def choice_boxes(controls: Controls) -> set[int]:
    """The ``mem_id`` of each box of choices on the page: the largest container of at most
    :data:`CHOICE_BOX_CHARS` characters of text around two or more radio buttons or
    checkboxes. A reader poll or a quiz (``<h4>Notre sondage</h4><p>Irez-vous … ?</p>
    <label><input type=radio>Oui</label>…<button>Voter</button>``; verify11a V5) is a
    form the reader fills in, not text: its title and question go with its answers,
    whatever the box's class. ``controls``: the body's inputs and buttons, found in the
    one query of :func:`~.controls.body_controls` (issue 13)."""
    boxes = _boxes(controls.choices, _CHOICES, lambda node: True)
    return boxes | _boxes(controls.buttons, "button", _asks)


def _asks(box: LexborNode) -> bool:
    """A box of answer buttons is a poll when it asks a question and holds no paragraph of
    prose, only the question and short lines (verify12 X2: ``<p>Faut-il … ?</p><ul><li>
    <button>Oui</button>…``): buttons alone are also a share row or a "read more", which
    are dropped elsewhere or are no box."""
    if "?" not in box.text(deep=True):
        return False
    if any(len((b.text(deep=True) or "").strip()) > MAX_ANSWER_CHARS for b in box.css("button")):
        return False
    for paragraph in box.css("p"):
        text = (paragraph.text(deep=True) or "").strip()
        if len(text) > MAX_ANSWER_CHARS and not text.endswith("?"):
            return False  # a sentence of prose: a brief with its share buttons, no poll
    return True


#: An answer button's label is short ("Oui", "Sans avis", "Je ne sais pas").
MAX_ANSWER_CHARS = 40


def _boxes(inputs: list[LexborNode], selector: str,
           accept: Callable[[LexborNode], bool]) -> set[int]:
    """The largest container of at most :data:`CHOICE_BOX_CHARS` characters around two or
    more of ``selector``'s elements (``inputs``: the page's, in page order), for each that
    ``accept`` takes."""
    boxes: set[int] = set()
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
            if len(node.css(selector)) >= 2:
                best = node
            node = node.parent
        if best is not None and accept(best):
            boxes.add(best.mem_id)
    return boxes

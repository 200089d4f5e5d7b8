"""The body's form controls and verdict boxes, found in one query of the page.

Why one query: lexbor walks the whole tree for every query, about 0.1 ms a page on AEB
whatever the selector (issue 13), and four steps each asked it for a few rare elements:
the boxes of choices (:mod:`.choices`: radio buttons and checkboxes, then answer
buttons), the login form of a wall (a password field, :mod:`veille.extract.walls`) and a
fact-check's verdict box (:mod:`.verdict`). Each list here is what that step's own query
gave: lexbor lists an element once per selector of the list it matches, in page order, so
the matches are taken once each, in page order, and each is sorted by asking lexbor
whether it matches the selector in question (:meth:`~LexborNode.css_matches`) whenever
its attributes do not already rule that out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from veille.extract.html.parse import LexborNode

__all__ = ["CHOICES", "PASSWORD", "VERDICT", "Controls", "body_controls"]

#: The inputs of a box of choices (:mod:`.choices`).
CHOICES = "input[type=radio], input[type=checkbox]"
#: A login form's field (:func:`~veille.extract.walls.wall_kind`).
PASSWORD = "input[type=password]"
#: An element whose class names a verdict (:mod:`.verdict`).
VERDICT = "[class*=verdict]"
_QUERY = f"{CHOICES}, {PASSWORD}, button, {VERDICT}"


@dataclass(slots=True)
class Controls:
    """What one query of the body found, each list in page order."""

    choices: list[LexborNode] = field(default_factory=list)  # body.css(CHOICES)
    buttons: list[LexborNode] = field(default_factory=list)  # body.css("button")
    verdicts: list[LexborNode] = field(default_factory=list)  # body.css(VERDICT)
    password: bool = False  # body.css_first(PASSWORD) is not None


def body_controls(body: LexborNode) -> Controls:
    """The :class:`Controls` under ``body`` (the parsing never puts an ``<input>`` outside
    the body: in the head, the parser closes the head before one)."""
    found: dict[int, LexborNode] = {}
    for node in body.css(_QUERY):
        found.setdefault(node.mem_id, node)  # a node matching two selectors comes twice
    controls = Controls()
    for node in found.values():
        tag = node.tag
        if tag == "button":
            controls.buttons.append(node)
        elif tag == "input":
            kind = (node.attributes.get("type") or "").lower()
            if kind in ("radio", "checkbox") and node.css_matches(CHOICES):
                controls.choices.append(node)
            elif kind == "password" and node.css_matches(PASSWORD):
                controls.password = True
        else:  # matched by no selector but the verdict's
            controls.verdicts.append(node)
            continue
        if "verdict" in (node.attributes.get("class") or "").lower() and node.css_matches(
                VERDICT):
            controls.verdicts.append(node)
    return controls

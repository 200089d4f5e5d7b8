"""Which HTML elements a body leaves open where it ends: how :func:`veille.collect.fetch.
ends_closed` tells a whole page that omits its optional end tags from a page the connection
cut right after a closing tag (verify15 R2).

A small stack machine over the tags, after the WHATWG HTML parsing rules that decide where
an element ends without its end tag (13.2.6.4.7, "in body": a block's start tag closes an
open ``p``, an ``li`` the previous ``li``, a ``td`` the previous cell...) and the list of
optional end tags (13.1.2.4). It is no HTML parser: misnested formatting elements are
closed at their end tag (no adoption agency), and an end tag closes the nearest open
element of its name with everything opened after it; an end tag of no open element is
ignored. Such shortcuts make a page read as *more* closed than a browser would.
"""

from __future__ import annotations

import re

OMITTED_AT_END = frozenset({"p", "li", "dd", "rt", "rp", "optgroup", "option", "tbody",
                            "tfoot", "tr", "td", "th"})
"""The elements whose end tag a page may leave out when nothing follows them in their
parent (WHATWG HTML 13.1.2.4, "Optional tags": "if there is no more content in the parent
element"). Their parents' end tags are required (``ul``, ``table``...), except ``body``'s:
so a whole page omitting ``</body></html>`` ends with nothing open but these, each in
another of them or in ``body``. ``dt``, ``thead``, ``colgroup`` and ``caption`` are not
among them (their end tag may be left out only before a sibling)."""

_IGNORED = frozenset({"html", "head", "body", "noscript"})
"""Tags that open or close nothing here: the document's (a whole page may omit their end
tags), and ``noscript``, raw text to a browser running scripts and markup to one that does
not, whose end tag pages often leave out (an unclosed ``<noscript>`` in a real page's head
read as open to the end made a whole page look cut)."""
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr", "keygen", "param", "basefont", "bgsound",
                   "frame"})
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                       "noframes"})
_FOREIGN = frozenset({"svg", "math"})
_CLOSES_P = frozenset({
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div",
    "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu",
    "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5",
    "h6", "pre", "listing", "form", "plaintext", "table", "hr", "xmp", "li", "dd", "dt"})
"""Start tags that close a ``p`` open in button scope (13.2.6.4.7)."""
_SCOPE = frozenset({"applet", "caption", "html", "table", "td", "th", "marquee", "object",
                    "template", "button", "svg", "math"})
"""Elements a ``p`` is looked for no further than (the button scope, 13.2.6.2)."""
_SPECIAL = _CLOSES_P | frozenset({"body", "html", "td", "th", "tr", "tbody", "thead", "tfoot",
                                  "caption", "select", "template", "button", "object",
                                  "applet", "marquee"})
"""Elements that stop the search for a list item to close (the "special" category,
13.2.4.2, less ``address``, ``div`` and ``p``, which the search passes: 13.2.6.4.7)."""
_SIBLINGS = {
    "li": (frozenset({"li"}), frozenset({"ul", "ol", "menu"})),
    "dd": (frozenset({"dd", "dt"}), frozenset({"dl"})),
    "dt": (frozenset({"dd", "dt"}), frozenset({"dl"})),
    "tr": (frozenset({"tr", "td", "th"}), frozenset({"table", "tbody", "thead", "tfoot"})),
    "td": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "th": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "tbody": (frozenset({"tbody", "thead", "tfoot", "tr", "td", "th"}), frozenset({"table"})),
    "thead": (frozenset({"tbody", "thead", "tfoot", "tr", "td", "th"}), frozenset({"table"})),
    "tfoot": (frozenset({"tbody", "thead", "tfoot", "tr", "td", "th"}), frozenset({"table"})),
    "option": (frozenset({"option"}), frozenset({"select", "datalist", "optgroup"})),
    "optgroup": (frozenset({"option", "optgroup"}), frozenset({"select", "datalist"})),
    "rt": (frozenset({"rt", "rp"}), frozenset({"ruby"})),
    "rp": (frozenset({"rt", "rp"}), frozenset({"ruby"})),
}
"""A start tag -> (the open elements it closes, the elements it looks no further than)."""

_TAG = re.compile(rb"<(/?)([A-Za-z][^\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_MARKUP = re.compile(rb"<!--(?:>|->|.*?-->)|<![^>]*>|<\?[^>]*>", re.DOTALL)


def _close_p(stack: list[str]) -> None:
    for at in range(len(stack) - 1, -1, -1):
        if stack[at] == "p":
            del stack[at:]
            return
        if stack[at] in _SCOPE:
            return


def _open(stack: list[str], name: str) -> None:
    """Apply the start tag ``name`` (not void) to ``stack``: the elements it ends first."""
    if name in _CLOSES_P:
        _close_p(stack)
    siblings = _SIBLINGS.get(name)
    if siblings is not None:
        closes, limits = siblings
        for at in range(len(stack) - 1, -1, -1):
            if stack[at] in closes:
                del stack[at:]
                break
            if stack[at] in limits or (name in ("li", "dd", "dt") and stack[at] in _SPECIAL
                                       and stack[at] not in ("address", "div", "p")):
                break
    elif name in ("h1", "h2", "h3", "h4", "h5", "h6") and stack and stack[-1] in \
            ("h1", "h2", "h3", "h4", "h5", "h6"):
        stack.pop()
    stack.append(name)


def _close(stack: list[str], name: str) -> None:
    """Apply the end tag ``name``: the nearest open element of that name ends, with all
    opened after it; no such element, nothing ends."""
    for at in range(len(stack) - 1, -1, -1):
        if stack[at] == name:
            del stack[at:]
            return


def open_elements(body: bytes) -> list[str] | None:
    """The elements still open at the end of the HTML ``body``, outermost first, in
    lowercase, without ``html``, ``head``, ``body`` and ``noscript``; ``None`` when the
    body ends inside a tag, a comment or the text of a raw-text element (``<script>``,
    ``<style>``, ``<textarea>``, ``<title>``...), where no page ends. Void elements
    (``<img>``, ``<br>``) are never open; in ``<svg>``/``<math>`` a ``/>`` closes its
    element. Linear in the size of ``body``; meant for one page's body (bounded by the
    fetch's size limit)."""
    stack: list[str] = []
    pos = 0
    while (pos := body.find(b"<", pos)) != -1:
        markup = _MARKUP.match(body, pos)
        if markup is not None:
            pos = markup.end()
            continue
        if body.startswith(b"<!", pos) or body.startswith(b"<?", pos):
            return None  # an unterminated comment or declaration
        tag = _TAG.match(body, pos)
        if tag is None:
            nxt = body[pos + 1:pos + 2]
            if nxt.isalpha() or (nxt == b"/" and body[pos + 2:pos + 3].isalpha()):
                return None  # inside a tag
            pos += 1  # a "<" in text
            continue
        pos = tag.end()
        end, name = tag.group(1) == b"/", tag.group(2).decode("ascii", "replace").lower()
        if name in _IGNORED:
            continue
        if end:
            _close(stack, name)
            continue
        if name in _VOID:
            continue
        if tag.group(3).rstrip().endswith(b"/") and any(e in _FOREIGN for e in stack):
            continue  # self-closed in foreign content (13.2.6.5)
        _open(stack, name)
        if name in _RAW_TEXT and not any(e in _FOREIGN for e in stack[:-1]):
            closing = re.compile(rb"</" + re.escape(tag.group(2)) + rb"[\s/>]", re.IGNORECASE)
            found = closing.search(body, pos)
            if found is None:
                return None  # ends inside a script, a style, a title...
            stack.pop()
            pos = body.find(b">", found.start())
            if pos == -1:
                return None
        if name == "plaintext":
            break
    return stack

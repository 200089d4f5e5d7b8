"""A linear pre-scan of HTML that bounds the work of the tree builder, before it runs.

Why: an HTML tree builder does work proportional to the depth of its stack of open
elements for most tags (the "has an element in scope" checks of the WHATWG parsing
algorithm), so nesting makes parsing quadratic: 64,000 nested ``<div>`` (0.7 MB) took
10 s in lexbor, 200,000 (2.2 MB) 280 s, and unclosed ``<div><span><b><i>`` never close at
all. One start tag carrying tens of thousands of distinct attributes is quadratic too
(50,000 attributes: 11 s), as each new attribute is checked against the others. Our own
walk (:mod:`.walk`) is linear on the same inputs (0.05 s at 64,000 levels): the parser is
the culprit, and a bound must act before it (measured in ``bench/hostile``).

What: :func:`bound_markup` reads the markup once, left to right, with a model of the
tree builder's stack that errs on the deep side, and gives back markup in which no
element opens deeper than :data:`MAX_DEPTH` and no tag carries more than
:data:`MAX_ATTRIBUTES` attributes. Past the depth, start tags are dropped (their text
stays, in the deepest element kept; a dropped block leaves two line breaks, so that its
text stays a paragraph of its own): the page is flattened the way Blink flattens it
(Chromium's HTML parser stops nesting at 512 levels, ``kMaximumHTMLParserDOMTreeDepth``
in ``html_construction_site.cc``). Pages under both bounds come back unchanged, as the
same string object.

The model, and why it errs deep: the scan pops an element only where the tree builder is
sure to pop it too: an end tag naming the current element; a block's end tag above a run
of elements that close implicitly (``<p>``, ``<li>``...); a ``<li>``, ``<dd>``, ``<dt>``,
``<option>``, ``<tr>``, ``<td>`` or ``<th>`` that closes its sibling; a ``<p>`` in button
scope closed by a block, ``<li>``, ``<hr>``... or ``</p>`` (positions of the open ``<p>``
and of the scope ends are kept, so this costs O(1)); a tag that leaves SVG or MathML.
Formatting elements closed by such a rule still count, since the builder opens them again
("reconstruct the active formatting elements", three alike at most). Anything unsure
counts as open: end tags the builder ignores or treats otherwise (the adoption agency),
foster-parenting, everything inside ``<select>`` and ``<frameset>`` (where the builder
ignores most tags), an end tag in foreign content that falls to the HTML rules (what
follows is then read by both sets of rules); table parts count the wrappers the builder
inserts (``tbody``, ``tr``). Comments, ``<!...>`` and ``<?...>`` declarations, and the text
of raw-text elements (``script``, ``style``, ``textarea``, ``title``...) inserted as HTML
are skipped as the tokenizer skips them; where the scan cannot tell text from markup it
reads markup but pops nothing. Tags are delimited with the tokenizer's rules for
attributes (a quote opens a value only after ``=``).

How it is checked: a property test parses generated tag soup (SVG, MathML, tables,
formatting, raw text, comments, CDATA, select, frameset...) after the scan and checks the
depth lexbor builds stays within the bound; every construct it found the model wrong on
is a regression case in ``tests/extract/html/test_prescan.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

#: Elements nested deeper than this are flattened (Chromium's limit, see above).
MAX_DEPTH = 512
#: Attributes kept on one tag (real tags carry tens; the rest are dropped).
MAX_ATTRIBUTES = 256
#: Tags shorter than this cannot hold more than MAX_ATTRIBUTES attributes (2 chars each).
_ATTRIBUTE_CHECK_CHARS = 2 * MAX_ATTRIBUTES

VOID = frozenset("""area base basefont bgsound br col embed frame hr image img input keygen
    link meta param source track wbr""".split())
#: Elements whose text the tokenizer reads as text, up to their own end tag.
#: (``noscript`` is not: lexbor parses with scripting off, so its content is markup.)
RAW_TEXT = frozenset("script style textarea title xmp iframe noembed noframes".split())
#: Never pushed again by a start tag in HTML content (the builder keeps one of each).
_SINGLETONS = frozenset("html head body".split())
#: Elements closed implicitly ("generate implied end tags", WHATWG 13.2.6.3).
_IMPLIED = frozenset("dd dt li optgroup option p rb rp rt rtc".split())
#: End tags that close the element in scope after generating implied end tags.
_BLOCK_ENDS = frozenset("""address article aside blockquote button center details dialog dir
    div dl fieldset figcaption figure footer header hgroup listing main menu nav ol pre
    search section summary ul p li dd dt h1 h2 h3 h4 h5 h6 form""".split())
#: A start tag closing an open sibling of its own kind when it is the current element.
_SIBLINGS = {"li": ("li",), "dd": ("dd", "dt"), "dt": ("dd", "dt"),
             "option": ("option",), "tr": ("tr",), "td": ("td", "th"), "th": ("td", "th")}
#: Start tags that close a ``<p>`` in button scope (WHATWG: "close a p element"); not
#: ``<table>``, which does only in no-quirks mode.
_CLOSES_P = frozenset("""address article aside blockquote center details dialog dir div dl
    fieldset figcaption figure footer header hgroup main menu nav ol p search section
    summary ul h1 h2 h3 h4 h5 h6 pre listing form li dd dt hr xmp plaintext""".split())
#: Formatting elements: closed by a rule rather than their end tag, the builder opens them
#: again at the next text (WHATWG "reconstruct the active formatting elements"), at most
#: three alike ("Noah's Ark").
_FORMATTING = frozenset("a b big code em font i nobr s small strike strong tt u".split())
_ALIKE = 3
#: Elements that end the button scope a ``<p>`` is looked for in (any foreign element
#: counts as one too).
_BUTTON_SCOPE = frozenset("""applet caption html table td th marquee object template
    button""".split())
#: Elements whose start is a line of its own: a dropped one leaves :data:`_BLOCK_BREAK`.
_BLOCKS = _CLOSES_P | _BLOCK_ENDS | frozenset("table tr td th caption tbody thead tfoot".split())
#: Two line breaks (void: no depth), which extraction reads as a paragraph boundary.
_BLOCK_BREAK = "<br><br>"
#: Levels a table part may stand for: the builder inserts ``tbody`` and ``tr`` for a
#: bare ``<td>``, ``tbody`` for a bare ``<tr>``.
_WEIGHT = {"td": 3, "th": 3, "tr": 2}

_WS = "\t\n\f\r "
_TAG_NAME = re.compile(r"(/?)([A-Za-z][^\t\n\f\r />]*)")
# The rest of a tag after its name, by the tokenizer's rules: attribute names (which may
# start with "=" and hold quotes), values quoted only right after "=", stray slashes.
# Possessive and atomic, so a tag never backtracks (no `>` before the end: no match).
_TAG_TAIL = re.compile(
    rf"(?>[{_WS}/]++|[^{_WS}/>][^{_WS}/>=]*+"
    rf"(?>[{_WS}]*+=[{_WS}]*+(?>\"[^\"]*+\"|'[^']*+'|[^{_WS}>]++)?+)?+)*+>")
_TAG = re.compile(_TAG_NAME.pattern + _TAG_TAIL.pattern)
_ATTRIBUTE = re.compile(
    rf"[^{_WS}/>][^{_WS}/>=]*+(?>[{_WS}]*+=[{_WS}]*+(?>\"[^\"]*+\"|'[^']*+'|[^{_WS}>]++)?+)?+")
# A tag ending "/>" whose slash is part of an unquoted value (``d=a/>``) is not self-closing.
_UNQUOTED_SLASH = re.compile(rf"=[{_WS}]*+[^{_WS}\"'>][^{_WS}>]*/>$")
# A tag name followed by more than MAX_ATTRIBUTES attributes, read as _cut_attributes
# reads them; atomic throughout, so a search is linear in the page.
_MANY_ATTRIBUTES = re.compile(
    rf"<[A-Za-z][^{_WS}/>]*+(?>(?>[{_WS}/]*+{_ATTRIBUTE.pattern}){{{MAX_ATTRIBUTES + 1}}})")
_COMMENT_END = re.compile(r"--!?>")
_RAW_END = {name: re.compile(rf"</{name}[{_WS}/>]", re.IGNORECASE) for name in RAW_TEXT}


#: Pages with at most this many ``<`` go to the parser before the scan (see
#: :func:`parse_first`): the parser's quadratic cases stay bounded at that size (measured:
#: 4,000 nested ``<div>`` 10 ms, 4,000 unclosed ``<b id=...>`` about 60 ms), while the
#: scan, which it spares on almost every real page, costs about 2.5 µs a tag.
PARSE_FIRST_TAGS = 4_000


#: :data:`_MANY_ATTRIBUTES` over UTF-8 bytes. Every class of the pattern is ASCII
#: characters or all but some ASCII characters, and UTF-8 writes a character outside ASCII
#: as bytes that are all outside ASCII: the pattern matches a text's bytes exactly when
#: it matches the text, and ``re`` reads bytes faster than a text with characters past
#: U+00FF (most news pages: typographic quotes).
_MANY_ATTRIBUTES_UTF8 = re.compile(_MANY_ATTRIBUTES.pattern.encode("ascii"))


def parse_first(html: str | bytes, text: str | None = None) -> bool:
    """Whether the parser can be handed ``html`` (a text, or its UTF-8 bytes: the same
    answer when ``text``, the page as text, comes with them) before the scan, its depth
    checked after.

    True when the page has at most :data:`PARSE_FIRST_TAGS` ``<`` (so that even the worst
    nesting costs the parser a bounded time) and no tag with more than
    :data:`MAX_ATTRIBUTES` attributes. Every ``<`` followed by a letter is read as a tag,
    with the scan's own rules, whether or not the tokenizer would read it as one there: a
    superset of the tags the scan reads; when that finds one, the page's tags are read
    again skipping the text of scripts and styles (:func:`attributes_bounded`).
    """
    if isinstance(html, bytes):
        if html.count(b"<") > PARSE_FIRST_TAGS:
            return False
        return _MANY_ATTRIBUTES_UTF8.search(html) is None or (
            text is not None and attributes_bounded(text))
    return html.count("<") <= PARSE_FIRST_TAGS and (
        _MANY_ATTRIBUTES.search(html) is None or attributes_bounded(html))


#: Start tags after which :func:`attributes_bounded` stops reading tags as the tokenizer
#: does: foreign content (where ``<script>`` holds markup), ``<select>`` and ``<frameset>``
#: (where the builder ignores most tags), ``<plaintext>``; and the raw-text elements, whose
#: text it skips from Python.
_STOPS = RAW_TEXT | {"svg", "math", "select", "frameset", "plaintext"}
#: What the tokenizer reads in HTML content, up to the next start tag of :data:`_STOPS`, tag
#: with more than MAX_ATTRIBUTES attributes or tag with no end: text, comments and
#: declarations (as :func:`_declaration_end` ends them), end tags, and start tags with at
#: most MAX_ATTRIBUTES attributes (:data:`_ATTRIBUTE`, as :func:`_cut_attributes` counts
#: them), all read in C. Possessive throughout: linear in the page.
_PLAIN_MARKUP = re.compile(
    r"(?:[^<]++"
    r"|<!--(?>>|->|[\s\S]*?--!?>|[\s\S]*+)"
    r"|<[!?][^>]*+>?"
    r"|</(?![A-Za-z])[^>]*+>?"
    r"|<(?![A-Za-z!?/])"
    rf"|</[A-Za-z][^{_WS}/>]*+{_TAG_TAIL.pattern}"
    rf"|<(?!(?ai:{'|'.join(sorted(_STOPS))})[{_WS}/>])[A-Za-z][^{_WS}/>]*+"
    rf"(?>[{_WS}/]*+{_ATTRIBUTE.pattern}){{0,{MAX_ATTRIBUTES}}}+[{_WS}/]*+>"
    r")*+")


def attributes_bounded(html: str) -> bool:
    """Whether no start tag of ``html`` has more than :data:`MAX_ATTRIBUTES` attributes,
    read as the scan reads tags: the text of raw-text elements (``<script>``, ``<style>``)
    is skipped, as the tokenizer skips it in HTML content. :func:`parse_first` reads every
    ``<`` and a letter as a tag, and minified JavaScript (``t<e.length;…``) reads as a tag
    with hundreds of attributes: 13 pages of the 181 of AEB failed it and paid the exact
    scan, 2.6 ms each. Up to the first start tag of foreign content, ``<select>``,
    ``<frameset>`` or ``<plaintext>``, whose reading depends on the tree builder, tags are
    read with the tokenizer's rules (:data:`_PLAIN_MARKUP`); from there on, every ``<`` and
    a letter again. True only when :func:`bound_markup` would cut no tag's attributes
    (``tests/extract/html/test_prescan.py``)."""
    at, size = 0, len(html)
    while True:
        at = _PLAIN_MARKUP.match(html, at).end()  # type: ignore[union-attr]
        if at >= size:
            return True
        tag = _TAG.match(html, at + 1)
        name = tag.group(2).lower() if tag is not None and not tag.group(1) else ""
        if name not in RAW_TEXT or tag is None or _MANY_ATTRIBUTES.match(html, at):
            return _MANY_ATTRIBUTES.search(html, at) is None
        at = _skip_raw_text(html, name, tag.end())


@dataclass(frozen=True, slots=True)
class Bounded:
    """The markup to parse, and what the scan changed in it (zeros: nothing)."""

    html: str
    dropped_tags: int = 0  # start tags dropped past MAX_DEPTH
    cut_tags: int = 0  # tags whose attributes were cut to MAX_ATTRIBUTES

    @property
    def note(self) -> str:
        """What the scan did, for ``evidence``; ``""`` when the markup is unchanged."""
        notes = []
        if self.dropped_tags:
            notes.append(f"HTML nesting flattened at depth {MAX_DEPTH} "
                         f"({self.dropped_tags} start tags dropped)")
        if self.cut_tags:
            notes.append(f"attributes cut to {MAX_ATTRIBUTES} on {self.cut_tags} tags")
        return "; ".join(notes)


#: Start tags that leave foreign (SVG, MathML) content (WHATWG 13.2.6.5); ``<font>`` does
#: only with some attributes, so the model treats it as unsure.
_BREAKOUT = frozenset("""b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4
    h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike
    sub sup table tt u ul var""".split())
#: Foreign elements whose children are HTML again (integration points), per namespace.
_SVG_INTEGRATION = frozenset("foreignobject desc title".split())
_MATH_INTEGRATION = frozenset("mi mo mn ms mtext".split())
#: What the children of an element are: HTML, SVG, MathML, or not known for sure
#: (``annotation-xml`` depends on an attribute; the model treats it with both sets of rules).
HTML, SVG, MATH, UNSURE = 0, 1, 2, 3
FOREIGN = (SVG, MATH)


class _Stack:
    """The model of the builder's stack of open elements: names, levels, counts, and
    whether each element's children are HTML or foreign content."""

    __slots__ = ("names", "kinds", "tags", "depth", "open", "ps", "bounds", "pending")

    def __init__(self) -> None:
        self.names: list[str] = []
        self.kinds: list[int] = []
        self.depth = 0
        self.open: Counter[str] = Counter()
        self.ps: list[int] = []  # positions of the open HTML <p> elements
        self.bounds: list[int] = []  # positions of the elements ending the button scope
        self.tags: list[str] = []  # each formatting element's tag as written, else ""
        # Formatting elements closed by a rule, that the builder will open again: they
        # still count in ``depth``.
        self.pending: Counter[tuple[str, str]] = Counter()

    def context(self) -> int:
        """What a tag read now is inserted as."""
        return self.kinds[-1] if self.kinds else HTML

    def child_context(self, name: str) -> int:
        """What the children of a start tag ``name`` read now will be."""
        here = self.context()
        if here == HTML:
            if name in ("svg", "math") and self.open["frameset"]:
                # Inside a frameset the builder ignores <svg> and <math> (and a breakout
                # tag after them closes nothing), unless that frameset was itself ignored:
                # both readings stay open (a Hypothesis soup, "<frameset><hr><svg>" again
                # and again, nested framesets past the bound).
                return UNSURE
            return {"svg": SVG, "math": MATH}.get(name, HTML)
        if name in _BREAKOUT:
            return HTML
        if name == "font":
            return UNSURE
        if here == SVG:
            return HTML if name in _SVG_INTEGRATION else SVG
        if here == MATH:
            # In a MathML text integration point, <mglyph> and <malignmark> stay MathML.
            if name in _MATH_INTEGRATION or name in ("annotation-xml", "svg"):
                return UNSURE
            return MATH
        return UNSURE

    def push(self, name: str, tag: str = "") -> None:
        if self.context() != HTML or name in _BUTTON_SCOPE:
            self.bounds.append(len(self.names))
        elif name == "p":
            self.ps.append(len(self.names))
        self.kinds.append(self.child_context(name))
        self.tags.append(tag.lower() if name in _FORMATTING and self.context() == HTML else "")
        self.names.append(name)
        self.depth += _WEIGHT.get(name, 1)
        self.open[name] += 1

    def pop(self) -> None:
        at = len(self.names) - 1
        if self.ps and self.ps[-1] == at:
            self.ps.pop()
        if self.bounds and self.bounds[-1] == at:
            self.bounds.pop()
        name = self.names.pop()
        self.kinds.pop()
        self.tags.pop()
        self.depth -= _WEIGHT.get(name, 1)
        self.open[name] -= 1

    def leave_foreign(self) -> None:
        """What a breakout tag does in foreign content: pop to the nearest HTML element or
        integration point (an unsure one stops it too)."""
        while self.kinds and self.kinds[-1] in FOREIGN:
            self.pop()

    def doubt_foreign(self) -> None:
        """An end tag naming no foreign element at the top goes to the HTML rules, which
        may close the foreign elements (the adoption agency does): what follows is read
        with both sets of rules."""
        run = len(self.kinds) - 1
        while run >= 0 and self.kinds[run] in FOREIGN:
            self.kinds[run] = UNSURE
            run -= 1

    def top(self) -> str:
        return self.names[-1] if self.names else ""

    def close_p(self) -> None:
        """Close a ``<p>`` in button scope, with everything above it, as the builder does;
        in O(1) but for the pops: the positions of ``<p>`` and scope ends are kept."""
        if self.ps and (not self.bounds or self.ps[-1] > self.bounds[-1]):
            at = self.ps[-1]
            while len(self.names) > at:
                key = (self.names[-1], self.tags[-1])
                self.pop()
                if key[1] and self.pending[key] < _ALIKE:
                    self.pending[key] += 1  # to be opened again: still counted
                    self.depth += 1

    def reopen(self) -> None:
        """The formatting elements closed by a rule, opened again (the builder does it at
        the next text or phrasing tag; the model, at any tag in HTML content)."""
        pending, self.pending = self.pending, Counter()
        for (name, tag), count in pending.items():
            for _ in range(count):
                self.depth -= 1  # counted already
                self.push(name, tag)

    def ignoring(self) -> bool:
        """Inside ``<select>`` or ``<frameset>`` the builder ignores most tags: the model
        closes nothing by rule there (but an end tag naming the current element)."""
        return bool(self.open["select"] or self.open["frameset"])

    def start(self, name: str) -> None:
        """What a start tag closes before it opens."""
        if self.ignoring():
            return
        if self.pending:
            self.reopen()
        if self.top() in _SIBLINGS.get(name, ()):
            self.pop()
        if name in _CLOSES_P:
            self.close_p()

    def end(self, name: str) -> None:
        """What an end tag surely closes (nothing when in doubt)."""
        if not self.open[name]:
            if name in _FORMATTING:  # the builder drops one closed earlier from its list
                alike = next((k for k in self.pending if k[0] == name), None)
                if alike is not None:
                    self.pending[alike] -= 1
                    self.depth -= 1
                    if not self.pending[alike]:
                        del self.pending[alike]
            return
        if name == "p":  # none in scope: the builder opens and closes an empty one
            if not self.ignoring():
                self.close_p()
            return
        if self.top() == name:
            self.pop()
            return
        if name not in _BLOCK_ENDS or self.ignoring():
            return
        run = len(self.names) - 1
        while run >= 0 and self.names[run] in _IMPLIED and self.names[run] != name:
            run -= 1
        if run >= 0 and self.names[run] == name:
            while len(self.names) > run:
                self.pop()


def _skip_raw_text(html: str, name: str, at: int) -> int:
    """Where the tokenizer leaves the raw text of ``name`` opened just before ``at``."""
    found = _RAW_END[name].search(html, at)
    return len(html) if found is None else found.start()


def _declaration_end(html: str, at: int) -> int:
    """Where a comment or ``<!...>``/``<?...>`` declaration starting at ``at`` ends."""
    if html.startswith("<!--", at):
        if html.startswith(">", at + 4):  # "<!-->": an empty comment
            return at + 5
        if html.startswith("->", at + 4):  # "<!--->"
            return at + 6
        found = _COMMENT_END.search(html, at + 4)
        return len(html) if found is None else found.end()
    close = html.find(">", at + 1)
    return len(html) if close < 0 else close + 1


def _self_closing(html: str, start: int, end: int) -> bool:
    """Whether the tag ``html[start:end]`` ends with the self-closing flag."""
    return html[end - 2] == "/" and _UNQUOTED_SLASH.search(html, start, end) is None


def _cut_attributes(tag: str, name_end: int) -> str | None:
    """``tag`` with its attributes past :data:`MAX_ATTRIBUTES` dropped, or ``None``."""
    found = _ATTRIBUTE.finditer(tag, name_end)
    kept_end = -1
    for count, match in enumerate(found, start=1):
        if count == MAX_ATTRIBUTES:
            kept_end = match.end()
            break
    if kept_end < 0 or _ATTRIBUTE.search(tag, kept_end) is None:
        return None
    return tag[:kept_end] + ">"


def bound_markup(html: str) -> Bounded:
    """``html`` with nesting bounded by :data:`MAX_DEPTH` and attributes per tag by
    :data:`MAX_ATTRIBUTES`, in one linear pass (the module docstring says how).

    Returns :class:`Bounded`; its ``html`` is ``html`` itself when nothing was changed.
    Where the scan cannot tell text from markup (a CDATA section, or the text of a
    ``<script>`` whose context is not surely HTML, or inside ``<select>`` or
    ``<frameset>``, where the builder may ignore the tag), it reads what follows as markup
    but pops nothing there, so either reading stays within the bound.
    """
    stack = _Stack()
    pieces: list[str] = []
    kept_from = 0  # start of the markup not yet copied into pieces
    dropped = cut = 0
    no_pop_until = 0  # end tags before this offset close nothing (see above)
    at = 0
    size = len(html)
    while True:
        lt = html.find("<", at)
        if lt < 0 or lt + 1 >= size:
            break
        following = html[lt + 1]
        if following in "!?":
            at = _declaration_end(html, lt)
            if html.startswith("<![CDATA[", lt) and stack.context() != HTML:
                close = html.find("]]>", lt)
                no_pop_until = max(no_pop_until, size if close < 0 else close + 3)
            continue
        tag = _TAG.match(html, lt + 1)
        if tag is None:
            if _TAG_NAME.match(html, lt + 1):  # no end to this tag: the tokenizer drops
                break  # it, and the rest of the page with it
            # "<" as text, or "</" + not a letter (a bogus comment)
            at = _declaration_end(html, lt) if following == "/" else lt + 1
            continue
        end = at = tag.end()
        slash, name = tag.group(1, 2)
        name = name.lower()
        if slash:
            if stack.context() in FOREIGN:
                if name in ("br", "p") and lt >= no_pop_until:
                    stack.leave_foreign()
                elif stack.top() != name or lt < no_pop_until:
                    stack.doubt_foreign()  # a doubt, never a pop: even where pops wait
            if lt >= no_pop_until:
                if stack.names and stack.names[-1] == name:
                    stack.pop()
                else:
                    stack.end(name)
            continue
        if name in _BREAKOUT and stack.context() in FOREIGN:
            stack.leave_foreign()
        context = stack.context()
        # In foreign content an <html> or an SVG <image> is an element like any other;
        # a breakout tag (<img>, <br>...) is read as HTML.
        html_rules = context == HTML or name in _BREAKOUT
        opens = not html_rules or (name not in VOID and name not in _SINGLETONS)
        if context in FOREIGN and name not in _BREAKOUT and _self_closing(html, lt, end):
            opens = False  # a self-closing foreign element opens nothing
        if context == HTML and name not in _SINGLETONS:
            stack.start(name)  # what it closes (a void <hr> closes a <p>); in foreign
        if opens:  # content a <td> or a <p> closes nothing
            if stack.depth + _WEIGHT.get(name, 1) > MAX_DEPTH:
                before = html[kept_from:lt]
                pieces.append(before)  # the tag is dropped: its text is
                kept_from = end  # read as markup, which the loop goes on doing
                if lt and html[lt - 1] == "<":  # a "<" read as text stays text: "< x", not "<x"
                    pieces.append(" ")
                if name in _BLOCKS and before.strip() and context == HTML and not (
                        stack.open["select"] or stack.open["frameset"] or stack.open["table"]):
                    # a block's boundary stays: two line breaks part paragraphs (a headline
                    # was glued to the text after it, "survit-ilLe": newuser10 S16)
                    pieces.append(_BLOCK_BREAK)
                dropped += 1
                continue
        if end - lt > _ATTRIBUTE_CHECK_CHARS:
            shorter = _cut_attributes(html[lt:end], len(name) + 1)
            if shorter is not None:
                pieces += (html[kept_from:lt], shorter)
                kept_from = end
                cut += 1
        if not opens:
            continue
        stack.push(name, html[lt:end])
        # Inside <select> or <frameset> the builder ignores most start tags, and with them
        # the switch to raw text: there, what follows may be markup or text.
        inserted = context == HTML and not (stack.open["select"] or stack.open["frameset"])
        if name == "plaintext" and inserted:
            break  # the rest of the page is text
        if name in RAW_TEXT:
            text_end = _skip_raw_text(html, name, end)
            if inserted:
                at = text_end
            else:
                no_pop_until = max(no_pop_until, text_end)
    if not dropped and not cut:
        return Bounded(html)
    pieces.append(html[kept_from:])
    return Bounded("".join(pieces), dropped, cut)

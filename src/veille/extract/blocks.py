"""Turn a plain-text page capture into blocks, whatever shape the capture has.

Captures come in three shapes, and each needs its own split:

* **lines**: the page's line breaks are kept (a copy-paste, like the seed). A block is a line.
* **wrapped**: a text browser (``w3m -dump``, ``lynx -dump``) wrapped paragraphs at a fixed
  width. Wrapping is recognised from the line lengths (many lines end just short of one
  width) and undone, so a block is again a paragraph.
* **flat**: a crawler dump whose line breaks were lost, so blocks are separated only by runs
  of two or more spaces. Such a line is split on those runs.

Leftovers of scripts, styles and JSON-LD are cut out first; the JSON-LD objects are handed
back, since their ``headline`` and dates help the extractor.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from veille.extract.glued_notice import split_glued
from veille.extract.markup import unmark
from veille.extract.textshape import is_byline

MAX_JSON_SPAN = 1_000_000
#: Characters the search for embedded JSON may scan, per character of the capture. A value
#: that opens and never closes is scanned to the end once; what that scan learns answers
#: every later opening it passed, so only an adversarial capture reaches this bound.
JSON_SCAN_BUDGET = 3
_TAG_OPEN = re.compile(r"<(script|style|noscript)\b[^<>]{0,2000}>", re.IGNORECASE)
_TAG_CLOSE = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE)
              for name in ("script", "style", "noscript")}
_JSON_START = re.compile(r"[\[{]\s*[\"{]")
_JSON_SPECIAL = re.compile(r'["\\\[\]{}]')
_JSON_KEY = re.compile(r'" ?:')
_TAGS = re.compile(r"</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]{0,500})?/?>")
_FLAT_GAP = re.compile(r"[ \t\u00a0\u2000-\u200a\u3000]{2,}")
# List bullets that text browsers print before items ("• Politique", "□ Par X", lynx's
# "* Monde", pandoc's and Markdown's "-   item"): not text.
_BULLET = re.compile(r"^(?:(?:[•□◦▪■●○◆►▶‣∙]|[*+\-](?=\s))\s*)+")
# In a flat capture, list items joined on one line still show their bullets: split there.
_FLAT_BULLET = re.compile(r"\s[•□◦▪■●○◆►▶‣∙](?=\s)")
_CODE_START = re.compile(
    r"^\s*(?:var|let|const|function|window\.|document\.|if\s*\(|for\s*\(|return\b|try\s*\{|"
    r"\}\s*catch|[{}\[\];]|@media|@import|@font-face|<!--|-->|//|/\*|\(function|\$\(|"
    r"googletag|dataLayer|_gaq|gtag\()"
)
_CSS_RULE = re.compile(r"[#.@]?[\w\-\[\]=\"':>~+*, ]{1,80}\{[^{}]{0,400}:[^{}]{0,400}\}")
_CODE_CHARS = "{}[]();=<>$\\|_&"  # each counted once (no repeats)
_MAX_WRAP = 400  # the widest wrapping width considered, in characters
#: Share of the breaks a wrapping width explains that may end a sentence, at most.
SENTENCE_BREAKS = 0.5
_SENTENCE_ENDS = (".", "!", "?")
_CODE_HINT = re.compile(r"[{};=]|^\s*(?:/[/*]|<!--|-->|\]|\))")
_CODE_CHAR_HINT = re.compile(r"[{};=]")
_CODE_OPENINGS = ("//", "/*", "<!--", "-->", "]", ")")


@dataclass(slots=True)
class Blocks:
    """The blocks of a capture, the shape it had, the JSON-LD objects found in it, notes on
    work cut short (``evidence``, empty for any ordinary capture), and which blocks were
    Markdown headings (:mod:`~veille.extract.markup`)."""

    items: list[str]
    shape: str
    json_ld: list[dict[str, Any]] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)
    headings: list[int] = field(default_factory=list)
    """The items that were Markdown level-1 headings ("# Title"), by index."""
    rows: list[int] = field(default_factory=list)
    """The items that were lines of tab-separated cells (a table copied from a browser
    puts a tab between its cells: :func:`table_cells`), by index."""
    gapped: list[int] = field(default_factory=list)
    """The items that were a line of short capitalised items set apart by wide gaps (a
    site's menu bar copied with its separators as two spaces or more, or tabs:
    :func:`gapped_items`), by index. Normalising the whitespace loses those gaps, so they
    are kept here (t-final35 A2: "Drôme  Ardèche  Isère  Sports  Loisirs")."""
    widgets: list[int] = field(default_factory=list)
    """The items that were a line of two short capitalised items set apart by one wide gap
    (:func:`gapped_items` with ``least=2``: a header's edition and archive links, "Edición
    Valencia  Hemeroteca", a weather widget, "Troyes 3°C  Pluie"), by index: chrome-shaped
    over a headline (:func:`~veille.extract.capture_head.choose_head`; h-capture67b), never
    a menu on their own (two items are no menu bar)."""
    kickers: list[int] = field(default_factory=list)
    """The items that were a kicker in capitals set apart by a wide gap from the headline
    on its line ("GRÈVE  Les aiguilleurs du ciel débraient jeudi": :func:`kicker_gap`),
    by index; the headline is the next item."""
    glued: list[int] = field(default_factory=list)
    """The items that are a page's notice cut off the paragraph it was glued to ("… per i
    viaggiatori. RIPRODUZIONE RISERVATA © Copyright ANSA": :func:`~veille.extract.
    glued_notice.split_glued`), by index; the paragraph is the item next to it."""
    spaced: list[int] = field(default_factory=list)
    """The items set apart from the one above by a blank line, by index (the first item
    aside). A page's box (a see-also label, its linked headline, the summary) is copied
    line under line, the article's paragraphs with a blank line between them: where the
    spacing changes, the box ended (t-final61 #7)."""


#: A table row's cells hold at most this many words each (else it is text with a tab).
CELL_WORDS = 12


def table_cells(line: str) -> int:
    """How many cells ``line`` holds when it is a table row copied from a browser: two or
    more non-empty cells separated by tabs, none of them longer than :data:`CELL_WORDS`
    words; else 0."""
    if "\t" not in line.strip():
        return 0
    cells = [c for c in line.strip().split("\t") if c.strip()]
    if len(cells) < 2 or any(len(c.split()) > CELL_WORDS for c in cells):
        return 0
    return len(cells)


#: Items of a gapped line, at least, each of at most :data:`GAP_ITEM_WORDS` words.
GAP_ITEMS = 3
GAP_ITEM_WORDS = 4
_WIDE_GAP = re.compile(r"(?:\t|[ \u00a0\u2000-\u200a\u3000]{2,})[ \t\u00a0\u2000-\u200a\u3000]*")
_SENTENCE_END = re.compile(r"[.!?…]$")


def gapped_items(line: str, least: int = GAP_ITEMS) -> int:
    """How many items ``line`` holds when it is a menu bar copied with wide gaps as its
    separators: :data:`GAP_ITEMS` or more items (so two gaps or more) set apart by two
    spaces or more or by tabs, each of at most :data:`GAP_ITEM_WORDS` words, capitalised
    (or a number), ending no sentence, holding no colon ("Drôme  Ardèche  Isère  Sports
    Loisirs"); else 0. A headline with one stray double space has one gap; a sentence's
    items are not all capitalised. ``least`` (2 at the fewest) asks that many items
    instead: two are a header's widget ("Edición Valencia  Hemeroteca"), no menu bar
    (:attr:`Blocks.widgets`; h-capture67b)."""
    items = [item for item in _WIDE_GAP.split(line.strip()) if item]
    if len(items) < max(2, least):
        return 0
    for item in items:
        if (len(item.split()) > GAP_ITEM_WORDS or not (item[0].isupper() or item[0].isdigit())
                or ":" in item or _SENTENCE_END.search(item)):
            return 0
    return len(items)


#: A kicker is one to three words in capitals; the headline after it, a few words more.
KICKER_WORDS = 3
KICKER_HEADLINE_WORDS = (3, 30)


def kicker_gap(line: str) -> int:
    """Where the headline starts when ``line`` is a kicker in capitals, a wide gap, then a
    headline ("GRÈVE  Les aiguilleurs du ciel débraient jeudi", "ÉLECTIONS MUNICIPALES  À
    Royan, …": two elements of the page, a copy keeps their gap; t-final34 A13), else 0.
    The kicker is one to :data:`KICKER_WORDS` words of capital letters (an acronym too:
    the gap, not the case, tells it from the headline); what follows opens with a capital
    and is headline-sized (:data:`KICKER_HEADLINE_WORDS`), ending no sentence (a dateline
    in capitals opening a paragraph, "PARIS  Le président est arrivé.", stays)."""
    stripped = line.strip()
    gap = _WIDE_GAP.search(stripped)
    if gap is None or gap.start() == 0:
        return 0
    kicker, rest = stripped[:gap.start()], stripped[gap.end():]
    words = kicker.split()
    if not (0 < len(words) <= KICKER_WORDS and all(
            any(c.isalpha() for c in w) and not any(c.islower() for c in w) for w in words)):
        return 0
    low, high = KICKER_HEADLINE_WORDS
    if not (rest[:1].isupper() and low <= len(rest.split()) <= high) \
            or _WIDE_GAP.search(rest) or _SENTENCE_END.search(rest.rstrip()):
        return 0
    return len(line) - len(line.lstrip()) + gap.end()


def kicker_line(block: str) -> bool:
    """A kicker alone on its line: one to :data:`KICKER_WORDS` words in capitals, three
    letters or more ("INTEMPÉRIES", "FLOODING", "ÉLECTIONS MUNICIPALES"), a section's label
    set above the headline or above the standfirst under it (20 Minutes prints
    "INTEMPÉRIES" before its standfirst: t-final60 #15; split from that line by
    :func:`split_blocks`)."""
    return 0 < len(block.split()) <= KICKER_WORDS and block.isupper() and sum(
        c.isalpha() for c in block) >= 3


#: A kicker glued to its headline by one space is a word, not an acronym: each of its
#: words has at least this many letters ("GRÈVE", "WEATHER"; "NHS", "UK" are names).
KICKER_GLUED_LETTERS = 4
#: Only the lines of the page's head may be a headline with its kicker.
KICKER_GLUED_REACH = 40
_WORD_SPACE = re.compile(r"(\S+)\s")


_DOTTED_KICKER = re.compile(
    r"((?:[^\W\d_]+(?:['’-][^\W\d_]+)*[ ]){0,3}[^\W\d_]+(?:['’-][^\W\d_]+)*)\.[ ]+")


def glued_end(line: str) -> int:
    """Where a headline glued to a kicker in capitals starts in ``line`` (stripped), else
    0: one to :data:`KICKER_WORDS` words of :data:`KICKER_GLUED_LETTERS` letters or more,
    each in capitals, then a capitalised word ("INCENDIE Un …", "ПОЖАР Горит …"). Case is
    Unicode's (``str.isupper``): a Latin-only class took every Cyrillic letter for a
    capital and every Arabic one, which has no case ("Забастовка в Казани: …" lost its
    first word as a kicker: t-final53b A3, r-lang54).

    A kicker closed by a full stop ("INFO LE PARISIEN. Saint-Denis : un incendie…",
    "EXCLUSIF. Les …"; t-final56 A9) may hold short words: the stop, not the length, tells
    it from the headline; one to :data:`KICKER_WORDS` + 1 words in capitals, one of them
    of :data:`KICKER_GLUED_LETTERS` letters or more, none with a stop inside ("U.S.")."""
    dotted = _DOTTED_KICKER.match(line)
    if dotted is not None:
        words_before = dotted.group(1).split()
        after = _WORD_SPACE.match(line, dotted.end())
        if (len(words_before) <= KICKER_WORDS + 1 and dotted.group(1).isupper()
                and max(len(w) for w in words_before) >= KICKER_GLUED_LETTERS
                and after is not None and after.group(1)[:1].isupper()
                and any(c.islower() for c in after.group(1))):  # a name may follow
            return dotted.end()
    end = words = 0
    while words < KICKER_WORDS:
        found = _WORD_SPACE.match(line, end)
        if found is None or not (found.group(1).isalpha() and found.group(1).isupper()
                                 and len(found.group(1)) >= KICKER_GLUED_LETTERS):
            break
        end, words = found.end(), words + 1
    after = _WORD_SPACE.match(line, end)
    if not words or after is None or not _capitalised(after.group(1)):
        return 0
    return end


def _capitalised(word: str) -> bool:
    """Whether ``word`` is letters (an apostrophe within) opening with a capital and with
    no other ("Un", "Gusts", "L'eau", "Горит"; not "в", "NHS", "قال")."""
    letters = word.replace("'", "").replace("’", "")
    return letters.isalpha() and word[:1].isupper() and not any(
        c.isupper() for c in word[1:])


def kicker_glued(line: str, elsewhere: str) -> int:
    """Where the headline starts when ``line`` is a kicker in capitals glued to its
    headline by a single space ("INCENDIE Un entrepôt de la zone portuaire…", "WEATHER
    Gusts of 80mph forecast…"; r-pages36 read only a wide gap), else 0. With no gap, the
    kicker is told from an acronym opening the headline ("NHS Highland to pause…") by
    the page: an acronym of the headline is the text's subject and is written in capitals
    in it again, a kicker is a section's word the text does not print in capitals
    (``elsewhere``: the capture without this line). Its words have
    :data:`KICKER_GLUED_LETTERS` letters or more; the headline after it opens with a
    capitalised word in lower case after the capital, is headline-sized and ends no
    sentence, as for :func:`kicker_gap`."""
    stripped = line.strip()
    end = glued_end(stripped)
    if not end:
        return 0
    kicker, rest = stripped[:end].strip(), stripped[end:]
    low, high = KICKER_HEADLINE_WORDS
    if not (low <= len(rest.split()) <= high) or _SENTENCE_END.search(rest.rstrip()) \
            or sum(c.islower() for c in rest) < len(rest) // 2 or _WIDE_GAP.search(rest) \
            or not any(w[:1].islower() for w in rest.split()):  # a menu: "Sports Culture"
        return 0
    if any(re.search(rf"(?<!\w){re.escape(w.rstrip('.'))}(?!\w)", elsewhere)
           for w in kicker.split()):
        return 0
    return len(line) - len(line.lstrip()) + end


_BULLET_FIRST = frozenset("•□◦▪■●○◆►▶‣∙*+-")


def normalize_space(text: str) -> str:
    """Whitespace runs made one space, ends stripped, leading list bullets dropped."""
    # str.split() and the pattern \s+ split on the same (Unicode) whitespace.
    text = " ".join(text.split())
    return _BULLET.sub("", text) if text[:1] in _BULLET_FIRST else text


class _JsonEnds:
    """Where the JSON value opening at a position ends, for every opening of a capture.

    A scan from an opening bracket follows strings and nesting to the bracket that closes
    it; on the way it learns where every bracket it opened (outside a string) closes, and
    keeps it: a scan from that inner bracket would run through the same characters in the
    same state. So an opening that never closes costs one scan to the end of the text, not
    one per bracket after it. Total scanning is bounded by :data:`JSON_SCAN_BUDGET` times
    the text's length; past it :meth:`end` answers -1 and :attr:`exhausted` is set.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[int, int] = {}
        self.budget = JSON_SCAN_BUDGET * len(text) + 1000
        self.exhausted = False

    def end(self, start: int) -> int:
        """Index just past the value opening at ``start``, or -1 if it never closes within
        :data:`MAX_JSON_SPAN` characters."""
        found = self.known.get(start)
        if found is None:
            found = self._scan(start)
        return found if found >= 0 and found - start <= MAX_JSON_SPAN else -1

    def _scan(self, start: int) -> int:
        if self.budget <= 0:
            self.exhausted = True
            return -1
        text = self.text
        limit = min(len(text), start + MAX_JSON_SPAN)
        stack: list[int] = []
        in_string = False
        skip = -1  # the character after a backslash inside a string
        for match in _JSON_SPECIAL.finditer(text, start, limit):
            i = match.start()
            if i == skip:
                continue
            ch = text[i]
            if in_string:
                if ch == "\\":
                    skip = i + 1
                elif ch == '"':
                    in_string = False
            elif ch == '"':
                in_string = True
            elif ch in "{[":
                stack.append(i)
            elif stack:
                opened = stack.pop()
                self.known[opened] = i + 1
                if not stack:
                    self.budget -= i + 1 - start
                    return i + 1
        self.budget -= limit - start
        if limit == len(text):  # the end of the text: nothing still open ever closes
            for opened in stack:
                self.known[opened] = -1
        return -1


def _flatten_ld(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, list):
        return [d for v in value for d in _flatten_ld(v)]
    if isinstance(value, dict):
        if isinstance(value.get("@graph"), list):
            return _flatten_ld(value["@graph"])
        return [value]
    return []


def cut_json(text: str) -> tuple[str, list[dict[str, Any]], str]:
    """Remove JSON objects and arrays embedded in the text; return the JSON-LD ones, and a
    note ("" when none) when the search stopped early (see :class:`_JsonEnds`).

    A value counts as JSON when it holds an object key (``"name":``). Linear in the text:
    each opening's end is found once, and key positions are looked up, not searched for.
    """
    found: list[dict[str, Any]] = []
    out: list[str] = []
    pos = 0
    ends = _JsonEnds(text)
    keys = [m.start() for m in _JSON_KEY.finditer(text)]
    for match in _JSON_START.finditer(text):
        start = match.start()
        if start < pos:
            continue
        end = ends.end(start)
        if end < 0:
            continue
        first_key = bisect.bisect_left(keys, start)
        if first_key == len(keys) or keys[first_key] >= end - 2:
            continue
        span = text[start:end]
        out.append(text[pos:start])
        out.append("\n")
        pos = end
        try:
            parsed = json.loads(span)
        except (ValueError, RecursionError):
            continue
        found.extend(d for d in _flatten_ld(parsed) if "@type" in d or "@context" in d)
    out.append(text[pos:])
    note = ""
    if ends.exhausted:
        note = (f"stopped looking for embedded JSON after scanning {JSON_SCAN_BUDGET}x the "
                "text: brackets that never close")
    return "".join(out), found, note


def cut_tag_blocks(text: str) -> str:
    """Replace ``<script>``, ``<style>`` and ``<noscript>`` elements (tags and content) with
    a line break. An opening tag without its closing one stays (the tag itself is removed
    later). Linear: once a closing tag is missing after some point, no later opening of the
    same element looks for it again."""
    out: list[str] = []
    pos = 0
    unclosed_from: dict[str, int] = {}
    search_at = 0
    while (match := _TAG_OPEN.search(text, search_at)) is not None:
        search_at = match.end()
        name = match.group(1).lower()
        if match.end() >= unclosed_from.get(name, len(text) + 1):
            continue
        close = _TAG_CLOSE[name].search(text, match.end())
        if close is None:
            unclosed_from[name] = match.end()
            continue
        out.append(text[pos:match.start()])
        out.append(" " if _inline(text, match.start(), close.end()) else "\n")
        pos = search_at = close.end()
    out.append(text[pos:])
    return "".join(out)


def _inline(text: str, start: int, end: int) -> bool:
    """Whether the element at ``[start, end)`` sits inside a line of text, words on both
    sides ("Amiens : <script>…</script> la cathédrale illuminée"): it goes as a space, so
    the line stays one line (t-final55 A11: "Amiens :" was cut off the headline as a menu
    line); an element on lines of its own still ends a block. Looks at most 200 characters
    each way."""
    line_start = text.rfind("\n", max(0, start - 200), start)
    if not text[line_start + 1 if line_start >= 0 else max(0, start - 200):start].strip():
        return False
    line_end = text.find("\n", end, end + 200)
    return bool(text[end:line_end if line_end >= 0 else end + 200].strip())


#: Code punctuation that a sentence listing things in parentheses and semicolons lacks.
_NOT_LIST_PUNCTUATION = re.compile(r"[{}\[\]=<>$\\|_&]|\(\)|;\s*$|;\S")


def looks_like_code(block: str) -> bool:
    """Script or style leftovers: code keywords up front, CSS rules, or code punctuation."""
    # _CODE_HINT as a character search and a prefix test (one pattern with both
    # alternatives is tried at every position: twice as slow on the AEB captures).
    if not (_CODE_CHAR_HINT.search(block) or block.lstrip().startswith(_CODE_OPENINGS)):
        return False
    if _CODE_START.match(block):
        return True
    if "{" in block and _CSS_RULE.search(block) and block.count(":") >= block.count(" ") / 6:
        return True
    if len(block) < 8:
        return False
    code_chars = sum(map(block.count, _CODE_CHARS))
    if code_chars / len(block) <= 0.08 or not (";" in block or "{" in block or "=>" in block):
        return False
    # A sentence whose only code punctuation is a list's, parentheses and semicolons ("Buts :
    # Savanier (67e sp, 90e+3) pour Montpellier ; Moffi (12e), Boga (38e) pour Nice."): a
    # match sheet's scorers, no script (t-final49 A6: the line was dropped as code).
    return not (block.rstrip().endswith((".", "!", "?", "»", '"'))
                and not _NOT_LIST_PUNCTUATION.search(block))


def _is_flat_line(line: str, nonblank_lines: int) -> bool:
    if len(line) <= 1000 and nonblank_lines > 3:  # the cheap test first
        return False
    return len(_FLAT_GAP.findall(line.strip())) >= 3


def _first_word_len(line: str) -> int:
    stripped = line.strip()
    return len(stripped.split(" ", 1)[0]) if stripped else 0


#: The widest raggedness considered, in characters: how far short of the width a line
#: broken by hand (or by an editor that breaks at the last space before a soft limit) may
#: end while the next word would still have fitted.
MAX_SLACK = 16
#: In a ragged capture, the share of the explained breaks whose next line opens inside a
#: sentence (in lower case) at least: prose wrapped mid-sentence, not a
#: list of one-line headlines that happen to be of similar lengths.
RAGGED_OPENINGS = 0.4


@dataclass(frozen=True, slots=True)
class Wrap:
    """How a capture was wrapped: at ``width`` characters, lines ending up to ``slack``
    characters short of where the next word would have had to go (0: a text browser's
    exact wrapping; more: a hand or mail-client wrap, ragged right). ``blank_paragraphs``:
    the capture separates its paragraphs with blank lines, so a line ending a sentence
    inside the slack is still inside its paragraph."""

    width: int
    slack: int = 0
    blank_paragraphs: bool = False


def _best_width(by_line: dict[str, tuple[int, int]], slack: int) -> tuple[int, int]:
    """The width explaining the most breaks (weighted by line length) when a line may end
    up to ``slack`` characters short, and how many breaks it explains."""
    # A pair (n, word) is forced at every width from n to n + word (+ slack): difference
    # arrays over the widths give each width's weight and count in one pass.
    weight_step = [0] * (_MAX_WRAP + 2)
    count_step = [0] * (_MAX_WRAP + 2)
    for n, word in by_line.values():
        if n <= _MAX_WRAP:
            stop = min(n + 1 + word + slack, _MAX_WRAP + 1)
            weight_step[n] += n
            weight_step[stop] -= n
            count_step[n] += 1
            count_step[stop] -= 1
    widths = {n for n, _ in by_line.values() if n <= _MAX_WRAP}
    best, best_weight, best_forced = 0, 0, 0
    weight = forced = 0
    for width in range(_MAX_WRAP + 1):
        weight += weight_step[width]
        forced += count_step[width]
        if width in widths and weight > best_weight:
            best, best_weight, best_forced = width, weight, forced
    return best, best_forced


#: A line this long or longer, followed by another, is evidence of a wrap's width. A phone
#: in portrait wraps at 25 columns (newuser15b X4: its capture read as 40 one-line
#: blocks, "no paragraph of prose"); the width's other tests (breaks inside sentences,
#: explained breaks) tell a wrapped text from a list of short lines.
WRAPPED_LINE = 20


def _wrap_width(lines: list[str]) -> Wrap | None:
    """How a text browser, an editor or a person wrapped the capture, or None when it is
    not wrapped.

    Wrapping shows in the lines that a next line continues (no blank line between): at the
    right width, nearly every such line was broken because the next word would not fit.
    So the width is the one that explains the most breaks (weighted by line length, since
    short lines fit many widths by accident); chrome lines longer than it
    (which the browser did not wrap) do not count against it. A browser wraps exactly;
    when that width leaves more than one in ten of the breaks inside sentences unexplained,
    the capture was wrapped by hand, an editor or a mail client (any width, ragged right)
    and :func:`_ragged` reads its width and slack (newuser13 h2 c03, s-capt14).
    """
    # A line printed again (a widget repeated down the page) is one piece of evidence, not
    # several: a browser wrapping paragraphs does not print the same line twice.
    by_line = {
        line.strip(): (len(line.rstrip()), _first_word_len(nxt))
        for line, nxt in zip(lines, lines[1:], strict=False)
        if len(line.strip()) >= WRAPPED_LINE and nxt.strip()
    }
    if len(by_line) < 3:
        return None
    best, best_forced = _best_width(by_line, 0)
    long_pairs = sum(1 for n, _ in by_line.values() if n >= 0.8 * best)
    exact = not (best_forced < 3 or best_forced < 0.6 * long_pairs)
    # A browser breaks a paragraph wherever the width falls, mostly inside a sentence; a
    # page whose own lines end sentences (a list of headlines, summaries and dates) only
    # looks wrapped at the width of its longest line (newuser11 T1: a summary glued to the
    # author's name on the next line).
    if exact and _sentence_breaks(by_line, best, 0) > SENTENCE_BREAKS * best_forced:
        return None
    # The breaks only a wrap makes: the next line opens inside a sentence (in lower case).
    # A browser's exact width explains all of them; when it does not, the paragraphs were
    # wrapped by hand, an editor or a mail client, ragged right.
    inside: list[tuple[int, int]] = []
    cased = 0
    for line, nxt in zip(lines, lines[1:], strict=False):
        opening = nxt.lstrip()[:1]
        if opening.islower() and len(line.strip()) >= WRAPPED_LINE:
            inside.append((len(line.rstrip()), _first_word_len(nxt)))
        elif opening.isupper() and len(line.strip()) >= WRAPPED_LINE:
            cased += 1
    # No line broken inside a sentence: lines of their own (in a script with cases: Korean
    # or Japanese lines open with no capital nor lower case).
    if not inside and cased >= 0.5 * len(by_line):
        return None
    # Lines that end no sentence: a wrap breaks them (inside a sentence or before a name).
    unended = [pair for line, pair in by_line.items() if not line.endswith(_SENTENCE_ENDS)]
    nonblank = sum(1 for line in lines if line.strip())
    blank = sum(1 for a, b in zip(lines, lines[1:], strict=False) if not a.strip() and b.strip())
    spaced = blank >= 0.15 * nonblank
    exact_wrap = Wrap(best, blank_paragraphs=spaced)
    if exact and _explains(exact_wrap, inside) == len(inside) and not any(
            best < n <= best + MAX_SLACK // 2 for n, _ in unended):
        return exact_wrap
    ragged = _ragged(by_line, inside)
    if ragged is None or (exact and _explains(ragged, unended)
                          <= _explains(exact_wrap, unended)):
        return exact_wrap if exact else None
    return Wrap(ragged.width, ragged.slack, blank_paragraphs=spaced)


def _explains(wrap: Wrap, pairs: list[tuple[int, int]]) -> int:
    """How many of ``pairs`` (a line's length, its next line's first word's) ``wrap``
    explains as breaks."""
    return sum(1 for n, word in pairs if n <= wrap.width < n + 1 + word + wrap.slack)


def _sentence_breaks(by_line: dict[str, tuple[int, int]], width: int, slack: int) -> int:
    """How many of the breaks explained at ``width`` (with ``slack``) end a sentence."""
    return sum(1 for line, (n, word) in by_line.items()
               if n <= width < n + 1 + word + slack and line.endswith(_SENTENCE_ENDS))


def _ragged(by_line: dict[str, tuple[int, int]], inside: list[tuple[int, int]]) -> Wrap | None:
    """A ragged wrap read from the breaks inside sentences (``inside``: each line's length
    and its next line's first word's): the width is the longest such line, the slack how
    far short of it (plus the next word) the shortest of them ends; None when there are too
    few, the slack is past :data:`MAX_SLACK`, or the breaks it explains mostly end
    sentences or open with capitals (one-line paragraphs, a list of headlines)."""
    inside = [(n, word) for n, word in inside if n <= _MAX_WRAP]
    if len(inside) < 3:
        return None
    width = max(n for n, _ in inside)
    # A break before a capitalised name is a wrap too: a line a little longer that ends no
    # sentence widens the width.
    width = max([width] + [n for line, (n, _) in by_line.items()
                           if width < n <= width + MAX_SLACK // 2
                           and not line.endswith(_SENTENCE_ENDS)])
    slack = max(0, max(width - (n + 1 + word) for n, word in inside) + 1)
    if slack > MAX_SLACK:
        return None
    explained = [line for line, (n, word) in by_line.items()
                 if n <= width < n + 1 + word + slack]
    if len(inside) < RAGGED_OPENINGS * len(explained):
        return None
    if _sentence_breaks(by_line, width, slack) > SENTENCE_BREAKS * len(explained):
        return None
    return Wrap(width, slack)


#: A word longer than this is no word of prose (a URL, a path): a line broken before it
#: proves no wrapping when the line ends a sentence.
LONG_WORD = 20


#: Words that a line broken inside a sentence may end on and a headline does not (French
#: and English articles, prepositions and conjunctions).
_FUNCTION_WORDS = frozenset("""
a à au aux avec ce ces cette chez dans de des du en entre et l' la le les leur leurs ou
par pour que qui sa sans se selon ses son sous sur un une vers d' qu' s'
an and as at by for from in into of on or than that the to with
""".split())


def _heads_a_sentence(current: str, stripped: str,
                      lower_words: Callable[[], frozenset[str]]) -> bool:
    """Whether a one-line ``current`` ending no sentence is a line of its own (a headline)
    and ``stripped`` opens the next block: the line ends on a word no broken sentence
    stops at (no comma, no article or preposition) and the next opens with a capitalised
    word the capture writes in lower case elsewhere, so a sentence's first word, not a name
    (newuser13 a-C13: a headline glued to the chapô under it, "... près de Toulouse" /
    "Plusieurs centaines d'agriculteurs ...")."""
    last = current.rsplit(" ", 1)[-1]
    if not last[-1:].isalnum() or last.lower() in _FUNCTION_WORDS:
        return False
    first = stripped.split(" ", 1)[0]
    if not first[:1].isupper() or first.isupper():
        return False
    second = stripped.split(" ", 2)[1:2]
    # "Le Pen", "La Rochelle": a capitalised word after it makes it a name's part.
    return first.lower() in lower_words() and not (second and second[0][:1].isupper())


def _continues(current: str, current_raw: str, line: str, stripped: str, wrap: Wrap,
               base: int) -> bool:
    """Whether ``line`` continues the paragraph ``current`` (whose last raw line is
    ``current_raw``) in a capture wrapped as ``wrap``, whose lines are most often indented
    by ``base`` characters.

    It does when the line was broken only because its next word would not fit (within the
    wrap's slack), except where the break is a paragraph's end that the width happens to
    explain: the line ends a sentence and the next line is indented past ``base`` (a word
    processor's paragraph) or opens with a word longer than :data:`LONG_WORD` characters (a
    URL under the last paragraph: any line breaks before it; newuser13 a-C1); in a ragged
    wrap without blank lines between paragraphs, a sentence's end inside the slack. A line
    of half the width or more ending on an article or a preposition is continued whatever
    the next word (a capital, a digit prove nothing). It does too when the next line opens
    in lower case after a line of half the width or more that ends no sentence: a line
    broken inside a sentence (a headline wrapped by another rule
    than the body; newuser13 h2-C7)."""
    first_word = stripped.split(" ", 1)[0]
    ends = current.endswith(_SENTENCE_ENDS) or current.endswith(_QUOTED_ENDS)
    width = wrap.width
    if ends and 4 * len(line.rstrip()) < 3 * width and is_byline(stripped):
        # A byline on its own short line after a sentence's end ("Par Charlotte
        # d'Ornellas" under the standfirst of a phone capture) opens its own block
        # (newuser15b X4: it was glued to the standfirst, and both became the headline).
        return False
    fits = len(current_raw) <= width
    if fits and len(current_raw) + 1 + len(first_word) > width:
        return not (ends and (_indent(line) > base or len(first_word) > LONG_WORD))
    if fits and wrap.slack and len(current_raw) + 1 + len(first_word) > width - wrap.slack:
        return not ends or wrap.blank_paragraphs
    if (fits and 2 * len(current_raw) >= width
            and current.rsplit(" ", 1)[-1].lower() in _FUNCTION_WORDS):
        return True  # "... tout l'automne à" / "Montceau-les-Mines": no line ends so
    return (not ends and stripped[:1].islower() and 2 * len(current_raw) >= width
            and fits)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


_QUOTED_ENDS = tuple(end + close for end in _SENTENCE_ENDS for close in ("»", "”", '"', ")"))


def _lower_words(lines: list[str]) -> frozenset[str]:
    """The words the capture writes in lower case (first letter), for telling a sentence's
    capitalised first word from a name."""
    return frozenset(word for line in lines for word in line.split()
                     if word[:1].islower())


#: A line's end broken inside a hyphenated word: a letter, then the hyphen.
_HYPHEN_BREAK = re.compile(r"[^\W\d_]-$")


def _joint(current: str, stripped: str) -> str:
    """What joins a wrapped line to the next one: a space, or nothing when the line ends
    on a letter and a hyphen and the next opens with a letter ("Pierrefitte-" /
    "sur-Seine", "Saint-" / "Germain-en-Laye"). ``fmt`` and Python's textwrap break after
    a word's hyphen; the hyphen is kept, as French captures rarely hyphenate a plain word
    for the wrap and a compound's hyphen is part of the name (t-final27 F4). A spaced dash
    ("Châtelet -" / "Orly", a "- " list line) is no word's hyphen and keeps its space."""
    # The pattern is two characters before the end (or a final newline): the last three
    # characters answer as the whole line, without a scan of the paragraph joined so far
    # at every line (quadratic in a paragraph's lines; issue 13).
    if _HYPHEN_BREAK.search(current[-3:]) and stripped[:1].isalpha():
        return ""
    return " "


def _unwrap(lines: list[str], wrap: Wrap) -> list[str]:
    """Join each line that was broken only because the next word would not fit."""
    out: list[str] = []
    current = ""
    current_raw = ""
    indents = Counter(_indent(line) for line in lines if line.strip())
    base = indents.most_common(1)[0][0] if indents else 0
    lower: list[frozenset[str]] = []  # the capture's lower-case words, read when needed

    def lower_words() -> frozenset[str]:
        if not lower:
            lower.append(_lower_words(lines))
        return lower[0]

    for line in lines:
        stripped = line.strip()
        if not stripped:
            if current:
                out.append(current)
            current = ""
            out.append("")
            continue
        if current:
            # Without blank lines between paragraphs, a one-line headline may sit right
            # above the chapô's first line.
            if (_continues(current, current_raw, line, stripped, wrap, base)
                    and not (not wrap.blank_paragraphs and current == current_raw.strip()
                             and not current.endswith(_SENTENCE_ENDS)
                             and _heads_a_sentence(current, stripped, lower_words))):
                current = current + _joint(current, stripped) + stripped
                current_raw = line.rstrip()
                continue
            out.append(current)
        current = stripped
        current_raw = line.rstrip()
    if current:
        out.append(current)
    return out


_QUOTE = re.compile(r"^(?:>[ \t]?)+")
#: Share of a capture's non-blank lines quoted with ">" for the quote marks to be removed.
QUOTED_SHARE = 0.5


def _unquote(lines: list[str]) -> list[str]:
    """A page pasted into an e-mail reply: every line quoted with "> " (">> " when quoted
    twice). When most lines are quoted, the marks are removed, so the lines are the page's
    again (wrapped or not; newuser13 a-C13)."""
    quoted = sum(1 for line in lines if line.startswith(">"))
    if quoted < 3 or quoted < QUOTED_SHARE * sum(1 for line in lines if line.strip()):
        return lines
    return [_QUOTE.sub("", line) if line.startswith(">") else line for line in lines]


def split_blocks(text: str) -> Blocks:
    """Split a capture into blocks (whitespace-normalised), dropping code leftovers."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n")
    if "<" in text:
        text = _TAGS.sub(" ", cut_tag_blocks(text))
    text, json_ld, json_note = cut_json(text)
    lines = _unquote(text.split("\n"))
    nonblank = sum(1 for line in lines if line.strip())
    shape = "lines"
    pieces: list[str] = []
    if any(_is_flat_line(line, nonblank) for line in lines):
        shape = "flat"
        for line in lines:
            if _is_flat_line(line, nonblank):
                pieces.extend(p for gap in _FLAT_GAP.split(line) for p in _FLAT_BULLET.split(gap))
            else:
                pieces.append(line)
    else:
        wrap = _wrap_width(lines)
        if wrap:
            shape = "wrapped"
            pieces = _unwrap(lines, wrap)
        else:
            pieces = lines
    items: list[str] = []
    headings: list[int] = []
    rows: list[int] = []
    gapped: list[int] = []
    widgets: list[int] = []
    kickers: list[int] = []
    split: list[str] = []
    head_pieces = 0
    for n_piece, piece in enumerate(pieces):
        cut = kicker_gap(piece) if shape == "lines" else 0
        if not cut and shape == "lines" and head_pieces < KICKER_GLUED_REACH \
                and glued_end(piece.strip()):
            cut = kicker_glued(piece, "\n".join(pieces[:n_piece] + pieces[n_piece + 1:]))
        head_pieces += bool(piece.strip())
        if cut:
            kickers.append(len(split))
            split.extend((piece[:cut], piece[cut:]))
        else:
            split.append(piece)
    kicker_pieces = set(kickers)
    kicker_items: list[int] = []
    glued: list[int] = []
    spaced: list[int] = []
    gap = False
    for n, piece in enumerate(split):
        # A Markdown heading opens its line; an indented "#" is a text browser's bullet
        # (lynx marks nested list items so).
        block, level = unmark(normalize_space(piece), heading=piece[:1] == "#")
        if not piece.strip():
            gap = True
        if block and not looks_like_code(block):
            if gap and items:
                spaced.append(len(items))
            gap = False
            row = shape == "lines" and bool(table_cells(piece))
            # a notice glued to a paragraph: an item of its own (t-final51b A3)
            before, body, after = (("", block, "") if level == 1 or row or n in kicker_pieces
                                   else split_glued(block))
            if before:
                glued.append(len(items))
                items.append(before)
            if level == 1:
                headings.append(len(items))
            if row:
                rows.append(len(items))
            gaps = gapped_items(piece, least=2) if shape == "lines" else 0
            if gaps >= GAP_ITEMS:
                gapped.append(len(items))
            elif gaps:
                widgets.append(len(items))
            if n in kicker_pieces:
                kicker_items.append(len(items))
            items.append(body)
            if after:
                glued.append(len(items))
                items.append(after)
    if len(headings) > 1:  # sections of a Markdown document, no one headline
        headings = []
    evidence = {"json": json_note} if json_note else {}
    return Blocks(items=items, shape=shape, json_ld=json_ld, evidence=evidence,
                  headings=headings, rows=rows, gapped=gapped, widgets=widgets,
                  kickers=kicker_items,
                  glued=glued, spaced=spaced)

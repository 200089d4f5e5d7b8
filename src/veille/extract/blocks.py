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

import json
import re
from dataclasses import dataclass, field
from typing import Any

MAX_JSON_SPAN = 1_000_000
_TAG_BLOCKS = re.compile(r"<(script|style|noscript)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]{0,500})?/?>")
_FLAT_GAP = re.compile(r"[ \t\u00a0\u2000-\u200a\u3000]{2,}")
_WS = re.compile(r"\s+")
# List bullets that text browsers print before items ("• Politique", "□ Par X", lynx's
# "* Monde"): not text.
_BULLET = re.compile(r"^(?:(?:[•□◦▪■●○◆►▶‣∙]|[*+](?=\s))\s*)+")
# In a flat capture, list items joined on one line still show their bullets: split there.
_FLAT_BULLET = re.compile(r"\s[•□◦▪■●○◆►▶‣∙](?=\s)")
_CODE_START = re.compile(
    r"^\s*(?:var|let|const|function|window\.|document\.|if\s*\(|for\s*\(|return\b|try\s*\{|"
    r"\}\s*catch|[{}\[\];]|@media|@import|@font-face|<!--|-->|//|/\*|\(function|\$\(|"
    r"googletag|dataLayer|_gaq|gtag\()"
)
_CSS_RULE = re.compile(r"[#.@]?[\w\-\[\]=\"':>~+*, ]{1,80}\{[^{}]{0,400}:[^{}]{0,400}\}")
_CODE_CHARS = set("{}[]();=<>$\\|_&")
_CODE_HINT = re.compile(r"[{};=]|^\s*(?:/[/*]|<!--|-->|\]|\))")


@dataclass(slots=True)
class Blocks:
    """The blocks of a capture, the shape it had, and the JSON-LD objects found in it."""

    items: list[str]
    shape: str
    json_ld: list[dict[str, Any]] = field(default_factory=list)


def normalize_space(text: str) -> str:
    """Whitespace runs made one space, ends stripped, leading list bullets dropped."""
    return _BULLET.sub("", _WS.sub(" ", text).strip())


def _balanced_json_end(text: str, start: int) -> int:
    """Index just past the JSON value that opens at ``start``, or -1 if it never closes."""
    depth = 0
    in_string = False
    escaped = False
    limit = min(len(text), start + MAX_JSON_SPAN)
    for i in range(start, limit):
        ch = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth == 0:
                return i + 1
    return -1


def _flatten_ld(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, list):
        return [d for v in value for d in _flatten_ld(v)]
    if isinstance(value, dict):
        if isinstance(value.get("@graph"), list):
            return _flatten_ld(value["@graph"])
        return [value]
    return []


def cut_json(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Remove JSON objects and arrays embedded in the text; return the JSON-LD ones."""
    found: list[dict[str, Any]] = []
    out: list[str] = []
    pos = 0
    for match in re.finditer(r"[\[{]\s*[\"{]", text):
        start = match.start()
        if start < pos:
            continue
        end = _balanced_json_end(text, start)
        if end < 0:
            continue
        span = text[start:end]
        if '":' not in span.replace('" :', '":'):
            continue
        out.append(text[pos:start])
        out.append("\n")
        pos = end
        try:
            parsed = json.loads(span)
        except (ValueError, RecursionError):
            continue
        found.extend(d for d in _flatten_ld(parsed) if "@type" in d or "@context" in d)
    out.append(text[pos:])
    return "".join(out), found


def looks_like_code(block: str) -> bool:
    """Script or style leftovers: code keywords up front, CSS rules, or code punctuation."""
    if not _CODE_HINT.search(block):
        return False
    if _CODE_START.match(block):
        return True
    if _CSS_RULE.search(block) and block.count(":") >= block.count(" ") / 6:
        return True
    if len(block) < 8:
        return False
    code_chars = sum(1 for c in block if c in _CODE_CHARS)
    return code_chars / len(block) > 0.08 and (";" in block or "{" in block or "=>" in block)


def _is_flat_line(line: str, nonblank_lines: int) -> bool:
    gaps = len(_FLAT_GAP.findall(line.strip()))
    return gaps >= 3 and (len(line) > 1000 or nonblank_lines <= 3)


def _first_word_len(line: str) -> int:
    stripped = line.strip()
    return len(stripped.split(" ", 1)[0]) if stripped else 0


def _wrap_width(lines: list[str]) -> int:
    """The width a text browser wrapped at, or 0 when the capture is not wrapped.

    Wrapping shows in the lines that a next line continues (no blank line between): at the
    right width, nearly every such line was broken because the next word would not fit.
    So the width is the one that explains the most breaks (weighted by line length, since
    short lines fit many widths by accident); chrome lines longer than it
    (which the browser did not wrap) do not count against it.
    """
    # A line printed again (a widget repeated down the page) is one piece of evidence, not
    # several: a browser wrapping paragraphs does not print the same line twice.
    pairs = list({
        line.strip(): (len(line.rstrip()), _first_word_len(nxt))
        for line, nxt in zip(lines, lines[1:], strict=False)
        if len(line.strip()) >= 30 and nxt.strip()
    }.values())
    if len(pairs) < 3:
        return 0
    best, best_weight, best_forced = 0, 0, 0
    for width in sorted({n for n, _ in pairs if n <= 400}):
        forced_lengths = [n for n, word in pairs if n <= width < n + 1 + word]
        weight = sum(forced_lengths)
        if weight > best_weight:
            best, best_weight, best_forced = width, weight, len(forced_lengths)
    long_pairs = sum(1 for n, _ in pairs if n >= 0.8 * best)
    return best if best_forced >= 3 and best_forced >= 0.6 * long_pairs else 0


def _unwrap(lines: list[str], width: int) -> list[str]:
    """Join each line that was broken only because the next word would not fit."""
    out: list[str] = []
    current = ""
    current_raw = ""
    for line in lines:
        stripped = line.strip()
        if not stripped:
            if current:
                out.append(current)
            current = ""
            out.append("")
            continue
        if current:
            first_word = stripped.split(" ", 1)[0]
            if len(current_raw) <= width and len(current_raw) + 1 + len(first_word) > width:
                current = current + " " + stripped
                current_raw = line.rstrip()
                continue
            out.append(current)
        current = stripped
        current_raw = line.rstrip()
    if current:
        out.append(current)
    return out


def split_blocks(text: str) -> Blocks:
    """Split a capture into blocks (whitespace-normalised), dropping code leftovers."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n")
    if "<" in text:
        text = _TAGS.sub(" ", _TAG_BLOCKS.sub("\n", text))
    text, json_ld = cut_json(text)
    lines = text.split("\n")
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
        width = _wrap_width(lines)
        if width:
            shape = "wrapped"
            pieces = _unwrap(lines, width)
        else:
            pieces = lines
    items = [normalize_space(p) for p in pieces]
    items = [b for b in items if b and not looks_like_code(b)]
    return Blocks(items=items, shape=shape, json_ld=json_ld)

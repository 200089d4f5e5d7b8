"""HTML-safe highlighted snippets: the text is escaped, the matches wrapped in ``<mark>``.

A word of the text matches when the index's own analyzer gives it a term the query asked
for (so ``réunira`` is marked for the query ``réunir``), when it starts with a queried
prefix, or when it is a hyphenated compound whose joined form matches
(``anti-jihadistes`` for ``antijihadiste``). Only the words that could match (their
folded form starts with a wanted term) go through the analyzer, which keeps this cheap.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

from veille.index.analysis import WORD_RE, compounds, fold, skeleton
from veille.index.query import Phrase, Word

SNIPPET_CHARS = 220
MAX_SNIPPETS = 2
Analyze = Callable[[str, str], list[str]]


class Highlighter:
    """Marks the terms of one query in texts of any language (caching per language)."""

    def __init__(self, terms: Sequence[Word | Phrase], analyze: Analyze) -> None:
        self.terms = terms
        self.analyze = analyze
        self._wanted: dict[str, set[str]] = {}
        self._cache: dict[str, dict[str, bool]] = {}
        self._prefixes = [fold("".join(c for c in t.text if c.isalnum()))
                          for t in self.terms if isinstance(t, Word) and t.prefix]

    def wanted(self, language: str) -> set[str]:
        if language not in self._wanted:
            wanted: set[str] = set()
            for term in self.terms:
                if isinstance(term, Word) and term.prefix:
                    continue
                for word in WORD_RE.findall(term.text):
                    wanted.update(self.analyze(word, language))
                if isinstance(term, Word):
                    wanted.update(self.analyze("".join(WORD_RE.findall(term.text)), language))
            self._wanted[language] = wanted
        return self._wanted[language]

    def spans(self, text: str, language: str) -> list[tuple[int, int]]:
        """Character spans of the matching words, in order, not overlapping."""
        wanted = self.wanted(language)
        if not wanted and not self._prefixes:
            return []
        # One cache per language for the whole page: the same words recur from hit to hit.
        cache = self._cache.setdefault(language, {})
        heads = {w[:3] for w in wanted}

        def hit(word: str) -> bool:
            known = cache.get(word)
            if known is None:
                folded = fold(word)
                known = any(folded.startswith(p) for p in self._prefixes) or (
                    any(folded.startswith(h) for h in heads)
                    and bool(wanted.intersection(self.analyze(word, language))))
                cache[word] = known
            return known

        found = [(start, end) for start, end in self._candidates(text, heads)
                 if hit(text[start:end])]
        found += [(start, end) for start, end, joined in compounds(text) if hit(joined)]
        found.sort(key=lambda span: (span[0], -span[1]))
        merged: list[tuple[int, int]] = []
        for start, end in found:
            if merged and start < merged[-1][1]:
                continue
            merged.append((start, end))
        return merged

    def _candidates(self, text: str, heads: set[str]) -> list[tuple[int, int]]:
        """Spans of the words that start like a wanted term (one regex pass, not one
        Python call per word); every candidate is then checked with the analyzer."""
        folded = skeleton(text)
        if folded is None:
            return [(m.start(), m.end()) for m in WORD_RE.finditer(text)]
        starts = sorted(set(heads) | set(self._prefixes), key=len, reverse=True)
        if not starts:
            return []
        pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, starts))
                             + r")[^\W_]*")
        return [(m.start(), m.end()) for m in pattern.finditer(folded)]

    def mark(self, text: str, language: str) -> str:
        """All of ``text``, escaped, with the matches marked."""
        return _render(text, 0, len(text), self.spans(text, language))

    def snippets(self, text: str, language: str, *, limit: int = MAX_SNIPPETS) -> list[str]:
        """Up to ``limit`` passages around the matches; the opening when nothing matches."""
        if not text:
            return []
        text = text.replace("\n", " ")  # same length: the offsets stay valid
        spans = self.spans(text, language)
        if not spans:
            end = _cut_end(text, min(len(text), SNIPPET_CHARS))
            return [_render(text, 0, end, [])]
        windows: list[tuple[int, int]] = []
        for start, _end in spans:
            if windows and start < windows[-1][1]:
                continue
            lo = _cut_start(text, max(0, start - SNIPPET_CHARS // 4))
            hi = _cut_end(text, min(len(text), lo + SNIPPET_CHARS))
            windows.append((lo, hi))
        ranked = sorted(windows, key=lambda w: -sum(1 for s in spans if w[0] <= s[0] < w[1]))
        chosen = sorted(ranked[:limit])
        return [_render(text, lo, hi, spans) for lo, hi in chosen]


def _cut_start(text: str, pos: int) -> int:
    if pos == 0:
        return 0
    space = text.find(" ", pos)
    return space + 1 if 0 <= space < pos + 30 else pos


def _cut_end(text: str, pos: int) -> int:
    if pos >= len(text):
        return len(text)
    space = text.rfind(" ", pos - 30, pos)
    return space if space > 0 else pos


def _render(text: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str:
    out: list[str] = ["… " if lo > 0 else ""]
    cursor = lo
    for start, end in spans:
        if start < lo or end > hi:
            continue
        out.append(html.escape(text[cursor:start]))
        out.append(f"<mark>{html.escape(text[start:end])}</mark>")
        cursor = end
    out.append(html.escape(text[cursor:hi]))
    if hi < len(text):
        out.append(" …")
    return "".join(out).strip()

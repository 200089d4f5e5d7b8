"""HTML-safe highlighted snippets: the text is escaped, the matches wrapped in ``<mark>``.

A word of the text matches when the index's own analyzer gives it a term the query asked
for (so ``réunira`` is marked for the query ``réunir``), when it starts with a queried
prefix, or when it is a hyphenated compound whose joined form matches
(``anti-jihadistes`` for ``antijihadiste``), or a number written in digit groups whose
joined form matches (``10.000``, ``10 000`` for ``10000``). Only the words that could match (their
folded form starts with a wanted term) go through the analyzer, which keeps this cheap.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from veille.index.analysis import (
    CJK_WORD_RE,
    HAS_CJK,
    WORD_RE,
    ampersand_words,
    apostrophe_words,
    compounds,
    final_e_reading,
    fold,
    grouped_numbers,
    joined_word,
    language_for,
    plural_of,
    skeleton,
    skeleton_forms,
    written_singular,
)
from veille.index.inflections import other_forms
from veille.index.query import Phrase, Word
from veille.index.scripts import needs_fold, script_fold
from veille.index.word_marks import WORD_MARKS

SNIPPET_CHARS = 220
MAX_SNIPPETS = 2
NEAR_PARAGRAPHS = 50
SNIPPET_SCAN_CHARS = 200_000
"""How much of a body's start snippets are sought in (about 30,000 words, a long report):
the work per hit is bounded whatever the article's length (t-scale19 P1: one article of
5.7 M characters kept a search from answering). A body that matches only past it shows
its opening, as one whose match is not a word of its text (a date, a source) does."""
"""How many kept paragraphs back a repeated one is sought (beyond: exact repeats only)."""
Analyze = Callable[[str, str], list[str]]


class Highlighter:
    """Marks the terms of one query in texts of any language (caching per language)."""

    def __init__(self, terms: Sequence[Word | Phrase], analyze: Analyze, *,
                 phrases_apart: bool = True, names: Sequence[Phrase] = ()) -> None:
        """``names``: the names of the entities the query asks for (their aliases), marked
        where they are written whole, never word by word (``_loose`` leaves them out: "EI"
        marked, never every "groupe" for "groupe Etat islamique")."""
        several = [n for n in names if len(WORD_RE.findall(n.text)) > 1]
        self.phrases = [t for t in terms if isinstance(t, Phrase)
                        and len(WORD_RE.findall(t.text)) > 1] + several \
            if phrases_apart else []
        """Phrases of several words: marked only where their words follow each other
        (newuser12b D11: ``"motion de censure"`` marked "motion" alone elsewhere). A text
        where none is seen so (the index matched it another way: a number in digit groups,
        a compound, a word written without accents) has their words marked wherever they
        are, as before (``_loose``)."""
        single = [n for n in names if n not in several]
        self._loose = Highlighter([*terms, *single], analyze, phrases_apart=False) \
            if self.phrases else None
        terms = [t for t in [*terms, *single] if t not in self.phrases]
        self.terms = terms
        self.analyze = analyze
        self._wanted: dict[str, set[str]] = {}
        self._cache: dict[str, dict[str, bool]] = {}
        self._starts: dict[str, tuple[set[str], list[str]]] = {}
        self._phrase_terms: dict[str, dict[str, str | None]] = {}
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
                    # "salarie" is searched as "salarié" too: mark "salariés"
                    reading = final_e_reading(word, language_for(language))
                    if reading is not None:
                        wanted.update(self.analyze(reading, language))
                    # "conseiller" also searches its plural's own term: mark "conseillers"
                    if language_for(language).plurals and (plural := plural_of(word)):
                        wanted.update(self.analyze(plural, language))
                    # "Павел" also searches "Павла", "قاهرة" "بالقاهرة": mark them
                    for form in other_forms(script_fold(word), language_for(language).code):
                        wanted.update(self.analyze(form, language))
                joined = joined_word(term.text) if isinstance(term, Word) else None
                if joined:
                    wanted.update(self.analyze(joined, language))
            self._wanted[language] = wanted
        return self._wanted[language]

    def written(self, language: str) -> frozenset[str]:
        """The words, folded, that a plural query word finds as written in ``language``'s
        articles (:func:`~veille.index.analysis.written_singular`: ``conseillers`` finds
        and marks "conseiller", not "conseil"); empty for a language without plurals."""
        if not language_for(language).plurals:
            return frozenset()
        return frozenset(fold(singular) for term in self.terms if isinstance(term, Word)
                         and not term.prefix
                         and (singular := written_singular(script_fold(term.text))))

    def spans(self, text: str, language: str) -> list[tuple[int, int]]:
        """Character spans of the matching words and phrases, in order, not overlapping."""
        found = self._word_spans(text, language)
        if self.phrases:
            phrased = self._phrase_spans(text, language)
            if not phrased and self._loose is not None:
                return self._loose.spans(text, language)
            found = sorted(found + phrased,
                           key=lambda span: (span[0], -span[1]))
            merged: list[tuple[int, int]] = []
            for start, end in found:
                if merged and start < merged[-1][1]:
                    continue
                merged.append((start, end))
            found = merged
        return found

    def _phrase_spans(self, text: str, language: str) -> list[tuple[int, int]]:
        """Spans of the words of each place where a phrase's words follow each other in
        ``text``, its function words (which the index does not keep) read as any word, as
        the index's phrase query reads them; the function words are not marked."""
        terms_of = self._phrase_terms.setdefault(language, {})

        def term(word: str) -> str | None:
            if word not in terms_of:
                analysed = self.analyze(word, language)
                terms_of[word] = analysed[0] if analysed else None
            return terms_of[word]

        words = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
        out: list[tuple[int, int]] = []
        for phrase in self.phrases:
            written = WORD_RE.findall(phrase.text)
            wanted = [term(w) for w in written]
            while wanted and wanted[0] is None:
                wanted.pop(0)
                written.pop(0)
            while wanted and wanted[-1] is None:
                wanted.pop()
            if not wanted:
                continue
            size, head = len(wanted), fold(written[0])[:1]
            for at in range(len(words) - size + 1):
                if not fold(words[at][2]).startswith(head):
                    continue  # a stem starts with its word's first letter: cheap test
                if all(want is None or term(words[at + k][2]) == want
                       for k, want in enumerate(wanted)):
                    out.extend(words[at + k][:2] for k, want in enumerate(wanted)
                               if want is not None)
        return out

    def _word_spans(self, text: str, language: str) -> list[tuple[int, int]]:
        wanted = self.wanted(language)
        if not wanted and not self._prefixes:
            return []
        # One cache per language for the whole page: the same words recur from hit to hit.
        cache = self._cache.setdefault(language, {})
        heads, starts = self._heads(language)
        written = self.written(language)

        def hit(word: str) -> bool:
            known = cache.get(word)
            if known is None:
                folded = fold(script_fold(word))
                known = any(folded.startswith(p) for p in self._prefixes) or (
                    any(folded.startswith(h) for h in heads)
                    and bool(wanted.intersection(self.analyze(word, language)))) or (
                    folded in written)
                cache[word] = known
            return known

        if language_for(language).cjk and (HAS_CJK.search(text) or needs_fold(text)):
            # Another script (newuser12c W5, W6, W26): every word is a candidate, a CJK
            # character a word, each folded as the index folds it. Not looked for in French
            # and English articles (~15 µs a text, a tenth of a page's snippets).
            candidates = [(m.start(), m.end()) for m in CJK_WORD_RE.finditer(text)]
        else:
            candidates = self._candidates(text, starts)
        found = [(start, end) for start, end in candidates if hit(text[start:end])]
        found += [(start, end) for start, end, joined in compounds(text) if hit(joined)]
        found += [(start, end) for start, end, joined in apostrophe_words(text) if hit(joined)]
        found += [(start, end) for start, end, joined in ampersand_words(text) if hit(joined)]
        if any(not start[:1].isalpha() for start in (*heads, *self._prefixes)):
            # A number's joined form is digits: only a term or prefix that does not start
            # with a letter can match it (fold keeps digits digits).
            found += [(start, end) for start, end, joined in grouped_numbers(text)
                      if hit(joined)]
        found.sort(key=lambda span: (span[0], -span[1]))
        merged: list[tuple[int, int]] = []
        for start, end in found:
            if merged and start < merged[-1][1]:
                continue
            if merged and start == merged[-1][1]:  # CJK characters of one word: one mark
                merged[-1] = (merged[-1][0], end)
                continue
            merged.append((start, end))
        return merged

    def _heads(self, language: str) -> tuple[set[str], list[str]]:
        """The first three letters of each wanted term of ``language``, and what a word's
        :func:`~veille.index.analysis.skeleton` starts with when its folded form starts with
        one of them or with a prefix of the query (:func:`skeleton_forms`), computed once."""
        found = self._starts.get(language)
        if found is None:
            heads = {w[:3] for w in self.wanted(language)}
            starts = sorted({form for start in heads | set(self._prefixes)
                             for form in skeleton_forms(start)}, key=len, reverse=True)
            found = self._starts[language] = (heads, starts)
        return found

    def _candidates(self, text: str, starts: list[str]) -> list[tuple[int, int]]:
        """Spans of the words whose skeleton starts with one of ``starts``; every
        candidate is then checked with the analyzer.

        The text is read letter for letter (:func:`~veille.index.analysis.skeleton`: ``œ``
        is ``o`` there), so each start is also looked for as it reads so
        (:func:`~veille.index.analysis.skeleton_forms`: ``oeu`` → ``ou``). Regression
        (newuser7 P18): ``œuvre``, ``cœur`` were found but never marked."""
        folded = skeleton(text)
        if folded is None:
            return [(m.start(), m.end()) for m in WORD_RE.finditer(text)]
        if not starts:
            return []
        if not all(start.isalnum() for start in starts):
            pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, starts))
                                 + r")(?:[^\W_]|[" + WORD_MARKS + "])*")
            return [(m.start(), m.end()) for m in pattern.finditer(folded)]
        # What that pattern finds when every start is letters and digits: the whole words
        # that start with one. Each start is found with str.find, where the regex tried
        # every position of the text (~3x the CPU on the bench's articles).
        found: set[int] = set()
        for start in starts:
            at = folded.find(start)
            while at != -1:
                if at == 0 or not folded[at - 1].isalnum():
                    found.add(at)
                at = folded.find(start, at + len(start))
        word = WORD_RE.pattern_for(folded)  # once, not at each word (t-scale19 P1)
        spans: list[tuple[int, int]] = []
        for at in sorted(found):
            # a start inside the word found before it ("a\u0345a": the mark the index keeps
            # in a word carries it on) is that word's, as the regex's matches never overlap
            if spans and at < spans[-1][1]:
                continue
            spans.append((at, _word_end(word, folded, at)))
        return spans

    def mark(self, text: str, language: str) -> str:
        """All of ``text``, escaped, with the matches marked."""
        return _render(text, 0, len(text), self.spans(text, language))

    def snippets(self, text: str, language: str, *, limit: int = MAX_SNIPPETS) -> list[str]:
        """Up to ``limit`` passages around the matches; the opening when nothing matches.

        A passage never runs across two paragraphs (lines of ``text``), so it never glues
        two places into a sentence the article does not contain; a paragraph that repeats
        another (the lead is often the first paragraph again) is one place, so no passage
        is shown twice.
        """
        text = scanned_part(text)
        if not text:
            return []
        paragraphs = distinct_paragraphs(text)
        if not paragraphs:
            return []
        spans = self.spans(text, language)
        if not spans:
            lo, hi = paragraphs[0]
            return [_render(text, lo, _cut_end(text, min(hi, lo + SNIPPET_CHARS)), [], lo, hi)]
        starts = [start for start, _end in spans]
        windows = passage_windows(text, spans, paragraphs)

        def count(window: tuple[int, int, int, int]) -> int:  # the spans starting in it
            return bisect_left(starts, window[1]) - bisect_left(starts, window[0])

        chosen = joined_windows(text, sorted(sorted(windows, key=lambda w: -count(w))[:limit]))
        rendered = [_render(text, lo, hi, spans[bisect_left(starts, lo):bisect_left(starts, hi)],
                            lo_p, hi_p) for lo, hi, lo_p, hi_p in chosen]
        return list(dict.fromkeys(rendered))


def scanned_part(text: str, limit: int = SNIPPET_SCAN_CHARS) -> str:
    """The start of ``text`` that snippets are sought in: all of it up to ``limit``
    characters, else its first ``limit`` characters cut after the last line break in
    them (else the last space), so no paragraph or word is cut in the middle."""
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit + 1)
    if cut < limit // 2:
        cut = text.rfind(" ", 0, limit + 1)
    return text[:cut if cut > 0 else limit]


def passage_windows(text: str, spans: Sequence[tuple[int, int]],
                    paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """``(start, end, paragraph start, paragraph end)`` offsets in ``text`` of a passage
    around each match span not already inside the passage before it, sorted: every passage
    lies within one paragraph, and two never overlap (newuser15a W12).

    ``spans`` and ``paragraphs`` are sorted ``(start, end)`` offsets that do not overlap."""
    # Spans are sorted and do not overlap, and so are paragraphs: each paragraph finds
    # its spans by bisection and each window counts its spans the same way, so the work
    # is linear in the text (one pass per span and paragraph) rather than paragraphs
    # times spans, which cost seconds per hit on a 3,000-paragraph transcript
    # (newuser7 P12; bench/long_documents.py).
    starts = [start for start, _end in spans]
    windows: list[tuple[int, int, int, int]] = []  # passage, then its paragraph
    for lo_p, hi_p in paragraphs:
        for n in range(bisect_left(starts, lo_p), bisect_left(starts, hi_p)):
            start, end = spans[n]
            if end > hi_p:
                continue
            floor = lo_p
            if windows and windows[-1][2] == lo_p:
                if start < windows[-1][1]:
                    continue
                # A passage starts where the one before it in its paragraph ends, so
                # two passages shown of one hit never print the same words twice
                # (newuser15a W12: 8-10 words repeated).
                floor = windows[-1][1]
            lo = min(start, _cut_start(text, max(floor, start - SNIPPET_CHARS // 4)))
            hi = _cut_end(text, min(hi_p, lo + SNIPPET_CHARS))
            windows.append((lo, hi, lo_p, hi_p))
    return windows


def joined_windows(text: str, windows: Sequence[tuple[int, int, int, int]]
                   ) -> list[tuple[int, int, int, int]]:
    """``windows`` (sorted, from :func:`passage_windows`) with each one that starts where
    the one before it in the same paragraph ends (nothing but spaces between) made one
    passage: two passages of one continuous sentence were shown with two ellipses, "avec
    39 …… euros par tonnes", which said words were left out where none were, and parted a
    number from its unit (t-reader22 R7)."""
    out: list[tuple[int, int, int, int]] = []
    for window in windows:
        if out and out[-1][2] == window[2] and not text[out[-1][1]:window[0]].strip():
            lo, _hi, lo_p, hi_p = out[-1]
            out[-1] = (lo, max(window[1], _hi), lo_p, hi_p)
        else:
            out.append(window)
    return out


def distinct_paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the non-blank lines of ``text``, less those whose words
    another one already holds (a lead repeated as the first paragraph, a quote repeated):
    an exact repeat anywhere, a partial one within the ``NEAR_PARAGRAPHS`` kept lines
    before it, so the work is linear in the text."""
    lines = [match for match in _PARAGRAPH.finditer(text) if _has_words(match.group())]
    if len(lines) < 2:  # nothing to compare: no line's words need folding
        return [match.span() for match in lines]
    # Folding the joined words at once equals joining the folded words (folding is letter
    # by letter, and keeps spaces and line ends), so all lines are folded in one call: one
    # call per word, then per line, was 60 % of a search response's time (bench/search.py).
    joined = [" ".join(WORD_RE.findall(match.group())) for match in lines]
    keys = fold("\n".join(joined)).split("\n")
    if len(keys) != len(lines):  # never seen; folding one line at a time is the rule
        keys = [fold(words) for words in joined]
    # A repeat is sought among the last NEAR_PARAGRAPHS kept lines (a lead repeated, a pull
    # quote next to its paragraph), and exactly anywhere: comparing every line with every
    # kept one was quadratic, 4 s for a 3,000-paragraph transcript (newuser7 P12).
    found: list[tuple[int, int, str] | None] = []
    seen: set[str] = set()  # every kept line's words, also once a fuller repeat replaced it
    for match, words in zip(lines, keys, strict=True):
        if words in seen:
            continue
        near = range(max(0, len(found) - NEAR_PARAGRAPHS), len(found))
        if any((kept := found[n]) is not None and words in kept[2] for n in near):
            continue
        for n in near:  # a fuller repeat replaces it
            kept = found[n]
            if kept is not None and kept[2] in words:
                found[n] = None
        seen.add(words)
        found.append((match.start(), match.end(), words))
    return sorted((f[0], f[1]) for f in found if f is not None)

def _has_words(line: str) -> bool:
    """Whether ``fold(" ".join(WORD_RE.findall(line)))`` is not empty, without folding
    the line: two words join with a space, which folding keeps; a single word is folded
    (a word of letters that all fold to nothing is no word)."""
    first = WORD_RE.search(line)
    if first is None:
        return False
    return WORD_RE.search(line, first.end()) is not None or bool(fold(first.group()))


_PARAGRAPH = re.compile(r"[^\n]+")


def _word_end(word: re.Pattern[str], text: str, at: int) -> int:
    """Where the word (run of letters and digits, read by ``word``:
    ``WORD_RE.pattern_for(text)``) that starts at ``at`` ends."""
    found = word.match(text, at)
    return found.end() if found is not None else at


def _cut_start(text: str, pos: int) -> int:
    if pos == 0 or text[pos - 1] == "\n":
        return pos
    space = text.find(" ", pos)
    return space + 1 if 0 <= space < pos + 30 else pos


def _cut_end(text: str, pos: int) -> int:
    if pos >= len(text):
        return len(text)
    if text[pos] == "\n":
        return pos
    space = text.rfind(" ", pos - 30, pos)
    return space if space > 0 else pos


def _render(text: str, lo: int, hi: int, spans: Sequence[tuple[int, int]],
            start: int = 0, end: int | None = None) -> str:
    """``text[lo:hi]`` escaped with ``spans`` marked, "…" where it cuts ``text[start:end]``."""
    end = len(text) if end is None else end
    out: list[str] = ["… " if lo > start else ""]
    cursor = lo
    # (The span's own names: reusing ``start``/``end`` lost the paragraph's end, so a
    # passage cut before it got no "…" when it held a match: newuser12b D11.)
    for mark_start, mark_end in spans:
        if mark_start < lo or mark_end > hi:
            continue
        out.append(html.escape(text[cursor:mark_start]))
        out.append(f"<mark>{html.escape(text[mark_start:mark_end])}</mark>")
        cursor = mark_end
    out.append(html.escape(text[cursor:hi]))
    if hi < end:
        out.append(" …")
    return "".join(out).strip()


def plain_snippet(snippet: str) -> str:
    """A snippet of :meth:`Highlighter.snippets` (escaped text, matches in ``<mark>``) as
    plain text: the tags dropped, the entities read ("<mark>Sète</mark> l&#x27;a" → "Sète
    l'a"). The snippet holds no other tag: its text was escaped."""
    return html.unescape(snippet.replace("<mark>", "").replace("</mark>", ""))

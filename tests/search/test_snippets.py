"""Snippets (issue 14): one passage per distinct place in the text, never joined across
paragraphs, never repeated; the lead repeated as the first paragraph is one text."""

from __future__ import annotations

import re

from hypothesis import assume as hypothesis_assume
from hypothesis import example, given, settings
from hypothesis import strategies as st

from veille.index.analysis import (
    _FOLD_TABLE,
    _SKELETON_TABLE,
    FRENCH,
    WORD_RE,
    _fold_slow,
    fold,
    skeleton,
)
from veille.index.query import Phrase, parse_query, positive_terms
from veille.index.word_marks import WORD_MARKS
from veille.search.highlight import Highlighter, distinct_paragraphs, passage_windows


def _analyze(text: str, _language: str) -> list[str]:
    return [text.lower()]


def _highlighter(query: str) -> Highlighter:
    return Highlighter(positive_terms(parse_query(query).node), _analyze)


def _plain(snippet: str) -> str:
    return re.sub(r"</?mark>", "", snippet).removeprefix("… ").removesuffix(" …")


def test_lead_repeated_as_first_paragraph_gives_one_snippet() -> None:
    lead = "Le cyclone a touché Haïti dans la nuit, selon les secours."
    body = "\n\n".join([lead, lead, "Un autre paragraphe sans le mot."])
    snippets = _highlighter("cyclone").snippets(body, "fr")
    assert len(snippets) == 1 and "<mark>cyclone</mark>" in snippets[0]


def test_passages_never_join_two_paragraphs() -> None:
    first = "Premier paragraphe court où parle le ministre."
    second = "Second paragraphe où le ministre répond encore."
    snippets = _highlighter("ministre").snippets(f"{first}\n\n{second}", "fr")
    assert [_plain(s) for s in snippets] == [first, second]


def test_distinct_paragraphs_drop_repeats_and_contained_ones() -> None:
    text = "Alpha beta gamma.\n\nAlpha beta gamma.\n\nAlpha beta gamma delta.\n\nOther."
    spans = distinct_paragraphs(text)
    assert [text[a:b] for a, b in spans] == ["Alpha beta gamma delta.", "Other."]


_WORDS = st.sampled_from(["mot", "ministre", "Haïti", "le", "la", "cyclone", "pluie",
                          "secours", "nuit", "de", "État"])
_PARAGRAPH = st.lists(_WORDS, min_size=1, max_size=80).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PARAGRAPH, min_size=1, max_size=6), st.sampled_from(["cyclone", "ministre"]))
def test_every_snippet_is_a_passage_of_one_paragraph(paragraphs: list[str], q: str) -> None:
    snippets = _highlighter(q).snippets("\n\n".join(paragraphs), "fr")
    assert len(snippets) == len(set(snippets))
    for snippet in snippets:
        assert any(_plain(snippet) in p for p in paragraphs), snippet
    text = "\n\n".join(paragraphs)
    windows = passage_windows(text, _highlighter(q).spans(text, "fr"), distinct_paragraphs(text))
    ends, starts = [w[1] for w in windows], [w[0] for w in windows]
    assert all(end <= start for end, start in zip(ends, starts[1:], strict=False)), windows
    assert all(lo_p <= lo < hi <= hi_p for lo, hi, lo_p, hi_p in windows), windows


def _shared_words(first: str, second: str) -> int:
    """How many words end ``first`` and start ``second`` alike (the longest such run)."""
    a, b = first.split(), second.split()
    return max((n for n in range(1, min(len(a), len(b)) + 1) if a[-n:] == b[:n]), default=0)


def test_two_passages_of_one_paragraph_never_repeat_words() -> None:
    """newuser15a W12: the second passage of a hit started 55 characters before the
    match, inside the first passage: "… match éliminatoire" then "… parler de lui lors du
    match éliminatoire Bulgarie – France…"."""
    paragraph = ("Le ministre a longuement parlé devant les élus réunis en congrès à "
                 "Versailles, puis il a rappelé son parcours de sportif : dès 1976, il fit "
                 "parler de lui lors du match éliminatoire de la Coupe du monde opposant la "
                 "Bulgarie à la France, un soir de novembre resté célèbre dans le pays.")
    snippets = _highlighter("ministre OR France").snippets(paragraph, "fr")
    # The two passages touch (the second starts where the first ends): one passage,
    # the paragraph once (t-reader22 R7), no word repeated.
    assert [_plain(s) for s in snippets] == [paragraph], snippets


# --- the faster forms give what the plain definitions give (issue #13) -----------------

def _distinct_paragraphs_by_definition(text: str) -> list[tuple[int, int]]:
    """Every non-blank line's words folded and compared, as the docstring defines it."""
    found: list[tuple[int, int, str]] = []
    for match in re.finditer(r"[^\n]+", text):
        words = fold(" ".join(WORD_RE.findall(match.group())))
        if not words or any(words in kept for _s, _e, kept in found):
            continue
        found = [f for f in found if f[2] not in words]
        found.append((match.start(), match.end(), words))
    return sorted((start, end) for start, end, _w in found)


def _skeleton_by_definition(text: str) -> str:
    return "".join(_SKELETON_TABLE.get(ord(c), c) for c in text.lower())


_TEXT_CHARS = st.sampled_from(list("aeioulnstzAEÉÈÊËéèêëàâäÀçÇœŒæßøØıİﬁ’'-_ \n0123²")
                              + ["\u0301", "\u0345", "\u2126", "Σ", "ς", "ǅ", "ẞ", "ﬀ", "㎏", "Ǆ"])
_TEXT = st.lists(_TEXT_CHARS, max_size=120).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_TEXT, _PARAGRAPH), max_size=5).map("\n".join))
def test_distinct_paragraphs_as_defined(text: str) -> None:
    assert distinct_paragraphs(text) == _distinct_paragraphs_by_definition(text)


def test_a_single_paragraph_is_kept_without_folding() -> None:
    assert distinct_paragraphs("\n\n  Élu hier.\n") == [(2, 13)]
    assert distinct_paragraphs("\u0301\n_ -\n") == []  # no word at all


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_fold_translates_only_the_table_letters(text: str) -> None:
    lowered = text.lower()
    expected = lowered if lowered.isascii() else lowered.translate(_FOLD_TABLE)
    if not expected.isascii():
        expected = _fold_slow(expected)
    assert fold(text) == expected


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_skeleton_as_defined(text: str) -> None:
    expected = _skeleton_by_definition(text) if len(text.lower()) == len(text) else None
    assert skeleton(text) == expected


_CP1252 = [bytes([b]).decode("cp1252") for b in range(256)
           if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CP1252), max_size=120).map("".join))
def test_skeleton_of_windows_1252_text_as_defined(text: str) -> None:
    """The bytes.translate path (every character in Windows-1252) gives the definition."""
    expected = _skeleton_by_definition(text) if len(text.lower()) == len(text) else None
    assert skeleton(text) == expected


# --- words with letters that fold to several (newuser7 P18) ------------------------------

_FRENCH = FRENCH.build()


def _french(text: str, _language: str) -> list[str]:
    return list(_FRENCH.analyze(text))


def test_words_with_oe_and_ae_are_marked() -> None:
    """Regression (newuser7 P18): ``œuvre``, ``cœur`` were found (the analyzer folds ``œ``
    to ``oe``) but never marked, and the snippet was the article's opening."""
    title = "Noël : les œuvres du cœur de Paris s’illuminent"
    body = ("Plus de 10 000 visiteurs sont attendus.\n"
            "Il s'agit de l’œuvre d’un collectif, classé ex æquo, qui réchauffe le cœur.")
    for query, marked in (("oeuvre", "œuvre"), ("œuvre", "œuvre"), ("coeur", "cœur"),
                          ("cœur", "cœur"), ("aequo", "æquo")):
        highlighter = Highlighter(positive_terms(parse_query(query).node), _french)
        [snippet] = highlighter.snippets(body, "fr")
        assert f"<mark>{marked}</mark>" in snippet, (query, snippet)
        assert "visiteurs" not in snippet
    highlighter = Highlighter(positive_terms(parse_query("coeur oeuvres").node), _french)
    assert highlighter.mark(title, "fr") == (
        "Noël : les <mark>œuvres</mark> du <mark>cœur</mark> de Paris s’illuminent")


_LETTERS = "abceilnorsuéèêàçœæßŒÆ"


@settings(max_examples=300, deadline=None)
@given(word=st.text(_LETTERS, min_size=2, max_size=12),
       spelling=st.sampled_from(["as is", "folded", "upper"]))
def test_any_word_the_index_matches_is_marked(word: str, spelling: str) -> None:
    """Property: the highlighter marks a word of the text whenever the analyzer (the
    index's) gives it a term of the query, whatever letters it holds."""
    query = {"as is": word, "folded": fold(word), "upper": word.upper()}[spelling]
    wanted = set(_FRENCH.analyze(query))
    hypothesis_assume(bool(wanted & set(_FRENCH.analyze(word))))
    hypothesis_assume(parse_query(query).warnings == [] and WORD_RE.fullmatch(query) is not None)
    text = f"Avant {word} après"
    highlighter = Highlighter(positive_terms(parse_query(query).node), _french)
    assert (6, 6 + len(word)) in highlighter.spans(text, "fr"), (word, query)


# --- candidate words found with str.find (2026-12-01, bench/web.py at 1M) -----------------

def _candidates_by_definition(text: str, starts: list[str]) -> list[tuple[int, int]]:
    """The words whose skeleton starts with one of ``starts``: the one regex the
    highlighter ran over every text until 2026-12-01."""
    folded = skeleton(text)
    if folded is None:
        return [(m.start(), m.end()) for m in WORD_RE.finditer(text)]
    if not starts:
        return []
    # A word runs on over the letters' marks the index keeps in it (\u0345: verify C17).
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, starts))
                         + r")(?:[^\W_]|[" + WORD_MARKS + "])*")
    return [(m.start(), m.end()) for m in pattern.finditer(folded)]


_START = st.text(st.sampled_from(list("aeilnostz02²ıß") + ["-", "'", "_"]), min_size=1,
                 max_size=3)


@settings(max_examples=500, deadline=None)
@given(_TEXT, st.lists(_START, max_size=4))
@example("a\u0345a", ["a"])  # l-fix66: a start inside a word carried on by a kept mark
def test_candidates_are_the_words_the_pattern_finds(text: str, starts: list[str]) -> None:
    ordered = sorted(set(starts), key=len, reverse=True)
    assert _highlighter("x")._candidates(text, ordered) == _candidates_by_definition(
        text, ordered)


def test_entity_names_are_marked_whole_never_word_by_word() -> None:
    """newuser15a W5: a hit found through an alias marks the alias; a name of several words
    is marked where it is written whole, never its words alone ("groupe" elsewhere)."""
    names = [Phrase("groupe Etat islamique"), Phrase("EI"), Phrase("Daech")]
    highlighter = Highlighter(positive_terms(parse_query("Daech").node), _analyze,
                              names=names)
    text = "Le groupe de contact a siégé. Des combattants de l'EI ont été arrêtés."
    marked = highlighter.mark(text, "fr")
    assert "<mark>EI</mark>" in marked and "<mark>groupe</mark>" not in marked
    whole = highlighter.mark("Le groupe Etat islamique a revendiqué.", "fr")
    assert "<mark>groupe</mark> <mark>Etat</mark> <mark>islamique</mark>" in whole


def test_adjacent_passages_of_one_sentence_are_one_passage() -> None:
    """t-reader22 R7: "avec 39 …… euros par tonnes de brent": two passages where one ends
    and the next begins, nothing between them, were shown with two ellipses."""
    filler = ("Le prix du baril a beaucoup varié pendant toute la décennie selon les "
              "analystes du secteur pétrolier et les courtiers de la place de Londres")
    text = (f"{filler}, on retrouve une marge supérieure en 2008 avec 39 euros par tonnes "
            f"de brent, et 12 euros en 2009. {filler}.")
    for query in ("euros", "euros brent", "marge euros"):
        snippets = _highlighter(query).snippets(text, "fr")
        plains = [_plain(s) for s in snippets]
        for one, two in zip(plains, plains[1:], strict=False):
            at = text.find(one) + len(one)
            assert text[at:text.find(two, at)].strip(), (query, snippets)
        assert any("39 <mark>euros</mark>" in s for s in snippets), (query, snippets)


@given(st.lists(st.sampled_from(["euros", "avec", "39", "par", "tonnes", "de", "brent,",
                                 "la", "marge", "en", "2008"]), min_size=20, max_size=120))
@settings(max_examples=200, deadline=None)
def test_no_two_passages_touch(words: list[str]) -> None:
    text = " ".join(words)
    snippets = _highlighter("euros").snippets(text, "fr")
    plains = [_plain(s) for s in snippets]
    cursor = 0
    for one in plains:
        at = text.find(one, cursor)
        assert at >= 0, (one, text)
        if cursor:
            assert text[cursor:at].strip(), (snippets, text)
        cursor = at + len(one)

"""HTML extraction's work cut without changing an answer (issue 13, r-html58).

- ``glued_notice.share_label`` stops reading a sentence at its seventh word: a share
  button's label holds six at most, and every sentence a paragraph opens or closes on is
  asked (the whole sentence was folded, split and stripped word by word before).
- ``html.body_fragment`` builds only the body's three-word runs that open on a word of
  the description: the others are in no intersection with its runs.
- ``place_zones._vote`` tests each distinct word of the text once for lower case.

Each answer is checked against the rule as it was written before the change, on
generated texts (hypothesis) and on the fixtures' pages (every field identical: the
extraction of each fixture page is compared with ``scripts/dump_extraction.py``'s
dumps of the two trees, see docs/benchmarks.md).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.extract import glued_notice as gn
from veille.extract import place_zones
from veille.extract import textshape as ts
from veille.extract.html import body_fragment

WORDS = ["Partager", "sur", "Facebook", "Share", "this", "article", "Comparte", "esta",
         "noticia", "Teilen", "per", "E-Mail", "le", "conseil", "a", "voté", "Élysée",
         "«", "»", "—", "...", "(", ")", "\u0301", "œuvre", "ﬁn", "¨", "Lyon", "lyon",
         "Paris", "paris", "d’Arc", "3e", "x", "X", ""]
SEPARATORS = [" ", "  ", "\u00a0", "\u2028", ", ", ". ", "\t"]

texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)),
                 max_size=14).map(lambda parts: "".join(w + s for w, s in parts))


def _share_label_reference(text: str) -> bool:
    found = [w for w in gn._label_words(text) if w]
    return (0 < len(found) <= gn.SHARE_LABEL_WORDS and any(w in gn.SHARE_VERBS for w in found)
            and all(w in gn.SHARE_VERBS or w in gn.SHARE_FILLERS for w in found))


def _body_fragment_reference(description: str, paragraphs: list[str]) -> bool:
    words = ts.words(ts.fold(description))
    if len(words) < 3 or not paragraphs:
        return False
    if ts.words(ts.fold(paragraphs[0]))[:3] == words[:3]:
        return False
    shingles = {tuple(words[i:i + 3]) for i in range(len(words) - 2)}
    for paragraph in paragraphs:
        body = ts.words(ts.fold(paragraph))
        have = {tuple(body[i:i + 3]) for i in range(len(body) - 2)}
        if len(shingles & have) >= 0.75 * len(shingles):
            return True
    return False


def test_share_labels_read_as_before() -> None:
    assert gn.share_label("Partager sur Facebook")
    assert gn.share_label("Comparte esta noticia")
    assert not gn.share_label("Partager sur Facebook, Twitter, LinkedIn, WhatsApp et Bluesky")
    assert not gn.share_label("Le conseil municipal a voté mardi soir un budget.")
    assert gn.share_label("« Share » ... ( this ) article")  # punctuation alone: no word


@settings(max_examples=400, deadline=None)
@given(texts)
def test_share_label_same_answer(text: str) -> None:
    assert gn.share_label(text) == _share_label_reference(text)


@settings(max_examples=200, deadline=None)
@given(texts, st.lists(texts, max_size=4))
def test_body_fragment_same_answer(description: str, paragraphs: list[str]) -> None:
    assert body_fragment(description, paragraphs) == \
        _body_fragment_reference(description, paragraphs)


def test_body_fragment_found_in_a_later_paragraph() -> None:
    paragraphs = ["Le conseil municipal a voté mardi soir un budget en hausse.",
                  "Les travaux de la place Carnot commenceront au printemps prochain.",
                  "La maire a promis une réunion publique avant l'été."]
    assert body_fragment("Les travaux de la place Carnot commenceront au printemps.",
                         paragraphs)
    assert not body_fragment("Le conseil municipal a voté mardi soir un budget.", paragraphs)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_vote_words_same_set(text: str) -> None:
    before = {w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.islower()}
    assert {w for w in set(place_zones._WORD.findall(text)) if w.islower()} == before

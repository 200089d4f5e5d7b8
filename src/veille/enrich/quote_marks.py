"""The quotation marks a quote is printed in, by the language of its article.

A quote is shown in its own language's marks: an English quote in “ ”, a German one in
„ “, a French one in « » (t-final52 B4: English quotes were printed « Our engineers … »
in `veille quotes` and on the pages). The marks are CLDR's ``delimiters``
(quotationStart/quotationEnd) for each language (Unicode CLDR, characters/delimiters;
Babel does not expose them); French guillemets take a space inside them, as veille
printed them before.
"""

from __future__ import annotations

from veille.bidi import FSI, PDI, RLI, has_right_to_left, is_right_to_left_language

#: language → (opening, closing) marks, from CLDR's delimiters; "" and unlisted
#: languages take the French marks, the UI's first language.
_MARKS: dict[str, tuple[str, str]] = {
    "fr": ("« ", " »"), "en": ("“", "”"), "de": ("„", "“"), "es": ("«", "»"),
    "it": ("«", "»"), "pt": ("“", "”"), "nl": ("‘", "’"), "ru": ("«", "»"),
    "uk": ("«", "»"), "pl": ("„", "”"), "ar": ("”", "“"), "ca": ("«", "»"),
    "sv": ("”", "”"), "da": ("“", "”"), "no": ("«", "»"), "nb": ("«", "»"),
    "cs": ("„", "“"), "ro": ("„", "”"), "tr": ("“", "”"), "el": ("«", "»"),
    "ja": ("「", "」"), "zh": ("“", "”"),
}


def quote_marks(language: str) -> tuple[str, str]:
    """The (opening, closing) marks for a quote of an article in ``language`` (a BCP 47
    tag, "fr-CA" read as "fr"): CLDR's, or the French ones for an unknown language."""
    base = language.split("-")[0].split("_")[0].lower() if language else ""
    return _MARKS.get(base, _MARKS["fr"])


def quoted(text: str, language: str) -> str:
    """``text`` between the marks of ``language`` (:func:`quote_marks`): "“fair and
    necessary”" for English, "« un mépris »" for French.

    Text holding right-to-left letters is isolated (FSI … PDI, :mod:`veille.bidi`) so the
    marks land where its reader expects them in a left-to-right line (t-final67 R3: the
    terminal printed ”الهجوم …“, the page « يوم الأربعاء « ): the marks of a
    right-to-left language go inside a right-to-left isolate (RLI … PDI), drawn in the
    quote's direction; the
    marks of any other language (the UI's « » around an Arabic date mention) stay
    outside it, in the line's direction."""
    opening, closing = quote_marks(language)
    if not has_right_to_left(text):
        return f"{opening}{text}{closing}"
    if is_right_to_left_language(language):
        return f"{RLI}{opening}{text}{closing}{PDI}"
    return f"{opening}{FSI}{text}{PDI}{closing}"

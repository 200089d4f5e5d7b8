"""A "read also" teaser printed as its cue then the linked headline on one line, with no
colon or bar between them: Le Figaro's "À lire aussi Les cheminots vont-ils perdre leur
régime spécial ?" (t-final59 #5; "Lire aussi : …" and "Lire aussi | …" were already
links, this shape stayed a paragraph of the body). The same in veille's other languages:
"Read more Why …", "Lee también Los …", "Leggi anche Il …", "Leia também …", "Lesen Sie
auch Warum …", "Читайте также …", "اقرأ أيضا …".

A real sentence opening with those words is no teaser: "Lire aussi les notices permet
…", "Read more widely, …" go on in lower case, or after a comma, and end with a full
stop. A teaser's headline (:func:`cue_headline`) opens on a capital (in a script with
capitals), holds no sentence's full stop at its end, and is short.
"""

from __future__ import annotations

from veille.lazy_re import lazy_compile

#: The cues, in veille's languages: fr, en, es, it, pt, de, nl, ru, ar.
_CUE_WORDS = (
    r"(?i)^\W{0,3}(?:(?:à|a)\s+lire\s+(?:aussi|également)|lire\s+(?:aussi|également)"
    r"|(?:à\s+)?voir\s+aussi|read\s+(?:more|also)|see\s+also|le[ae]\s+también"
    r"|leer\s+también|leggi\s+anche|leia\s+também|veja\s+também|lesen\s+sie\s+auch"
    r"|lees\s+ook|читайте\s+также|(?:اقرأ|إقرأ)\s+(?:أيضا|أيضاً|ايضا))")
_CUE = lazy_compile(_CUE_WORDS + r"[ \t\u00a0]+(?=\S)")
#: The same cues then a separator (a colon, a bar, a dash, an arrow) before the headline:
#: "Leggi anche: Pesaro, nuovo parcheggio alla stazione", "Lee también | Los …" (the French
#: and English forms were already links, ``text_capture._INLINE_LINK``; the Italian one over
#: an article's headline became its title; h-capture67b).
_CUE_SEPARATED = lazy_compile(_CUE_WORDS + r"[ \t\u00a0]*[:|›»→—–-][ \t\u00a0]*(?=\S)")
#: A teaser's headline, at most this many words (the cue left out).
HEADLINE_WORDS = 25
#: The headline's ends a teaser may have: "?" or "!", a letter, a digit, a closing quote
#: ("…" too: a title cut short) — never a full stop closing a sentence.
_SENTENCE_STOP = (".", ";", ":", ",")


def cue_alone(text: str) -> bool:
    """Whether ``text`` is a "read also" cue alone ("Leggi anche", "À lire aussi :"), the
    label over a teaser of another article (:data:`_CUE`, read as if a teaser followed)."""
    return _CUE.match(text.strip().rstrip(":").rstrip() + " ·") is not None


def cue_headline(text: str) -> bool:
    """Whether ``text`` is a "read also" cue (:data:`_CUE`) then, after a space, a
    headline: of 2 to :data:`HEADLINE_WORDS` words, its first letter a capital or a digit
    or a quotation mark (any letter in a script without capitals: Arabic), its last
    character no full stop, comma, colon or semicolon ("…" allowed). A separator may come
    between the cue and the headline ("Leggi anche: Pesaro, …", "Lesen Sie auch | …":
    :data:`_CUE_SEPARATED`; h-capture67b)."""
    found = _CUE_SEPARATED.match(text) or _CUE.match(text)
    if found is None:
        return False
    rest = text[found.end():].strip()
    words = rest.split()
    if not 2 <= len(words) <= HEADLINE_WORDS or rest.endswith(_SENTENCE_STOP) and \
            not rest.endswith("..."):
        return False
    first = rest[0]
    if first.isalpha():
        return first.isupper() or first.lower() == first.upper()  # no case: Arabic
    return first.isdigit() or first in "«\"“„'‘"

"""Whether a photo credit line carries its own caption.

A copy of a page (Ctrl-A, a reader view) often prints a photo's caption and its credit on
one line: "Le pont relie Bordeaux à Floirac depuis 2024. © Crédit photo : X / SUD OUEST",
"Marcel Vernay en 2012 dans son restaurant. Photo Progrès /X", "Légende. | ARCHIVES
OUEST-FRANCE". Such a line is the whole photo: the block next to it is text, never its
caption (newuser13 a-C2, h2-C2: the standfirst or a body paragraph before such a line was
dropped as its caption). So is a credit for an illustration ("Photo d'illustration
Sipa/X", "Image d'illustration"): an illustration has no caption of its own.
"""

from __future__ import annotations

import re

#: Where a credit starts inside a line: a copyright sign, a credit word, or a bar before a
#: credit in capitals. Bounded alternatives, tried once per position (linear).
_MARK = re.compile(r"©|\(c\)|\s\|\s|\b(?i:photos?|crédits?|credits?|fotos?|image|bild)\b")
#: A trailing "NAME / AGENCY" credit without a credit word ("… lundi. AFP/Jean Dupont").
_SLASH_CREDIT = re.compile(r"[A-Z][\w.\-]*\s*/\s*[A-Z][\w.\-]+(?:\s[A-Z][\w.\-]+){0,3}\s*\)?\s*$")
_ILLUSTRATION = re.compile(r"(?i)^\W*(?:(?:photo|image|visuel)\s+(?:d['’]\s*)?)?illustration\b")
_WORD = re.compile(r"\w+")
#: Words of caption before the credit, at least: "Légende." is one, a caption three.
CAPTION_MIN_WORDS = 3
#: The end of a line searched for a trailing "NAME / AGENCY" credit (it spans at most six
#: words): a bounded tail, so a long line without a slash costs nothing.
_TAIL = 120


def caption_of(credit: str) -> str:
    """The caption a credit line carries (its text before the credit's mark), or "" when
    it carries none (:func:`carries_caption`)."""
    if not carries_caption(credit):
        return ""
    mark = _MARK.search(credit)
    if mark is not None and mark.start() > 0:
        return credit[:mark.start()].strip(" |")
    slash = _SLASH_CREDIT.search(credit, max(0, len(credit) - _TAIL))
    if slash is None:
        return ""
    before = credit[:slash.start()]
    end = max(before.rfind(". "), before.rfind("! "), before.rfind("? "))
    return before[:end + 1].strip() if end > 0 else before.strip()


def carries_caption(credit: str) -> bool:
    """Whether the credit line ``credit`` (a block :func:`textshape.is_credit` accepts)
    holds its caption too: :data:`CAPTION_MIN_WORDS` words or more before the credit's
    mark (©, a credit word, a bar, a trailing ``NAME / AGENCY``), or an illustration's
    credit. Then the blocks beside it are not its caption. Linear in the line's length."""
    if _ILLUSTRATION.match(credit):
        return True
    mark = _MARK.search(credit)
    if mark is None:
        # "… lundi. AFP/Jean Dupont": a caption ends with a sentence before the names (a
        # name of three words before the slash is no caption).
        slash = _SLASH_CREDIT.search(credit, max(0, len(credit) - _TAIL))
        if slash is None:
            return False
        before = credit[:slash.start()].rstrip()
        end = max(before.rfind(". "), before.rfind("! "), before.rfind("? "),
                  len(before) - 1 if before.endswith((".", "!", "?", "…")) else -1)
        return end > 0 and len(_WORD.findall(before[:end])) >= CAPTION_MIN_WORDS
    if credit[mark.start():mark.start() + 3] == " | ":
        return mark.start() > 0
    return len(_WORD.findall(credit[:mark.start()])) >= CAPTION_MIN_WORDS

"""A company named after a person: "le groupe Hugo Boss", "der Optikkonzern Carl Zeiss",
"la maison Louis Vuitton", "die Robert Bosch GmbH", "German optics maker Carl Zeiss" name
a firm (ORG), not its founder (issue 16, r-places58 n06 and r-places59 p01-p03).

Firms commonly bear their founder's name (Carl Zeiss, Robert Bosch, Hugo Boss, Louis
Vuitton, Ferrero), which the recogniser reads as a person's. Two cues in the sentence tell
the firm: a company noun right before the name, of the closed class of the press's words
for a firm (French, English, German, Spanish, Italian, Portuguese: :data:`_FIRM_BEFORE`;
German compounds ending in one: "Optikkonzern", "Autohersteller"), or a legal form right
after it (the suffixes of company registers: GmbH, AG, SE, SA, S.p.A., Inc., Ltd, plc…:
:data:`_LEGAL_AFTER`), which the mention is then widened to hold. The other mentions of
that name in the text (the whole name, or its last word alone: "Zeiss") are the firm too.
Pure function on the entity stage's mentions; nothing here raises.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from veille.enrich.text import fold

if TYPE_CHECKING:
    from veille.enrich.entities import Mention

__all__ = ["firm_persons"]

_FIRM_NOUNS = (
    # French
    r"groupe|soci[ée]t[ée]|entreprise|firme|maison|fabricant|constructeur|"
    r"[ée]quipementier|maroquinier|joaillier|lunetier|chimiste|sid[ée]rurgiste|"
    # English
    r"company|firm|group|maker|manufacturer|carmaker|automaker|retailer|brand|"
    # German (and the end of a compound: "Optikkonzern", "Autohersteller")
    r"\w*konzern|\w*hersteller|\w*unternehmen|\w*gruppe|firma|\w*zulieferer|"
    # Spanish, Italian, Portuguese
    r"empresa|grupo|compa[ñn][íi]a|firma|fabricante|multinacional|azienda|gruppo|"
    r"societ[àa]|ditta|casa|marchio|marca|companhia")
_FIRM_BEFORE = re.compile(r"(?i:(?<![\w'’-])(?:" + _FIRM_NOUNS + r"))[ \u00a0]+$")
"""A company noun right before a name ("le groupe ", "der Optikkonzern ", "maker ")."""
_LEGAL_AFTER = re.compile(
    r"[ \u00a0]+(?:GmbH(?:[ \u00a0]&[ \u00a0]Co\.?[ \u00a0]KG)?|AG|SE|KGaA|SA|SAS|S\.A\.|"
    r"S\.p\.A\.|SpA|S\.r\.l\.|Srl|S\.L\.|Inc\.?|Ltd\.?|plc|PLC|LLC|NV|N\.V\.|BV|B\.V\.)"
    r"(?![\w])")
"""A company register's legal form right after a name ("Robert Bosch GmbH")."""


def firm_persons(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each person's name that names a firm (module docstring) labelled
    ORG, a legal form after it taken into the mention; the other person mentions of that
    name or of its last word then ORG too. Others returned as they are."""
    firms: set[str] = set()
    for mention in mentions:
        if mention.label != "PER" or " " not in mention.text.strip():
            continue
        legal = _LEGAL_AFTER.match(text, mention.end)
        before = _FIRM_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if legal is None and before is None:
            continue
        if legal is not None:
            mention.end = legal.end()
            mention.text = text[mention.start:mention.end]
            firms.add(fold(mention.text[:legal.start() - mention.start]))
        mention.label, mention.literal = "ORG", False
        firms.add(fold(mention.text))
    if not firms:
        return mentions
    words = {f.split()[-1] for f in firms}
    for mention in mentions:
        if mention.label == "PER" and (fold(mention.text) in firms
                                       or fold(mention.text) in words):
            mention.label, mention.literal = "ORG", False
    return mentions

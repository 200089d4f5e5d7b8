"""Relative clauses naming who holds a document, masked before quote attribution.

"Dans une lettre que Le Figaro a pu consulter, la FHF écrit : « … »": the relative clause
"que Le Figaro a pu consulter" names the outlet that read the letter, the object's
reader, never the subject of the speech verb; the subject of "écrit" is the noun phrase
right before the verb (la FHF). The French press writes this formula in a few fixed
shapes ("que X a pu consulter", "que X s'est procuré(e)", "que s'est procuré(e) X",
"dont X a obtenu (une) copie", "consulté(e) par X"; t-enrich23 E2). Masking the clause
with spaces (offsets kept, as for datelines) lets the attribution rules see "Dans une
lettre, la FHF écrit : « … »".
"""

from __future__ import annotations

import re

_HOLDER = r"[^,;:.!?«»“”\"\n]{1,60}?"
"""The holder: a short noun phrase ("Le Figaro", "l'AFP", "nos confrères du Monde")."""

DOCUMENT_HOLDER = re.compile(
    r"(?i),?[ \t\xa0]+(?:"
    r"(?:que|qu['’])[ \t\xa0]*" + _HOLDER + r"[ \t\xa0]+(?:a|ont|avait|avaient)[ \t\xa0]+pu"
    r"[ \t\xa0]+(?:consulter|lire|voir|se[ \t\xa0]+procurer)"
    r"|(?:que|qu['’])[ \t\xa0]*" + _HOLDER + r"[ \t\xa0]+(?:s['’]est|se[ \t\xa0]+sont|"
    r"s['’]était)[ \t\xa0]+procuré(?:e|s|es)?"
    r"|(?:que|qu['’])[ \t\xa0]*(?:s['’]est|se[ \t\xa0]+sont|s['’]était)[ \t\xa0]+"
    r"procuré(?:e|s|es)?[ \t\xa0]+" + _HOLDER +
    r"|dont[ \t\xa0]+" + _HOLDER + r"[ \t\xa0]+(?:a|ont|avait|avaient)[ \t\xa0]+"
    r"(?:obtenu|eu|reçu)[ \t\xa0]+(?:une[ \t\xa0]+)?copie"
    r"|(?:consulté|obtenu|révélé)(?:e|s|es)?[ \t\xa0]+par[ \t\xa0]+" + _HOLDER +
    r")(?=[ \t\xa0]*,)")
"""A relative (or participial) clause naming a document's holder, with its leading
comma when there is one, up to (not including) the comma that closes it."""


def without_document_holders(text: str) -> str:
    """``text`` with each clause of :data:`DOCUMENT_HOLDER` outside quotation marks
    replaced by as many spaces (offsets do not move); quoted words are left alone."""
    out = []
    last = 0
    for match in DOCUMENT_HOLDER.finditer(text):
        before = text[:match.start()]
        if before.count("«") > before.count("»") or '"' in match.group() \
                or before.count("“") > before.count("”"):
            continue  # inside a quote: the speaker's words, not the attribution
        out.append(text[last:match.start()])
        out.append(" " * (match.end() - match.start()))
        last = match.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)

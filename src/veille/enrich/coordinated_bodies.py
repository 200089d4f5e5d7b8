"""Two bodies joined by "and" are two names, not one.

The recogniser runs one organisation's span across a coordination when the word before
it is capitalised: "Sindicatos e Ministério da Saúde chegaram a acordo" gave one ORG
"Sindicatos e Ministério da Saúde" (t-final55b A12). :func:`split_coordinated` cuts such a
mention at the conjunction when the word after it heads a body's name in the text's
language (:mod:`veille.enrich.organisation_heads`: "Ministério", "Ministerio",
"Ministero", "ministère"…): the body's name is the part from that head on. The part
before stays a mention of its own when it is a name; a single word opening a sentence is
dropped, as its capital is the sentence's ("Sindicatos": the unions).
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from veille.enrich.organisation_heads import is_organisation_head

if TYPE_CHECKING:
    from veille.enrich.entities import Mention

_AND = re.compile(r"[ \t\u00a0]+(?:e|et|y|and|und|i|ed)[ \t\u00a0]+(?=(\w+))", re.UNICODE)
_SENTENCE_START = re.compile(r"(?:^|[.!?:»\"”\n])[ \t\u00a0]*$")


def split_coordinated(mentions: list[Mention], text: str, language: str) -> list[Mention]:
    """``mentions`` with each ORG or MISC mention "A and HEAD …" cut in two at its first
    conjunction followed by a body's head word (module docstring)."""
    out: list[Mention] = []
    for mention in mentions:
        cut = next((c for c in _AND.finditer(mention.text) if c.start() > 0
                    and is_organisation_head(c.group(1), language)), None) \
            if mention.label in ("ORG", "MISC") else None
        if cut is None:
            out.append(mention)
            continue
        first = mention.text[:cut.start()]
        if " " in first or not _SENTENCE_START.search(text[:mention.start]):
            out.append(dataclasses.replace(mention, end=mention.start + len(first),
                                           text=first))
        out.append(dataclasses.replace(mention, start=mention.start + cut.end(), label="ORG",
                                       text=mention.text[cut.end():]))
    return out

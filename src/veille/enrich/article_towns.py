"""A commune whose official name opens with its article, found with it.

"Le Prêcheur" (Martinique, INSEE 97219), "Le Vauclin", "Les Abymes": INSEE's official name
of such a commune holds the article ("Le Prêcheur"), which French contracts after "de" and
"à" ("les écoles du Prêcheur", "au Gosier") and writes capitalised elsewhere ("sur Saint-Pierre
et Le Prêcheur"). The recogniser reads the rest alone ("Prêcheur") and, a common noun
("prêcheur", a preacher), as no place (t-final49 A5: MISC, unresolved). A mention
right after such an article (capitalised, or contracted in "du", "au", "des", "aux") whose
name with that article is a settlement's whole name in the gazetteer is that settlement:
a place, spanning the capitalised article.

Pure functions; the gazetteer is the shipped one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from veille.enrich.text import fold

if TYPE_CHECKING:
    from veille.enrich.entities import Mention

_ARTICLE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:(?P<capital>Le|La|Les)|(?P<contracted>du|au|des|aux))[ \u00a0]+$")
"""The article a commune's name holds, capitalised, or contracted with "de" or "à"."""
_CONTRACTED = {"du": "Le", "au": "Le", "des": "Les", "aux": "Les"}
_COMPLEMENT_AFTER = re.compile(r"[ \u00a0]+(?:de|du|des|d['’])[ \u00a0]*(?:la[ \u00a0]+|l['’])?"
                               r"[a-zà-ÿ]")
"""A complement in lower case after the name: a body's name ("La Réunion des musées
nationaux"), not the commune's."""


def town_with_article(text: str, start: int, name: str) -> tuple[int, str] | None:
    """The start and the text of the commune's name ``name`` (at ``text[start:]``) spans
    with its article, when the article before it and ``name`` make a settlement's whole
    name in the gazetteer ("Le" + "Prêcheur"); the start stays where the article was
    contracted ("du Prêcheur": "Prêcheur"). None otherwise."""
    from veille.enrich.places import SETTLEMENT, shipped

    found = _ARTICLE_BEFORE.search(text, max(0, start - 5), start)
    if found is None or not name[:1].isupper() or _COMPLEMENT_AFTER.match(
            text, start + len(name)):
        return None
    article = found.group("capital") or _CONTRACTED[found.group("contracted")]
    whole = fold(f"{article} {name}")
    if not any(p.kind in SETTLEMENT and fold(p.name) == whole
               for p in shipped().candidates(f"{article} {name}")):
        return None
    if found.group("capital"):
        return found.start(), text[found.start():start + len(name)]
    return start, name


_GLUED_AFTER = re.compile(r"[’'][A-ZÀ-Ý][\w-]*")
"""An apostrophe and a capitalised word glued to a name's end: "Tram" + "'Ardent"."""


def glued_at_apostrophe(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with a name cut at an inner apostrophe made whole ("le consortium
    Tram'Ardent": "Tram" is "Tram'Ardent", t-final49 A5): French elides only lower-case
    function words ("l'", "d'", "qu'"), so a capitalised word, an apostrophe and a
    capitalised word with no space are one name, a brand's. A mention of the second part
    alone is dropped. The kind stays the mention's."""
    from veille.enrich.entities import Mention

    whole: dict[int, int] = {}  # a cut mention's start: the glued name's end
    for mention in mentions:
        glued = _GLUED_AFTER.match(text, mention.end)
        if glued is not None and mention.text[-1:].isalpha() and mention.text[:1].isupper():
            whole[mention.start] = glued.end()
    inside = {at for start, end in whole.items() for at in range(start + 1, end)}
    return [Mention(m.start, whole[m.start], text[m.start:whole[m.start]], m.label)
            if m.start in whole else m for m in mentions if m.start not in inside]

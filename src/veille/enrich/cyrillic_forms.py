"""The nominative a Russian (or Ukrainian) place name may have under one of its case
endings: "в Москве", "из Москвы", "в Краснодаре", "Санкт-Петербурга" are Москва, Краснодар,
Санкт-Петербург.

The gazetteer knows the names in the nominative (``enrich/data/cyrillic_names.tsv``); the
press declines them. The endings of the nouns' declensions (Зализняк, *Грамматический
словарь русского языка*, the first, second and third declensions; *Русская грамматика*,
1980, §§ 1130–1170) are a closed class: a name in -а/-я takes -ы/-и, -е, -у/-ю, -ой/-ей,
-ою/-ею; one ending in a consonant takes -а, -у, -ом/-ем, -е; one in -ь takes -и, -ью, -я,
-ю, -ем, -е. Each ending read back gives the nominatives it may come from, to be looked up
in the gazetteer (a name the gazetteer lacks is no place): only the last word declines in
"Санкт-Петербурге" (a hyphenated name's first part does not), not the adjective of "Нижнем
Новгороде" (left unread).

Pure functions; nothing here raises.
"""

from __future__ import annotations

import re

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ою", ("а",)), ("ею", ("я",)), ("ой", ("а",)), ("ей", ("я", "ь")), ("ью", ("ь",)),
    ("ом", ("",)), ("ем", ("", "ь")), ("ы", ("а",)), ("и", ("я", "ь", "а")),
    ("е", ("а", "", "я", "ь")), ("у", ("а", "")), ("ю", ("я", "ь")), ("а", ("", "о")),
    ("я", ("ь",)),
)
"""Case endings, longest first, and the nominative endings each may stand for."""


def is_cyrillic(name: str) -> bool:
    """Whether ``name`` is written in Cyrillic (one such letter is enough)."""
    return _CYRILLIC.search(name) is not None


def nominatives(name: str) -> list[str]:
    """The nominatives ``name`` may be a case form of, most likely first; [] for a name not
    in Cyrillic or too short to decline (3 letters or fewer)."""
    if not is_cyrillic(name) or len(name) <= 3:
        return []
    lower = name[-3:].lower()
    out: list[str] = []
    for ending, bases in _ENDINGS:
        if lower.endswith(ending) and len(name) - len(ending) >= 3:
            stem = name[:len(name) - len(ending)]
            out.extend(stem + b for b in bases if stem + b != name)
    return list(dict.fromkeys(out))

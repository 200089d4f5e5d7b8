"""A natural feature's or a region's name written with its generic head noun is one place
name, the feature's, not the place its complement names (issue 16).

"les monts des Flandres" are hills of the Nord, not Flanders; "la vallée de la Loire" is the
river's valley, not the département of the Loire; "le massif du Jura" is a range, not the
département nor the canton; "le plateau de l'Artois", "les gorges du Tarn", "la sierra de
Guadarrama". French (and the Romance languages) write such a name as a lower-case generic
noun, a linking word and a capitalised specific (Imprimerie nationale, *Lexique des règles
typographiques*, "Géographie (noms de)"): the recogniser found nothing ("monts des
Flandres") or only the specific, which the place stage then read as the administrative area
or the town of that name. :func:`feature_mentions` gives the whole name as one place
written literally (LOC, ``literal``: no point is known, no gazetteer row is claimed).

Two closed classes of heads:

- :data:`FEATURE_HEADS`: the relief and hydrography natures of IGN's BD TOPO
  (``DETAIL_OROGRAPHIQUE``: mont, massif, plateau, col, gorges, vallée, plaine, causse;
  ``PLAN_D_EAU``/``DETAIL_HYDROGRAPHIQUE``: lac, étang, marais, baie, golfe, estuaire,
  delta, bassin) and their Spanish, Catalan, Italian and Portuguese words (sierra,
  serra, valle, vall, vale, monti, montes, lago, llac): the feature, whatever its
  complement names;
- the area heads "pays", "région", "contrée", "terroir": an area is the feature
  only after its linking word and when its complement is no place the gazetteer knows
  ("la région Bretagne", "le
  pays de Galles", "la région de Verdun", "le pays de Longwy" stay those places: the
  area lies around the town, and the town is what the reader looks for).

A span the gazetteer or the alias table knows whole ("Pays de la Loire", "Massif
central") is left to them. Pure functions on strings; nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Callable

FEATURE_HEADS = (
    r"monts|massifs?|plateaux?|plateau|cols?|gorges|vall[ée]es?|plaines?|causses?|"
    r"collines|lacs?|[ée]tangs?|marais|baie|golfe|estuaire|delta|bassin|"
    r"sierra|serra|serran[ií]a|valle|vall|vale|monti|montes|montanhas|lago|llac|lagoa")
"""The generic nouns of relief and water features (module docstring)."""
_SP = r"[ \t\u00a0]"
_LINK = (r"(?:de" + _SP + r"+la" + _SP + r"+|de" + _SP + r"+l['’]|de" + _SP + r"+los" + _SP
         + r"+|de" + _SP + r"+las" + _SP + r"+|du" + _SP + r"+|des" + _SP + r"+|del" + _SP
         + r"+|della" + _SP + r"+|dei" + _SP + r"+|do" + _SP + r"+|da" + _SP + r"+|dos" + _SP
         + r"+|das" + _SP + r"+|de" + _SP + r"+|di" + _SP + r"+|d['’])")
_FEATURE = re.compile(
    r"(?<![\w'’-])(?i:le|la|les|du|des|au|aux|un|une|en|el|los|las|il|lo|gli|o|os|a|as|"
    r"do|da|dos|das|no|na|nos|nas)" + _SP + r"+(?P<head>(?:" + FEATURE_HEADS + r")|"
    r"(?<=[Ll]e" + _SP + r")(?P<area>pays)|"
    r"(?<=[Ll]a" + _SP + r")(?P<region>r[ée]gion|contr[ée]e)|(?<=[Ll]e" + _SP + r")terroir)"
    + _SP
    + r"+(?P<link>" + _LINK + r")?(?P<name>[A-ZÀ-Ý][\w’'-]*(?:" + _SP + r"+[A-ZÀ-Ý][\w’'-]*)?)")
"""A determiner, a lower-case head, a linking word and one or two capitalised words ("le
profil massif du Mont-Valérien" has no feature: "massif" is its adjective); an area's head
after its singular article ("le pays de Longwy"; "les pays de l'Union" are countries)."""


_OPENERS = frozenset({
    "il", "ils", "elle", "elles", "on", "nous", "vous", "je", "le", "la", "les", "un", "une",
    "ce", "cette", "ces", "et", "mais", "or", "puis", "en", "de", "des", "du", "au",
    "aux", "à", "a", "y", "si", "quand", "the", "el", "los", "las", "lo", "gli"})
"""Words that open a sentence, not a feature's name, when a full stop was lost."""


def feature_spans(text: str, known: Callable[[str], bool], is_area: Callable[[str], bool]
                  ) -> list[tuple[int, int, int, bool]]:
    """``(start, end, name_start, area_head)`` of each feature's or area's name in
    ``text`` (module docstring): ``known(span) -> bool`` says the gazetteer or the alias
    table knows the whole span; ``is_area(name) -> bool`` says the complement is a place
    the gazetteer knows (then an area's head leaves it be)."""
    out: list[tuple[int, int, int, bool]] = []
    for found in _FEATURE.finditer(text):
        name = found.group("name")
        if name.endswith(("'", "’")) or name.split()[0].lower() in _OPENERS:
            continue  # "au flanc des monts. Il a fallu", an OCR'd full stop lost
        span = text[found.start("head"):found.end()]
        if known(span) or known(span[:1].upper() + span[1:]):
            continue
        area = found.group("area") is not None or found.group("region") is not None or \
            found.group("head").startswith("terroir")
        words = name.split()
        if len(words[0].strip(".")) < 2 or words[0].endswith("."):
            continue  # "la région de I. ntomiers": an OCR'd initial
        if area and (not found.group("link") or is_area(words[0]) or is_area(name)):
            continue  # "la région Bretagne", "le pays de Galles"
        end = found.end()
        if len(words) > 1 and words[1].lower() in _OPENERS:
            end = found.start("name") + len(words[0])  # "monts des Vosges Les …"
        out.append((found.start("head"), end, found.start("name"), area))
    return out

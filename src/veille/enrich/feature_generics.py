"""A name written after a natural feature's generic noun is the feature's, not a town's.

Portuguese, Spanish, Catalan, Italian, French, English and German write a river's, a
lake's or a mountain's specific name after a lower-case generic noun and, often, a
linking word: "o rio Lima", "el río Segura", "el riu Xúquer", "il fiume Reno", "le fleuve
Sénégal", "the river Severn", "la serra da Estrela", "il lago di Garda". The name there
is the feature, named after nothing the text places: "a nova ponte sobre o rio Lima" (Ponte
da Barca, Portugal) gave Lima, the capital of Peru (t-check66 F5), "il fiume Reno" Reno,
Nevada. :func:`after_feature_generic` says when a mention is so written; the places'
resolution then reads no place from it (``veille.enrich.places._rivers``), as for the
French river cues of ``places._RIVER_BEFORE``. Streets are
:mod:`veille.enrich.street_names`' ("calle Valencia", "rua de Santiago").

The generics are the feature types of each language's national gazetteer that are never a
town's own first word when written in lower case (IGN's BDTOPO "Toponymie" classes; the
Spanish NGBE's "río", "arroyo", "sierra"; ISTAT and IGM's "fiume", "torrente", "monte";
Portugal's CAOP and DGT's "rio", "ribeira", "serra"): a town named "Rio Maior", "Monte San
Savino" or "Sierra Nevada" capitalises the word, which is then part of the name. Left out:
"ría" ("la ría de Vigo" is Vigo's), "valle"/"vale" ("Valle d'Aosta"), "puerto" (a port is
its town's) and "ponte" ("Ponte de Lima" is a town).
"""

from __future__ import annotations

import re

_GENERICS = (
    # water: Portuguese, Spanish, Catalan, Italian, French, English, German (as written
    # mid-sentence in lower case only by the Romance languages and English)
    "rio|rios|ribeira|ribeiro|albufeira|barragem|lagoa|"
    "río|ríos|arroyo|embalse|pantano|laguna|lago|"
    "riu|rius|riera|barranc|pantà|estany|llac|"
    "fiume|fiumi|torrente|canale|"
    "fleuve|rivière|riviere|ruisseau|torrent|lac|étang|etang|"
    "river|creek|lake|"
    # relief
    "serra|sierra|cordillera|monte|montes|monti|montagna|massiccio|pico|puig|"
    "mont|massif|mount|mountains")
_LINK = (r"(?:(?:de|del|de\s+la|de\s+los|de\s+las|dels|da|do|das|dos|di|della|dello|"
         r"delle|degli|dei|du|des|of)\s+|d['’])?")
_AFTER_GENERIC = re.compile(r"(?<![\w'’-])(?:" + _GENERICS + r")\s+" + _LINK + r"$")
"""A lower-case generic noun (module docstring) and its linking word right before a name:
"rio ", "río de ", "fiume ", "lago di ", "serra da ", "riu d'". Case-sensitive: "Rio de
Janeiro", "Monte Carlo" and "Lake Placid" are names whose first word is capitalised."""


def after_feature_generic(text: str, start: int) -> bool:
    """Whether the name at ``start`` of ``text`` follows a natural feature's lower-case
    generic noun (:data:`_AFTER_GENERIC`; the 40 characters before ``start`` are read):
    "sobre o rio Lima" at "Lima" is True, "em Lima" False."""
    return _AFTER_GENERIC.search(text[max(0, start - 40):start]) is not None

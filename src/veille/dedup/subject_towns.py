"""The town abroad an article's headline or council names: where its event is, when no
preposition states it.

:mod:`veille.dedup.stated_places` reads a place stated after a preposition of place or a
place noun ("en el municipio de La Orotava", "in Leeds", "Hamburg: …"); France's communes
are read by :func:`veille.dedup.specifics.towns` wherever the headline names them. A town
abroad written as the **headline's subject** ("Elche abre el nuevo mercado central",
"Braga aprova orçamento participativo", "Leicester councillors approve …") or as the town
of the **council** that acts in the lead ("según ha informado el Ayuntamiento de Madrid",
"il Comune di Parma ha inaugurato", "teilte die Stadt Bielefeld mit", "la Câmara Municipal
de Braga") stated nothing, so two towns' events of one shape (a square closed for works in
Madrid, a market opened in Elche: t-check63 #1; a council vote in Valladolid, another in
Zaragoza) shared their frame words ("obras", "pleno", "aprobó") and no rule compared their
towns: one story. The same pair in French stayed apart, as the towns rule reads "Lille" and
"la mairie de Lyon".

:func:`subject_towns` gives such towns as :data:`veille.dedup.stated_places.AT` keys, read by
:func:`veille.dedup.stated_places.apart` as stated places: two sides apart when each states a
town, the towns lie apart (:data:`veille.dedup.stated_places.RADIUS_KM`) and neither side's
texts name the other's (a follow-up names its event's town). Only towns the gazetteer
veille ships files as a city or a capital outside France (``enrich/data/gazetteer.tsv``,
GeoNames CC BY 4.0); a headline in Title Case (most of its words capitalised: "Mobile Phone
Ban Splits Reading Schools") names no subject this way. Read only when no preposition
states a place (:func:`veille.dedup.stated_places.places_keys`); not read on copies (the
copy rules' :func:`veille.dedup.stated_places.texts_apart` reads the prepositions only).
"""

from __future__ import annotations

import re

from veille.collector import built_once
from veille.enrich.shipped_rows import rows
from veille.extract.textshape import fold

SUBJECT_TOWNS = True
"""Whether the story rules read a town abroad the headline names, or the lead names as its
council's, as a stated place (module docstring; h-stories64, t-check63 #1). False: as
before."""

_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_LINK = r"(?:de|del|de la|de los|di|da|do|la|las|los|am|an der|upon|y)"
_RUN = rf"{_CAP}(?:\s+(?:{_LINK}\s+)?{_CAP}){{0,3}}"
_NAME = re.compile(_RUN)
_COUNCIL = re.compile(
    r"(?<![\w'’])(?:(?i:ayuntamiento|ajuntament|concello|comune|municipio|município|"
    r"c[âa]mara\s+municipal|prefeitura|alcalde|alcaldesa|alcaldessa|sindaco|sindaca|"
    r"prefeito|prefeita|mayor|city\s+council|borough\s+council|council)"
    r"\s+(?:(?i:de|del|d['’]|di|da|do|of)\s*)|"
    r"(?:Stadt|Gemeinde|Stadtverwaltung|Stadtrat|Bürgermeister(?:in)?|"
    r"Oberbürgermeister(?:in)?)\s+(?:von\s+)?)"
    rf"(?<=\s|['’])({_RUN})")
"""A council (or its mayor) and the town it is of: "el Ayuntamiento de Madrid", "il
Comune di Parma", "la Câmara Municipal de Braga", "die Stadt Münster", "the mayor of
Leicester"."""
_COUNCIL_AFTER = re.compile(rf"({_RUN})\s+(?:City|Borough|County|Town)\s+Council\b")
"""The English form that writes the town first: "Leicester City Council"."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
LEAD_CHARS = 400
"""How much of the body's first sentence is read for a council's town."""
TITLE_CASE = 0.6
"""A headline whose words of four letters or more are capitalised past this share is in
Title Case: its capitals say nothing of names."""


@built_once
def _towns() -> frozenset[str]:
    """Folded names of the gazetteer's cities and capitals outside France."""
    found: set[str] = set()
    for cells in rows("gazetteer.tsv"):
        if len(cells) >= 4 and cells[2] in ("city", "capital") and cells[3] != "FR":
            found.add(fold(cells[1].replace("-", " ")))
    return frozenset(found)


def _town(run: str) -> str | None:
    """The folded ``run`` when it is, whole, a town abroad; ``None`` otherwise ("Real
    Madrid", "Valladolid Arena" are no town)."""
    key = fold(run.replace("-", " "))
    return key if len(key) >= 3 and key in _towns() else None


def _title_case(title: str) -> bool:
    """Whether most of ``title``'s words of four letters or more are capitalised."""
    words = [w for w in _WORD.findall(title) if len(w) >= 4]
    return len(words) >= 3 and \
        sum(w[0].isupper() for w in words) > TITLE_CASE * len(words)


def subject_towns(title: str, body: str) -> frozenset[str]:
    """The folded names of the towns abroad ``title`` names and the first sentence of
    ``body`` names as its council's (module docstring); empty when :data:`SUBJECT_TOWNS`
    is off. A run of capitalised words counts whole only (:func:`_town`)."""
    if not SUBJECT_TOWNS:
        return frozenset()
    keys: set[str] = set()
    if not _title_case(title):
        for match in _NAME.finditer(title):
            key = _town(match.group())
            if key is not None:
                keys.add(key)
    lead = body.lstrip()[:LEAD_CHARS]
    end = _SENTENCE_END.search(lead, 40)
    lead = f"{title}\n{lead[:end.start() + 1] if end else lead}"
    for pattern in (_COUNCIL, _COUNCIL_AFTER):
        for match in pattern.finditer(lead):
            key = _town(match.group(1))
            if key is not None:
                keys.add(key)
    return frozenset(keys)

"""A feast's name of the text's language read as the town of that name: Portuguese "o
concerto de Natal" (Christmas) is no Natal, Rio Grande do Norte (t-final55 A4, issue 16).

Christmas and Easter are written in Portuguese *Natal* and *Páscoa*, in Spanish *Navidad*
and *Pascua*, in Italian *Natale* and *Pasqua*; towns bear those names (Natal, Brazil;
Navidad, Chile; Pascua, Mexico). The feast is told from the town by the way it is written
(Cunha & Cintra, *Nova Gramática do Português Contemporâneo*, ch. 11: a feast's name takes
the article, "o Natal", "no Natal", "do Natal", where a town's name takes none, "em Natal",
"a prefeitura de Natal"), or by the noun it completes: a feast's event, season, fare or
greeting ("concerto de Natal", "feira de Natal", "ceia de Natal", "Feliz Natal"), where a
town completes an institution or an area ("a prefeitura de Natal", "a zona norte de
Natal"). A name every mention of which is written so is the feast's, and no place.

Pure functions; nothing here raises.
"""

from __future__ import annotations

import re

__all__ = ["feast_named", "feast_span"]

_FEASTS: dict[str, frozenset[str]] = {
    "pt": frozenset({"Natal", "Páscoa"}),
    "es": frozenset({"Navidad", "Pascua", "Nochebuena"}),
    "it": frozenset({"Natale", "Pasqua"}),
}
"""The feasts' names that are also towns' names, by the text's language (module docstring)."""

_ARTICLE_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:o|do|no|ao|pelo|este|neste|deste|el|del|la|esta|il|nel|al|"
    r"dal|sul|questo)[ \u00a0]+$")
"""An article or its contraction right before the name: the feast's ("no Natal", "el día
de la Navidad", "il Natale"); not a bare "a", Portuguese's preposition too ("ir a
Natal")."""

_FEAST_NOUN_BEFORE = re.compile(
    r"(?<![\w'’-])(?i:concertos?|feiras?|festas?|festivais|festival|ceias?|jantar(?:es)?|"
    r"almoços?|mercados?|mercadinhos?|árvores?|pres[ée]pios?|luzes|ilumina[çc][õo]es|"
    r"decora[çc][õo]es|[ée]pocas?|noites?|dias?|v[ée]speras?|f[ée]rias|compras|presentes?|"
    r"prendas?|cabaz(?:es)?|bolos?|doces?|tradi[çc][õo]es|esp[íi]rito|mensagens?|"
    r"feriados?|can[çc][õo]es|m[úu]sicas?|postais|desfiles?|missas?|campanhas?|"
    r"conciertos?|fiestas?|cenas?|comidas?|mercadillos?|luces|cabalgatas?|vacaciones|"
    r"concerti|concerto|mercatin[io]|cen[ae]|pranz[io]|albero|alberi|vacanze|"
    r"messa|auguri|regal[io]|luminarie|vigilia|lotería|loteria|sorteo|feliz|bom|boas|"
    r"buon|buona|felices)"
    r"(?:[ \u00a0]+(?:de|di|da|del|do)[ \u00a0]+(?:la[ \u00a0]+)?)?[ \u00a0]*$")
"""A feast's event, season, fare or greeting right before the name, with its "de"
("concerto de Natal", "feira de Natal", "Feliz Natal", "pranzo di Natale")."""


def feast_span(text: str, start: int, end: int, language: str) -> bool:
    """True when ``text[start:end]`` is a feast of ``language`` (BCP 47 tag) written as
    the feast (module docstring), not the town of that name."""
    feasts = _FEASTS.get(language.replace("_", "-").split("-")[0].lower())
    if not feasts or text[start:end] not in feasts:
        return False
    before = text[max(0, start - 30):start]
    return _ARTICLE_BEFORE.search(before) is not None or \
        _FEAST_NOUN_BEFORE.search(before) is not None


def feast_named(entity: dict[str, object], text: str, language: str) -> bool:
    """True when every mention of ``entity`` (``[start, end, text]`` lists) is a feast of
    ``language`` written as the feast (:func:`feast_span`): no place."""
    mentions = entity.get("mentions") or []
    assert isinstance(mentions, list)
    return bool(mentions) and all(
        len(m) > 1 and feast_span(text, int(m[0]), int(m[1]), language) for m in mentions)

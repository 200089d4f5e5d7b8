"""A town's government named by its head noun and the town ("Comune di Bologna", "Mairie de
Sète", "Ayuntamiento de Zaragoza", "Câmara Municipal de Braga", "Stadt Göttingen"): an
organisation, and the town's name in it a place, never a person's surname.

The heads are the official names of municipal bodies: Italy's *comune* (Testo unico degli
enti locali, art. 13), Spain's *ayuntamiento* (Ley 7/1985, art. 19), Portugal's *câmara
municipal* (Lei 75/2013, art. 2) and Brazil's *prefeitura*, France's *mairie* and *hôtel de
ville*, Germany's *Stadt*/*Gemeinde* (Gemeindeordnungen), and English "City of", "Town
of" and "… City Council". Read as a speaker, "Il Comune di Bologna ha precisato" made the
person "Bologna" (t-check63 #5).
"""

from __future__ import annotations

import re

TOWN_HALL = re.compile(
    r"(?:Comune|Municipio|Ayuntamiento|Concello|Ajuntament|Câmara[ \u00a0]+Municipal|"
    r"Camara[ \u00a0]+Municipal|Prefeitura|Mairie|Hôtel[ \u00a0]+de[ \u00a0]+ville|"
    r"City[ \u00a0]+of|Town[ \u00a0]+of|Stadt|Gemeinde|Stadtverwaltung)"
    r"(?:[ \u00a0]+(?:di|de|da|do|d['’]))?[ \u00a0]+(?=[A-ZÀ-ÖØ-Þ])", re.IGNORECASE)
"""A municipal body's head noun (and its "di", "de") right before a capitalised name
(module docstring); case-insensitive for the head, the name capitalised."""


def town_hall_name(name: str) -> bool:
    """``name`` is a town's government: a municipal head (:data:`TOWN_HALL`) then the
    town's name ("Comune di Bologna", "Câmara Municipal de Braga")."""
    match = TOWN_HALL.match(name)
    return match is not None and match.end() < len(name)

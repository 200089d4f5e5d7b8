"""Score veille on the h-speakers62 held-out captures (CC0, written for veille).

Usage: ``python score.py VEILLE_COMMAND`` (e.g. /work/vbin-h-speakers62). Eleven captures
(Spanish, Portuguese, French, English, Italian, German, Russian; December 2026) are ingested
into one fresh data directory and enriched; each article's ``show --json`` is checked:

- ``quotes``: the speaker of the first quote whose text holds a piece is one of the names
  (a1-a7: an attribution opening the sentence, "según X", "segundo X", "selon X",
  "according to X", "secondo X", "laut X", "по словам X", names the second quote's speaker,
  not the previous quote's);
- ``notperson``: no PER entity holds this name (an institution + place: Ayuntamiento,
  Câmara, Comune, Mairie, Diputación, Provincia, Conseil départemental);
- ``notentity``: no entity has this name (a byline's particle-joined name cut off).

Prints one line per check, then ``total passed/checks`` (harness: bench/lib/quote_cases.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.quote_cases import score_cases  # noqa: E402

CASES: dict[str, dict[str, object]] = {
    "a1-es-segun": {"quotes": {"calendario claro": ["Federico Villacañas", "Villacañas"],
                               "más despidos": ["Rocío Bermejo Alcaraz", "Bermejo Alcaraz"]}},
    "a2-pt-segundo": {"quotes": {"vinte por cento": ["Rui Tavares Lobo", "Tavares Lobo"],
                                 "duas semanas": ["Filipa Carvalhal", "Carvalhal"]}},
    "a3-fr-selon": {"quotes": {"un tiers de la saison": ["Bastien Ollivier", "Ollivier"],
                               "très bonnes": ["Capucine Derrien", "Derrien"]}},
    "a4-en-according": {"quotes": {"risk a vessel": ["Owen Treleaven", "Treleaven"],
                                   "before Christmas": ["Marjorie Pendlebury", "Pendlebury"]}},
    "a5-it-secondo": {"quotes": {"almeno una settimana": ["Matteo Zanandrea", "Zanandrea"],
                                 "in elicottero": ["Loredana Bortolamei", "Bortolamei"]}},
    "a6-de-laut": {"quotes": {"tiefer als gedacht": ["Florian Wetzelsberger", "Wetzelsberger"],
                              "Behelfsbrücke": ["Annegret Moosbrugger", "Moosbrugger"]}},
    "a7-ru-po-slovam": {"quotes": {"два метра": ["Аркадий Толмачёв", "Толмачёв"],
                                   "не потребуется": ["Веры Студеникиной", "Вера Студеникина",
                                                      "Студеникиной", "Студеникина"]}},
    "b1-es-ayuntamiento": {"notperson": ["Ayuntamiento de Orihuela", "Diputación de Alicante"],
                           "notentity": ["José Antonio Martínez"]},
    "b2-pt-camara": {"notperson": ["Câmara de Setúbal", "Câmara Municipal de Setúbal"]},
    "b3-it-comune": {"notperson": ["Comune di Lovere", "Provincia di Bergamo"]},
    "b4-fr-mairie": {"notperson": ["Mairie de Pontcarré",
                                   "Conseil départemental de Seine-et-Marne"]},
}


if __name__ == "__main__":
    score_cases(HERE, sys.argv[1], CASES)

"""Score veille on the r-quotes56 held-out captures (CC0, written for veille).

Usage: ``python score.py VEILLE_COMMAND`` (e.g. /work/vbin-r-quotes56). The fourteen captures
(Italian, Spanish, Portuguese, French, English, Russian; all published Thursday 3 December
2026) are ingested into one fresh data directory under a temporary folder and enriched; each
article's ``show --json`` is then checked: the speaker of a quote (the quote whose text holds
a given piece, its ``speaker`` exactly), a speaker that must not be given, and the label of
the entity that covers a name at one place in the text (PER for a Russian person, LOC for a
Russian place in the locative or genitive). Prints one line per check, then the total
(harness: bench/lib/quote_cases.py; its own scorer until h-speakers65).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.quote_cases import score_cases  # noqa: E402

# name: {"whole": {piece of the quote: speaker}, "not": [speaker never given],
#        "kinds": {label: (context, name, entity label)}}
CASES: dict[str, dict[str, object]] = {
    "i1-it-ponte-verona": {
        "whole": {"mettere in sicurezza": "Tommaso Guidi", "cantieri": "Franco Bertolini"}},
    "i2-it-museo-pisa": {
        "whole": {"raddoppia": "Davide Ruggeri", "dieci anni": "Elena Marchetti"}},
    "e1-es-metro-bilbao": {
        "whole": {"no van a retroceder": "Iñaki Garmendia Soto",
                   "cada veinte": "Ainhoa Etxeberria"}},
    "e2-es-hospital-murcia": {
        "whole": {"reducirá": "Rosa Navarro Gil"}},
    "p1-pt-obra-coimbra": {
        "whole": {"chuva de novembro": "Paulo Ferreira Lopes"}},
    "p2-pt-escola-evora": {
        "whole": {"será resolvido": "Helena Rocha Dias", "dez graus": "Rui Sampaio"}},
    "f1-fr-expo-nantes": {
        "whole": {"bâtiment qui attend": "Clémence Vautrin", "ambitieux": "Olivier Tessier"},
        "not": ["Biennale des arts du fleuve de Nantes", "Biennale des arts du fleuve"]},
    "f2-fr-syndicat-rouen": {
        "whole": {"porte reste ouverte": "Bertrand Collin",
                   "Nous ne reprendrons": "Sandrine Lemaître"}},
    "f3-fr-port-sete": {
        "whole": {"accompagnera": "Catherine Aubry", "bonne journée": "Gérard Fabre",
                   "printemps": "Anne Morel"}},
    "f4-fr-selon-lille": {
        "whole": {"cinq minutes": "Nadia Belkacem", "plus calmes": "Julien Caron"}},
    "n1-en-library-leeds": {
        "whole": {"cost less": "Tom Ashby", "roof": "Sarah Whitcombe"}},
    "r1-ru-most-kazan": {
        "whole": {"Мост откроется": "Игорь Соколов"},
        "kinds": {"person Игорь Соколов": ("Игорь Соколов заявил", "Игорь Соколов", "PER"),
                  "place В Казани": ("В Казани открыли", "Казани", "LOC"),
                  "place Мэр Казани": ("Мэр Казани", "Казани", "LOC")}},
    "r2-ru-teatr-ekb": {
        "whole": {"Ремонт закончат": "Дмитрий Волков"},
        "kinds": {"person Анна Морозова": ("Анна Морозова", "Анна Морозова", "PER"),
                  "place В Екатеринбурге": ("В Екатеринбурге в среду", "Екатеринбурге", "LOC")}},
    "r3-ru-park-spb": {
        "whole": {"Каток": "Николай Кузнецов"},
        "kinds": {"person Николай Кузнецов": ("Николай Кузнецов", "Николай Кузнецов", "PER"),
                  "place В Санкт-Петербурге": ("В Санкт-Петербурге в четверг",
                                               "Санкт-Петербурге", "LOC")}},
}


if __name__ == "__main__":
    score_cases(HERE, sys.argv[1], CASES)

"""h-copies67 held-out, part 1: agency credits in datelines and bylines of text captures
(es/ca/fr/it/pt/de/en), written before the fix. A case passes when ``evidence["credit"]``
names the expected agency (and no other), or nothing for the negatives, and the dateline's
publication day is still read. Usage (the code under test on PYTHONPATH):
``PYTHONPATH=src python bench/data/heldout/h-copies67/credits.py`` -> "credits: N/M"."""
from __future__ import annotations

import sys
from datetime import UTC, datetime

from veille.extract.agencies import agency_named
from veille.extract.text_capture import extract_text_capture

BODY = {
    "es": ["El Ayuntamiento ha decretado el cierre de los parques municipales durante toda la "
           "jornada ante las rachas de viento de hasta noventa kilómetros por hora previstas "
           "por la Agencia Estatal de Meteorología.",
           "Los servicios de emergencia han atendido una treintena de incidencias por caída "
           "de árboles y cornisas, sin que se hayan registrado heridos, según fuentes "
           "municipales.",
           "\"Pedimos a los vecinos que eviten pasear cerca de zonas arboladas\", ha señalado "
           "la concejala de Seguridad, Marta Llorens, en declaraciones a los periodistas."],
    "ca": ["L'Ajuntament ha decretat el tancament dels parcs municipals durant tota la jornada "
           "per les ratxes de vent de fins a noranta quilòmetres per hora previstes per "
           "l'Agència Estatal de Meteorologia.",
           "Els serveis d'emergència han atès una trentena d'incidències per caiguda d'arbres "
           "i cornises, sense que s'hagen registrat ferits, segons fonts municipals.",
           "\"Demanem als veïns que eviten passejar prop de zones arbrades\", ha assenyalat la "
           "regidora de Seguretat, Marta Llorens, en declaracions als periodistes."],
    "fr": ["La préfecture a ordonné la fermeture des parcs et jardins de la ville pour toute la "
           "journée en raison de rafales de vent pouvant atteindre 90 km/h, selon Météo-France.",
           "Les pompiers sont intervenus une trentaine de fois pour des chutes d'arbres et de "
           "tuiles, sans faire de blessé, a indiqué la mairie dans un communiqué.",
           "« Nous demandons aux habitants d'éviter les abords des zones boisées », a déclaré "
           "l'adjointe chargée de la sécurité, Martine Leroux, devant la presse."],
    "it": ["Il Comune ha disposto la chiusura dei parchi cittadini per l'intera giornata a causa "
           "delle raffiche di vento fino a novanta chilometri orari previste dalla protezione "
           "civile regionale.",
           "I vigili del fuoco sono intervenuti una trentina di volte per la caduta di alberi e "
           "cornicioni, senza feriti, secondo quanto riferito dal Comune.",
           "\"Chiediamo ai cittadini di evitare le zone alberate\", ha dichiarato l'assessora "
           "alla sicurezza, Marta Lorenzi, parlando con i giornalisti."],
    "pt": ["A câmara municipal decretou o encerramento dos parques da cidade durante todo o dia "
           "devido às rajadas de vento de até noventa quilómetros por hora previstas pelo "
           "Instituto Português do Mar e da Atmosfera.",
           "Os bombeiros registaram cerca de trinta ocorrências por queda de árvores e telhas, "
           "sem feridos, segundo a proteção civil municipal.",
           "\"Pedimos aos moradores que evitem as zonas arborizadas\", afirmou a vereadora da "
           "Segurança, Marta Lourenço, em declarações aos jornalistas."],
    "de": ["Die Stadt hat alle Parks und Grünanlagen für den ganzen Tag gesperrt, weil der "
           "Deutsche Wetterdienst Sturmböen mit bis zu neunzig Kilometern pro Stunde erwartet.",
           "Die Feuerwehr rückte rund dreißig Mal wegen umgestürzter Bäume und herabfallender "
           "Dachziegel aus, verletzt wurde nach Angaben der Stadt niemand.",
           "\"Wir bitten alle Bürger, bewaldete Gebiete zu meiden\", sagte die "
           "Ordnungsdezernentin Martina Lorenz vor Journalisten."],
    "en": ["City officials closed all public parks for the day as forecasters warned of wind "
           "gusts of up to 55 miles per hour, the National Weather Service said.",
           "Firefighters responded to about 30 calls for fallen trees and roof damage, with no "
           "injuries reported, according to a city spokesperson.",
           "\"We are asking residents to stay away from wooded areas,\" said Deputy Mayor Martha "
           "Lawrence at a news conference on Tuesday."],
}
TITLE = {"es": "Cierran los parques por las rachas de viento de hasta 90 kilómetros por hora",
         "ca": "Tanquen els parcs per les ratxes de vent de fins a 90 quilòmetres per hora",
         "fr": "Les parcs fermés toute la journée à cause de rafales jusqu'à 90 km/h",
         "it": "Parchi chiusi tutto il giorno per le raffiche di vento fino a 90 chilometri",
         "pt": "Parques fechados durante todo o dia devido a rajadas de vento de 90 km/h",
         "de": "Parks wegen Sturmböen mit bis zu 90 Stundenkilometern den ganzen Tag gesperrt",
         "en": "City closes parks for the day as wind gusts of up to 55 mph are forecast"}
SITE = {"es": "https://www.diariodelaribera.es/", "ca": "https://www.latribunadigital.cat/",
        "fr": "https://www.lecourrierdelouest.fr/", "it": "https://www.gazzettadelcolle.it/",
        "pt": "https://www.jornaldaserra.pt/", "de": "https://www.kreisbote-online.de/",
        "en": "https://www.valleyherald.co.uk/"}

# (language, head lines under the headline, agency key expected or "" for none, day expected)
CASES: list[tuple[str, list[str], str, str]] = [
    ("es", ["22/04/2026 - 08:40 - EFE"], "efe", "2026-04-22"),
    ("es", ["Redacción / EFE", "Alzira, 22/04/2026 08:40"], "efe", "2026-04-22"),
    ("es", ["Agencia EFE", "22 abr. 2026 08:40"], "efe", "2026-04-22"),
    ("es", ["EFE/ Alzira | 22 abr. 2026 - 08:40"], "efe", "2026-04-22"),
    ("es", ["Europa Press | 22/04/2026 08:40"], "europapress", "2026-04-22"),
    ("ca", ["22/04/2026 - 08:40 - Europa Press"], "europapress", "2026-04-22"),
    ("ca", ["Redacció / EFE", "22/04/2026 08:40"], "efe", "2026-04-22"),
    ("fr", ["Publié le 22/04/2026 à 08h40 - AFP"], "afp", "2026-04-22"),
    ("fr", ["22 avril 2026 à 08h40 (AFP)"], "afp", "2026-04-22"),
    ("it", ["22 aprile 2026 - 08:40 - ANSA"], "ansa", "2026-04-22"),
    ("it", ["ANSA - 22/04/2026 08:40"], "ansa", "2026-04-22"),
    ("pt", ["22 abr 2026 - 08:40 - Lusa"], "lusa", "2026-04-22"),
    ("pt", ["Agência Lusa | 22/04/2026 08h40"], "lusa", "2026-04-22"),
    ("de", ["22.04.2026, 08:40 Uhr - dpa"], "dpa", "2026-04-22"),
    ("de", ["dpa | 22.04.2026, 08:40 Uhr"], "dpa", "2026-04-22"),
    ("en", ["April 22, 2026 8:40 AM - AP"], "ap", "2026-04-22"),
    ("en", ["Reuters · April 22, 2026 8:40 AM"], "reuters", "2026-04-22"),
    ("en", ["22 April 2026 08:40 (Reuters)"], "reuters", "2026-04-22"),
    # negatives: a section, a place, a person: no credit
    ("es", ["22/04/2026 - 08:40 - Comarcas"], "", "2026-04-22"),
    ("ca", ["22/04/2026 - 08:40 - Alzira"], "", "2026-04-22"),
    ("fr", ["Par Claire Martin | 22/04/2026 à 08h40"], "", "2026-04-22"),
    ("en", ["April 22, 2026 8:40 AM - Local News"], "", "2026-04-22"),
]


def key_of(name: str) -> str:
    agency = agency_named(name) or agency_named(name, any_case=True)
    return agency.key if agency is not None else name


def run_case(lang: str, head: list[str]) -> tuple[set[str], str]:
    text = "\n\n".join(["Portada  Noticias  Opinión  Deportes", TITLE[lang], *head,
                        *BODY[lang], "© 2026"]) + "\n"
    result = extract_text_capture(text, site_url=SITE[lang],
                                  fetched_at=datetime(2026, 4, 23, 12, tzinfo=UTC))
    credits = {key_of(c) for c in result.evidence.get("credit", "").split(", ") if c}
    day = result.published.date().isoformat() if result.published else ""
    return credits, day


def main() -> int:
    passed = 0
    for lang, head, want, day in CASES:
        credits, got_day = run_case(lang, head)
        ok = credits == ({want} if want else set()) and got_day == day
        passed += ok
        print(f"{'ok ' if ok else 'BAD'} {lang} {head!r}: credit {sorted(credits)} day {got_day}")
    print(f"credits: {passed}/{len(CASES)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

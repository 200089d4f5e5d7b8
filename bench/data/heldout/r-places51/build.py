#!/usr/bin/env python3
"""Build the r-places51 held-out set: articles.jsonl and gold.json (python3 build.py).

Written by us (r-places51, 2026-12-05) before any code change; CC0. Checks are those of
bench/lib/entity_checks.py plus the h-t49b place checks and two of this set (see score.py):
- ["noplace", surface, country]: no resolved place mentioned as ``surface`` lies outside
  ``country`` (None: no place at all mentioned as ``surface``).
- ["place", surface, field, value]: a place mentioned as ``surface`` has ``field == value``.
- ["tz", words]: the record's time zone evidence holds ``words`` (case-folded).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

U = "https://www.example.test/rplaces51/"
T = "2026-12-03T09:00:00+01:00"


def case(slug, lang, source, title, paragraphs, checks, published=T):
    return {"title": title, "paragraphs": paragraphs, "language": lang, "source": source,
            "url": U + slug, "published": published, "checks": checks}


CASES = [
    case("p01", "ca", "Diari de Girona", "Una exposició de fotografia al Palau Robert",
         ["El Palau Robert de Barcelona inaugura dijous una mostra sobre el port.",
          "L'any passat, la mostra es va fer al Palau de Mèxic, a Girona."],
         [["noplace", "Mèxic", None], ["noplace", "Mexique", None],
          ["ent", "Palau de Mèxic", ["LOC", "NONE"]], ["place", "Girona", "country", "ES"]]),
    case("p02", "es", "La Voz de Cádiz", "El Palacio de Bolivia acoge un concierto",
         ["El concierto se celebrará el sábado en el Palacio de Bolivia, en Sevilla.",
          "El Hotel Suiza de Cádiz ofrece descuentos a los asistentes."],
         [["noplace", "Bolivia", None], ["ent", "Palacio de Bolivia", ["LOC", "NONE"]],
          ["place", "Sevilla", "country", "ES"], ["noplace", "Suiza", None]]),
    case("p03", "it", "Il Piccolo", "Mostra al Palazzo Venezia di Trieste",
         ["La mostra apre venerdì al Palazzo Grecia, nel centro di Trieste.",
          "Il sindaco ha parlato dal balcone dell'Hotel Russia."],
         [["noplace", "Grecia", None], ["noplace", "Russia", None],
          ["place", "Trieste", "country", "IT"]]),
    case("p04", "fr", "Le Parisien", "Paris : le Théâtre de Chaillot rouvre ses portes",
         ["Le Théâtre de Chaillot rouvre mardi après deux ans de travaux.",
          "Une rencontre aura lieu à la Maison de la Chine, puis au Palais de Tokyo.",
          "Les spectateurs venus de la gare de Lyon pourront prendre le métro."],
         [["noplace", "Chine", None], ["noplace", "Tokyo", None], ["noplace", "Lyon", None],
          ["ent", "Chine", ["NONE"]], ["ent", "Tokyo", ["NONE"]]]),
    case("p05", "fr", "Le Soir", "Bruxelles : l'Hôtel de Hollande ferme",
         ["L'Hôtel de Hollande, près de la Grand-Place de Bruxelles, fermera fin décembre.",
          "Ses clients seront relogés à l'Hôtel d'Angleterre, avenue de Suède."],
         [["noplace", "Hollande", None], ["noplace", "Angleterre", None],
          ["noplace", "Suède", None], ["place", "Bruxelles", "country", "BE"]]),
    case("p06", "pt", "Jornal do Porto", "Concerto no Palácio da Bolsa",
         ["O concerto de Natal realiza-se no Palácio de Cristal e no Teatro Nacional "
          "São João, no Porto.",
          "A Estação de Espanha, em Lisboa, fecha para obras."],
         [["noplace", "Espanha", None], ["place", "Porto", "country", "PT"]]),
    case("p07", "de", "Kölner Blatt", "Konzert im Hotel Europa",
         ["Das Konzert findet am Freitag im Palais Schweden in Köln statt.",
          "Die Gäste übernachten im Hotel Russland am Rhein."],
         [["noplace", "Schweden", None], ["noplace", "Russland", None],
          ["place", "Köln", "country", "DE"]]),
    case("p08", "en", "Camden Gazette", "Crowds at the Palace of Japan exhibition",
         ["Visitors queued outside the Cafe Brazil on Camden High Street on Saturday.",
          "The exhibition moves to the Hotel Russia in London next month."],
         [["noplace", "Brazil", None], ["noplace", "Russia", None],
          ["place", "London", "country", "GB"]]),
    case("p09", "fr", "Le Républicain lorrain", "Le Minett candidat à l'Unesco",
         ["Les communes du Minett, le bassin minier du sud du Luxembourg, présentent leur "
          "dossier jeudi à Esch-sur-Alzette.",
          "Côté français, le pays de Longwy et le Pays-Haut suivent le dossier."],
         [["ent", "Minett", ["LOC"]], ["ent", "pays de Longwy", ["LOC", "NONE"]],
          ["place", "Esch-sur-Alzette", "country", "LU"]]),
    case("p10", "fr", "La Voix du Nord", "Randonnée : les monts des Flandres sous la neige",
         ["Les monts des Flandres, entre Bailleul et Cassel, étaient blancs samedi matin.",
          "Plus au sud, le plateau de l'Artois et la vallée de la Canche ont été épargnés."],
         [["ent", "monts des Flandres", ["LOC"]], ["ent", "plateau de l'Artois", ["LOC"]],
          ["ent", "vallée de la Canche", ["LOC"]], ["ent", "Canche", ["LOC", "NONE"]],
          ["ent", "Artois", ["LOC", "NONE"]]]),
    case("p11", "fr", "Libération", "La Ruffinie et la Bayrouie face au budget",
         ["Dans la Ruffinie, on dénonce un budget injuste, a dit François Ruffin mardi.",
          "La Bayrouie, elle, défend François Bayrou. Le Wauquiezisme n'a pas dit son dernier "
          "mot, selon Laurent Wauquiez."],
         [["noplace", "Ruffinie", None], ["noplace", "Bayrouie", None],
          ["noplace", "Wauquiezisme", None], ["ent", "Ruffinie", ["ORG", "MISC", "NONE"]],
          ["ent", "Bayrouie", ["ORG", "MISC", "NONE"]],
          ["ent", "Wauquiezisme", ["ORG", "MISC", "NONE"]]]),
    case("p12", "en", "Wire Digest", "Trade talks: Chicago and Paris exporters meet",
         ["Exporters from Chicago and Milwaukee met buyers from Paris and Lyon on Tuesday.",
          "The talks in Chicago will go on in Paris next week."],
         [["tz", "split"]], published="2026-12-03T09:00:00"),
    case("p13", "en", "Wire Digest", "Grain prices: Kansas City and Toulouse",
         ["Farmers in Kansas City and Wichita watched prices as traders in Toulouse and "
          "Bordeaux sold.", "Toulouse and Kansas City will meet again."],
         [["tz", "split"]], published="2026-12-02T15:00:00"),
]

if __name__ == "__main__":
    write_cases(HERE, CASES)

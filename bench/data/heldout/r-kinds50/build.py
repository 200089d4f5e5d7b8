#!/usr/bin/env python3
"""Build the r-kinds50 held-out set: articles.jsonl and gold.json (python3 build.py).

Written by us (r-kinds50, 2026-12-05) before any code change; CC0. Checks are those of
bench/lib/entity_checks.py plus the h-t49b place checks (see score.py):
- ["noplace", surface, country]: no resolved place mentioned as ``surface`` lies outside
  ``country`` (None: no place at all mentioned as ``surface``).
- ["place", surface, field, value]: a place mentioned as ``surface`` has ``field == value``.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

U = "https://www.example.test/rkinds50/"


def case(slug, lang, source, published, title, paragraphs, checks, html=None):
    c = {"title": title, "paragraphs": paragraphs, "language": lang, "source": source,
         "url": U + slug, "published": published, "checks": checks}
    if html:
        c["html"] = html
    return c


CASES = [
    case("k01", "fr", "Le Télégramme", "2026-12-03T08:00:00+01:00",
         "Tempête : l'eau et le téléphone rétablis dans le Finistère",
         ["Après la tempête de mardi, Suez Bretagne a rétabli la distribution d'eau potable "
          "à Morlaix jeudi matin.",
          "Free Mobile et Bouygues Telecom signalaient encore des antennes hors service près "
          "de Quimper.",
          "La préfecture du Finistère a levé l'alerte orange."],
         [["ent", "Suez Bretagne", ["ORG"]], ["noplace", "Suez", None],
          ["noplace", "Bretagne", None]]),
    case("k02", "fr", "La Nouvelle République", "2026-12-02T11:00:00+01:00",
         "Vienne : les chambres consulaires s'unissent contre la hausse des taxes",
         ["La Chambre de commerce et d'industrie de la Vienne et la CMA Nouvelle-Aquitaine ont "
          "signé mardi une déclaration commune à Poitiers.",
          "Le Syndicat des eaux du Châtelleraudais s'est joint à l'appel, tout comme l'Office "
          "de tourisme de Loudun.",
          "Les élus doivent se réunir le 15 décembre."],
         [["ent", "Chambre de commerce et d'industrie de la Vienne", ["ORG"]],
          ["ent", "Chambre de commerce", ["NONE"]],
          ["ent", "CMA Nouvelle-Aquitaine", ["ORG"]],
          ["ent", "Syndicat des eaux du Châtelleraudais", ["ORG"]],
          ["ent", "Office de tourisme de Loudun", ["ORG"]]]),
    case("k03", "en", "Carolina Ledger", "2026-12-03T15:00:00-05:00",
         "Water main break closes downtown Raleigh streets",
         ["Crews from Raleigh Water worked through the night to repair a broken main on "
          "Hillsborough Street, the city said on Thursday.",
          "The Wake County Health Department advised residents to boil tap water until "
          "Saturday.",
          "The Durham County Council offered to send tankers."],
         [["ent", "Raleigh Water", ["ORG"]],
          ["ent", "Wake County Health Department", ["ORG"]],
          ["ent", "Durham County Council", ["ORG"]],
          ["place", "Raleigh", "country", "US"]]),
    case("k04", "fr", "Le Courrier picard", "2026-12-01T18:00:00+01:00",
         "Amiens : une cycliste renversée rue de la Poste",
         ["Une cycliste de 34 ans a été blessée lundi soir rue de la Poste, à Amiens, par une "
          "camionnette qui tournait à droite.",
          "Les secours l'ont transportée au CHU, a indiqué la police.",
          "Le carrefour de la Mutualité, à deux pas, avait déjà connu un accident en mars."],
         [["ent", "Poste", ["LOC", "NONE"]], ["ent", "Mutualité", ["LOC", "NONE"]],
          ["place", "Amiens", "country", "FR"]]),
    case("k05", "fr", "Le Parisien", "2026-12-04T07:00:00+01:00",
         "Paris : la station Assemblée nationale fermée ce week-end",
         ["La RATP fermera samedi et dimanche la station Assemblée nationale de la ligne 12 "
          "pour des travaux d'accessibilité.",
          "Les voyageurs sont invités à descendre à la station Concorde ou à rejoindre la gare "
          "d'Austerlitz par le RER C.",
          "Les bus de la porte d'Orléans ne seront pas touchés."],
         [["ent", "Assemblée nationale", ["LOC", "NONE", "MISC"]],
          ["ent", "Austerlitz", ["NONE", "MISC"]], ["noplace", "Austerlitz", None],
          ["ent", "Orléans", ["NONE", "MISC"]], ["noplace", "Orléans", None]]),
    case("k06", "fr", "Sud Ouest", "2026-12-04T22:00:00+01:00",
         "Basket : la soirée de Pro B",
         ["Le Boulazac Basket Dordogne s'est imposé 84 à 79 face à Saint-Quentin samedi soir.",
          "L'ADA Blois a été battu par Rouen 70 à 77 après prolongation.",
          "Le Stade Rochelais Basket s'impose devant Antibes et reprend la tête du classement."],
         [["ent", "Saint-Quentin", ["ORG"]], ["ent", "Rouen", ["ORG"]],
          ["ent", "Antibes", ["ORG"]]]),
    case("k07", "fr", "Actu.fr", "2026-12-02T09:30:00+01:00",
         "Paris : trafic perturbé gare de Lyon",
         ["Un colis suspect a perturbé le trafic mercredi matin gare de Lyon, à Paris, pendant "
          "une heure et demie.",
          "Les trains vers Dijon et Marseille ont été retardés, a indiqué la SNCF."],
         [["ent", "Lyon", ["NONE", "MISC"]], ["noplace", "Lyon", None],
          ["place", "Dijon", "country", "FR"]]),
    case("k08", "pt", "Jornal de Notícias", "2026-12-02T12:00:00+00:00",
         "Braga: autocarros gratuitos no Natal",
         ["A Câmara Municipal de Braga anunciou que os autocarros serão gratuitos entre 20 e 26 "
          "de dezembro.",
          "O Metro de Lisboa também vai reforçar a oferta no fim de semana, segundo a empresa."],
         [["noplace", "Câmara", None], ["noplace", "Metro", None],
          ["ent", "Metro", ["NONE"]], ["ent", "Câmara", ["NONE"]],
          ["place", "Braga", "country", "PT"]]),
    case("k09", "es", "El Heraldo", "2026-12-03T10:00:00+01:00",
         "Zaragoza amplía el tranvía",
         ["El Ayuntamiento de Zaragoza aprobó el jueves la ampliación de la línea 1 del "
          "tranvía.",
          "Metro Ligero Oeste, que opera en Madrid, presentó una oferta para el mantenimiento."],
         [["ent", "Ayuntamiento", ["NONE"]], ["noplace", "Ayuntamiento", None],
          ["noplace", "Metro", None], ["place", "Zaragoza", "country", "ES"]]),
    case("k10", "fr", "L'Est Républicain", "2026-12-01T10:00:00+01:00",
         "Metz : le futur IUT ouvrira en 2029",
         [], [["ent", "IUT de", ["NONE"]], ["ent", "CHR de", ["NONE"]],
              ["ent", "IUT de Metz", ["ORG", "NONE"]]],
         html=("<html lang=\"fr\"><head><title>Metz : le futur IUT ouvrira en 2029</title></head>"
               "<body><article><h1>Metz : le futur IUT ouvrira en 2029</h1>"
               "<p>Le futur IUT de Metz, sur le plateau du Saulcy, ouvrira en 2029, a annoncé "
               "mardi l'université de Lorraine.</p>"
               "<p>Le nouveau CHR de Metz-Thionville financera une partie des salles de "
               "formation.</p><p>Le chantier doit commencer au printemps.</p>"
               "</article></body></html>")),
    case("k11", "en", "Northern Echo Desk", "2026-12-02T09:00:00+00:00",
         "Flood warnings lifted across Teesside",
         ["The Environment Agency lifted flood warnings on Wednesday, while Northumbrian Water "
          "said supplies to Stockton had been restored.",
          "Redcar and Cleveland Council said roads near Middlesbrough would reopen by the "
          "weekend."],
         [["ent", "Northumbrian Water", ["ORG"]],
          ["ent", "Redcar and Cleveland Council", ["ORG"]],
          ["place", "Middlesbrough", "country", "GB"]]),
    case("k12", "fr-BE", "Le Soir", "2026-12-03T08:00:00+01:00",
         "Liège : la place Saint-Lambert bloquée",
         ["Une manifestation a bloqué mardi la place Saint-Lambert, à Liège, et le quartier "
          "d'Outremeuse.",
          "La Société régionale wallonne du transport a dévié ses bus vers la station "
          "Guillemins.",
          "La Croix-Rouge a distribué des boissons chaudes aux manifestants."],
         [["ent", "Société régionale wallonne du transport", ["ORG"]],
          ["ent", "Croix-Rouge", ["ORG"]],
          ["place", "Liège", "country", "BE"]]),
]

if __name__ == "__main__":
    write_cases(HERE, CASES)

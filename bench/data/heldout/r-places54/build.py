#!/usr/bin/env python3
"""Build the r-places54 held-out set: articles.jsonl and gold.json (python3 build.py).

Written by us (r-places54, 2026-12-05) before any code change; CC0. Checks are those of
bench/lib/entity_checks.py, the h-t49b place checks ("noplace", "place") and this set's own
("nospk", "entname", "label": see score.py).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from lib.entity_checks import write_cases  # noqa: E402

U = "https://www.example.test/rplaces54/"
T = "2026-12-04T10:00:00+01:00"


def case(slug, lang, title, paragraphs, checks):
    return {"title": title, "paragraphs": paragraphs, "language": lang, "source": "Test Wire",
            "url": U + slug, "published": T, "checks": checks}


NOT_LOC = ["ORG", "MISC", "NONE"]

CASES = [
    # 1. a named quarter of the article's town, not a small commune far away
    case("q01", "fr", "Violences urbaines à Rennes",
         ["À Rennes, les quartiers de Maurepas et du Blosne ont connu une nuit agitée.",
          "La préfecture d'Ille-et-Vilaine a annoncé des renforts de police."],
         [["noplace", "Maurepas", None], ["place", "Rennes", "kind", "commune"]]),
    case("q02", "fr", "Rénovation à Toulouse",
         ["La mairie de Toulouse veut raser deux tours de la cité de Bellefontaine.",
          "Les locataires seront relogés en Haute-Garonne d'ici 2028."],
         [["noplace", "Bellefontaine", None], ["place", "Toulouse", "kind", "commune"]]),
    case("q03", "fr", "Incendie à Reims",
         ["Un incendie s'est déclaré dans la résidence Orgeval, à Reims, dans la nuit.",
          "Les pompiers de la Marne ont évacué quarante personnes."],
         [["noplace", "Orgeval", None], ["place", "Reims", "kind", "commune"]]),
    case("q04", "fr", "Orages dans le Gard",
         ["Les quartiers de Montpellier et de Nîmes ont été privés d'électricité.",
          "Enedis promet un retour à la normale mardi."],
         [["place", "Nîmes", "kind", "commune"], ["place", "Montpellier", "kind", "commune"]]),
    # 2. a direction or a common noun is no place
    case("c01", "fr", "Sécheresse en Guadeloupe",
         ["Les communes du Sud sont privées d'eau depuis trois jours.",
          "Dans le sud de la Guadeloupe, les coupures tournantes continuent."],
         [["ent", "Sud", ["NONE"]], ["noplace", "Sud", None]]),
    case("c02", "fr", "Tramway à Rennes",
         ["Rennes Métropole a voté le prolongement de la ligne b.",
          "La Métropole versera 40 millions d'euros, a précisé sa présidente."],
         [["noplace", "Métropole", None], ["ent", "Métropole", NOT_LOC]]),
    case("c03", "fr", "Neige dans le Grand Est",
         ["La région Grand Est a déclenché son plan grand froid.",
          "Strasbourg et Metz sont les plus touchées."],
         [["place", "Grand Est", "kind", "region"]]),
    # 3. an organisation's name holding a place is the organisation
    case("o01", "fr", "Attaque au Mali",
         ["L'État islamique dans le Grand Sahara a revendiqué l'embuscade près de Ménaka.",
          "Bamako n'a pas commenté."],
         [["noplace", "État islamique dans le Grand Sahara", None],
          ["ent", "État islamique dans le Grand Sahara", NOT_LOC]]),
    case("o02", "fr", "Otages libérés",
         ["Al-Qaïda au Maghreb islamique a libéré deux otages, selon Nouakchott.",
          "Les deux hommes ont été conduits à Niamey."],
         [["noplace", "Al-Qaïda au Maghreb islamique", None],
          ["ent", "Al-Qaïda au Maghreb islamique", NOT_LOC]]),
    # 4. a section kicker before a colon is no place and no speaker
    case("k01", "fr", "Médias : « Ouest-France » change de formule",
         ["Le quotidien régional a présenté lundi sa nouvelle maquette à Rennes.",
          "Les abonnés la recevront dès janvier."],
         [["noplace", "Médias", None], ["nospk", "Ouest-France"]]),
    case("k02", "fr", "Lyon : un entrepôt ravagé par les flammes",
         ["Un entrepôt a brûlé dans la nuit à Lyon, dans le 7e arrondissement.",
          "Personne n'a été blessé."],
         [["place", "Lyon", "kind", "commune"]]),
    # 5. a river or a state named as such is not the département or city of that name
    case("r01", "fr", "Crue de la Marne à Meaux",
         ["La Marne, grossie par les pluies, est sortie de son lit à Meaux.",
          "La préfecture de Seine-et-Marne a fermé les quais."],
         [["noplace", "Marne", None], ["place", "Meaux", "kind", "commune"]]),
    case("r02", "fr", "Pluies sur la Touraine",
         ["À Tours, le Cher a atteint 4 mètres sous le pont, une cote inédite depuis 2016.",
          "La préfecture d'Indre-et-Loire surveille aussi la Loire."],
         [["noplace", "Cher", None], ["place", "Tours", "kind", "commune"]]),
    case("r03", "fr", "Inondations au Brésil",
         ["À Porto Alegre, la capitale gaúcha, l'eau a envahi le centre.",
          "L'État de Santa Catarina a lui aussi déclaré l'état d'urgence."],
         [["noplace", "Porto", None], ["place", "Porto Alegre", "country", "BR"],
          ["place", "Santa Catarina", "kind", "region"]]),
    case("r04", "en", "Floods in southern Brazil",
         ["Rescuers in Porto Alegre used boats to reach stranded families.",
          "The state of Santa Catarina also declared an emergency."],
         [["noplace", "Porto", None], ["place", "Santa Catarina", "kind", "region"]]),
    case("r05", "fr", "Crue de la Loire",
         ["La Loire a franchi la cote d'alerte à Saumur, dans le Maine-et-Loire.",
          "Les bords de Loire sont interdits aux promeneurs."],
         [["noplace", "Loire", None], ["place", "Saumur", "kind", "commune"]]),
    # 6. labels in the reader's language, names in the nominative
    case("l01", "fr", "Bombardements à Alep",
         ["Des frappes ont touché Alep dans la nuit, selon une ONG.",
          "Les habitants fuient vers le nord."],
         [["label", "en", "Aleppo"]]),
    case("l02", "it", "Sciopero a Milano",
         ["A Milano i mezzi pubblici sono fermi per lo sciopero.",
          "Disagi anche a Bologna."],
         [["label", "en", "Milan"]]),
    case("l03", "ru", "Мороз в Новосибирске",
         ["В Новосибирске температура опустилась до минус 40 градусов.",
          "Школы закрыты, сообщили в мэрии."],
         [["entname", "Новосибирске", "Новосибирск"], ["label", "en", "Novosibirsk"]]),
    case("l04", "ru", "Пожар в Улан-Баторе",
         ["В Улан-Баторе сгорел рынок, сообщили спасатели.",
          "Пострадавших нет."],
         [["entname", "Улан-Баторе", "Улан-Батор"], ["label", "en", "Ulan Bator"]]),
]

if __name__ == "__main__":
    write_cases(HERE, CASES)

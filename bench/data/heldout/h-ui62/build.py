#!/usr/bin/env python3
"""Write articles.jsonl of h-ui62's held-out set (CC0: every outlet, person and event is
invented for veille; the towns are real so that places resolve)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

A = [
    # F1: a landslide in Annecy, fr story of 3 articles by 2 outlets (Gazette first, then
    # two by Le Veilleur savoyard), linked to an English story and a Spanish one.
    ("F1fr1", "fr", "La Gazette des Aravis", "2026-05-12T07:40:00+02:00",
     "Glissement de terrain à Annecy : 38 maisons évacuées sur les hauteurs de la ville",
     "Un glissement de terrain s'est produit mardi vers 5 heures sur les hauteurs d'Annecy, "
     "dans le quartier des Puisots. Trente-huit maisons ont été évacuées et 112 habitants "
     "relogés, selon la préfecture de la Haute-Savoie.\n\nLe maire, Timothée Lavorel, a "
     "ouvert un gymnase pour accueillir les familles. « Personne n'a été blessé, c'est "
     "l'essentiel », a déclaré Timothée Lavorel.\n\nLes géologues examineront la pente "
     "mercredi 13 mai."),
    ("F1fr2", "fr", "Le Veilleur savoyard", "2026-05-12T09:15:00+02:00",
     "Annecy : des familles relogées en urgence après l'effondrement d'un talus",
     "Glissement de terrain à Annecy : réveillés par un grondement, les 112 habitants "
     "évacués du quartier des Puisots ont dû quitter leur domicile avant l'aube, selon la "
     "préfecture de la Haute-Savoie. Un pan de colline a glissé sur une centaine de mètres, "
     "emportant deux garages et une partie de la chaussée.\n\nLa mairie a ouvert le "
     "gymnase des Fins pour héberger les familles ; la Croix-Rouge y distribue couvertures "
     "et repas chauds. Trente-huit maisons restent inaccessibles.\n\nTimothée Lavorel, le "
     "maire, s'est rendu sur place dès 6 heures avec les pompiers."),
    ("F1fr3", "fr", "Le Veilleur savoyard", "2026-05-12T18:30:00+02:00",
     "Talus effondré à Annecy : les sinistrés des Puisots passeront la nuit au gymnase",
     "Les sinistrés des Puisots ne regagneront pas leur maison ce soir. Le maire Timothée "
     "Lavorel a annoncé en fin de journée que le périmètre de sécurité resterait en place "
     "toute la nuit.\n\nDes capteurs ont été posés sur la pente pour surveiller tout "
     "nouveau mouvement du terrain. Trente-huit maisons sont concernées."),
    ("F1en", "en", "Alpine Wire", "2026-05-12T10:05:00+00:00",
     "Hillside collapse in French Alpine town leaves families homeless",
     "A hillside gave way before dawn on Tuesday in Annecy, in the French Alps, and 112 "
     "residents of 38 homes had to leave, local officials said.\n\nThe town's mayor said "
     "no one was injured and that a sports hall would host the families for the night."),
    ("F1es", "es", "Crónica Alpina", "2026-05-12T13:20:00+02:00",
     "Un desprendimiento en los Alpes franceses deja a un centenar de vecinos sin casa",
     "Un total de 112 vecinos de 38 casas de Annecy, en los Alpes franceses, tuvieron que "
     "abandonar sus hogares de madrugada el martes tras el desprendimiento de una "
     "ladera.\n\nSegún el ayuntamiento, no hubo heridos y las familias dormirán en un "
     "polideportivo."),
    # P: one article in Arabic, one in Russian: place labels of other scripts
    ("P1ar", "ar", "صدى الصحراء", "2026-05-14T11:00:00+02:00",
     "انقطاع الكهرباء في القاهرة لست ساعات",
     "شهدت القاهرة يوم الخميس انقطاعا للكهرباء استمر ست ساعات في عدة أحياء، بحسب وزارة "
     "الكهرباء.\n\nوقال المتحدث باسم الوزارة كريم الصيرفي إن \"الأعطال أصلحت بالكامل\".\n\n"
     "وتضرر نحو 200 ألف مشترك من الانقطاع."),
    ("P2ru", "ru", "Волжский вестник", "2026-05-14T15:00:00+03:00",
     "В Санкт-Петербурге открылся новый мост через Неву",
     "В четверг в Санкт-Петербурге открыли новый разводной мост через Неву. Строительство "
     "заняло четыре года.\n\nПо словам главного инженера Олега Вершинина, по мосту будут "
     "проезжать 40 тысяч машин в сутки."),
    # E: entities with aliases: NATO (shipped: Alliance atlantique, Otan), a mayor with
    # the user's aliases (a Spanish article), the Islamic State in English
    ("E1fr", "fr", "La Gazette des Aravis", "2026-05-15T10:00:00+02:00",
     "Sommet de l'OTAN : les ministres réunis à Bruxelles",
     "Les ministres de la Défense de l'OTAN se réunissent jeudi à Bruxelles pour un sommet "
     "consacré aux drones.\n\nLa ministre Hélène Jourdanet a annoncé une hausse du budget "
     "militaire de 4 %."),
    ("E2es", "es", "Crónica Alpina", "2026-05-15T12:00:00+02:00",
     "La alcaldesa de Valverde, Marisol Echeverría, inaugura la nueva biblioteca",
     "La alcaldesa de Valverde, Marisol Echeverría, inauguró el viernes la nueva biblioteca "
     "municipal.\n\n\"Es un día histórico para el pueblo\", dijo Marisol Echeverría ante "
     "unos 300 vecinos."),
    ("E3en", "en", "Alpine Wire", "2026-05-15T14:00:00+00:00",
     "Islamic State claims attack on border post",
     "The Islamic State group claimed an attack on a border post on Friday, the group's "
     "propaganda outlet said.\n\nSecurity officials said three guards were wounded."),
    # S: one story of three articles (one outlet's dispatch reprinted twice) among others,
    # for the search API collapsed as the page is
    ("S1a", "fr", "Agence Rhône-Presse", "2026-05-16T08:00:00+02:00",
     "Grève des éboueurs à Grenoble : 400 tonnes de déchets dans les rues",
     "Les éboueurs de Grenoble sont en grève depuis lundi. Quelque 400 tonnes de déchets "
     "s'accumulent dans les rues, selon la métropole.\n\nLe syndicat réclame une prime de "
     "pénibilité de 150 euros par mois."),
    ("S1b", "fr", "Le Dauphiné du soir", "2026-05-16T09:00:00+02:00",
     "Grève des éboueurs à Grenoble : 400 tonnes de déchets dans les rues",
     "Les éboueurs de Grenoble sont en grève depuis lundi. Quelque 400 tonnes de déchets "
     "s'accumulent dans les rues, selon la métropole.\n\nLe syndicat réclame une prime de "
     "pénibilité de 150 euros par mois."),
    ("S1c", "fr", "Isère Matin", "2026-05-16T09:30:00+02:00",
     "Grève des éboueurs à Grenoble : 400 tonnes de déchets dans les rues",
     "Les éboueurs de Grenoble sont en grève depuis lundi. Quelque 400 tonnes de déchets "
     "s'accumulent dans les rues, selon la métropole.\n\nLe syndicat réclame une prime de "
     "pénibilité de 150 euros par mois."),
    ("S2", "fr", "Isère Matin", "2026-05-17T10:00:00+02:00",
     "À Grenoble, la grève des éboueurs divise les commerçants du centre",
     "Au sixième jour de la grève des éboueurs, les commerçants du centre de Grenoble se "
     "disent partagés. Certains soutiennent le mouvement, d'autres réclament un service "
     "minimum.\n\nLa métropole propose une médiation lundi."),
    ("S3", "fr", "Le Dauphiné du soir", "2026-05-17T12:00:00+02:00",
     "Grenoble : le tramway C ralenti par des travaux jusqu'en juin",
     "Des travaux de voirie ralentissent la ligne C du tramway de Grenoble jusqu'à la fin "
     "juin, indique la métropole, qui évoque aussi la grève en cours.\n\nLes rames "
     "circuleront toutes les 12 minutes."),
]


def host(source: str) -> str:
    """One host per outlet (a shared host is one outlet to veille):
    "la-gazette-des-aravis.example"."""
    slug = "-".join("".join(c for c in w if c.isalnum()) for w in source.lower().split())
    return (slug.encode("idna").decode() if not slug.isascii() else slug) + ".example"


def main() -> None:
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as out:
        for key, lang, source, published, title, text in A:
            out.write(json.dumps({"id": key, "title": title, "text": text,
                                  "published": published, "source": source,
                                  "language": lang,
                                  "url": f"https://{host(source)}/h-ui62/{key.lower()}"},
                                 ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

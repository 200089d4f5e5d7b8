#!/usr/bin/env python3
"""Write r-stories56's held-out set: articles.jsonl and gold.json (CC0, written for veille)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (id, event, source, published, language, title, text)
A = [
    # F: a warehouse fire at Montauban (Tarn-et-Garonne), two outlets, then a follow-up
    # that names only the département
    ("F1", "F-MONTAUBAN", "La Dépêche du Quercy", "2026-11-07T08:30:00+01:00", "fr",
     "Incendie d'un entrepôt à Montauban : trois salariés intoxiqués",
     "Un incendie s'est déclaré vendredi soir dans un entrepôt de meubles de la zone "
     "d'Albasud à Montauban (Tarn-et-Garonne), intoxiquant légèrement trois salariés, selon "
     "les pompiers.\n\nQuelque 60 sapeurs-pompiers ont lutté toute la nuit contre les "
     "flammes. « Le toit s'est effondré vers 23 heures », a raconté le capitaine Julien "
     "Mercadier, du SDIS 82. Le gérant, Patrice Olmeda, évoque un court-circuit."),
    ("F2", "F-MONTAUBAN", "Radio Garonne", "2026-11-07T12:00:00+01:00", "fr",
     "Montauban : l'entrepôt de meubles d'Albasud ravagé par les flammes",
     "Il ne reste que des murs noircis de l'entrepôt de la zone d'Albasud, à Montauban. Le "
     "feu, parti vendredi soir, a été maîtrisé au petit matin par les pompiers du SDIS 82.\n\n"
     "Trois employés, légèrement intoxiqués, ont été conduits à l'hôpital. Le gérant Patrice "
     "Olmeda a annoncé le chômage technique pour ses vingt salariés."),
    ("F3", "F-MONTAUBAN", "La Dépêche du Quercy", "2026-11-08T09:00:00+01:00", "fr",
     "Tarn-et-Garonne : une enquête ouverte après l'incendie de l'entrepôt d'Albasud",
     "Le parquet a ouvert une enquête samedi après l'incendie qui a détruit vendredi "
     "l'entrepôt de meubles de Patrice Olmeda, en Tarn-et-Garonne.\n\nLes enquêteurs "
     "n'écartent pas la piste d'un court-circuit, et les vingt salariés attendent de savoir "
     "s'ils retrouveront leur emploi."),
    # G: the same night, a warehouse fire at Villeneuve-d'Ascq (Nord), same headline template
    ("G1", "G-VILLENEUVE", "Nord Matin", "2026-11-07T09:15:00+01:00", "fr",
     "Incendie d'un entrepôt à Villeneuve-d'Ascq : trois salariés intoxiqués",
     "Un incendie a touché vendredi soir un entrepôt de textiles de la zone de la Pilaterie à "
     "Villeneuve-d'Ascq (Nord), intoxiquant légèrement trois salariés, selon les pompiers.\n\n"
     "Une centaine de sapeurs-pompiers du SDIS 59 ont été mobilisés. « Le bâtiment est "
     "perdu », a déclaré le commandant Hervé Delattre. Une enquête a été ouverte par le "
     "parquet de Lille."),
    # V: two orange alerts of one kind (wind) on two coasts, the same day, and a local
    # report of the first
    ("V1", "V-CORSE", "Corse Infos", "2026-11-14T16:00:00+01:00", "fr",
     "Vents violents : la Haute-Corse et la Corse-du-Sud en vigilance orange samedi",
     "Météo-France a placé vendredi la Haute-Corse et la Corse-du-Sud en vigilance orange "
     "vents violents pour samedi, en raison d'un coup de libeccio.\n\nDes rafales de 150 "
     "km/h sont attendues au cap Corse. Les liaisons maritimes vers Bastia et Ajaccio "
     "pourraient être annulées."),
    ("V2", "V-NORD", "Côte d'Opale Info", "2026-11-14T17:00:00+01:00", "fr",
     "Vents violents : le Pas-de-Calais et la Somme en vigilance orange samedi",
     "Météo-France a placé vendredi le Pas-de-Calais et la Somme en vigilance orange vents "
     "violents pour samedi, en raison d'une dépression sur la Manche.\n\nDes rafales de 120 "
     "km/h sont attendues sur le littoral. Les traversées vers Douvres depuis Calais "
     "pourraient être perturbées."),
    ("V3", "V-CORSE", "Bastia Matin", "2026-11-15T10:00:00+01:00", "fr",
     "Libeccio : Bastia privée de bateaux, le cap Corse balayé par des rafales",
     "Aucun ferry n'a quitté Bastia samedi matin : le libeccio soufflait à plus de 140 km/h "
     "au cap Corse, placé la veille en vigilance orange.\n\nÀ Ajaccio, des arbres sont "
     "tombés sur la route des Sanguinaires."),
    # T: a storm crossing Brittany and Normandy, reported from two départements
    ("T1", "T-STORM", "Le Télégramme du Léon", "2026-11-21T08:00:00+01:00", "fr",
     "Tempête Oriane : 40 000 foyers privés d'électricité dans le Finistère",
     "La tempête Oriane a balayé la pointe bretonne dans la nuit de vendredi à samedi, "
     "privant d'électricité 40 000 foyers du Finistère, selon Enedis.\n\nDes rafales de "
     "160 km/h ont été mesurées à la pointe du Raz."),
    ("T2", "T-STORM", "Manche Libre Info", "2026-11-21T11:00:00+01:00", "fr",
     "Tempête Oriane : arbres arrachés et routes coupées dans la Manche",
     "Après la Bretagne, la tempête Oriane a touché la Manche samedi matin : des dizaines "
     "d'arbres sont tombés entre Cherbourg et Granville, et 15 000 foyers sont privés "
     "d'électricité, selon Enedis.\n\nLes pompiers sont intervenus 300 fois."),
    # A: a coach crash on the A7 in the Drôme, and one on the A31 in Moselle, one week
    ("A1", "A-DROME", "Le Dauphiné Sud", "2026-11-28T10:00:00+01:00", "fr",
     "Accident d'autocar sur l'autoroute : douze blessés près de Montélimar",
     "Un autocar transportant des retraités s'est couché sur l'A7 près de Montélimar (Drôme) "
     "samedi matin, faisant douze blessés dont deux graves, selon la préfecture.\n\nLe "
     "chauffeur, âgé de 58 ans, aurait été victime d'un malaise."),
    ("A2", "A-MOSELLE", "Lorraine Soir", "2026-11-28T15:00:00+01:00", "fr",
     "Accident d'autocar sur l'autoroute : douze blessés près de Thionville",
     "Un autocar transportant des lycéens a percuté un poids lourd sur l'A31 près de "
     "Thionville (Moselle) samedi après-midi, faisant douze blessés dont un grave, selon la "
     "préfecture.\n\nLa circulation a été coupée vers le Luxembourg pendant trois heures."),
    # S: a national teachers' strike, reported from Rennes and from Toulouse
    ("S1", "S-STRIKE", "Rennes Actu", "2026-12-01T13:00:00+01:00", "fr",
     "Grève des enseignants : 3 000 manifestants à Rennes contre la réforme du bac",
     "Quelque 3 000 enseignants ont défilé mardi à Rennes, à l'appel de l'intersyndicale, "
     "contre la réforme du baccalauréat de la ministre Claire Vannier.\n\nLa journée de "
     "grève nationale a été suivie par 40 % des professeurs de collège, selon les "
     "syndicats."),
    ("S2", "S-STRIKE", "Toulouse Info", "2026-12-01T14:00:00+01:00", "fr",
     "Réforme du bac : les enseignants en grève défilent à Toulouse",
     "Ils étaient 5 000 selon les syndicats à défiler mardi à Toulouse contre la réforme du "
     "baccalauréat de Claire Vannier, lors d'une journée de grève nationale des "
     "enseignants.\n\nL'intersyndicale promet d'autres journées si la ministre ne recule "
     "pas."),
    # B: the same Tuesday, a bin collectors' strike at Marseille: another strike, another
    # place, no teacher, no reform
    ("B1", "B-BINS", "Provence Actu", "2026-12-01T18:00:00+01:00", "fr",
     "Grève des éboueurs à Marseille : les poubelles s'entassent",
     "Les éboueurs de la métropole sont en grève depuis mardi à Marseille pour réclamer une "
     "prime de pénibilité ; 2 000 tonnes de déchets s'entassent dans les rues.\n\nLa "
     "métropole a réquisitionné des entreprises privées."),
    # E: flood warnings for two English counties far apart (en), same template
    ("E1", "E-CUMBRIA", "North West Wire", "2026-12-03T09:00:00+00:00", "en",
     "Flood warnings issued as heavy rain hits Cumbria",
     "The Environment Agency issued 25 flood warnings on Thursday as heavy rain hit "
     "Cumbria, with the River Kent expected to peak at Kendal overnight.\n\nResidents of "
     "Keswick were told to move valuables upstairs."),
    ("E2", "E-CORNWALL", "Westcountry Wire", "2026-12-03T11:00:00+00:00", "en",
     "Flood warnings issued as heavy rain hits Cornwall",
     "The Environment Agency issued 18 flood warnings on Thursday as heavy rain hit "
     "Cornwall, with the River Fowey expected to peak at Lostwithiel overnight.\n\n"
     "Residents of Bodmin were told to prepare sandbags."),
    ("E3", "E-CUMBRIA", "Lakes Daily", "2026-12-03T18:00:00+00:00", "en",
     "Kendal braced for River Kent peak as flood warnings stay in place",
     "Sandbags were handed out in Kendal on Thursday evening as the River Kent rose, with "
     "25 flood warnings still in force across Cumbria.\n\nThe Environment Agency said "
     "Keswick and Cockermouth could also see flooding."),
]

PAIRS = [
    ("F1", "F2", True), ("F1", "F3", True), ("F2", "F3", True),
    ("F1", "G1", False), ("F2", "G1", False), ("F3", "G1", False),
    ("V1", "V3", True), ("V1", "V2", False), ("V3", "V2", False),
    ("T1", "T2", True),
    ("A1", "A2", False),
    ("S1", "S2", True), ("S1", "B1", False), ("S2", "B1", False),
    ("E1", "E3", True), ("E1", "E2", False), ("E3", "E2", False),
]


def main() -> None:
    """Write the two files next to this script."""
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for aid, _ev, source, published, lang, title, text in A:
            f.write(json.dumps({"id": aid, "title": title, "text": text,
                                "published": published, "source": source,
                                "url": f"https://example.org/r-stories56/{aid.lower()}",
                                "language": lang}, ensure_ascii=False) + "\n")
    gold = {"articles": {aid: {"event": ev,
                               "url": f"https://example.org/r-stories56/{aid.lower()}"}
                         for aid, ev, *_ in A},
            "pairs": [list(p) for p in PAIRS]}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()

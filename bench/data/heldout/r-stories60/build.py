#!/usr/bin/env python3
"""Write r-stories60's held-out set: articles.jsonl and gold.json (CC0, written for veille)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (id, event, source, published, language, title, text)
A = [
    # --- L: a local follow-up two days later by the same outlet and author: the same
    # street, the same two persons, the meeting the first announced; no "yesterday".
    ("LF1", "LF", "Le Courrier de Loire", "2026-10-05T11:00:00+02:00", "fr",
     "Nantes : la maire veut fermer le quai de la Fosse aux voitures avant Noël",
     "Par Juliette Marchais\n\nÀ l'hôtel de ville, la maire de Nantes, Sophie Kerbrat, a "
     "présenté lundi son plan pour le quai de la Fosse. « Le quai sera rendu aux piétons et "
     "aux vélos avant Noël », a-t-elle promis.\n\n« C'est la mort de nos commerces », a "
     "répondu Gilles Le Moal, président de l'union des commerçants du quartier.\n\nUne "
     "réunion publique se tiendra le jeudi 15 octobre à la salle Paul-Fort."),
    ("LF2", "LF", "Le Courrier de Loire", "2026-10-07T18:30:00+02:00", "fr",
     "Quai de la Fosse : les commerçants nantais défilent devant la mairie",
     "Par Juliette Marchais\n\nPrès de deux cents commerçants ont défilé mercredi midi "
     "devant l'hôtel de ville de Nantes contre la fermeture du quai de la Fosse aux "
     "voitures.\n\n« On décide sans nous », a lancé Gilles Le Moal, qui les conduisait. "
     "Sophie Kerbrat a proposé de les recevoir vendredi. La réunion publique du jeudi 15 "
     "octobre est maintenue."),
    ("LE1", "LE", "Avon Evening Courier", "2026-10-05T12:00:00+01:00", "en",
     "Bristol council to close Gloucester Road to through traffic",
     "By Owen Pritchard\n\nBristol's council leader, Helen Ashdown, announced on Monday "
     "that Gloucester Road would be closed to through traffic from January under a new "
     "bus gate scheme.\n\n\"This is the death of the high street,\" said Ravi Mistry, who "
     "chairs the Gloucester Road Traders Association.\n\nA public meeting will be held at "
     "the Old Library on 15 October."),
    ("LE2", "LE", "Avon Evening Courier", "2026-10-07T17:00:00+01:00", "en",
     "Gloucester Road traders hand in petition against bus gate",
     "By Owen Pritchard\n\nTraders from Gloucester Road handed a petition with 4,000 "
     "signatures to City Hall on Wednesday, opposing the bus gate scheme.\n\nRavi Mistry "
     "said shops would lose a third of their customers. Helen Ashdown agreed to meet the "
     "traders before the public meeting on 15 October."),
    ("LS1", "LS", "Heraldo del Ebro", "2026-10-12T12:00:00+02:00", "es",
     "Zaragoza peatonalizará la calle Alfonso I antes del verano",
     "Por Lucía Garcés\n\nLa alcaldesa de Zaragoza, Pilar Ainsa, presentó el lunes el "
     "proyecto para cerrar al tráfico la calle Alfonso I antes del verano.\n\n«Nos van a "
     "hundir», advirtió Tomás Lanuza, presidente de la asociación de comerciantes del "
     "Casco.\n\nEl Ayuntamiento abrirá una consulta vecinal el 22 de octubre."),
    ("LS2", "LS", "Heraldo del Ebro", "2026-10-14T19:00:00+02:00", "es",
     "Los comerciantes de Alfonso I se concentran ante el Ayuntamiento",
     "Por Lucía Garcés\n\nUn centenar de comerciantes de la calle Alfonso I se concentró "
     "este miércoles ante el Ayuntamiento de Zaragoza contra la peatonalización.\n\nTomás "
     "Lanuza pidió una moratoria. Pilar Ainsa se comprometió a recibirlos antes de la "
     "consulta vecinal del 22 de octubre."),
    ("LD1", "LD", "Breisgauer Tagblatt", "2026-10-12T13:00:00+02:00", "de",
     "Freiburg will die Kaiser-Joseph-Straße für Autos sperren",
     "Von Katrin Hölzle\n\nOberbürgermeister Jonas Brettner hat am Montag im Rathaus "
     "angekündigt, die Kaiser-Joseph-Straße in Freiburg ab März für Autos zu sperren.\n\n"
     "„Das ist das Ende des Einzelhandels“, sagte Ute Kienzler, Vorsitzende des "
     "Händlervereins Innenstadt.\n\nEine Bürgerversammlung ist für den 22. Oktober geplant."),
    ("LD2", "LD", "Breisgauer Tagblatt", "2026-10-14T18:00:00+02:00", "de",
     "Händler protestieren vor dem Rathaus gegen Sperrung",
     "Von Katrin Hölzle\n\nRund zweihundert Händler haben am Mittwoch vor dem Freiburger "
     "Rathaus gegen die geplante Sperrung der Kaiser-Joseph-Straße protestiert.\n\nUte "
     "Kienzler überreichte Jonas Brettner eine Liste mit 3.000 Unterschriften. Die "
     "Bürgerversammlung am 22. Oktober findet wie geplant statt."),
    ("LI1", "LI", "Corriere Felsineo", "2026-10-19T12:00:00+02:00", "it",
     "Bologna, via Indipendenza chiusa alle auto da gennaio",
     "di Marta Zanardi\n\nIl sindaco di Bologna, Davide Montanari, ha annunciato lunedì "
     "che via Indipendenza sarà chiusa alle auto da gennaio.\n\n«Così ci fanno chiudere», "
     "ha detto Franca Bellei, presidente dell'associazione dei commercianti del centro.\n\n"
     "Un'assemblea pubblica si terrà il 29 ottobre a Palazzo d'Accursio."),
    ("LI2", "LI", "Corriere Felsineo", "2026-10-21T18:00:00+02:00", "it",
     "I negozianti di via Indipendenza in piazza contro lo stop alle auto",
     "di Marta Zanardi\n\nCirca centocinquanta negozianti di via Indipendenza hanno "
     "manifestato mercoledì in piazza Maggiore contro la chiusura della strada.\n\nFranca "
     "Bellei ha chiesto un rinvio. Davide Montanari li riceverà prima dell'assemblea "
     "pubblica del 29 ottobre."),
    # --- M: the same outlet, author, town and mayor two days apart on two matters: apart.
    ("MF1", "MF-POOL", "L'Écho de la Vilaine", "2026-10-05T10:00:00+02:00", "fr",
     "Rennes : la maire présente la future piscine de Maurepas",
     "Par Erwan Tanguy\n\nLa maire de Rennes, Claire Le Dantec, a présenté lundi la future "
     "piscine du quartier de Maurepas, un bassin olympique de 50 mètres.\n\nLes travaux "
     "coûteront 28 millions d'euros et dureront deux ans."),
    ("MF2", "MF-WATER", "L'Écho de la Vilaine", "2026-10-07T19:00:00+02:00", "fr",
     "Rennes : le prix de l'eau augmentera de 6 % en janvier",
     "Par Erwan Tanguy\n\nLe conseil municipal de Rennes a voté mercredi soir une hausse de "
     "6 % du prix de l'eau au 1er janvier.\n\nClaire Le Dantec a invoqué le coût de la "
     "rénovation des canalisations. L'opposition a voté contre."),
    ("ME1", "ME-LIB", "Aire Valley Post", "2026-10-12T10:00:00+01:00", "en",
     "Leeds to close four branch libraries",
     "By Sam Whitaker\n\nLeeds City Council will close four branch libraries next spring, "
     "its leader Joanne Pickersgill said on Monday, to save 1.2 million pounds a year.\n\n"
     "Campaigners said the closures would hit the poorest wards hardest."),
    ("ME2", "ME-BINS", "Aire Valley Post", "2026-10-14T18:00:00+01:00", "en",
     "Leeds bin crews vote to strike over pay",
     "By Sam Whitaker\n\nBin collection crews in Leeds voted on Wednesday to strike for two "
     "weeks in November over pay.\n\nJoanne Pickersgill urged the union to return to talks "
     "and said collections of recycling would be prioritised."),
    ("MD1", "MD-STADIUM", "Nordhessen Rundschau", "2026-10-19T11:00:00+02:00", "de",
     "Kassel plant neues Stadion am Auestadion",
     "Von Paul Wendler\n\nOberbürgermeisterin Anke Rhiel hat am Montag Pläne für ein neues "
     "Stadion am Standort des Auestadions in Kassel vorgestellt.\n\nDas Projekt soll 60 "
     "Millionen Euro kosten und 2030 fertig sein."),
    ("MD2", "MD-KITA", "Nordhessen Rundschau", "2026-10-21T17:00:00+02:00", "de",
     "Kassel erhöht die Kita-Gebühren",
     "Von Paul Wendler\n\nDie Stadtverordneten in Kassel haben am Mittwoch höhere "
     "Kita-Gebühren ab Januar beschlossen.\n\nAnke Rhiel verteidigte die Erhöhung mit "
     "gestiegenen Personalkosten. Elternvertreter kündigten Proteste an."),
    # --- S: a strike over five days and its end (the shape of t-final59 #9b), with
    # unrelated news around it: the end joins, and stays joined in every schedule.
    ("SF1", "SF", "Le Quotidien du Rail", "2026-11-02T07:00:00+01:00", "fr",
     "Grève à la SNCF : le trafic très perturbé sur les TER de Bretagne",
     "La grève lancée par SUD-Rail et la CGT-Cheminots perturbe fortement le trafic des TER "
     "en Bretagne ce lundi, avec un train sur trois.\n\nLe ministre des Transports, Bastien "
     "Roussel, appelle au dialogue. Les syndicats contestent la réforme des roulements."),
    ("SF2", "SF", "Ouest Matin", "2026-11-03T08:00:00+01:00", "fr",
     "Deuxième jour de grève des cheminots en Bretagne",
     "Les cheminots bretons poursuivent la grève mardi à l'appel de SUD-Rail et de la "
     "CGT-Cheminots contre la réforme des roulements.\n\nBastien Roussel a reçu les syndicats "
     "au ministère sans obtenir d'accord. Un TER sur trois circule."),
    ("SF3", "SF", "Le Quotidien du Rail", "2026-11-04T19:00:00+01:00", "fr",
     "Grève SNCF : les négociations reprennent, Bastien Roussel optimiste",
     "Les négociations entre la direction de la SNCF et les syndicats ont repris mercredi. "
     "Le ministre Bastien Roussel se dit « optimiste ».\n\nSUD-Rail maintient son préavis de "
     "grève tant que la réforme des roulements n'est pas retirée."),
    ("SF4", "SF", "Le Journal de l'Armor", "2026-11-06T06:30:00+01:00", "fr",
     "SNCF : accord trouvé dans la nuit, fin de la grève vendredi",
     "Après quatre jours de conflit, la direction et les syndicats ont signé un protocole "
     "dans la nuit. SUD-Rail lève son préavis et le trafic des TER reprendra normalement "
     "vendredi.\n\nBastien Roussel a salué « un accord responsable » pour les cheminots."),
    ("SE1", "SE", "Tyne Morning Star", "2026-11-09T07:00:00+00:00", "en",
     "Metro drivers walk out in Newcastle pay dispute",
     "Metro drivers in Newcastle walked out on Monday in a dispute over pay, leaving "
     "commuters stranded. The RMT union said the strike would last all week.\n\nTransport "
     "chief Moira Cairns said the offer of four per cent was fair."),
    ("SE2", "SE", "Wear Valley Gazette", "2026-11-10T08:00:00+00:00", "en",
     "Newcastle Metro strike enters second day",
     "The Metro strike in Newcastle entered its second day on Tuesday with no trains "
     "running. The RMT union said drivers would stay out until a better offer.\n\nMoira "
     "Cairns called for talks at Acas."),
    ("SE3", "SE", "Tyne Morning Star", "2026-11-12T07:30:00+00:00", "en",
     "Deal reached to end Newcastle Metro strike",
     "The RMT union and the Metro operator reached a deal overnight that ends the drivers' "
     "strike, with a five per cent pay rise. Trains will run normally from Friday.\n\nMoira "
     "Cairns welcomed the agreement."),
    # unrelated news in the same weeks (other towns, other matters): must change nothing
    ("U1", "U1", "Le Courrier de Loire", "2026-11-03T12:00:00+01:00", "fr",
     "Angers : le festival de la BD attire 30 000 visiteurs",
     "Le festival de la bande dessinée d'Angers a attiré 30 000 visiteurs ce week-end, un "
     "record.\n\nL'organisatrice, Nadia Ferron, annonce une édition sur quatre jours en 2027."),
    ("U2", "U2", "Ouest Matin", "2026-11-05T15:00:00+01:00", "fr",
     "Brest : un chalutier remorqué après une avarie",
     "Un chalutier de 24 mètres a été remorqué jusqu'au port de Brest jeudi après une avarie "
     "de moteur au large d'Ouessant.\n\nLes sept marins sont sains et saufs, selon la "
     "préfecture maritime."),
    ("U3", "U3", "Tyne Morning Star", "2026-11-11T12:00:00+00:00", "en",
     "Sunderland shipyard wins ferry order",
     "A Sunderland shipyard has won an order for two electric ferries worth 90 million "
     "pounds, securing 300 jobs.\n\nManaging director Alan Forsyth said work would start in "
     "the spring."),
    ("U4", "U4", "Le Journal de l'Armor", "2026-11-06T10:00:00+01:00", "fr",
     "Saint-Brieuc : la médiathèque rouvre après travaux",
     "La médiathèque de Saint-Brieuc a rouvert vendredi après dix mois de travaux.\n\nLe "
     "maire, Denis Le Roux, a inauguré une nouvelle salle pour les enfants."),
]

PAIRS = [
    ["LF1", "LF2", True], ["LE1", "LE2", True], ["LS1", "LS2", True],
    ["LD1", "LD2", True], ["LI1", "LI2", True],
    ["MF1", "MF2", False], ["ME1", "ME2", False], ["MD1", "MD2", False],
    ["SF1", "SF4", True], ["SF2", "SF4", True], ["SF3", "SF4", True],
    ["SE1", "SE3", True], ["SE2", "SE3", True],
    ["SF4", "U4", False], ["SF2", "U2", False], ["SE3", "U3", False],
]


def main() -> None:
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for i, _ev, source, published, lang, title, text in A:
            f.write(json.dumps({"id": i, "title": title, "text": text, "published": published,
                                "source": source, "language": lang,
                                "url": f"https://example.org/r-stories60/{i.lower()}"},
                               ensure_ascii=False) + "\n")
    gold = {"articles": {i: {"event": ev, "url": f"https://example.org/r-stories60/{i.lower()}"}
                         for i, ev, *_ in A}, "pairs": PAIRS}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()

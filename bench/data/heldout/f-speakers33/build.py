#!/usr/bin/env python3
"""Build the f-speakers33 held-out set: articles.jsonl and gold.json.

Written by f-speakers33 before veille was run on it. Each article is a list of
paragraphs; each quote's gold is (snippet, accepted speakers, kind). ``None`` among the
accepted speakers means "no speaker" is right (and then any name is wrong).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).parent
N = None

ARTICLES = [
    # --- French: a postposed apposition after the inverted pronoun and its complements
    ("f01", "fr", "Le Télégramme", "2026-11-20T09:00:00+01:00",
     "Quimperlé : l'usine de conserves ferme ses portes",
     ["La conserverie Kerlann, implantée à Quimperlé depuis 1962, cessera son activité en février.",
      "Cent vingt salariés sont concernés par la fermeture annoncée lundi.",
      "« Chacun se verra proposer un reclassement », a-t-il assuré lors d'une réunion à la mairie, le directeur du site, Gwenaël Caradec.",
      "« C'est un coup de massue pour tout le pays », a réagi un délégué syndical, Loïc Morvan."],
     [("Chacun se verra proposer", ["Gwenaël Caradec"], "postposed_apposition"),
      ("C'est un coup de massue", ["Loïc Morvan"], "control")]),

]

ARTICLES += [
    ("f02", "fr", "Nice-Matin", "2026-11-21T18:30:00+01:00",
     "Menton : les plages fermées après la tempête",
     ["Les plages de Menton resteront fermées jusqu'à vendredi après le passage de la tempête.",
      "« La sécurité des baigneurs passe avant tout », déclarait-elle mardi devant le conseil municipal, l'adjointe à l'environnement, Nathalie Orsini.",
      "Les commerçants du front de mer s'inquiètent pour la fin de saison."],
     [("La sécurité des baigneurs", ["Nathalie Orsini"], "postposed_apposition")]),
    # a pronoun with nobody named before or after it: no speaker, never the headline
    ("f03", "fr", "Le Courrier picard", "2026-11-22T07:15:00+01:00",
     "Amiens Métropole : le budget des transports en hausse",
     ["Le conseil communautaire a voté jeudi soir une hausse de 8 % du budget consacré aux bus.",
      "« Nous voulons doubler la fréquence des lignes de soirée d'ici deux ans », a-t-elle expliqué en ouverture de séance."],
     [("Nous voulons doubler la fréquence", [N], "pronoun_nobody")]),
    # a pronoun with the named woman in the sentence before
    ("f04", "fr", "La Voix du Nord", "2026-11-23T12:00:00+01:00",
     "Béthune : une boulangère récompensée pour sa baguette",
     ["Installée rue d'Arras depuis cinq ans, Aurélie Demarcq a remporté samedi le concours départemental de la meilleure baguette.",
      "« Je n'y croyais pas du tout », a-t-elle confié, encore émue, à la sortie du jury.",
      "Le président du jury, Marc Lefebvre, a salué « une mie d'une régularité parfaite »."],
     [("Je n'y croyais pas", ["Aurélie Demarcq"], "pronoun_before"),
      ("une mie d'une régularité", ["Marc Lefebvre"], "control")]),
    # a pronoun whose person is named only in the next sentence
    ("f05", "fr", "Sud Ouest", "2026-11-24T16:40:00+01:00",
     "Dax : la féria maintenue malgré les restrictions",
     ["« Il n'a jamais été question d'annuler », a-t-il martelé jeudi. Le maire de Dax, Julien Bazus, a confirmé que la féria se tiendrait aux dates prévues.",
      "La préfecture des Landes avait évoqué une possible limitation des rassemblements."],
     [("Il n'a jamais été question", ["Julien Bazus"], "pronoun_after")]),
    # the same apposition with the verb in the passé composé and a long complement
    ("f06", "fr", "Le Républicain lorrain", "2026-11-25T19:00:00+01:00",
     "Thionville : la piscine rouvrira en janvier",
     ["Fermée depuis l'été pour des fuites, la piscine municipale de Thionville rouvrira le 5 janvier.",
      "« Les bassins ont été entièrement refaits et l'eau sera chauffée par la géothermie », a-t-il précisé dans un courrier adressé aux clubs, le premier adjoint, Bertrand Mertz.",
      "« Nos nageurs ont perdu une saison », regrette la présidente du club de natation, Sandrine Klein."],
     [("Les bassins ont été entièrement refaits", ["Bertrand Mertz"], "postposed_apposition"),
      ("Nos nageurs ont perdu une saison", ["Sandrine Klein"], "control")]),
    # pronoun of the other gender than the one person named: nobody
    ("f07", "fr", "L'Yonne républicaine", "2026-11-26T08:00:00+01:00",
     "Auxerre : le marché de Noël s'installe place des Cordeliers",
     ["Une trentaine de chalets ont été montés ce week-end place des Cordeliers.",
      "Le maire, Crescent Marault, doit inaugurer le marché vendredi.",
      "« Nous attendons plus de visiteurs que l'an dernier », a-t-elle indiqué."],
     [("Nous attendons plus de visiteurs", [N], "pronoun_nobody")]),
    # --- English
    ("e01", "en", "Yorkshire Post", "2026-11-20T10:00:00+00:00",
     "Harrogate bakery chain to close three branches",
     ["A family-run bakery chain in Harrogate will close three of its five branches next month, blaming rising energy bills.",
      "\"We have fought for two years to keep every shop open,\" she wrote in a letter to customers, the managing director, Helen Ashworth.",
      "\"It is a sad day for the high street,\" said councillor Tom Pickering."],
     [("We have fought for two years", ["Helen Ashworth"], "postposed_apposition"),
      ("It is a sad day", ["Tom Pickering"], "control")]),
    ("e02", "en", "Cornwall Live", "2026-11-21T14:20:00+00:00",
     "Truro Harbour Commission raises mooring fees",
     ["Mooring fees in Truro will rise by 12 per cent from April, the harbour commission announced on Thursday.",
      "\"The dredging alone costs us more than the fees bring in,\" he said at a public meeting."],
     [("The dredging alone costs us", [N], "pronoun_nobody")]),
    ("e03", "en", "Manchester Evening News", "2026-11-22T09:30:00+00:00",
     "Stockport tram extension approved",
     ["Transport planners have approved a tram extension linking Stockport to Manchester Airport.",
      "Council leader Mark Hunter welcomed the decision. \"This is the link our town has been waiting for,\" he said.",
      "\"Construction could start as early as 2028,\" the chief executive of the transport authority, Rachel Dunne, told reporters."],
     [("This is the link our town", ["Mark Hunter"], "pronoun_before"),
      ("Construction could start", ["Rachel Dunne"], "control")]),
    ("e04", "en", "The Irish Times", "2026-11-23T17:00:00+00:00",
     "Galway hospital waiting list falls",
     ["\"We have cut the longest waits by half,\" he told the Oireachtas health committee on Tuesday, the hospital's chief executive, Declan Moran.",
      "Patients' groups said the figures hid long delays in orthopaedics."],
     [("We have cut the longest waits", ["Declan Moran"], "postposed_apposition")]),
    # --- German
    ("d01", "de", "Süddeutsche Zeitung", "2026-11-20T11:00:00+01:00",
     "Regensburg: Stadtbahn wird teurer",
     ["Der Bau der Regensburger Stadtbahn wird nach neuen Berechnungen rund 200 Millionen Euro mehr kosten als geplant.",
      "»Wir halten trotzdem an dem Projekt fest«, sagte Oberbürgermeisterin Gertrud Maltz-Schwarzfischer am Dienstag.",
      "„Die Kostensteigerung war absehbar“, erklärte der Fraktionschef der Grünen, Stefan Christoph.",
      "Eine Sprecherin der Stadtwerke sagte: „Die Ausschreibung beginnt im Frühjahr.“"],
     [("Wir halten trotzdem an dem Projekt fest", ["Gertrud Maltz-Schwarzfischer"], "de_sagte_name"),
      ("Die Kostensteigerung war absehbar", ["Stefan Christoph"], "de_erklaerte_apposition"),
      ("Die Ausschreibung beginnt im Frühjahr", ["Sprecherin der Stadtwerke", "Stadtwerke", "Sprecherin"], "de_subject_colon")]),
    ("d02", "de", "Der Tagesspiegel", "2026-11-21T15:30:00+01:00",
     "Brandenburg: Zugausfälle auf der Linie RE1",
     ["Auf der Regionalexpress-Linie RE1 zwischen Berlin und Frankfurt (Oder) fallen bis Sonntag zahlreiche Züge aus.",
      "„Wir bitten die Fahrgäste, auf die Busse auszuweichen“, sagte eine Sprecherin der Bahn.",
      "»Das ist für Pendler eine Zumutung«, so der Vorsitzende des Fahrgastverbands, Jens Wieseke.",
      "Verkehrsminister Detlef Tabbert betonte: „Die Strecke muss endlich zuverlässig werden.“"],
     [("Wir bitten die Fahrgäste", ["Sprecherin der Bahn", "Bahn", "Sprecherin", "Bahnsprecherin"], "de_sagte_desc"),
      ("Das ist für Pendler eine Zumutung", ["Jens Wieseke"], "de_so"),
      ("Die Strecke muss endlich", ["Detlef Tabbert"], "de_betonte_colon")]),
    ("d03", "de", "Der Standard", "2026-11-22T10:10:00+01:00",
     "Graz: Neue Fußgängerzone in der Annenstraße",
     ["Die Grazer Annenstraße wird ab März zur Fußgängerzone.",
      "„Die Innenstadt soll den Menschen gehören“, sagte Bürgermeisterin Elke Kahr bei der Präsentation.",
      "Die Wirtschaftskammer ist skeptisch. „Viele Geschäfte leben vom Autoverkehr“, erklärte ihr Obmann Thomas Winkler.",
      "„Wir werden die Lieferzeiten genau beobachten“, teilte die Polizei mit."],
     [("Die Innenstadt soll den Menschen", ["Elke Kahr"], "de_sagte_name"),
      ("Viele Geschäfte leben vom Autoverkehr", ["Thomas Winkler"], "de_erklaerte_name"),
      ("Wir werden die Lieferzeiten", ["Polizei"], "de_teilte_mit")]),
    ("d04", "de", "NZZ", "2026-11-23T13:45:00+01:00",
     "Winterthur: Kantonsspital baut Notfallstation aus",
     ["Das Kantonsspital Winterthur erweitert seine Notfallstation um zwölf Betten.",
      "»Wir behandeln heute doppelt so viele Patienten wie vor zehn Jahren«, sagte die Spitaldirektorin Marianne Gerber.",
      "»Der Ausbau kommt spät, aber er kommt«, sagte er, der Präsident des Pflegeverbands, Urs Keller."],
     [("Wir behandeln heute doppelt so viele", ["Marianne Gerber"], "de_sagte_name"),
      ("Der Ausbau kommt spät", ["Urs Keller"], "de_postposed_apposition")]),
]


def main() -> None:
    gold = []
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as out:
        for aid, language, source, published, title, paragraphs, quotes in ARTICLES:
            url = f"https://www.example.test/fs33/{aid}"
            text = "\n".join(paragraphs)
            for snippet, _, _ in quotes:
                assert snippet in text, (aid, snippet)
            out.write(json.dumps({"title": title, "paragraphs": paragraphs, "published": published,
                                  "language": language, "url": url, "source": source},
                                 ensure_ascii=False) + "\n")
            gold.append({"id": aid, "url": url, "source": source, "published": published,
                         "language": language,
                         "quotes": [{"snippet": s, "speakers": sp, "kind": k, "optional": False}
                                    for s, sp, k in quotes],
                         "forbidden_entities": [],
                         "entities": {"PER": [], "ORG": []}, "places": [], "dates": []})
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")
    print(len(gold), "articles,", sum(len(g["quotes"]) for g in gold), "quotes")


if __name__ == "__main__":
    main()

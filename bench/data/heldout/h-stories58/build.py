#!/usr/bin/env python3
"""Write h-stories58's held-out set: articles.jsonl and gold.json (CC0, written for veille)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (id, source, published, language, title, text)
A = [
    # G (fr): a rail strike at Lyon (G1, G2), the minister opening a new station hall "sans
    # grève cette fois" (G3, another event), then a bridge article on the strike naming the
    # minister and the station (G4). G3 stays apart from the strike story; G4 joins it.
    ("G1", "Le Rhône Matin", "2026-09-14T18:00:00+02:00", "fr",
     "Grève des aiguilleurs : la SNCF supprime un TER sur deux mardi autour de Lyon",
     "La SNCF a annoncé lundi la suppression d'un TER sur deux mardi autour de Lyon, en raison "
     "d'un préavis de grève des aiguilleurs déposé par le syndicat Sud-Rail.\n\nLa ministre des "
     "Transports, Hélène Marchetti, a dénoncé « une grève qui prend les usagers en otage ». "
     "La gare de Lyon-Part-Dieu sera la plus touchée."),
    ("G2", "Info Rhône-Alpes", "2026-09-15T12:00:00+02:00", "fr",
     "Lyon : quais bondés et trains supprimés au premier jour de la grève des aiguilleurs",
     "Des milliers de voyageurs ont patienté mardi matin sur les quais de Lyon-Part-Dieu, au "
     "premier jour de la grève des aiguilleurs. Selon Sud-Rail, 60 % des agents ont cessé le "
     "travail.\n\nLa ministre Hélène Marchetti a appelé les syndicats à « reprendre le dialogue »."),
    ("G3", "Le Petit Lyonnais", "2026-09-17T16:00:00+02:00", "fr",
     "Lyon-Part-Dieu : Hélène Marchetti inaugure le nouveau hall, sans grève cette fois",
     "La ministre des Transports, Hélène Marchetti, a inauguré jeudi le nouveau hall de la gare "
     "de Lyon-Part-Dieu, un espace vitré de 12 000 m² avec commerces et salle d'attente.\n\n"
     "« Cette gare sera la vitrine de la région », a déclaré l'architecte Paul Renaudin. Les "
     "travaux avaient duré quatre ans et coûté 140 millions d'euros."),
    ("G4", "L'Économie du Sud-Est", "2026-09-15T20:00:00+02:00", "fr",
     "Grève à la SNCF : le gouvernement hausse le ton face à Sud-Rail",
     "La ministre des Transports, Hélène Marchetti, juge la grève des aiguilleurs « irresponsable » "
     "et promet une loi sur le service minimum.\n\nÀ Lyon-Part-Dieu, la SNCF estime le coût d'une "
     "journée de grève à 3 millions d'euros. Sud-Rail rappelle que les effectifs ont baissé de "
     "10 % en dix ans."),
    # H (en): a dock strike at Tilbury (H1, H2), the ports minister opening a new berth "with
    # no strike in sight" (H3, another event), a bridge article on the strike (H4).
    ("H1", "Thames Gazette", "2026-10-05T17:00:00+01:00", "en",
     "Tilbury dockers walk out over pay, cargo ships stranded",
     "Dockers at the Port of Tilbury walked out on Monday over pay, leaving a dozen cargo ships "
     "waiting in the Thames estuary, the union Dockworkers United said.\n\nPorts minister Alan "
     "Greaves called the strike \"reckless\" and urged both sides to talk."),
    ("H2", "Essex Daily Record", "2026-10-06T11:00:00+01:00", "en",
     "Second day of Tilbury strike as queues of lorries grow",
     "Queues of lorries stretched for miles outside the Port of Tilbury on Tuesday, the second "
     "day of the dockers' strike. Dockworkers United said nine in ten members had joined.\n\n"
     "Minister Alan Greaves said the government would not intervene in the pay dispute."),
    ("H3", "Thames Gazette", "2026-10-09T15:00:00+01:00", "en",
     "Alan Greaves opens new Tilbury berth, with no strike this time",
     "Ports minister Alan Greaves opened a new deep-water berth at the Port of Tilbury on "
     "Friday, able to take the largest container ships afloat.\n\n\"This berth will bring "
     "four hundred jobs to the estuary,\" said the port's chief engineer, Ruth Okafor. "
     "Building it took three years and cost 90 million pounds."),
    ("H4", "City Money Weekly", "2026-10-06T19:00:00+01:00", "en",
     "Government hardens line on Tilbury strike",
     "Ports minister Alan Greaves said the dockers' strike at Tilbury was \"irresponsible\" and "
     "promised a law on minimum service in ports.\n\nShipping lines put the cost of one day "
     "of strike at 5 million pounds; Dockworkers United says staff numbers fell by a fifth."),
    # S (es): a named storm (tormenta "Leandra") in Galicia: alert (S1), the death toll rises
    # the next day in other words (S2), aid two days later (S3): together. Another storm
    # ("Bruno") in the Canaries the same days: apart.
    ("S1", "Diario del Atlántico", "2026-11-02T09:00:00+01:00", "es",
     "La borrasca Leandra deja un muerto en Vigo y alerta roja en Galicia",
     "La borrasca Leandra ha dejado un muerto en Vigo, un hombre de 58 años alcanzado por un "
     "árbol, y la Xunta ha activado la alerta roja en toda la costa gallega.\n\n"
     "Rachas de 140 km/h se registraron en el puerto, según la Agencia de Meteorología."),
    ("S2", "Noticias de Pontevedra", "2026-11-03T10:00:00+01:00", "es",
     "Sube a dos la cifra de fallecidos por Leandra",
     "Una segunda víctima fue hallada el martes en una playa de Baiona, informó el delegado del "
     "Gobierno, Ramón Castiñeira. Era una mujer de 71 años desaparecida desde el domingo.\n\n"
     "Miles de hogares siguen sin electricidad."),
    ("S3", "Diario del Atlántico", "2026-11-04T12:00:00+01:00", "es",
     "El Gobierno aprueba 30 millones en ayudas tras el paso de Leandra",
     "El Consejo de Ministros aprobó el miércoles 30 millones de euros en ayudas para los "
     "municipios afectados por Leandra en Galicia.\n\nLos pescadores podrán pedir "
     "indemnizaciones por los barcos hundidos."),
    ("S4", "Canarias Hoy", "2026-11-03T09:00:00+00:00", "es",
     "La tormenta Bruno deja un muerto en Tenerife",
     "La tormenta Bruno ha dejado un muerto en Tenerife, un hombre de 60 años arrastrado por "
     "un barranco, y el Gobierno canario ha activado la alerta roja.\n\nSe registraron "
     "rachas de 120 km/h en el aeropuerto, según la Agencia de Meteorología."),
    # C (fr): cyclone "Tahina" at Mayotte: first death (C1), the toll rises the next day (C2,
    # other words, same prefect): together.
    ("C1", "Mayotte Hebdo Info", "2026-02-10T08:00:00+03:00", "fr",
     "Cyclone Tahina : un mort et des toits arrachés à Mamoudzou",
     "Le cyclone Tahina, qui a frôlé Mayotte dans la nuit de lundi à mardi, a fait un mort à "
     "Mamoudzou, où une femme de 52 ans a été tuée par la chute d'un mur.\n\nLe préfet "
     "Laurent Brissac a levé l'alerte rouge à 7 heures. Quelque 40 000 foyers restent privés "
     "d'électricité."),
    ("C2", "Outre-mer Actu", "2026-02-11T09:00:00+03:00", "fr",
     "Tahina : le bilan s'alourdit à trois morts",
     "Deux corps ont été retrouvés mercredi dans un quartier de Koungou, a annoncé la "
     "préfecture. Les victimes étaient portées disparues depuis le passage de Tahina.\n\n"
     "« Les recherches continuent », a précisé le préfet Laurent Brissac."),
]
PAIRS = [
    ("G1", "G2", True), ("G1", "G3", False), ("G2", "G3", False), ("G3", "G4", False),
    ("H1", "H2", True), ("H1", "H3", False), ("H2", "H3", False), ("H3", "H4", False),
    ("S1", "S2", True), ("S1", "S3", True), ("S1", "S4", False), ("S2", "S4", False),
    ("C1", "C2", True),
]


def main() -> None:
    """Write articles.jsonl (veille's JSONL ingest shape) and gold.json (ids -> url, pairs)."""
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for aid, source, published, lang, title, text in A:
            f.write(json.dumps({"url": f"https://heldout.example/h-stories58/{aid}",
                                "source": source, "published": published, "language": lang,
                                "title": title, "text": text}, ensure_ascii=False) + "\n")
    gold = {"articles": {a[0]: {"url": f"https://heldout.example/h-stories58/{a[0]}"}
                         for a in A},
            "pairs": [list(p) for p in PAIRS]}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Write r-stories57's held-out set: articles.jsonl and gold.json (CC0, written for veille)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (id, event, source, published, language, title, text)
A = [
    # D (de): river flood at Köln (NRW), its follow-up naming the Land; the same day a flood
    # at Passau (Bayern) on the same headline template: apart
    ("D1", "D-KOELN", "Rheinland Kurier", "2026-11-09T09:00:00+01:00", "de",
     "Hochwasser in Köln: Rhein-Pegel steigt weiter",
     "Nach tagelangem Regen steigt der Pegel des Rheins in Köln weiter. Am Montagmorgen "
     "lag er bei 8,10 Metern, teilte die Stadt mit.\n\n\"Wir bauen die mobilen Schutzwände "
     "in der Altstadt auf\", sagte Einsatzleiter Bernd Kessler."),
    ("D2", "D-PASSAU", "Niederbayern Blatt", "2026-11-09T11:00:00+01:00", "de",
     "Hochwasser in Passau: Donau-Pegel steigt weiter",
     "Nach tagelangem Regen steigt der Pegel der Donau in Passau weiter. Am Montagmittag "
     "lag er bei 7,40 Metern, teilte die Stadt mit.\n\n\"Die Innstadt ist bereits "
     "überflutet\", sagte Feuerwehrsprecherin Anna Huber."),
    ("D3", "D-KOELN", "Westdeutsche Zeitung Online", "2026-11-10T08:00:00+01:00", "de",
     "Nordrhein-Westfalen: Rheinhochwasser erreicht seinen Scheitel",
     "Das Rheinhochwasser hat in Nordrhein-Westfalen am Dienstag seinen Scheitel erreicht. In "
     "Köln blieb der Pegel knapp unter neun Metern, die Schutzwände hielten.\n\n"
     "Einsatzleiter Bernd Kessler rechnet ab Mittwoch mit sinkenden Pegeln."),
    # R (ru): snow cancels flights at Novosibirsk, a follow-up there; the same template at
    # Kazan, 2,000 km away: apart (declined forms: Новосибирске, Казани)
    ("R1", "R-NOVOSIB", "Сибирский вестник", "2026-11-16T10:00:00+07:00", "ru",
     "В Новосибирске из-за снегопада отменили рейсы в аэропорту Толмачёво",
     "В Новосибирске в понедельник из-за сильного снегопада отменили 15 рейсов в аэропорту "
     "Толмачёво. Ещё 30 рейсов задержаны.\n\n«Техника работает на полосе круглосуточно», — "
     "сообщил представитель аэропорта Игорь Лапин."),
    ("R2", "R-KAZAN", "Казанские известия", "2026-11-16T12:00:00+03:00", "ru",
     "В Казани из-за снегопада отменили рейсы в аэропорту",
     "В Казани в понедельник из-за сильного снегопада отменили восемь рейсов в международном "
     "аэропорту. Пассажиров разместили в гостинице.\n\n«Снег убирают без перерыва», — сообщил "
     "представитель аэропорта Рустам Галиев."),
    ("R3", "R-NOVOSIB", "Новосибирск сегодня", "2026-11-17T09:00:00+07:00", "ru",
     "Аэропорт Толмачёво возобновил работу после снегопада",
     "Аэропорт Толмачёво под Новосибирском во вторник утром возобновил работу после "
     "снегопада, все рейсы вылетают по расписанию.\n\nПредставитель аэропорта Игорь Лапин "
     "поблагодарил пассажиров за терпение."),
    # E (es): a forest fire in Ourense (Galicia) and its follow-up naming the comunidad; one
    # in Huelva (Andalucía) on the same template: apart
    ("E1", "E-OURENSE", "Diario de Ourense Digital", "2026-08-10T10:00:00+02:00", "es",
     "Un incendio forestal obliga a desalojar dos aldeas en Ourense",
     "Un incendio forestal declarado el domingo por la tarde obligó a desalojar dos aldeas "
     "en Ourense, según la Xunta.\n\nMás de 300 hectáreas han ardido. «El viento complica "
     "la extinción», dijo el jefe de brigada Manuel Outeiro."),
    ("E2", "E-HUELVA", "Huelva al Día", "2026-08-10T12:00:00+02:00", "es",
     "Un incendio forestal obliga a desalojar dos aldeas en Huelva",
     "Un incendio forestal declarado el domingo por la tarde obligó a desalojar dos aldeas "
     "en Huelva, según la Junta de Andalucía.\n\nMás de 200 hectáreas han ardido. «Las "
     "rachas de viento complican el trabajo», dijo la técnica del Infoca Lucía Márquez."),
    ("E3", "E-OURENSE", "Galicia Hoxe Digital", "2026-08-11T09:00:00+02:00", "es",
     "Galicia: estabilizado el incendio que obligó a desalojar dos aldeas",
     "La Xunta de Galicia dio por estabilizado el lunes el incendio forestal de Ourense que "
     "obligó a desalojar dos aldeas el domingo.\n\nEl jefe de brigada Manuel Outeiro cifró "
     "en 340 las hectáreas quemadas."),
    # G (es): a general strike reported from Madrid and from Barcelona: one event
    ("G1", "G-STRIKE", "Madrid Noticias", "2026-10-20T13:00:00+02:00", "es",
     "Huelga general: el metro de Madrid funciona a medio gas",
     "La huelga general convocada por los sindicatos contra la reforma de las pensiones "
     "paralizó el martes buena parte del metro de Madrid.\n\nLos sindicatos hablan de un "
     "seguimiento masivo en toda España, también en Barcelona y Sevilla."),
    ("G2", "G-STRIKE", "Barcelona Avui Digital", "2026-10-20T14:00:00+02:00", "es",
     "Huelga general: el puerto de Barcelona, paralizado",
     "La huelga general contra la reforma de las pensiones paralizó el martes el puerto de "
     "Barcelona.\n\nLas manifestaciones recorrieron las principales ciudades, de Madrid a "
     "Valencia, según los sindicatos."),
    # I (it): storm Ciro from Liguria (Genova) to Toscana (Pisa): one event of two regions;
    # two warehouse fires at Brescia and at Bari, same template: apart
    ("I1", "I-STORM", "Genova Oggi", "2026-10-05T09:00:00+02:00", "it",
     "Maltempo, allerta rossa in Liguria: scuole chiuse a Genova",
     "La perturbazione Ciro ha portato piogge torrenziali in Liguria: a Genova le scuole "
     "restano chiuse lunedì.\n\nLa Protezione civile segnala frane nell'entroterra."),
    ("I2", "I-STORM", "Pisa Notizie", "2026-10-05T15:00:00+02:00", "it",
     "Maltempo, dopo la Liguria la perturbazione Ciro colpisce la Toscana: alberi caduti a Pisa",
     "Dopo la Liguria, la perturbazione Ciro ha raggiunto la Toscana: a Pisa sono caduti "
     "decine di alberi lunedì pomeriggio.\n\nLa Regione ha chiesto lo stato di emergenza."),
    ("I3", "I-BRESCIA", "Brescia Sera", "2026-10-12T08:00:00+02:00", "it",
     "Incendio in un capannone a Brescia: tre operai intossicati",
     "Un incendio è divampato domenica sera in un capannone industriale a Brescia: tre "
     "operai sono rimasti intossicati.\n\nI vigili del fuoco hanno lavorato tutta la notte. "
     "«Il tetto è crollato», ha detto il comandante Paolo Ferrari."),
    ("I4", "I-BARI", "Puglia Sera", "2026-10-12T10:00:00+02:00", "it",
     "Incendio in un capannone a Bari: tre operai intossicati",
     "Un incendio è divampato domenica sera in un capannone industriale a Bari: tre operai "
     "sono rimasti intossicati.\n\nI vigili del fuoco sono intervenuti con sei squadre. "
     "«Le fiamme erano altissime», ha detto il comandante Nicola De Santis."),
    # P (pt): heavy rain at Porto Alegre (RS) and a follow-up naming the state; the same
    # template at Recife (PE): apart
    ("P1", "P-POA", "Jornal do Guaíba", "2026-05-04T09:00:00-03:00", "pt",
     "Chuva forte alaga ruas e deixa 2 mil desalojados em Porto Alegre",
     "A chuva forte de domingo alagou ruas e deixou 2 mil desalojados em Porto Alegre, "
     "segundo a Defesa Civil.\n\n\"O nível do Guaíba segue subindo\", disse o coordenador "
     "Paulo Becker."),
    ("P2", "P-RECIFE", "Folha do Capibaribe", "2026-05-04T11:00:00-03:00", "pt",
     "Chuva forte alaga ruas e deixa 2 mil desalojados no Recife",
     "A chuva forte de domingo alagou ruas e deixou 2 mil desalojados no Recife, segundo a "
     "Defesa Civil.\n\n\"Há risco de deslizamento nos morros\", disse a coordenadora "
     "Mariana Lins."),
    ("P3", "P-POA", "Gaúcha Notícias", "2026-05-05T08:00:00-03:00", "pt",
     "Rio Grande do Sul: Guaíba começa a baixar após chuva em Porto Alegre",
     "O nível do Guaíba começou a baixar nesta segunda-feira, após a chuva que deixou 2 mil "
     "desalojados em Porto Alegre, no Rio Grande do Sul.\n\nO coordenador Paulo Becker "
     "pede que os moradores ainda não voltem para casa."),
    # U (en): water-main breaks in Chicago and Houston, same template: apart; hurricane
    # Delia in Florida then Georgia: together
    ("U1", "U-CHICAGO", "Lakefront Wire", "2026-09-14T09:00:00-05:00", "en",
     "Water main break floods streets in Chicago",
     "A water main break flooded several streets in Chicago early Monday, the city's water "
     "department said.\n\nCrews expect repairs to take two days, spokesman Mike Dolan said."),
    ("U2", "U-HOUSTON", "Bayou City Wire", "2026-09-14T11:00:00-05:00", "en",
     "Water main break floods streets in Houston",
     "A water main break flooded several streets in Houston early Monday, the city's public "
     "works department said.\n\nResidents were told to boil water, spokeswoman Rosa Trevino "
     "said."),
    ("H1", "H-DELIA", "Gulf Coast Wire", "2026-09-20T08:00:00-04:00", "en",
     "Hurricane Delia makes landfall in Florida",
     "Hurricane Delia made landfall in Florida near Cedar Key early Sunday with winds of "
     "110 mph, the National Hurricane Center said.\n\nMore than 300,000 homes lost power."),
    ("H2", "H-DELIA", "Savannah Daily Wire", "2026-09-20T18:00:00-04:00", "en",
     "Hurricane Delia: Georgia coast braces after Florida landfall",
     "After its landfall in Florida, Hurricane Delia moved north toward Georgia on Sunday, "
     "and Savannah ordered an evacuation of low-lying areas.\n\nForecasters expect the storm "
     "to weaken overnight."),
    # F (fr): a fire at Vannes and the next day's follow-up recalling it: together
    ("F1", "F-VANNES", "Le Courrier du Golfe", "2026-11-23T08:00:00+01:00", "fr",
     "Vannes : un violent incendie ravage une entreprise de la zone de Kerniol",
     "Un violent incendie a ravagé dimanche soir une entreprise de menuiserie de la zone de "
     "Kerniol, à Vannes. Personne n'a été blessé.\n\nUne quarantaine de pompiers sont "
     "intervenus, a précisé le commandant Yann Le Goff."),
    ("F2", "F-VANNES", "Ouest Info Bretagne", "2026-11-24T09:00:00+01:00", "fr",
     "Après l'incendie de la zone de Kerniol, à Vannes, quinze salariés au chômage technique",
     "Au lendemain de l'incendie qui a détruit la menuiserie de la zone de Kerniol, à "
     "Vannes, ses quinze salariés sont au chômage technique.\n\nLe gérant, Erwan Tanguy, "
     "espère reprendre l'activité dans un local provisoire."),
]

PAIRS = [
    ("D1", "D3", True), ("D1", "D2", False), ("D3", "D2", False),
    ("R1", "R3", True), ("R1", "R2", False), ("R3", "R2", False),
    ("E1", "E3", True), ("E1", "E2", False), ("E3", "E2", False),
    ("G1", "G2", True),
    ("I1", "I2", True), ("I3", "I4", False),
    ("P1", "P3", True), ("P1", "P2", False), ("P3", "P2", False),
    ("U1", "U2", False), ("H1", "H2", True),
    ("F1", "F2", True),
]


def main() -> None:
    """Write the two files next to this script."""
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for aid, _ev, source, published, lang, title, text in A:
            f.write(json.dumps({"id": aid, "title": title, "text": text,
                                "published": published, "source": source,
                                "url": f"https://example.org/r-stories57/{aid.lower()}",
                                "language": lang}, ensure_ascii=False) + "\n")
    gold = {"articles": {aid: {"event": ev,
                               "url": f"https://example.org/r-stories57/{aid.lower()}"}
                         for aid, ev, *_ in A},
            "pairs": [list(p) for p in PAIRS]}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()

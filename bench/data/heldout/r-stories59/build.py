#!/usr/bin/env python3
"""Write r-stories59's held-out set: articles.jsonl and gold.json (CC0, written for veille)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (id, event, source, published, language, title, text)
A = [
    # --- Follow-ups that refer back to the first report's day ("yesterday", "ayer",
    # "ieri", "ontem", "seit Montag", "вчера", "أمس", "depuis mardi") and share only the
    # place and one person with it, in other words: together.
    ("FE1", "FE-FIRE", "Yorkshire Evening Ledger", "2026-11-02T18:00:00+00:00", "en",
     "Fire destroys warehouse in Sheffield",
     "A large fire destroyed a furniture warehouse in the east end of Sheffield on Monday "
     "afternoon. Sixty firefighters fought the flames for five hours and nobody was hurt.\n\n"
     "Group manager Dana Whitcombe of South Yorkshire Fire said the roof had collapsed."),
    ("FE2", "FE-FIRE", "Steel City Post", "2026-11-03T12:00:00+00:00", "en",
     "Forty jobs at risk, says owner of gutted Sheffield site",
     "The owner of the Sheffield depot gutted yesterday said on Tuesday that forty jobs were "
     "at risk and that stock worth two million pounds had been lost.\n\nDana Whitcombe said "
     "investigators would examine the electrics once the site was safe."),
    ("FS1", "FS-BUS", "Diario de La Mancha", "2026-11-03T11:00:00+01:00", "es",
     "Vuelca un autobús con treinta pasajeros cerca de Cuenca",
     "Un autobús con treinta pasajeros volcó el martes por la mañana en la carretera N-320 "
     "cerca de Cuenca. Doce personas sufrieron heridas leves.\n\nLa portavoz de la Guardia "
     "Civil, Marta Illescas, explicó que el vehículo se salió de la calzada en una curva."),
    ("FS2", "FS-BUS", "Noticias del Júcar", "2026-11-04T10:00:00+01:00", "es",
     "El conductor dio positivo en el control de alcoholemia",
     "El chófer del autocar accidentado ayer junto a Cuenca dio positivo en el control de "
     "alcoholemia y será juzgado por un delito contra la seguridad vial.\n\nMarta Illescas "
     "precisó este miércoles que los doce heridos ya recibieron el alta."),
    ("FI1", "FI-SLIDE", "Gazzetta delle Alpi", "2026-11-09T09:00:00+01:00", "it",
     "Frana sulla statale a Bormio, isolate due frazioni",
     "Una frana è caduta lunedì all'alba sulla strada statale all'ingresso di Bormio, "
     "isolando le frazioni di Oga e Premadio. Nessun ferito.\n\nIl sindaco Piero Valgoi ha "
     "chiesto l'intervento della Protezione civile."),
    ("FI2", "FI-SLIDE", "Valtellina Sera", "2026-11-11T17:00:00+01:00", "it",
     "Riaperta la strada per Oga e Premadio",
     "La strada chiusa da lunedì a Bormio è stata riaperta mercoledì pomeriggio dopo due "
     "giorni di lavori con le ruspe.\n\nPiero Valgoi ha ringraziato gli operai: «Hanno "
     "lavorato giorno e notte»."),
    ("FP1", "FP-FIRE", "Correio do Minho Novo", "2026-11-10T20:00:00+00:00", "pt",
     "Incêndio destrói fábrica têxtil em Braga",
     "Um incêndio destruiu na terça-feira uma fábrica têxtil na zona industrial de Braga. "
     "Oitenta bombeiros combateram as chamas durante seis horas.\n\nO comandante dos "
     "bombeiros, Rui Macedo, afirmou que não houve feridos."),
    ("FP2", "FP-FIRE", "Jornal de Entre Rios", "2026-11-11T13:00:00+00:00", "pt",
     "Cem operários sem trabalho em Braga",
     "Os cem operários da unidade atingida ontem pelas chamas em Braga vão receber o salário "
     "por inteiro até ao fim do ano, anunciou a administração na quarta-feira.\n\nRui Macedo "
     "disse que a perícia vai determinar a origem do sinistro."),
    ("FD1", "FD-SHIP", "Niederrhein Kurier", "2026-11-16T21:00:00+01:00", "de",
     "Frachter rammt Brückenpfeiler in Duisburg",
     "Ein Frachtschiff hat am Montagabend einen Pfeiler der Rheinbrücke in Duisburg gerammt. "
     "Der Rhein wurde für die Schifffahrt gesperrt.\n\nPolizeisprecherin Jana Wellbrock "
     "sagte, die Besatzung sei unverletzt geblieben."),
    ("FD2", "FD-SHIP", "Ruhr Abendblatt", "2026-11-18T16:00:00+01:00", "de",
     "Rheinverkehr läuft wieder",
     "Der seit Montag gesperrte Strom bei Duisburg ist am Mittwoch wieder für Schiffe "
     "freigegeben worden. Statiker hatten die Brücke zuvor geprüft.\n\nJana Wellbrock "
     "sprach von einem glimpflichen Ausgang."),
    ("FR1", "FR-WATER", "Омский вестник", "2026-11-17T10:00:00+06:00", "ru",
     "В Омске прорвало магистральный водопровод",
     "Во вторник утром в Омске прорвало магистральный водопровод на улице Масленникова. "
     "Без воды остались три района города.\n\nПресс-секретарь водоканала Ольга Зимина "
     "сообщила, что аварийные бригады уже работают."),
    ("FR2", "FR-WATER", "Сибирская линия", "2026-11-18T15:00:00+06:00", "ru",
     "Подачу воды восстановили",
     "Жители трёх районов Омска, оставшиеся вчера без воды, снова могут пользоваться "
     "краном, сообщила в среду Ольга Зимина.\n\nРемонт трубы обошёлся в два миллиона рублей."),
    ("FA1", "FA-FIRE", "صدى الشمال", "2026-11-23T09:00:00+02:00", "ar",
     "حريق يلتهم سوق الخضار في إربد",
     "اندلع حريق كبير فجر الاثنين في سوق الخضار المركزي في مدينة إربد، وأتى على عشرات "
     "المحلات.\n\nوقال الناطق باسم الدفاع المدني خالد العمري إن الحريق لم يسفر عن إصابات."),
    ("FA2", "FA-FIRE", "الرأي الشمالي", "2026-11-24T14:00:00+02:00", "ar",
     "تعويض التجار المتضررين في إربد",
     "أعلنت بلدية إربد الثلاثاء عن صرف تعويضات للتجار الذين خسروا بضائعهم أمس، على أن "
     "تبدأ أعمال الترميم الأسبوع المقبل.\n\nوقال خالد العمري إن التحقيق مستمر."),
    ("FF1", "FF-TANKER", "L'Écho des Bauges", "2026-11-24T09:00:00+01:00", "fr",
     "Un camion-citerne se renverse sur la rocade de Chambéry",
     "Un camion-citerne chargé de gazole s'est renversé mardi à l'aube sur la rocade de "
     "Chambéry. Le chauffeur est légèrement blessé.\n\nLe préfet de la Savoie, Bertrand "
     "Lhuillier, a demandé la fermeture de la voie."),
    ("FF2", "FF-TANKER", "Savoie Matin", "2026-11-26T18:00:00+01:00", "fr",
     "Chambéry : la voie rapide rouverte",
     "Fermée depuis mardi, la voie rapide urbaine de Chambéry a rouvert jeudi soir après le "
     "nettoyage de la chaussée et le remplacement des glissières.\n\nBertrand Lhuillier a "
     "salué le travail des équipes."),
    # --- One institution or one person at two events a few days apart, no reference back
    # to the other: apart.
    ("NE1", "NE-LOSS", "City Wire Daily", "2026-11-02T09:00:00+00:00", "en",
     "Harwick Mutual reports £40m trading loss",
     "Harwick Mutual said on Monday that a trader in its London office had run up losses of "
     "£40m on unauthorised bets on currency markets.\n\nChief executive Graham Pellow said "
     "the trader had been suspended and the police informed."),
    ("NE2", "NE-RATES", "Square Mile Report", "2026-11-04T16:00:00+00:00", "en",
     "Harwick Mutual chief urges rate cut as lending slows",
     "Graham Pellow, chief executive of Harwick Mutual, told a banking conference in London "
     "on Wednesday that the Bank of England should cut interest rates as mortgage lending "
     "slowed across the sector.\n\nHe said first-time buyers were being priced out."),
    ("NS1", "NS-BRIDGE", "Heraldo del Ebro", "2026-11-02T12:00:00+01:00", "es",
     "Zaragoza estrena un puente peatonal sobre el Ebro",
     "Zaragoza abrió el lunes un nuevo puente peatonal sobre el Ebro, de 180 metros, entre "
     "el barrio del Arrabal y el centro.\n\nLa alcaldesa, Lucía Berdejo, cortó la cinta ante "
     "cientos de vecinos."),
    ("NS2", "NS-BUDGET", "Aragón Hoy Digital", "2026-11-05T13:00:00+01:00", "es",
     "Berdejo presenta unos presupuestos con más gasto social",
     "La alcaldesa de Zaragoza, Lucía Berdejo, presentó el jueves los presupuestos "
     "municipales de 2027, con un aumento del gasto social del 8 %.\n\nLa oposición criticó "
     "la subida de la tasa de basuras."),
    ("ND1", "ND-CENTRE", "Trierer Tagesbote", "2026-11-09T11:00:00+01:00", "de",
     "Ministerin eröffnet Recyclingzentrum in Trier",
     "Umweltministerin Katrin Hollweg hat am Montag in Trier ein Forschungszentrum für "
     "Kunststoffrecycling eröffnet. Dort sollen 60 Wissenschaftler arbeiten.\n\n"
     "Hollweg sprach von einem Leuchtturmprojekt."),
    ("ND2", "ND-PROTEST", "Moselland Nachrichten", "2026-11-12T18:00:00+01:00", "de",
     "Winzer buhen Hollweg in Trier aus",
     "Bei einer Kundgebung gegen strengere Pflanzenschutzregeln haben Winzer am Donnerstag "
     "in Trier Umweltministerin Katrin Hollweg ausgepfiffen.\n\nDie Ministerin verteidigte "
     "die Regeln als notwendig für das Grundwasser."),
    ("NI1", "NI-STADIUM", "Piemonte Sport Oggi", "2026-11-10T12:00:00+01:00", "it",
     "Il Vercelli presenta il progetto del nuovo stadio",
     "Il presidente del Calcio Vercelli, Carlo Mainardi, ha presentato martedì il progetto "
     "del nuovo stadio da 12 mila posti.\n\nI lavori dovrebbero partire nel 2028."),
    ("NI2", "NI-FINE", "Corriere di Novara e Vercelli", "2026-11-12T19:00:00+01:00", "it",
     "Multa di 50 mila euro al Vercelli per i cori dei tifosi",
     "Il giudice sportivo ha inflitto giovedì al Calcio Vercelli una multa di 50 mila euro "
     "per i cori razzisti dei tifosi contro il Novara.\n\nCarlo Mainardi ha annunciato "
     "ricorso."),
    ("NF1", "NF-BABY", "Le Petit Matin", "2026-11-16T10:00:00+01:00", "fr",
     "Hélène Marçais annonce qu'elle attend un enfant",
     "La ministre de la Culture, Hélène Marçais, 41 ans, a annoncé lundi qu'elle attend son "
     "premier enfant pour le printemps.\n\nElle a précisé qu'elle ne prendrait qu'un court "
     "congé."),
    ("NF2", "NF-STRIKE", "Dépêche du Centre", "2026-11-18T17:00:00+01:00", "fr",
     "Les conservateurs de musée en grève contre la réforme d'Hélène Marçais",
     "Des centaines de conservateurs de musée ont fait grève mercredi contre la réforme du "
     "statut des musées nationaux portée par la ministre de la Culture, Hélène Marçais.\n\n"
     "Les syndicats réclament son retrait."),
    ("NF3", "NF-TRADER", "La Gazette de l'Économie", "2026-11-23T09:00:00+01:00", "fr",
     "Banque Dorvel : un trader fait perdre 300 millions d'euros",
     "La Banque Dorvel a annoncé lundi qu'un de ses traders avait perdu 300 millions d'euros "
     "sur des positions non autorisées.\n\nSon président, Jean-Marc Oudinot, a évoqué une "
     "« fraude caractérisée »."),
    ("NF4", "NF-CRISIS", "Le Quotidien du Centre", "2026-11-25T18:00:00+01:00", "fr",
     "Crise financière : l'État garantira les prêts entre banques",
     "Le ministre de l'Économie a annoncé mercredi une garantie de l'État sur les prêts "
     "entre banques, pour enrayer la crise financière et relancer le crédit.\n\nLes "
     "grandes banques françaises, dont la Banque Dorvel, ont salué la mesure."),
    ("NR1", "NR-HOSPITAL", "Тюменская неделя", "2026-11-23T12:00:00+05:00", "ru",
     "Губернатор открыл новую больницу в Тюмени",
     "Губернатор Андрей Ветлугин в понедельник открыл в Тюмени новую детскую больницу на "
     "двести коек.\n\nСтроительство обошлось в четыре миллиарда рублей."),
    ("NR2", "NR-TAX", "Западная Сибирь сегодня", "2026-11-25T16:00:00+05:00", "ru",
     "Ветлугин снизил налог для фермеров",
     "Губернатор Андрей Ветлугин в среду подписал в Тюмени закон о снижении налога на "
     "землю для фермеров.\n\nЛьгота начнёт действовать с января."),
    ("NP1", "NP-LAB", "Diário de Guimarães", "2026-11-24T11:00:00+00:00", "pt",
     "Universidade de Guimarães inaugura laboratório de robótica",
     "A Universidade de Guimarães inaugurou na terça-feira um laboratório de robótica "
     "industrial.\n\nO reitor, Tiago Fontelas, disse que o projeto cria trinta empregos."),
    ("NP2", "NP-FEES", "Notícias do Ave", "2026-11-26T17:00:00+00:00", "pt",
     "Estudantes protestam contra aumento das propinas em Guimarães",
     "Centenas de estudantes da Universidade de Guimarães protestaram na quinta-feira "
     "contra o aumento das propinas.\n\nO reitor, Tiago Fontelas, recebeu uma delegação."),
    ("NA1", "NA-HOSPITAL", "عمان الإخبارية اليوم", "2026-11-30T10:00:00+02:00", "ar",
     "وزير الصحة يفتتح مستشفى جديدا في عمان",
     "افتتح وزير الصحة نبيل الخطيب الاثنين مستشفى جديدا للأطفال في عمان بسعة مئتي سرير.\n\n"
     "وقال الخطيب إن المستشفى سيخدم نصف مليون نسمة."),
    ("NA2", "NA-SALARY", "الأردن الجديد", "2026-12-02T15:00:00+02:00", "ar",
     "وزير الصحة يعلن زيادة رواتب الممرضين",
     "أعلن وزير الصحة نبيل الخطيب الأربعاء في عمان زيادة رواتب الممرضين بنسبة عشرة في "
     "المئة اعتبارا من الشهر المقبل.\n\nورحبت نقابة الممرضين بالقرار."),
    # --- "Yesterday" in the same town about another event: no reference to the first
    # event's story (another kind of news): apart.
    ("XE", "XE-LIBRARY", "Steel City Post", "2026-11-03T15:00:00+00:00", "en",
     "Sheffield's Central Library reopens after refit",
     "Sheffield's Central Library reopened yesterday after a two-year refit costing eight "
     "million pounds, with a new children's floor.\n\nCouncillor Amir Sadiq said 3,000 "
     "people visited on the first day."),
    ("XS", "XS-FESTIVAL", "Noticias del Júcar", "2026-11-04T12:00:00+01:00", "es",
     "Cuenca presenta el cartel de su festival de música",
     "El Ayuntamiento de Cuenca presentó ayer el cartel del festival de música de primavera, "
     "con cuarenta conciertos en la ciudad.\n\nEl concejal de Cultura, Íñigo Sáez, destacó "
     "la presencia de orquestas europeas."),
]

PAIRS = [
    ("FE1", "FE2", True), ("FS1", "FS2", True), ("FI1", "FI2", True), ("FP1", "FP2", True),
    ("FD1", "FD2", True), ("FR1", "FR2", True), ("FA1", "FA2", True), ("FF1", "FF2", True),
    ("NE1", "NE2", False), ("NS1", "NS2", False), ("ND1", "ND2", False),
    ("NI1", "NI2", False), ("NF1", "NF2", False), ("NF3", "NF4", False),
    ("NR1", "NR2", False), ("NP1", "NP2", False), ("NA1", "NA2", False),
    ("FE1", "XE", False), ("FE2", "XE", False), ("FS1", "XS", False), ("FS2", "XS", False),
]


def main() -> None:
    """Write the two files next to this script."""
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for aid, _ev, source, published, lang, title, text in A:
            f.write(json.dumps({"id": aid, "title": title, "text": text,
                                "published": published, "source": source,
                                "url": f"https://example.org/r-stories59/{aid.lower()}",
                                "language": lang}, ensure_ascii=False) + "\n")
    gold = {"articles": {aid: {"event": ev,
                               "url": f"https://example.org/r-stories59/{aid.lower()}"}
                         for aid, ev, *_ in A},
            "pairs": [list(p) for p in PAIRS]}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Write r-stories58's held-out set: articles.jsonl and gold.json (CC0, written for veille)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (id, event, source, published, language, title, text)
A = [
    # A (ar): a power-cut protest in Beirut and a bread-price protest in Cairo the same day,
    # sharing generic words (government, minister, protest, citizens): apart. The Beirut
    # protest's next-day follow-up (the minister meets the protesters, other words): together.
    ("A1", "A-BEIRUT", "صوت الأرز", "2026-10-05T10:00:00+03:00", "ar",
     "احتجاجات في بيروت بسبب انقطاع الكهرباء",
     "تظاهر مئات المواطنين في بيروت يوم الاثنين احتجاجا على انقطاع الكهرباء لساعات طويلة، "
     "وطالبوا الحكومة بحلول عاجلة.\n\nوقال المتحدث باسم المحتجين سامر حداد إن «الناس تعبوا "
     "من الوعود»، داعيا وزير الطاقة إلى الاستقالة."),
    ("A2", "A-CAIRO", "أخبار النيل اليوم", "2026-10-05T13:00:00+02:00", "ar",
     "احتجاجات في القاهرة بسبب ارتفاع أسعار الخبز",
     "تجمع عشرات المواطنين في القاهرة يوم الاثنين احتجاجا على ارتفاع أسعار الخبز، "
     "وطالبوا الحكومة بالتدخل.\n\nوقالت المتحدثة باسم المحتجين منى عبد الرحيم إن «الأسعار "
     "لم تعد تحتمل»، داعية وزير التموين إلى مراجعة القرار."),
    ("A3", "A-BEIRUT", "بيروت اليوم", "2026-10-06T09:00:00+03:00", "ar",
     "وزير الطاقة يلتقي ممثلي المتظاهرين ويعد بزيادة ساعات التغذية",
     "التقى وزير الطاقة صباح الثلاثاء في بيروت ممثلين عن المتظاهرين الذين نزلوا إلى الشارع "
     "أمس، ووعد بزيادة ساعات التغذية الكهربائية اعتبارا من الأسبوع المقبل.\n\nووصف سامر "
     "حداد اللقاء بأنه «خطوة أولى»."),
    # J (ar): a Jordanian minister leaves Amman for Damascus, then arrives in Damascus the
    # next day: the text links the two capitals, one event: together.
    ("J1", "J-VISIT", "عمان الإخبارية", "2026-10-12T18:00:00+03:00", "ar",
     "وزير الخارجية الأردني يتوجه إلى دمشق غدا",
     "يتوجه وزير الخارجية الأردني خالد الزعبي من عمان إلى دمشق صباح الغد في زيارة رسمية "
     "تستمر يومين لبحث ملف المعابر الحدودية."),
    ("J2", "J-VISIT", "الشام نيوز", "2026-10-13T12:00:00+03:00", "ar",
     "الزعبي يصل إلى دمشق لبحث ملف المعابر الحدودية",
     "وصل وزير الخارجية الأردني خالد الزعبي إلى دمشق ظهر الثلاثاء قادما من عمان، وبدأ "
     "محادثات حول إعادة فتح المعابر الحدودية بين البلدين."),
    # R (ru): a gas explosion in a block of flats in Barnaul and the next day's follow-up
    # (the search ends, other words, same spokesman and city): together. The same day, a gas
    # explosion in a block of flats in Tashkent (another country) on the same template: apart.
    ("R1", "R-BARNAUL", "Алтайский курьер", "2026-11-02T11:00:00+07:00", "ru",
     "В Барнауле в жилом доме взорвался газ",
     "В Барнауле в понедельник утром в пятиэтажном жилом доме на улице Попова взорвался "
     "бытовой газ. Из дома эвакуировали 60 жильцов, пострадали четыре человека.\n\n"
     "«Спасатели разбирают завалы», — сообщил представитель МЧС Олег Вершинин."),
    ("R2", "R-TASHKENT", "Ташкентский обозреватель", "2026-11-02T12:00:00+05:00", "ru",
     "В Ташкенте в жилом доме взорвался газ",
     "В Ташкенте в понедельник утром в четырёхэтажном жилом доме взорвался бытовой газ. Из "
     "дома эвакуировали 40 жильцов, пострадали двое.\n\n«Причины выясняются», — сообщил "
     "представитель городского хокимията Бахтиёр Юсупов."),
    ("R3", "R-BARNAUL", "Сибирь онлайн", "2026-11-03T10:00:00+07:00", "ru",
     "Поиски под обломками дома на улице Попова завершены",
     "Поисковая операция на месте обрушения подъезда на улице Попова в Барнауле завершена во "
     "вторник. Под обломками никого не обнаружили.\n\nОлег Вершинин добавил, что жильцов "
     "соседних подъездов пустят домой после проверки конструкций."),
    # P (ru): the same governor at two different events two days apart in Vladivostok (a
    # bridge opening, then a port strike): apart (same people and place, other events).
    ("P1", "P-BRIDGE", "Приморье сегодня", "2026-11-09T12:00:00+10:00", "ru",
     "Губернатор Игорь Сомов открыл новый мост во Владивостоке",
     "Губернатор Приморского края Игорь Сомов в понедельник открыл движение по новому мосту "
     "через бухту во Владивостоке. Строительство шло три года.\n\n«Мост сократит дорогу в "
     "аэропорт на двадцать минут», — сказал Сомов."),
    ("P2", "P-STRIKE", "Тихоокеанская волна", "2026-11-11T15:00:00+10:00", "ru",
     "Докеры Владивостокского порта объявили забастовку",
     "Докеры Владивостокского морского порта в среду прекратили работу, требуя повышения "
     "зарплаты. У причалов стоят 12 судов.\n\nГубернатор Игорь Сомов призвал стороны сесть за "
     "стол переговоров."),
    # M (fr): the same mayor, the same city, two events the same week (a tram line opens,
    # then the budget is voted): apart. A factory fire in Lorient and the next day's
    # follow-up (an inquiry, other words, the same prefect): together.
    ("M1", "M-TRAM", "Le Courrier d'Armor", "2026-09-07T10:00:00+02:00", "fr",
     "Rennes inaugure sa troisième ligne de tramway",
     "La maire de Rennes, Claire Morvan, a inauguré lundi la troisième ligne de tramway de la "
     "ville, longue de 9 kilomètres.\n\n« C'est un jour attendu depuis dix ans », a déclaré "
     "Claire Morvan devant plusieurs centaines d'habitants."),
    ("M2", "M-BUDGET", "Ouest Matin", "2026-09-09T19:00:00+02:00", "fr",
     "Rennes : le conseil municipal adopte un budget en hausse de 4 %",
     "Le conseil municipal de Rennes a adopté mercredi soir le budget de la ville pour 2027, "
     "en hausse de 4 %.\n\nLa maire, Claire Morvan, a défendu « des choix responsables » face "
     "à l'opposition, qui a voté contre."),
    ("L1", "L-FIRE", "Le Courrier d'Armor", "2026-09-14T08:00:00+02:00", "fr",
     "Incendie dans une conserverie de Lorient",
     "Un violent incendie s'est déclaré dans la nuit de dimanche à lundi dans une conserverie "
     "du port de Lorient. Une centaine de pompiers ont été mobilisés.\n\nLe préfet du "
     "Morbihan, Henri Le Floch, s'est rendu sur place dans la matinée."),
    ("L2", "L-FIRE", "Bretagne Info Continue", "2026-09-15T11:00:00+02:00", "fr",
     "Conserverie détruite à Lorient : une enquête ouverte, 80 salariés au chômage technique",
     "Le parquet de Lorient a ouvert mardi une enquête pour déterminer l'origine du sinistre "
     "qui a ravagé la conserverie. Les 80 salariés sont placés au chômage technique.\n\nHenri "
     "Le Floch a promis un accompagnement de l'État."),
    # S (es): a dock strike at the port of Buenos Aires and one at Montevideo (another
    # country) the same day, same words: apart.
    ("S1", "S-BUENOSAIRES", "Diario del Plata", "2026-10-19T09:00:00-03:00", "es",
     "Huelga de estibadores paraliza el puerto de Buenos Aires",
     "Los estibadores del puerto de Buenos Aires iniciaron el lunes una huelga de 48 horas "
     "para reclamar aumentos salariales. Decenas de buques esperan en la rada.\n\n«No hay "
     "respuesta de las empresas», dijo el delegado Ramiro Acosta."),
    ("S2", "S-MONTEVIDEO", "La Voz Oriental", "2026-10-19T11:00:00-03:00", "es",
     "Huelga de estibadores paraliza el puerto de Montevideo",
     "Los estibadores del puerto de Montevideo iniciaron el lunes una huelga de 24 horas "
     "para reclamar mejoras salariales. Varios buques esperan para descargar.\n\n«Las "
     "empresas no nos escuchan», dijo el dirigente sindical Walter Pereyra."),
    # K (de): a missing boy in Kassel and the next day's "found" (other words, same police
    # spokeswoman and city): together. A missing boy in Linz (Austria) the same day: apart.
    ("K1", "K-KASSEL", "Nordhessen Anzeiger", "2026-11-23T18:00:00+01:00", "de",
     "Kassel: Polizei sucht vermissten Achtjährigen",
     "Die Polizei in Kassel sucht seit Montagnachmittag nach einem achtjährigen Jungen, der "
     "nach der Schule nicht nach Hause kam. Ein Hubschrauber ist im Einsatz.\n\n„Wir bitten "
     "um Hinweise“, sagte Polizeisprecherin Jana Wendt."),
    ("K2", "K-LINZ", "Oberösterreich Rundschau", "2026-11-23T19:00:00+01:00", "de",
     "Linz: Polizei sucht vermissten Neunjährigen",
     "Die Polizei in Linz sucht seit Montagnachmittag nach einem neunjährigen Jungen, der "
     "nach dem Training nicht nach Hause kam. Spürhunde sind im Einsatz.\n\n„Jeder Hinweis "
     "hilft“, sagte Polizeisprecher Markus Aigner."),
    ("K3", "K-KASSEL", "Hessenschau Kompakt", "2026-11-24T07:30:00+01:00", "de",
     "Junge wohlbehalten in Gartenhütte entdeckt",
     "Der seit Montag vermisste Achtjährige aus Kassel ist in der Nacht wohlbehalten in einer "
     "Gartenhütte im Stadtteil Wehlheiden entdeckt worden.\n\nPolizeisprecherin Jana Wendt "
     "dankte den Helfern."),
    # E (en): a bus crash in Leeds and a Leeds council vote the same day (same city, other
    # events): apart. A ferry aground near Oban and the refloating two days later: together.
    ("E1", "E-BUS", "Yorkshire Morning Post", "2026-10-26T09:00:00+00:00", "en",
     "Twelve hurt as bus hits wall in Leeds",
     "Twelve people were hurt when a double-decker bus hit a wall in Leeds city centre on "
     "Monday morning.\n\n\"The driver lost control on the wet road,\" said West Yorkshire "
     "Police inspector Tom Haigh."),
    ("E2", "E-VOTE", "Leeds Civic Herald", "2026-10-26T20:00:00+00:00", "en",
     "Leeds council votes to raise parking charges",
     "Leeds City Council voted on Monday evening to raise parking charges in the city centre "
     "by 15 per cent from January.\n\nCouncil leader Priya Nandra said the money would fund "
     "bus lanes."),
    ("O1", "O-FERRY", "Highland Dispatch", "2026-10-27T14:00:00+00:00", "en",
     "Ferry runs aground near Oban with 90 passengers aboard",
     "A ferry carrying 90 passengers ran aground near Oban on Tuesday afternoon. Nobody was "
     "injured and the passengers were taken ashore by lifeboat.\n\nCoastguard spokesman Ewan "
     "MacRae said the tide was falling."),
    ("O2", "O-FERRY", "Argyll Coast News", "2026-10-29T10:00:00+00:00", "en",
     "Stranded MV Lismore Star refloated on high tide",
     "The MV Lismore Star, stuck on rocks outside Oban since Tuesday, was refloated on "
     "Thursday's morning high tide and towed to harbour.\n\nEwan MacRae said divers would "
     "inspect the hull."),
]

PAIRS = [
    ("A1", "A2", False), ("A1", "A3", True), ("A2", "A3", False),
    ("J1", "J2", True),
    ("R1", "R2", False), ("R1", "R3", True), ("R2", "R3", False),
    ("P1", "P2", False),
    ("M1", "M2", False), ("L1", "L2", True),
    ("S1", "S2", False),
    ("K1", "K2", False), ("K1", "K3", True), ("K2", "K3", False),
    ("E1", "E2", False), ("O1", "O2", True),
]


def main() -> None:
    """Write the two files next to this script."""
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as f:
        for aid, _ev, source, published, lang, title, text in A:
            f.write(json.dumps({"id": aid, "title": title, "text": text,
                                "published": published, "source": source,
                                "url": f"https://example.org/r-stories58/{aid.lower()}",
                                "language": lang}, ensure_ascii=False) + "\n")
    gold = {"articles": {aid: {"event": ev,
                               "url": f"https://example.org/r-stories58/{aid.lower()}"}
                         for aid, ev, *_ in A},
            "pairs": [list(p) for p in PAIRS]}
    with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()

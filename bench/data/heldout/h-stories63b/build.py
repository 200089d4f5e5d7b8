#!/usr/bin/env python3
"""Write articles.jsonl and gold.json of h-stories63b's held-out set (CC0, invented
outlets and people, written for veille). Run once: ``python3 build.py``."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
U = "https://heldout.example/h-stories63b/"

# (id, outlet, published, language, title, text): per group an accident (A), its
# follow-up by another outlet (B), and an enforcement event in the same town, of the
# same trade, days later (S: seizure, smuggling, poaching): S is its own story.
ROWS = [
    ("FA", "Le Phare de Concarneau", "2026-11-03T08:10:00+01:00", "fr",
     "Naufrage d'un caseyeur au large de Concarneau : deux pêcheurs disparus",
     "Le caseyeur Ar Wech Kentañ a chaviré lundi soir à huit milles de Concarneau. Deux des "
     "trois marins sont portés disparus, a indiqué la préfecture maritime de l'Atlantique.\n\n"
     "Le troisième, Yann Kerhervé, a été hélitreuillé en hypothermie et conduit à l'hôpital "
     "de Quimper. Les recherches ont repris mardi à l'aube avec un hélicoptère de la Marine.\n\n"
     "« La mer était formée, le bateau a pris une vague de travers », a expliqué le patron "
     "d'un chalutier voisin, Erwan Le Goff."),
    ("FB", "Cornouaille Matin", "2026-11-04T18:30:00+01:00", "fr",
     "Concarneau : le corps d'un des deux marins disparus retrouvé",
     "Le corps de l'un des deux marins du caseyeur Ar Wech Kentañ, disparus depuis le "
     "naufrage de lundi, a été retrouvé mercredi après-midi près des îles de Glénan.\n\n"
     "Les recherches se poursuivent pour retrouver le second pêcheur, a précisé la préfecture "
     "maritime de l'Atlantique. Une cellule d'écoute a été ouverte à la mairie de Concarneau.\n\n"
     "Le bureau d'enquêtes sur les événements de mer a ouvert une enquête."),
    ("FS", "Le Phare de Concarneau", "2026-11-05T15:00:00+01:00", "fr",
     "Concarneau : deux tonnes de bar braconné saisies sur un chalutier",
     "Les affaires maritimes ont saisi mercredi au port de Concarneau deux tonnes de bar "
     "pêché pendant la période de fermeture, à bord du chalutier Penn ar Bed.\n\n"
     "Le patron du navire, qui n'avait pas déclaré ses prises, a été convoqué devant le "
     "tribunal judiciaire de Quimper, a indiqué la préfecture maritime de l'Atlantique.\n\n"
     "« Ce braconnage pénalise les pêcheurs qui respectent les quotas », a réagi le comité "
     "des pêches, par la voix de Maëlle Riou."),
    ("EA", "La Voz de Barbate", "2026-09-14T09:00:00+02:00", "es",
     "Naufragio de un pesquero frente a Barbate: tres marineros desaparecidos",
     "El pesquero Nuevo Rosario volcó el domingo por la noche a cinco millas de Barbate. "
     "Tres de sus cinco tripulantes siguen desaparecidos, informó Salvamento Marítimo.\n\n"
     "Los otros dos, rescatados por una embarcación de recreo, fueron trasladados al hospital "
     "de Cádiz. La búsqueda continúa con un helicóptero y dos patrulleras.\n\n"
     "«El mar estaba muy picado», declaró el patrón mayor de la cofradía, Andrés Galindo."),
    ("EB", "Diario del Estrecho", "2026-09-15T19:20:00+02:00", "es",
     "Hallan el cuerpo de uno de los marineros del Nuevo Rosario en Barbate",
     "Salvamento Marítimo localizó el lunes el cuerpo de uno de los tres marineros "
     "desaparecidos tras el hundimiento del pesquero Nuevo Rosario frente a Barbate.\n\n"
     "La búsqueda de los otros dos tripulantes continúa. El Ayuntamiento de Barbate decretó "
     "tres días de luto oficial.\n\n"
     "La Capitanía Marítima de Cádiz ha abierto una investigación sobre el naufragio."),
    ("ES", "La Voz de Barbate", "2026-09-17T12:00:00+02:00", "es",
     "Barbate: la Guardia Civil interviene 800 kilos de atún rojo de pesca ilegal en un pesquero",
     "La Guardia Civil se incautó el miércoles en el puerto de Barbate de 800 kilos de atún "
     "rojo capturado sin cuota a bordo del pesquero Estrella del Sur.\n\n"
     "El patrón ha sido denunciado por pesca ilegal y la mercancía fue decomisada, informó "
     "la Subdelegación del Gobierno en Cádiz.\n\n"
     "«Es un golpe contra el furtivismo en el Estrecho», declaró el capitán Tomás Bermúdez."),
    ("NA", "Harwich Gazette", "2026-08-03T08:00:00+01:00", "en",
     "Two missing after fishing boat capsizes off Harwich",
     "Two crew members are missing after the trawler Morning Star capsized on Sunday night "
     "six miles off Harwich, the coastguard said.\n\n"
     "A third fisherman, Daniel Pryce, was winched to safety and taken to Colchester hospital. "
     "Lifeboats and a helicopter resumed the search at first light.\n\n"
     "\"The sea was rough and the boat went over in seconds,\" said skipper Alan Whitcombe, "
     "who was fishing nearby."),
    ("NB", "Essex Coast News", "2026-08-04T17:45:00+01:00", "en",
     "Body of missing Harwich fisherman recovered as search goes on",
     "The body of one of the two fishermen missing since the Morning Star capsized off "
     "Harwich was recovered on Monday afternoon, the coastguard said.\n\n"
     "The search for the second crew member continues. The Marine Accident Investigation "
     "Branch has opened an inquiry into the sinking.\n\n"
     "Harwich's harbour master said flags would fly at half mast all week."),
    ("NS", "Harwich Gazette", "2026-08-06T13:00:00+01:00", "en",
     "Harwich trawler seized over illegal catch of undersized cod",
     "Fisheries officers seized the trawler North Light in Harwich harbour on Wednesday after "
     "finding a tonne of undersized cod in her hold, the Marine Management Organisation said.\n\n"
     "The skipper has been summoned to appear before Colchester magistrates and faces a fine "
     "of up to 50,000 pounds.\n\n"
     "\"Illegal fishing hurts every honest crew in this port,\" said local fishermen's leader "
     "Gwen Tallis."),
    ("IA", "Il Faro di Mazara", "2026-10-12T09:30:00+02:00", "it",
     "Naufragio di un peschereccio al largo di Mazara del Vallo: due pescatori dispersi",
     "Il peschereccio Santa Rita si è capovolto domenica sera a dieci miglia da Mazara del "
     "Vallo. Due dei quattro marinai sono dispersi, ha riferito la Guardia Costiera.\n\n"
     "Gli altri due, soccorsi da un mercantile, sono stati portati all'ospedale di Trapani. "
     "Le ricerche sono riprese all'alba con un elicottero e due motovedette.\n\n"
     "«Il mare era molto agitato», ha detto l'armatore Salvatore Giacalone."),
    ("IB", "Giornale del Canale", "2026-10-13T18:00:00+02:00", "it",
     "Mazara del Vallo, ritrovato il corpo di uno dei pescatori del Santa Rita",
     "È stato ritrovato lunedì pomeriggio il corpo di uno dei due pescatori dispersi dopo il "
     "naufragio del peschereccio Santa Rita al largo di Mazara del Vallo.\n\n"
     "Le ricerche del secondo marinaio proseguono, ha precisato la Guardia Costiera. Il "
     "sindaco ha proclamato il lutto cittadino.\n\n"
     "La procura di Marsala ha aperto un'inchiesta sul naufragio."),
    ("IS", "Il Faro di Mazara", "2026-10-15T12:30:00+02:00", "it",
     "Mazara del Vallo, sequestrate tre tonnellate di pesce spada pescato illegalmente",
     "La Guardia Costiera ha sequestrato mercoledì nel porto di Mazara del Vallo tre "
     "tonnellate di pesce spada pescato con reti derivanti vietate a bordo del peschereccio "
     "Nuova Aurora.\n\n"
     "Il comandante è stato denunciato per pesca illegale e rischia una multa di 30.000 euro, "
     "ha riferito la Capitaneria di porto di Mazara del Vallo.\n\n"
     "«È uno dei sequestri più importanti dell'anno», ha detto il comandante Vito Asaro."),
    ("GA", "Cuxhavener Küstenbote", "2026-03-09T08:00:00+01:00", "de",
     "Kutter vor Cuxhaven gekentert: zwei Fischer vermisst",
     "Der Krabbenkutter Nordlicht ist am Sonntagabend zehn Seemeilen vor Cuxhaven gekentert. "
     "Zwei der drei Fischer werden vermisst, teilte die Wasserschutzpolizei mit.\n\n"
     "Der dritte, Hauke Petersen, wurde von einem Seenotrettungskreuzer gerettet und ins "
     "Krankenhaus Cuxhaven gebracht. Die Suche wurde am Montagmorgen fortgesetzt.\n\n"
     "„Die See war sehr rau“, sagte der Kapitän eines Nachbarkutters, Jens Brodersen."),
    ("GB", "Elbe-Weser-Nachrichten", "2026-03-10T17:00:00+01:00", "de",
     "Cuxhaven: Suche nach vermissten Fischern der Nordlicht eingestellt",
     "Die Suche nach den zwei vermissten Fischern des Krabbenkutters Nordlicht ist am "
     "Dienstag eingestellt worden, teilte die Wasserschutzpolizei Cuxhaven mit.\n\n"
     "Die Angehörigen wurden von Seelsorgern betreut. Im Hafen von Cuxhaven legten Fischer "
     "Kränze nieder.\n\n"
     "Die Bundesstelle für Seeunfalluntersuchung ermittelt zur Ursache."),
    ("GS", "Cuxhavener Küstenbote", "2026-03-12T12:00:00+01:00", "de",
     "Cuxhaven: Kutter wegen illegaler Fischerei beschlagnahmt",
     "Die Fischereiaufsicht hat am Mittwoch im Hafen von Cuxhaven den Kutter Seestern "
     "beschlagnahmt. An Bord lagen 900 Kilo untermaßiger Scholle, teilte die "
     "Wasserschutzpolizei mit.\n\n"
     "Dem Kapitän drohen ein Bußgeld von 20.000 Euro und der Entzug der Fanglizenz.\n\n"
     "„Das schadet allen ehrlichen Fischern“, sagte der Kreisfischer Ole Hansen."),
]

if __name__ == "__main__":
    with (HERE / "articles.jsonl").open("w", encoding="utf-8") as out:
        for gid, source, published, language, title, text in ROWS:
            out.write(json.dumps({"url": U + gid, "source": source, "published": published,
                                  "language": language, "title": title, "text": text},
                                 ensure_ascii=False) + "\n")
    pairs = []
    for g in "FENIG":
        pairs += [[g + "A", g + "B", True], [g + "A", g + "S", False], [g + "B", g + "S", False]]
    gold = {"articles": {r[0]: {"url": U + r[0]} for r in ROWS}, "pairs": pairs}
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1) + "\n", encoding="utf-8")

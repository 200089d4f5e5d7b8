#!/usr/bin/env python3
"""Write h-follow64's held-out set: articles.jsonl and gold.json (own text, CC0).

Four follow-up chains (fr, es, it, de), each of three articles over 3-4 days with changing
headlines and figures (the event, a reaction or development the next day, a lifting or an
end), and in each town a look-alike different event of the same week. Outlets and people are
invented; the towns are real. Run once; the outputs are committed.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE = "https://heldout.example/h-follow64/"

# gold id -> (source, published, language, title, paragraphs)
A = {
    # P: Périgueux, tap water banned (Mon), the next day's distribution (Tue), partial lifting (Thu)
    "P1": ("L'Écho du Périgord", "2026-03-02T11:30:00+01:00", "fr",
           "Périgueux : l'eau du robinet déclarée impropre à la consommation",
           ["La préfecture de la Dordogne a interdit lundi la consommation de l'eau du robinet "
            "dans six quartiers de Périgueux après la détection de bactéries coliformes dans le "
            "réseau de distribution.",
            "Près de 14 000 habitants sont concernés. « Il ne faut ni boire l'eau ni s'en servir "
            "pour cuisiner », a précisé la directrice de l'agence régionale de santé, Odile "
            "Verlhac.",
            "La mairie a ouvert une cellule de crise et promet une distribution de bouteilles."]),
    "P2": ("Dordogne Soir", "2026-03-03T18:05:00+01:00", "fr",
           "Eau non potable : 60 000 bouteilles distribuées, la colère monte à Périgueux",
           ["Au lendemain de l'interdiction de boire l'eau du robinet, la ville a distribué "
            "mardi 60 000 bouteilles d'eau dans quatre gymnases de Périgueux.",
            "Les files d'attente ont parfois dépassé une heure. « On nous a prévenus par un "
            "texto, c'est tout », regrette Mireille Tardieu, habitante du quartier du Toulon.",
            "L'opposition municipale réclame un audit du réseau, dont certaines canalisations "
            "datent des années 1950."]),
    "P3": ("L'Écho du Périgord", "2026-03-05T16:40:00+01:00", "fr",
           "Périgueux : l'eau redevient potable dans quatre quartiers sur six",
           ["L'interdiction décidée lundi par la préfecture est levée dans quatre des six "
            "quartiers de Périgueux, les dernières analyses étant conformes.",
            "Environ 5 000 habitants du Toulon et de Saint-Georges doivent encore utiliser de "
            "l'eau en bouteille jusqu'à de nouveaux prélèvements samedi, selon l'ARS.",
            "La source de la contamination, une conduite fissurée près de la station de "
            "pompage, a été réparée mercredi soir."]),
    "Px": ("Dordogne Soir", "2026-03-04T09:15:00+01:00", "fr",
           "Périgueux : une fuite de gaz fait évacuer un immeuble du quartier du Toulon",
           ["Une fuite de gaz a entraîné mardi soir l'évacuation d'un immeuble de quatre étages "
            "dans le quartier du Toulon, à Périgueux. Trente résidents ont passé la nuit dans un "
            "gymnase.",
            "Les pompiers ont coupé l'alimentation et GRDF est intervenu pour réparer une "
            "canalisation endommagée par des travaux de voirie.",
            "Les habitants ont pu regagner leurs logements mercredi en fin de matinée."]),
    # L: Logroño, bus drivers' strike called (Mon), first day (Tue), agreement (Thu)
    "L1": ("Diario del Najerilla", "2026-04-13T10:00:00+02:00", "es",
           "Los conductores de autobús de Logroño convocan huelga indefinida desde el martes",
           ["El comité de empresa del servicio de autobuses urbanos de Logroño ha convocado este "
            "lunes una huelga indefinida a partir del martes para reclamar una subida salarial "
            "del 5 %.",
            "La empresa concesionaria ofrece un 2 %. «No nos dejan otra salida», ha declarado "
            "el portavoz del comité, Íñigo Barrenechea.",
            "El Ayuntamiento ha fijado unos servicios mínimos del 30 % en hora punta."]),
    "L2": ("La Voz del Ebro", "2026-04-14T19:30:00+02:00", "es",
           "Primer día de huelga de autobuses en Logroño: largas esperas y paradas vacías",
           ["La huelga anunciada el pasado lunes por los conductores de los autobuses urbanos "
            "de Logroño ha dejado este martes largas esperas en las paradas del centro.",
            "Según la empresa, el seguimiento ha sido del 85 %. Muchos estudiantes han tenido "
            "que ir a pie a la universidad.",
            "Íñigo Barrenechea ha asegurado que el comité está dispuesto a negociar."]),
    "L3": ("Diario del Najerilla", "2026-04-16T14:20:00+02:00", "es",
           "Acuerdo en Logroño: los autobuses vuelven a circular tras tres días de paros",
           ["Los conductores de los autobuses urbanos de Logroño han desconvocado la huelga "
            "tras alcanzar un acuerdo con la empresa concesionaria este jueves.",
            "El pacto recoge una subida salarial del 3,5 % este año y del 1 % en 2027. El "
            "servicio se normalizará el viernes.",
            "«Ha sido duro para los usuarios, pero ha merecido la pena», ha dicho Barrenechea."]),
    "Lx": ("La Voz del Ebro", "2026-04-15T08:45:00+02:00", "es",
           "Roban en una joyería de la calle Portales de Logroño a plena luz del día",
           ["Dos hombres encapuchados han robado este martes por la tarde en una joyería de la "
            "calle Portales de Logroño y han huido en una moto.",
            "Se llevaron relojes y anillos por valor de unos 40.000 euros, según la propietaria, "
            "Pilar Sagasti. Nadie resultó herido.",
            "La Policía Nacional ha abierto una investigación y revisa las cámaras de la zona."]),
    # B: Bergamo, fire at a paint factory (Mon), schools closed (Tue), ordinance revoked (Thu)
    "B1": ("Eco di Valle Seriana", "2026-05-11T13:10:00+02:00", "it",
           "Bergamo, incendio in una fabbrica di vernici a Grumello: due operai feriti",
           ["Un incendio è divampato lunedì mattina in una fabbrica di vernici nel quartiere di "
            "Grumello del Piano, a Bergamo. Due operai sono rimasti feriti in modo lieve.",
            "Una nube di fumo nero si è alzata sopra la zona sud della città. I vigili del "
            "fuoco hanno lavorato per sei ore.",
            "Il sindaco, Tommaso Ravasio, ha invitato i residenti a tenere le finestre chiuse."]),
    "B2": ("Il Gazzettino Orobico", "2026-05-12T17:45:00+02:00", "it",
           "Fumo di Grumello, scuole chiuse a Bergamo sud: tre feriti, l'Arpa analizza l'aria",
           ["Dopo l'incendio di ieri nella fabbrica di vernici di Grumello del Piano, il "
            "sindaco di Bergamo ha firmato un'ordinanza che chiude per due giorni le scuole "
            "della zona sud.",
            "I feriti sono ora tre: un vigile del fuoco è stato medicato per un'intossicazione. "
            "L'Arpa ha installato due centraline per misurare le diossine.",
            "«Preferiamo la prudenza», ha spiegato Tommaso Ravasio."]),
    "B3": ("Eco di Valle Seriana", "2026-05-14T12:00:00+02:00", "it",
           "Bergamo, revocata l'ordinanza: le scuole di Grumello riaprono venerdì",
           ["Il sindaco di Bergamo ha revocato l'ordinanza firmata martedì dopo il rogo della "
            "fabbrica di vernici: le scuole della zona sud riapriranno venerdì.",
            "Le analisi dell'Arpa non hanno rilevato valori oltre i limiti. Resta vietato "
            "raccogliere ortaggi negli orti entro un chilometro dallo stabilimento.",
            "La procura ha aperto un fascicolo per incendio colposo."]),
    "Bx": ("Il Gazzettino Orobico", "2026-05-13T21:00:00+02:00", "it",
           "Bergamo, scontro tra un autobus e un'auto in via Borgo Palazzo: quattro feriti",
           ["Un autobus di linea e un'auto si sono scontrati mercoledì sera in via Borgo "
            "Palazzo, a Bergamo. Quattro persone sono rimaste ferite, una in modo grave.",
            "L'autista dell'auto, un uomo di 58 anni, è stato trasportato all'ospedale Papa "
            "Giovanni XXIII. La strada è rimasta chiusa per tre ore.",
            "La polizia locale sta ricostruendo la dinamica dell'incidente."]),
    # F: Freiburg, a bridge closed for cracks (Mon), traders' reaction (Tue), reopening for bikes (Fri)
    "F1": ("Breisgauer Tagblatt", "2026-06-08T12:15:00+02:00", "de",
           "Freiburg: Kronenbrücke wegen Rissen für den Verkehr gesperrt",
           ["Die Stadt Freiburg hat am Montag die Kronenbrücke über die Dreisam wegen Rissen "
            "in den Stahlträgern vollständig gesperrt. Täglich fahren dort rund 22 000 Autos.",
            "„Wir können die Standsicherheit nicht mehr garantieren“, sagte Baubürgermeisterin "
            "Henrike Vollmer.",
            "Die Busse der Linien 14 und 27 werden umgeleitet."]),
    "F2": ("Südbaden Aktuell", "2026-06-09T17:30:00+02:00", "de",
           "Nach der Brückensperrung: Händler in der Wiehre fürchten um ihre Kunden",
           ["Einen Tag nach der Sperrung der Kronenbrücke in Freiburg klagen Händler in der "
            "Wiehre über leere Geschäfte und lange Staus.",
            "Der Gewerbeverein fordert eine Behelfsbrücke. „Jeder Tag kostet uns Umsatz“, sagte "
            "dessen Vorsitzender Jochen Albiez.",
            "Die Stadt prüft, ob Radfahrer die Brücke bald wieder nutzen dürfen."]),
    "F3": ("Breisgauer Tagblatt", "2026-06-12T10:05:00+02:00", "de",
           "Kronenbrücke in Freiburg: Radfahrer und Fußgänger dürfen wieder passieren",
           ["Die am Montag verhängte Sperrung der Kronenbrücke wird teilweise aufgehoben: Ab "
            "Samstag dürfen Fußgänger und Radfahrer die Brücke wieder nutzen.",
            "Für Autos bleibt sie bis mindestens Ende Juli gesperrt, teilte Henrike Vollmer "
            "mit. Die Sanierung soll 4,8 Millionen Euro kosten.",
            "Eine Behelfsbrücke lehnt die Stadt aus Kostengründen ab."]),
    "Fx": ("Südbaden Aktuell", "2026-06-10T07:50:00+02:00", "de",
           "Freiburg: Brand in Studentenwohnheim, 40 Bewohner in Sicherheit gebracht",
           ["In einem Studentenwohnheim im Freiburger Stadtteil Stühlinger ist in der Nacht zum "
            "Mittwoch ein Feuer ausgebrochen. 40 Bewohner wurden in Sicherheit gebracht.",
            "Ein Student erlitt eine leichte Rauchvergiftung. Die Feuerwehr war mit 60 "
            "Einsatzkräften vor Ort.",
            "Die Brandursache ist noch unklar, die Polizei ermittelt."]),
}

CHAINS = {"P": ("P1", "P2", "P3"), "L": ("L1", "L2", "L3"), "B": ("B1", "B2", "B3"),
          "F": ("F1", "F2", "F3")}


def main() -> None:
    """Write articles.jsonl and gold.json next to this script."""
    rows = []
    for gid, (source, published, lang, title, paras) in A.items():
        rows.append({"url": BASE + gid, "source": source, "published": published,
                     "language": lang, "title": title, "text": "\n\n".join(paras)})
    (HERE / "articles.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    pairs = []
    for town, chain in CHAINS.items():
        pairs += [[a, b, True] for i, a in enumerate(chain) for b in chain[i + 1:]]
        pairs += [[town + "x", a, False] for a in chain]
    gold = {"articles": {g: {"url": BASE + g} for g in A}, "pairs": pairs}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")


if __name__ == "__main__":
    main()

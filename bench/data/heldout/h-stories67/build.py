#!/usr/bin/env python3
"""Write articles.jsonl and gold.json of the h-stories67 held-out set (README.md)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASE = "https://heldout.example/h-stories67/"

# id, source, published, language, title, text
ROWS = [
    # es: Elche, a hailstorm and the council's budget of the same evening
    ("S1", "Diario de Alicante", "2026-11-03T22:10:00+01:00", "es",
     "Una granizada inunda bajos y garajes en Elche",
     "Una fuerte granizada descargó este martes por la tarde sobre Elche y anegó decenas de "
     "bajos, garajes y calles del barrio de Carrús. Los bomberos realizaron más de 80 "
     "salidas. Los vecinos calculan daños de miles de euros en comercios y viviendas.\n\n"
     "El alcalde, Pablo Ruz, pidió a los vecinos que eviten este miércoles los pasos "
     "subterráneos mientras se retira el granizo."),
    ("S2", "La Verdad Sur", "2026-11-04T13:30:00+01:00", "es",
     "Carrús limpia el barro tras la granizada",
     "Los vecinos de Carrús, en Elche, siguen este miércoles retirando barro y granizo de "
     "sus garajes tras la tormenta de la víspera. Los comerciantes piden ayudas para cubrir "
     "unos daños que cifran en varios cientos de miles de euros.\n\nLos bomberos dieron por "
     "concluidas las salidas por la granizada a primera hora de la mañana."),
    ("S3", "Diario de Alicante", "2026-11-03T23:40:00+01:00", "es",
     "El pleno de Elche aprueba un presupuesto de 310 millones de euros",
     "El pleno del Ayuntamiento de Elche aprobó este martes por la tarde el presupuesto "
     "municipal para 2027, de 310 millones de euros, con los votos del gobierno local. El "
     "alcalde, Pablo Ruz, destacó la partida de 12 millones de euros para viviendas "
     "sociales y la reforma de calles del barrio de Carrús.\n\nLa oposición votó en contra "
     "y criticó la subida de las tasas para los vecinos y los comercios."),
    ("S4", "Información Elche", "2026-11-05T09:15:00+01:00", "es",
     "El Consell estudia ayudas para los afectados por la granizada de Elche",
     "La Generalitat estudia ayudas para los comercios y garajes de Carrús dañados por la "
     "granizada del martes en Elche, que anegó bajos y calles. Los bomberos atendieron más "
     "de 80 avisos durante la tormenta."),
    # en: Swindon, a house fire and the planning vote on new homes
    ("E1", "Swindon Evening Post", "2026-11-10T21:05:00+00:00", "en",
     "Family of five escape house fire in Swindon",
     "A family of five escaped unhurt after fire ripped through their terraced home in "
     "Swindon's Gorse Hill on Tuesday evening. Four fire engines attended and crews spent "
     "three hours at the scene. Neighbours said the blaze started in the kitchen.\n\nCouncil "
     "leader Jim Robbins said the borough would find the family temporary homes."),
    ("E2", "Wiltshire Herald", "2026-11-11T12:20:00+00:00", "en",
     "Gorse Hill fire: kitchen blaze blamed on faulty tumble dryer",
     "Fire investigators said on Wednesday that Tuesday's blaze at a terraced house in Gorse "
     "Hill, Swindon, was caused by a faulty tumble dryer in the kitchen. The family of five "
     "who escaped are staying with relatives.\n\nNeighbours have raised money for the "
     "family."),
    ("E3", "Swindon Evening Post", "2026-11-10T22:30:00+00:00", "en",
     "Councillors back 400 new homes on Swindon's northern edge",
     "Swindon councillors on Tuesday evening approved plans for 400 new homes on farmland "
     "north of the town, despite objections from neighbours in Gorse Hill about traffic. "
     "Council leader Jim Robbins said the scheme would bring affordable homes for families "
     "who cannot find one.\n\nThe development includes a primary school and a new bus link."),
    ("E4", "BBC Wiltshire", "2026-11-12T08:00:00+00:00", "en",
     "Fire service warns on tumble dryers after Swindon house fire",
     "Dorset and Wiltshire Fire and Rescue Service has urged people to check tumble dryers "
     "after a kitchen fire gutted a terraced house in Gorse Hill, Swindon, on Tuesday. A "
     "family of five escaped the blaze unhurt."),
    # pt: Braga, a landslide on a street and the council's housing vote
    ("P1", "Correio do Minho", "2026-11-17T20:40:00+00:00", "pt",
     "Deslizamento de terras obriga a retirar moradores em Braga",
     "Um deslizamento de terras atingiu esta terça-feira à tarde a Rua de São Victor, em "
     "Braga, e obrigou a retirar os moradores de seis casas. Não há feridos. A Proteção Civil "
     "atribui o deslizamento à chuva intensa dos últimos dias.\n\nO presidente da câmara, "
     "Ricardo Rio, garantiu alojamento às famílias."),
    ("P2", "Jornal de Notícias", "2026-11-18T11:50:00+00:00", "pt",
     "Famílias de São Victor continuam fora de casa após deslizamento",
     "As famílias retiradas das seis casas da Rua de São Victor, em Braga, continuam esta "
     "quarta-feira alojadas num hotel, depois do deslizamento de terras de terça-feira. Os "
     "técnicos da Proteção Civil avaliam a estabilidade do talude."),
    ("P3", "Correio do Minho", "2026-11-17T22:15:00+00:00", "pt",
     "Câmara de Braga aprova 20 milhões de euros para habitação",
     "A Câmara Municipal de Braga aprovou esta terça-feira à tarde um programa de 20 milhões "
     "de euros para reabilitar casas e construir habitação a custos controlados, incluindo "
     "na zona de São Victor. O presidente da câmara, Ricardo Rio, disse que as famílias "
     "com rendimentos baixos terão prioridade.\n\nA oposição absteve-se."),
    # de: Freiburg, a tram accident and the council's rents vote
    ("G1", "Badische Nachrichten", "2026-11-24T19:30:00+01:00", "de",
     "Straßenbahn erfasst Radfahrerin in Freiburg",
     "Eine Straßenbahn hat am Dienstagnachmittag in der Freiburger Innenstadt eine "
     "Radfahrerin erfasst und schwer verletzt. Die 34-Jährige wurde in die Uniklinik "
     "gebracht. Der Verkehr auf der Linie 1 stand fast zwei Stunden still.\n\nOberbürgermeister "
     "Martin Horn sprach von einem schweren Unfall und kündigte eine Prüfung der Kreuzung an."),
    ("G2", "Freiburger Zeitung", "2026-11-25T10:40:00+01:00", "de",
     "Nach Straßenbahnunfall: Radfahrerin außer Lebensgefahr",
     "Die Radfahrerin, die am Dienstag in Freiburg von einer Straßenbahn erfasst wurde, ist "
     "außer Lebensgefahr. Das teilte die Polizei am Mittwoch mit. Die Ermittler prüfen, ob "
     "die Ampel an der Kreuzung funktionierte."),
    ("G3", "Badische Nachrichten", "2026-11-24T21:00:00+01:00", "de",
     "Freiburger Gemeinderat beschließt Mietpreisbremse für städtische Wohnungen",
     "Der Freiburger Gemeinderat hat am Dienstagnachmittag beschlossen, die Mieten der "
     "städtischen Wohnungen bis 2029 einzufrieren. Oberbürgermeister Martin Horn sprach "
     "von einem wichtigen Signal für die Innenstadt und für Familien.\n\nDie Entscheidung "
     "kostet die Stadt rund zwei Millionen Euro im Jahr."),
    # fr: Angers, a gas explosion and the municipal council's vote
    ("F1", "Le Courrier de l'Anjou", "2026-12-01T20:15:00+01:00", "fr",
     "Angers : une explosion de gaz souffle un immeuble, trois blessés",
     "Une explosion de gaz a soufflé mardi après-midi un immeuble de la rue Bressigny, à "
     "Angers. Trois habitants ont été blessés, dont un grièvement. Une trentaine de "
     "logements ont été évacués.\n\nLe maire, Christophe Béchu, s'est rendu sur place et a "
     "promis de reloger les familles."),
    ("F2", "Ouest-Anjou", "2026-12-02T12:00:00+01:00", "fr",
     "Explosion rue Bressigny : l'enquête s'oriente vers une fuite de gaz",
     "Au lendemain de l'explosion qui a soufflé un immeuble de la rue Bressigny à Angers, "
     "les enquêteurs privilégient une fuite sur une conduite de gaz. Le blessé grave est "
     "toujours hospitalisé au CHU."),
    ("F3", "Le Courrier de l'Anjou", "2026-12-01T22:45:00+01:00", "fr",
     "Angers : le conseil municipal vote la gratuité des transports le samedi",
     "Le conseil municipal d'Angers a voté mardi après-midi la gratuité du tram et des bus "
     "le samedi à partir de janvier. Le maire, Christophe Béchu, chiffre la mesure à trois "
     "millions d'euros par an pour les familles et les habitants.\n\nL'opposition a dénoncé "
     "un coût trop élevé."),
    # it: Bergamo, a factory fire and the council's vote on the same day
    ("I1", "Eco di Bergamo Sera", "2026-12-08T19:50:00+01:00", "it",
     "Bergamo, incendio in un capannone: nube di fumo sulla città",
     "Un incendio è divampato martedì pomeriggio in un capannone di rifiuti plastici nella "
     "zona industriale di Bergamo. Una nube di fumo nero ha coperto diversi quartieri e il "
     "Comune ha chiesto di tenere chiuse le finestre.\n\nLa sindaca Elena Carnevali ha "
     "seguito le operazioni dei vigili del fuoco."),
    ("I2", "Bergamo Notizie", "2026-12-09T11:30:00+01:00", "it",
     "Rogo nel capannone di Bergamo, l'Arpa misura le diossine",
     "Dopo l'incendio di martedì nel capannone di rifiuti plastici di Bergamo, l'Arpa ha "
     "installato centraline per misurare le diossine nell'aria. I vigili del fuoco hanno "
     "spento gli ultimi focolai in mattinata."),
    ("I3", "Eco di Bergamo Sera", "2026-12-08T21:10:00+01:00", "it",
     "Bergamo, il consiglio comunale approva il bilancio: 15 milioni per le scuole",
     "Il consiglio comunale di Bergamo ha approvato martedì pomeriggio il bilancio di "
     "previsione, con 15 milioni di euro per le scuole e per i quartieri. La sindaca Elena "
     "Carnevali ha parlato di una città che investe sulle famiglie.\n\nL'opposizione ha "
     "votato contro."),
]

GROUPS = {"S": 4, "E": 4, "P": 3, "G": 3, "F": 3, "I": 3}


def pairs() -> list[list[object]]:
    out: list[list[object]] = []
    for g, n in GROUPS.items():
        events = [f"{g}{k}" for k in (1, 2, 4) if k <= n and (k != 3)]
        for i, a in enumerate(events):
            for b in events[i + 1:]:
                out.append([a, b, True])
        for a in events:
            out.append([a, f"{g}3", False])
    return out


if __name__ == "__main__":
    with (HERE / "articles.jsonl").open("w", encoding="utf-8") as f:
        for rid, source, published, lang, title, text in ROWS:
            f.write(json.dumps({"id": rid, "url": BASE + rid, "source": source,
                                "published": published, "language": lang, "title": title,
                                "text": text}, ensure_ascii=False) + "\n")
    gold = {"articles": {r[0]: {"url": BASE + r[0]} for r in ROWS}, "pairs": pairs()}
    (HERE / "gold.json").write_text(json.dumps(gold, indent=1), "utf-8")
    together = sum(1 for p in pairs() if p[2])
    print(f"{len(ROWS)} articles, {together} together, {len(pairs()) - together} apart")

"""Write the h-capture66 held-out captures (invented outlets, people and events; CC0).

Run once: python make_cases.py  (writes cases/*.txt and gold.jsonl)."""
import json
from pathlib import Path

HERE = Path(__file__).parent
BODY = {
    "fr": ["Un incendie s'est déclaré mardi soir dans un entrepôt de la zone artisanale des Tilleuls, à Saint-Aubin-sur-Loire. Une quarantaine de pompiers ont lutté pendant quatre heures contre les flammes.",
           "Aucun blessé n'est à déplorer, mais le bâtiment de 2 000 mètres carrés est entièrement détruit, a précisé le service départemental d'incendie et de secours.",
           "« Nous avons pu protéger les habitations voisines », a indiqué le commandant des opérations, Didier Vasseur. Une enquête a été ouverte pour déterminer l'origine du sinistre."],
    "es": ["Un incendio ha calcinado este martes una nave industrial del polígono de Las Norias, en Alcantarilla, sin causar heridos, según ha informado el servicio de emergencias.",
           "Una veintena de bomberos trabajaron durante cuatro horas para controlar las llamas, que obligaron a cortar la carretera de acceso al polígono.",
           "\"Hemos evitado que el fuego llegara a las naves vecinas\", ha explicado el jefe de la dotación, Andrés Molina."],
    "it": ["Un incendio ha distrutto martedì sera un capannone della zona industriale di Ponte a Elsa, senza causare feriti, secondo quanto riferito dai vigili del fuoco.",
           "Una ventina di pompieri hanno lavorato per quattro ore per domare le fiamme, che hanno costretto a chiudere la strada provinciale.",
           "\"Abbiamo protetto le abitazioni vicine\", ha spiegato il comandante provinciale, Marco Bellandi."],
    "de": ["Ein Großbrand hat am Dienstagabend eine Lagerhalle im Gewerbegebiet Am Mühlbach in Weilheim zerstört. Verletzt wurde niemand, teilte die Feuerwehr mit.",
           "Rund 60 Einsatzkräfte kämpften vier Stunden lang gegen die Flammen; die Kreisstraße blieb bis in die Nacht gesperrt.",
           "\"Wir konnten die Nachbargebäude schützen\", sagte Kreisbrandmeister Thomas Huber. Die Polizei ermittelt zur Brandursache."],
    "pt": ["Um incêndio destruiu na noite de terça-feira um armazém da zona industrial de Ponte de Lima, sem causar feridos, segundo os bombeiros.",
           "Cerca de quarenta operacionais combateram as chamas durante quatro horas, obrigando ao corte da estrada nacional.",
           "\"Conseguimos proteger as casas vizinhas\", afirmou o comandante dos bombeiros, Rui Carvalho."],
    "en": ["A fire destroyed a warehouse on the Meadowbank industrial estate in Ashford on Tuesday evening, the fire service said. Nobody was hurt.",
           "About forty firefighters fought the blaze for four hours, and the main road into the estate was closed until the early hours.",
           "\"We managed to protect the neighbouring buildings,\" said station commander Paul Whitaker. An investigation into the cause is under way."],
    "ca": ["Un incendi ha calcinat aquest dimarts una nau industrial del polígon de les Sénies, a Alzira, sense causar ferits, segons ha informat el servei d'emergències.",
           "Una vintena de bombers han treballat durant quatre hores per a controlar les flames, que han obligat a tallar la carretera d'accés.",
           "\"Hem evitat que el foc arribara a les naus veïnes\", ha explicat el cap de la dotació, Vicent Ferrer."],
}
HEAD = {
    "fr": ("Saint-Aubin-sur-Loire : un entrepôt ravagé par les flammes dans la zone artisanale", "Publié le mardi 10 novembre 2026 à 22:10"),
    "es": ("Un incendio calcina una nave del polígono de Las Norias en Alcantarilla", "Martes, 10 de noviembre 2026, 22:10"),
    "it": ("Ponte a Elsa, incendio distrugge un capannone nella zona industriale", "10 novembre 2026 22:10"),
    "de": ("Großbrand zerstört Lagerhalle im Gewerbegebiet Am Mühlbach", "10.11.2026, 22:10 Uhr"),
    "pt": ("Incêndio destrói armazém na zona industrial de Ponte de Lima", "10 de novembro de 2026, 22:10"),
    "en": ("Warehouse destroyed by fire on Ashford industrial estate", "Tue 10 Nov 2026 22.10 GMT"),
    "ca": ("Un incendi calcina una nau del polígon de les Sénies d'Alzira", "10/11/2026 22:10"),
}
MENU = {
    "fr": "Infos  Sports  Culture  Météo", "es": "Región  Sucesos  Deportes  Cultura",
    "it": "Cronaca  Politica  Sport  Cultura", "de": "Region  Politik  Sport  Kultur",
    "pt": "Região  Desporto  Cultura  Opinião", "en": "News  Sport  Weather  Podcasts",
    "ca": "Notícies  Esports  Cultura  Oratge",
}


def capture(lang: str, top: list[str], byline: str, tail: list[str]) -> str:
    head, date = HEAD[lang]
    lines = [*top, MENU[lang], "", head, ""]
    if byline:
        lines.append(byline)
    lines += [date, ""]
    for p in BODY[lang]:
        lines += [p, ""]
    lines += tail
    return "\n".join(lines).rstrip() + "\n"


CASES = [
    # F4: broadcasters' live/listen controls in the header are never the outlet
    ("f4-fr-icibleu", "fr", ["ici Provence (France Bleu)", "Rechercher", "Écouter le direct"], "", [], "francebleu.fr", {"masthead_not": ["Écouter le direct"], "masthead_in": ["ici Provence", "ici Provence (France Bleu)", "France Bleu", ""]}),
    ("f4-fr-ici-nosource", "fr", ["ici Armorique (France Bleu)", "Écouter le direct", "Rechercher"], "", [], "", {"masthead_in": ["ici Armorique", "ici Armorique (France Bleu)", "France Bleu", ""]}),
    ("f4-es-onda", "es", ["Onda Regional del Segura", "Escuchar en directo"], "", [], "", {"masthead_in": ["Onda Regional del Segura"]}),
    ("f4-it-radio", "it", ["Radio Valdelsa", "Ascolta la diretta"], "", [], "", {"masthead_in": ["Radio Valdelsa"]}),
    ("f4-de-radio", "de", ["Radio Oberland", "Live hören"], "", [], "", {"masthead_in": ["Radio Oberland"]}),
    ("f4-pt-radio", "pt", ["Rádio Alto Minho", "Ouvir em direto"], "", [], "", {"masthead_in": ["Rádio Alto Minho"]}),
    ("f4-en-radio", "en", ["Wessex Valley Radio", "Listen live"], "", [], "", {"masthead_in": ["Wessex Valley Radio"]}),
    ("f4-fr-tele", "fr", ["Télé Grésivaudan", "Regarder le direct  Replay"], "", [], "", {"masthead_in": ["Télé Grésivaudan"]}),
    ("f4-fr-direct-podcasts", "fr", ["Radio Opale Littoral", "En direct", "Podcasts"], "", [], "", {"masthead_in": ["Radio Opale Littoral"]}),
    ("f4-ca-radio", "ca", ["Ràdio Ribera Alta", "Escolta en directe"], "", [], "", {"masthead_in": ["Ràdio Ribera Alta"]}),
    ("f4-es-tv-source", "es", ["Escuchar en directo", "Buscar"], "", [], "ondasegura.es", {"masthead_not": ["Escuchar en directo"]}),
    ("f4-en-watch-source", "en", ["Watch live", "Search"], "", [], "valleytv.co.uk", {"masthead_not": ["Watch live"]}),
    ("f4-de-live-source", "de", ["Live hören", "Suche"], "", [], "radio-oberland.de", {"masthead_not": ["Live hören"]}),
    # F5: share/comment controls are never the author
    ("f5-es-share-last", "es", ["Diario del Segura"], "Europa Press", ["Comentar  Compartir"], "", {"authors": []}),
    ("f5-fr-share-last", "fr", ["Le Courrier de la Loire"], "Par Julie Marchand", ["Partager  Commenter"], "", {"authors": ["Julie Marchand"]}),
    ("f5-it-share-last", "it", ["Gazzetta della Valdelsa"], "", ["Condividi  Commenta"], "", {"authors": []}),
    ("f5-de-share-last", "de", ["Weilheimer Tagblatt"], "Von Anna Berger", ["Teilen  Kommentieren"], "", {"authors": ["Anna Berger"]}),
    ("f5-pt-share-last", "pt", ["Correio do Alto Minho"], "", ["Partilhar  Comentar"], "", {"authors": []}),
    ("f5-en-share-last", "en", ["Ashford Courier"], "", ["Share  Comment"], "", {"authors": []}),
    ("f5-ca-share-last", "ca", ["Diari de la Ribera"], "", ["Comparteix  Comenta"], "", {"authors": []}),
    # R3: a newsroom's credit names no person
    ("r3-ca-redaccio", "ca", ["Ràdio Ribera Alta", "Cerca"], "Redacció Ràdio Ribera", [], "", {"authors": []}),
    ("r3-es-redaccion", "es", ["Diario del Segura", "Buscar"], "Redacción Diario del Segura", [], "", {"authors": []}),
    ("r3-it-redazione", "it", ["Gazzetta della Valdelsa", "Cerca"], "Redazione Gazzetta della Valdelsa", [], "", {"authors": []}),
    ("r3-pt-redacao", "pt", ["Correio do Alto Minho", "Pesquisar"], "Redação Correio do Minho", [], "", {"authors": []}),
    ("r3-fr-larédaction", "fr", ["Le Courrier de la Loire", "Rechercher"], "La rédaction", [], "", {"authors": []}),
    ("r3-de-redaktion", "de", ["Weilheimer Tagblatt", "Suche"], "Redaktion Weilheimer Tagblatt", [], "", {"authors": []}),
    ("r3-en-newsroom", "en", ["Ashford Courier", "Search"], "Courier Newsroom", [], "", {"authors": []}),
    ("r3-fr-parlaredac", "fr", ["Le Courrier de la Loire", "Rechercher"], "Par la rédaction du Courrier", [], "", {"authors": []}),
    # controls: a real person's byline stays (no over-correction)
    ("ok-es-person", "es", ["Diario del Segura", "Buscar"], "Lucía Ferrer", ["Comentar  Compartir"], "", {"authors": ["Lucía Ferrer"]}),
    ("ok-it-person", "it", ["Gazzetta della Valdelsa", "Cerca"], "di Chiara Neri", [], "", {"authors": ["Chiara Neri"]}),
    ("ok-en-direct-name", "en", ["Direct Line News", "Search"], "", [], "", {"masthead_in": ["Direct Line News"]}),
]

if __name__ == "__main__":
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as gold:
        for name, lang, top, byline, tail, outlet, checks in CASES:
            (HERE / "cases" / f"{name}.txt").write_text(capture(lang, top, byline, tail), encoding="utf-8")
            gold.write(json.dumps({"file": f"{name}.txt", "outlet": outlet, **checks}, ensure_ascii=False) + "\n")

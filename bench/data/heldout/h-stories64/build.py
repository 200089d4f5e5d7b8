#!/usr/bin/env python3
"""Write articles.jsonl and gold.json of the h-stories64 held-out set (CC0, invented outlets
and people, written for veille): ``python3 build.py``. README.md says what it checks."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent
BASE = "https://heldout.example/h-stories64/"

# Per group: an event in town A told by two outlets (1, 2: one story) and an event of the
# same shape the same day in town B (3: its own story). (id, outlet, when, lang, title, text)
GROUPS = {
    "S": [
        ("El Norte Castellano", "2026-05-12T09:00:00+02:00", "es",
         "Valladolid aprueba la nueva ordenanza de terrazas tras un pleno tenso",
         "El pleno municipal dio luz verde este lunes a la ordenanza que limita las terrazas "
         "en el casco histórico, con los votos del equipo de gobierno.\n\n"
         "Los hosteleros de la plaza de la Universidad tendrán hasta septiembre para "
         "adaptarse. La oposición anunció un recurso.\n\n"
         "\"Es un equilibrio entre el descanso y el negocio\", defendió el concejal Rubén "
         "Olmedo."),
        ("Crónica del Pisuerga", "2026-05-12T13:30:00+02:00", "es",
         "Luz verde a la ordenanza de terrazas de Valladolid",
         "El Ayuntamiento de Valladolid aprobó el lunes en pleno la ordenanza de terrazas, "
         "que reduce el espacio de mesas en el centro.\n\n"
         "La norma entrará en vigor en septiembre. El concejal Rubén Olmedo habló de "
         "\"equilibrio\" entre vecinos y hosteleros, que estudian recurrirla."),
        ("Heraldo del Ebro", "2026-05-12T11:00:00+02:00", "es",
         "Zaragoza aprueba el nuevo reglamento de mercados tras un pleno tenso",
         "El pleno municipal aprobó este lunes el reglamento que regula los mercados "
         "ambulantes, con los votos del equipo de gobierno.\n\n"
         "Los vendedores de la plaza de San Bruno tendrán hasta octubre para adaptarse. La "
         "oposición anunció un recurso.\n\n"
         "\"Ordenamos un sector que lo necesitaba\", defendió la concejala Marta Lacasa."),
    ],
    "I": [
        ("L'Eco delle Mura", "2026-04-07T08:30:00+02:00", "it",
         "Bergamo, chiude piazza Pontida per lavori fino all'estate",
         "Piazza Pontida resterà chiusa da lunedì per i lavori di rifacimento della "
         "pavimentazione, che dureranno fino all'estate, ha comunicato il Comune.\n\n"
         "I negozi della piazza resteranno aperti. \"Sarà una piazza più verde\", ha detto "
         "l'assessora Giulia Brembati."),
        ("Orobie Oggi", "2026-04-07T12:00:00+02:00", "it",
         "Lavori in piazza Pontida: chiusura fino a luglio",
         "Il Comune di Bergamo chiude piazza Pontida da lunedì per rifare la pavimentazione. "
         "Il cantiere durerà fino all'estate.\n\n"
         "L'assessora Giulia Brembati promette \"più verde\". I negozi resteranno aperti."),
        ("Gazzetta della Bassa", "2026-04-07T10:00:00+02:00", "it",
         "Parma, apre il nuovo mercato coperto dopo quattro anni di lavori",
         "Il Comune di Parma ha inaugurato il nuovo mercato coperto di via Verdi, dopo "
         "quattro anni di lavori e una spesa di 12 milioni di euro.\n\n"
         "\"Restituiamo un cuore commerciale alla città\", ha detto il sindaco Paolo Ferrari "
         "davanti ai commercianti. Il mercato provvisorio chiuderà venerdì."),
    ],
    "P": [
        ("Correio do Minho Novo", "2026-06-02T09:00:00+01:00", "pt",
         "Braga aprova orçamento participativo com 2 milhões de euros",
         "A Câmara Municipal aprovou esta segunda-feira o orçamento participativo de 2027, "
         "com 2 milhões de euros para projetos propostos pelos moradores.\n\n"
         "A votação online decorre até julho. \"A cidade decide\", afirmou a vereadora Inês "
         "Carvalhosa."),
        ("Notícias do Cávado", "2026-06-02T15:00:00+01:00", "pt",
         "Orçamento participativo de Braga aprovado: 2 milhões para os moradores",
         "O orçamento participativo de Braga para 2027 foi aprovado na segunda-feira pela "
         "Câmara, com 2 milhões de euros.\n\n"
         "Os moradores podem votar online até julho, explicou a vereadora Inês Carvalhosa."),
        ("Diário do Mondego", "2026-06-02T10:30:00+01:00", "pt",
         "Coimbra aprova plano de mobilidade com 3 milhões de euros",
         "A Câmara Municipal aprovou esta segunda-feira o plano de mobilidade, com 3 milhões "
         "de euros para ciclovias e passeios.\n\n"
         "As obras começam em setembro. \"A cidade muda\", afirmou o vereador Tiago Loureiro."),
    ],
    "G": [
        ("Ostwestfalen-Kurier", "2026-09-15T08:00:00+02:00", "de",
         "Bielefeld: Wochenmarkt zieht wegen Bauarbeiten auf den Kesselbrink",
         "Der Wochenmarkt am Siegfriedplatz zieht ab Montag für ein Jahr auf den Kesselbrink, "
         "weil der Platz umgebaut wird, teilte die Stadt Bielefeld mit.\n\n"
         "\"Die Händler bleiben alle dabei\", sagte Marktmeisterin Sabine Quernheim."),
        ("Teutoburger Rundschau", "2026-09-15T14:00:00+02:00", "de",
         "Umbau am Siegfriedplatz: Markt muss für ein Jahr umziehen",
         "Wegen des Umbaus des Siegfriedplatzes findet der Bielefelder Wochenmarkt ab Montag "
         "auf dem Kesselbrink statt, ein Jahr lang.\n\n"
         "Marktmeisterin Sabine Quernheim versicherte, alle Händler zögen mit."),
        ("Münsterländer Blatt", "2026-09-15T10:00:00+02:00", "de",
         "Münster eröffnet neue Markthalle nach drei Jahren Bauzeit",
         "Die Stadt Münster hat am Montag die neue Markthalle am Hafen eröffnet, nach drei "
         "Jahren Bauzeit und Kosten von 18 Millionen Euro.\n\n"
         "\"Ein Treffpunkt für das ganze Viertel\", sagte Oberbürgermeisterin Karin Wessels. "
         "Der provisorische Markt am Ludgeriplatz schließt am Freitag."),
    ],
    "C": [
        ("Punt de Girona", "2026-03-17T09:00:00+01:00", "ca",
         "Girona tanca la plaça de la Independència per obres fins a l'estiu",
         "La plaça de la Independència tancarà dilluns per unes obres de renovació que "
         "duraran fins a l'estiu, ha informat l'Ajuntament.\n\n"
         "\"Serà una plaça més verda\", ha explicat la regidora Laia Puigvert als veïns."),
        ("Diari de l'Onyar", "2026-03-17T13:00:00+01:00", "ca",
         "Obres a la plaça de la Independència de Girona fins a l'estiu",
         "L'Ajuntament de Girona tancarà dilluns la plaça de la Independència per renovar-la. "
         "Les obres duraran fins a l'estiu.\n\n"
         "La regidora Laia Puigvert promet una plaça \"més verda\"."),
        ("Segre Avui", "2026-03-17T10:00:00+01:00", "ca",
         "Lleida estrena el nou mercat del Pla després de cinc anys d'obres",
         "L'Ajuntament de Lleida ha inaugurat el nou mercat del Pla, després de cinc anys "
         "d'obres i un cost de 9 milions d'euros.\n\n"
         "\"Recuperem el cor comercial del barri\", ha dit l'alcalde Jordi Bosch."),
    ],
    "E": [
        ("Leicester Evening Star", "2026-07-21T08:00:00+01:00", "en",
         "Leicester councillors approve new clean air zone after heated debate",
         "Councillors voted on Monday night to introduce a clean air zone inside the ring "
         "road from next spring, after a three-hour debate.\n\n"
         "Traders on Belgrave Road warned of lost custom. \"This is about our children's "
         "lungs\", said cabinet member Priya Lakhani."),
        ("East Midlands Wire", "2026-07-21T12:30:00+01:00", "en",
         "Clean air zone for Leicester gets the go-ahead",
         "Leicester City Council has approved a clean air zone covering the city centre, "
         "to start next spring.\n\n"
         "Cabinet member Priya Lakhani said it was about children's health; Belgrave Road "
         "traders fear losing customers."),
        ("Coventry Chronicle", "2026-07-21T09:30:00+01:00", "en",
         "Coventry councillors approve new parking charges after heated debate",
         "Councillors voted on Monday night to raise parking charges in the city centre "
         "from next spring, after a three-hour debate.\n\n"
         "Traders on Far Gosford Street warned of lost custom. \"This pays for our buses\", "
         "said cabinet member Owen Falkner."),
    ],
}

if __name__ == "__main__":
    records, pairs = [], []
    for group, items in GROUPS.items():
        ids = [f"{group}{n}" for n in (1, 2, 3)]
        for gid, (outlet, when, lang, title, text) in zip(ids, items, strict=True):
            records.append({"url": BASE + gid, "source": outlet, "published": when,
                            "language": lang, "title": title, "text": text})
        pairs += [[ids[0], ids[1], True], [ids[0], ids[2], False], [ids[1], ids[2], False]]
    (OUT / "articles.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    gold = {"articles": {r["url"].rsplit("/", 1)[1]: {"url": r["url"]} for r in records},
            "pairs": pairs}
    (OUT / "gold.json").write_text(json.dumps(gold, indent=1) + "\n", "utf-8")

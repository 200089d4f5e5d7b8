"""Held-out checks of h-source59 (issues 14/16): see README.md. Usage:
``python score.py /path/to/veille-cli``; prints one line per check and ``total: K/N``."""

from __future__ import annotations

import csv
import functools
import http.server
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2026-03-0{day}T08:00:00+01:00"></head>
<body><article><h1>{h1}</h1><p>{p1}</p><p>{p2}</p></article></body></html>"""

PAGES = {  # file: (lang, <title>, h1, expected outlet)
    "gazette.html": ("fr", "Le marché couvert de Brumeval rouvre - Gazette du Plateau",
                     "Le marché couvert de Brumeval rouvre après deux ans de travaux",
                     "Gazette du Plateau"),
    "corriere.html": ("it", "Nuovo ponte sul torrente Lisca | Corriere della Valle",
                      "Nuovo ponte sul torrente Lisca, apertura a fine mese",
                      "Corriere della Valle"),
    "talbote.html": ("de", "Neue Buslinie verbindet Ostheim und Weilertal — Der Talbote",
                     "Neue Buslinie verbindet Ostheim und Weilertal ab April",
                     "Der Talbote"),
}
BODY = {
    "fr": ("Les commerçants de Brumeval ont retrouvé leurs étals ce mardi matin, après "
           "vingt-six mois de chantier et un budget de 4,1 millions d'euros.",
           "La maire, Odile Ferrandier, a salué « un lieu de vie retrouvé » devant une "
           "centaine d'habitants venus assister à l'ouverture des portes."),
    "it": ("Il nuovo ponte sul torrente Lisca sarà aperto al traffico entro la fine del "
           "mese, ha annunciato il sindaco Renato Sbarbaro durante la visita al cantiere.",
           "L'opera, costata 2,3 milioni di euro, sostituisce la passerella chiusa dopo "
           "l'alluvione dell'autunno scorso e collega le due frazioni del comune."),
    "de": ("Ab dem ersten April verbindet eine neue Buslinie die Gemeinden Ostheim und "
           "Weilertal im Stundentakt, teilte der Verkehrsverbund am Montag mit.",
           "Bürgermeisterin Helga Strobach sprach von einem lange erwarteten Schritt für "
           "die Pendlerinnen und Pendler des Tals, die bisher auf das Auto angewiesen waren."),
}
FEED = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
<title>Le Veilleur du Causse</title><link>{base}/</link><description>x</description>
{items}</channel></rss>"""
ITEM = ("<item><title>{t}</title><link>{base}/{f}</link><guid>{base}/{f}</guid>"
        "<pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate></item>")
PLAIN = ("fr", "Le Causse accueille son premier festival de cerfs-volants",
         "Le Causse accueille son premier festival de cerfs-volants",
         "Le Veilleur du Causse")  # no site in <title>: the feed's title names it

DATES = {  # capture: (text, the date with a wrong weekday, which show must print)
    "dates-fr.txt": ("Calendrier chargé pour le conseil municipal de Brumeval\n\n"
                     "Publié le 2 mars 2026\n\n"
                     "Le conseil se réunira le 4 mars, puis le 6 mars pour le budget. "
                     "Une consultation ouvrira le 9 mars et se terminera le 13 mars. "
                     "Les travaux de voirie commenceront le 16 mars, la piscine fermera "
                     "le 23 mars et rouvrira le 30 mars. La fête du printemps aura lieu "
                     "le 4 avril et le vide-grenier le 11 avril. Le maire a confirmé "
                     "qu'une réunion publique se tiendra le lundi 19 mars à 18 heures, "
                     "salle des fêtes.\n", "2026-03-19"),
    "dates-en.txt": ("Busy spring ahead for Millbrook council\n\n"
                     "Published March 2, 2026\n\n"
                     "The council will meet on March 4 and again on March 6 for the budget. "
                     "A consultation opens on March 9 and closes on March 13. Roadworks "
                     "begin on March 16, the pool closes on March 23 and reopens on March 30. "
                     "The spring fair is on April 4 and the flea market on April 11. The "
                     "mayor said a public meeting will be held on Monday 21 May at 6 pm "
                     "in the town hall.\n", "2026-05-21"),
}

UPDATED_PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>La médiathèque de Vernoux étend ses horaires</title>
<meta property="og:site_name" content="L'Écho de Vernoux">
<link rel="canonical" href="https://echo-vernoux.example.net/mediatheque">
<meta property="article:published_time" content="2026-03-03T09:15:00+01:00">
<meta property="article:modified_time" content="2026-03-04T17:40:00+01:00"></head>
<body><article><h1>La médiathèque de Vernoux étend ses horaires</h1>
<p>À partir du 1er avril, la médiathèque de Vernoux ouvrira aussi le dimanche matin, a
annoncé l'adjointe à la culture, Maëlle Quintard, lors du conseil municipal.</p>
<p>Cette extension, demandée par une pétition de 800 habitants, sera financée par la
communauté de communes pour une durée d'essai d'un an.</p></article></body></html>"""

PLACES = {  # capture: (text, place: values that must each find it)
    "place-de.txt": ("Großbrand im Hafen von Antwerpen\n\nVon Jana Keller\n\n"
                     "Ein Großbrand in einer Lagerhalle im Hafen von Antwerpen hat am "
                     "Dienstag den Schiffsverkehr stundenlang unterbrochen. Die Feuerwehr "
                     "war mit 120 Einsatzkräften vor Ort, verletzt wurde niemand.\n\n"
                     "Die Hafenverwaltung kündigte eine Untersuchung an.\n",
                     ["Anvers", "Antwerp", "Antwerpen"]),
    "place-it.txt": ("Sciopero dei tram a Monaco di Baviera\n\ndi Paolo Ferri\n\n"
                     "Uno sciopero dei tranvieri ha paralizzato martedì il trasporto pubblico "
                     "a Monaco di Baviera, dove migliaia di pendolari sono rimasti a piedi. "
                     "Il sindacato chiede un aumento del 6 per cento.\n\n"
                     "Le trattative riprenderanno giovedì.\n",
                     ["Munich", "München"]),
    "place-en.txt": ("Floods close roads around Liège\n\nBy Tom Hadley\n\n"
                     "Heavy rain closed several roads around Liège on Tuesday, the regional "
                     "authorities said, as the Meuse rose above its alert level. No one was "
                     "hurt, but dozens of cellars were flooded.\n\n"
                     "More rain is expected on Thursday.\n",
                     ["Luik", "Lüttich", "Liège"]),
    "place-trier.txt": ("Weinfest in Trier abgesagt\n\nVon Lena Brandt\n\n"
                        "Das traditionelle Weinfest in Trier findet in diesem Jahr nicht "
                        "statt, teilte die Stadtverwaltung am Mittwoch mit. Grund seien "
                        "Bauarbeiten auf dem Hauptmarkt.\n\n"
                        "Die Winzer der Mosel bedauern die Entscheidung.\n",
                        ["Trèves", "Treveri"]),
    "place-mechelen.txt": ("New tram line opens in Mechelen\n\nBy Ruth Okafor\n\n"
                           "A new tram line linking the station of Mechelen to the old town "
                           "opened on Wednesday, the city council said, two years after "
                           "work began.\n\nFares stay unchanged until June.\n",
                           ["Malines", "Mecheln"]),
}


def run(cli: str, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([cli, *args], capture_output=True, text=True, env=env, timeout=600)


def main() -> None:
    cli = sys.argv[1]
    results: list[tuple[str, bool, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        site = root / "site"
        site.mkdir()
        env = {**os.environ, "VEILLE_DATA_DIR": str(root / "data"),
               "VEILLE_FETCH_ALLOW": "127.0.0.1"}
        handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
        http.server.SimpleHTTPRequestHandler.log_message = lambda *a: None  # type: ignore
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}"
        items = []
        for day, (name, (lang, title, h1, _)) in enumerate(
                [*PAGES.items(), ("plain.html", PLAIN)], start=2):
            p1, p2 = BODY[lang]
            (site / name).write_text(PAGE.format(lang=lang, title=title, h1=h1, p1=p1, p2=p2,
                                                 day=day), "utf-8")
            items.append(ITEM.format(t=h1, base=base, f=name))
        (site / "feed.xml").write_text(FEED.format(base=base, items="".join(items)), "utf-8")
        run(cli, "sources", "add", f"{base}/feed.xml", env=env)
        run(cli, "watch", "--once", env=env)
        for name, text in [*((n, t) for n, (t, _) in DATES.items()),
                           *((n, t) for n, (t, _) in PLACES.items())]:
            (root / name).write_text(text, "utf-8")
        (root / "updated.html").write_text(UPDATED_PAGE, "utf-8")
        run(cli, "ingest", *(str(root / n) for n in [*DATES, *PLACES]), "--source",
            "brumeval-infos.example", env=env)
        run(cli, "ingest", str(root / "updated.html"), env=env)
        run(cli, "enrich", env=env)
        exported = run(cli, "export", "--format", "csv", env=env).stdout
        table = list(csv.DictReader(io.StringIO(exported)))
        by_url = {r["url"]: r for r in table}
        for name, (_, _, _, outlet) in [*PAGES.items(), ("plain.html", PLAIN)]:
            got = by_url.get(f"{base}/{name}", {}).get("outlet", "(missing)")
            results.append((f"outlet {name}", got == outlet, f"{got!r} want {outlet!r}"))
        records = [json.loads(line) for line in
                   run(cli, "export", env=env).stdout.splitlines() if line.strip()]
        for name, (text, value) in DATES.items():
            title = text.split("\n", 1)[0]
            ident = next((r["id"] for r in records if r["content"]["title"] == title), "")
            shown = run(cli, "show", ident, env=env).stdout if ident else ""
            results.append((f"show lists the wrong-weekday date of {name}", value in shown,
                            value))
        upd = next((r for r in table if "Vernoux" in r["title"]), {})
        results.append(("csv has an updated column", "updated" in (table[0] if table else {}),
                        ",".join(table[0]) if table else ""))
        results.append(("csv updated value", upd.get("updated", "").startswith(
            "2026-03-04T17:40"), upd.get("updated", "(none)")))
        js = run(cli, "export", "--format", "json", env=env)
        try:
            doc = json.loads(js.stdout)
            ok = isinstance(doc, list) and len(doc) == len(records)
        except ValueError:
            ok = False
        results.append(("export --format json is one JSON array", ok,
                        js.stderr.strip()[:80]))
        for name, (text, values) in PLACES.items():
            title = text.split("\n", 1)[0]
            for value in values:
                out = run(cli, "search", f"place:{value}", "--json", env=env).stdout
                try:
                    hits = [h.get("title", "") for h in json.loads(out).get("hits", [])]
                except ValueError:
                    hits = []
                results.append((f"place:{value} finds {name}", title in hits, ""))
        server.shutdown()
    for what, ok, detail in results:
        print(f"{'PASS' if ok else 'FAIL'}  {what}  {detail}")
    print(f"total: {sum(ok for _, ok, _ in results)}/{len(results)}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Held-out publication dates (h-dates67, t-check66 F1, F10), written for h-dates67 (not
copies of the reported cases), fetched on 7 December 2026:

- P: a text capture whose publication line writes its month as a word, in every language
  the enrichment reads dates in (ca, es, it, pt, de, en, fr, nl), with Catalan "de"/"d'"
  forms and weekdays, and a label or none;
- M: dates mentioned in a text (enrichment): Catalan "enguany", German nights told with a
  perfect, bare slash dates ("until 12/9") in the order the page's locale says, none when
  no locale says and both readings are dates;
- H: an HTML page with no date metadata whose visible line prints a US clock time with
  "a.m."/"p.m.", a US zone abbreviation (ET, CT, MT, PT, EST, PDT...) and an abbreviated
  month ("Dec."), its address carrying the day: the time must be read.

Usage (from the repository root)::

    PYTHONPATH=src .venv/bin/python bench/dates_heldout_67.py [--verbose]
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from veille.enrich.dates import find_dates
from veille.extract.html import extract_html
from veille.extract.text_capture import extract_text_capture

FETCHED = datetime(2026, 12, 7, 16, 0, tzinfo=UTC)
#: The HTML pages are fetched the next morning (UTC): every printed time is before it (a
#: time after the fetch is refused, kept in ``dates_rejected``: t-check66 F10 was that).
FETCHED_H = datetime(2026, 12, 8, 2, 0, tzinfo=UTC)


def _capture(outlet: str, title: str, line: str, body: str) -> str:
    return f"{outlet}\n\n{title}\n\n{line}\n\n{body}\n\n{body.split('.')[0]} ha estat.\n"


# (language, capture, expected publication "YYYY-MM-DD HH:MM" in the page's zone, or day;
# "updated ..." for a capture that prints only its update)
P: list[tuple[str, str, str]] = [
    ("ca", _capture("Diari de Girona", "L'Ajuntament tanca la piscina municipal per obres",
                    "Divendres 4 de desembre de 2026 · 09:40",
                    "La piscina municipal de Girona tancarà tres mesos per renovar la "
                    "coberta, segons ha informat l'Ajuntament aquest matí."), "2026-12-04 09:40"),
    ("ca", _capture("El Punt Avui", "Els pagesos tallen l'AP-7 a l'altura de Figueres",
                    "Publicat el 3 d'octubre de 2026, 18:05",
                    "Un centenar de tractors han tallat l'autopista durant dues hores per "
                    "reclamar preus justos per a la llet."), "2026-10-03 18:05"),
    ("ca", _capture("Nació Digital", "La Generalitat amplia les beques menjador",
                    "Actualitzat el 14 d'abril de 2026 a les 12:30",
                    "El Govern destinarà vint milions més a les beques menjador el curs "
                    "vinent, segons ha anunciat la consellera."), "updated 2026-04-14 12:30"),
    ("ca", _capture("Ara", "El Barça presenta el nou estadi", "Dimecres, 5 d'agost de 2026",
                    "El club ha ensenyat als socis les obres de l'estadi, que obrirà la "
                    "temporada vinent amb un aforament complet."), "2026-08-05"),
    ("ca", _capture("À Punt", "Les pluges deixen 200 litres a la Safor",
                    "Dissabte, 28 de novembre de 2026, 20:10",
                    "Els bombers han fet una trentena de serveis a Gandia i Oliva per "
                    "inundacions en baixos i garatges."), "2026-11-28 20:10"),
    ("ca", _capture("VilaWeb", "El Parlament aprova el pressupost",
                    "Diumenge 1 de novembre de 2026",
                    "El ple del Parlament ha aprovat els comptes amb els vots de tres grups "
                    "després d'una negociació de dos mesos."), "2026-11-01"),
    ("ca", _capture("Diari de Balears", "Tanquen el port d'Alcúdia pel temporal",
                    "02 de desembre de 2026 - 07:55",
                    "Autoritat Portuària ha tancat el port d'Alcúdia per les ratxes de vent "
                    "de més de cent quilòmetres per hora."), "2026-12-02 07:55"),
    ("es", _capture("La Voz de Galicia", "Cierran el puerto de Vigo por el temporal",
                    "Publicado el 5 de diciembre de 2026 a las 11:20",
                    "La Autoridad Portuaria ha cerrado el puerto de Vigo por las rachas de "
                    "viento de más de cien kilómetros por hora."), "2026-12-05 11:20"),
    ("es", _capture("Heraldo", "Zaragoza estrena el nuevo tranvía",
                    "Sábado, 21 de noviembre de 2026, 09:00",
                    "La nueva línea del tranvía unirá el barrio de Valdespartera con la "
                    "estación de Delicias desde el lunes."), "2026-11-21 09:00"),
    ("it", _capture("La Stampa", "Torino, chiusa la tangenziale per un incidente",
                    "Pubblicato il 6 dicembre 2026 alle 14:35",
                    "Un tir si è ribaltato sulla tangenziale nord e il traffico è rimasto "
                    "bloccato per tre ore."), "2026-12-06 14:35"),
    ("it", _capture("Il Mattino", "Napoli, riapre la funicolare",
                    "Mercoledì 2 dicembre 2026, 08:15",
                    "La funicolare di Chiaia ha ripreso a funzionare dopo sei mesi di lavori "
                    "di manutenzione straordinaria."), "2026-12-02 08:15"),
    ("pt", _capture("Público", "Greve dos médicos fecha urgências em Setúbal",
                    "Publicado a 4 de dezembro de 2026, 19:45",
                    "As urgências do hospital de Setúbal fecharam durante a noite por "
                    "falta de médicos, disse a administração."), "2026-12-04 19:45"),
    ("pt", _capture("Jornal de Notícias", "Porto inaugura nova linha de metro",
                    "Sexta-feira, 27 de novembro de 2026",
                    "A nova linha rosa do metro do Porto liga a Casa da Música à estação de "
                    "São Bento em oito minutos."), "2026-11-27"),
    ("de", _capture("Süddeutsche Zeitung", "München sperrt Altstadt für Autos",
                    "Veröffentlicht am 3. Dezember 2026, 16:20 Uhr",
                    "Der Stadtrat hat beschlossen, die Altstadt ab dem Frühjahr für den "
                    "Durchgangsverkehr zu sperren."), "2026-12-03 16:20"),
    ("de", _capture("Der Standard", "Wien baut neue U-Bahn-Linie",
                    "Freitag, 20. November 2026",
                    "Die Wiener Linien haben mit dem Bau der neuen Linie begonnen, die 2032 "
                    "in Betrieb gehen soll."), "2026-11-20"),
    ("en", _capture("The Herald", "Council approves new bridge",
                    "Published: Sat 5 Dec 2026 10:05 GMT",
                    "The city council approved the construction of a new footbridge across "
                    "the river on Friday night."), "2026-12-05 10:05"),
    ("fr", _capture("Le Télégramme", "Brest : le pont de Recouvrance fermé",
                    "Publié le samedi 5 décembre 2026 à 07h50",
                    "Le pont de Recouvrance est fermé à la circulation depuis vendredi soir "
                    "pour des travaux d'urgence."), "2026-12-05 07:50"),
    ("nl", _capture("De Standaard", "Antwerpen sluit tunnel voor werken",
                    "Gepubliceerd op 4 december 2026 om 10:30",
                    "De Kennedytunnel gaat volgende week drie nachten dicht voor "
                    "onderhoudswerken, meldt het Vlaams Verkeerscentrum."), "2026-12-04 10:30"),
    ("nl", _capture("NRC", "Kabinet trekt extra geld uit voor dijken",
                    "vrijdag 4 december 2026",
                    "Het kabinet trekt de komende vijf jaar een miljard euro extra uit voor "
                    "het versterken van de dijken."), "2026-12-04"),
    ("ca", _capture("El Temps", "Valencia revisa el pla de la Devesa",
                    "Publicat: 30 de setembre de 2026 | 13.45",
                    "L'Ajuntament de València revisarà el pla especial de la Devesa del Saler "
                    "després de les al·legacions veïnals."), "2026-09-30"),
]


def _page(lang: str, url: str, line: str) -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<title>Storm knocks out power | The Ledger</title>'
            f'<link rel="canonical" href="{url}"></head><body><main><article>'
            "<h1>Storm knocks out power to thousands</h1>"
            '<p class="byline">By Sam Rivera</p>'
            f'<p class="dateline">{line}</p>'
            "<p>A line of storms knocked out power to more than 40,000 customers across the "
            "region, the utility said, and crews were working through the night.</p>"
            "<p>Officials urged residents to stay off the roads until the debris is cleared, "
            "and schools in three districts delayed their opening by two hours.</p>"
            "<p>The National Weather Service said more rain was expected later in the week.</p>"
            "</article></main></body></html>")


# (language, page, expected publication "YYYY-MM-DDTHH:MM+zone")
H: list[tuple[str, str, str]] = [
    ("en-US", _page("en-US", "https://www.ledger-a.com/news/2026/12/06/storm/",
                    "Published 7:05 p.m. CT Dec. 6, 2026"), "2026-12-06T19:05-06:00"),
    ("en-US", _page("en-US", "https://www.ledger-b.com/news/2026/12/07/storm/",
                    "Published 9:30 a.m. PST Dec. 7, 2026"), "2026-12-07T09:30-08:00"),
    ("en-US", _page("en-US", "https://www.ledger-c.com/news/2026/12/05/storm/",
                    "Published 6:15 a.m. EST Dec. 5, 2026"), "2026-12-05T06:15-05:00"),
    ("en-US", _page("en-US", "https://www.ledger-d.com/news/2026/11/30/storm/",
                    "Posted 10:48 p.m. MT Nov. 30, 2026"), "2026-11-30T22:48-07:00"),
    ("en-US", _page("en-US", "https://www.ledger-e.com/news/2026/10/02/storm/",
                    "Published 3:20 p.m. ET Oct. 2, 2026"), "2026-10-02T15:20-04:00"),
    ("en-US", _page("en-US", "https://www.ledger-f.com/news/2026/12/04/storm/",
                    "Published 11:02 AM ET Dec 4, 2026"), "2026-12-04T11:02-05:00"),
]


# (language, locale, text, mention key, expected first day or "none", granularity or "")
M: list[tuple[str, str, str, str, str, str]] = [
    ("ca", "", "La fira d'enguany ha rebut més visitants que mai.", "enguany", "2026-01-01",
     "year"),
    ("ca", "", "Enguany el festival tindrà lloc a la platja.", "Enguany", "2026-01-01", "year"),
    ("ca", "", "El pressupost d'enguany preveu més inversió en escoles.", "enguany",
     "2026-01-01", "year"),
    ("de", "", "In der Nacht zum Montag ist auf der A9 ein Lkw umgekippt.", "Montag",
     "2026-12-07", ""),
    ("de", "", "In der Nacht zum Sonntag ist in Penzberg ein Stadel abgebrannt.", "Sonntag",
     "2026-12-06", ""),
    ("de", "", "In der Nacht zum Samstag sind zwei Autos in Flammen aufgegangen.", "Samstag",
     "2026-12-05", ""),
    ("en", "en-US", "The road will stay closed until 12/9, officials said.", "12/9",
     "2026-12-09", ""),
    ("en", "en-US", "Applications are open through 1/15.", "1/15", "2027-01-15", ""),
    ("en", "en-GB", "The consultation runs until 9/12, the council said.", "9/12",
     "2026-12-09", ""),
    ("en", "", "The road will stay closed until 12/9, officials said.", "12/9", "none", ""),
    ("fr", "", "Les travaux dureront jusqu'au 9/12.", "9/12", "2026-12-09", ""),
    ("es", "", "Las obras durarán hasta el 9/12.", "9/12", "2026-12-09", ""),
    ("it", "", "Il cantiere resterà aperto fino al 9/12.", "9/12", "2026-12-09", ""),
]
#: Added after the German fix was written (in-sample for it): the perfect with "ist" and a
#: separable participle, the auxiliary before or after the night.
M_LATE: list[tuple[str, str, str, str, str, str]] = [
    ("de", "", "Der Lkw ist am Mittwoch auf der A9 umgekippt.", "Mittwoch", "2026-12-02", ""),
    ("de", "", "In der Nacht zum Donnerstag ist eine Scheune in Murnau eingestürzt.",
     "Donnerstag", "2026-12-03", ""),
]


#: A dispatch with no year whose weekday fits two years (2025 and 2020, fetched in 2026),
#: written after the fix of "two agreeing years" (not used to tune it; label: after-fix):
#: the most recent year, the evidence saying "ambiguous".
Y: list[tuple[str, str, str]] = [
    ("es", "Noticias\n\nHuelga de basuras en Zaragoza\n\n"
     "ZARAGOZA, 11 feb (EFE).- Los trabajadores de la recogida de basuras harán huelga el "
     "jueves 13 de febrero para reclamar la subrogación de la plantilla.\n\n"
     "El Ayuntamiento fijará servicios mínimos.", "2025-02-11"),
    ("it", "Il Giornale\n\nSciopero dei taxi a Roma\n\n"
     "(ANSA) - ROMA, 20 GEN - I tassisti romani incroceranno le braccia mercoledì 22 "
     "gennaio contro la liberalizzazione delle licenze.\n\nPrevisti disagi in centro.",
     "2025-01-20"),
    ("de", "Nachrichten\n\nBahnstreik im Fernverkehr\n\n"
     "BERLIN, 3. Februar (dpa) - Die Lokführergewerkschaft hat für Mittwoch, 5. Februar, "
     "einen Streik im Fernverkehr angekündigt.\n\nDie Bahn rechnet mit Ausfällen.",
     "2025-02-03"),
    ("pt", "Notícias\n\nGreve dos enfermeiros em Coimbra\n\n"
     "COIMBRA, 27 jan (Lusa) - Os enfermeiros do hospital universitário vão fazer greve na "
     "quinta-feira, 30 de janeiro, por melhores condições.\n\nA administração lamenta.",
     "2025-01-27"),
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    scores: dict[str, list[bool]] = {"P": [], "H": [], "M": [], "M late (in-sample)": [],
                                     "Y (after-fix)": []}
    for lang, capture, expected in P:
        result = extract_text_capture(capture, language=lang, fetched_at=FETCHED)
        # an update line is read as the update, never the publication (as in Spanish)
        update = expected.startswith("updated ")
        published = result.updated if update else result.published
        has_time = result.updated_has_time if update else result.published_has_time
        got = "none" if published is None else ("updated " if update else "") + (
            published.strftime("%Y-%m-%d %H:%M") if has_time
            else published.date().isoformat())
        ok = got == expected
        scores["P"].append(ok)
        if args.verbose or not ok:
            print(f"P {'ok ' if ok else 'BAD'} {lang} {got} (want {expected}) "
                  f"{capture.splitlines()[4]!r}")
    for _lang, page, expected in H:
        content = extract_html(page, fetched_at=FETCHED_H)
        got = content.published.isoformat(timespec="minutes") if content.published else "none"
        ok = got == expected
        scores["H"].append(ok)
        if args.verbose or not ok:
            print(f"H {'ok ' if ok else 'BAD'} {got} (want {expected})")
    for lang, capture, expected in Y:
        result = extract_text_capture(capture, language=lang, fetched_at=FETCHED)
        got = result.published.date().isoformat() if result.published else "none"
        said = str(result.evidence.get("published", ""))
        ok = got == expected and "ambiguous" in said
        scores["Y (after-fix)"].append(ok)
        if args.verbose or not ok:
            print(f"Y {'ok ' if ok else 'BAD'} {lang} {got} (want {expected}) {said}")
    written = FETCHED.date()
    for group, rows in (("M", M), ("M late (in-sample)", M_LATE)):
        for lang, locale, text, key, want, granularity in rows:
            hits = [d for d in find_dates(text, written, language=lang, locale=locale)
                    if key in d.text]
            got = hits[0].value if hits else "none"
            ok = got == want and (not granularity or hits[0].granularity == granularity)
            scores[group].append(ok)
            if args.verbose or not ok:
                print(f"M {'ok ' if ok else 'BAD'} {lang} {locale} {got} (want {want}) "
                      f"{text[:50]!r}")
    for group, values in scores.items():
        print(f"{group}: {sum(values)}/{len(values)}")
    total = [v for values in scores.values() for v in values]
    print(f"all: {sum(total)}/{len(total)}")


if __name__ == "__main__":
    main()

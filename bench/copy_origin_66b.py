"""Held-out set of h-copies66b (issue 14, t-final66 F6): which copy of an agency dispatch
is the original, by the publication times, in every ingest order.

Each set is one dispatch carried by 2-3 outlets (es/fr/it/en/pt), each capture with its
outlet's masthead, the agency credit and a zone-less time (read on the outlet's home
clock when veille's outlet table knows it, else on the language's or domain's zone). For
every order of arrival (all permutations), the set scores when: the earliest copy (by the
instants the times stand for) is the one original, no copy is the reprint of a later one,
and the story says "first published by" the earliest outlet with no "order unknown".

Run: ``PYTHONPATH=src:tests python bench/copy_origin_66b.py`` (prints one line a set and
the total; written before the fix and scored on base first, t-final66 F6)."""

from __future__ import annotations

import itertools
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from veille.ingest import ingest_texts
from veille.settings import Settings
from veille.store.sqlite import SQLiteStore


@dataclass(frozen=True)
class Copy:
    host: str
    masthead: str
    credit: str
    dateline: str
    local: str  # the instant it stands for: "YYYY-MM-DD HH:MM Zone/Name"
    extra: str = ""  # a last paragraph of the outlet's own, or an update line


BODIES = {
    "es": ["La Guardia Civil ha rescatado este martes a cuatro senderistas atrapados por la "
           "crecida del río Cabriel en el término municipal de Villora, según ha informado "
           "la Delegación del Gobierno.",
           "Los excursionistas, vecinos de Cuenca, habían quedado aislados en una pasarela "
           "después de que el caudal aumentara de forma repentina durante la noche.",
           "\"La rapidez de los agentes ha sido decisiva\", ha afirmado el alcalde de Villora, "
           "que ha agradecido la colaboración de los bomberos de la Diputación.",
           "La Aemet mantiene el aviso amarillo por lluvias en la Serranía hasta el jueves."],
    "fr": ["Un incendie a détruit mardi matin un entrepôt de pièces automobiles dans la zone "
           "industrielle de Saint-Jean-de-Braye, près d'Orléans, sans faire de victime, a "
           "indiqué la préfecture du Loiret.",
           "Une soixantaine de pompiers ont été mobilisés pendant plus de cinq heures pour "
           "circonscrire le feu, qui s'est déclaré vers 4 heures du matin.",
           "« Le bâtiment est entièrement perdu, mais personne n'a été blessé », a déclaré le "
           "maire de la commune, qui a ouvert un gymnase pour les salariés.",
           "Une enquête a été ouverte pour déterminer l'origine du sinistre."],
    "it": ["Un camion carico di legname si è ribaltato martedì mattina sulla statale 67 nei "
           "pressi di Pontassieve, bloccando la circolazione per oltre tre ore, secondo "
           "quanto riferito dai vigili del fuoco.",
           "L'autista, un uomo di 52 anni residente a Rufina, è stato trasportato in codice "
           "giallo all'ospedale di Ponte a Niccheri.",
           "\"Abbiamo chiesto da anni la messa in sicurezza di quella curva\", ha dichiarato "
           "il sindaco di Pontassieve.",
           "Sul posto sono intervenuti anche i carabinieri per i rilievi."],
    "en": ["Firefighters rescued three people from a flooded holiday park near Keswick on "
           "Tuesday after the River Greta burst its banks overnight, Cumbria Fire and Rescue "
           "Service said.",
           "About forty caravans were evacuated and a rest centre was opened at a school in "
           "the town, the county council said.",
           "\"The water rose faster than anyone expected,\" said the park's manager, who "
           "thanked the crews for their work in difficult conditions.",
           "The Environment Agency has kept a flood warning in place for the Greta."],
    "pt": ["Um incêndio destruiu na madrugada desta terça-feira um armazém de uma empresa de "
           "transportes em Ponta Delgada, sem provocar feridos, segundo a Proteção Civil.",
           "As chamas foram combatidas por cerca de trinta bombeiros durante mais de quatro "
           "horas, tendo o alerta sido dado por volta das 03:00.",
           "\"Felizmente não havia ninguém no interior do edifício\", afirmou o comandante "
           "dos bombeiros, citado pela agência.",
           "A Polícia Judiciária abriu um inquérito para apurar as causas do incêndio."],
}

SETS: dict[str, tuple[str, list[Copy]]] = {
    "es-3-home-madrid": ("es", [
        Copy("diariovasco.com", "El Diario Vasco", "EFE", "Martes, 10 de marzo 2026, 07:50",
             "2026-03-10 07:50 Europe/Madrid"),
        Copy("elcorreo.com", "El Correo", "EFE", "Martes, 10 de marzo 2026, 08:20",
             "2026-03-10 08:20 Europe/Madrid"),
        Copy("elperiodicodearagon.com", "El Periódico de Aragón", "EFE",
             "10/03/2026 - 09:05", "2026-03-10 09:05 Europe/Madrid")]),
    "es-home-vs-domain": ("es", [
        Copy("lavanguardia.com", "La Vanguardia", "EFE", "10/03/2026 12:10",
             "2026-03-10 12:10 Europe/Madrid"),
        Copy("diariodelaserrania.es", "Diario de la Serranía", "EFE", "10/03/2026 - 12:45",
             "2026-03-10 12:45 Europe/Madrid")]),
    "es-madrid-vs-canary": ("es", [
        Copy("canarias7.es", "Canarias7", "EFE", "Martes, 10 de marzo 2026, 17:30",
             "2026-03-10 17:30 Atlantic/Canary"),
        Copy("elpais.com", "El País", "EFE", "10 mar 2026 - 18:00",
             "2026-03-10 18:00 Europe/Madrid")]),
    "es-later-updated": ("es", [
        Copy("elcorreo.com", "El Correo", "Agencia EFE", "Martes, 10 de marzo 2026, 08:00",
             "2026-03-10 08:00 Europe/Madrid", "Actualizado a las 10:40"),
        Copy("diariocordoba.com", "Diario Córdoba", "EFE", "Martes, 10 de marzo 2026, 08:30",
             "2026-03-10 08:30 Europe/Madrid")]),
    "es-dot-com-unknown": ("es", [
        Copy("diariocordoba.com", "Diario Córdoba", "EFE", "10/03/2026 - 11:00",
             "2026-03-10 11:00 Europe/Madrid"),
        Copy("noticiasdelsur.com", "Noticias del Sur", "EFE", "10/03/2026 - 11:40",
             "2026-03-10 11:40 Europe/Madrid")]),
    "fr-3-home-paris": ("fr", [
        Copy("lefigaro.fr", "Le Figaro", "Le Figaro avec AFP", "Publié le 10/03/2026 à 09:30",
             "2026-03-10 09:30 Europe/Paris"),
        Copy("ouest-france.fr", "Ouest-France", "Ouest-France avec AFP",
             "Publié le 10/03/2026 à 10:05", "2026-03-10 10:05 Europe/Paris"),
        Copy("20minutes.fr", "20 Minutes", "20 Minutes avec AFP",
             "Publié le 10/03/2026 à 10:40", "2026-03-10 10:40 Europe/Paris")]),
    "fr-domain-vs-home": ("fr", [
        Copy("loiret-info.fr", "Loiret Info", "AFP", "Publié le 10/03/2026 à 14:10",
             "2026-03-10 14:10 Europe/Paris"),
        Copy("lemonde.fr", "Le Monde", "Le Monde avec AFP", "Publié le 10/03/2026 à 14:45",
             "2026-03-10 14:45 Europe/Paris")]),
    "fr-earliest-updated": ("fr", [
        Copy("ouest-france.fr", "Ouest-France", "Ouest-France avec AFP",
             "Publié le 10/03/2026 à 07:15", "2026-03-10 07:15 Europe/Paris",
             "Mis à jour le 10/03/2026 à 09:00"),
        Copy("lefigaro.fr", "Le Figaro", "Le Figaro avec AFP", "Publié le 10/03/2026 à 07:50",
             "2026-03-10 07:50 Europe/Paris")]),
    "it-3-home-rome": ("it", [
        Copy("lastampa.it", "La Stampa", "ANSA", "10 marzo 2026 08:10",
             "2026-03-10 08:10 Europe/Rome"),
        Copy("corriere.it", "Corriere della Sera", "ANSA", "10 marzo 2026 08:45",
             "2026-03-10 08:45 Europe/Rome"),
        Copy("iltirreno.it", "Il Tirreno", "ANSA", "10 marzo 2026 09:30",
             "2026-03-10 09:30 Europe/Rome")]),
    "it-domain-vs-home": ("it", [
        Copy("valdisieve-oggi.it", "Valdisieve Oggi", "ANSA", "10/03/2026 16:00",
             "2026-03-10 16:00 Europe/Rome"),
        Copy("repubblica.it", "la Repubblica", "ANSA", "10 marzo 2026 16:40",
             "2026-03-10 16:40 Europe/Rome")]),
    "en-home-london": ("en", [
        Copy("theguardian.com", "The Guardian", "PA Media", "10 March 2026 10:00",
             "2026-03-10 10:00 Europe/London"),
        Copy("bbc.co.uk", "BBC News", "PA Media", "10 March 2026 10:45",
             "2026-03-10 10:45 Europe/London")]),
    "en-new-york-vs-la": ("en", [
        Copy("latimes.com", "Los Angeles Times", "Associated Press", "March 10, 2026 7:30 AM",
             "2026-03-10 07:30 America/Los_Angeles"),
        Copy("nytimes.com", "The New York Times", "Associated Press", "March 10, 2026 9:00 AM",
             "2026-03-10 09:00 America/New_York")]),
    "pt-lisbon-vs-azores": ("pt", [
        Copy("publico.pt", "Público", "Lusa", "10 de março de 2026, 09:00",
             "2026-03-10 09:00 Europe/Lisbon"),
        Copy("acorianooriental.pt", "Açoriano Oriental", "Lusa", "10 de março de 2026, 08:40",
             "2026-03-10 08:40 Atlantic/Azores")]),
    # no credit line: an outlet's own text carried by another (the texts decide nothing)
    "es-no-credit-home": ("es", [
        Copy("elcorreo.com", "El Correo", "", "Martes, 10 de marzo 2026, 13:05",
             "2026-03-10 13:05 Europe/Madrid"),
        Copy("diariovasco.com", "El Diario Vasco", "", "Martes, 10 de marzo 2026, 13:35",
             "2026-03-10 13:35 Europe/Madrid")]),
    "es-no-credit-domain": ("es", [
        Copy("elnortedecastilla.es", "El Norte de Castilla", "", "10/03/2026 - 19:10",
             "2026-03-10 19:10 Europe/Madrid"),
        Copy("elmundo.es", "El Mundo", "", "10/03/2026 - 19:40",
             "2026-03-10 19:40 Europe/Madrid")]),
    "pt-no-credit": ("pt", [
        Copy("publico.pt", "Público", "", "10 de março de 2026, 11:00",
             "2026-03-10 11:00 Europe/Lisbon"),
        Copy("jn.pt", "Jornal de Notícias", "", "10 de março de 2026, 11:30",
             "2026-03-10 11:30 Europe/Lisbon")]),
}


def capture(copy: Copy, language: str, index: int) -> bytes:
    body = list(BODIES[language])
    if index % 2:  # the outlets cut or edit the dispatch a little
        body = body[:-1]
    lines = [copy.masthead, "Buscar", "Portada  Sociedad  Sucesos  Deportes", "",
             _title(language, index), "", *([copy.credit] if copy.credit else []),
             copy.dateline]
    if copy.extra:
        lines.append(copy.extra)
    lines += ["", *[p + "\n" for p in body]]
    return "\n".join(lines).encode()


def _title(language: str, index: int) -> str:
    titles = {"es": ["Rescatados cuatro senderistas atrapados por la crecida del Cabriel",
                     "La Guardia Civil rescata a cuatro excursionistas en Villora",
                     "Cuatro senderistas rescatados en el río Cabriel"],
              "fr": ["Un entrepôt détruit par un incendie à Saint-Jean-de-Braye",
                     "Loiret : un incendie ravage un entrepôt près d'Orléans",
                     "Incendie spectaculaire dans une zone industrielle du Loiret"],
              "it": ["Camion si ribalta sulla statale 67 a Pontassieve",
                     "Pontassieve, tir carico di legname ribaltato: strada chiusa",
                     "Incidente sulla statale 67, camion ribaltato"],
              "en": ["Three rescued as river floods holiday park near Keswick",
                     "Keswick holiday park evacuated after River Greta floods",
                     "Caravans evacuated as Cumbria river bursts banks"],
              "pt": ["Incêndio destrói armazém em Ponta Delgada",
                     "Fogo consome armazém de transportes em Ponta Delgada",
                     "Armazém destruído pelas chamas nos Açores"]}
    return titles[language][index]


def instant(local: str) -> datetime:
    day, clock, zone = local.split()
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=ZoneInfo(zone))


def score_order(copies: list[Copy], language: str, order: tuple[int, ...]) -> list[str]:
    """The faults of one order of arrival (empty: right)."""
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp))
        store = SQLiteStore.open(settings.store_path)
        try:
            ids: dict[int, str] = {}
            for i in order:
                got = ingest_texts(store, [(f"{i}.txt", capture(copies[i], language, i))],
                                   source=copies[i].host, settings=settings)
                if len(got.new_ids) != 1:
                    return [f"copy {i} not stored"]
                ids[i] = got.new_ids[0]
            faults = []
            when = {i: instant(c.local) for i, c in enumerate(copies)}
            earliest = min(when, key=lambda i: when[i])
            by_id = {v: k for k, v in ids.items()}
            for i, article_id in ids.items():
                article = store.get(article_id)
                assert article is not None and article.dedup is not None
                stored = article.content.published if article.content else None
                if stored is None or stored != when[i]:
                    faults.append(f"{copies[i].host}: published read as {stored}")
                of = article.dedup.duplicate_of
                if i == earliest and (article.dedup.relation or of):
                    faults.append(f"earliest {copies[i].host} is a {article.dedup.relation} "
                                  f"of {copies[by_id.get(of, 0)].host}")
                if of in by_id and when[by_id[of]] > when[i]:
                    faults.append(f"{copies[i].host} reprint of later "
                                  f"{copies[by_id[of]].host}")
            stories = store.stories(limit=5)
            if len(stories) != 1:
                faults.append(f"{len(stories)} stories")
            else:
                [s] = stories
                earliest_article = store.get(ids[earliest])
                assert earliest_article is not None
                if s.first_source != earliest_article.source:
                    faults.append(f"first published by {s.first_source}")
                if s.first_tied:
                    faults.append(f"order unknown with {', '.join(s.first_tied)}")
            return faults
        finally:
            store.close()


def main() -> int:
    right = 0
    for name, (language, copies) in SETS.items():
        faults: list[str] = []
        for order in itertools.permutations(range(len(copies))):
            found = score_order(copies, language, order)
            faults += [f"{order}: {f}" for f in found]
        right += not faults
        print(f"{'ok  ' if not faults else 'FAIL'} {name}" +
              ("" if not faults else "\n     " + "\n     ".join(dict.fromkeys(faults))))
    print(f"held-out: {right}/{len(SETS)} copy sets right in every order")
    return 0


if __name__ == "__main__":
    sys.exit(main())

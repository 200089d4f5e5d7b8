#!/usr/bin/env python3
"""Bench speakers chunked with an institution or an outlet, and figurative "today" (t-final65
A4, A8; branch h-speakers65b).

- **ROLE**: a role, "of the <Institution>" and a person's name ("ha detto il presidente
  della Regione Eugenio Giani" was read as the body "Regione Eugenio Giani"), in
  it/es/pt/ca/fr/de/en; the speaker must be the person and its entity id not an ``org:``.
- **OUTLET**: the outlet the speaker spoke to, before or after the name ("a confié à
  Sud Ouest Marie Durand", "ha detto all'ANSA il sindaco X", "X told Reuters").
- **COMMUNIQUE**: "ha comunicado la X" (the verb whose participle is also the noun).
- **TODAY**: "la Valencia de hoy", "l'Italia di oggi" are no event date; "la reunión de hoy"
  (an event noun) still is.

All cases were written for veille by h-speakers65b (invented or public-office people, CC0)
**before** any fix of this branch, and scored on the base first: held-out for that run.

Usage::

    PYTHONPATH=src .venv/bin/python bench/speakers_l65b.py [--verbose]
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from speakers_l65 import Case, fold, score

from veille.enrich.defaults import default_resources
from veille.enrich.stage import pipeline
from veille.record import Article, Content, RawInput

ROLE: list[Case] = [
    ("it", "Frana a Lucca\n\n\"Le strade riapriranno entro lunedì\", ha spiegato il presidente "
     "della Provincia Luca Menesini.",
     [("Le strade riapriranno", ("Luca Menesini",), False)]),
    ("it", "Scuole chiuse\n\n\"Abbiamo stanziato due milioni per i danni\", ha dichiarato "
     "l'assessora della Regione Monia Monni.",
     [("Abbiamo stanziato", ("Monia Monni",), False)]),
    ("es", "Riada en Paiporta\n\n«Vamos a reconstruir cada puente», ha afirmado el presidente "
     "de la Generalitat Carlos Mazón.",
     [("Vamos a reconstruir", ("Carlos Mazón",), False)]),
    ("es", "Carreteras cortadas\n\n«La prioridad es abrir los accesos», explicó el presidente "
     "de la Diputación Vicente Mompó.",
     [("La prioridad es", ("Vicente Mompó",), False)]),
    ("pt", "Cheias no Porto\n\n“A cidade está preparada para o pior”, disse o presidente da "
     "Câmara Rui Moreira.",
     [("A cidade está", ("Rui Moreira",), False)]),
    ("pt", "Incêndios\n\n“Os meios aéreos já estão no terreno”, afirmou a ministra da "
     "Administração Interna Margarida Blasco.",
     [("Os meios aéreos", ("Margarida Blasco",), False)]),
    ("ca", "Aiguats a Girona\n\n«Hem activat el pla Inuncat», ha dit el president de la "
     "Generalitat Salvador Illa.",
     [("Hem activat", ("Salvador Illa",), False)]),
    ("fr", "Incendies dans le Var\n\n« Nous ne laisserons personne sans solution », a déclaré "
     "le président de la Région Renaud Muselier.",
     [("Nous ne laisserons", ("Renaud Muselier",), False)]),
    ("fr", "Routes coupées\n\n« Les travaux commenceront en janvier », a indiqué le président "
     "du Département Jean-Luc Gleyze.",
     [("Les travaux commenceront", ("Jean-Luc Gleyze",), False)]),
    ("de", "Hochwasser in Passau\n\n„Wir lassen niemanden allein“, sagte der Ministerpräsident "
     "des Landes Markus Söder.",
     [("Wir lassen niemanden", ("Markus Söder",), False)]),
    ("de", "Brücke gesperrt\n\n„Die Sanierung dauert bis zum Sommer“, erklärte die "
     "Bürgermeisterin der Stadt Katja Dörner.",
     [("Die Sanierung dauert", ("Katja Dörner",), False)]),
    ("en", "Floods in Cumbria\n\n\"We will rebuild every bridge,\" said the leader of the "
     "Council Mark Fryer.",
     [("We will rebuild", ("Mark Fryer",), False)]),
]

OUTLET: list[Case] = [
    ("fr", "Grêle dans le Gers\n\n« On a perdu toute la récolte », a raconté à Sud Ouest "
     "Marie Durand, viticultrice.",
     [("On a perdu toute", ("Marie Durand",), False)]),
    ("fr", "Tempête en Bretagne\n\n« La mer est montée d'un coup », a confié au Télégramme "
     "Yann Kervella, pêcheur.",
     [("La mer est montée", ("Yann Kervella",), False)]),
    ("it", "Neve in Abruzzo\n\n\"Le scuole resteranno chiuse\", ha detto all'ANSA il sindaco "
     "Pierluigi Biondi.",
     [("Le scuole resteranno", ("Pierluigi Biondi",), False)]),
    ("es", "Granizo en Teruel\n\n«Se ha perdido media cosecha», ha explicado a Efe la "
     "alcaldesa Emma Buj.",
     [("Se ha perdido", ("Emma Buj",), False)]),
    ("pt", "Tempestade\n\n“Nunca vi nada assim”, disse à Lusa o autarca Pedro Duarte.",
     [("Nunca vi nada", ("Pedro Duarte",), False)]),
    ("en", "Rail strike\n\n\"The talks have failed,\" union leader Mick Lynch told Reuters.",
     [("The talks have failed", ("Mick Lynch",), False)]),
    ("de", "Streik bei der Bahn\n\n„Die Verhandlungen sind gescheitert“, sagte Claus Weselsky "
     "der Deutschen Presse-Agentur.",
     [("Die Verhandlungen", ("Claus Weselsky",), False)]),
]

COMMUNIQUE: list[Case] = [
    ("es", "Alerta roja\n\n«Se suspenden las clases en toda la comarca», ha comunicado la "
     "Conselleria de Educación.",
     [("Se suspenden", ("Conselleria de Educación",), True)]),
    ("es", "Cortes de agua\n\n«El suministro se restablecerá esta tarde», comunicó el "
     "Ayuntamiento de Gandia.",
     [("El suministro se", ("Ayuntamiento de Gandia",), True)]),
    ("pt", "Cheias\n\n“As escolas vão estar encerradas amanhã”, comunicou a Proteção Civil.",
     [("As escolas vão", ("Proteção Civil",), True)]),
    ("it", "Treni\n\n\"La circolazione è sospesa tra Firenze e Prato\", ha comunicato Rete "
     "Ferroviaria Italiana.",
     [("La circolazione è", ("Rete Ferroviaria Italiana",), True)]),
]

# (language, text, mention key, True when it must be a date mentioned)
TODAY: list[tuple[str, str, str, bool]] = [
    ("es", "El libro habla de la Valencia de hoy y de sus barrios.", "hoy", False),
    ("es", "Es un retrato de la España de hoy, desigual y envejecida.", "hoy", False),
    ("it", "Il film racconta l'Italia di oggi attraverso tre famiglie.", "oggi", False),
    ("it", "Una mostra sulla Napoli di oggi apre al museo.", "oggi", False),
    ("fr", "L'essai décrit la France d'aujourd'hui, fracturée.", "aujourd'hui", False),
    ("fr", "Le roman dépeint le Marseille d'aujourd'hui.", "aujourd'hui", False),
    ("de", "Die Ausstellung zeigt das Deutschland von heute.", "heute", False),
    ("pt", "O documentário mostra o Portugal de hoje.", "hoje", False),
    ("ca", "El llibre parla de la Barcelona d'avui.", "avui", False),
    ("es", "La Valencia de hoy poco tiene que ver con la de 1957.", "hoy", False),
    # literal controls: today's event
    ("es", "La reunión de hoy ha durado tres horas.", "hoy", True),
    ("it", "La seduta di oggi è stata sospesa.", "oggi", True),
    ("fr", "La manifestation d'aujourd'hui a réuni 2 000 personnes.", "aujourd'hui", True),
    ("es", "El Ayuntamiento de Valencia ha aprobado hoy el presupuesto.", "hoy", True),
    ("it", "Il sindaco di Roma ha firmato oggi l'ordinanza.", "oggi", True),
]


def score_today(verbose: bool) -> tuple[int, int]:
    """(passed, total) over TODAY: a case passes when a date whose text holds its key is
    stored exactly when the case says it must be."""
    run = pipeline(default_resources(None))
    passed = 0
    for language, text, key, wanted in TODAY:
        article = Article(raw=RawInput(data=text.encode(), origin="bench", source="example.org",
                                       media_type="text/plain"),
                          content=Content(title="Crónica", paragraphs=[text],
                                          published=datetime(2026, 12, 4, 9, tzinfo=UTC),
                                          language=language))
        outcome = run.run_one(article)
        enrichment = (outcome.article.enrichment if outcome.article else None) or {}
        found = any(fold(key) in fold(str(d.get("text") or ""))
                    for d in enrichment.get("dates") or [])
        passed += found == wanted
        if verbose and found != wanted:
            print(f"FAIL [{language}] {text!r}: date {'missing' if wanted else 'stored'}")
    return passed, len(TODAY)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    for name, cases in (("ROLE", ROLE), ("OUTLET", OUTLET), ("COMMUNIQUE", COMMUNIQUE)):
        passed, total = score(cases, args.verbose)
        print(f"{name} (held-out): {passed}/{total} = {passed / total:.3f}")
    passed, total = score_today(args.verbose)
    print(f"TODAY (held-out): {passed}/{total} = {passed / total:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

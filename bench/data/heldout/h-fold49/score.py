"""h-fold49 held-out score: accent/case-folded entity names and capitalised deictic dates."""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from veille.enrich.aliases import shipped_table
from veille.enrich.dates import find_dates
from veille.enrich.entity_names import entities_named
from veille.store.sqlite import SQLiteStore

ENTITIES = [("Q1", "ORG", "École normale supérieure"), ("Q2", "LOC", "Zürich"),
            ("Q3", "LOC", "München"), ("Q4", "ORG", "Generalitat de Catalunya"),
            ("Q5", "PER", "José Luis Rodríguez Zapatero"), ("Q6", "LOC", "Besançon"),
            ("Q7", "ORG", "Société générale"), ("Q8", "LOC", "Ñuñoa"),
            ("Q9", "PER", "Angela Merkel")]
QUERIES = [("ecole", "Q1"), ("ÉCOLE", "Q1"), ("superieure", "Q1"), ("zurich", "Q2"),
           ("ZÜRICH", "Q2"), ("munchen", "Q3"), ("GENERALITAT", "Q4"), ("rodriguez", "Q5"),
           ("besancon", "Q6"), ("societe", "Q7"), ("nunoa", "Q8"), ("GÉNÉRALE", "Q7")]
PUB = date(2026, 12, 9)  # a Wednesday
DATES = [("Nächste Woche beginnt in Kassel der Prozess.", "de", "2026-12-14"),
         ("Letzte Woche wurde in Jena gestreikt.", "de", "2026-11-30"),
         ("Nächsten Montag tagt der Stadtrat von Halle.", "de", "2026-12-14"),
         ("Vergangenen Freitag brannte eine Scheune bei Celle.", "de", "2026-12-04"),
         ("Diese Woche bleibt das Museum in Trier geschlossen.", "de", "2026-12-07"),
         ("Próxima semana se vota el presupuesto en Soria.", "es", "2026-12-14"),
         ("Próximo lunes abre la feria de Lugo.", "es", "2026-12-14"),
         ("Este mes se cierra la mina de León.", "es", "2026-12-01"),
         ("Scorsa settimana è crollato un ponte a Rieti.", "it", "2026-11-30"),
         ("Prossima settimana riapre la scuola di Aosta.", "it", "2026-12-14"),
         ("Prossimo venerdì sciopero dei treni a Bari.", "it", "2026-12-11"),
         ("Questo mese chiude lo stadio di Pisa.", "it", "2026-12-01")]


def main() -> None:
    found = 0
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore.open(Path(tmp) / "veille.db")
        store.conn.executemany("INSERT INTO article_entities VALUES (?,?,?,?,1)",
                               [(f"a{i}", e, label, name)
                                for i, (e, label, name) in enumerate(ENTITIES)])
        for query, want in QUERIES:
            got = [e.id for e in entities_named(store, shipped_table(), query)[0]]
            ok = want in got
            found += ok
            print(("ok  " if ok else "MISS"), "name", query, got)
    for text, language, want in DATES:
        values = [d.value for d in find_dates(text, PUB, language=language)]
        ok = want in values
        found += ok
        print(("ok  " if ok else "MISS"), "date", text, values)
    total = len(QUERIES) + len(DATES)
    print(f"{found}/{total}")
    sys.exit(0)


if __name__ == "__main__":
    main()

"""Score veille on the h-plans54 held-out sentences (CC0, written for veille).

Usage: ``PYTHONPATH=src python score.py`` from a veille tree. Each sentence is read by
``veille.enrich.dates.find_dates`` as published on Thursday 2026-12-03 in its language;
the check passes when the mention named resolves to the expected ISO day. One line per
check, then ``total passed/checks``.
"""

from __future__ import annotations

from datetime import date

from veille.enrich.dates import find_dates

PUBLISHED = date(2026, 12, 3)
CASES: list[tuple[str, str, str, str, str]] = [
    # (id, language, sentence, mention, expected day)
    ("es1", "es", "El concierto de la orquesta municipal, que estaba previsto para el sábado, "
     "ha sido suspendido por la lluvia.", "sábado", "2026-12-05"),
    ("es2", "es", "La votación del presupuesto, programada para el viernes, fue aplazada "
     "hasta enero.", "viernes", "2026-12-04"),
    ("es3", "es", "La final de copa, prevista para el domingo, se ha cancelado por la "
     "tormenta.", "domingo", "2026-12-06"),
    ("es4", "es", "El juicio, que estaba fijado para el martes, fue pospuesto a petición de "
     "la defensa.", "martes", "2026-12-01"),
    ("es5", "es", "El partido, previsto para el sábado, no llegó a disputarse por la nieve.",
     "sábado", "2026-11-28"),
    ("es6-guard", "es", "El mercado navideño, previsto para el sábado, abrirá sus puertas a "
     "las diez.", "sábado", "2026-12-05"),
    ("es7-guard", "es", "El pleno se celebró el martes y aprobó la ordenanza.", "martes",
     "2026-12-01"),
    ("it1", "it", "La partita, che era prevista per domenica, è stata rinviata per neve.",
     "domenica", "2026-12-06"),
    ("it2", "it", "Il concerto in programma venerdì è stato annullato dagli organizzatori.",
     "venerdì", "2026-12-04"),
    ("it3", "it", "La riunione del consiglio, fissata per sabato, è stata spostata a "
     "gennaio.", "sabato", "2026-12-05"),
    ("it4-guard", "it", "Venerdì scorso la giunta ha approvato il bilancio.", "Venerdì",
     "2026-11-27"),
    ("pt1", "pt", "A greve dos professores, que estava prevista para sexta-feira, foi adiada "
     "para janeiro.", "sexta-feira", "2026-12-04"),
    ("pt2", "pt", "O jogo marcado para sábado foi cancelado por causa da chuva.", "sábado",
     "2026-12-05"),
    ("pt3", "pt", "A audiência, agendada para terça-feira, foi suspensa pelo juiz.",
     "terça-feira", "2026-12-01"),
    ("pt4-guard", "pt", "O festival, previsto para sábado, vai decorrer no parque da cidade.",
     "sábado", "2026-12-05"),
    ("fr1-guard", "fr", "La réunion, prévue samedi, a été reportée à janvier.", "samedi",
     "2026-12-05"),
    ("fr2-guard", "fr", "Le conseil municipal s'est réuni mardi soir.", "mardi", "2026-12-01"),
    ("en1-guard", "en", "The concert that had been scheduled for Saturday was called off.",
     "Saturday", "2026-12-05"),
    ("de1-guard", "de", "Der Streik, der für Freitag geplant war, wurde abgesagt.", "Freitag",
     "2026-12-04"),
    ("de2-guard", "de", "Am Dienstag hat der Stadtrat den Haushalt beschlossen.", "Dienstag",
     "2026-12-01"),
]


def main() -> int:
    passed = 0
    for case, language, sentence, mention, expected in CASES:
        found = find_dates(sentence, PUBLISHED, language=language)
        got = [str(d.value) for d in found if mention.lower() in d.text.lower()]
        ok = expected in got
        passed += ok
        print(f"{'PASS' if ok else 'FAIL'} {case} {mention}: expected {expected}, got {got}")
    print(f"total {passed}/{len(CASES)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Held-out set h-enrich67b (F3): a bare month just ended, and a headline's mention read as the
body's same words. Written before the fix. Run:
PYTHONPATH=src python bench/heldout67b/dates_67b.py"""
from datetime import date

from veille.enrich.dates import find_dates

# (language, text, published, words, expected value of every mention with these words)
CASES = [
    ("fr", "Fréquentation record en novembre pour le Louvre\n\nLe musée a accueilli en "
     "novembre plus de 800 000 visiteurs.", date(2026, 12, 2), "en novembre", "2026-11-01"),
    ("es", "El paro baja en noviembre\n\nEl número de parados bajó en noviembre en 20.000 "
     "personas, según el ministerio.", date(2026, 12, 2), "en noviembre", "2026-11-01"),
    ("it", "Vendite auto, crollo a novembre\n\nLe immatricolazioni sono scese del 12% "
     "rispetto all'anno scorso.", date(2026, 12, 3), "a novembre", "2026-11-01"),
    ("pt", "Inflação abranda em novembro\n\nA taxa de inflação abrandou em novembro para "
     "2,1%, segundo o INE.", date(2026, 12, 1), "em novembro", "2026-11-01"),
    ("de", "Arbeitslosigkeit sinkt im November\n\nDie Zahl der Arbeitslosen ist im November "
     "leicht gesunken.", date(2026, 12, 1), "im November", "2026-11-01"),
    ("en", "Retail sales jump in November\n\nRetail sales rose in November by 2%, the "
     "statistics office said.", date(2026, 12, 3), "in November", "2026-11-01"),
    ("ca", "L'atur baixa al novembre\n\nEl nombre d'aturats va baixar al novembre en 3.000 "
     "persones.", date(2026, 12, 2), "novembre", "2026-11-01"),
    ("de", "Besucherrekord im Dezember\n\nIm Dezember kamen so viele Besucher wie nie in "
     "den Zoo.", date(2027, 1, 4), "Dezember", "2026-12-01"),
    ("it", "Turismo, boom di presenze a ottobre\n\nNel mese di ottobre le presenze sono "
     "cresciute del 9%.", date(2026, 11, 5), "ottobre", "2026-10-01"),
    ("es", "Récord de pasajeros en octubre en Barajas\n\nEl aeropuerto registra en octubre "
     "su mejor mes.", date(2026, 11, 4), "octubre", "2026-10-01"),
    # controls: the text says future
    ("it", "Il museo riaprirà a marzo\n\nI lavori termineranno a marzo.", date(2026, 12, 1),
     "marzo", "2027-03-01"),
    ("es", "La feria volverá el próximo noviembre\n\nLa organización confirmó que la feria "
     "se celebrará el próximo noviembre.", date(2026, 12, 1), "noviembre", "2027-11-01"),
    ("fr", "Le salon reviendra en novembre prochain\n\nLes organisateurs annoncent que le "
     "salon se tiendra en novembre prochain.", date(2026, 12, 1), "novembre", "2027-11-01"),
    # a headline in the present for the past, the body's same words past
    ("fr", "Le maire démissionne lundi\n\nLe maire a démissionné lundi soir après le "
     "conseil.", date(2026, 12, 2), "lundi", "2026-11-30"),
    ("it", "Il sindaco si dimette lunedì\n\nIl sindaco si è dimesso lunedì dopo il voto.",
     date(2026, 12, 2), "lunedì", "2026-11-30"),
    ("it", "Export, balzo a settembre\n\nL'export è cresciuto a settembre del 4%.",
     date(2026, 12, 1), "settembre", "2026-09-01"),
    ("es", "Incendio en un almacén el sábado\n\nEl incendio se declaró el sábado por la "
     "tarde.", date(2026, 11, 30), "sábado", "2026-11-28"),
    ("de", "Warnstreik am Montag\n\nDie Gewerkschaft hat am Montag den Verkehr "
     "lahmgelegt.", date(2026, 12, 2), "Montag", "2026-11-30"),
    ("pt", "Exportações disparam em setembro\n\nAs exportações cresceram em setembro 5%.",
     date(2026, 12, 1), "setembro", "2026-09-01"),
    ("fr", "Record de ventes en septembre\n\nLes ventes ont progressé en septembre de 4 %.",
     date(2026, 12, 1), "septembre", "2026-09-01"),
]


def score() -> tuple[int, int]:
    good = 0
    for lang, text, published, words, want in CASES:
        got = [d.value for d in find_dates(text, published, language=lang)
               if words.lower() in d.text.lower()]
        ok = bool(got) and all(v == want for v in got)
        good += ok
        print("ok  " if ok else "FAIL", lang, words, want, got)
    return good, len(CASES)


if __name__ == "__main__":
    good, total = score()
    print(f"{good}/{total}")

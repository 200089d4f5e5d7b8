"""Held-out cases of h-places66b (issue 16, t-final66 F8): small towns of the countries
veille serves, read in context (the text's language, its source's country, a province or
a neighbour named); a namesake of the story's own country over a big city abroad; the
Catalan preposition "a" before a town. Sentences written for this bench before the fix,
never the reported ones (es, ca, it, pt, de, en). Expectations: :mod:`bench.lib.place_cases`.

Run: ``PYTHONPATH=src python bench/places_context_66b.py``; prints each failure and the
score (cases whose every expectation holds / cases)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lib.place_cases import score  # noqa: E402

CASES: list[tuple[str, str, str, str, list[str]]] = [
    # 1. small towns of the text's country, with a neighbour or province named
    ("town-es-1", "es", "levante-emv.com",
     "Incendio en una nave\n\nLos bomberos sofocaron un incendio en una nave de Utiel. "
     "Dotaciones de Chiva y de Requena acudieron al aviso.",
     ["+ES:Utiel", "+ES:Chiva", "+ES:Requena"]),
    ("town-es-2", "es", "lasprovincias.es",
     "Cortes de tráfico\n\nLa Guardia Civil cortó la carretera entre Llombai y Alginet por "
     "la lluvia.", ["+ES:Llombai", "+ES:Alginet"]),
    ("town-es-3", "es", "elperiodic.com",
     "Obras\n\nEl Ayuntamiento de Almussafes y el de Benifaió firman un convenio para el "
     "carril bici.", ["+ES:Almussafes"]),
    ("town-it-1", "it", "iltirreno.it",
     "Vendemmia\n\nBuona annata a Suvereto e a Sassetta, dicono i produttori della Val di "
     "Cornia.", ["+IT:Suvereto"]),
    ("town-it-2", "it", "gonews.it",
     "Scuole\n\nNuove aule a Montespertoli e a Cerreto Guidi, in provincia di Firenze.",
     ["+IT:Montespertoli", "+IT:Cerreto Guidi"]),
    ("town-it-3", "it", "iltirreno.it",
     "Traffico\n\nCode sulla Variante Aurelia tra Castagneto Carducci e San Vincenzo.",
     ["+IT:Castagneto Carducci"]),
    ("town-pt-1", "pt", "jn.pt",
     "Incêndio\n\nOs bombeiros de Ponte de Lima e de Melgaço combateram as chamas durante "
     "a noite.", ["+PT:Ponte de Lima", "+PT:Melgaço"]),
    ("town-pt-2", "pt", "jn.pt",
     "Estrada cortada\n\nA ponte entre Vila Nova de Cerveira e Valença está fechada.",
     ["+PT:Vila Nova de Cerveira"]),
    ("town-de-1", "de", "merkur.de",
     "Hochwasser\n\nIn Geretsried und in Murnau am Staffelsee liefen Keller voll.",
     ["+DE:Geretsried", "+DE:Murnau am Staffelsee"]),
    ("town-de-2", "de", "rnz.de",
     "Verkehr\n\nDie Brücke zwischen Ladenburg und Schriesheim wird saniert.",
     ["+DE:Ladenburg", "+DE:Schriesheim"]),
    ("town-at-1", "de", "ooe.orf.at",
     "Lawinengefahr\n\nIn Bad Ischl und in Gmunden bleiben die Schulen geschlossen.",
     ["+AT:Bad Ischl", "+AT:Gmunden"]),
    ("town-ch-1", "de", "bernerzeitung.ch",
     "Bergbahnen\n\nIn Grindelwald fahren die Bahnen wieder, meldet die Gemeinde.",
     ["+CH:Grindelwald"]),
    ("town-be-1", "fr", "lavenir.net",
     "Crue\n\nLa Meuse est sortie de son lit à Dinant; Durbuy est aussi touchée.",
     ["+BE:Dinant"]),
    ("town-nl-1", "nl", "nhnieuws.nl",
     "Storm\n\nIn Volendam en Edam zijn bomen omgewaaid.", ["+NL:Volendam", "+NL:Edam"]),
    ("town-ie-1", "en", "rte.ie",
     "Flooding\n\nRoads were closed in Kenmare and Dingle after heavy rain.",
     ["+IE:Kenmare", "+IE:Dingle"]),
    # 2. a namesake of the story's own country, not a big city abroad
    ("namesake-es-1", "es", "levante-emv.com",
     "Granizo\n\nLa tormenta dañó los campos de Utiel y de San Antonio, según los "
     "agricultores.", ["-US:San Antonio"]),
    ("namesake-es-2", "es", "diarioinformacion.com",
     "Fiestas\n\nLas fiestas de Elche y de Santa Pola reúnen a miles; en San Fernando se "
     "suspenden.", ["-US:San Fernando", "-PH:San Fernando"]),
    ("namesake-it-1", "it", "iltirreno.it",
     "Frana\n\nChiusa la strada tra Suvereto e San Lorenzo per una frana.",
     ["-PY:San Lorenzo", "-AR:San Lorenzo"]),
    ("namesake-pt-1", "pt", "jn.pt",
     "Festas\n\nA romaria junta Ponte de Lima e Santa Cruz durante três dias.",
     ["-BO:Santa Cruz", "-US:Santa Cruz"]),
    # controls: a big city really meant
    ("city-es-1", "es", "elpais.com",
     "Béisbol\n\nLos Spurs de San Antonio, en Texas, ganan en casa.", ["+US:San Antonio"]),
    ("city-en-1", "en", "example.com",
     "Storms\n\nSan Antonio and Houston were hit by storms overnight.", ["+US:San Antonio"]),
    # 3. the Catalan preposition "a" before a town
    ("ca-1", "ca", "apuntmedia.es",
     "Pluja\n\nLa pluja ha negat diversos carrers a Alzira, a la Ribera Alta.",
     ["+ES:Alzira"]),
    ("ca-2", "ca", "diarilaveu.com",
     "Festes\n\nEls veïns de Picassent celebren les festes a Algemesí dissabte.",
     ["+ES:Algemesí"]),
    ("ca-3", "ca", "apuntmedia.es",
     "Trànsit\n\nUn accident ha tallat l'autovia a Paiporta aquest matí.",
     ["+ES:Paiporta"]),
    ("ca-4", "ca", "vilaweb.cat",
     "Mercat\n\nEl mercat ha tornat a obrir a Sedaví i a Alfafar.",
     ["+ES:Sedaví", "+ES:Alfafar"]),
    ("ca-5", "ca", "apuntmedia.es",
     "Escoles\n\nLes classes s'han suspès a Catarroja per la pluja.", ["+ES:Catarroja"]),
]


def main() -> int:
    ok, total = score(CASES)
    print(f"held-out: {ok}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""One town's separate events stay apart; a fire's day-2 follow-up joins the fire
(h-stories65, issue 14, t-final64 #3).

A tester reading Valencia and Tuscany local press found a fire in a Benimaclet flat, the
Mercado Central's renovation and the Valence-Valencia twinning in one story; a Livorno flood
and the Amerigo Vespucci's call at Livorno in one; a mascletà and a protest in Alicante's
Luceros square in one. The causes (docs/dedup.md, "One town's separate events"): the common
word of a square's or a street's name ("plaza", "piazza", "avenida") and the local frame
("el Ayuntamiento", "los vecinos", "il Comune") counted as plain words, what happened
(:data:`veille.dedup.stories.PLAIN_BAR`); Spanish, Catalan and Italian protests, concerts and
festivals named no kind of event; Catalan function words were terms.

Texts written for these tests in the reported shapes (invented people), one record per
ingest into a real store, as ``veille ingest`` of one JSON record a file. The held-out set is
``bench/lib/town_events_l65.py`` (``bench/town_events.py``).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from story_records_kit import stories_of
from veille.dedup.stories import terms

FIRE = ("Incendio en un piso de Benimaclet: tres heridos y un edificio desalojado",
        "Un incendio declarado a las once de la noche en un cuarto piso de la calle Arquitecto "
        "Arnau, en el barrio valenciano de Benimaclet, ha causado heridas a tres personas, "
        "entre ellas un niño de seis años. Los bomberos desalojaron a veinte vecinos.\n\n"
        "El Ayuntamiento de Valencia ha ofrecido alojamiento a las familias afectadas.",
        "2026-11-17T08:00:00+01:00", "es")
MARKET = ("Valencia aprueba la reforma del Mercado Central: 8 millones",
          "El Ayuntamiento de Valencia aprobó este martes la reforma de las cubiertas y los "
          "accesos del Mercado Central, que costará ocho millones de euros. Los vecinos de "
          "Ciutat Vella y los comerciantes del mercado piden que las obras no coincidan con "
          "la campaña de Navidad.\n\nLa concejala de Mercados, Rosa Climent, presentó el "
          "calendario en la plaza del Mercado.", "2026-11-17T12:00:00+01:00", "es")
TWINNING = ("Valence y Valencia celebran su hermanamiento en el Ayuntamiento",
            "Una delegación de Valence, en la Drôme, fue recibida este martes en el "
            "Ayuntamiento de Valencia para celebrar el hermanamiento entre ambas ciudades. "
            "Los vecinos de las dos ciudades participarán en intercambios escolares.\n\nEl "
            "acto terminó con una recepción en la plaza del Ayuntamiento.",
            "2026-11-17T18:00:00+01:00", "es")
FIRE_2 = ("Los bomberos dan por extinguido el incendio de Benimaclet",
          "Los bomberos dieron por extinguido este miércoles el incendio que ayer arrasó un "
          "cuarto piso de la calle Arquitecto Arnau, en Benimaclet. Los tres heridos siguen "
          "en el hospital La Fe; el niño de seis años ya está fuera de peligro.\n\nLos veinte "
          "vecinos desalojados no podrán volver hasta que los técnicos revisen la estructura.",
          "2026-11-18T09:00:00+01:00", "es")
FLOOD_LI = ("Livorno, il Rio Maggiore esonda: allagati scantinati e negozi",
            "Il Rio Maggiore è esondato nella notte a Livorno dopo un nubifragio: allagati "
            "scantinati e negozi nel quartiere di Montenero basso, due famiglie evacuate. I "
            "vigili del fuoco hanno lavorato fino all'alba.\n\nIl Comune di Livorno ha chiuso "
            "le scuole e chiede ai cittadini di evitare i sottopassi.",
            "2026-11-17T07:00:00+01:00", "it")
SHIP_LI = ("L'Amerigo Vespucci arriva a Livorno, il Comune prepara la festa",
           "La nave scuola Amerigo Vespucci arriverà a Livorno giovedì e resterà ormeggiata "
           "alla Stazione marittima fino a domenica. Il Comune di Livorno ha organizzato un "
           "villaggio sul porto e visite gratuite per i cittadini.\n\nAttese decine di "
           "migliaia di persone.", "2026-11-17T15:00:00+01:00", "it")
MASCLETA = ("Mascletà en la plaza de los Luceros para abrir las fiestas",
            "La plaza de los Luceros de Alicante acogió este domingo una mascletà de 120 kilos "
            "de pólvora que abrió las fiestas de invierno ante miles de personas. El "
            "Ayuntamiento cortó el tráfico durante la tarde.\n\nLos vecinos aplaudieron la "
            "traca final.", "2026-11-15T14:00:00+01:00", "es")
PROTEST = ("Protesta en la plaza de los Luceros por el cierre del centro de salud",
           "Unas 400 personas protestaron este lunes en la plaza de los Luceros de Alicante "
           "contra el cierre por las tardes del centro de salud de San Blas. Los vecinos "
           "cortaron el tráfico durante media hora.\n\nLa plataforma convocante pide una "
           "reunión con el Ayuntamiento y la Conselleria de Sanidad.",
           "2026-11-16T19:00:00+01:00", "es")


def test_one_towns_three_events_are_three_stories(tmp_path: Path) -> None:
    """Valencia's fire, market renovation and twinning the same day: three stories (one
    before: the town, "el Ayuntamiento", "los vecinos" and "plaza" carried the joins)."""
    fire, market, twinning = stories_of(tmp_path, [FIRE, MARKET, TWINNING])
    assert len({fire, market, twinning}) == 3


def test_a_fires_day_two_joins_it_among_the_towns_other_events(tmp_path: Path) -> None:
    """The fire's day-2 follow-up ("dieron por extinguido el incendio que ayer…", the same
    street and victims) joins the fire, not the town's other events."""
    fire, market, twinning, fire_2 = stories_of(tmp_path, [FIRE, MARKET, TWINNING, FIRE_2])
    assert fire_2 == fire
    assert market != fire and twinning != fire


def test_a_flood_and_a_ships_call_at_one_port_are_two_stories(tmp_path: Path) -> None:
    flood, ship = stories_of(tmp_path, [FLOOD_LI, SHIP_LI])
    assert flood != ship


def test_two_events_in_one_square_are_two_stories(tmp_path: Path) -> None:
    """A mascletà and a protest in the plaza de los Luceros, a day apart."""
    mascleta, protest = stories_of(tmp_path, [MASCLETA, PROTEST])
    assert mascleta != protest


def test_a_squares_common_word_is_a_name_and_the_frame_no_plain_word() -> None:
    from veille.dedup.frame_words import is_frame_word
    from veille.dedup.place_words import place_words
    counts = terms(*PROTEST[:1], PROTEST[1].split("\n\n"), None, "es")
    assert {"plaza", "vecinos", "ayuntamiento", "personas"} <= counts.names
    assert "protestaron" not in counts.names
    assert list(place_words("in piazza del Campo, via Roma e la plaça de l'Ajuntament")) == \
        ["piazza", "via", "placa"]
    assert is_frame_word("l'ajuntament") and not is_frame_word("incendi")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_place_words_never_fail_and_are_street_words(text: str) -> None:
    """Any text: the words read are street words of the text, lower case, folded."""
    from veille.dedup.place_words import place_words
    for word in place_words(text):
        assert word == word.lower()

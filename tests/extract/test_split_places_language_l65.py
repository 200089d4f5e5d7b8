"""A tie between the clocks of a text's places goes to a country of the text's language
(t-final64 #1: a Levante-EMV capture read on Africa/Bamako because the "San" of a street
name, San in Mali, tied with Girona)."""
from veille.extract.place_zones import places_reading, split_reading


def test_tie_goes_to_the_languages_country() -> None:
    zone, why = split_reading([("Africa/Bamako", 1), ("Europe/Madrid", 1)], "", "es")
    assert zone == "Europe/Madrid"
    assert "language" in why


def test_tie_without_language_keeps_the_text_order() -> None:
    zone, _ = split_reading([("Africa/Bamako", 1), ("Europe/Madrid", 1)], "", "")
    assert zone == "Africa/Bamako"


def test_more_votes_still_win_over_the_language() -> None:
    zone, _ = split_reading([("Africa/Bamako", 2), ("Europe/Madrid", 1)], "", "es")
    assert zone == "Africa/Bamako"


def test_a_tie_between_two_countries_of_the_language_keeps_the_text_order() -> None:
    zone, _ = split_reading([("America/Mexico_City", 1), ("Europe/Madrid", 1)], "", "es")
    assert zone == "America/Mexico_City"


def test_places_reading_passes_the_language_on() -> None:
    text = ("Un incendio obliga a desalojar un edificio\n\nLos bomberos acudieron a las "
            "13:05 a la calle Barón de San Petrillo, según informaron desde Girona.")
    _zone, _named, split, read_on, _why = places_reading(text, "es", "")
    assert [clock for clock, _ in split] == ["Africa/Bamako", "Europe/Madrid"]
    assert read_on == "Europe/Madrid"

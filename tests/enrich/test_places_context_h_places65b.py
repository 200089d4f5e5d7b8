"""h-places65b (issue 16; t-final65 A5, C2): a lone city opening a sentence in Spanish,
Italian, Portuguese, German; towns of 5,000 to 50,000 people after a civic noun or in a
list after a preposition; a multi-word town name ("Vila Nova de Gaia"); a quarter of a
named city is no town elsewhere. Sentences written for these tests, through the real
enrichment pipeline and the shipped gazetteer."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich.stage import Resources


def _places(resources: Resources, text: str, language: str, source: str = "example.com"
            ) -> dict[str, str]:
    found = enrich(resources, text, language=language, source=source)["places"]
    return {str(p["mentioned_as"]): str(p["country"]) for p in found}  # type: ignore[union-attr]


def test_a_city_opening_a_sentence_is_a_place_when_the_text_backs_it(
        resources: Resources) -> None:
    assert _places(resources, "Ferias\n\nPamplona celebra San Fermín con más visitantes "
                   "que nunca. Los hoteles de Bilbao también se llenan.", "es") == {
        "Pamplona": "ES", "Bilbao": "ES"}
    assert _places(resources, "Porto\n\nTrieste accoglie la regata più affollata del "
                   "mondo.", "it") == {"Trieste": "IT"}
    assert "Aveiro" not in _places(resources, "Festa\n\nAveiro:\n\nA cidade festeja.", "pt")


def test_a_common_word_or_given_name_opening_a_sentence_is_no_place(
        resources: Resources) -> None:
    assert "Como" not in _places(resources, "Mercado\n\nComo siempre, el mercado de "
                                 "Bilbao abre a las ocho.", "es")
    assert "Zug" not in _places(resources, "Verkehr\n\nZug entgleist bei Köln, keine "
                                "Verletzten.", "de")
    assert "Natal" not in _places(resources, "Compras\n\nNatal enche as lojas de Lisboa "
                                  "de turistas.", "pt")


def test_small_towns_after_a_civic_noun_or_in_a_list_are_places(
        resources: Resources) -> None:
    assert _places(resources, "Riada\n\nLa alcaldesa de Catarroja pidió ayuda.", "es",
                   "lasprovincias.es") == {"Catarroja": "ES"}
    assert _places(resources, "Chuva\n\nHouve cheias nos concelhos do Porto, Vila Nova de "
                   "Gaia e Matosinhos.", "pt", "publico.pt") == {
        "Porto": "PT", "Vila Nova de Gaia": "PT", "Matosinhos": "PT"}
    assert _places(resources, "Lluvias\n\nLos daños se concentran en Paiporta, Alfafar y "
                   "Catarroja.", "es", "elpais.com") == {
        "Paiporta": "ES", "Alfafar": "ES", "Catarroja": "ES"}


def test_a_quarter_of_a_named_city_is_no_town_elsewhere(resources: Resources) -> None:
    assert _places(resources, "Allagamenti\n\nL'acqua è arrivata a Firenze, nel quartiere "
                   "di San Lorenzo, nella notte.", "it") == {"Firenze": "IT"}
    assert _places(resources, "Obras\n\nCortes de agua en Sevilla, en el barrio de "
                   "Santa Cruz, hasta el lunes.", "es") == {"Sevilla": "ES"}
    assert _places(resources, "Mercadillo\n\nUn mercadillo navideño abre en Madrid, en el "
                   "barrio de Salamanca, el sábado.", "es") == {"Madrid": "ES"}
    assert _places(resources, "Brand\n\nIn Berlin, im Stadtteil Neustadt, brannte ein "
                   "Keller.", "de") == {"Berlin": "DE"}


def test_the_towns_a_list_opens_with_are_places(resources: Resources) -> None:
    assert _places(resources, "Alerta\n\nSin clases en doce municipios, entre ellos "
                   "Sueca, Cullera y Alzira.", "es", "levante-emv.com") == {
        "Sueca": "ES", "Cullera": "ES", "Alzira": "ES"}


def test_a_name_joined_by_a_conjunction_is_read_whole(resources: Resources) -> None:
    places = _places(resources, "Ayudas\n\nLa Junta de Castilla y León repartirá las "
                     "ayudas en primavera.", "es")
    assert places == {"Castilla y León": "ES"}


def test_a_town_after_a_repeated_preposition_is_coordinated(resources: Resources) -> None:
    places = _places(resources, "Vendimia\n\nLlegan temporeros de Córdoba y de Jaén para "
                     "la campaña.", "es")
    assert places.get("Jaén") == "ES"

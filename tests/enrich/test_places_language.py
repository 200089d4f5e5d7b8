"""M9 (newuser6): with no source country, the article's language tag stands for one
("fr" → France, "fr-BE" → Belgium), weighing like a source's domain: a French homonym
beats a larger foreign one of close size, never a much larger city."""

from __future__ import annotations

from veille.enrich.places import home_country, resolve_places, shipped


def _resolve(text: str, names: list[str], source: str = "", language: str = ""
             ) -> dict[str, dict[str, object]]:
    entities: list[dict[str, object]] = []
    for name in names:
        at = text.index(name)
        entities.append({"id": f"loc:{name.lower()}", "label": "LOC", "name": name,
                         "count": 1, "mentions": [[at, at + len(name), name]]})
    return {str(p["mentioned_as"]): p
            for p in resolve_places(entities, shipped(), source, text, language)}


BREST = "Le conseil municipal de Brest a voté lundi soir la gratuité du réseau de bus."


def test_french_article_without_source_is_in_france() -> None:
    assert _resolve(BREST, ["Brest"], language="fr")["Brest"]["country"] == "FR"
    assert _resolve(BREST, ["Brest"], language="fr-FR")["Brest"]["country"] == "FR"


def test_no_language_and_no_source_keeps_population() -> None:
    assert _resolve(BREST, ["Brest"])["Brest"]["country"] == "BY"


def test_source_domain_wins_over_language() -> None:
    assert _resolve(BREST, ["Brest"], source="belta.by", language="fr")["Brest"][
        "country"] == "BY"


def test_stated_country_wins_over_language() -> None:
    text = "À Brest, en Bélarus, la forteresse a accueilli des milliers de visiteurs."
    assert _resolve(text, ["Brest", "Bélarus"], language="fr")["Brest"]["country"] == "BY"


def test_major_foreign_cities_stay_abroad() -> None:
    text = "Le sommet de Londres puis celui de Moscou ont échoué."
    found = _resolve(text, ["Londres", "Moscou"], language="fr")
    assert found["Londres"]["country"] == "GB"
    assert found["Moscou"]["country"] == "RU"
    spain = "La ville de Valence, en Espagne, a été inondée."
    assert _resolve(spain, ["Valence", "Espagne"], language="fr")["Valence"]["country"] == "ES"


def test_home_country() -> None:
    assert home_country("lemonde.fr", "en") == "FR"
    assert home_country("", "fr") == "FR"
    assert home_country("reuters.com", "fr-CA") == "CA"
    assert home_country("", "fr_BE") == "BE"
    assert home_country("", "en") == ""
    assert home_country("", "") == ""


def test_other_languages_big_city_exonyms_are_the_city() -> None:
    """Regression (newuser7 P13 d): Spanish "en París" was read by French grammar ("en" +
    an area's name) and resolved to the département of Paris, the German "in Paris" to
    the city: facets showed "Paris" twice. French cues apply to French text only."""
    cases = [
        ("es", "elpais.com", "Miles de personas se manifestaron en París contra los recortes.",
         "París", "Q90"),
        ("de", "spiegel.de", "Tausende demonstrierten in Paris gegen die Kürzungen.",
         "Paris", "Q90"),
        ("es", "elpais.com", "La cumbre se celebró en Londres el lunes.", "Londres", "Q84"),
        ("de", "spiegel.de", "Der Gipfel fand in London statt.", "London", "Q84"),
        ("es", "elpais.com", "El congreso se celebró en Lisboa el martes.", "Lisboa",
         "geonames:2267057"),
        ("pt", "publico.pt", "O congresso decorreu em Lisboa na terça-feira.", "Lisboa",
         "geonames:2267057"),
        ("it", "corriere.it", "Il vertice si è svolto in Londra lunedì.", "Londra", "Q84"),
    ]
    for language, source, text, name, expected in cases:
        found = _resolve(text, [name], source=source, language=language)
        assert found[name]["id"] == expected, (language, name, found[name]["id"])
    french = _resolve("Le préfet a manifesté à Paris.", ["Paris"], language="fr")
    assert french["Paris"]["id"] == "Q90"
    # the département of Paris is the one commune of Paris: one place, whatever the cue
    old = _resolve("Il aimait le Paris d'Haussmann.", ["Paris"], language="fr")
    assert old["Paris"]["id"] == "Q90"

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

"""Places: first-level subdivisions abroad (states, provinces, cantons, Länder) are places,
and a name that is both a town and an area is read by French grammar: "le Québec", "au
Québec", "l'État de New York", "le canton de Genève" are the areas, "à Québec", "à New
York", "à Genève" the towns (fresh user nu3 N13: every "Québec" was Québec City). The
French or existing reading keeps winning a name it shares with a subdivision abroad."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from veille.enrich.places import abroad, area_mention, shipped
from veille.enrich.stage import Resources, pipeline
from veille.record import Article, Content, RawInput


def _places(resources: Resources, text: str, source: str = "lemonde.fr"
            ) -> dict[str, dict[str, object]]:
    """The places the enrichment stages find in an article whose text is ``text``, by
    the name as written."""
    article = Article(raw=RawInput(data=text.encode(), origin="test:regions",
                                   media_type="text/plain", source=source),
                      content=Content(title="", paragraphs=[text], language="fr",
                                      published=datetime(2024, 3, 14, tzinfo=UTC)))
    outcome = pipeline(resources).run_one(article)
    assert outcome.ok and outcome.article is not None, outcome.error
    assert outcome.article.enrichment is not None
    return {str(p["mentioned_as"]): p for p in outcome.article.enrichment["places"]}


def _id(places: dict[str, dict[str, object]], name: str) -> str:
    return str(places[name]["id"]) if name in places else ""


def test_quebec_province_or_city_by_how_it_is_written(resources: Resources) -> None:
    for text in ["Le Québec a annoncé un plan pour ses écoles.",
                 "Le festival aura lieu au Québec cet été.",
                 "La première ministre du Québec est en visite à Paris.",
                 "La province de Québec a voté la loi."]:
        places = _places(resources, text)
        assert _id(places, "Québec") == "iso3166-2:CA-QC", text
        assert (places["Québec"]["kind"], places["Québec"]["country"]) == ("region", "CA")
    for text in ["Il habite à Québec depuis dix ans.",
                 "Le maire de Québec a démissionné."]:
        places = _places(resources, text)
        assert places["Québec"]["kind"] == "city", text


def test_states_and_cantons_named_like_their_cities(resources: Resources) -> None:
    places = _places(resources, "Le gouverneur de l'État de New York a signé la loi.")
    assert _id(places, "New York") == "iso3166-2:US-NY"
    places = _places(resources, "Elle vit à New York depuis 2010.")
    assert _id(places, "New York") == "Q60"
    places = _places(resources, "L'État de Washington a légalisé le cannabis.")
    assert _id(places, "Washington") == "iso3166-2:US-WA"
    places = _places(resources, "Le canton de Genève a voté contre le projet.")
    assert _id(places, "Genève") == "iso3166-2:CH-GE"
    places = _places(resources, "Il travaille à Genève pour une banque.")
    assert places["Genève"]["kind"] == "city"


def test_regions_abroad_are_places(resources: Resources) -> None:
    places = _places(resources, "Il est parti en Californie, puis au Texas, avant de "
                                "rejoindre l'Ontario, la Bavière et la Catalogne.")
    assert {n: _id(places, n) for n in ("Californie", "Texas", "Ontario", "Bavière",
                                        "Catalogne")} == {
        "Californie": "iso3166-2:US-CA", "Texas": "iso3166-2:US-TX",
        "Ontario": "iso3166-2:CA-ON", "Bavière": "iso3166-2:DE-BY",
        "Catalogne": "iso3166-2:ES-CT"}
    places = _places(resources, "La Wallonie et la Flandre n'ont pas le même avis.")
    assert (_id(places, "Wallonie"), _id(places, "Flandre")) == \
        ("iso3166-2:BE-WAL", "iso3166-2:BE-VLG")


def test_a_french_departement_keeps_its_name(resources: Resources) -> None:
    # the Jura canton (CH-JU) shares the département's name: the French reading wins,
    # with an article or without, from a French source or a source of no country
    for source in ("lemonde.fr", "example.com"):
        for text in ["Le Jura est placé en vigilance orange, comme le Doubs.",
                     "Des orages sont attendus dans le Jura.",
                     "Le département du Jura a fermé ses écoles."]:
            assert _id(_places(resources, text, source), "Jura") == "iso3166-2:FR-39", text


def test_a_country_keeps_its_name(resources: Resources) -> None:
    # Georgia the state (US-GA, "Géorgie" in French) and Georgia the country
    for text in ["La Géorgie a accusé la Russie.", "Des élections ont lieu en Géorgie.",
                 "Tbilissi, capitale de la Géorgie, a manifesté."]:
        assert _id(_places(resources, text), "Géorgie") == "iso3166:GE", text
    # a subdivision named like its own country: the Luxembourg canton (LU-LU)
    for text in ["Le Luxembourg a voté le budget.", "Il travaille au Luxembourg."]:
        assert _places(resources, text)["Luxembourg"]["kind"] == "country", text


def test_a_town_whose_name_carries_its_article(resources: Resources) -> None:
    places = _places(resources, "Il va au Havre, puis à La Rochelle.")
    # "La" inside a sentence is the name's own (Imprimerie nationale): "La Rochelle"
    assert (places["Havre"]["kind"], places["La Rochelle"]["kind"]) == ("commune", "commune")


def test_the_shipped_subdivision_rows() -> None:
    gazetteer = shipped()
    quebec = gazetteer.by_id["iso3166-2:CA-QC"]
    assert (quebec.kind, quebec.country, quebec.population, quebec.lat) == \
        ("region", "CA", 0, None)
    assert abroad(quebec) and not abroad(gazetteer.by_id["iso3166-2:FR-39"])
    assert {"Bavière", "Bayern"} <= set(gazetteer.names["iso3166-2:DE-BY"])  # local too
    # a name several countries' subdivisions share is no subdivision's ("Nord", "Centre")
    assert not any(abroad(p) for p in gazetteer.candidates("Centre"))


@given(st.text(max_size=30), st.sampled_from(["Québec", "Genève", "Washington"]))
def test_area_mention_reads_the_words_before_the_name(prefix: str, name: str) -> None:
    for before, expected in [("à ", "town"), ("en ", "area"), ("le ", "area"),
                             ("de l'", "area"), ("au ", "article"),
                             ("l'État de ", "head"), ("la province de ", "head"),
                             ("la ville de ", "town"), ("le canton de ", "area"),
                             ("la région de ", "area")]:
        text = f"{prefix} {before}{name} a voté."
        assert area_mention(text, len(prefix) + 1 + len(before)) == expected, text


def test_a_province_the_gazetteer_lacks_is_not_its_city(resources: Resources) -> None:
    # Belgian provinces are second-level (under Wallonia): "la province de Liège" is not
    # the city but the province, which provinces.tsv adds since f-places25
    province = _places(resources, "La province de Liège est touchée.")["Liège"]
    assert province["kind"] == "region" and province["id"] == "iso3166-2:BE-WLG"
    assert _places(resources, "Il habite à Liège.")["Liège"]["kind"] == "city"
    # "la région de Lyon" (around Lyon) and a French canton named after its chief town
    # keep the town when no area has the name
    places = _places(resources, "Des orages dans la région de Lyon et le canton de Dole.")
    assert (places["Lyon"]["kind"], places["Dole"]["kind"]) == ("commune", "commune")


def test_a_town_the_gazetteer_lacks_is_not_its_region(resources: Resources) -> None:
    # "à Tombouctou" and "la ville de Tombouctou" are the town, not the region (ML-6);
    # since f-places25 the town is Timbuktu, whose names hold "Timbouctou", one letter
    # from the region's French name (before: no place)
    places = _places(resources, "Des mausolées ont été détruits à Tombouctou. L'Unesco "
                                "veut inscrire la ville de Tombouctou au patrimoine.")
    assert places["Tombouctou"]["kind"] == "city" and places["Tombouctou"]["country"] == "ML"
    places = _places(resources, "L'armée a repris la région de Tombouctou.")
    assert _id(places, "Tombouctou") == "iso3166-2:ML-6"

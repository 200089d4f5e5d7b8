"""Places: every French commune with its INSEE code, département and region, and
homonyms decided by the départements and neighbouring places the article names."""

from __future__ import annotations

from veille.enrich.places import Place, parse_communes, resolve_places, shipped, with_communes


def _place(*names: str, source: str = "") -> dict[str, dict[str, object]]:
    entities: list[dict[str, object]] = [
        {"id": f"loc:{n.lower()}", "label": "LOC", "name": n, "count": 1,
         "mentions": [[0, len(n), n]]} for n in names]
    return {str(p["mentioned_as"]): p for p in resolve_places(entities, shipped(), source)}


def test_every_commune_has_its_codes() -> None:
    gazetteer = shipped()
    codes = {p.insee for p in gazetteer.by_id.values() if p.insee}
    assert len(codes) > 34_000  # INSEE's COG lists 34,875 communes
    [commune] = gazetteer.candidates("L'Abergement-Clémenciat")
    assert (commune.insee, commune.department, commune.admin1) == ("01001", "01", "84")
    assert commune.lat is not None and abs(commune.lat - 46.15) < 0.1
    [le_havre] = gazetteer.candidates("Havre")  # as the entity stage cuts "Le"
    assert le_havre.insee == "76351"
    paris = [p for p in gazetteer.candidates("Paris") if p.kind == "capital"]
    assert paris[0].id == "Q90" and paris[0].insee == "75056"  # one place, both ids


def test_departements_have_their_code_and_region() -> None:
    [area] = [p for p in shipped().candidates("Seine-Saint-Denis") if p.kind == "department"]
    assert (area.department, area.admin1) == ("93", "11")


def test_saint_denis_is_decided_by_the_departement_or_a_neighbour() -> None:
    cases = [
        (("Saint-Denis", "Seine-Saint-Denis"), "93066"),
        (("Saint-Denis", "Aubervilliers"), "93066"),
        (("Saint-Denis", "La Réunion"), "97411"),
        (("Saint-Denis", "Le Tampon"), "97411"),
        (("Saint-Denis", "Aude"), "11339"),  # 512 inhabitants, but in the Aude
    ]
    for names, insee in cases:
        place = _place(*names)["Saint-Denis"]
        assert place["insee"] == insee, names
        assert int(str(place["candidates"])) >= 4


def test_a_commune_known_to_geonames_keeps_its_id_and_gains_codes() -> None:
    known = Place("geonames:1", "Sainte-Truc", "commune", "FR", "11", 48.9, 2.3, 1000)
    near = Place("insee:99001", "Sainte-Truc", "commune", "FR", "11", 48.91, 2.31, 900,
                 "99001", "99")
    far = Place("insee:99002", "Sainte-Truc", "commune", "FR", "84", 45.0, 5.0, 80,
                "99002", "98")
    merged = with_communes([known], [near, far])
    assert [(p.id, p.insee) for p in merged] == [("geonames:1", "99001"),
                                                 ("insee:99002", "99002")]


def test_overseas_communes_take_their_iso_code() -> None:
    [commune] = parse_communes("97411\tSaint-Denis\t974\t04\t-20.9\t55.4\t147931\n")
    assert (commune.country, commune.admin1, commune.department) == ("RE", "RE", "974")


def test_a_departement_code_after_the_name_decides() -> None:
    for text, insee in [("Un incendie à Saint-Denis (93) hier soir.", "93066"),
                        ("Un incendie à Saint-Denis (974) hier soir.", "97411"),
                        ("Un incendie à Saint-Denis (30) hier soir.", "30247")]:
        start = text.index("Saint-Denis")
        entity: dict[str, object] = {"id": "loc:saint-denis", "label": "LOC",
                                     "name": "Saint-Denis", "count": 1,
                                     "mentions": [[start, start + 11, "Saint-Denis"]]}
        [place] = resolve_places([entity], shipped(), "", text)
        assert place["insee"] == insee, text


def test_the_stages_resolve_a_commune_end_to_end() -> None:
    from datetime import UTC, datetime

    from veille.enrich import aliases
    from veille.enrich.defaults import recognizer_for
    from veille.enrich.stage import EntityStage, PlaceStage, Resources
    from veille.record import Article, Content, RawInput

    resources = Resources(aliases=aliases.load(None), gazetteer=shipped(),
                          recognizer_for=recognizer_for)
    article = Article(raw=RawInput(data=b"x", origin="https://example.fr/a",
                                   media_type="text/html"),
                      content=Content(title="Incendie dans un entrepôt",
                                      paragraphs=["Un incendie s'est déclaré dans la nuit à "
                                                  "Saint-Denis (974), près du port."],
                                      published=datetime(2019, 1, 15, tzinfo=UTC),
                                      language="fr"))
    article = PlaceStage(resources)(EntityStage(resources)(article))
    assert article.enrichment is not None
    places = {p["mentioned_as"]: p for p in article.enrichment["places"]}
    assert places["Saint-Denis"]["insee"] == "97411"
    assert places["Saint-Denis"]["department"] == "974"

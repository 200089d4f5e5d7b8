"""r-places35 (issue 16, places: veille must never say a false place). A street named
after a town gave the town ("avenue de Paris" in Brive → ``loc:paris``, "calle de Toledo"
→ Toledo, Ohio) and whole streets were LOC entities ("Broadway Avenue", "rue de
Strasbourg"); "Whitby" and "Pickering" in Yorkshire papers were the Ontario cities ten
times larger; "la foire de la Saint-André" was Saint-André (66); "Appleby" (of
Appleby-in-Westmorland) and "Mull" (the Isle of Mull) were no places. Through a real
store, the CLI and `search place:`."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.cli.main import main
from veille.enrich.minor_towns import short_form
from veille.enrich.street_names import without_street_names

from .conftest import enrich_through_cli
from .test_english_f30 import _cli

BRIVE = {
    "title": "Brive : le marché de Noël ouvre ses portes",
    "url": "https://www.lamontagne.fr/brive/noel/a", "source": "La Montagne",
    "published": "2026-12-02T18:00:00+01:00", "language": "fr",
    "text": "Le maire a inauguré mercredi soir les illuminations de l'avenue de Paris, à "
            "Brive. Les chalets restent rue de Strasbourg et boulevard de Toulouse jusqu'au "
            "3 janvier."}
TYLER = {
    "title": "Council approves repaving",
    "url": "https://www.tylerpaper.com/news/repaving/b", "source": "Tyler Morning Telegraph",
    "published": "2026-12-03T10:00:00+00:00", "language": "en",
    "text": "The Tyler City Council voted on Wednesday to repave Broadway Avenue. A crash "
            "on London Road in Leicester closed a lane."}
MADRID = {
    "title": "Obras en la calle de Toledo",
    "url": "https://elpais.com/madrid/obras/c", "source": "El País",
    "published": "2026-12-03T10:00:00+01:00", "language": "es",
    "text": "Las obras en la calle de Toledo cortan el tráfico en el centro de Madrid."}
WHITBY = {
    "title": "Lifeboat called to cliff fall",
    "url": "https://www.whitbygazette.co.uk/news/cliff/d", "source": "Whitby Gazette",
    "published": "2026-12-03T10:00:00+00:00", "language": "en",
    "text": "Residents in nearby Whitby heard the rocks come down just before dawn."}
PICKERING = {
    "title": "Fish shop robbed",
    "url": "https://www.gazetteandherald.co.uk/news/robbery/e", "source": "Gazette & Herald",
    "published": "2026-12-03T10:00:00+00:00", "language": "en",
    "text": "Police are hunting a man who robbed a fish and chip shop in Pickering."}
FAIR = {
    "title": "Saint-Flour : la foire de la Saint-André attire la foule",
    "url": "https://www.lamontagne.fr/saint-flour/foire/f", "source": "La Montagne",
    "published": "2026-12-03T10:00:00+01:00", "language": "fr",
    "text": "La foire de la Saint-André a attiré des milliers de visiteurs samedi à "
            "Saint-Flour."}
APPLEBY = {
    "title": "River bursts its banks",
    "url": "https://www.newsandstar.co.uk/news/flood/g", "source": "News and Star",
    "published": "2026-12-03T10:00:00+00:00", "language": "en",
    "text": "The river burst its banks in Appleby on Sunday night. Ferries to Mull were "
            "cancelled."}


def _places(section: dict[str, object]) -> dict[str, tuple[str, str, str]]:
    return {str(p["mentioned_as"]): (str(p["name"]), str(p["country"]), str(p.get("insee")))
            for p in section["places"]}  # type: ignore[attr-defined]


def _entities(section: dict[str, object]) -> set[str]:
    return {str(e["name"]) for e in section["entities"]}  # type: ignore[attr-defined]


def test_a_street_is_not_the_town_it_is_named_after(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"avenue de Paris" in a Brive article, "London Road" in Leicester, "calle de Toledo"
    in Madrid: no place and no entity of the town the street names; the whole streets are
    no entities either; the towns the articles are about stay, and searchable."""
    found = enrich_through_cli(tmp_path, [BRIVE, TYLER, MADRID], capsys)
    assert set(_places(found["a"])) == {"Brive"}
    assert not {"Paris", "Strasbourg", "Toulouse", "rue de Strasbourg",
                "boulevard de Toulouse"} & _entities(found["a"])
    assert "Broadway Avenue" not in _entities(found["b"])
    assert "London" not in _places(found["b"])
    assert set(_places(found["c"])) == {"Madrid"}
    assert "Toledo" not in _entities(found["c"])
    data = tmp_path / "data"
    assert "marché de Noël" in _cli(capsys, data, "search", "place:Brive")
    capsys.readouterr()
    main(["--data-dir", str(data), "search", "place:Paris"])  # exits 1: no such place
    assert "marché de Noël" not in capsys.readouterr().out


def test_a_home_town_beats_a_larger_namesake_abroad(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A British outlet's bare "Whitby" (13,000) and "Pickering" (7,000) are the
    Yorkshire towns, not Ontario's (138,000, 92,000): the outlet's country places a town
    up to a hundred times smaller (was: ten)."""
    found = enrich_through_cli(tmp_path, [WHITBY, PICKERING], capsys)
    assert _places(found["d"])["Whitby"][:2] == ("Whitby", "GB")
    assert _places(found["e"])["Pickering"][:2] == ("Pickering", "GB")


def test_a_feast_is_no_place_and_short_forms_are(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"la foire de la Saint-André" names the saint's feast, not Saint-André (66);
    "Appleby" is Appleby-in-Westmorland and "Mull" the Isle of Mull in a British
    outlet."""
    found = enrich_through_cli(tmp_path, [FAIR, APPLEBY], capsys)
    assert set(_places(found["f"])) == {"Saint-Flour"}
    places = _places(found["g"])
    assert places["Appleby"][:2] == ("Appleby-in-Westmorland", "GB")
    assert places["Mull"][:2] == ("Isle Of Mull", "GB")
    assert "River bursts" in _cli(capsys, tmp_path / "data", "search", "place:Appleby")


def test_street_rules_keep_places_and_figurative_uses() -> None:
    """A gazetteer place whose name ends with a street word stays ("Miami Gardens");
    "à la place de Lyon" (instead of) is no street; short forms are British/Irish
    shapes only."""
    text = "Police in Miami Gardens said Nice was chosen à la place de Lyon."
    entities = [{"name": "Miami Gardens", "label": "LOC", "known": False,
                 "mentions": [[10, 23, "Miami Gardens"]], "count": 1},
                {"name": "Lyon", "label": "LOC", "known": False,
                 "mentions": [[text.index("Lyon"), text.index("Lyon") + 4, "Lyon"]],
                 "count": 1}]
    kept = without_street_names(entities, text, lambda name: name == "Miami Gardens")
    assert {e["name"] for e in kept} == {"Miami Gardens", "Lyon"}
    assert without_street_names([dict(entities[0])], text) == []
    assert short_form("appleby in westmorland") == "appleby"
    assert short_form("isle of mull") == "mull"
    assert short_form("saint andre") == ""

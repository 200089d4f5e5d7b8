"""f-english30 (issue 16, t-final29 F4/F7): in English news a hospital was a person and
took the minister's quote, towns named without a cue were no places, "Missouri" was
Bozeman; in French and English reported speech ("selon X, Y lui aurait affirmé que « … »")
the quote went to the reporter, not to the one whose words they are."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.cli.main import main
from veille.enrich.english_spans import english_spans
from veille.enrich.english_towns import bare_english_towns, english_town
from veille.enrich.places import Place

from .conftest import enrich_through_cli

PENRITH = {
    "title": "Health Secretary vows to keep Penrith maternity unit open",
    "url": "https://www.cumbriacrack.com/2026/12/03/penrith-maternity-unit/a",
    "source": "Cumbria Crack", "published": "2026-12-03T14:00:00+00:00", "language": "en",
    "text": "Health Secretary Priya Shah said on Thursday that the maternity unit at Penrith "
            "Community Hospital would not close, days after campaigners marched through the "
            "Cumbrian town.\n\n\"We will not back down on rural care,\" she told MPs in the "
            "Commons. Local MP David Orton welcomed the announcement but said he wanted it "
            "in writing."}
FLOODS = {
    "title": "Floods: Hebden Bridge businesses count the cost",
    "url": "https://www.yorkshirepost.co.uk/news/hebden-bridge-floods/b",
    "source": "The Yorkshire Post", "published": "2026-12-02T17:45:00+00:00",
    "language": "en",
    "text": "Shopkeepers in Hebden Bridge were clearing mud on Wednesday.\n\nCalderdale "
            "Council said 140 homes had been flooded in the town and in nearby Mytholmroyd. "
            "The Environment Agency warned that more rain would arrive on Sunday, and "
            "Stockton-on-Tees and Darlington were also on alert."}
WHITBY = {
    "title": "Swing bridge to close for repairs",
    "url": "https://www.northyorkshire.example.co.uk/whitby-swing-bridge/g",
    "source": "Whitby Gazette", "published": "2026-12-03T09:00:00+00:00", "language": "en",
    "text": "Whitby's swing bridge, which was due to close last Thursday, will now close "
            "this Thursday, North Yorkshire Council said yesterday."}
HOSPITAL = {
    "title": "Minister promises second cath lab",
    "url": "https://www.irishexaminer.com/f30/c", "source": "Irish Examiner",
    "published": "2026-12-03T10:00:00+00:00", "language": "en",
    "text": "Health Minister Siobhán Keane visited University Hospital Kerry in Tralee on "
            "Friday.\n\n\"Kerry patients should not have to drive to Cork,\" she said."}
SENATORS = {
    "title": "Senators push rural hospitals bill",
    "url": "https://apnews.example.com/article/rural-hospitals/d", "source": "AP",
    "published": "2026-11-24T12:00:00Z", "language": "en",
    "text": "Senator Eric Schmitt, a Republican from Missouri, introduced the bill on "
            "Tuesday with Senator Chris Murphy of Connecticut."}
SELON = {
    "title": "Quimperlé : la maternité fermera",
    "url": "https://www.letelegramme.fr/finistere/quimperle/maternite/e",
    "source": "Le Télégramme", "published": "2026-12-03T10:00:00+01:00", "language": "fr",
    "text": "La maternité de Quimperlé (Finistère) fermera le 31 janvier.\n\nSelon le "
            "député de la circonscription, Erwan Kerjean, la ministre de la Santé lui aurait "
            "affirmé que « rien n'était décidé ». Une manifestation est prévue samedi."}
ACCORDING = {
    "title": "Ludlow bypass 'a priority', MP says",
    "url": "https://www.shropshirestar.com/f30/f", "source": "Shropshire Star",
    "published": "2026-12-03T10:00:00+00:00", "language": "en",
    "text": "According to Shropshire MP Sarah Dunmore, Chancellor James Corrigan told her the "
            "bypass was \"a priority for this government\".\n\nTraders in Ludlow have "
            "campaigned for the road for a decade."}


def _places(section: dict[str, Any]) -> dict[str, tuple[str, str]]:
    return {p["mentioned_as"]: (p["name"], p["country"]) for p in section["places"]}


def _speakers(section: dict[str, Any]) -> dict[str, str | None]:
    return {q["text"][:12]: q.get("speaker_id") for q in section["quotes"]}


def _cli(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(data), *args]) == 0
    return capsys.readouterr().out


def test_a_hospital_is_a_body_and_she_is_the_minister(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """t-final29 F4 through the store and the CLI: "Penrith Community Hospital" is an ORG
    (was a PER) and "she told MPs" is Priya Shah's (was the hospital's), whom `veille
    quotes --speaker "Priya Shah"` finds; the same for "she said" after "visited
    University Hospital Kerry in Tralee on Friday" (was the ORG, cut at "in")."""
    found = enrich_through_cli(tmp_path, [PENRITH, HOSPITAL], capsys)
    labels = {e["name"]: e["label"] for e in found["a"]["entities"]}
    assert labels["Penrith Community Hospital"] == "ORG"
    assert labels["Priya Shah"] == labels["David Orton"] == "PER"
    assert _speakers(found["a"])["We will not "] == "per:priya-shah"
    assert {e["name"] for e in found["c"]["entities"]} >= {"University Hospital Kerry",
                                                            "Siobhán Keane", "Tralee"}
    assert _speakers(found["c"])["Kerry patien"] == "per:siobhan-keane"
    out = _cli(capsys, tmp_path / "data", "quotes", "--speaker", "Priya Shah")
    assert "We will not back down" in out


def test_towns_named_bare_are_places(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                     ) -> None:
    """t-final29 F7: Stockton-on-Tees and Darlington named without a cue, and the
    villages of a British outlet's "in Hebden Bridge", "in nearby Mytholmroyd", are
    places of England (were none), as the possessive "Whitby's swing bridge" opening a
    sentence; `place:"Hebden Bridge"` finds the article."""
    found = enrich_through_cli(tmp_path, [FLOODS, WHITBY], capsys)
    places = _places(found["b"])
    for town in ("Hebden Bridge", "Mytholmroyd", "Stockton-on-Tees", "Darlington"):
        assert places.get(town) == (town, "GB"), places
    # not Whitby, Ontario; "North Yorkshire Council" names its area too (f-places33)
    assert _places(found["g"]) == {"Whitby": ("Whitby", "GB"),
                                   "North Yorkshire": ("North Yorkshire", "GB")}
    out = _cli(capsys, tmp_path / "data", "search", 'place:"Hebden Bridge"')
    assert "Hebden Bridge businesses" in out


def test_a_us_state_is_no_town_of_that_alternate_name(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"a Republican from Missouri" beside Connecticut is the state (was Bozeman,
    Montana: GeoNames lists "Missouri" among its alternate names)."""
    found = enrich_through_cli(tmp_path, [SENATORS], capsys)
    missouri = [p for p in found["d"]["places"] if p["mentioned_as"] == "Missouri"]
    assert [(p["name"], p["kind"]) for p in missouri] == [("Missouri", "region")]


def test_reported_speech_belongs_to_the_one_reported(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """"Selon le député …, Erwan Kerjean, la ministre de la Santé lui aurait affirmé que
    « rien n'était décidé »" is the minister's (was the MP's); "According to … Sarah
    Dunmore, Chancellor James Corrigan told her the bypass was "…"" is Corrigan's."""
    found = enrich_through_cli(tmp_path, [SELON, ACCORDING], capsys)
    quote = next(q for q in found["e"]["quotes"] if q["text"].startswith("rien"))
    assert "ministre de la Santé" in quote["speaker"]
    assert quote["speaker_id"] != "per:erwan-kerjean"
    assert _speakers(found["f"])["a priority f"] == "per:james-corrigan"


def _labels(text: str) -> dict[str, str]:
    return {text[s:e]: label for s, e, label in english_spans(text)}


def test_a_town_named_bare_is_no_surname_nor_common_word() -> None:
    """A town's name is a place only where nothing says it is a person or a word: after a
    courtesy title, before a reporting verb, as the surname of a person named, written in
    lower case elsewhere, a given name alone."""
    assert _labels("Trains ran late, and Darlington was flooded.")["Darlington"] == "LOC"
    # after a courtesy title, a person (f-places32: "to Ms Marsh" was a place)
    assert _labels("Rain fell, and Mr Darlington agreed.") == {"Darlington": "PER"}
    assert "Whitby" not in _labels("She met Anna Whitby on Monday, and Whitby said no.")
    assert "Reading" not in _labels("Pupils love Reading and hate reading aloud.")
    assert "Victoria" not in _labels("Rain fell, and Victoria was happy.")
    assert _labels("Jackson's lawyers said no.") == {}


@given(st.text(alphabet=st.sampled_from(list("Ab c.,'-\n")), max_size=60))
def test_english_spans_never_fail_and_stay_in_the_text(text: str) -> None:
    for start, end, label in english_spans(text):
        assert 0 <= start < end <= len(text) and label in ("PER", "ORG", "LOC")


def test_a_small_town_abroad_named_bare_is_none_but_the_outlet_s_own_village() -> None:
    """A British outlet's bare "Heathrow" is no Heathrow, Florida; its "Ambleside" is the
    Cumbrian village, not the Ontario town; a ".com" outlet's name shared by two
    countries' towns (Penrith) is none."""
    def town(name: str, country: str, population: int) -> Place:
        return Place(f"t:{name}{country}", name, "city", country, "", 0.0, 0.0, population)

    assert bare_english_towns([town("Heathrow", "US", 5896)], [], "Heathrow", "GB") == []
    village = town("Ambleside", "GB", 2529)
    assert bare_english_towns([town("Ambleside", "CA", 11998)], [village], "Ambleside",
                              "GB") == [village]
    penriths = [town("Penrith", "GB", 16700), town("Penrith", "AU", 13343)]
    assert bare_english_towns(penriths, [], "Penrith", "") == []
    assert english_town("Darlington") and not english_town("Missouri Valley Road")

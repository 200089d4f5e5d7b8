"""A quoted nickname inside a person's name no longer cuts the name in two (t-final35 A7,
A6): `Bartholomew "Bart" Quimby` gave the speaker "Bartholomew" and no entity Quimby,
`Cllr Declan "Decky" Furey` a person "Declan" and an unlinked speaker "Furey",
`Alderman Rafael "Rafi" Ocampo called it "…"` a quote given to another person. Sentences
written here; through the CLI into a real store, and the pure offset mapping."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.enrich.conftest import enrich_through_cli

from veille.enrich.nicknames import original_offset, without_nicknames


def _record(key: str, title: str, paragraphs: list[str], language: str = "en"
            ) -> dict[str, Any]:
    return {"title": title, "language": language, "source": "example.org",
            "url": f"https://www.example.org/nick/{key}",
            "published": "2026-12-02T09:00:00+00:00", "paragraphs": paragraphs}


def test_a_nickname_leaves_one_person_who_speaks(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = enrich_through_cli(tmp_path, [
        _record("a", "Ferry fares to rise", [
            "The ferry board voted on Monday to raise fares.",
            "\"We ran out of other options,\" said Winifred \"Winnie\" Haskell, who "
            "chairs the board."]),
        _record("b", "Cycle lane approved", [
            "Cllr Ronan \"Ronnie\" Gallagher said the lane was \"long overdue\" and "
            "would make the school run safer."]),
        _record("c", "Bus fare rise opposed", [
            "Mayor Henrietta Lindqvist defended the rise. Alderman Tobias \"Toby\" "
            "Okonkwo called it \"a tax on the people with the fewest choices.\""]),
        _record("d", "Patrimoine", [
            "L'ancienne boulangère Marie-Claude « Mimi » Larrieu a déclaré samedi que la "
            "fête du pain serait « la plus belle depuis vingt ans »."], "fr"),
    ], capsys)
    want = {"a": ("Winifred Haskell", "We ran out"), "b": ("Ronan Gallagher", "long overdue"),
            "c": ("Tobias Okonkwo", "a tax on"), "d": ("Marie-Claude Larrieu", "la plus belle")}
    for key, (person, words) in want.items():
        persons = {e["name"]: e for e in out[key]["entities"] if e["label"] == "PER"}
        assert person in persons, (key, list(persons))
        assert not any(n in persons for n in (person.split()[0], person.split()[-1]))
        quote = next(q for q in out[key]["quotes"] if q["text"].startswith(words))
        assert quote["speaker"] == person, (key, quote)
        assert quote["speaker_id"] == persons[person]["id"]
        assert not any(q["text"] in ("Winnie", "Ronnie", "Toby", "Mimi")
                       for q in out[key]["quotes"])


def test_offsets_map_back_onto_the_written_name() -> None:
    text = 'Then Cllr Declan "Decky" Furey said "no" and Furey left.'
    bare, shifts = without_nicknames(text)
    assert bare == 'Then Cllr Declan Furey said "no" and Furey left.'
    start = bare.index("Declan")
    end = start + len("Declan Furey")
    assert text[original_offset(start, shifts):original_offset(end, shifts, end=True)] == \
        'Declan "Decky" Furey'
    later = bare.rindex("Furey")
    assert text[original_offset(later, shifts):original_offset(later + 5, shifts, end=True)] \
        == "Furey"
    assert original_offset(bare.index("Declan") + 6, shifts, end=True) == text.index(" \"")


@pytest.mark.parametrize("text", [
    'the "Boxer" Moran', 'He said "Yes" Then', 'Kevin "the boxer" Moran',
    'Paul said: "Stop." Moran left', 'Anna "Big Red Fast Runner" Moran'])
def test_no_nickname_without_the_shape(text: str) -> None:
    assert without_nicknames(text) == (text, [])


def test_an_acronym_defined_after_a_two_word_or_of_name_is_its_alias(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """t-final35 A10: "The Transport Department (TD)" (two words) and "Oregon Department of
    Transportation (ODOT)" (the "of" has its letter) left the acronym no entity."""
    out = enrich_through_cli(tmp_path, [
        _record("e", "New timetable", [
            "The Harbour Department (HD) approved the timetable on Thursday. An HD "
            "spokesman said extra ferries would run."]),
        _record("f", "Bridge plan reviewed", [
            "The Idaho Department of Lands (IDOL) has reviewed the plan. IDOL surveyors "
            "will visit the site in March."]),
    ], capsys)
    for key, name, acronym in (("e", "Harbour Department", "HD"),
                               ("f", "Idaho Department of Lands", "IDOL")):
        entity = next(e for e in out[key]["entities"] if e["name"] == name)
        assert sum(m[2] == acronym for m in entity["mentions"]) == 2, entity
        assert not any(e["name"] == acronym for e in out[key]["entities"])

"""Names of an entity in Arabic and Cyrillic script are its aliases (t-final65 C1: "تنظيم
الدولة الإسلامية" and "داعش" in an Al Jazeera dispatch gave no entity, so `entity:Daech`
and `veille entities --name داعش` missed it while EI, Daech, ISIS, IS were linked), with
the forms the text writes them in: a proclitic joined in Arabic ("لداعش", "للأمم المتحدة"),
a case ending in Russian ("Исламского государства")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veille.cli.main import main
from veille.enrich import alias_forms
from veille.enrich.aliases import search_terms, shipped_table
from veille.enrich.stage import Resources
from veille.enrich.text import fold

from .conftest import enrich


def _ids(section: dict[str, object]) -> set[str]:
    entities = section["entities"]
    assert isinstance(entities, list)
    return {e["id"] for e in entities}


def test_arabic_dispatch_names_the_islamic_state(resources: Resources) -> None:
    section = enrich(resources, "سوريا: هجوم لمسلحين في البادية\n\n"
                                "تبنى تنظيم الدولة الإسلامية الهجوم، وقال مصدر أمني إن "
                                "خلايا داعش ما زالت تنشط في المنطقة.", language="ar")
    assert "Q2429253" in _ids(section)


@pytest.mark.parametrize(("text", "language", "entity_id"), [
    ("بيان أمني\n\nوأعلنت السلطات اعتقال شخصين ينتميان لداعش في المدينة.", "ar", "Q2429253"),
    ("نداء إنساني\n\nوجه الأمين العام للأمم المتحدة نداء لوقف القتال.", "ar", "Q1065"),
    ("Удар по базе боевиков\n\nБоевики «Исламского государства» отступили из района.", "ru",
     "Q2429253"),
    ("Учения у границ\n\nСевероатлантический альянс начал учения, заявили в НАТО.", "ru",
     "Q7184"),
])
def test_declined_and_prefixed_forms(resources: Resources, text: str, language: str,
                                     entity_id: str) -> None:
    assert entity_id in _ids(enrich(resources, text, language=language))


def test_arabic_alias_finds_the_entity_in_search() -> None:
    assert "q2429253" in search_terms("داعش")
    assert "q2429253" in search_terms("تنظيم الدولة الإسلامية")
    row = shipped_table().lookup("للأمم المتحدة")
    assert row is not None and row.id == "Q1065"
    assert shipped_table().lookup("بحماس") is None  # "with enthusiasm", no Hamas


def test_entities_by_arabic_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = {"url": "https://example.org/h65/a", "title": "العراق: غارة قرب كركوك",
              "text": "العراق: غارة قرب كركوك\n\nأسفرت الغارة عن مقتل خمسة من عناصر تنظيم "
                      "الدولة الإسلامية في وادي الشاي.",
              "language": "ar", "date": "2026-12-02T12:00:00+03:00"}
    source = tmp_path / "r.jsonl"
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "ingest", str(source)]) == 0
    assert main(["--data-dir", data, "enrich"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "entities", "--name", "داعش"]) == 0
    out = capsys.readouterr().out
    assert "Q2429253" in out or "islamique" in out
    assert main(["--data-dir", data, "search", "entity:Daech"]) == 0
    assert "كركوك" in capsys.readouterr().out


_ARABIC_LETTERS = st.text(st.characters(min_codepoint=0x0621, max_codepoint=0x064A),
                          min_size=2, max_size=8)


@given(st.lists(_ARABIC_LETTERS, min_size=1, max_size=3))
def test_arabic_forms_are_the_alias_with_a_proclitic(words: list[str]) -> None:
    key = fold(" ".join(words))
    forms = alias_forms.inflected_keys(key, "ORG")
    assert key not in forms
    assert forms
    for form in forms:  # a proclitic joined; ل + ال drops the article's alif
        assert any(form == p + key or p.endswith("ل") and key.startswith("ال")
                   and form == p + key[1:] for p in alias_forms.ARABIC_PROCLITICS), form

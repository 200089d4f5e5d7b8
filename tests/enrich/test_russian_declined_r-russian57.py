"""Russian names and places in their case forms (issue 16, r-russian57; t-final56b A7, A8,
A10): a person named in the instrumental stored in the nominative and merged with its
surname in other cases, within the article and across articles; declined towns and
regions found as places; "По словам X, «…»" giving X as the speaker; a street named after
a person no person; veille still reading Russian without pymorphy3."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from tests.enrich.conftest import enrich_through_cli

from veille.cli.main import main
from veille.enrich import russian_morph
from veille.enrich.cyrillic_persons import cyrillic_person_spans
from veille.enrich.russian_morph import place_nominatives
from veille.enrich.russian_names import person_nominative, surname_forms
from veille.enrich.russian_speech import according_to

pytest.importorskip("pymorphy3")


@pytest.mark.parametrize(("written", "want"), [
    ("Максимом Кудрявцевым", "Максим Кудрявцев"),
    ("Андреем Травниковым", "Андрей Травников"),
    ("Ивану Петровичу Смирнову", "Иван Петрович Смирнов"),
    ("Руслану Болотову", "Руслан Болотов"),
    ("Еленой Ворониной", "Елена Воронина"),
    ("Анна Соколова", "Анна Соколова"),  # a feminine nominative in -ова stays
    ("Вячеславом Франком", "Вячеслав Франк"),
    ("Юрием Слюсарем", "Юрий Слюсарь"),
    ("Алексей Беспрозванных", "Алексей Беспрозванных"),
])
def test_person_nominative(written: str, want: str) -> None:
    assert person_nominative(written) == want


def test_surname_forms() -> None:
    assert {"Кудрявцева", "Кудрявцеву", "Кудрявцевым"} <= surname_forms("Кудрявцев")
    assert {"Ворониной", "Воронину"} <= surname_forms("Воронина")


@pytest.mark.parametrize(("written", "want"), [
    ("Комсомольске-на-Амуре", "Комсомольск-на-Амуре"), ("Амурске", "Амурск"),
    ("Бердска", "Бердск"), ("Хабаровского края", "Хабаровский край"),
    ("Иркутской области", "Иркутская область"), ("Пермском крае", "Пермский край"),
])
def test_place_nominatives(written: str, want: str) -> None:
    assert place_nominatives(written)[:1] == [want]


def test_according_to() -> None:
    text = ("Губернатор Андрей Травников провёл совещание. По словам Травникова, «все "
            "котельные работают в штатном режиме».")
    found = according_to(text, text.index("все котельные"))
    assert found is not None and found[1] == "Травникова"
    text = "По словам губернатора области Андрея Травникова, «всё в порядке»."
    found = according_to(text, text.index("всё в"))
    assert found is not None and found[1] == "Андрея Травникова"
    assert according_to("По словам мэра, «всё в порядке».", 17) is None


def test_street_named_after_a_person_is_no_person() -> None:
    text = "Прорыв произошёл на улице Карла Маркса. Мэр Сергей Кравчук приехал на место."
    assert [text[s:e] for s, e, _ in cyrillic_person_spans(text)] == ["Сергей Кравчук"]


def test_through_a_real_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [
        {"url": "https://example.org/russian57/a", "title": "Морозы в Новосибирске",
         "text": "Морозы в Новосибирске\n\nВ Новосибирске из-за морозов отменили электрички "
                 "до Бердска.\n\nГубернатор Новосибирской области Андрей Травников провёл "
                 "совещание с мэром Новосибирска Максимом Кудрявцевым. По словам "
                 "Травникова, «все котельные работают в штатном режиме».",
         "language": "ru", "date": "2026-12-05T14:20:00+07:00"},
        {"url": "https://example.org/russian57/b", "title": "Прорыв теплотрассы",
         "text": "Прорыв теплотрассы\n\nВ Хабаровске произошёл прорыв теплотрассы на улице "
                 "Карла Маркса.\n\nГубернатор Хабаровского края поручил проверить теплосети "
                 "в Комсомольске-на-Амуре и Амурске. Мэру Новосибирска Максиму "
                 "Кудрявцеву тоже позвонили.",
         "language": "ru", "date": "2026-12-05T08:40:00+10:00"},
    ]
    got = enrich_through_cli(tmp_path, records, capsys)
    a, b = got["a"], got["b"]
    people = {e["name"]: e for e in a["entities"] if e["label"] == "PER"}
    assert {"Андрей Травников", "Максим Кудрявцев"} <= set(people), a["entities"]
    assert "Максимом Кудрявцевым" not in people
    travnikov = people["Андрей Травников"]
    assert [q["speaker_id"] for q in a["quotes"]] == [travnikov["id"]], a["quotes"]
    assert "Бердск" in {p["name"] for p in a["places"]}, a["places"]
    assert {"Хабаровский край", "Комсомольск-на-Амуре"} <= {p["name"] for p in b["places"]}
    assert not any(e["label"] == "PER" and "Маркс" in e["name"] for e in b["entities"])
    # the other article's dative names the same person, under the same id
    assert people["Максим Кудрявцев"]["id"] in {e["id"] for e in b["entities"]}, b["entities"]
    data = tmp_path / "data"
    for query, want in [("entity:Кудрявцев", 2), ("place:Комсомольск-на-Амуре", 1),
                        ('place:"Хабаровский край"', 1)]:
        capsys.readouterr()
        main(["--data-dir", str(data), "search", "--json", query])
        assert json.loads(capsys.readouterr().out)["total"] == want, query


def test_without_pymorphy3(monkeypatch: pytest.MonkeyPatch) -> None:
    # veille keeps reading Russian when pymorphy3 is absent: names stay as written
    monkeypatch.setitem(sys.modules, "pymorphy3", None)
    russian_morph.analyzer.cache_clear()
    russian_morph.parses.cache_clear()
    try:
        assert russian_morph.analyzer() is None
        assert person_nominative("Максимом Кудрявцевым") == "Максимом Кудрявцевым"
        assert place_nominatives("Амурске") == []
        text = "Мэр Москвы Сергей Собянин открыл станцию."
        assert [text[s:e] for s, e, _ in cyrillic_person_spans(text)] == ["Сергей Собянин"]
    finally:
        russian_morph.analyzer.cache_clear()
        russian_morph.parses.cache_clear()

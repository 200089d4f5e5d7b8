"""A name right after the common noun that classes it is that thing's (MISC), not a place,
a person or an organisation (issue 16, branch h-kinds54; t-final54 A8: "le plan Orsec" was
a place, "des Rafale" an organisation). Each case runs through a real store (ingest,
enrich, export with the CLI)."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import enrich_through_cli


def _record(slug: str, title: str, paragraphs: list[str]) -> dict[str, Any]:
    return {"title": title, "paragraphs": paragraphs, "language": "fr",
            "source": "Exemple", "url": f"https://www.example.test/k54/{slug}",
            "published": "2026-12-04T09:00:00+01:00"}


def _kinds(enrichment: dict[str, Any]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for entity in enrichment.get("entities", []):
        for mention in entity["mentions"]:
            out.setdefault(mention[2], set()).add(entity["label"])
    return out


def _places(enrichment: dict[str, Any]) -> set[str]:
    return {p["mentioned_as"] for p in enrichment.get("places", [])}


def test_named_things_in_a_real_store(tmp_path: Any,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    got = enrich_through_cli(tmp_path, [
        _record("a", "Pluies diluviennes : le plan Orsec déclenché dans le Var", [
            "Le préfet du Var a déclenché le plan Orsec mercredi soir à Draguignan.",
            "Le déclenchement du plan Orsec mobilise les secours de tout le département."]),
        _record("b", "Syrie : frappes françaises contre des dépôts", [
            "Des avions Rafale ont visé des dépôts d'armes près de Raqqa, selon l'état-major.",
            "Les Rafale ont frappé à deux reprises dans la nuit."]),
        _record("d", "Défense : la France garde ses avions au Levant", [
            "Le président a annoncé que la France maintiendrait ses Rafale en Jordanie.",
            "Les Comores et les Seychelles ont salué la décision."]),
        _record("c", "Airbus : des livraisons record", [
            "Airbus a livré 80 appareils en novembre depuis Toulouse.",
            "L'opération à Mossoul avait été suivie par des avions Airbus ravitailleurs."]),
    ], capsys)
    plan, aircraft, guard, counted = (got[k] for k in "abcd")
    assert _kinds(plan)["Orsec"] == {"MISC"}
    assert "Orsec" not in _places(plan)
    assert "Draguignan" in _places(plan)
    assert _kinds(aircraft)["Rafale"] == {"MISC"}
    assert _kinds(counted)["Rafale"] == {"MISC"}  # "ses Rafale": a make counted
    assert "Rafale" not in _places(counted)
    assert _kinds(counted)["Jordanie"] == {"LOC"}
    assert _kinds(guard)["Airbus"] == {"ORG"}  # the maker, after "avions" too
    assert "Mossoul" not in _kinds(guard) or _kinds(guard)["Mossoul"] == {"LOC"}

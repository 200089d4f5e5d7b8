"""Entities of the right kind, and people named in languages without a model (issue 16;
t-final52, t-final52b): organisations named by a head word or by a longer name's last
word, a headline's common noun, a ranked officer's unit by its acronym, people of Spanish,
Italian, Portuguese and German articles. Each case runs through a real store (ingest,
enrich, export with the CLI)."""

from __future__ import annotations

from typing import Any

import pytest

from veille.enrich.foreign_names import foreign_spans
from veille.enrich.organisation_heads import is_organisation_head
from veille.enrich.service_acronyms import unit_after_rank

from .conftest import enrich_through_cli


def _record(slug: str, title: str, paragraphs: list[str], language: str = "fr"
            ) -> dict[str, Any]:
    return {"title": title, "paragraphs": paragraphs, "language": language,
            "source": "Exemple", "url": f"https://www.example.test/k53/{slug}",
            "published": "2026-12-04T09:00:00+01:00"}


def _kinds(enrichment: dict[str, Any]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for entity in enrichment.get("entities", []):
        for mention in entity["mentions"]:
            out.setdefault(mention[2], set()).add(entity["label"])
    return out


def test_kinds_in_a_real_store(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    got = enrich_through_cli(tmp_path, [
        _record("a", "Power cut hits the east coast", [
            "About 8,000 homes lost power, said a spokesperson for National Grid.",
            "Gardaí and Cork Fire Brigade attended. A spokesman for Transport Infrastructure "
            "Ireland said the road would reopen."], "en"),
        _record("b", "Grève à la SNCF : le trafic perturbé mardi", [
            "La SNCF prévoit un train sur deux mardi, selon la direction.",
            "« La situation est maîtrisée », a déclaré le commandant Yves Perrin, du Sdmis."]),
        _record("c", "Zugausfälle im Süden", [
            "Die Deutschen Bahn hat am Montag viele Züge gestrichen.",
            "„Wir bitten um Verständnis“, teilte die Bahn mit."], "de"),
        _record("d", "Elecciones en el sur", [
            "La candidata Jeannette Jara ganó la primaria del domingo.",
            "Jara dijo que la campaña será dura.",
            "Hoy los partidarios de Jara celebraron en Santiago de Chile."], "es"),
        _record("e", "Maltempo, scuole chiuse", [
            "Il sindaco Matteo Ferrante ha disposto la chiusura delle scuole.",
            "Ferrante ha spiegato che la Protezione Civile teme nuovi allagamenti."], "it"),
    ], capsys)
    english, french, german, spanish, italian = (got[k] for k in "abcde")
    kinds = _kinds(english)
    assert kinds["National Grid"] == {"ORG"}
    assert kinds["Cork Fire Brigade"] == {"ORG"}
    assert kinds["Transport Infrastructure Ireland"] == {"ORG"}
    assert not any(" and " in name for name in kinds)  # two bodies, not one
    kinds = _kinds(french)
    assert "Grève" not in kinds  # no "org:greve"
    assert kinds["SNCF"] == {"ORG"}
    assert kinds["Sdmis"] == {"ORG"}
    assert "Sdmis" not in {p.get("mentioned_as") for p in french.get("places", [])}
    assert _kinds(german).get("Bahn", {"ORG"}) == {"ORG"}
    kinds = _kinds(spanish)
    assert kinds["Jeannette Jara"] == {"PER"} and kinds["Jara"] == {"PER"}
    assert "Hoy" not in kinds and kinds["Santiago de Chile"] == {"LOC"}
    jara = {e["id"] for e in spanish["entities"] for m in e["mentions"] if "Jara" in m[2]}
    assert len(jara) == 1  # "Jara" is the candidate named in full
    kinds = _kinds(italian)
    assert kinds["Matteo Ferrante"] == {"PER"} and kinds["Ferrante"] == {"PER"}
    assert kinds["Protezione Civile"] == {"ORG"}


def test_foreign_spans_need_evidence() -> None:
    text = "Der Koch kochte. Am Montag sagte Oberbürgermeisterin Sabine Kränzle nichts."
    assert [(text[s:e], k) for s, e, k in foreign_spans(text, "de")] == [
        ("Sabine Kränzle", "PER")]
    text = "Según fuentes del Gobierno, la Autoridad Portuaria de Valencia crecerá."
    assert [(text[s:e], k) for s, e, k in foreign_spans(text, "es")] == [
        ("Autoridad Portuaria de Valencia", "ORG")]


def test_heads_and_units() -> None:
    assert is_organisation_head("Bundesnetzagentur", "de")
    assert is_organisation_head("Brigade", "en") and not is_organisation_head("Brigade", "it")
    text = "a dit le capitaine Luc Martel, du Sdis, puis le capitaine Jean Roux, de Brest."
    assert unit_after_rank(text, text.index("Sdis"), "Sdis")
    assert not unit_after_rank("il vient du Sdis", 9, "Sdis")

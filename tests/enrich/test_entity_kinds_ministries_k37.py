"""Entity kinds, French ministries and "le ministère" as a speaker (t-final36 A7, A8),
ingested, enriched and exported through the CLI with a real SQLite store: "Halifax
Transit" was a person and "Métropole Aix-Marseille-Provence" a place; "le ministère des
Affaires étrangères" of a French dispatch was an entity apart from the Quai d'Orsay; and
"a écrit le ministère" gave a speaker with no entity."""

from __future__ import annotations

import contextlib
import io
import json
from typing import Any

import pytest

from veille.cli.main import main
from veille.enrich.aliases import shipped_table
from veille.enrich.body_referents import same_head_referent
from veille.enrich.entities import _home_ministry


def _record(slug: str, title: str, paragraphs: list[str], language: str = "fr"
            ) -> dict[str, Any]:
    return {"title": title, "paragraphs": paragraphs, "language": language,
            "source": "Gazette test", "url": f"https://www.example.test/k37/{slug}",
            "published": "2026-12-01T09:00:00+01:00"}


def _by_surface(enrichment: dict[str, Any]) -> dict[str, tuple[str, str]]:
    return {m[2].casefold(): (e["id"], e["label"]) for e in enrichment["entities"]
            for m in e["mentions"]}


@pytest.fixture(scope="module")
def sections(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    records = [
        _record("a", "Rapatriement d'enfants", [
            "Cinq enfants ont été rapatriés du camp d'Aïn Issa, a annoncé le Quai d'Orsay.",
            "Ils ont été confiés aux services sociaux, a précisé le ministère des Affaires "
            "étrangères dans un communiqué.",
            "« Nous agirons au cas par cas », a écrit le ministère, sans autre détail."]),
        _record("b", "Ottawa convoque l'ambassadeur", [
            "Le ministère des Affaires étrangères du Canada a convoqué l'ambassadeur mardi.",
            "Le ministère des Affaires étrangères a ajouté qu'il attendait des explications."]),
        _record("c", "Pollution", [
            "La Métropole Aix-Marseille-Provence a voté un plan vélo, comme la Métropole de "
            "Lyon avant elle."]),
        _record("d", "New ferry route across the harbour", [
            "The crossing will take 35 minutes and run every half hour at peak times, "
            "according to Halifax Transit.",
            "Halifax Transit said on Monday that it would add night buses."],
            language="en"),
        _record("e", "Deux ministères", [
            "Le ministère de la Santé et le ministère de l'Intérieur ont signé un accord.",
            "« Ce texte protège les soignants », a écrit le ministère."]),
    ]
    data = tmp_path_factory.mktemp("k37")
    source = data / "r.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    store = data / "store"
    assert main(["--data-dir", str(store), "ingest", str(source)]) == 0
    assert main(["--data-dir", str(store), "enrich"]) == 0
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8")
    with contextlib.redirect_stdout(out):  # (capsys is function-scoped)
        assert main(["--data-dir", str(store), "export", "--format", "jsonl"]) == 0
    out.flush()
    return {json.loads(line)["url"][-1]: json.loads(line)["enrichment"]
            for line in raw.getvalue().decode("utf-8").splitlines() if line.strip()}


def test_a_french_ministry_bare_name_is_the_quai_d_orsay(sections: dict[str, Any]) -> None:
    got = _by_surface(sections["a"])
    assert got["quai d'orsay"][0] == "veille:quai-d-orsay"
    assert got["ministère des affaires étrangères"][0] == "veille:quai-d-orsay"


def test_another_country_s_ministry_keeps_it_apart(sections: dict[str, Any]) -> None:
    ids = {i for i, _ in _by_surface(sections["b"]).values()}
    assert "veille:quai-d-orsay" not in ids
    table = shipped_table()
    name = "ministère des Affaires étrangères"
    assert _home_ministry(name, "a précisé le ministère des Affaires étrangères.", table)
    assert _home_ministry(name, "le ministère russe des Affaires étrangères a dit", table) \
        is None
    assert _home_ministry(name, "le ministère des Affaires étrangères canadien", table) \
        is None
    assert _home_ministry(name, "le ministère français des Affaires étrangères", table)


def test_le_ministere_speaks_for_the_ministry_named_before(sections: dict[str, Any]) -> None:
    quote = next(q for q in sections["a"]["quotes"] if "cas par cas" in q["text"])
    assert quote["speaker_id"] == "veille:quai-d-orsay"


def test_two_ministries_before_leave_le_ministere_unlinked(sections: dict[str, Any]) -> None:
    quote = next(q for q in sections["e"]["quotes"] if "soignants" in q["text"])
    assert not quote["speaker_id"]
    entities = [{"id": "org:x", "label": "ORG", "mentions": [[3, 30, "ministère de la Santé"]]}]
    text = "Le ministère de la Santé a signé. « Oui », a écrit le ministère."
    at = text.rindex("ministère")
    assert same_head_referent(text, "ministère", at, entities) == (
        "ministère de la Santé", (3, 30), "org:x")
    assert same_head_referent(text, "ministre", at, entities) is None


def test_body_heads_make_organisations(sections: dict[str, Any]) -> None:
    assert _by_surface(sections["c"])["métropole aix-marseille-provence"][1] == "ORG"
    assert _by_surface(sections["c"])["métropole de lyon"][1] == "ORG"
    assert _by_surface(sections["d"])["halifax transit"][1] == "ORG"

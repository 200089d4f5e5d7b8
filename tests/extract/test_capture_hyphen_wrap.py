"""A capture wrapped after a hyphen (``fmt`` and textwrap break there): the compound is
joined without a space, a spaced dash keeps its space (t-final27 F4; texts of our own)."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import veille
from veille.extract.blocks import split_blocks
from veille.extract.text_capture import extract_text_capture

FETCHED = datetime(2026, 12, 3, 10, tzinfo=UTC)
BASE = [
    "Le conseil municipal a adopté hier soir le budget de la ville, après plus de cinq "
    "heures de débats, et l'opposition dénonce une hausse de la taxe foncière votée par la "
    "majorité sans concertation avec les habitants ni avec les associations de quartier.",
    "Le maire a défendu un budget de responsabilité dans un contexte national très "
    "contraint, en rappelant que la dotation de l'État avait baissé de quatre pour cent en "
    "deux ans et que les dépenses de personnel avaient été contenues cette année encore.",
    "La séance avait commencé par une minute de silence en hommage aux salariés de "
    "l'entrepôt détruit lundi soir, et le maire a annoncé une aide d'urgence aux familles "
    "touchées ainsi qu'un relogement provisoire dans les logements sociaux de la commune.",
]
COMPOUNDS = ["Pierrefitte-sur-Seine", "Saint-Germain-en-Laye", "Choisy-le-Roi", "sud-est",
             "Villeneuve-Saint-Georges", "vingt-cinq", "Boulogne-sur-Mer", "après-midi",
             "Jouve-Granier", "Île-de-France", "- selon la mairie -", "– disait-il –"]


@st.composite
def _paragraph(draw: st.DrawFn, base: str) -> str:
    """``base`` with compounds and spaced dashes put between its words."""
    words = base.split()
    inserts = draw(st.lists(st.tuples(st.integers(1, len(words) - 1),
                                      st.sampled_from(COMPOUNDS)), max_size=8))
    for at, compound in sorted(inserts, reverse=True):
        words.insert(at, compound)
    return " ".join(words)


@settings(max_examples=80, deadline=None)
@given(paras=st.tuples(*(_paragraph(base) for base in BASE)), width=st.integers(55, 80))
def test_a_wrap_after_a_hyphen_gives_the_paragraphs_back(paras: tuple[str, ...],
                                                         width: int) -> None:
    lines = ["Le Quotidien", "", "Un titre de page assez long pour être un titre", ""]
    for para in paras:
        lines += [*textwrap.wrap(para, width=width, break_on_hyphens=True), ""]
    blocks = split_blocks("\n".join(lines))
    assert blocks.shape == "wrapped"
    assert blocks.items[2:] == list(paras)


def test_a_spaced_dash_at_a_line_s_end_keeps_its_space() -> None:
    text = "\n".join([
        "Le trajet entre Châtelet et l'aéroport prendra désormais vingt minutes -",
        "contre quarante-cinq minutes en RER B, selon les chiffres de la région.",
        "La mise en service complète est prévue pour le début du mois de juin, a",
        "précisé la présidente de la région dans un communiqué publié lundi soir.",
    ])
    assert split_blocks(text).items == [
        "Le trajet entre Châtelet et l'aéroport prendra désormais vingt minutes - contre "
        "quarante-cinq minutes en RER B, selon les chiffres de la région. La mise en service "
        "complète est prévue pour le début du mois de juin, a précisé la présidente de la "
        "région dans un communiqué publié lundi soir."]


CAPTURE = Path(__file__).resolve().parents[1] / "fixtures" / "bugs" / \
    "27-capture-hyphen-wrap" / "leparisien-wrapped.txt"


def test_the_tester_s_capture_keeps_the_commune_whole_in_text_quote_and_search(
        tmp_path: Path) -> None:
    result = extract_text_capture(CAPTURE.read_text("utf-8"), fetched_at=FETCHED)
    assert any("la fusion avec Pierrefitte-sur-Seine »" in p for p in result.paragraphs)
    with veille.open(tmp_path / "data") as v:
        [article_id] = v.ingest(CAPTURE, source="leparisien.fr").new_ids
        v.enrich()
        article = v.get(article_id)
        assert not any("Pierrefitte- " in p for p in article.content.paragraphs)
        enrichment = article.enrichment
        assert enrichment is not None
        assert any("Pierrefitte-sur-Seine" in q["text"] for q in enrichment["quotes"])
        assert "Pierrefitte" not in {e["name"] for e in enrichment["entities"]
                                     if e["label"] == "PER"}
        assert v.search('"Pierrefitte-sur-Seine"').total == 1

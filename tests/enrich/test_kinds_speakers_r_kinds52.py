"""Entity kinds and quote speakers that are right (issue 16; t-final51 A7/A9, t-final51b
A6/A14): product models, firms after "l'usine"/"catastrophe de", fragments of longer
names, a speaker bounded to its name, Portuguese and Russian incises without a model.
Each case runs through a real store (ingest, enrich, export with the CLI)."""

from __future__ import annotations

from typing import Any

import pytest

from veille.enrich.product_models import model_name
from veille.enrich.russian_speech import dash_incise

from .conftest import enrich_through_cli


def _record(slug: str, title: str, paragraphs: list[str], language: str = "fr"
            ) -> dict[str, Any]:
    return {"title": title, "paragraphs": paragraphs, "language": language,
            "source": "Exemple", "url": f"https://www.example.test/k52/{slug}",
            "published": "2026-12-03T09:00:00+01:00"}


def _kinds(enrichment: dict[str, Any]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for entity in enrichment.get("entities", []):
        for mention in entity["mentions"]:
            out.setdefault(mention[2], set()).add(entity["label"])
    return out


def _ids(enrichment: dict[str, Any], written: str) -> set[str]:
    return {e["id"] for e in enrichment.get("entities", [])
            for m in e["mentions"] if m[2] == written}


def _speaker(enrichment: dict[str, Any], snippet: str) -> str:
    return str(next(q["speaker"] for q in enrichment["quotes"] if snippet in q["text"]))


def test_models_firms_and_fragments(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    got = enrich_through_cli(tmp_path, [
        _record("a", "Aéronautique : Airbus accélère à Toulouse", [
            "« Nous devons accélérer la cadence de production de l'A320neo », a expliqué "
            "Guillaume Faury devant la presse à Toulouse.",
            "La compagnie prévoit aussi trois A350F et le constructeur livre le B747 "
            "converti."]),
        _record("b", "Incendie : le souvenir de la catastrophe de Lubrizol", [
            "Beaucoup ont pensé à la catastrophe de Lubrizol, en septembre 2019, à Rouen.",
            "Une fuite a aussi été détectée dans l'usine Saipol de Venette."]),
        _record("c", "Marseille : grève des dockers au Grand port maritime", [
            "Les dockers du Grand port maritime de Marseille (GPMM) ont entamé mercredi une "
            "grève de 48 heures."]),
        _record("d", "Lyon : le métro B jusqu'aux Hôpitaux Sud", [
            "La ligne B du métro lyonnais rejoint la station Saint-Genis-Laval Hôpitaux Sud "
            "depuis jeudi."]),
        _record("e", "MPs reject assisted dying amendment", [
            "MPs at Westminster voted on Wednesday to reject an amendment, after a heated "
            "debate in the House of Commons.",
            "Peers in the House of Lords will debate it next."], language="en"),
        _record("f", "Luxembourg : le Minett veut attirer les start-up", [
            "Les communes du Minett ont présenté mardi un plan commun à Esch-sur-Alzette."]),
    ], capsys)
    kinds = {k: _kinds(v) for k, v in got.items()}
    # t-final51 A7: a model is no organisation, a firm no place
    for model in ("A320neo", "A350F", "B747"):
        assert kinds["a"].get(model, {"MISC"}) == {"MISC"}, (model, kinds["a"])
    assert kinds["a"]["Guillaume Faury"] == {"PER"}
    assert kinds["b"]["Lubrizol"] == {"ORG"}
    assert kinds["b"].get("Saipol", {"ORG"}) == {"ORG"}
    assert "LOC" in kinds["b"]["Rouen"]
    # a fragment of a longer name is that name's entity, not a second one
    assert _ids(got["c"], "Grand port maritime") <= _ids(got["c"], "Grand port maritime de "
                                                         "Marseille")
    assert "Sud" not in kinds["d"]
    assert "House" not in kinds["e"]
    assert kinds["e"]["House of Commons"] == {"ORG"}
    assert kinds["e"]["House of Lords"] == {"ORG"}
    assert kinds["f"]["Minett"] == {"LOC"}


def test_speaker_is_a_name_never_a_clause(tmp_path: Any,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    got = enrich_through_cli(tmp_path, [
        _record("a", "Séisme en Turquie : au moins 12 morts", [
            "Le président Recep Tayyip Erdogan a annoncé l'envoi d'équipes de secours "
            "supplémentaires et a promis que « toutes les ressources de l'État » seraient "
            "mobilisées.",
            "La maire Anne Hidalgo a inauguré le pont, a salué les ouvriers et a déclaré : "
            "« C'est un grand jour pour Paris »."]),
        _record("b", "Greve dos médicos adiada", [
            "\"É um sinal claro de valorização do trabalho\", afirmou a ministra do "
            "Trabalho, Maria do Rosário Palma Ramalho, em conferência de imprensa.",
            "\"Vamos manter a vigilância\", disse o presidente do sindicato, João Proença."],
            language="pt"),
        _record("c", "В Москве выпал рекордный снег", [
            "«Такого снегопада в начале декабря столица не видела полвека», — сказал "
            "Вильфанд.",
            "«Все службы города работают в усиленном режиме», — заявила глава комитета "
            "Ирина Котова."], language="ru"),
    ], capsys)
    # t-final51b A14: the speaker was "président Recep Tayyip Erdogan a annoncé … et"
    assert _speaker(got["a"], "toutes les ressources") == "Recep Tayyip Erdogan"
    assert _speaker(got["a"], "un grand jour") == "Anne Hidalgo"
    # t-final51 A9: no speaker without a model
    assert _speaker(got["b"], "sinal claro") == "Maria do Rosário Palma Ramalho"
    assert _speaker(got["b"], "manter a vigilância") == "João Proença"
    assert _speaker(got["c"], "Такого снегопада") == "Вильфанд"
    assert _speaker(got["c"], "Все службы") == "Ирина Котова"


def test_model_names_and_their_lookalikes() -> None:
    for name in ("A320neo", "A350F", "B747", "e208", "Galaxy S26", "Boeing 737-10",
                 "Peugeot 208"):
        assert model_name(name), name
    for name in ("TF1", "M6", "G20", "COP30", "France 24", "Europe 1", "Paris 2024",
                 "Covid-19", "Airbus", "DS7"):
        assert not model_name(name), name


def test_dash_incise_needs_a_name() -> None:
    text = "«Все службы работают», — сказал он. «Да», — сказал синоптик Михаил Леус."
    assert dash_incise(text, text.index("»")) is None
    second = text.index("»", text.index("«Да"))
    assert dash_incise(text, second)[1] == "Михаил Леус"  # type: ignore[index]


def test_a_speaker_holding_a_predicate_is_cut_before_it() -> None:
    from veille.enrich.quotes import Quote
    from veille.enrich.speaker_bounds import drop_unsound_speaker

    text = ("Le président Recep Tayyip Erdogan a annoncé l'envoi de secours et a promis "
            "que « tout sera fait ».")
    start = text.index("président")
    quote = Quote(text.index("tout"), text.index(" »"), "tout sera fait",
                  speaker=text[start:text.index(" a promis")], speaker_start=start,
                  speaker_end=text.index(" a promis"))
    drop_unsound_speaker(text, quote)
    assert quote.speaker == "président Recep Tayyip Erdogan"
    assert text[quote.speaker_start:quote.speaker_end] == quote.speaker
    witness = Quote(0, 1, "x", speaker="un témoin qui a assisté à la scène",
                    speaker_start=-1, speaker_end=-1)
    drop_unsound_speaker(text, witness)
    assert witness.speaker == "un témoin qui a assisté à la scène"

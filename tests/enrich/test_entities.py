"""Entities without the model (the alias table alone, and spans handed in), and places."""

from __future__ import annotations

from collections.abc import Sequence

from veille.enrich.aliases import Alias, AliasTable, parse, shipped_text
from veille.enrich.entities import Span, alias_only, clean, recognise, resolve
from veille.enrich.places import resolve_places, shipped, source_country

TABLE = AliasTable(parse(shipped_text()))


def _entities(text: str, recognizer: object = None) -> dict[str, dict[str, object]]:
    mentions = recognise(text, recognizer or alias_only(TABLE), TABLE)  # type: ignore[arg-type]
    return {e.id: e.to_dict() for e in resolve(mentions, TABLE)}


def test_the_shipped_table_is_large_and_well_formed() -> None:
    assert len(TABLE) > 3000
    assert TABLE.lookup("Daech") is not None and TABLE.lookup("Daech").id == "Q2429253"
    for alias in ("EI", "Etat islamique", "État islamique", "ISIS", "groupe Etat islamique"):
        row = TABLE.lookup(alias)
        assert row is not None and row.id == "Q2429253", alias
    assert TABLE.lookup("ei") is None  # short aliases keep their case
    assert TABLE.lookup("Quai d'Orsay").id == TABLE.lookup("Quai d’Orsay").id  # type: ignore[union-attr]


def test_aliases_link_every_name_of_an_entity() -> None:
    entities = _entities("Daech a revendiqué l'attaque. L'Etat islamique (EI) a menacé "
                         "Matignon et le Quai d'Orsay.")
    assert {m[2] for m in entities["Q2429253"]["mentions"]} == {"Daech", "Etat islamique",  # type: ignore[union-attr]
                                                                 "EI"}
    assert "veille:matignon" in entities and "veille:quai-d-orsay" in entities


def test_spans_are_cleaned() -> None:
    assert clean("l'EI", 10) == ("EI", 12)
    assert clean("le département d'Etat", 0) == ("département d'Etat", 3)
    assert clean("des Etats-Unis,", 0) == ("Etats-Unis", 4)
    assert clean("Rechercher\nWashington", 0) is None


def _fixed(spans: list[Span]) -> object:
    def recognise_batch(texts: Sequence[str]) -> list[list[Span]]:
        return [spans] + [[] for _ in texts[1:]]
    return recognise_batch


def test_person_mentions_merge_into_the_full_name() -> None:
    text = "Jean Castex est arrivé. M. Castex a parlé, puis Castex est reparti."
    spans: list[Span] = [(0, 11, "PER"), (24, 33, "PER"), (48, 54, "PER")]
    entities = _entities(text, _fixed(spans))
    [castex] = [e for e in entities.values() if e["label"] == "PER"]
    assert castex["name"] == "Jean Castex" and castex["count"] == 3
    assert castex["id"] == "per:jean-castex"


def test_place_context_decides_between_homonyms() -> None:
    gazetteer = shipped()
    for text, country in [
        ("Une manifestation a eu lieu à Saint-Denis, en Seine-Saint-Denis.", "FR"),
        ("Une manifestation a eu lieu à Saint-Denis, à La Réunion.", "RE"),
    ]:
        spans: list[Span] = [(30, 41, "LOC")]
        entities = [e.to_dict() for e in resolve(recognise(text, _fixed(spans), TABLE),  # type: ignore[arg-type]
                                                  TABLE)]
        places = {p["mentioned_as"]: p for p in resolve_places(entities, gazetteer)}
        assert places["Saint-Denis"]["country"] == country, text
        assert int(places["Saint-Denis"]["candidates"]) > 1  # type: ignore[call-overload]


def test_source_country() -> None:
    assert source_country("lemonde.fr") == "FR"
    assert source_country("bbc.co.uk") == "GB"
    assert source_country("reuters.com") == ""


def test_user_aliases_add_and_remove(tmp_path: object) -> None:
    from pathlib import Path

    from veille.enrich import aliases

    data = Path(str(tmp_path))
    aliases.add(data, Alias("la Macronie", "Q3052772", "PER", "Emmanuel Macron"))
    assert aliases.load(data).lookup("Macronie").id == "Q3052772"  # type: ignore[union-attr]
    assert aliases.load(None).lookup("Macronie") is None  # the shipped table is untouched
    assert aliases.remove(data, "la Macronie") == 1
    assert aliases.load(data).lookup("Macronie") is None


def test_a_span_of_symbols_is_no_entity() -> None:
    # Regression: OCR'd pages (bench/ner.py on HIPE) gave the model spans like "·";
    # merging a surname into a person with such a "name" raised IndexError.
    text = "Jean Castex · et - arrivent."
    spans: list[Span] = [(0, 11, "PER"), (12, 13, "PER"), (17, 18, "PER")]
    entities = _entities(text, _fixed(spans))
    assert [e["name"] for e in entities.values() if e["label"] == "PER"] == ["Jean Castex"]


def _spans_of(text: str, *named: tuple[str, str]) -> object:
    """A recogniser giving ``(phrase, label)`` spans at each phrase's first occurrence in
    one paragraph (what the model said on the new-user report's pages)."""
    spans: list[Span] = []
    for phrase, label in named:
        start = text.index(phrase)
        spans.append((start, start + len(phrase), label))
    return _fixed(spans)


# Junk entities from the new-user report nu1 (F3, F16), the rules each stands for.
def test_a_name_never_runs_across_a_colon() -> None:
    text = "Vendée Globe : Kito de Pavant abandonne après une collision avec un chalutier."
    ids = _entities(text, _spans_of(text, ("Vendée Globe : Kito", "MISC")))
    assert not any(":" in str(e["name"]) for e in ids.values())
    assert "misc:vendee-globe" in ids


def test_groupe_societe_compagnie_name_organisations() -> None:
    text = "Le skipper de Groupe Bel et Société Nouvelle ont signé avec la Compagnie Fluviale."
    ids = _entities(text, _spans_of(text, ("Groupe Bel", "PER"), ("Société Nouvelle", "PER"),
                                    ("Compagnie Fluviale", "LOC")))
    assert {"org:groupe-bel", "org:societe-nouvelle", "org:compagnie-fluviale"} <= set(ids)
    assert not any(e["label"] == "PER" for e in ids.values())


def test_a_demonym_is_no_place() -> None:
    text = ("Selon un sondage, 68 % des Français sont opposés au texte, comme les Allemands et "
            "nombreux Européens. Ils vivent à Calais et aux Pays-Bas.")
    ids = _entities(text, _spans_of(text, ("Français", "LOC"), ("Allemands", "LOC"),
                                    ("Européens", "LOC"), ("Calais", "LOC")))
    assert not {"loc:francais", "loc:allemands", "loc:europeens"} & set(ids)
    assert any(e["name"] == "Calais" for e in ids.values())  # a place ending like one


def test_a_word_of_a_title_or_a_headline_s_first_common_word_is_no_name() -> None:
    title = "Réforme des retraites : la Première ministre annonce un recours au 49.3"
    body = ("La Première ministre Élisabeth Martin défendra la réforme devant le Conseil des "
            "ministres. Brexit : le Brexit pèse.")
    text = f"{title}\n\n{body}"
    recogniser = _fixed([(0, 7, "MISC"), (title.index("Première"), title.index(" ministre"),
                                          "MISC")])
    ids = _entities(text, recogniser)
    assert not {"misc:reforme", "misc:premiere"} & set(ids)
    offset = len(title) + 2
    spans: list[Span] = [(offset + body.index(w), offset + body.index(w) + len(w), lab)
                         for w, lab in (("Conseil", "ORG"), ("Brexit", "MISC"),
                                        ("Élisabeth Martin", "PER"))]
    ids = _entities(text, lambda texts: [[]] + [[(s - offset, e - offset, lab)
                                                 for s, e, lab in spans]])
    assert "org:conseil-des-ministres" in ids and "org:conseil" not in ids
    assert "Q7888194" in ids  # capitalised inside a sentence too: a name (the event)
    assert "per:elisabeth-martin" in ids

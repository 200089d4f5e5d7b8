"""A place's name read as a person's (newuser9 R8), on text written here."""

from __future__ import annotations

from collections.abc import Sequence

from veille.enrich.aliases import AliasTable, parse, shipped_text
from veille.enrich.entities import Span, recognise, resolve

TABLE = AliasTable(parse(shipped_text()))


def _labels(text: str, word: str, label: str) -> dict[str, str]:
    spans: list[Span] = []
    at = text.find(word)
    while at >= 0:
        spans.append((at, at + len(word), label))
        at = text.find(word, at + 1)

    def recognise_batch(texts: Sequence[str]) -> list[list[Span]]:
        return [spans] + [[] for _ in texts[1:]]

    mentions = recognise(text, recognise_batch, TABLE)  # type: ignore[arg-type]
    return {str(e.to_dict()["name"]): str(e.to_dict()["label"])
            for e in resolve(mentions, TABLE)}


def test_a_name_after_a_place_noun_and_an_article_is_a_place() -> None:
    """R8: "Busserine" of "la cité de la Busserine" was a person (per:busserine)."""
    text = ("Castellane : « On a peur de sortir le soir », la détresse des riverains\n\n"
            "Les habitants de la cité de la Castellane se sont réunis mardi soir.")
    assert _labels(text, "Castellane", "PER") == {"Castellane": "LOC"}


def test_a_titled_surname_stays_a_person() -> None:
    text = ("Le maire Durandal a visité le quartier du Moulin. M. Durandal a promis des "
            "caméras, a dit Durandal aux habitants de la rue du Port.")
    assert _labels(text, "Durandal", "PER") == {"Durandal": "PER"}

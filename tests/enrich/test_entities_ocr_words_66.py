"""A lone title, regnal numeral or French function word is no name (h-ner66, issue 16):
the recogniser tags "NI" (a scan's "M."), "MM", "S. M", "II", "Quiconque", "Notre" on
HIPE-2022's and Europeana's dev pages and on news alike; the alias table's "UN" and "EU",
the gazetteer's "Hue" and the cardinal "l'Est" stay names."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from veille.enrich.aliases import load
from veille.enrich.entities import Span, recognise, resolve
from veille.enrich.models import spacy_recognizer


def _tagging(*spans: tuple[str, str]):  # type: ignore[no-untyped-def]
    """A recogniser that tags each ``(words, label)`` where the text has them."""
    def recognise_batch(texts: Sequence[str]) -> list[list[Span]]:
        out = []
        for text in texts:
            found: list[Span] = []
            for words, label in spans:
                at = text.find(words)
                if at >= 0:
                    found.append((at, at + len(words), label))
            out.append(found)
        return out
    return recognise_batch


def _names(text: str, *spans: tuple[str, str]) -> set[str]:
    table = load(None)
    entities = resolve(recognise(text, _tagging(*spans), table, language="fr"), table)
    return {text[m.start:m.end] for e in entities for m in e.mentions}


@pytest.mark.parametrize(("text", "junk", "name"), [
    ("NI. Lépine, préfet de police, a reçu le ministre.", ("NI", "ORG"), ("Lépine", "PER")),
    ("On a vu MM. et Mmes les élus à Quimper.", ("MM", "PER"), ("Quimper", "LOC")),
    ("S. M. le roi Léopold est arrivé à Gand.", ("S. M", "PER"), ("Gand", "LOC")),
    ("Le roi Pierre IV régnait alors sur l'Aragon.", ("IV", "ORG"), ("Aragon", "LOC")),
    ("Quiconque a vu l'accident à Rouen doit appeler.", ("Quiconque", "PER"), ("Rouen", "LOC")),
    ("Notre envoyé spécial à Kiev a rencontré le maire.", ("Notre", "LOC"), ("Kiev", "LOC")),
    ("IL FAUT SAUVER L'HÔPITAL, disent les syndicats de la CGT.", ("IL", "ORG"),
     ("CGT", "ORG")),
])
def test_a_lone_title_numeral_or_function_word_is_no_name(
        text: str, junk: tuple[str, str], name: tuple[str, str]) -> None:
    found = _names(text, junk, name)
    assert junk[0] not in found
    assert name[0] in found


@pytest.mark.parametrize(("text", "span"), [
    ("À Hue, au Vietnam, les inondations ont fait dix morts.", ("Hue", "LOC")),
    ("Les orages ont frappé l'Est ce week-end.", ("Est", "LOC")),
    ("The UN said the EU would pay.", ("UN", "ORG")),
])
def test_places_bodies_and_cardinal_points_stay(text: str, span: tuple[str, str]) -> None:
    assert span[0] in _names(text, span)


def test_the_model_on_a_scan_s_title_and_a_heading() -> None:
    """The model itself, on two sentences written for this test."""
    table = load(None)
    text = "NI. Lépine a reçu hier le préfet. IL FAUT SAUVER L'HÔPITAL DE BREST."
    entities = resolve(recognise(text, spacy_recognizer(), table, language="fr"), table)
    found = {text[m.start:m.end] for e in entities for m in e.mentions}
    assert not found & {"NI", "IL"}

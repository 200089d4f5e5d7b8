"""The recalls' paragraph gate (r-perf55, issue #13): a paragraph holding none of
:data:`veille.dedup.recalls._RECALL_WORD` is kept whole without being split into sentences;
what :func:`~veille.dedup.recalls.without_recalls` gives must be what it gave with every
paragraph read sentence by sentence (the gate opened: a pattern matching every text)."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from veille.dedup import recalls
from veille.enrich import text

ROOT = Path(__file__).resolve().parents[2]
_EVERYTHING = re.compile("")

_WRITTEN = [
    ("Incendie à Brest : un entrepôt détruit",
     ["Un entrepôt a brûlé jeudi à Brest.",
      "Mardi déjà, un autre entrepôt avait pris feu dans la zone.",
      "Il avait fallu six heures aux pompiers."]),
    ("Évasion à Seraing",
     ["C'est la deuxième évasion en une semaine.", "Le détenu a été repris."]),
    ("Séisme", ["CETTE SECOUSSE SURVIENT TROIS JOURS APRÈS LE SÉISME D'AL HAOUZ.",
                "Aucune victime."]),
    ("Accident", ["!", "Un car s'est renversé.", "La semaine dernière, un autre car "
                                                 "s'ÉTAIT renversé déjà."]),
    ("Crash", ["Un avion s'est écrasé.", "Cette chute intervient au lendemain de celle "
                                         "d'un hélicoptère."]),
]


def _texts() -> list[tuple[str, list[str]]]:
    out = list(_WRITTEN)
    for line in (ROOT / "demo" / "wikinews-fr" / "articles.jsonl").read_text(
            encoding="utf-8").splitlines():
        article = json.loads(line)
        out.append((article["title"],
                    [p.strip() for p in article["text"].split("\n\n") if p.strip()]))
    strings: list[str] = []
    for path in sorted((ROOT / "tests" / "dedup").glob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        strings.extend(node.value for node in ast.walk(tree)
                       if isinstance(node, ast.Constant) and isinstance(node.value, str))
    out.append(("", strings))  # every string of the dedup tests, as the paragraphs of one
    out.append(("", [s.upper() for s in strings]))
    out.append(("", strings[1:] + [strings[0]]))  # each string once the body's first
    return out


def test_the_gate_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    gated = [recalls.without_recalls(title, paragraphs) for title, paragraphs in texts]
    monkeypatch.setattr(recalls, "_RECALL_WORD", _EVERYTHING)
    assert [recalls.without_recalls(t, p) for t, p in texts] == gated
    assert sum(g != (t, p) for g, (t, p) in zip(gated, texts, strict=True)) >= 4


def test_a_paragraph_without_a_gate_word_is_not_split(monkeypatch: pytest.MonkeyPatch) -> None:
    split: list[str] = []

    def counted(text: str):  # type: ignore[no-untyped-def]
        split.append(text)
        return real(text)

    real = text.sentences
    monkeypatch.setattr(recalls, "sentences", counted)
    paragraphs = ["A storm hit the coast on Sunday. Power was cut.", "Crews worked all night."]
    assert recalls.without_recalls("Storm", paragraphs) == ("Storm", paragraphs)
    assert split == ["A storm hit the coast on Sunday. Power was cut."]  # the first's test


@pytest.mark.parametrize("word", ["deuxième", "Seconde", "NOUVELLE", "avaient", "Était",
                                  "après", "au lendemain", "plus tôt", "énième"])
def test_each_way_of_changing_a_sentence_holds_a_gate_word(word: str) -> None:
    assert recalls._RECALL_WORD.search(word)


def test_every_whole_recall_holds_a_gate_word() -> None:
    """On every sentence of the texts above (and upper-cased), a sentence
    :func:`recalls._recalls_whole` reads as all a recall, or one :func:`recalls._cut_clauses`
    changes, holds a gate word."""
    found = 0
    for _, paragraphs in _texts():
        for paragraph in paragraphs:
            for sentence in text.sentences(paragraph):
                if recalls._recalls_whole(sentence.text) or \
                        recalls._cut_clauses(sentence.text) != sentence.text:
                    found += 1
                    assert recalls._RECALL_WORD.search(sentence.text), sentence.text
    assert found >= 10

"""The story terms' shared reading (issue #13, r-perf35): the same terms, read faster.

:mod:`veille.dedup.reading` has the readers of an article's story terms share their answers
to the same questions, and the recalls' readers skip a text holding no word their patterns
need. Each test compares with the reading as it was: every call answered afresh
(``reading.ENABLED = False``), the gates opened (a pattern matching every text), the
helpers' former code written out here.
"""

from __future__ import annotations

import ast
import json
import re
from datetime import date
from pathlib import Path

import pytest

from veille.dedup import event_kinds, people, reading, recalls
from veille.dedup.stories import terms
from veille.enrich import dates
from veille.extract.textshape import fold_text

ROOT = Path(__file__).resolve().parents[2]
_EVERYTHING = re.compile("")


def _demo() -> list[tuple[str, list[str], date | None]]:
    out = []
    for line in (ROOT / "demo" / "wikinews-fr" / "articles.jsonl").read_text(
            encoding="utf-8").splitlines():
        article = json.loads(line)
        paragraphs = [p.strip() for p in article["text"].split("\n\n") if p.strip()]
        out.append((article["title"], paragraphs,
                    date.fromisoformat(article["date"]) if article.get("date") else None))
    return out


_WRITTEN = [
    ("Séisme au Maroc : une nouvelle secousse ressentie à Marrakech",
     ["Une secousse de magnitude 4,5 a été ressentie mardi à Marrakech.",
      "Cette secousse survient trois jours après le séisme qui avait fait 2 900 morts dans "
      "la province d'Al Haouz, en 2023.",
      "Deux jours plus tôt, un autre tremblement de terre avait touché la région."],
     date(2026, 3, 4)),
    ("Nantes : un incendie dans un entrepôt, au lendemain de l'explosion rue Crébillon",
     ["Un incendie s'est déclaré jeudi soir dans un entrepôt de la zone industrielle.",
      "Au lendemain de l'explosion d'une conduite de gaz, les pompiers sont restés "
      "mobilisés toute la nuit. APRÈS celle de la rue Crébillon, c'est la deuxième "
      "intervention en une semaine.",
      "Le bâtiment, construit en 1962 et rénové en 2011, a été détruit."],
     date(2026, 1, 16)),
    ("Ousmane Ndiaye, 24 ans, champion de France du 400 m",
     ["Ousmane Ndiaye, 24 ans, a remporté dimanche à Albi le titre national.",
      "Le maire de Lyon, Grégory Doucet, a salué « une victoire historique »."],
     date(2025, 7, 27)),
    ("The company unveiled its plan", ["The company said on Monday it would cut 2,000 jobs "
                                       "by 2027, after a loss in 2019."], None),
]


def _as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every call answered afresh and the recalls' gates open: the reading before #13."""
    monkeypatch.setattr(reading, "ENABLED", False)
    monkeypatch.setattr(recalls, "_CLAUSE_WORD", _EVERYTHING)
    monkeypatch.setattr(recalls, "_A_YEAR", _EVERYTHING)


def _read(inputs: list[tuple[str, list[str], date | None]]) -> list[object]:
    out: list[object] = []
    for title, paragraphs, day in inputs:
        found = terms(title, paragraphs, day)
        out.append((list(found.items()), found.names, found.headline, found.kinds,
                    found.places, found.mentions))
    return out


def test_terms_are_those_read_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    inputs = _WRITTEN + _demo()
    shared = _read(inputs)
    _as_before(monkeypatch)
    assert _read(inputs) == shared


def test_the_comparison_can_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    """A gate that lets a clause through unread changes what the recalls' readers give."""
    text = ("Le vol a été annulé samedi, deux jours après l'éclatement d'un pneu d'un avion "
            "easyJet qui l'avait bloquée deux heures.")
    title = "Une nouvelle évasion à Seraing, trois jours après celle de la rue Paul-Bert"
    cut = recalls.without_past_clauses(text), recalls._cut_clauses(title)
    assert cut != (text, title)
    monkeypatch.setattr(recalls, "_CLAUSE_WORD", re.compile("lendemain"))
    assert (recalls.without_past_clauses(text), recalls._cut_clauses(title)) == (text, title)


def _strings_of_tests() -> list[str]:
    """Every string constant of the recalls' and story test modules."""
    out: list[str] = []
    for path in sorted((ROOT / "tests" / "dedup").glob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        out.extend(node.value for node in ast.walk(tree)
                   if isinstance(node, ast.Constant) and isinstance(node.value, str))
    return out


def test_every_clause_holds_a_gate_word() -> None:
    """:data:`recalls._CLAUSE_WORD` is necessary for :data:`recalls._CLAUSE`, on every
    string of the dedup tests and every sentence written here, in any case."""
    texts = _strings_of_tests() + [p for _, ps, _ in _WRITTEN for p in ps]
    texts += [t.upper() for t in texts] + [t.capitalize() for t in texts]
    matched = 0
    for text in texts:
        for match in recalls._CLAUSE.finditer(text):
            matched += 1
            assert recalls._CLAUSE_WORD.search(match.group()), match.group()
    assert matched > 20  # the strings hold clauses to check


def test_every_year_holds_the_year_digits() -> None:
    texts = _strings_of_tests() + [p for _, ps, _ in _WRITTEN for p in ps]
    matched = 0
    for text in texts:
        for match in recalls._YEAR.finditer(text):
            matched += 1
            assert recalls._A_YEAR.search(match.group())
    assert matched > 5


@pytest.mark.parametrize(("given", "surname", "lead", "aged"), [
    ("Ousmane", "Ndiaye", "Ousmane Ndiaye, 24 ans, a gagné", True),
    ("Ousmane", "Ndiaye", "Ousmane Ndiaye a 24 ans", False),
    ("Ousmane", "Ndiaye", "Ousmane Ndiaye est là. Ousmane Ndiaye,  31 ans, aussi", True),
    ("Ousmane", "Ndiaye", "Ousmane Ndiaye, 2024 ans", False),
    ("Ousmane", "Ndiaye", "Ousmane Ndiaye, 24 ansible", False),
    ("A.", "B+", "A. B+, 40 ans", True),
    ("Ana", "Ana", "Ana Ana Ana, 12 ans", True),
    ("Ousmane", "ndiaye", "Ousmane ndiaye, 24 ans", False),
])
def test_aged_as_the_pattern(given: str, surname: str, lead: str, aged: bool) -> None:
    pattern = re.escape(f"{given} {surname}") + r",\s+\d{1,3}\s+ans\b"
    expected = people._capitalised(surname) and re.search(pattern, lead) is not None
    assert expected == aged
    assert people._aged(given, surname, lead) == aged


def test_verb_hits_as_before() -> None:
    def before(text: str) -> frozenset[str]:
        joined = f" {' '.join(event_kinds._words(fold_text(text)))} "
        out = set()
        for kind, entries in event_kinds.EVENT_VERBS.items():
            for entry in entries:
                words = event_kinds._words(entry)
                phrase = " " + " ".join(words) + (" " if entry.endswith(" ") else "")
                if phrase in joined:
                    out.add(kind)
                    break
        return frozenset(out)

    texts = _strings_of_tests()[:3000] + [p for _, ps, _ in _WRITTEN for p in ps]
    assert any(before(t) for t in texts)
    for text in texts:
        assert event_kinds._verb_hits(text) == before(text)


def test_shared_answers_once_per_reading() -> None:
    calls: list[str] = []

    @reading.shared
    def read(text: str) -> int:
        calls.append(text)
        return len(text)

    assert read("abc") == read("abc") == 3
    assert calls == ["abc", "abc"]  # no reading open: every call answered
    with reading.reading():
        assert read("abc") == read("abc") == 3
        assert read("de") == 2
    assert calls == ["abc", "abc", "abc", "de"]
    with reading.reading():  # a new reading keeps nothing of the last
        read("abc")
    assert calls[-1] == "abc" and len(calls) == 5


def test_shared_passes_unhashable_arguments() -> None:
    @reading.shared
    def total(values: list[int]) -> int:
        return sum(values)

    with reading.reading():
        assert total([1, 2]) == 3
        assert total([1, 2, 3]) == 6


def test_is_english_shared_within_a_reading() -> None:
    text = "The mayor said the storm had passed"
    with reading.reading():
        assert dates.is_english(text) is True
        assert dates.is_english("Le maire a dit que la tempête était passée") is False
        assert dates.is_english(text) is True

"""The story terms read an article's lone events once, with the same answers (issue #13,
r-perf65).

:func:`veille.dedup.stories.terms` asked :func:`veille.dedup.context.lone_event_kinds` and
:func:`~veille.dedup.context.without_lone_events` of the same input, each splitting the
text in sentences and reading every sentence's kinds of event again
(``context._lone_sentences``, ~6 % of a capture's ingest on the AEB renders);
:func:`~veille.dedup.context.lone_events` answers both from one reading, and the recalls'
kind reader (``recalls._kinds``) is answered once a text while an article's reading is open.
These tests check the answers are those of the two calls (a Hypothesis property over
sentences written for it in fr/en/it/es, and the demo corpus) and count the readings (a
ratio of calls, no clock).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from veille.dedup import context, reading, recalls
from veille.dedup.context import lone_event_kinds, lone_events, without_lone_events
from veille.dedup.stories import terms

ROOT = Path(__file__).resolve().parents[2]

SENTENCES = [
    "Le conseil municipal de Montbrison a voté le budget primitif mardi soir.",
    "L'incendie de l'entrepôt de la rue des Tanneurs n'a pas touché l'école.",
    "La médiathèque rouvrira ses portes en septembre 2027.",
    "Un accident de la route a fait deux blessés légers sur la départementale 8.",
    "Les élus de l'opposition se sont abstenus.",
    "The council approved the new library plan on Tuesday.",
    "The flood last spring did not affect the festival grounds, the mayor said.",
    "A man was arrested after a burglary at the pharmacy.",
    "Il consiglio comunale ha approvato il bilancio di previsione.",
    "La frana di via Roma non ha toccato gli edifici pubblici.",
    "El ayuntamiento aprobó el presupuesto de 2027 con los votos del gobierno local.",
    "Las inundaciones de Valencia no afectarán a las fallas, según el concejal.",
    "Un terremoto de magnitud 4,1 se sintió en Granada el lunes.",
    "Les travaux de la piscine dureront dix-huit mois.",
]
TITLES = ["Montbrison : le budget adopté", "Council backs library plan",
          "Cervinara, sì al bilancio", "Séisme ressenti à Grenoble", "Fallas 2027: récord"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(TITLES),
       st.lists(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4),
                min_size=0, max_size=6))
def test_lone_events_is_the_two_calls(title: str, picked: list[list[str]]) -> None:
    paragraphs = [" ".join(p) for p in picked]
    kinds, (head, kept) = lone_events(title, paragraphs)
    assert kinds == lone_event_kinds(title, paragraphs)
    assert (head, kept) == without_lone_events(title, paragraphs)


def _demo() -> list[tuple[str, list[str], date | None]]:
    out = []
    for line in (ROOT / "demo" / "wikinews-fr" / "articles.jsonl").read_text(
            encoding="utf-8").splitlines()[:60]:
        article = json.loads(line)
        paragraphs = [p.strip() for p in article["text"].split("\n\n") if p.strip()]
        out.append((article["title"], paragraphs,
                    date.fromisoformat(article["date"]) if article.get("date") else None))
    return out


def test_terms_read_lone_sentences_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """One ``_lone_sentences`` reading per article's terms (two before r-perf65), and the
    same terms with the recalls' kinds answered afresh (the reading closed to them)."""
    calls = 0
    original = context._lone_sentences

    def counted(*args):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return original(*args)

    monkeypatch.setattr(context, "_lone_sentences", counted)
    articles = _demo()
    shared = [terms(t, p, d, "fr") for t, p, d in articles]
    assert calls == len(articles)
    monkeypatch.setattr(reading, "ENABLED", False)
    assert shared == [terms(t, p, d, "fr") for t, p, d in articles]
    with reading.reading():  # closed to sharing: each call a reading, same answers
        assert recalls._kinds("après le séisme") == recalls._kinds("après le séisme")

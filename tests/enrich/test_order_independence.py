"""An article's enrichment does not depend on what the process enriched before it (issue 16,
q-order23): a long-running ``veille serve``/``watch`` enriches many articles in one process,
and the caches of the entity stage (``_bare_person``, ``person_evidence``,
``_capitalised_past_an_opening``, ``_written_whole``: keyed by the whole text and a word)
must give the answer a fresh process gives. A guard: no order dependence was found (the
"full run vs --sets" difference of bench/quotes.py came from the bench measuring its
checkout's sources, not PYTHONPATH's: tests/test_bench_sources.py)."""

from __future__ import annotations

from tests.enrich.conftest import enrich

from veille.enrich import entities, evidence
from veille.enrich.stage import Resources

# the same surname titled in one article ("M. Martel"), bare in the other, and the same
# one-word names at a sentence's start and inside one
FIRST = ("Le maire reçoit les commerçants\n\n"
         "M. Martel a reçu mardi les commerçants de Vernon. « Nous ne fermerons pas la rue », "
         "a déclaré M. Martel. Selon Dubreuil, son adjoint, la décision tombera en juin.")
SECOND = ("Les commerçants inquiets\n\n"
          "Martel n'a rien promis. « La rue restera ouverte aux voitures », a assuré Martel, "
          "tout en rappelant que Dubreuil « suivra le dossier ». Dubreuil a confirmé.")

_CACHES = (entities._bare_person, entities._written_whole, evidence.person_evidence,
           evidence._capitalised_past_an_opening)


def _cold(resources: Resources, text: str) -> dict[str, object]:
    for cached in _CACHES:
        cached.cache_clear()
    return enrich(resources, text)


def test_second_article_alone_and_after_the_first_are_identical(resources: Resources) -> None:
    alone = _cold(resources, SECOND)
    enrich(resources, FIRST)
    after = enrich(resources, SECOND)
    assert after == alone


def test_first_article_alone_and_after_the_second_are_identical(resources: Resources) -> None:
    alone = _cold(resources, FIRST)
    enrich(resources, SECOND)
    after = enrich(resources, FIRST)
    assert after == alone
